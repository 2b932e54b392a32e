"""The main window: the ledger's tasks by section (the full editor and meeting mode come next)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QTreeView, QVBoxLayout, QWidget
from sqlalchemy import select

from models.deadlines import chinese_date
from models.entities import Section
from models.enums import Light
from models.ledger import Ledger
from models.lights import LightRules
from models.queries import task_rows
from ui.task_tree_model import TaskTreeModel

COLUMN_WIDTHS = [96, 360, 90, 110, 70, 60, 110, 64, 64, 52, 320]


class MainWindow(QMainWindow):
    def __init__(self, ledger: Ledger, as_of: date | None = None) -> None:
        super().__init__()
        self.ledger = ledger
        self.as_of = as_of or date.today()
        self.model = TaskTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.tree.setColumnWidth(column, width)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; }")
        self.banner.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.tree)
        self.setCentralWidget(central)
        self.reload()

    def reload(self) -> None:
        settings = self.ledger.settings()
        year = settings.current_year or self.as_of.year
        rules = LightRules(settings.warning_days, settings.schedule_gap)
        with self.ledger.reading() as session:
            rows = task_rows(session, year, self.as_of, rules)
            order = list(session.scalars(select(Section.name).where(Section.active).order_by(Section.sort_order)))
        self.model.set_rows(rows, order)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        read_only = self.tr("（只读）") if self.ledger.read_only else ""
        self.setWindowTitle(self.tr("落实台账 — {org} — {file}{ro}").format(
            org=settings.org_name, file=self.ledger.path.name, ro=read_only))
        overdue = sum(1 for r in rows if r.overdue)
        yellow = sum(1 for r in rows if r.light == Light.YELLOW)
        silent = sum(1 for r in rows if r.status.is_active and not r.feedback_this_period)
        self.statusBar().showMessage(self.tr(
            "{year}年 共{count}项任务 · 逾期{overdue} · 黄灯{yellow} · 本期未反馈{silent} · 截至{day}").format(
            year=year, count=len(rows), overdue=overdue, yellow=yellow, silent=silent,
            day=chinese_date(self.as_of)))

    def show_notices(self, notices: list[str]) -> None:
        """Things the user must see after opening (read-only, migrated, backup failed)."""
        if notices:
            self.banner.setText("\n".join(notices))
            self.banner.show()
