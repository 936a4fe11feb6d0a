"""The first screen after sign-in: company, who is signed in, in which roles and site."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ui import roles, widgets


class WelcomePanel(widgets.Retranslating, QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self._session = session
        self._company = QLabel(session.company_name, self)
        self._company.setObjectName("companyLabel")
        self._company.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._company.setWordWrap(True)
        self._greeting = QLabel(self)
        self._greeting.setObjectName("greetingLabel")
        self._greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._greeting.setWordWrap(True)
        self._roles = QLabel(self)
        self._roles.setObjectName("rolesLabel")
        self._site = QLabel(self)
        self._site.setObjectName("siteLabel")
        facts = QWidget(self)  # a compact block, centred under the greeting
        self._form = QFormLayout(facts)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.addRow(QLabel(), self._roles)
        self._form.addRow(QLabel(), self._site)
        self._demo = QLabel(self)
        self._demo.setObjectName("demoNotice")
        self._demo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._demo.setWordWrap(True)
        self._demo.setVisible(bool(session.is_demo))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self._company)
        layout.addWidget(self._greeting)
        layout.addSpacing(16)
        layout.addWidget(facts, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self._demo)
        layout.addStretch(2)
        self._retranslate()

    def _retranslate(self) -> None:
        actor = self._session.actor
        self._greeting.setText(self.tr("Welcome, {name}").format(name=actor.display_name))
        self._roles.setText(roles.role_names(actor.roles) or self.tr("(no role yet)"))
        self._site.setText(actor.site_name or self.tr("All sites"))
        for row, text in enumerate((self.tr("Your roles:"), self.tr("Site:"))):
            self._form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self._demo.setText(self.tr(
            "This is a demo database with invented people. Try anything; nothing here is real."))
