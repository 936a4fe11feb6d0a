"""What each role may do. Checked in the services, whatever the UI shows."""

from __future__ import annotations

import uuid

from hrdesk import errors
from hrdesk.security.actor import Actor
from hrdesk.vocabulary import Permission, Role

_ALL = frozenset(Permission)
#: Keyed by the stored role word (a ``Role`` is one), so a grant read from the database
#: finds its permissions without being parsed first.
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    Role.ADMIN: frozenset({Permission.MANAGE_USERS, Permission.MANAGE_ORGANISATION,
                        Permission.VERIFY_AUDIT, Permission.READ_AUDIT, Permission.BACKUP,
                        Permission.MANAGE_PIPELINES, Permission.MANAGE_CHANNELS,
                        Permission.RUN_REMINDERS}),
    Role.HR: frozenset({Permission.VIEW_CANDIDATES, Permission.EDIT_CANDIDATES,
                     Permission.SEE_SENSITIVE, Permission.MANAGE_PIPELINES,
                     Permission.MANAGE_CHANNELS, Permission.SUBMIT_REQUISITIONS,
                     Permission.APPROVE_REQUISITIONS, Permission.MANAGE_JOBS,
                     Permission.MOVE_APPLICATIONS, Permission.RUN_REMINDERS,
                     Permission.ERASE_CANDIDATES}),
    Role.MANAGER: frozenset({Permission.VIEW_CANDIDATES, Permission.SUBMIT_REQUISITIONS,
                          Permission.APPROVE_REQUISITIONS, Permission.MOVE_APPLICATIONS,
                          Permission.APPROVE_HIRES}),
    Role.INTERVIEWER: frozenset({Permission.VIEW_CANDIDATES}),
    Role.EXECUTIVE: frozenset({Permission.VIEW_CANDIDATES, Permission.READ_AUDIT,
                            Permission.APPROVE_REQUISITIONS, Permission.APPROVE_HIRES}),
}


def allows(actor: Actor, permission: Permission, site_id: uuid.UUID | None = None) -> bool:
    """A grant scoped to a site allows only that site's records; unscoped allows all."""
    for grant in actor.grants:
        if permission not in ROLE_PERMISSIONS.get(grant.role, frozenset()):
            continue
        if site_id is None or grant.site_id is None or grant.site_id == site_id:
            return True
    return False


def require(actor: Actor, permission: Permission, site_id: uuid.UUID | None = None) -> None:
    if not allows(actor, permission, site_id):
        raise errors.PermissionDenied(permission=permission)
