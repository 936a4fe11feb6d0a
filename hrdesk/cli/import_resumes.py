"""`hrdesk import-resumes`: a resume batch from the command line (dry run, report, JSON).

The rejected-rows report is written by an edge the core never imports: the composition
root hands its writer over (``Edges.write_rejected_rows``).
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hrdesk.cli import invocation
from hrdesk.cli.signed_in import SignedIn, signed_in


def register(sub: Any) -> None:
    verb = sub.add_parser("import-resumes",
                          help="import a batch of resumes (.xlsx/.xls/.ods/.csv)")
    verb.add_argument("file", type=Path)
    verb.add_argument("--job", metavar="CODE",
                      help="apply everyone to this job (e.g. J2026-0001)")
    verb.add_argument("--user", required=True)
    verb.add_argument("--sheet", metavar="NAME")
    verb.add_argument("--profile", metavar="NAME", help="a saved mapping profile")
    verb.add_argument("--dry-run", action="store_true",
                      help="show what would happen; write nothing")
    verb.add_argument("--policy", choices=("valid-rows", "all-or-nothing"),
                      default="valid-rows")
    verb.add_argument("--merge", choices=("keep", "overwrite", "skip"), default="keep")
    verb.add_argument("--report", metavar="OUT.xlsx", type=Path,
                      help="write the rejected rows, with reasons, to this file")
    verb.add_argument("--json", action="store_true", help="print one JSON object")
    verb.set_defaults(run=signed_in(_import))


def _import(args: argparse.Namespace, opened: SignedIn) -> int:
    from hrdesk.services import imports

    ws, actor = opened.workspace, opened.actor
    job_id = imports.job_by_code(ws, actor, args.job) if args.job else None
    planned = imports.preview(ws, actor, args.file, job_id=job_id, sheet=args.sheet,
                              profile=args.profile, merge=args.merge)
    if args.report:
        args.edges.write_rejected_rows(planned, args.report)
    rows, queued = planned.rows, 0
    people: Mapping[int, uuid.UUID] = {}  # row -> the person it became, once imported
    if not args.dry_run:
        show_progress = not args.json and sys.stderr.isatty()
        result = imports.run(ws, actor, planned, job_id=job_id, policy=args.policy,
                             merge=args.merge,
                             progress=invocation.progress("rows", show_progress))
        rows, people, queued = result.rows, result.people, result.queued
        if show_progress:
            print(file=sys.stderr)
    summary = _summary(args, rows, people, queued)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return 0
    _print(summary, dry_run=args.dry_run)
    return 0


def _summary(args: argparse.Namespace, rows: Any, people: Any, queued: int) -> dict[str, Any]:
    """Every row under its one outcome, with the person it became or matched; the
    counts add up to the rows of the file. Reasons and warnings in LANG's language."""
    from hrdesk import i18n
    from hrdesk.services.import_plan import OUTCOMES

    said = i18n.describe_said  # a problem's code and parameters, in LANG's language

    outcomes: dict[str, list[dict[str, Any]]] = {o: [] for o in OUTCOMES}
    warnings = []
    for r in rows:
        entry: dict[str, Any] = {"row": r.row, "name": r.name}
        if r.row in people:
            entry["candidate_id"] = str(people[r.row])
        if r.candidate_id or r.duplicate_of:
            entry["matched"] = {k: v for k, v in (
                ("candidate_id", str(r.candidate_id) if r.candidate_id else None),
                ("row", r.duplicate_of), ("name", r.matched), ("key", r.key)) if v}
        if r.changes:
            entry["changes"] = list(r.changes)
        if r.outcome == "rejected":
            entry["reason"] = said(r.problems[0]) if r.problems else ""
            entry["field"] = r.field
        outcomes[r.outcome].append(entry)
        warnings += [{"row": r.row, "field": w.field, "code": w.code, "message": said(w)}
                     for w in r.warnings]
    counts = {o: len(found) for o, found in outcomes.items()}
    return {"file": str(args.file), "rows": len(rows), "dry_run": bool(args.dry_run),
            "counts": counts, "outcomes": outcomes, "warnings": warnings, "queued": queued,
            "rejected": [{"row": e["row"], "reason": e["reason"]}
                         for e in outcomes["rejected"]]}


_SAID = {"new": "new", "updated": "updated", "same_as_stored": "same as a stored person",
         "same_as_row": "same as an earlier row",
         "possible_duplicate": "possible duplicates (stored, queued for HR)",
         "rejected": "rejected"}


def _print(summary: dict[str, Any], dry_run: bool) -> None:
    counts = summary["counts"]
    verb = "Would import" if dry_run else "Imported"
    print(f"{verb} {summary['rows']} rows: " + ", ".join(
        f"{counts[o]} {_SAID[o]}" for o in _SAID))
    for entry in summary["outcomes"]["rejected"][:20]:
        print(f"  row {entry['row']}: {entry['reason']}")
    for entry in summary["outcomes"]["possible_duplicate"][:20]:
        matched = entry.get("matched", {})
        other = matched.get("name") or f"row {matched.get('row')}"
        print(f"  row {entry['row']}: possibly {other} (same {matched.get('key')})")
    if summary["warnings"]:
        print(f"{len(summary['warnings'])} warnings; --json or --report lists them")
