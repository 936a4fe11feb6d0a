"""Education levels as Chinese HR writes them, lowest first.

One vocabulary for sorting and filtering candidates, screening rules and the
importer's normaliser (which maps 专科, 研究生 … onto it).
"""

from __future__ import annotations

EDUCATION_LEVELS = ("初中", "高中", "中专", "大专", "本科", "硕士", "博士")
