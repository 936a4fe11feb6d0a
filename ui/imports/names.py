"""How the import screens name candidate fields, row outcomes and row problems, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hrdesk.services.imports import Problem


def field_name(field: str | None) -> str:
    names = {
        "name": QCoreApplication.translate("ImportFields", "Name"),
        "mobile": QCoreApplication.translate("ImportFields", "Mobile"),
        "email": QCoreApplication.translate("ImportFields", "E-mail"),
        "id_number": QCoreApplication.translate("ImportFields", "ID number"),
        "gender": QCoreApplication.translate("ImportFields", "Gender"),
        "birth_date": QCoreApplication.translate("ImportFields", "Birth date"),
        "education": QCoreApplication.translate("ImportFields", "Education"),
        "school": QCoreApplication.translate("ImportFields", "School"),
        "major": QCoreApplication.translate("ImportFields", "Major"),
        "years_experience": QCoreApplication.translate("ImportFields", "Years of experience"),
        "city": QCoreApplication.translate("ImportFields", "City"),
        "expected_salary": QCoreApplication.translate("ImportFields", "Expected salary"),
        "skills": QCoreApplication.translate("ImportFields", "Skills"),
        "certificates": QCoreApplication.translate("ImportFields", "Certificates"),
        "tags": QCoreApplication.translate("ImportFields", "Tags"),
        "channel": QCoreApplication.translate("ImportFields", "Source (channel)"),
        "wanted_job": QCoreApplication.translate("ImportFields", "Wanted job"),
        "self_description": QCoreApplication.translate("ImportFields", "Self-description"),
        "notes": QCoreApplication.translate("ImportFields", "Notes"),
    }
    if field is None:
        return QCoreApplication.translate("ImportFields", "(keep as extra attribute)")
    return names.get(field, field)


def outcome_name(outcome: str) -> str:
    return {
        "new": QCoreApplication.translate("ImportOutcome", "New"),
        "updated": QCoreApplication.translate("ImportOutcome", "Update"),
        "same_as_stored": QCoreApplication.translate("ImportOutcome", "On file"),
        "same_as_row": QCoreApplication.translate("ImportOutcome", "Repeated row"),
        "possible_duplicate": QCoreApplication.translate("ImportOutcome", "Possible duplicate"),
        "rejected": QCoreApplication.translate("ImportOutcome", "Rejected"),
    }.get(outcome, outcome)



def problem_text(problem: Problem) -> str:
    """A reason the import gives for a row, in the language the GUI is set to."""
    return problem.said(QCoreApplication.translate)
