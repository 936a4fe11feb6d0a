"""The fields a refusal names (``InvalidField``'s ``field``), each with its English label.

The identifier travels with the error, so a form can mark its widget without reading
the message; a person reads the label, translated in context ``UserErrorField``
(``python -m ui.i18n update`` catalogues these). What is not listed here is shown as it
is: an option of the command line (``--user``), an environment variable, a file name.
``tests/unit/test_error_phrases.py`` fails when the core names a field missing here.
"""

from __future__ import annotations

LABELS = {
    # people and accounts
    "name": "Name", "username": "User name", "password": "Password", "role": "Role",
    "site": "Site", "parent": "Parent department", "company_name": "Company name",
    # a candidate
    "mobile": "Mobile number", "email": "Email", "id_number": "ID number",
    "gender": "Gender", "birth_date": "Birth date", "education": "Education",
    "school": "School", "major": "Major", "years_experience": "Years of experience",
    "city": "City", "expected_salary": "Expected salary", "notes": "Notes",
    "skills": "Skills", "certificates": "Certificates", "tags": "Tags",
    "keep": "Record to keep", "take": "Fields to take", "placeholders": "Placeholder values",
    # requisitions, jobs, channels, refusal reasons
    "position_title": "Position", "job_type": "Job type", "headcount": "Headcount",
    "salary": "Salary", "salary_min": "Minimum salary", "wanted_by": "Wanted by",
    "comment": "Comment", "status": "Status", "priority": "Priority", "reason": "Reason",
    "code": "Code", "label": "Label", "kind": "Kind", "amount": "Amount", "note": "Note",
    "title": "Title", "end": "End", "period_end": "End of the period",
    # pipeline templates and their stages (dto.pipelines.StageSpec)
    "stages": "Stages", "key": "Key", "owner_role": "Owner role",
    "sla_amount": "SLA (working time)", "remind_before_hours": "Remind before due",
    "remind_every_hours": "Remind every", "requirements": "Requirements",
    "entry_actions": "Actions on entry",
    # the approval policy and its steps (workflow.approval)
    "steps": "Approval steps", "step": "Step", "when": "Conditions",
    "headcount_over": "Headcount over", "salary_max_over": "Maximum salary over",
    # a job's screening rules (workflow.screening)
    "min_education": "Minimum education", "min_years": "Minimum years of experience",
    "pass_score": "Pass score", "min_age": "Minimum age", "max_age": "Maximum age",
    # lists, imports, the demo
    "order": "Sort order", "page": "Page", "mapping": "Column mapping",
    "profile name": "Profile name", "policy": "Import policy", "merge": "Merge policy",
    "size": "Size", "file": "File",
}


def label(field: str) -> str:
    """The English label of ``field``; a field not listed as it is."""
    return LABELS.get(field, field)
