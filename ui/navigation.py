"""Where a screen asks to go: "open this candidate", "open this job's board".

Screens emit ``openRequested(Target)``; the sections widget owns the routing, so a
screen never imports another one.
"""

from __future__ import annotations

import dataclasses
import uuid

CANDIDATE = "candidate"      # id: candidate id
APPLICATION = "application"  # id: application id (opens its candidate's file)
JOB = "job"                  # id: job id (opens the job's board)
REQUISITION = "requisition"  # id: requisition id


@dataclasses.dataclass(frozen=True)
class Target:
    kind: str
    id: uuid.UUID
    #: The ids of the list the target was opened from, for next/previous in the file.
    siblings: tuple[uuid.UUID, ...] = ()
