"""The demo company and its year of history, made through the services.

Above the services (it replays their use cases), below the entry points that offer a
demo database (the first-run dialog, ``hrdesk demo``).
"""
