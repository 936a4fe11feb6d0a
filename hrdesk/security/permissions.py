"""What each role may do. Checked in the services, whatever the UI shows."""

from __future__ import annotations

import enum
import uuid

from hrdesk import errors
from hrdesk.security.actor import Actor


class Permission(enum.Enum):
    MANAGE_USERS = "manage_users"
    MANAGE_ORGANISATION = "manage_organisation"
    VERIFY_AUDIT = "verify_audit"
    READ_AUDIT = "read_audit"
    BACKUP = "backup"
    VIEW_CANDIDATES = "view_candidates"
    EDIT_CANDIDATES = "edit_candidates"
    SEE_SENSITIVE = "see_sensitive"
    MANAGE_PIPELINES = "manage_pipelines"
    MANAGE_CHANNELS = "manage_channels"
    SUBMIT_REQUISITIONS = "submit_requisitions"
    APPROVE_REQUISITIONS = "approve_requisitions"
    MANAGE_JOBS = "manage_jobs"
    MOVE_APPLICATIONS = "move_applications"
    APPROVE_HIRES = "approve_hires"
    RUN_REMINDERS = "run_reminders"
    ERASE_CANDIDATES = "erase_candidates"


_ALL = frozenset(Permission)
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "admin": frozenset({Permission.MANAGE_USERS, Permission.MANAGE_ORGANISATION,
                        Permission.VERIFY_AUDIT, Permission.READ_AUDIT, Permission.BACKUP,
                        Permission.MANAGE_PIPELINES, Permission.MANAGE_CHANNELS,
                        Permission.RUN_REMINDERS}),
    "hr": frozenset({Permission.VIEW_CANDIDATES, Permission.EDIT_CANDIDATES,
                     Permission.SEE_SENSITIVE, Permission.MANAGE_PIPELINES,
                     Permission.MANAGE_CHANNELS, Permission.SUBMIT_REQUISITIONS,
                     Permission.APPROVE_REQUISITIONS, Permission.MANAGE_JOBS,
                     Permission.MOVE_APPLICATIONS, Permission.RUN_REMINDERS,
                     Permission.ERASE_CANDIDATES}),
    "manager": frozenset({Permission.VIEW_CANDIDATES, Permission.SUBMIT_REQUISITIONS,
                          Permission.APPROVE_REQUISITIONS, Permission.MOVE_APPLICATIONS,
                          Permission.APPROVE_HIRES}),
    "interviewer": frozenset({Permission.VIEW_CANDIDATES}),
    "executive": frozenset({Permission.VIEW_CANDIDATES, Permission.READ_AUDIT,
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
        raise errors.PermissionDenied(permission=permission.value)
