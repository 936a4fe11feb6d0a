"""`hrdesk duplicates`: the possible-duplicates queue for scripts, and HR's two answers.

Without an action it lists the open pairs; ``--different PAIR`` remembers that the two
are different people, ``--merge PAIR --keep CANDIDATE`` merges the other into the one
kept (``--take name,mobile`` takes those fields from the other). Numbers are shown
masked, as on screen.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import uuid
from typing import Any

from hrdesk.cli.signed_in import SignedIn, signed_in


def register(sub: Any) -> None:
    verb = sub.add_parser("duplicates", help="list possible duplicates; merge a pair or "
                                             "mark it as two different people")
    verb.add_argument("--user", required=True)
    verb.add_argument("--json", action="store_true", help="print one JSON object")
    action = verb.add_mutually_exclusive_group()
    action.add_argument("--different", metavar="PAIR", type=uuid.UUID,
                        help="the pair's two people are different people")
    action.add_argument("--merge", metavar="PAIR", type=uuid.UUID,
                        help="merge the pair's two people into one (with --keep)")
    verb.add_argument("--keep", metavar="CANDIDATE", type=uuid.UUID,
                      help="with --merge: the candidate that stays")
    verb.add_argument("--take", metavar="FIELDS", default="",
                      help="with --merge: fields taken from the other person, e.g. name,mobile")
    verb.set_defaults(run=signed_in(_duplicates))


def _duplicates(args: argparse.Namespace, opened: SignedIn) -> int:
    from hrdesk import errors
    from hrdesk.services import candidate_merge, duplicates

    ws, actor = opened.workspace, opened.actor
    pairs = {p.id: p for p in duplicates.open_pairs(ws, actor)}
    chosen = args.different or args.merge
    if chosen is not None:
        if chosen not in pairs:
            raise errors.NotFound(entity="open duplicate pair", key=str(chosen))
        pair = pairs[chosen]
        if args.different:
            duplicates.mark_different(ws, actor, pair.id, pair.version)
            said = {"pair": str(pair.id), "decided": "different"}
        else:
            if args.keep is None:
                raise errors.InvalidField(field="keep", reason="required with --merge")
            take = [f.strip() for f in args.take.split(",") if f.strip()]
            kept = candidate_merge.merge_pair(ws, actor, pair.id, args.keep, pair.version, take)
            said = {"pair": str(pair.id), "decided": "merged", "kept": str(kept.id)}
        print(json.dumps(said, ensure_ascii=False) if args.json else
              f"{said['decided']}: pair {said['pair']}")
        return 0
    listed = [_plain(dataclasses.asdict(p)) | {"shared": p.shared_field}
              for p in pairs.values()]
    if args.json:
        print(json.dumps({"pairs": listed}, ensure_ascii=False))
        return 0
    for p in pairs.values():
        print(f"{p.id}  {p.first.name} / {p.second.name}  same {p.key}  ({p.found_by})")
    print(f"{len(pairs)} possible duplicates")
    return 0


def _plain(value: Any) -> Any:
    """JSON's own types: ids and dates as ISO text."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (uuid.UUID, dt.date, dt.datetime)):
        return str(value) if isinstance(value, uuid.UUID) else value.isoformat()
    return value
