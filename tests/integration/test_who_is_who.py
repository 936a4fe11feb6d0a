"""Who is who, against a real database on both backends: no applicant merged away on a
weak key, no person rewritten into another, the database refusing one person twice,
and the possible-duplicates queue (issue 11)."""

from __future__ import annotations

import random
import threading
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import func, select

from hrdesk import errors, identity
from hrdesk.models.candidates import Candidate, DuplicatePair
from hrdesk.services import audit_log, candidate_merge, candidates, duplicates, imports, session
from hrdesk.services.candidates import CandidateChanges, NewCandidate
from tests.integration import plant as plant_module
from tests.integration.test_import_plan import write_sheet

HEADERS = ["姓名", "手机", "邮箱", "身份证号"]


def id_number(serial: int, area: str = "320583") -> str:
    first17 = f"{area}19{80 + serial % 20:02d}0101{serial % 1000:03d}"
    return first17 + identity.id_check_char(first17)


def mobile(serial: int) -> str:
    """A mobile of someone's own (never one digit repeated nor a counting run)."""
    return f"137{(serial * 7919 + 2468013) % 10**8:08d}"


@pytest.fixture
def plant(admin_session, clock):  # type: ignore[no-untyped-def]
    built = plant_module.build(admin_session, clock)
    yield built
    built.close()


def _import(plant, path: Path, **options):  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    merge = options.pop("merge", "keep")
    return imports.run(plant.ws, hr, imports.preview(plant.ws, hr, path, merge=merge),
                       merge=merge, **options)


def _people(plant) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with plant.ws.db.unit_of_work(read_only=True) as uow:
        return dict(uow.session.execute(select(Candidate.name, func.count()).where(
            Candidate.merged_into_id.is_(None)).group_by(Candidate.name)).all())


def test_two_applicants_sharing_an_email_are_both_kept_and_queued(plant, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [[f"应聘者{i}", mobile(i), f"p{i}@example.cn", None] for i in range(120)]
    rows[77][2] = rows[12][2]  # an agency typed one address for two people
    rows[90][1] = rows[40][1]  # and one phone
    result = _import(plant, write_sheet(tmp_path / "board.xlsx", rows, HEADERS))
    assert result.counts["new"] == 118 and result.counts["possible_duplicate"] == 2
    assert sum(result.counts.values()) == 120 and result.queued == 2
    assert len(_people(plant)) == 120  # nobody lost
    queue = duplicates.open_pairs(plant.ws, plant.actor("hr.li"))
    assert {(frozenset((p.first.name, p.second.name)), p.key) for p in queue} == {
        (frozenset(("应聘者12", "应聘者77")), "email"),
        (frozenset(("应聘者40", "应聘者90")), "mobile")}


def test_overwrite_never_rewrites_a_person_found_by_a_weaker_key(plant, tmp_path) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    wang = candidates.create_candidate(plant.ws, hr, NewCandidate(
        "王同名", mobile="13900000001", email="wang@example.cn", city="昆山"))
    later = [["陌生人", "13900000099", "wang@example.cn", None],  # only the e-mail shared
             ["路人", "13900000001", None, None],  # only the mobile shared
             ["王同名", "13900000077", "wang@example.cn", None]]  # same name and e-mail
    result = _import(plant, write_sheet(tmp_path / "later.xlsx", later, HEADERS),
                     merge="overwrite")
    outcomes = {r.row: r.outcome for r in result.rows}
    assert outcomes == {2: "possible_duplicate", 3: "possible_duplicate", 4: "same_as_stored"}
    # The mobile of the same person is not replaced on the strength of an e-mail: said so.
    [third] = [r for r in result.rows if r.row == 4]
    assert [w.code for w in third.warnings] == ["row.kept_stored"]
    stored = candidates.get_candidate(plant.ws, hr, wang.id)
    assert (stored.name, stored.mobile, stored.version) == ("王同名", "139****0001", wang.version)
    assert _people(plant) == {"王同名": 1, "陌生人": 1, "路人": 1}


def test_an_id_number_is_the_person_whatever_the_name_and_the_name_is_kept(
        plant, tmp_path) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    stored = candidates.create_candidate(plant.ws, hr, NewCandidate(
        "李娜", id_number=id_number(1), mobile=mobile(1)))
    result = _import(plant, write_sheet(tmp_path / "a.xlsx", [
        ["李 娜", None, "lina@example.cn", id_number(1)],
        ["李小娜", mobile(2), None, id_number(1)]], HEADERS), merge="overwrite")
    assert [r.outcome for r in result.rows] == ["updated", "same_as_row"]
    first = result.rows[0]
    assert first.candidate_id == stored.id and first.changes == ("email",)
    assert "row.other_name_row" in [p.code for p in result.rows[1].problems]
    after = candidates.get_candidate(plant.ws, hr, stored.id)
    assert after.name == "李娜" and after.email == "lina@example.cn"
    # By the ID number alone, another name is the same person too: flagged, name kept.
    again = _import(plant, write_sheet(tmp_path / "b.xlsx", [
        ["李小娜", None, None, id_number(1)]], HEADERS), merge="overwrite")
    assert again.rows[0].outcome == "same_as_stored"
    assert "row.other_name" in [w.code for w in again.rows[0].warnings]
    assert candidates.get_candidate(plant.ws, hr, stored.id).name == "李娜"


def test_placeholders_and_keys_shared_by_many_identify_nobody(plant, tmp_path) -> None:  # type: ignore[no-untyped-def]
    family = [[f"家人{i}", "13812340000", None, None] for i in range(40)]
    everyone = [[f"报名{i}", mobile(i), "jobs@agency.cn", None] for i in range(30)]
    listed = [["张伟", "13800000000", "none@none.com", None],
              ["张伟", "13800000000", None, None],  # same name, nothing real shared
              ["刘洋", "13800000000", "liu@example.cn", None]]
    result = _import(plant, write_sheet(tmp_path / "mix.xlsx", family + everyone + listed,
                                        HEADERS))
    assert result.counts == {"new": 73, "updated": 0, "same_as_stored": 0, "same_as_row": 0,
                             "possible_duplicate": 0, "rejected": 0}
    assert result.queued == 0
    codes = {r.row: {w.code for w in r.warnings} for r in result.rows}
    assert codes[2] == {"row.shared_key"} and codes[42] == {"row.shared_key"}
    assert codes[72] == {"row.placeholder"} and codes[73] == {"row.placeholder"}
    assert _people(plant)["张伟"] == 2
    with plant.ws.db.unit_of_work(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).where(
            Candidate.mobile_placeholder.is_(True))) == 43


def test_two_people_of_one_name_and_no_shared_key_are_two(plant, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = _import(plant, write_sheet(tmp_path / "two.xlsx", [
        ["王伟", mobile(1), None, None], ["王伟", mobile(2), None, None]], HEADERS))
    assert result.counts["new"] == 2 and _people(plant) == {"王伟": 2}


def test_the_outcome_counts_add_up_on_generated_files(plant, tmp_path) -> None:  # type: ignore[no-untyped-def]
    chance = random.Random(11)
    names = ["王芳", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏"]
    shared_mobiles = ["13800000000", mobile(5), mobile(6)]
    rows = []
    for i in range(300):
        row = [chance.choice(names) + chance.choice(["", "", str(i % 7)]),
               chance.choice([*shared_mobiles, mobile(i), "138", None]),
               chance.choice([None, f"a{i % 50}@example.cn", "none@none.com"]),
               chance.choice([None, None, id_number(i % 40)])]
        # Each row also has a key of its own, so that a second run finds everyone.
        column = chance.choice([1, 2, 3])
        row[column] = [None, mobile(1000 + i), f"own{i}@example.cn",
                       id_number(i, area="110105")][column]
        rows.append(row)
    planned = imports.preview(plant.ws, plant.actor("hr.li"),
                              write_sheet(tmp_path / "gen.xlsx", rows, HEADERS))
    assert sum(planned.counts.values()) == len(rows)
    result = imports.run(plant.ws, plant.actor("hr.li"), planned)
    assert sum(result.counts.values()) == len(rows)
    assert result.stored == sum(_people(plant).values())
    # Run again: everyone with a key is on file now, nobody is stored twice.
    again = _import(plant, write_sheet(tmp_path / "gen.xlsx", rows, HEADERS))
    assert sum(again.counts.values()) == len(rows)
    assert again.stored == 0, [r for r in again.rows if r.outcome in ("new",
                                                                       "possible_duplicate")][:3]


def test_the_database_refuses_a_second_live_person_with_one_id_number(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    first = candidates.create_candidate(plant.ws, hr, NewCandidate(
        "周杰", id_number=id_number(3), mobile=mobile(3)))
    with plant.ws.db.unit_of_work(read_only=True) as uow:
        digest = uow.session.get(Candidate, first.id).id_number_digest
    with pytest.raises(sa.exc.IntegrityError), plant.ws.db.engine.begin() as conn:
        conn.execute(sa.insert(Candidate.__table__).values(
            id=uuid.uuid4(), name="周杰伦", name_key="周杰伦", id_number_digest=digest,
            created_at=plant.clock.now(), version=1, certificates=[], skills=[], tags=[],
            extra={}))


@pytest.mark.parametrize("workers", [2])
def test_imports_at_the_same_moment_store_each_person_once(plant, tmp_path, workers) -> None:  # type: ignore[no-untyped-def]
    shared = [[f"共同{i}", mobile(100 + i), None, id_number(100 + i)] for i in range(4)]
    files = [write_sheet(tmp_path / f"f{n}.xlsx", shared + [
        [f"只在{n}的{i}", mobile(200 + 10 * n + i), None, None] for i in range(5)], HEADERS)
        for n in range(workers)]
    hr = plant.actor("hr.li")
    plans = [imports.preview(plant.ws, hr, f) for f in files]
    own = [session.open_session(plant.location, "hr.li", plant_module.PASSWORD, plant.clock)
           for _ in plans]
    results: list[object] = []
    start = threading.Barrier(len(plans))

    def run(opened, planned) -> None:  # type: ignore[no-untyped-def]
        start.wait()
        try:
            results.append(imports.run(opened.workspace, opened.actor, planned))
        except Exception as exc:  # noqa: BLE001 - reported below
            results.append(exc)

    threads = [threading.Thread(target=run, args=pair) for pair in zip(own, plans, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for opened in own:
        opened.close()
    assert all(not isinstance(r, Exception) for r in results), results
    people = _people(plant)
    assert all(people[f"共同{i}"] == 1 for i in range(4))
    assert sum(people.values()) == 4 + 5 * workers


def test_the_form_asks_and_remembers(plant) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    first = candidates.create_candidate(plant.ws, hr, NewCandidate("王芳", mobile=mobile(9)))
    with pytest.raises(errors.PossibleDuplicate) as asked:
        candidates.create_candidate(plant.ws, hr, NewCandidate("王小芳", mobile=mobile(9)))
    assert asked.value.params == {"name": "王芳", "identity_key": "mobile"}
    with pytest.raises(errors.DuplicateCandidate) as refused:
        candidates.create_candidate(plant.ws, hr, NewCandidate("王 芳", mobile=mobile(9)),
                                    on_duplicate="allow")
    assert not isinstance(refused.value, errors.PossibleDuplicate)
    queued = candidates.create_candidate(plant.ws, hr, NewCandidate("王小芳", mobile=mobile(9)),
                                         on_duplicate="queue")
    apart = candidates.create_candidate(plant.ws, hr, NewCandidate("王大芳", mobile=mobile(9)),
                                        on_duplicate="allow")
    [pair] = duplicates.open_pairs(plant.ws, hr)
    assert {pair.first.candidate_id, pair.second.candidate_id} == {first.id, queued.id}
    assert pair.shared_field == "mobile" and pair.first.mobile == pair.second.mobile
    # HR said 王大芳 is someone else: editing her asks nothing more about 王芳.
    edited = candidates.update_candidate(plant.ws, hr, apart.id, CandidateChanges(
        email="da@example.cn"), apart.version)
    assert edited.email == "da@example.cn"


def test_different_people_are_never_offered_again(plant, tmp_path) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    path = write_sheet(tmp_path / "pair.xlsx", [["甲", mobile(1), "same@example.cn", None],
                                               ["乙", mobile(2), "same@example.cn", None]],
                       HEADERS)
    _import(plant, path)
    [pair] = duplicates.open_pairs(plant.ws, hr)
    duplicates.mark_different(plant.ws, hr, pair.id, pair.version)
    assert duplicates.open_pairs(plant.ws, hr) == []
    with pytest.raises(errors.PairDecided):
        duplicates.mark_different(plant.ws, hr, pair.id, pair.version)
    again = _import(plant, path)
    assert [r.outcome for r in again.rows] == ["same_as_stored", "same_as_stored"]
    assert again.queued == 0 and duplicates.open_pairs(plant.ws, hr) == []


def test_a_queued_pair_merges_field_by_field_keeping_both_histories(
        plant, tmp_path, admin_session) -> None:  # type: ignore[no-untyped-def]
    hr = plant.actor("hr.li")
    _import(plant, write_sheet(tmp_path / "pair.xlsx", [
        ["陈静", mobile(1), "chen@example.cn", None],
        ["陈晶", mobile(2), "chen@example.cn", id_number(2)]], HEADERS))
    [pair] = duplicates.open_pairs(plant.ws, hr)
    keep = pair.first if pair.first.name == "陈静" else pair.second
    other = pair.second if keep is pair.first else pair.first
    with pytest.raises(errors.InvalidField):
        candidate_merge.merge_pair(plant.ws, hr, pair.id, keep.candidate_id, pair.version,
                                   take=["salary_history"])
    # The other's name and mobile were the right ones; the ID number only they had.
    merged = candidate_merge.merge_pair(plant.ws, hr, pair.id, keep.candidate_id,
                                        pair.version, take=["name", "mobile"])
    assert merged.name == "陈晶" and merged.mobile == other.mobile
    assert merged.id_number is not None and merged.id == keep.candidate_id
    assert duplicates.open_pairs(plant.ws, hr) == []
    # Both imports' events are on the kept person now.
    from hrdesk.services import timeline

    assert [e.kind for e in timeline.of_candidate(plant.ws, hr, keep.candidate_id)].count(
        "imported") == 2
    with plant.ws.db.unit_of_work(read_only=True) as uow:
        assert uow.session.get(DuplicatePair, pair.id).status == "merged"
    assert audit_log.verify(admin_session.workspace, admin_session.actor).ok
