"""The profile panel of a candidate's file: facts, masked numbers and the "Show" button.

Numbers arrive masked for every role. "Show" asks the core for them (allowed to HR
only, and audited); "Hide" masks them again without asking anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from hrdesk.dto.candidates import CandidateProfile, RevealedFields
from ui import when, widgets

_FIELDS = ("gender", "birth", "mobile", "id_number", "salary", "email", "education", "school",
           "major", "experience", "city", "skills", "certificates", "extra")


class ProfilePanel(widgets.Retranslating, QGroupBox):
    revealRequested = Signal()

    def __init__(self, may_reveal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidateProfile")
        self._profile: CandidateProfile | None = None
        self._revealed: RevealedFields | None = None
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in _FIELDS:
            caption, value = QLabel(self), QLabel(self)
            value.setObjectName(f"profile_{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.captions[name], self.values[name] = caption, value
            if name == "mobile":
                row = QHBoxLayout()
                row.addWidget(value, 1)
                self.reveal_button = QPushButton(self)
                self.reveal_button.setObjectName("revealButton")
                self.reveal_button.setVisible(may_reveal)
                self.reveal_button.clicked.connect(self._on_revealButton_clicked)
                row.addWidget(self.reveal_button)
                form.addRow(caption, row)
            else:
                form.addRow(caption, value)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Profile"))
        captions = {
            "gender": self.tr("Gender:"), "birth": self.tr("Born:"),
            "mobile": self.tr("Mobile:"), "id_number": self.tr("ID number:"),
            "salary": self.tr("Expected salary:"), "email": self.tr("Email:"),
            "education": self.tr("Education:"), "school": self.tr("School:"),
            "major": self.tr("Major:"), "experience": self.tr("Experience:"),
            "city": self.tr("City:"), "skills": self.tr("Skills:"),
            "certificates": self.tr("Certificates:"), "extra": self.tr("Other:"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text)
        self._render()

    def set_profile(self, profile: CandidateProfile) -> None:
        """A newly loaded profile is masked again, even if it is the same person."""
        self._profile, self._revealed = profile, None
        self._render()

    def show_revealed(self, fields: RevealedFields) -> None:
        if self._profile is not None and fields.candidate_id == self._profile.id:
            self._revealed = fields
            self._render()

    def is_revealed(self) -> bool:
        return self._revealed is not None

    def _on_revealButton_clicked(self) -> None:
        if self._revealed is None:
            self.reveal_button.setEnabled(False)  # until the answer (or refusal) comes
            self.revealRequested.emit()
        else:
            self._revealed = None
            self._render()

    def reveal_refused(self) -> None:
        self.reveal_button.setEnabled(True)

    def _render(self) -> None:
        p, shown = self._profile, self._revealed
        if p is None:
            return
        hidden = self.tr("hidden")
        genders = {"M": self.tr("Male"), "F": self.tr("Female")}
        values = {
            "gender": genders.get(p.gender or "", ""),
            "birth": when.shown_date(p.birth_date) if p.birth_date else "",
            "mobile": shown.mobile if shown else p.mobile,
            "id_number": shown.id_number if shown else p.id_number,
            "salary": (shown.expected_salary if shown
                       else hidden if p.has_expected_salary else ""),
            "email": p.email, "education": p.education, "school": p.school,
            "major": p.major,
            "experience": self.tr("%n year(s)", "", p.years_experience)
            if p.years_experience is not None else "",
            "city": p.city,
            "skills": self.tr(", ").join(p.skills),
            "certificates": self.tr(", ").join(p.certificates),
            "extra": "\n".join(f"{k}: {v}" for k, v in p.extra),
        }
        for name, value in values.items():
            self.values[name].setText(value or "–")
        self.reveal_button.setEnabled(True)
        self.reveal_button.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.reveal_button.setToolTip(
            self.tr("Mask the numbers again") if shown else
            self.tr("Show mobile, ID number and expected salary in clear (recorded in the "
                    "audit log)"))
