"""The exit statuses of ``hrdesk``, the same for every verb: scripts and scheduled
tasks test them. A command line argparse cannot read ends with its own status 2."""

OK = 0
# An error (one line on standard error), a broken audit chain, an interruption.
FAILED = 1
