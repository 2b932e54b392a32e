"""The ledger's own lists: its units (科室 and 部外单位) and people added, renamed, stopped or merged, a unit's
kind, the year's key tasks, and 重新编号; and its settings and each year's 考核办法 saved."""

from __future__ import annotations

from enum import StrEnum

from models.domain import directory
from models.domain.assessment_rules import KEY_PREFIX, AssessmentRules, save_rules
from models.domain.entities import Person, Section
from models.domain.enums import UnitKind
from models.domain.numbering import Renumbered, renumber
from models.domain.rights import Act, require
from models.domain.settings import change_settings
from models.ledger import Ledger


class Names(StrEnum):
    """Which list a name is in."""

    UNITS = "units"
    PEOPLE = "people"


def add_name(ledger: Ledger, names: Names, name: str) -> None:
    with ledger.begin() as session:
        require(session, Act.SETTINGS)
        (directory.section if names is Names.UNITS else directory.person)(session, ledger.actor, name)


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
                  assessment: tuple[int, AssessmentRules] | None = None) -> list[str]:
    """Several settings in one action, and the year's 考核办法 with them, each change audited; returns the
    names changed ("assessment_rules:2026" for the rule set)."""
    with ledger.begin() as session:
        require(session, Act.SETTINGS)
        changed = change_settings(session, ledger.actor, values)
        if assessment is not None and save_rules(session, ledger.actor, *assessment):
            changed.append(f"{KEY_PREFIX}{assessment[0]}")
        return changed
