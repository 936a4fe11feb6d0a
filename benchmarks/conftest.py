import os
import sys
from pathlib import Path

# Benchmarks reuse the test fixtures (databases of both backends).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.conftest import *  # noqa: E402,F401,F403
