"""``python -m hrdesk_app``, and the script PyInstaller freezes (see hrdesk.spec)."""

import multiprocessing

from hrdesk_app import main

if __name__ == "__main__":
    # A frozen Windows build re-runs this script in any child process; this
    # makes such a child do its job instead of starting a second application.
    multiprocessing.freeze_support()
    raise SystemExit(main())
