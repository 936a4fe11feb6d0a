"""Both languages: switching changes what is shown; the catalogue is complete and current."""

from __future__ import annotations

import re
import shutil

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from hrdesk import errors
from hrdesk.services import session as session_service
from ui import i18n, messages, ts_catalogue
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow

PLACEHOLDER = re.compile(r"\{[^}]*\}|%n")


def test_language_switch_in_the_login_dialog_applies_at_once(qtbot, context, database):
    dialog = LoginDialog(context, database.location)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.findChild(QPushButton, "loginButton")
    combo = dialog.findChild(QComboBox, "languageCombo")
    assert button.text() == "Sign in"

    combo.setCurrentIndex(combo.findData("zh_CN"))
    # Qt posts LanguageChange to every window: the switch shows on the next event round.
    qtbot.waitUntil(lambda: button.text() == "登录")
    assert dialog.findChild(QLabel, "dialogTitle").text() == "招聘流程追踪"
    assert context.preferences.language == "zh_CN"

    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: button.text() == "Sign in")
    assert context.preferences.language == "en"


def test_language_set_in_settings_retranslates_the_main_window(qtbot, context, database):
    session = session_service.open_session(database.location, database.username,
                                           database.password)
    window = MainWindow(context, session)
    qtbot.addWidget(window)
    window.show()
    file_menu = window.menuBar().actions()[0]
    assert file_menu.text() == "&File"

    window.settings_action.trigger()
    dialog = window.settings_dialog
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    dialog.accept()

    qtbot.waitUntil(lambda: file_menu.text() == "文件(&F)")
    assert window.logout_action.text() == "退出登录(&O)"
    assert window.findChild(QLabel, "statusUserLabel").text() == "当前用户：王芳（系统管理员）"
    assert window.findChild(QLabel, "workbenchHeading").text() == "欢迎，王芳"
    session.close()


def test_core_errors_are_described_in_the_chosen_language(context):
    error = errors.WeakPassword(min_length=10)
    assert messages.describe(error) == "The password must have at least 10 characters."
    context.translations.install("zh_CN")
    assert messages.describe(error) == "密码至少需要 10 个字符。"
    assert messages.describe(errors.WrongCredentials()) == "用户名或密码错误。"
    bug = ValueError("internal detail")
    assert messages.describe(bug) == "发生了意外错误，详细信息已写入日志。"


def test_every_core_error_template_has_a_chinese_translation():
    catalogue = ts_catalogue.messages(i18n.catalogue_path("zh_CN", ".ts"), "UserError")
    templates = ts_catalogue.error_templates(errors.HrdeskError)
    missing = [t for t in templates if not catalogue.get(t)]
    assert not missing, "run `python -m ui.i18n update` and translate: " + "; ".join(missing)


def test_translations_keep_their_placeholders():
    ts_file = i18n.catalogue_path("zh_CN", ".ts")
    for context in ts_catalogue.contexts(ts_file):
        for source, translation in ts_catalogue.messages(ts_file, context).items():
            if not translation:
                continue  # untranslated: test_every_… and test_catalogue_… report those
            wanted, found = PLACEHOLDER.findall(source), PLACEHOLDER.findall(translation)
            assert sorted(wanted) == sorted(found), f"{context}: {source}"


def test_catalogue_is_up_to_date_with_the_sources(tmp_path, monkeypatch):
    """`python -m ui.i18n update` on a copy finds nothing new: every string is translated."""
    copy = tmp_path / "resources" / "i18n" / "hrdesk_zh_CN.ts"
    copy.parent.mkdir(parents=True)
    shutil.copy(i18n.catalogue_path("zh_CN", ".ts"), copy)
    before = ts_catalogue.messages(copy, "UserError")
    i18n.update(copy)
    assert ts_catalogue.unfinished(copy) == []
    assert ts_catalogue.messages(copy, "UserError") == before


def test_every_vocabulary_word_is_translated_in_the_gui(context):
    """Roles, permissions, stage kinds, timeline kinds and statuses, through Qt's catalogue:
    English shows the label (never the stored key); Chinese a translation of it."""
    from hrdesk import vocabulary
    from ui import terms

    words = [member for term in vocabulary.all_terms() for member in term]
    english = [f"{type(m).__name__}.{m.name}: {terms.said(m)}" for m in words
               if not terms.said(m) == m.label != m.value]
    assert english == []
    context.translations.install("zh_CN")
    raw = [f"{type(m).__name__}.{m.name}" for m in words
           if terms.said(m) in (m.label, m.value)]
    assert raw == []
