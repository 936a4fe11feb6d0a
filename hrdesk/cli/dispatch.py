"""The ``hrdesk`` command: the desktop client by default, admin verbs headless.

Entry points only translate input and map errors: every verb calls services. An error
ends the command with one line and a non-zero status, never a traceback (an unexpected
one goes to the log file, which the line names) — here, once, for every verb.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from hrdesk import __version__, errors, i18n
from hrdesk.cli import (
    access,
    attach_resumes,
    audit,
    backups,
    demo,
    duplicates,
    erase,
    exits,
    import_resumes,
    setup,
    upkeep,
)
from hrdesk.cli.edges import Desktop, Edges
from hrdesk.clock import Clock

# Each registers its verbs; a verb's parser names the function that runs it (``run``).
_VERB_FAMILIES = (setup, upkeep, audit, backups, access, demo, import_resumes, attach_resumes,
                  duplicates, erase)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hrdesk", description="Recruitment-process tracking. Without a command, "
        "opens the desktop client.")
    parser.add_argument("--version", action="version", version=f"hrdesk {__version__}")
    parser.add_argument("--self-check", action="store_true",
                        help="check this installation (encrypted database, Chinese font) and exit")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="database file, or postgresql://user@host:port/db")
    parser.add_argument("--data-dir", metavar="DIR", type=Path,
                        help="folder for settings, logs and backups")
    sub = parser.add_subparsers(dest="verb", metavar="COMMAND")
    for family in _VERB_FAMILIES:
        family.register(sub)
    return parser



def run(argv: Sequence[str] | None, edges: Edges, clock: Clock | None = None) -> int:
    """The command line ``argv`` (None: the process's); ``edges`` are the desktop client and
    the report writer, given by the composition root; ``clock`` is for tests (a person's
    "now" is the system's)."""
    args = _parser().parse_args(argv)
    args.clock, args.edges = clock, edges
    if args.data_dir:
        os.environ["HRDESK_DATA_DIR"] = str(args.data_dir)
    from hrdesk import logs

    log_file = logs.configure()
    try:
        if args.self_check:
            return edges.self_check()
        if args.verb is None:
            return _open_desktop(args, edges)
        return int(args.run(args))
    except errors.HrdeskError as exc:
        print(f"hrdesk: {i18n.describe(exc)}", file=sys.stderr)
        return exits.FAILED
    except KeyboardInterrupt:
        print("hrdesk: interrupted; nothing was changed.", file=sys.stderr)
        return exits.FAILED
    except Exception as exc:  # noqa: BLE001 - one line for the user, the trace for us
        known = errors.of_environment(exc)
        if known is not None:
            print(f"hrdesk: {i18n.describe(known)}", file=sys.stderr)
            return exits.FAILED
        logs.record_crash(exc)
        print(f"hrdesk: internal error ({type(exc).__name__}); details in {log_file}",
              file=sys.stderr)
        return exits.FAILED
    finally:
        logs.close()


def _open_desktop(args: argparse.Namespace, edges: Edges) -> int:
    desktop = _load(edges)
    if args.db:
        from hrdesk.services import workstation

        workstation.save(workstation.parse_location(args.db))
    return int(desktop.run(sys.argv[:1]))


def _load(edges: Edges) -> Desktop:
    try:
        return edges.load_desktop()
    except ImportError as exc:  # a missing Qt library is an ImportError, not only a module
        raise errors.FileProblem(path=exc.name or "the desktop client",
                                 reason="the desktop client is not installed") from exc
