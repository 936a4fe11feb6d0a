"""Carries the requisitions screen's reads and writes to the core; never touches a widget."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from PySide6.QtCore import QObject, Signal

from hrdesk.dto.org import DepartmentInfo
from hrdesk.services import org, pipelines, requisitions
from hrdesk.services.session import allows
from hrdesk.vocabulary import Permission, Role
from ui.context import AppContext
from ui.presenter import Presenter
from ui.tasks import TaskContext


@dataclasses.dataclass(frozen=True)
class Listing:
    """Everything the table needs: what the actor sees, and what waits for its decision."""

    visible: tuple[requisitions.RequisitionInfo, ...]
    pending: tuple[requisitions.RequisitionInfo, ...]


@dataclasses.dataclass(frozen=True)
class FormChoices:
    departments: tuple[tuple[uuid.UUID, str], ...]  # those the actor may file for
    job_types: tuple[tuple[str, str], ...]  # (job type code, template name)


def fileable(actor, departments: list[DepartmentInfo]) -> list[DepartmentInfo]:
    """The departments the service lets this actor file for: the ones it manages, with
    their sub-departments, and every department of a site where it is HR."""
    hr_sites = {g.site_id for g in actor.grants if g.role == Role.HR}
    managed = {g.department_id for g in actor.grants if g.role == Role.MANAGER and g.department_id}
    children: dict[uuid.UUID, list[uuid.UUID]] = {}
    for d in departments:
        if d.parent_id is not None:
            children.setdefault(d.parent_id, []).append(d.id)
    pending = list(managed)
    while pending:
        for child in children.get(pending.pop(), []):
            if child not in managed:
                managed.add(child)
                pending.append(child)
    return [d for d in departments
            if d.id in managed or None in hr_sites or d.site_id in hr_sites]


class RequisitionsPresenter(Presenter):
    """Signals carry DTOs: ``loaded(Listing)``, ``detailLoaded(RequisitionDetail)``,
    ``choicesLoaded(FormChoices)``, ``saved(RequisitionInfo)``,
    ``saveRefused(error, RequisitionInfo | None)`` (the draft a failed submit left),
    ``acted(RequisitionInfo)`` / ``actionRefused(error)`` for submit, cancel and decisions,
    ``failed(error)`` for reads."""

    loaded = Signal(object)
    detailLoaded = Signal(object)
    choicesLoaded = Signal(object)
    saved = Signal(object)
    saveRefused = Signal(object, object)
    acted = Signal(object)
    actionRefused = Signal(object)
    failed = Signal(object)

    def __init__(self, context: AppContext, session, parent: QObject | None = None) -> None:
        super().__init__(context, session, parent)

    @property
    def may_file(self) -> bool:
        return allows(self.actor, Permission.SUBMIT_REQUISITIONS)

    def today(self) -> dt.date:
        """The workspace clock's date here: what "not in the past" is checked against."""
        return self.ws.clock.now().astimezone().date()

    # --- reading ---------------------------------------------------------------------

    def refresh(self) -> None:
        ws, actor = self.ws, self.actor

        def work(ctx):
            return Listing(tuple(requisitions.list_requisitions(ws, actor)),
                           tuple(requisitions.pending_approvals(ws, actor)))

        self._run("requisitions.list", work).success(self.loaded.emit).failure(self.failed.emit)

    def load_detail(self, requisition_id: uuid.UUID) -> None:
        ws, actor = self.ws, self.actor
        # One key: clicking through the list drops the answers for rows already left.
        self._run("requisitions.detail",
                  lambda ctx: requisitions.get_requisition(ws, actor, requisition_id)) \
            .success(self.detailLoaded.emit).failure(self.failed.emit)

    def load_choices(self) -> None:
        ws, actor = self.ws, self.actor

        def work(ctx: TaskContext) -> FormChoices:
            departments = fileable(actor, org.list_departments(ws, actor))
            types: dict[str, str] = {}
            for template in pipelines.list_templates(ws, actor):
                if template.active:
                    types.setdefault(template.job_type, template.name)
            return FormChoices(tuple((d.id, d.name) for d in departments),
                               tuple(types.items()))

        self._run("requisitions.choices", work) \
            .success(self.choicesLoaded.emit).failure(self.failed.emit)

    # --- writing ---------------------------------------------------------------------

    def save(self, requisition_id: uuid.UUID | None, draft: requisitions.RequisitionDraft,
             version: int | None, submit: bool) -> None:
        """Create or update the draft, then submit it when asked."""
        ws, actor = self.ws, self.actor
        stored: list[requisitions.RequisitionInfo] = []

        def work(ctx):
            if requisition_id is None:
                info = requisitions.create_requisition(ws, actor, draft)
            else:
                assert version is not None
                info = requisitions.update_requisition(ws, actor, requisition_id, draft, version)
            stored.append(info)
            return requisitions.submit(ws, actor, info.id, info.version) if submit else info

        # A refused submit after a successful save still hands back the saved draft,
        # so a second try updates it instead of filing a duplicate.
        self._run("requisitions.save", work).success(self.saved.emit) \
            .failure(lambda error: self.saveRefused.emit(error, stored[0] if stored else None))

    def submit(self, info: requisitions.RequisitionInfo) -> None:
        self._act(lambda ws, actor: requisitions.submit(ws, actor, info.id, info.version))

    def cancel(self, info: requisitions.RequisitionInfo) -> None:
        self._act(lambda ws, actor: requisitions.cancel(ws, actor, info.id, info.version))

    def decide(self, info: requisitions.RequisitionInfo, outcome: str, comment: str) -> None:
        use_case = {"approve": requisitions.approve, "reject": requisitions.reject,
                    "return": requisitions.return_for_changes}[outcome]
        # (a comment of spaces is none: the service asks for one where it must)
        self._act(lambda ws, actor: use_case(ws, actor, info.id, comment,
                                             expected_version=info.version))

    def _act(self, call) -> None:
        ws, actor = self.ws, self.actor
        self._run("requisitions.act", lambda ctx: call(ws, actor)) \
            .success(self.acted.emit).failure(self.actionRefused.emit)
