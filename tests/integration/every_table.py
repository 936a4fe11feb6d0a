"""A database holding at least one row of every table of the schema.

The demo company gives most of them (a year of hiring: requisitions, jobs,
applications, tasks, notices …); what it leaves empty is added here through the
services, as a user would. ``empty_tables`` finds what is still missing by
introspection, so a table added later fails the tests that use this until it gets
a row here too — a backup that cannot restore a new table is caught that way.
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from hrdesk.clock import FixedClock
from hrdesk.db import backup, stored
from hrdesk.demo.database import create_demo_database
from hrdesk.dto.calendars import CalendarSpec
from hrdesk.locations import Location
from hrdesk.models.base import Base
from hrdesk.services import (
    attachments,
    calendars,
    candidates,
    channels,
    erasure,
    imports,
    jobs,
    reminders,
    screening,
    session,
)
from hrdesk.workflow.screening import ScreeningRules

#: A person no demo generator makes, to look for in files and tables.
SEEDED_NAME = "欧阳测试员"
SEEDED_MOBILE = "13912345678"
SEEDED_EMAIL = "ouyang.ceshi@example.com"


@dataclasses.dataclass(frozen=True)
class Filled:
    location: Location
    admin: str
    hr: str
    password: str


def build(location: Location, clock: FixedClock, folder: Path) -> Filled:
    accounts_ = create_demo_database(location, 30, clock=clock)
    password = accounts_[0].password
    admin, hr = session.open_session(location, "admin", password, clock), \
        session.open_session(location, "hr.li", password, clock)
    try:
        _add_the_rest(admin, hr, clock, folder)
    finally:
        hr.close()
        admin.close()
    return Filled(location, "admin", "hr.li", password)


def _add_the_rest(admin: session.Session, hr: session.Session, clock: FixedClock,
                  folder: Path) -> None:
    ws, actor = hr.workspace, hr.actor
    [job, *_] = [j for j in jobs.list_jobs(ws, actor) if j.status == "open"]
    site = job.site_id
    calendars.set_site_calendar(admin.workspace, admin.actor, site,
                                CalendarSpec(time_zone="Asia/Shanghai"))
    [first_channel, *_] = channels.list_channels(ws, actor)
    jobs.update_job(ws, actor, job.id, job.version, channel_ids=[first_channel.id])
    screening.set_rules(ws, actor, job.id, ScreeningRules(min_education="博士",
                                                          reject_non_matching=True))
    sheet = folder / "简历.csv"
    sheet.write_text("姓名,手机,邮箱,学历\n"
                     f"{SEEDED_NAME},{SEEDED_MOBILE},{SEEDED_EMAIL},大专\n"
                     # Another name on the same e-mail: stored, and queued as a pair.
                     f"测试员乙,13712345670,{SEEDED_EMAIL},大专\n", encoding="utf-8")
    planned = imports.preview(ws, actor, sheet, job_id=job.id)
    imports.run(ws, actor, planned, job_id=job.id)
    imports.save_profile(ws, actor, "测试模板", ["姓名", "手机", "邮箱", "学历"],
                         ["name", "mobile", "email", "education"])
    [person] = candidates.find_by_mobile(ws, actor, SEEDED_MOBILE)
    attachments.add_attachment(ws, actor, person.id, f"{SEEDED_NAME}{SEEDED_MOBILE}.pdf",
                               _resume_pdf())
    # An erased person: their emptied row (erased_at set, no audit salt) restores too.
    gone = candidates.create_candidate(ws, actor, candidates.NewCandidate("待删除人员"))
    erasure.erase(ws, actor, gone.id, "本人申请删除")
    clock.advance(days=40)  # every open task long overdue: reminders escalate
    reminders.run(admin.workspace, admin.actor)


def _resume_pdf() -> bytes:
    from pypdf import PdfWriter

    out, writer = io.BytesIO(), PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(out)
    return out.getvalue()


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
                for t in backup.tables(Base.metadata)}


def empty_tables(engine: Engine) -> list[str]:
    return sorted(name for name, count in row_counts(engine).items() if count == 0)


def everything(engine: Engine) -> dict[str, list[tuple[str, ...]]]:
    """Every row of every table as stored (ciphertext stays ciphertext), in key order."""
    with engine.connect() as conn:
        return {t.name: [tuple(repr(stored.to_json(v)) for v in row)
                         for row in conn.execute(select(t).order_by(*t.primary_key.columns))]
                for t in backup.tables(Base.metadata)}
