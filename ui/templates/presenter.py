"""Lists, saves, clones and creates pipeline templates; never touches a widget."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal

from hrdesk.dto.pipelines import TemplateSpec
from hrdesk.services import pipelines
from hrdesk.services.session import allows
from hrdesk.vocabulary import Permission
from ui.context import AppContext
from ui.presenter import Presenter


class TemplatesPresenter(Presenter):
    """``loaded(list[TemplateInfo])``, ``failed(error)``, ``saved(TemplateInfo)`` (also
    after a clone or a new one), ``saveRefused(error)`` (the editor keeps its edits)."""

    loaded = Signal(object)
    failed = Signal(object)
    saved = Signal(object)
    saveRefused = Signal(object)

    def __init__(self, context: AppContext, session, parent: QObject | None = None) -> None:
        super().__init__(context, session, parent)

    @property
    def may_edit(self) -> bool:
        return allows(self.actor, Permission.MANAGE_PIPELINES)

    def refresh(self) -> None:
        ws, actor = self.ws, self.actor
        self._run("templates.list", lambda ctx: pipelines.list_templates(ws, actor)) \
            .success(self.loaded.emit).failure(self.failed.emit)

    def save(self, template_id: uuid.UUID, spec: TemplateSpec, expected_version: int) -> None:
        ws, actor = self.ws, self.actor
        self._write(lambda ctx: pipelines.update_template(ws, actor, template_id, spec,
                                                          expected_version))

    def clone(self, template_id: uuid.UUID, name: str) -> None:
        ws, actor = self.ws, self.actor
        self._write(lambda ctx: pipelines.clone_template(ws, actor, template_id, name))

    def create(self, spec: TemplateSpec) -> None:
        ws, actor = self.ws, self.actor
        self._write(lambda ctx: pipelines.create_template(ws, actor, spec))

    def _write(self, work) -> None:
        def done(template: pipelines.TemplateInfo) -> None:
            self.saved.emit(template)
            self.refresh()

        self._run("templates.save", work).success(done).failure(self.saveRefused.emit)
