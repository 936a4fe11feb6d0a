"""The ``hrdesk`` command line: admin verbs headless, the desktop client handed over to.

One module per verb family, each registering its verbs' options (``register``);
``dispatch`` reads the command line and maps every error to one line and an exit status
(``exits``); ``signed_in`` is the one way a verb runs as a user. The core never imports
the desktop client or the report writers: ``main()`` lives in the composition root
(``hrdesk_app``), which hands them over as ``Edges``.
"""

from hrdesk.cli.dispatch import run
from hrdesk.cli.edges import Desktop, Edges

__all__ = ["Desktop", "Edges", "run"]
