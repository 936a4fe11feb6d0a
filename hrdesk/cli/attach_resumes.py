"""`hrdesk attach-resumes`: a folder of resume files, each attached to the candidate its
file name names (``services.resume_folder``), with a summary of what was left alone and why.

"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hrdesk import i18n
from hrdesk.cli import exits, invocation
from hrdesk.cli.signed_in import SignedIn, signed_in

if TYPE_CHECKING:
    from hrdesk.services.resume_folder import FolderResult


def register(sub: Any) -> None:
    verb = sub.add_parser("attach-resumes",
                          help="attach the resume files of a folder (.pdf/.doc/.docx/…) to "
                               "the candidates their file names name")
    verb.add_argument("folder", type=Path)
    verb.add_argument("--user", required=True)
    verb.add_argument("--json", action="store_true", help="print one JSON object")
    verb.set_defaults(run=signed_in(_attach))


def _attach(args: argparse.Namespace, opened: SignedIn) -> int:
    from hrdesk.services import resume_folder

    show_progress = not args.json and sys.stderr.isatty()
    try:
        result = resume_folder.attach_folder(opened.workspace, opened.actor, args.folder,
                                             progress=invocation.progress("files",
                                                                          show_progress))
    except KeyboardInterrupt:
        # Not dispatch.run's "nothing was changed": each file is attached in its own
        # transaction.
        print(file=sys.stderr)
        print("hrdesk: interrupted; the files attached before stay attached "
              "(run again: they count as already attached).", file=sys.stderr)
        return exits.FAILED
    if show_progress:
        print(file=sys.stderr)
    summary = _summary(args.folder, result)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        _print_summary(summary)
    return 0


def _summary(folder: Path, result: FolderResult) -> dict[str, Any]:
    files = (len(result.attached) + len(result.already) + len(result.unmatched)
             + len(result.ambiguous) + len(result.refused))
    return {
        "folder": str(folder), "files": files,
        "attached": [{"file": p.name, "candidate_id": str(c)} for p, c in result.attached],
        "already": [{"file": p.name, "candidate_id": str(c)} for p, c in result.already],
        "unmatched": [p.name for p in result.unmatched],
        # In the language LANG asks for, as import-resumes says its reasons.
        "ambiguous": [{"file": p.name, "reason": i18n.describe_reason(why)}
                      for p, why in result.ambiguous],
        "refused": [{"file": p.name, "reason": i18n.describe_reason(why)}
                    for p, why in result.refused],
    }


def _print_summary(summary: dict[str, Any]) -> None:
    print(f"Attached {len(summary['attached'])} of {summary['files']} files; "
          f"{len(summary['already'])} already attached, {len(summary['unmatched'])} unmatched, "
          f"{len(summary['ambiguous'])} ambiguous, {len(summary['refused'])} refused")
    from hrdesk.services.resume_folder import Reason

    unmatched = i18n.describe_reason(Reason("unmatched"))
    for name in summary["unmatched"]:
        print(f"  {name}: unmatched: {unmatched}")
    for outcome in ("ambiguous", "refused"):
        for item in summary[outcome]:
            print(f"  {item['file']}: {outcome}: {item['reason']}")

