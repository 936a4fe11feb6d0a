"""`hrdesk import-resumes`: a resume batch from the command line (dry run, report, JSON).

Kept apart from ``hrdesk.cli`` (which only registers it) because it is the one verb
with a report to write and a summary to print.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


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


def run(args: argparse.Namespace, opened) -> int:  # type: ignore[no-untyped-def]
    """The verb, in the signed-in session ``opened`` (closed by the caller)."""
    from hrdesk.services import imports

    ws, actor = opened.workspace, opened.actor
    job_id = imports.job_by_code(ws, actor, args.job) if args.job else None
    planned = imports.preview(ws, actor, args.file, job_id=job_id, sheet=args.sheet,
                              profile=args.profile, merge=args.merge)
    if args.report:
        # The core never imports reports (the dependency rule); the entry point hands
        # over by name, as it does to the GUI.
        importlib.import_module("reports.rejected_rows").write_for(planned, args.report)
    counts = planned.counts
    said = _reasons_said(planned)
    rejected = [(r.row, said(r.reasons[0]) if r.reasons else "") for r in planned.rejected]
    if not args.dry_run:
        show_progress = not args.json and sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if show_progress:
                print(f"\r{done}/{total} rows", end="", file=sys.stderr, flush=True)

        result = imports.run(ws, actor, planned, job_id=job_id, policy=args.policy,
                             merge=args.merge, progress=progress)
        counts = {"new": result.imported, "update": result.updated,
                  "duplicate": result.duplicates}
        rejected = [(row, said(why)) for row, why in result.rejected]
        if show_progress:
            print(file=sys.stderr)
    summary = {"file": str(args.file), "rows": len(planned.rows), "imported": counts["new"],
               "updated": counts["update"], "duplicates": counts["duplicate"],
               "rejected": [{"row": row, "reason": why} for row, why in rejected],
               "dry_run": bool(args.dry_run)}
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return 0
    verb = "Would import" if args.dry_run else "Imported"
    print(f"{verb} {summary['imported']}, updated {summary['updated']}, "
          f"{summary['duplicates']} duplicates, {len(rejected)} rejected "
          f"of {summary['rows']} rows")
    for row, why in rejected[:20]:
        print(f"  row {row}: {why}")
    return 0


def _reasons_said(planned: Any) -> Callable[[str], str]:
    """English reason -> the reason in the language LANG asks for. The commit reports
    reasons as English text only; the plan's rows (and the drafts the commit resolved
    again) know the problem behind each, so each is said once, in the same words."""
    from hrdesk import i18n

    if not i18n.wants_chinese():
        return lambda english: english
    by_english: dict[str, str] = {}
    for row in (*planned.drafts, *planned.rows):
        for english, problem in zip(row.reasons, row.problems, strict=False):
            by_english.setdefault(english, i18n.describe_problem(problem.code, problem.params))
    return lambda english: by_english.get(english, english)
