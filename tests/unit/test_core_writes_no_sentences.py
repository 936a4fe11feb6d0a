"""The core hands out codes and parameters, never a sentence of its own in Chinese (or in
any language): a notice, task title, comment or refusal written as text reaches an
English reader in Chinese. What the core may hold in Chinese is data, listed here."""

from __future__ import annotations

import ast
import re
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "hrdesk"
HAN = re.compile(r"[\u4e00-\u9fff]")

#: Modules (by name, wherever they live) whose Chinese literals are data, and why.
DATA = {
    "education": "the education levels, as Chinese resumes and sheets write them",
    "name_order": "surnames and how they sort",
    "identity_rules": "placeholder values people type for 'none' (无, 暂无 …)",
    "candidate_rules": "genders as typed (男, 女)",
    "mapping": "the Chinese column headers of job-board exports",
    "normalise": "values as sheets hold them",
    "reading": "values as sheets hold them",
    "problems": "the values a problem quotes (男 or 女)",
    "reference": "the default channels and refusal reasons, data HR edits",
    "templates": "the default pipeline templates, data HR edits",
    "screening": "the high-potential tag, its refusal reason and the letter to a candidate",
    "setup": "the self-check's throw-away company",
    "fonts": "a sample that shows whether a font has Chinese glyphs",
}


def _chinese_literals(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                       ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and HAN.search(node.value) and id(node) not in docstrings]


def test_the_core_writes_no_sentence_in_chinese() -> None:
    found = [f"{path.relative_to(CORE.parent)}:{line}"
             for path in sorted(CORE.rglob("*.py"))
             if path.stem not in DATA and "demo" not in path.parts[-1]
             and "demo" not in path.parent.name and "migrations" not in path.parts
             for line in _chinese_literals(path)]
    assert found == [], "say it with a code and parameters (hrdesk.notices, hrdesk.errors)"
