"""What the command line hands over to the edges it must not import itself.

The core never names the desktop client or the report writers (the dependency rule),
not even by string: the composition root (``hrdesk_app``) imports them and fills these in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from hrdesk.services.imports import ImportPlan


class Desktop(Protocol):
    """The desktop client, once loaded."""

    def run(self, argv: list[str]) -> int:
        """Opens the client; returns the event loop's exit status."""
        ...


@dataclass(frozen=True)
class Edges:
    # Loading is apart from running so that only a client that cannot be loaded reads
    # "not installed"; a failure once it runs is a bug and goes to the log.
    load_desktop: Callable[[], Desktop]
    # The whole installation (the edges import, an encrypted database round trip, a
    # font that shows Chinese): prints one line, returns the exit status.
    self_check: Callable[[], int]
    # The rejected rows of an import plan, with their reasons, to a spreadsheet at the
    # path; returns the number of rows written.
    write_rejected_rows: Callable[[ImportPlan, Path], int]
