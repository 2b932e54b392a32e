"""设置 → 考核: the year's 考核办法 edited as a form — the way of scoring, the base, what each event is worth to
the lead and co-operating sections, the rating points, the tiers — beside the rating words and the evidence rule."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.domain.assessment_rules import (
    EVENT_NAMES,
    EVENTS,
    LEAD_ONLY,
    LIMIT,
    METHODS,
    AssessmentRules,
    EventRule,
    Tier,
)
from models.domain.rating import parse_scale
from models.errors import RuleError
from ui.i18n import said_text
from ui.i18n import tr as _tr

WEIGHT_NAMES = {"on_time": QT_TRANSLATE_NOOP("", "到期按时率"), "rating": QT_TRANSLATE_NOOP("", "销号评价"),
                "problems": QT_TRANSLATE_NOOP("", "问题整改率"), "reports": QT_TRANSLATE_NOOP("", "复命率")}


class WheelPassesBy(QObject):
    """Lets the mouse wheel scroll the long form past a points box or a choice instead of changing it, until the
    box is clicked into: scrolling down the form must not change a rule under the pointer."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        QCoreApplication.sendEvent(self.area.viewport(), event)  # the form scrolls instead
        return True


W = TypeVar("W", bound=QWidget)


def still(widget: W, passes_by: WheelPassesBy) -> W:
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(passes_by)
    return widget


def points_spin(value: float, low: float = -LIMIT, high: float = LIMIT) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(2)
    spin.setSingleStep(0.5)
    spin.setValue(value)
    return spin


class AssessmentRulesTab(QScrollArea):
    """The form of one year's rule set; `rules()` reads it back. The rating words and the evidence rule are
    ledger settings kept here because an approver's rating is what the rule set scores."""

    def __init__(self, rules: AssessmentRules, year: int, set_for: int | None, rating_scale: str,
                 needs_evidence: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year, self.shown_rules = year, rules
        self.passes_by = WheelPassesBy(self)
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        kept = (self.tr("这是{year}年设置的考核办法").format(year=set_for) if set_for
                else self.tr("还没有设置过，显示的是程序默认的考核办法"))
        intro = QLabel(self.tr("{year}年考核办法（{kept}；保存后从{year}年起适用，以前年度的排名不变）。"
                               "考核得分 = 基础分 + 各项加减分，不超过最高分、不低于0分；"
                               "本年度没有承办任务的科室不参与排名。").format(year=year, kept=kept))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(said_text(rules.name) if rules.name == AssessmentRules().name else rules.name)
        self.name_edit.setMaxLength(64)
        form.addRow(self.tr("名称"), self.name_edit)
        self.method_combo = QComboBox()
        for key, words in METHODS.items():
            self.method_combo.addItem(said_text(words), key)
        self.method_combo.setCurrentIndex(max(0, self.method_combo.findData(rules.method)))
        self.method_combo.currentIndexChanged.connect(self._method_changed)
        form.addRow(self.tr("计分方式"), self.method_combo)
        self.base_spin = points_spin(rules.base, 0, 1000)
        self.cap_spin = points_spin(rules.cap, 0, 1000)
        form.addRow(self.tr("基础分"), self.base_spin)
        form.addRow(self.tr("最高分"), self.cap_spin)
        self.scale_edit = QLineEdit(rating_scale)
        self.scale_edit.setToolTip(self.tr("从好到差，用逗号分开；“=”后是按比率加权时的分值（0–100），不写则自动按等差给分"))
        form.addRow(self.tr("评价等次"), self.scale_edit)
        self.scale_edit.editingFinished.connect(self._scale_edited)
        self.evidence_check = QCheckBox(self.tr("销号时必须附上佐证材料"))
        self.evidence_check.setChecked(needs_evidence)
        form.addRow(self.evidence_check)
        layout.addLayout(form)
        self.events_box = self._events_box(rules)
        layout.addWidget(self.events_box)
        self.tiers_box = self._tiers_box(rules)
        layout.addWidget(self.tiers_box)
        self.weights_box = self._weights_box(rules)
        layout.addWidget(self.weights_box)
        layout.addStretch(1)
        self.setWidget(inner)
        for box in [*inner.findChildren(QAbstractSpinBox), *inner.findChildren(QComboBox)]:
            still(box, self.passes_by)
        self._method_changed()

    def _events_box(self, rules: AssessmentRules) -> QGroupBox:
        box = QGroupBox(self.tr("加减分（减分写负数）"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("牵头科室")), 0, 1)
        grid.addWidget(QLabel(self.tr("配合科室")), 0, 2)
        self.event_spins: dict[str, tuple[QDoubleSpinBox, QDoubleSpinBox | None]] = {}
        for row, (key, words) in enumerate(EVENT_NAMES.items(), start=1):
            rule = rules.events.get(key, EventRule())
            lead = points_spin(rule.lead)
            co = None if key in LEAD_ONLY else points_spin(rule.co)
            grid.addWidget(QLabel(said_text(words)), row, 0)
            grid.addWidget(lead, row, 1)
            if co is not None:
                grid.addWidget(co, row, 2)
            self.event_spins[key] = (lead, co)
        self.ratings_form = QFormLayout()
        grid.addLayout(self.ratings_form, len(EVENT_NAMES) + 1, 0, 1, 3)
        self.rating_spins: dict[str, QDoubleSpinBox] = {}
        self._rating_rows(rules.ratings)
        return box

    def _rating_rows(self, points: dict[str, float]) -> None:
        """A row per word of the rating scale as the form now holds it (rebuilt when the scale is edited)."""
        try:
            words = [word for word, _ in parse_scale(self.scale_edit.text())]
        except RuleError:
            return  # the settings dialog says what is wrong with the scale when it is saved
        while self.ratings_form.rowCount():
            self.ratings_form.removeRow(0)
        self.rating_spins = {word: still(points_spin(points.get(word, 0.0)), self.passes_by) for word in words}
        for word, spin in self.rating_spins.items():
            self.ratings_form.addRow(self.tr("销号评价为“{word}”（每项任务或子任务）").format(word=word), spin)

    def _scale_edited(self) -> None:
        self._rating_rows({word: spin.value() for word, spin in self.rating_spins.items()} or
                          self.shown_rules.ratings)

    def _tiers_box(self, rules: AssessmentRules) -> QGroupBox:
        box = QGroupBox(self.tr("等次"))
        form = QFormLayout(box)
        self.tier_edits: list[tuple[QLineEdit, QDoubleSpinBox]] = []
        for tier in rules.tiers:
            name = QLineEdit(said_text(tier.name))
            name.setMaxLength(8)
            least = points_spin(tier.least, 0, 1000)
            line = QWidget()
            row = QGridLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(name, 0, 0)
            row.addWidget(QLabel(self.tr("不低于")), 0, 1)
            row.addWidget(least, 0, 2)
            form.addRow(line)
            self.tier_edits.append((name, least))
        self.share_spin = QSpinBox()
        self.share_spin.setRange(0, 100)
        self.share_spin.setSuffix(" %")
        self.share_spin.setValue(rules.top_share)
        self.share_spin.setSpecialValueText(self.tr("不限"))
        form.addRow(self.tr("第一等次不超过参与排名科室的"), self.share_spin)
        return box

    def _weights_box(self, rules: AssessmentRules) -> QGroupBox:
        box = QGroupBox(self.tr("按比率加权时的权重"))
        form = QFormLayout(box)
        self.weight_spins: dict[str, QSpinBox] = {}
        for key, words in WEIGHT_NAMES.items():
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setValue(rules.weights.get(key, 0))
            form.addRow(_tr(str(words)), spin)
            self.weight_spins[key] = spin
        return box

    def _method_changed(self) -> None:
        by_events = self.method_combo.currentData() == EVENTS
        for widget in (self.base_spin, self.cap_spin, self.events_box):
            widget.setEnabled(by_events)
        self.weights_box.setEnabled(not by_events)

    def rules(self) -> AssessmentRules:
        """The rule set as the form holds it (unchecked: models.domain.assessment_rules.check_rules says why)."""
        events = {key: EventRule(lead.value(), co.value() if co is not None else 0.0)
                  for key, (lead, co) in self.event_spins.items()}
        # The default set's Chinese words stay as they are stored when the form shows them translated.
        name = self.name_edit.text().strip()
        if name == said_text(AssessmentRules().name):
            name = AssessmentRules().name
        tiers = tuple(Tier(original.name if edit.text().strip() == said_text(original.name) else edit.text().strip(),
                           least.value())
                      for (edit, least), original in zip(self.tier_edits, self.shown_rules.tiers, strict=True))
        return replace(self.shown_rules, name=name, method=str(self.method_combo.currentData() or EVENTS),
                       base=self.base_spin.value(), cap=self.cap_spin.value(), events=events,
                       ratings={word: spin.value() for word, spin in self.rating_spins.items()}, tiers=tiers,
                       top_share=self.share_spin.value(),
                       weights={key: spin.value() for key, spin in self.weight_spins.items()})
