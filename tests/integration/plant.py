"""A small plant to run recruiting tests against: people of every role and an open job."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdesk import identity
from hrdesk.clock import FixedClock
from hrdesk.dto.accounts import RoleScope
from hrdesk.locations import Location
from hrdesk.services import accounts, candidates, jobs, org, pipelines, session, setup
from tests import databases

PASSWORD = "plant-password-1"
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@dataclasses.dataclass
class Plant:
    location: Location
    clock: FixedClock
    site_id: uuid.UUID
    production_id: uuid.UUID
    workshop_id: uuid.UUID
    quality_id: uuid.UUID
    sessions: dict[str, session.Session]
    job: jobs.JobInfo

    def __getitem__(self, username: str) -> session.Session:
        if username not in self.sessions:
            self.sessions[username] = session.open_session(self.location, username, PASSWORD,
                                                           self.clock)
        return self.sessions[username]

    @property
    def ws(self):  # type: ignore[no-untyped-def]
        return self["hr.li"].workspace

    def actor(self, username: str):  # type: ignore[no-untyped-def]
        return self[username].actor

    def candidate(self, name: str, serial: int, **extra) -> uuid.UUID:  # type: ignore[no-untyped-def]
        first17 = f"320583199{serial % 10}0101{serial % 1000:03d}"
        person = candidates.NewCandidate(
            name, mobile=f"139{serial:08d}", id_number=first17 + identity.id_check_char(first17),
            education="大专", years_experience=3, **extra)
        candidates.add_candidates(self.ws, self.actor("hr.li"), [person])
        [found] = candidates.find_by_mobile(self.ws, self.actor("hr.li"), f"139{serial:08d}")
        return found.id

    def close(self) -> None:
        for opened in self.sessions.values():
            opened.close()


def build(admin: session.Session, clock: FixedClock, template: str = "技能工人") -> Plant:
    ws, actor = admin.workspace, admin.actor
    site = org.create_site(ws, actor, "KS", "昆山工厂", "昆山")
    production = org.create_department(ws, actor, site.id, "生产部")
    workshop = org.create_department(ws, actor, site.id, "机加工车间", parent_id=production.id)
    quality = org.create_department(ws, actor, site.id, "质量部")
    elsewhere = org.create_site(ws, actor, "CZ", "常州工厂", "常州")
    people = {
        "hr.li": (RoleScope("hr", site.id), None),
        "mgr.wang": (RoleScope("manager", None, production.id), production.id),
        "mgr.sun": (RoleScope("manager", None, quality.id), quality.id),
        "lead.zhang": (RoleScope("manager", None, workshop.id), workshop.id),
        "int.wu": (RoleScope("interviewer"), workshop.id),
        "int.zhou": (RoleScope("interviewer"), workshop.id),
        "exec.huang": (RoleScope("executive", site.id), None),
        "hr.other": (RoleScope("hr", elsewhere.id), None),  # HR of another plant
    }
    ids = {}
    for username, (grant, dept) in people.items():
        ids[username] = accounts.create_user(ws, actor, accounts.NewUser(
            username, username, PASSWORD, (grant,), site_id=site.id, department_id=dept)).id
    org.set_department_head(ws, actor, production.id, ids["mgr.wang"])
    org.set_department_head(ws, actor, workshop.id, ids["lead.zhang"])
    org.set_department_head(ws, actor, quality.id, ids["mgr.sun"])
    plant = Plant(ws.location, clock, site.id, production.id, workshop.id, quality.id, {},
                  None)  # type: ignore[arg-type]
    hr = plant.actor("hr.li")
    [chosen] = [t for t in pipelines.list_templates(plant.ws, hr) if t.name == template]
    plant.job = jobs.create_job(plant.ws, hr, jobs.JobDraft(
        "数控车工", workshop.id, 3, chosen.id, chosen.job_type,
        hiring_manager_id=ids["lead.zhang"], interviewer_ids=(ids["int.wu"],)))
    return plant


def with_administrator(admin: session.Session, clock: FixedClock) -> Iterator[Plant]:
    """For a fixture: a plant whose ``plant["admin"]`` is ``admin`` (the caller's
    fixture closes it), ten milliseconds between steps."""
    clock.tick = dt.timedelta(milliseconds=10)
    built = build(admin, clock)
    built.sessions[ADMIN] = admin
    yield built
    built.sessions.pop(ADMIN)
    built.close()


# --- a plant for a whole module ---------------------------------------------------------

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
ADMIN, ADMIN_PASSWORD = "admin", "admin-password-1"


def module_plant(kind: str, folder: Path, clock: FixedClock) -> Iterator[Plant]:
    """For a module-scoped fixture: one plant shared by tests that do not interfere;
    ``plant["admin"]`` is its administrator."""
    with pytest.MonkeyPatch.context() as patch, databases.fresh(kind, folder) as location:
        patch.setenv("HRDESK_DATA_DIR", str(folder / "data"))
        setup.create_database(location, "华东智能装备有限公司", ADMIN, "系统管理员",
                              ADMIN_PASSWORD, clock)
        admin = session.open_session(location, ADMIN, ADMIN_PASSWORD, clock)
        try:
            built = build(admin, clock)
        except BaseException:
            admin.close()
            raise
        built.sessions[ADMIN] = admin
        yield built
        built.close()


def for_the_command_line(built: Plant, monkeypatch: pytest.MonkeyPatch) -> Plant:
    """The plant as ``hrdesk`` run from a shell sees it: the password in HRDESK_PASSWORD,
    and an English locale until a test sets LANG."""
    monkeypatch.setenv("HRDESK_PASSWORD", PASSWORD)
    for name in _LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("locale.getlocale", lambda *_: ("en_US", "UTF-8"))
    return built
