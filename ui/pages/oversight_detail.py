"""What the 问题清单 page shows beside the tree: one problem or one 督查 record in full, as simple HTML."""

from __future__ import annotations

from html import escape

from models.domain.enums import Light
from models.read.evidence import AttachmentRow, names
from models.read.problems import InspectionRow, ProblemRow, ReportRow
from ui.i18n import tr as _tr
from ui.labels import group_name, label, shown_date


def _field(name: str, value: str) -> str:
    return f"<tr><td style='color:#555; padding-right:8px; white-space:nowrap'>{escape(name)}</td>" \
           f"<td>{escape(value).replace(chr(10), '<br>')}</td></tr>"


def problem_html(problem: ProblemRow, reports: list[ReportRow], evidence: list[AttachmentRow]) -> str:
    state = label(problem.status)
    if problem.light is Light.RED:
        state = _tr("{status}（整改逾期）").format(status=state)
    elif problem.light is Light.YELLOW:
        state = _tr("{status}（临期）").format(status=state)
    rows = [
        _field(_tr("来源"), group_name(problem.source)),
        _field(_tr("关联任务"), problem.task_title or "—"),
        _field(_tr("责任科室"), problem.section or "—"),
        _field(_tr("责任人"), problem.owner or "—"),
        _field(_tr("整改措施"), problem.measures or "—"),
        _field(_tr("整改时限"), problem.deadline or "—"),
        _field(_tr("状态"), state),
    ]
    if problem.rectified_on:
        rows.append(_field(_tr("整改完成"), shown_date(problem.rectified_on)))
    if evidence:
        rows.append(_field(_tr("佐证材料"), names(evidence)))
    if problem.closed_on:
        rows.append(_field(_tr("销号"), _tr("{day}，审核人：{who}。{note}").format(
            day=shown_date(problem.closed_on), who=problem.closed_by or "—", note=problem.closed_note)))
    history = "".join(f"<li><b>{escape(shown_date(r.entry_date))}</b>　{escape(r.text)}"
                      f"<span style='color:#777'>　{escape(r.author)}</span></li>" for r in reports)
    # Translated outside the f-strings: lupdate does not look inside them.
    heading, reports_heading = _tr("问题 {n}").format(n=problem.number), _tr("整改情况")
    nothing = _tr("尚未报送整改情况。")
    return (f"<h3>{escape(heading)}</h3><p>{escape(problem.description).replace(chr(10), '<br>')}</p>"
            f"<table>{''.join(rows)}</table><h4>{escape(reports_heading)}</h4>"
            + (f"<ul>{history}</ul>" if history else f"<p style='color:#777'>{escape(nothing)}</p>"))


def record_html(record: InspectionRow, problems: list[ProblemRow]) -> str:
    rows = [
        _field(_tr("日期"), shown_date(record.held_on)),
        _field(_tr("类别"), label(record.kind)),
        _field(_tr("督查人员"), record.team or "—"),
        _field(_tr("到访科室/单位"), "、".join(record.units) or "—"),
        _field(_tr("检查的任务"), "\n".join(record.task_titles) or "—"),
    ]
    listed = "".join(f"<li>{escape(str(p.number))}. {escape(p.description)}"
                     f"<span style='color:#777'>　{escape(p.section or '—')}，{escape(label(p.status))}</span></li>"
                     for p in problems)
    found, listed_heading = _tr("发现的问题"), _tr("列入问题清单（{n}个）").format(n=len(problems))
    nothing = _tr("还没有列出问题：选中这条记录后点“列为问题…”。")
    return (f"<h3>{escape(record.title)}</h3><table>{''.join(rows)}</table>"
            f"<h4>{escape(found)}</h4><p>{escape(record.findings or '—').replace(chr(10), '<br>')}</p>"
            f"<h4>{escape(listed_heading)}</h4>"
            + (f"<ol style='list-style:none'>{listed}</ol>" if listed else
               f"<p style='color:#777'>{escape(nothing)}</p>"))
