"""Tables by aggregate. Importing this package registers every table on the metadata."""

from hrdesk.models.applications import Application, RefusalReason, TimelineEvent
from hrdesk.models.attachments import Attachment
from hrdesk.models.audit import AuditEntry, AuditHead
from hrdesk.models.base import Base
from hrdesk.models.candidates import Candidate, DuplicatePair
from hrdesk.models.channels import Channel, ChannelCost
from hrdesk.models.jobs import Job
from hrdesk.models.keyring import KeyringEntry
from hrdesk.models.org import Department, Organisation, RoleGrant, Site, User
from hrdesk.models.outbox import OutboxMessage
from hrdesk.models.pipeline import PipelineTemplate, Stage
from hrdesk.models.requisitions import ApprovalStep, Requisition
from hrdesk.models.settings import Setting, SiteCalendar
from hrdesk.models.tasks import Escalation, Notification, Task

__all__ = [
    "Application", "ApprovalStep", "Attachment", "AuditEntry", "AuditHead", "Base", "Candidate", "Channel",
    "ChannelCost", "Department", "DuplicatePair", "Escalation", "Job", "KeyringEntry", "Notification",
    "Organisation", "OutboxMessage", "PipelineTemplate", "RefusalReason", "Requisition",
    "RoleGrant", "Setting", "Site", "SiteCalendar", "Stage", "Task", "TimelineEvent", "User",
]
