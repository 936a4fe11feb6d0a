"""The composition root: ``main()`` of the ``hrdesk`` command and of the frozen build.

The core (``hrdesk``) never names the desktop client (``ui``) or the reports
(``reports``); this package sits beside them, imports all three, and hands the edges to
the core's command line (``hrdesk.cli``). It holds wiring only.
"""

from __future__ import annotations

from collections.abc import Sequence

from hrdesk import cli
from hrdesk.clock import Clock
from hrdesk_app import edges


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """``clock`` is for tests; a person's "now" is the system's."""
    return cli.run(argv, edges.EDGES, clock)
