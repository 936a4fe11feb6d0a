"""Translations: install the chosen language at run time; build and update the catalogue.

    python -m ui.i18n build    # resources/i18n/*.ts -> .qm (pyside6-lrelease)
    python -m ui.i18n update   # refresh hrdesk_zh_CN.ts from ui/, hrdesk.errors and
                               # hrdesk.vocabulary

English is the source language, so "en" installs no catalogue of ours. Installing
or removing a translator makes Qt send every widget a LanguageChange event; our
widgets retranslate themselves on it, so a switch applies at once.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

import resources
from hrdesk.error_text import PARAMETER_CONTEXTS
from hrdesk.i18n import AUDIT_FINDING_CONTEXT, FOLDER_REASON_CONTEXT

LANGUAGES = ("zh_CN", "en")
CATALOGUE_NAME = "hrdesk"
UI_DIR = pathlib.Path(__file__).resolve().parent


def default_language(locale: QLocale | None = None) -> str:
    """zh_CN on a Chinese system (any region or script), English elsewhere."""
    locale = locale or QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def catalogue_path(language: str, suffix: str = ".qm") -> pathlib.Path:
    return resources.path("i18n", f"{CATALOGUE_NAME}_{language}{suffix}")


class Translations(QObject):
    """Owns the translators of the running application; one per process."""

    languageChanged = Signal(str)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        if language not in LANGUAGES:
            language = "en"
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        if language != "en":
            self._load(catalogue_path(language))
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(pathlib.Path(qt_dir) / f"qtbase_{language}.qm")
        QLocale.setDefault(QLocale(language))
        changed = language != self.language
        self.language = language
        if changed:
            self.languageChanged.emit(language)

    def _load(self, path: pathlib.Path) -> None:
        translator = QTranslator(self)
        if translator.load(str(path)):
            self._app.installTranslator(translator)
            self._translators.append(translator)
        else:
            # Not fatal: the UI stays usable in English. Tell whoever runs it why.
            print(f"hrdesk: no translation catalogue at {path}", file=sys.stderr)


# --- the catalogue tools ---------------------------------------------------------------


def _qt_tool(name: str) -> str:
    """pyside6-<name> next to the interpreter, else the binary shipped inside PySide6."""
    exe = ".exe" if os.name == "nt" else ""
    scripts = pathlib.Path(sys.executable).parent
    candidates = [scripts / f"pyside6-{name}{exe}"]
    try:
        import PySide6

        candidates.append(pathlib.Path(PySide6.__file__).parent / f"{name}{exe}")
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise SystemExit(f"cannot find pyside6-{name}; install PySide6-Essentials")


def build(out_dir: pathlib.Path | None = None) -> list[pathlib.Path]:
    """Compile every .ts beside the catalogue into a .qm (into ``out_dir`` if given)."""
    lrelease = _qt_tool("lrelease")
    built = []
    for ts_file in sorted(resources.path("i18n").glob("*.ts")):
        qm_file = (out_dir or ts_file.parent) / ts_file.with_suffix(".qm").name
        subprocess.run(
            [lrelease, "-silent", str(ts_file), "-qm", str(qm_file)],
            check=True,
        )
        built.append(qm_file)
    return built


def update(ts_file: pathlib.Path | None = None) -> pathlib.Path:
    """Refresh the Chinese catalogue from the sources, keeping every translation."""
    from hrdesk import error_fields, errors, notices, vocabulary
    from hrdesk.i18n import PROBLEM_CONTEXT
    from hrdesk.services import audit_log, imports, resume_folder
    from ui import ts_catalogue

    ts_file = (ts_file or catalogue_path("zh_CN", ".ts")).resolve()
    root = UI_DIR.parent
    sources = sorted(p.relative_to(root).as_posix() for p in UI_DIR.rglob("*.py"))
    # Not -no-obsolete: lupdate would drop the error templates (they are not in ui/)
    # with their translations; merge_contexts restores them and prunes the rest.
    subprocess.run(
        [_qt_tool("lupdate"), "-silent", "-locations", "absolute", *sources,
         "-target-language", "zh_CN", "-ts", str(ts_file)],
        check=True,
        cwd=root,
    )
    core = root / "hrdesk"
    _import_every_module(core)  # error classes defined next to their use case count too
    wanted: dict[str, Sequence[str]] = {
        "UserError": ts_catalogue.error_templates(errors.HrdeskError)}
    for parameter, context in PARAMETER_CONTEXTS.items():
        wanted[context] = ts_catalogue.keyword_literals(core, parameter)
    # A field is read by its label (an option of the command line as it is).
    wanted[PARAMETER_CONTEXTS["field"]] = sorted(
        {error_fields.label(f) for f in wanted[PARAMETER_CONTEXTS["field"]]}
        | set(error_fields.LABELS.values()))
    # The reasons an import gives per row, and the field and key names they hold.
    wanted[PROBLEM_CONTEXT] = imports.problem_phrases()
    wanted[FOLDER_REASON_CONTEXT] = tuple(resume_folder.REASONS.values())
    wanted[AUDIT_FINDING_CONTEXT] = audit_log.finding_templates()
    wanted[notices.CONTEXT] = list(dict.fromkeys(notices.TEMPLATES.values()))
    # Roles, permissions, kinds and statuses: each set in the context of its class.
    for term in vocabulary.all_terms():
        wanted[term.context()] = [member.label for member in term]
    ts_catalogue.merge_contexts(ts_file, wanted)
    return ts_file


def _import_every_module(package_dir: pathlib.Path) -> None:
    import importlib
    import pkgutil

    for module in pkgutil.walk_packages([str(package_dir)], prefix=package_dir.name + "."):
        if not module.name.endswith("__main__"):  # that one runs the command line
            importlib.import_module(module.name)


def main(argv: list[str]) -> int:
    if argv[:1] == ["build"]:
        for qm_file in build():
            print(f"built {qm_file.name}")
        return 0
    if argv[:1] == ["update"]:
        ts_file = update()
        unfinished = ts_catalogue_unfinished(ts_file)
        print(f"updated {ts_file.name}; {unfinished} message(s) still to translate")
        return 0
    print("usage: python -m ui.i18n build|update", file=sys.stderr)
    return 2


def ts_catalogue_unfinished(ts_file: pathlib.Path) -> int:
    from ui import ts_catalogue

    return len(ts_catalogue.unfinished(ts_file))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
