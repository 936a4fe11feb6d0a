"""Rules of the recruitment chain: pipeline templates, stage transitions, reminders,
and the working time they are measured in (``calendar``, ``sla``).

``calendar`` and ``sla`` are pure Python, with no Qt and no database: services
load a site's calendar spec from storage and hand it in as a plain value.
"""
