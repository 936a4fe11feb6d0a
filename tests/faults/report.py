"""What a full fault run tried: ``python -m tests.faults.report RECORD.jsonl``.

``make test-faults`` has every kill point and every crowd write a line to the record
(``HRDESK_FAULTS_RECORD``); this sums them up: points per operation and backend, how
many killed the child (the others ended before the point came), the problems found,
known (``known.py``) or not, and the known races the crowds met.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path


def summary(lines: list[dict]) -> list[str]:  # type: ignore[type-arg]
    points = [line for line in lines if "operation" in line]
    out = [f"kill points tried: {len(points)}"]
    by_pair: dict[tuple[str, str], list[dict]] = defaultdict(list)  # type: ignore[type-arg]
    for line in points:
        by_pair[line["operation"], line["backend"]].append(line)
    for (operation, backend), tried in sorted(by_pair.items()):
        killed = sum(1 for t in tried if t["killed"])
        known = Counter(k for t in tried for k in t["known"])
        unexplained = [t for t in tried if len(t["problems"]) > 0 and not t["known"]]
        out.append(f"  {operation:<16} {backend:<9} {len(tried):>3} points, {killed:>3} killed"
                   f"{', known: ' + dict(known).__repr__() if known else ''}"
                   f"{', NEW PROBLEMS at ' + str(len(unexplained)) if unexplained else ''}")
        for t in unexplained:
            out.append(f"      {t['point']}: {'; '.join(t['problems'])}")
    for line in lines:
        if "crowd" in line:
            done = ", ".join(f"{task} {ok} done/{no} refused"
                             for task, (ok, no) in line.get("attempts", {}).items())
            out.append(f"crowd on {line['crowd']}: {done}; known races met "
                       f"{line['races'] or 'none'}")
    return out


def main() -> int:
    path = Path(sys.argv[1])
    if not path.exists():
        print(f"no record at {path}")
        return 0
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    print("\n".join(summary(lines)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
