"""Entry point of the PyInstaller build (see hrdesk.spec): the `hrdesk` command."""

import multiprocessing

from hrdesk.cli import main

if __name__ == "__main__":
    # A frozen Windows build re-runs this script in any child process; this
    # makes such a child do its job instead of starting a second application.
    multiprocessing.freeze_support()
    raise SystemExit(main())
