"""An unlocked database and what opening one entails: the ``Workspace`` every use case
runs against (``unlocked``), the keys a session keeps and hands on to colleagues
(``session_keys``), and what a schema upgrade leaves for Python to do (``upgrades``,
``reseal``). Below the use cases, beside ``workflow`` and ``imports``, above the unit
of work it opens."""
