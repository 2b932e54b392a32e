"""The ledger's own lists: its units (科室 and 部外单位) and people added, renamed, stopped or merged, a unit's
kind, the year's key tasks, and 重新编号; and its settings and each year's 考核办法 saved."""

from __future__ import annotations

from dataclasses import asdict
from enum import StrEnum

from sqlalchemy import select

from models.domain import directory
from models.domain.assessment_rules import KEY_PREFIX, AssessmentRules, rules_for_year, save_rules
from models.domain.entities import Person, Section, Setting
from models.domain.enums import UnitKind
from models.domain.numbering import Renumbered, renumber
from models.domain.rights import Act, require
from models.domain.settings import SETTING_WORDS, change_settings, load_settings
from models.domain.task_state import changed_by
from models.domain.text import clean_name
from models.errors import RuleError, said
from models.ledger import Ledger


class Names(StrEnum):
    """Which list a name is in."""

    UNITS = "units"
    PEOPLE = "people"


def add_name(ledger: Ledger, names: Names, name: str, kind: UnitKind | None = None) -> bool:
    """A name added at the end of its list, a unit of `kind` (else of the kind its like is listed as); False when
    the list has it already, which is left as it is, its kind too."""
    entity = Section if names is Names.UNITS else Person
    with ledger.begin() as session:
        require(session, Act.SETTINGS)
        listed = directory.unit_name(session, name) if names is Names.UNITS else clean_name(name)
        if session.scalar(select(entity.id).where(entity.name == listed)) is not None:
            return False
        if names is Names.UNITS:
            directory.section(session, ledger.actor, name, kind=kind)
        else:
            directory.person(session, ledger.actor, name)
        return True


def rename(ledger: Ledger, names: Names, item_id: int, new_name: str) -> None:
    with ledger.begin() as session:
        require(session, Act.SETTINGS)
        renamer = directory.rename_section if names is Names.UNITS else directory.rename_person
        renamer(session, ledger.actor, item_id, new_name)


def set_active(ledger: Ledger, names: Names, item_id: int, active: bool) -> None:
    """Stopped names stay on old tasks but are no longer offered for new ones."""
    with ledger.begin() as session:
        require(session, Act.SETTINGS)
        directory.set_active(session, ledger.actor, Section if names is Names.UNITS else Person, item_id, active)


def merge(ledger: Ledger, names: Names, source_id: int, target_id: int) -> int:
    """Everything under `source_id` moved to `target_id`; returns how many tasks moved."""
    with ledger.begin() as session:
        require(session, Act.SETTINGS)
        merger = directory.merge_sections if names is Names.UNITS else directory.merge_people
        return merger(session, ledger.actor, source_id, target_id)


def set_unit_kind(ledger: Ledger, unit_id: int, kind: UnitKind) -> None:
    with ledger.begin() as session:
        require(session, Act.SETTINGS)
        directory.set_unit_kind(session, ledger.actor, unit_id, kind)


def add_key_task(ledger: Ledger, year: int, title: str) -> None:
    with ledger.begin() as session:
        require(session, Act.SETTINGS)
        directory.key_task(session, ledger.actor, year, title)


def rename_key_task(ledger: Ledger, key_task_id: int, title: str) -> None:
    with ledger.begin() as session:
        require(session, Act.SETTINGS)
        directory.rename_key_task(session, ledger.actor, key_task_id, title)


def renumber_year(ledger: Ledger, year: int) -> list[Renumbered]:
    """重新编号: each task of `year` numbered by the tree as it stands, each change in the trail."""
    with ledger.begin() as session:
        require(session, Act.SETTINGS)
        return renumber(session, ledger.actor, year)


def save_settings(ledger: Ledger, values: dict[str, str | int], *,
                  assessment: tuple[int, AssessmentRules] | None = None,
                  seen: dict[str, str | int] | None = None, seen_rules: AssessmentRules | None = None) -> list[str]:
    """Several settings in one action, and the year's 考核办法 with them, each change audited; returns the
    names changed ("assessment_rules:2026" for the rule set). `seen` (and `seen_rules`): what the settings
    dialog showed when it opened; a setting the user changed that another PC has changed since to something
    else is refused, naming who and when, and nothing is saved."""
    with ledger.begin() as session:
        require(session, Act.SETTINGS)
        clashes: list[str] = []
        if seen is not None:
            for name in values:  # each row locked: two PCs saving settings take turns
                session.get(Setting, name, with_for_update=True, populate_existing=True)
            now = asdict(load_settings(session))
            clashes = [SETTING_WORDS.get(name, name) for name, value in values.items() if name in seen
                       and str(now[name]) != str(seen[name]) and str(now[name]) != str(value)]
        if assessment is not None and seen_rules is not None:
            session.get(Setting, f"{KEY_PREFIX}{assessment[0]}", with_for_update=True, populate_existing=True)
            rules_now = rules_for_year(session, assessment[0])[0]
            if rules_now not in (seen_rules, assessment[1]):
                clashes.append(said("考核办法"))
        if clashes:
            by, when = changed_by(session, "setting", 0)
            raise RuleError("设置在你打开之后已由 {by} 于 {when} 改过（{count} 项与你改的相同：{names}），为免覆盖，"
                            "这次没有保存。请关闭设置再打开，看过现在的设置后重新修改。", by=by, when=when,
                            count=len(clashes), names="、".join(clashes))
        changed = change_settings(session, ledger.actor, values)
        if assessment is not None and save_rules(session, ledger.actor, *assessment):
            changed.append(f"{KEY_PREFIX}{assessment[0]}")
        return changed
