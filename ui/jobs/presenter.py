"""Loads jobs and what the editor offers (templates, departments, people, channels);
carries saves and clones to the core. Never touches a widget."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from PySide6.QtCore import QObject, Signal

from hrdesk.services import channels, jobs, org, people_directory, pipelines
from hrdesk.services.session import allows
from hrdesk.vocabulary import Permission
from ui.context import AppContext
from ui.presenter import Presenter


@dataclasses.dataclass(frozen=True)
class Catalogue:
    """Everything the list and the editor show besides the jobs themselves."""

    templates: tuple[pipelines.TemplateInfo, ...]
    departments: tuple[Any, ...]   # DepartmentInfo
    sites: tuple[Any, ...]         # SiteInfo
    channels: tuple[channels.ChannelInfo, ...]
    people: tuple[people_directory.Person, ...]


class JobsPresenter(Presenter):
    """``loaded(list[JobInfo], Catalogue)``, ``failed(error)``, ``jobLoaded(JobInfo)``,
    ``saved(JobInfo)``, ``saveRefused(error)`` (the form keeps what was typed),
    ``cloned(JobInfo)``."""

    loaded = Signal(object, object)
    failed = Signal(object)
    jobLoaded = Signal(object)
    saved = Signal(object)
    saveRefused = Signal(object)
    cloned = Signal(object)

    def __init__(self, context: AppContext, session, parent: QObject | None = None) -> None:
        super().__init__(context, session, parent)

    @property
    def may_edit(self) -> bool:
        return allows(self.actor, Permission.MANAGE_JOBS)

    def refresh(self) -> None:
        ws, actor, editing = self.ws, self.actor, self.may_edit

        def work(ctx):
            found = jobs.list_jobs(ws, actor)
            # People are listed only for those who may pick them (the service says who).
            people = people_directory.list_people(ws, actor) if editing else []
            return found, Catalogue(
                tuple(pipelines.list_templates(ws, actor)),
                tuple(org.list_departments(ws, actor)), tuple(org.list_sites(ws, actor)),
                tuple(channels.list_channels(ws, actor, include_inactive=True)), tuple(people))

        self._run("jobs.list", work) \
            .success(lambda result: self.loaded.emit(*result)) \
            .failure(self.failed.emit)

    def load_job(self, job_id: uuid.UUID) -> None:
        ws, actor = self.ws, self.actor
        self._run("jobs.get", lambda ctx: jobs.get_job(ws, actor, job_id)) \
            .success(self.jobLoaded.emit) \
            .failure(self.failed.emit)

    def create(self, draft: jobs.JobDraft) -> None:
        ws, actor = self.ws, self.actor
        self._save(lambda ctx: jobs.create_job(ws, actor, draft))

    def update(self, job_id: uuid.UUID, expected_version: int, **changes: Any) -> None:
        ws, actor = self.ws, self.actor
        self._save(lambda ctx: jobs.update_job(ws, actor, job_id, expected_version, **changes))

    def clone(self, job_id: uuid.UUID, headcount: int) -> None:
        ws, actor = self.ws, self.actor
        self._run("jobs.clone", lambda ctx: jobs.clone_job(ws, actor, job_id, headcount)) \
            .success(self._on_clone_succeeded) \
            .failure(self.saveRefused.emit)

    def _save(self, work) -> None:
        self._run("jobs.save", work).success(self._on_save_succeeded) \
            .failure(self.saveRefused.emit)

    def _on_save_succeeded(self, job: jobs.JobInfo) -> None:
        self.saved.emit(job)
        self.refresh()

    def _on_clone_succeeded(self, job: jobs.JobInfo) -> None:
        self.cloned.emit(job)
        self.refresh()
