"""Small programs the fault tests run in child processes, where no CLI verb does the job.

``python -m tests.faults.driver TASK --db PATH|URL --user NAME [...]``; passwords come
from the environment as for hrdesk. The loops run until ``--seconds`` have passed and
print one JSON line per attempt: ``{"task", "ok", ...}``; a refusal carries the error's
``code`` and its ``message``, anything else (a bug) ``internal`` with the exception's type.

- ``change-password``: the user's own password change (``Session.change_password``),
  from HRDESK_PASSWORD to HRDESK_NEW_PASSWORD; exit status and one line, as the CLI.
- ``sign-ins``: sign in and out again, over and over.
- ``moves``: advance or move back, at random, the applications listed in ``--apps``.
- ``verify``: ``hrdesk verify-audit`` (the CLI's own ``main``), over and over.
- ``imports``: ``hrdesk import-resumes`` of each file in ``--files``, one after another.
- ``move-once``, ``sign-in-once``: one attempt, one line; exit status 0 if it worked.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import sys
import time
import traceback
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hrdesk import errors
from hrdesk.locations import parse_location


def _say(task: str, ok: bool, **about: Any) -> None:
    print(json.dumps({"task": task, "ok": ok, **about}, ensure_ascii=False), flush=True)


def _attempt(task: str, work: Callable[[], dict[str, Any] | None]) -> bool:
    started = time.monotonic()

    def took() -> float:
        return round(time.monotonic() - started, 3)

    try:
        about = work() or {}
    except errors.HrdeskError as exc:
        _say(task, False, code=exc.code, message=str(exc), seconds=took())
        return False
    except Exception as exc:  # noqa: BLE001 - a bug: what the test counts
        _say(task, False, internal=type(exc).__name__, message=str(exc)[:300],
             trace=traceback.format_exc()[-1500:], seconds=took())
        return False
    _say(task, True, seconds=took(), **about)
    return True


def _change_password(args: argparse.Namespace) -> int:
    from hrdesk.services import session

    old, new = os.environ["HRDESK_PASSWORD"], os.environ["HRDESK_NEW_PASSWORD"]
    try:
        opened = session.open_session(parse_location(args.db), args.user, old)
        try:
            opened.change_password(old, new)
        finally:
            opened.close()
    except errors.HrdeskError as exc:
        print(f"driver: {exc}", file=sys.stderr)
        return 1
    print(f"password changed for {args.user}")
    return 0


def _sign_ins(args: argparse.Namespace) -> int:
    from hrdesk.services import session

    location, password = parse_location(args.db), os.environ["HRDESK_PASSWORD"]
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        _attempt("sign-in", lambda: session.open_session(location, args.user, password).close())
    return 0


def _moves(args: argparse.Namespace) -> int:
    from hrdesk.services import applications, session

    apps = [uuid.UUID(a) for a in json.loads(Path(args.apps).read_text())]
    chooser = random.Random(args.seed)
    opened = session.open_session(parse_location(args.db), args.user,
                                  os.environ["HRDESK_PASSWORD"])
    ws, actor = opened.workspace, opened.actor
    try:
        deadline = time.monotonic() + args.seconds
        while time.monotonic() < deadline:
            app = chooser.choice(apps)
            action = chooser.choice(("advance", "move_back"))

            def move(app: uuid.UUID = app, action: str = action) -> dict[str, Any]:
                getattr(applications, action)(ws, actor, app)
                return {"app": str(app), "action": action}

            _attempt("move", move)
    finally:
        opened.close()
    return 0


def _move_once(args: argparse.Namespace) -> int:
    """One move (``--action``) of one application (``--apps`` names it), as one line."""
    from hrdesk.services import applications, session

    opened = session.open_session(parse_location(args.db), args.user,
                                  os.environ["HRDESK_PASSWORD"])
    try:
        ok = _attempt("move", lambda: getattr(applications, args.action)(
            opened.workspace, opened.actor, uuid.UUID(args.apps)) and None)
    finally:
        opened.close()
    return 0 if ok else 1


def _sign_in_once(args: argparse.Namespace) -> int:
    from hrdesk.services import session

    location, password = parse_location(args.db), os.environ["HRDESK_PASSWORD"]
    ok = _attempt("sign-in", lambda: session.open_session(location, args.user, password).close())
    return 0 if ok else 1


def _cli(argv: list[str]) -> tuple[int, str, str]:
    import hrdesk_app

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = hrdesk_app.main(argv)
    return code, out.getvalue(), err.getvalue()


def _verify(args: argparse.Namespace) -> int:
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        started = time.monotonic()
        code, out, err = _cli(["--db", args.db, "verify-audit", "--user", args.user])
        _say("verify", code == 0, status=code, out=out.strip(), err=err.strip(),
             seconds=round(time.monotonic() - started, 3))
    return 0


def _imports(args: argparse.Namespace) -> int:
    for name in json.loads(Path(args.files).read_text()):
        started = time.monotonic()
        code, out, err = _cli(["--db", args.db, "import-resumes", name, "--job", args.job,
                               "--user", args.user, "--json"])
        summary = json.loads(out) if code == 0 else None
        _say("import", code == 0, file=Path(name).name, status=code, err=err.strip(),
             imported=summary["counts"]["new"] + summary["counts"]["possible_duplicate"]
             if summary else 0,
             seconds=round(time.monotonic() - started, 3))
    return 0


TASKS = {"change-password": _change_password, "sign-ins": _sign_ins, "moves": _moves,
         "verify": _verify, "imports": _imports, "move-once": _move_once,
         "sign-in-once": _sign_in_once}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="driver")
    parser.add_argument("task", choices=sorted(TASKS))
    parser.add_argument("--db", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--apps", help="JSON list of application ids (moves); "
                        "one id (move-once)")
    parser.add_argument("--action", choices=("advance", "move_back"), default="advance")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--files", help="JSON list of resume files (imports)")
    parser.add_argument("--job", help="job code (imports)")
    args = parser.parse_args(argv)
    return TASKS[args.task](args)


if __name__ == "__main__":
    raise SystemExit(main())
