"""The organisation tab: sites (plants) on the left, the chosen site's department tree on the right.

Department heads matter beyond the chart: overdue work escalates up the chain of heads.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hrdesk import name_order
from hrdesk.dto.org import DepartmentInfo, SiteInfo
from ui.admin import forms, table as admin_table
from ui.admin.presenter import Organisation, OrganisationPresenter

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OrganisationTab(forms.AdminTab):
    def __init__(self, presenter: OrganisationPresenter, parent: QWidget | None = None) -> None:
        super().__init__(presenter, "organisationTab", parent)
        self.presenter: OrganisationPresenter = presenter
        self.organisation = Organisation((), (), ())
        self._wanted_site: uuid.UUID | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_sites())
        splitter.addWidget(self._build_departments())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.body.addWidget(splitter, 1)
        presenter.loaded.connect(self._on_presenter_loaded)
        presenter.siteCreated.connect(self._on_presenter_siteCreated)
        presenter.departmentCreated.connect(self._on_presenter_departmentCreated)
        presenter.headSet.connect(self._on_presenter_headSet)
        self._retranslate()
        presenter.load()

    # --- building ------------------------------------------------------------------------

    def _build_sites(self) -> QGroupBox:
        self.sites_box = QGroupBox(self)
        self.site_model = admin_table.RecordTableModel([
            admin_table.Column(lambda: self.tr("Code"), lambda s: s.code),
            admin_table.Column(lambda: self.tr("Name"), lambda s: s.name),
            admin_table.Column(lambda: self.tr("City"), lambda s: s.city or ""),
        ], self)
        self.sites_view = admin_table.table_view(self.site_model, "sitesView", self)
        self.site_code = QLineEdit(self)
        self.site_code.setObjectName("siteCodeEdit")
        self.site_code.setMaxLength(20)
        self.site_name = QLineEdit(self)
        self.site_name.setObjectName("siteNameEdit")
        self.site_city = QLineEdit(self)
        self.site_city.setObjectName("siteCityEdit")
        forms.clear_on_edit(self.site_code, self.site_name)
        self.add_site_button = QPushButton(self)
        self.add_site_button.setObjectName("addSiteButton")
        row = QHBoxLayout()
        row.addWidget(self.site_code, 1)
        row.addWidget(self.site_name, 2)
        row.addWidget(self.site_city, 1)
        row.addWidget(self.add_site_button)
        layout = QVBoxLayout(self.sites_box)
        layout.addWidget(self.sites_view, 1)
        layout.addLayout(row)
        self.add_site_button.clicked.connect(self._on_addSiteButton_clicked)
        self.site_city.returnPressed.connect(self._on_addSiteButton_clicked)
        self.sites_view.selectionModel().selectionChanged.connect(
            self._on_sitesView_selectionChanged)
        return self.sites_box

    def _build_departments(self) -> QGroupBox:
        self.departments_box = QGroupBox(self)
        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("departmentTree")
        self.tree.setModel(self.tree_model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.parent_label = QLabel(self)
        self.parent_label.setObjectName("departmentParentLabel")
        self.department_name = QLineEdit(self)
        self.department_name.setObjectName("departmentNameEdit")
        forms.clear_on_edit(self.department_name)
        self.add_department_button = QPushButton(self)
        self.add_department_button.setObjectName("addDepartmentButton")
        self.head_label = QLabel(self)
        self.head_combo = QComboBox(self)
        self.head_combo.setObjectName("headCombo")
        self.head_label.setBuddy(self.head_combo)
        self.set_head_button = QPushButton(self)
        self.set_head_button.setObjectName("setHeadButton")
        add_row, head_row = QHBoxLayout(), QHBoxLayout()
        add_row.addWidget(self.department_name, 1)
        add_row.addWidget(self.add_department_button)
        head_row.addWidget(self.head_label)
        head_row.addWidget(self.head_combo, 1)
        head_row.addWidget(self.set_head_button)
        layout = QVBoxLayout(self.departments_box)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.parent_label)
        layout.addLayout(add_row)
        layout.addLayout(head_row)
        self.add_department_button.clicked.connect(self._on_addDepartmentButton_clicked)
        self.department_name.returnPressed.connect(self._on_addDepartmentButton_clicked)
        self.set_head_button.clicked.connect(self._on_setHeadButton_clicked)
        self.tree.selectionModel().selectionChanged.connect(
            self._on_departmentTree_selectionChanged)
        return self.departments_box

    def _retranslate(self) -> None:
        super()._retranslate()
        self.sites_box.setTitle(self.tr("Sites"))
        self.site_code.setPlaceholderText(self.tr("Code, e.g. KS"))
        self.site_name.setPlaceholderText(self.tr("Name"))
        self.site_city.setPlaceholderText(self.tr("City"))
        self.add_site_button.setText(self.tr("Add &site"))
        self.department_name.setPlaceholderText(self.tr("New department name"))
        self.add_department_button.setText(self.tr("Add &department"))
        self.head_label.setText(self.tr("&Head:"))
        self.set_head_button.setText(self.tr("Set &head"))
        self.tree_model.setHorizontalHeaderLabels([self.tr("Department"), self.tr("Head")])
        self.site_model.retranslate()
        self._fill_heads()
        self._show_selection()

    # --- what is selected ----------------------------------------------------------------

    def selected_site(self) -> SiteInfo | None:
        return admin_table.current_record(self.sites_view)

    def select_site(self, site_id: uuid.UUID) -> bool:
        return admin_table.select_record(self.sites_view, lambda s: s.id == site_id)

    def selected_department(self) -> DepartmentInfo | None:
        rows = self.tree.selectionModel().selectedRows()
        wanted = rows[0].data(ID_ROLE) if rows else None
        return next((d for d in self.organisation.departments if d.id == wanted), None)

    def select_department(self, department_id: uuid.UUID) -> bool:
        found = self._find_item(self.tree_model.invisibleRootItem(), department_id)
        if found is not None:
            self.tree.setCurrentIndex(found.index())
        return found is not None

    def _find_item(self, parent: QStandardItem, department_id: uuid.UUID) -> QStandardItem | None:
        for row in range(parent.rowCount()):
            item = parent.child(row, 0)
            if item.data(ID_ROLE) == department_id:
                return item
            found = self._find_item(item, department_id)
            if found is not None:
                return found
        return None

    def _show_selection(self) -> None:
        site, department = self.selected_site(), self.selected_department()
        self.departments_box.setTitle(
            self.tr("Departments of {site}").format(site=site.name) if site
            else self.tr("Departments (choose a site)"))
        self.parent_label.setText(
            self.tr("A new department goes under: {name}").format(name=department.name)
            if department else self.tr("A new department goes at the top level."))
        for widget in (self.department_name, self.add_department_button):
            widget.setEnabled(site is not None)
        for head_widget in (self.head_combo, self.set_head_button):
            head_widget.setEnabled(department is not None)
        if department is not None:
            admin_table.set_combo_id(self.head_combo, department.head_user_id)

    # --- filling -------------------------------------------------------------------------

    def _fill_tree(self) -> None:
        site = self.selected_site()
        chosen = self.selected_department()
        self.tree_model.removeRows(0, self.tree_model.rowCount())
        if site is None:
            return
        heads = {u.id: u.display_name for u in self.organisation.users}
        mine = [d for d in self.organisation.departments if d.site_id == site.id]
        items: dict[uuid.UUID, QStandardItem] = {}
        for department in mine:
            item = QStandardItem(department.name)
            item.setData(department.id, ID_ROLE)
            items[department.id] = item
        for department in mine:
            parent = items.get(department.parent_id) if department.parent_id else None
            head = QStandardItem(heads.get(department.head_user_id, "")
                                 if department.head_user_id else "")
            (parent or self.tree_model.invisibleRootItem()).appendRow(
                [items[department.id], head])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        if chosen is not None:
            self.select_department(chosen.id)

    def _fill_heads(self) -> None:
        chosen = admin_table.combo_id(self.head_combo)
        self.head_combo.clear()
        admin_table.add_id_item(self.head_combo, self.tr("(no head)"), None)
        for user in name_order.by_name((u for u in self.organisation.users if u.active),
                                       lambda u: u.display_name):
            admin_table.add_id_item(self.head_combo, f"{user.display_name} ({user.username})",
                                    user.id)
        admin_table.set_combo_id(self.head_combo, chosen)

    # --- actions -------------------------------------------------------------------------

    def new_item(self) -> None:
        field = self.department_name if self.selected_site() else self.site_code
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_addSiteButton_clicked(self) -> None:
        problems: list[forms.Problem] = []
        if not self.site_code.text().strip():
            problems.append((self.site_code, self.tr("Enter a short code for the site.")))
        if not self.site_name.text().strip():
            problems.append((self.site_name, self.tr("Enter the site's name.")))
        if forms.show_problems(problems, (self.site_code, self.site_name), self.message):
            self.presenter.create_site(self.site_code.text(), self.site_name.text(),
                                       self.site_city.text().strip() or None)

    def _on_addDepartmentButton_clicked(self) -> None:
        site, parent = self.selected_site(), self.selected_department()
        if site is None:
            return
        problems: list[forms.Problem] = []
        if not self.department_name.text().strip():
            problems.append((self.department_name, self.tr("Enter the department's name.")))
        if forms.show_problems(problems, (self.department_name,), self.message):
            self.presenter.create_department(site.id, self.department_name.text(),
                                             parent.id if parent else None)

    def _on_setHeadButton_clicked(self) -> None:
        department = self.selected_department()
        if department is not None:
            self.presenter.set_head(department.id, admin_table.combo_id(self.head_combo))

    # --- results -------------------------------------------------------------------------

    def _on_sitesView_selectionChanged(self, *_args) -> None:
        self._fill_tree()
        self._show_selection()

    def _on_departmentTree_selectionChanged(self, *_args) -> None:
        self._show_selection()

    def _on_presenter_loaded(self, organisation: Organisation) -> None:
        chosen = self.selected_site()
        wanted = self._wanted_site or (chosen.id if chosen else None)
        self._wanted_site = None
        self.organisation = organisation
        self.site_model.set_records(organisation.sites)
        self.sites_view.resizeColumnsToContents()
        self._fill_heads()
        if not (wanted and self.select_site(wanted)) and organisation.sites:
            self.sites_view.selectRow(0)
        self._fill_tree()
        self._show_selection()

    def _on_presenter_siteCreated(self, site: SiteInfo) -> None:
        for edit in (self.site_code, self.site_name, self.site_city):
            edit.clear()
        self.show_done(self.tr("Site {code} added.").format(code=site.code))
        self._wanted_site = site.id  # the reload that follows selects it

    def _on_presenter_departmentCreated(self, department: DepartmentInfo) -> None:
        self.department_name.clear()
        self.show_done(self.tr("Department {name} added.").format(name=department.name))

    def _on_presenter_headSet(self, department: DepartmentInfo) -> None:
        self.show_done(self.tr("Head of {name} set.").format(name=department.name))
