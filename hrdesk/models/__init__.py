"""Tables by aggregate. Importing this package registers every table on the metadata."""

from hrdesk.models.audit import AuditEntry, AuditHead
from hrdesk.models.base import Base
from hrdesk.models.candidates import Candidate
from hrdesk.models.keyring import KeyringEntry
from hrdesk.models.org import Department, Organisation, RoleGrant, Site, User

__all__ = [
    "AuditEntry", "AuditHead", "Base", "Candidate", "Department", "KeyringEntry",
    "Organisation", "RoleGrant", "Site", "User",
]
