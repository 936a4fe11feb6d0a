"""Fault injection: hrdesk killed, crowded and starved of disk, and what it must survive.

How a point to kill at is chosen. Two mechanisms, both in the child process, none in
product code:

- **Named points, counted** (``child.py``). The child runs the real CLI
  (``python -m hrdesk_app …`` through ``runpy``) with a few functions patched: SQLAlchemy's
  ``before_cursor_execute`` (each statement, one ``executemany`` counted once), the
  dialect's COMMIT (before and after), ``os.fsync``, ``os.replace`` (before and after)
  and ``os.unlink``. At the n-th point of one of them it sends itself SIGKILL. The
  points of a run do not depend on timing, so a point is reproduced exactly, and
  hypothesis can shrink it (towards the first point of a hook). An uninterrupted run
  first lists every point the operation passes (with the statement or file at each) and
  the row counts after each of its commits: that is what "before or after" means below,
  and the range hypothesis draws from.
- **A share of the run's time**, black box: the parent sends SIGKILL after a fraction
  (drawn by hypothesis) of the uninterrupted run's duration. It reaches what no Python
  patch can, such as the middle of SQLite writing its log, at the price of not being
  exactly reproducible.

Hypothesis draws a hook (or "time"), then the point. After each kill the database must
open with the right password, pass SQLite's ``integrity_check`` and ``foreign_key_check``
and the audit chain's check (``verify-audit``'s), hold exactly the rows it held before
or after one of the run's commits, and carry on: a second restore works where the first
left nothing, a backup leaves no half-written file the next one does not clear, a
password change leaves the old password or the new one working. ``operations.py`` holds
each operation's promises, ``checks.py`` the common ones.

Concurrency: ``test_concurrency.py`` runs a crowd of writers (``driver.py``) and holds
every write reported done against the database; ``test_interleavings.py`` makes two
writers meet at the worst moment every time (``interleave.py``: the first stops at a
named statement, holding its locks, until the second waits for them).

Full disk: ``test_full_disk.py`` (a file-size limit everywhere, a small tmpfs where this
process may mount one).

Profiles: ``make test`` runs a reduced form, about a minute on two cores: eight kill
points (one drawn for each of four operation/backend pairs, the same every run, and the
known defects' own), a short crowd on SQLite, the PostgreSQL interleavings and two
full disks. ``make test-faults`` (``HRDESK_FAULTS=full``, ``-m faults``) runs every
operation on both backends with six drawn points each, new ones each run (the seed is in
every failure message; ``HRDESK_FAULTS_SEED`` repeats it), half-minute crowds on both
backends and every variant, and sums up what it tried (``report.py``).
``HRDESK_FAULTS_REPLAY='sql#37'`` makes a kill test try that one point.

Defects found and not fixed yet are listed in ``known.py``; their tests are marked
``xfail(strict=True)``, and only their exact symptoms are let pass elsewhere.
"""
