"""The child side: one hrdesk command in a process that can be killed at a named point.

Run as ``python -m tests.faults.child ARGS…`` (cwd = the checkout): it arms the kill
points the ``HRDESK_FAULT_PLAN`` environment variable describes (JSON), then runs
``python -m hrdesk_app ARGS…`` in this very process (``runpy``, as ``-m`` does), or
another module when the plan names one (``tests.faults.driver``). Product code has
no hooks: the points are patched in here, around what every write goes through.

Points, each counted on its own (``sql`` #12 is the 12th statement of the run):

``sql``        before a statement goes to the driver (SQLAlchemy's ``before_cursor_execute``,
               so one ``executemany`` of a bulk insert is one point);
``commit``     before the driver's COMMIT; ``committed`` right after it returned;
``fsync``      before ``os.fsync`` (the key ring file and a backup are flushed with it);
``replace``    before ``os.replace`` (key ring, backup and restore renames);
``replaced``   right after it; ``unlink`` before ``os.unlink``.

The plan: ``{"kill": [hook, n]}`` sends SIGKILL to this process at the n-th point of
that hook. A point can also be named by the statement around it: ``{"before": "UPDATE
users"}`` is the first statement that starts so, ``{"after": "UPDATE users"}`` the first
point after it (the row lock it took is held), and ``"following": "SELECT audit_entries"``
counts only what comes after such a statement. ``{"pause": point, "reached_fd": r,
"go_fd": g}`` stops there: it writes a byte to the inherited pipe ``r`` and blocks reading
``g`` until the test writes or closes it, so a test can let another process run into the
locks this one holds; ``{"mark": point, "reached_fd": r}`` only writes to ``r`` there.
(Pipes, not files: each side blocks until the other acts, nobody polls.) ``{"record": path}`` writes every point passed (hook, n, seconds since start,
what it was) to ``path`` when the process ends; with ``"snapshot": true`` it also counts
the rows of every table right after each commit (on the connection that committed, with
the driver's own cursor, so no point is added). ``{"busy_ms": n}`` shortens SQLite's busy
timeout, so a test that holds the write lock need not wait the real ten seconds;
``{"fsize": bytes}`` limits the size of any file this process writes (RLIMIT_FSIZE,
SIGXFSZ ignored, so a write past it fails with EFBIG as on a full disk).
"""

from __future__ import annotations

import json
import os
import runpy
import signal
import sys
import threading
import time
from typing import Any

PLAN_VARIABLE = "HRDESK_FAULT_PLAN"
_START = time.monotonic()


class Trigger:
    """One point of a run, by number (``[hook, n]``) or by the statement around it."""

    def __init__(self, spec: Any) -> None:
        self.numbered = (spec[0], int(spec[1])) if isinstance(spec, list) else None
        spec = spec if isinstance(spec, dict) else {}
        self.before, self.after = spec.get("before"), spec.get("after")
        self.following = spec.get("following")
        self._past_following = self.following is None
        self._past_after = False
        self.fired = False

    def hit(self, hook: str, n: int, detail: str) -> bool:
        if self.fired:
            return False
        if self.numbered is not None:
            found = self.numbered == (hook, n)
        elif self._past_after:
            found = True
        else:
            sql = hook == "sql" and self._past_following
            found = bool(sql and self.before and detail.startswith(self.before))
            self._past_after = bool(sql and self.after and detail.startswith(self.after))
        if hook == "sql" and self.following and detail.startswith(self.following):
            self._past_following = True
        self.fired = found
        return found


class Points:
    def __init__(self, plan: dict[str, Any]) -> None:
        self.kill = Trigger(plan["kill"]) if plan.get("kill") else None
        self.pause = Trigger(plan["pause"]) if plan.get("pause") else None
        self.mark = Trigger(plan["mark"]) if plan.get("mark") else None
        self.reached_fd: int | None = plan.get("reached_fd")
        self.go_fd: int | None = plan.get("go_fd")
        self.record = plan.get("record")
        self.snapshot = bool(plan.get("snapshot"))
        self.counts: dict[str, int] = {}
        self.events: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def tick(self, hook: str, detail: str, state: Any = None) -> None:
        with self._lock:
            n = self.counts[hook] = self.counts.get(hook, 0) + 1
            if self.record is not None:
                event = {"hook": hook, "n": n, "t": round(time.monotonic() - _START, 4),
                         "detail": detail}
                if state is not None:
                    event["state"] = state
                self.events.append(event)
            if self.kill is not None and self.kill.hit(hook, n, detail):
                os.kill(os.getpid(), signal.SIGKILL)
            if self.mark is not None and self.mark.hit(hook, n, detail):
                os.write(self.reached_fd, b".")  # type: ignore[arg-type]
            if self.pause is not None and self.pause.hit(hook, n, detail):
                os.write(self.reached_fd, b".")  # type: ignore[arg-type]
                # Blocks while the test lets another process run: a byte, or the test's
                # end of the pipe closed, lets this one go on.
                os.read(self.go_fd, 1)  # type: ignore[arg-type]

    def write_record(self) -> None:
        if self.record is None:
            return
        with open(self.record, "w", encoding="utf-8") as out:
            json.dump({"events": self.events, "seconds": round(time.monotonic() - _START, 4)},
                      out, ensure_ascii=False)


def _statement(text: str, params: Any, many: bool) -> str:
    line = " ".join(str(text).split())[:90]
    return f"{line} ×{len(params)}" if many and params is not None else line


def arm(plan: dict[str, Any]) -> Points:
    points = Points(plan)
    if plan.get("fsize") is not None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        limit = int(plan["fsize"])
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    if plan.get("busy_ms") is not None:
        from hrdesk.db import engine as engine_module

        engine_module.BUSY_TIMEOUT_MS = int(plan["busy_ms"])
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from sqlalchemy.engine.default import DefaultDialect

    from tests.faults import state

    @event.listens_for(Engine, "before_cursor_execute")
    def _before(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
                executemany: bool) -> None:
        points.tick("sql", _statement(statement, parameters, executemany))

    original_commit = DefaultDialect.do_commit

    def do_commit(self: Any, dbapi_connection: Any) -> None:
        points.tick("commit", self.name)
        original_commit(self, dbapi_connection)
        taken = state.of_connection(dbapi_connection, self.name) if points.snapshot else None
        points.tick("committed", self.name, taken)

    DefaultDialect.do_commit = do_commit  # type: ignore[method-assign]

    def wrap(name: str, before: str, after: str | None = None) -> None:
        original = getattr(os, name)

        def patched(*args: Any, **kwargs: Any) -> Any:
            detail = " -> ".join(os.path.basename(str(a)) for a in args[:2]
                                 if isinstance(a, (str, os.PathLike)))
            if not detail and args and isinstance(args[0], int):  # fsync: the file behind it
                try:
                    detail = os.path.basename(os.readlink(f"/proc/self/fd/{args[0]}"))
                except OSError:
                    detail = f"descriptor {args[0]}"
            points.tick(before, detail)
            result = original(*args, **kwargs)
            if after:
                points.tick(after, detail)
            return result

        setattr(os, name, patched)

    wrap("fsync", "fsync")
    wrap("replace", "replace", "replaced")
    wrap("unlink", "unlink")
    return points


def main() -> None:
    plan = json.loads(os.environ.get(PLAN_VARIABLE) or "{}")
    points = arm(plan)
    module = plan.get("module", "hrdesk_app")
    sys.argv = [module, *sys.argv[1:]]
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    finally:
        points.write_record()


if __name__ == "__main__":
    main()
