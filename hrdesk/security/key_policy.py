"""Which keys a role's key slot holds: what its permissions need, nothing more.

The services check permissions; the keys make the same rule hold for someone who
reads the database with their own password and a few lines of code: an
interviewer's slot cannot open a candidate's mobile number because it does not
hold the key, whatever the code does.
"""

from __future__ import annotations

from collections.abc import Iterable

from hrdesk.db.crypto import Purpose
from hrdesk.security.permissions import ROLE_PERMISSIONS
from hrdesk.vocabulary import Permission

#: Every role opens the database and reads colleagues' contact numbers.
EVERYONE = frozenset({Purpose.DATABASE, Purpose.STAFF})

#: A key, and the permissions any one of which makes a role need it.
_NEEDED_FOR: dict[Purpose, frozenset[Permission]] = {
    Purpose.DOCUMENTS: frozenset({Permission.VIEW_CANDIDATES}),
    Purpose.PERSONAL: frozenset({Permission.SEE_SENSITIVE}),
    # Digests of mobiles and ID numbers can be reversed by trying every number, so
    # only those who may see the numbers (and add people) hold the digest key.
    Purpose.LOOKUP: frozenset({Permission.SEE_SENSITIVE, Permission.EDIT_CANDIDATES}),
    Purpose.BACKUP: frozenset({Permission.BACKUP}),
    Purpose.ANCHOR: frozenset({Permission.VERIFY_AUDIT}),
    # A person's history (the audit values sealed under their key, ``db.person_keys``)
    # is read by whoever may see the person; an administrator, who may not, keeps
    # seeing who changed which fields, never the values.
    Purpose.HISTORY: frozenset({Permission.VIEW_CANDIDATES}),
}


def purposes_for_role(role: str) -> frozenset[Purpose]:
    granted = ROLE_PERMISSIONS.get(role, frozenset())
    return EVERYONE | {p for p, needs in _NEEDED_FOR.items() if needs & granted}


def purposes_for(roles: Iterable[str]) -> frozenset[Purpose]:
    found: set[Purpose] = set()
    for role in roles:
        found |= purposes_for_role(role)
    return frozenset(found) if found else EVERYONE
