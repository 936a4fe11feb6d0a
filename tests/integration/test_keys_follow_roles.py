"""Keys follow roles: with nothing but a user's password and the raw key ring — a few
lines of code, no hrdesk services in between — each role opens what its permissions
allow and nothing more."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from hrdesk import errors
from hrdesk.clock import FixedClock
from hrdesk.db import access, crypto, keyring
from hrdesk.db.crypto import FieldCipher, KeySet, Purpose
from hrdesk.dto.accounts import RoleScope
from hrdesk.locations import Location
from hrdesk.security import audit_anchor
from hrdesk.services import (
    accounts,
    attachments,
    candidate_privacy,
    candidates,
    org,
    session,
)

PASSWORD = "role-password-1"
MOBILE = "13912345678"
ROLES = {"hr.li": "hr", "hr.chen": "hr", "mgr.wang": "manager", "int.wu": "interviewer",
         "exec.huang": "executive"}


@pytest.fixture
def office(admin_session, clock: FixedClock):  # type: ignore[no-untyped-def]
    ws, admin = admin_session.workspace, admin_session.actor
    site = org.create_site(ws, admin, "KS", "昆山工厂")
    dept = org.create_department(ws, admin, site.id, "生产部")
    for username, role in ROLES.items():
        accounts.create_user(ws, admin, accounts.NewUser(
            username, username, PASSWORD,
            (RoleScope(role, None, dept.id if role == "manager" else None),)))
    hr = session.open_session(ws.location, "hr.li", PASSWORD, clock)
    person = candidates.create_candidate(hr.workspace, hr.actor, candidates.NewCandidate(
        "王芳", mobile=MOBILE, expected_salary="15000"))
    attachments.add_attachment(hr.workspace, hr.actor, person.id, "resume.txt",
                               "王芳 数控车工".encode())
    hr.close()
    return admin_session, person.id


def _raw_keys(location: Location, username: str, password: str) -> KeySet:
    """What someone gets from the ring with a password: the slot, and whatever
    colleagues have sealed to it."""
    with access.opened_keystore(location) as store:
        ring = store.items()
    name = keyring.slot_name(username)
    opened = keyring.open_slot(ring[name], password, name)
    assert opened is not None
    extra = {}
    for entry in (keyring.grant_name(username), keyring.custody_name(username)):
        extra.update(keyring.open_envelopes(ring.get(entry), opened.private))
    return opened.keys.merged(extra)


def _stored(admin_session, column: str, table: str) -> object:  # type: ignore[no-untyped-def]
    engine = admin_session.workspace.db.engine
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL")
                            ).scalars().first()


def _opens(cipher: FieldCipher, purpose: Purpose, sealed: object) -> bool:
    try:
        if isinstance(sealed, str):
            cipher.decrypt(sealed, purpose)
        else:
            cipher.open_bytes(bytes(sealed), purpose)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - any refusal means "cannot"
        return False
    return True


# ``files`` stands for the history key too: whoever may see candidates may read their
# history (the audit values sealed under each person's key); an administrator may not.
@pytest.mark.parametrize("username, mobile, files, backup, anchor", [
    ("hr.li", True, True, False, False),
    ("mgr.wang", False, True, False, False),
    ("int.wu", False, True, False, False),
    ("exec.huang", False, True, False, False),
    ("admin", False, False, True, True),
])
def test_each_role_decrypts_only_what_it_may(office, username: str, mobile: bool,  # type: ignore[no-untyped-def]
                                             files: bool, backup: bool, anchor: bool) -> None:
    admin_session, _person = office
    location = admin_session.workspace.location
    from tests.conftest import ADMIN_PASSWORD

    keys = _raw_keys(location, username, ADMIN_PASSWORD if username == "admin" else PASSWORD)
    cipher = keys.field_cipher()
    assert keys.has(Purpose.DATABASE)  # everyone opens the database itself
    assert _opens(cipher, Purpose.PERSONAL, _stored(admin_session, "mobile", "candidates")) \
        is mobile
    assert _opens(cipher, Purpose.PERSONAL,
                  _stored(admin_session, "expected_salary", "candidates")) is mobile
    assert cipher.can_digest is mobile  # the digests of numbers can be reversed by trying
    assert _opens(cipher, Purpose.DOCUMENTS, _stored(admin_session, "content", "attachments")) \
        is files
    assert keys.has(Purpose.HISTORY) is files
    assert keys.has(Purpose.BACKUP) is backup
    assert keys.has(Purpose.ANCHOR) is anchor


def test_the_services_say_so_where_the_key_is_missing(office, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    admin_session, person = office
    manager = session.open_session(admin_session.workspace.location, "mgr.wang", PASSWORD,
                                   clock)
    try:
        assert manager.workspace.keys.purposes == {Purpose.DATABASE, Purpose.STAFF,
                                                   Purpose.DOCUMENTS, Purpose.HISTORY}
        # Not even told the person exists outside the manager's scope; refused inside it.
        with pytest.raises((errors.PermissionDenied, errors.NotFound)):
            candidate_privacy.reveal(manager.workspace, manager.actor, person)
    finally:
        manager.close()


def test_a_reset_password_gets_the_recruiter_s_keys_from_a_colleague(office,  # type: ignore[no-untyped-def]
                                                                     clock: FixedClock) -> None:
    """An administrator holds no key to candidates' numbers, so cannot put it in the new
    slot; the next sign-in of a colleague who holds it sends it."""
    admin_session, person = office
    ws, admin = admin_session.workspace, admin_session.actor
    [li] = [u for u in accounts.list_users(ws, admin) if u.username == "hr.li"]
    accounts.reset_password(ws, admin, li.id, "new-password-1")
    forgetful = session.open_session(ws.location, "hr.li", "new-password-1", clock)
    try:
        with pytest.raises(errors.KeyNotReceived):
            candidate_privacy.reveal(forgetful.workspace, forgetful.actor, person)
    finally:
        forgetful.close()
    session.open_session(ws.location, "hr.chen", PASSWORD, clock).close()  # sends it
    again = session.open_session(ws.location, "hr.li", "new-password-1", clock)
    try:
        assert candidate_privacy.reveal(again.workspace, again.actor, person).mobile == MOBILE
    finally:
        again.close()
    with access.opened_keystore(ws.location) as store:
        assert keyring.grant_name("hr.li") not in store.items()  # taken into the slot


def test_a_key_slipped_into_the_ring_is_refused(office, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """Someone with write access to the ring seals a key of their own to a colleague,
    hoping new data gets written under it: the check values give it away."""
    admin_session, _person = office
    location = admin_session.workspace.location
    with access.opened_keystore(location) as store:
        slot = store.get(keyring.slot_name("int.wu"))
        forged = KeySet.generate().only({Purpose.PERSONAL}).items()
        store.put(keyring.grant_name("int.wu"),
                  keyring.add_envelopes(None, keyring.slot_public(slot), forged))
    with pytest.raises(errors.KeyringTampered):
        session.open_session(location, "int.wu", PASSWORD, clock)


def test_the_creator_s_custody_ends_once_a_recruiter_holds_the_keys(office) -> None:  # type: ignore[no-untyped-def]
    admin_session, _person = office
    with access.opened_keystore(admin_session.workspace.location) as store:
        assert keyring.custody_name("admin") not in store.items()


def test_signing_in_as_administrator_anchors_the_audit_head(office, clock) -> None:  # type: ignore[no-untyped-def]
    admin_session, _person = office
    from tests.conftest import ADMIN, ADMIN_PASSWORD

    location = admin_session.workspace.location
    session.open_session(location, ADMIN, ADMIN_PASSWORD, clock).close()
    with access.opened_keystore(location) as store:
        anchored = store.get(audit_anchor.ENTRY)
    with admin_session.workspace.db.unit_of_work(read_only=True) as uow:
        from hrdesk.models.audit import AuditEntry

        assert uow.session.scalar(select(AuditEntry.hash).where(
            AuditEntry.seq == anchored["seq"])) == anchored["hash"]


def test_a_ring_split_before_history_keys_gets_one_from_hr(office, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    """A ring of the version before: no slot holds a history key and the ring has no
    check for it. HR's sign-in derives it from the key of candidates' numbers, and a
    manager's next sign-in receives the same key from HR."""
    admin_session, _person = office
    location = admin_session.workspace.location
    with access.opened_keystore(location) as store:
        for username in ("hr.li", "mgr.wang"):
            name = keyring.slot_name(username)
            opened = keyring.open_slot(store.get(name), PASSWORD, name)
            assert opened is not None
            store.put(name, keyring.seal(opened.keys.only(set(Purpose) - {Purpose.HISTORY}),
                                         PASSWORD, name, opened.private))
            store.delete(keyring.grant_name(username))
        meta = dict(store.get(keyring.META) or {})
        meta["checks"] = {p: c for p, c in meta["checks"].items() if p != Purpose.HISTORY.value}
        store.put(keyring.META, meta)
    manager = session.open_session(location, "mgr.wang", PASSWORD, clock)
    assert not manager.workspace.keys.has(Purpose.HISTORY)  # nobody has sent it yet
    manager.close()
    hr = session.open_session(location, "hr.li", PASSWORD, clock)
    derived = hr.workspace.keys.get(Purpose.HISTORY)
    hr.close()
    assert derived == crypto.history_of_older_database(
        _raw_keys(location, "hr.li", PASSWORD).get(Purpose.PERSONAL))
    manager = session.open_session(location, "mgr.wang", PASSWORD, clock)
    try:
        assert manager.workspace.keys.get(Purpose.HISTORY) == derived
    finally:
        manager.close()
