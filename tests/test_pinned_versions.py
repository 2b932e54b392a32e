"""The libraries whose private parts the readers use are the versions they were written against, and what CI
installs is what constraints.txt pins: an upgrade is a decision made here, not found out at an office PC."""

from __future__ import annotations

import io
import re
import tomllib
from importlib import metadata
from pathlib import Path

import openpyxl
import xlrd
import xlrd.compdoc
from openpyxl import load_workbook

from tests.fixtures.breakdown_layouts import legacy_workbook

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "fixtures" / "samples" / "任务分解表-标准格式.xlsx"


def pins() -> dict[str, str]:
    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    found = (re.fullmatch(r"([A-Za-z0-9_.-]+)==(\S+)", line.strip()) for line in lines if not line.startswith("#"))
    return {canonical(match[1]): match[2] for match in found if match}


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_openpyxl_is_the_minor_version_the_sheet_reader_was_written_for() -> None:
    assert openpyxl.__version__.startswith("3.1."), (
        f"openpyxl {openpyxl.__version__}: importers/sheets.py reads its private parts; try the new version, "
        "then widen the pin in pyproject.toml and constraints.txt")
    workbook = load_workbook(SAMPLE, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        for owner, names in ((workbook, ("_archive", "_date_formats", "_timedelta_formats", "epoch")),
                             (sheet, ("_shared_strings", "_worksheet_path"))):
            missing = [name for name in names if not hasattr(owner, name)]
            assert not missing, f"openpyxl {openpyxl.__version__} has no {missing}: importers/sheets.py needs them"
    finally:
        workbook.close()


def test_xlrd_keeps_the_compound_file_tables_the_legacy_reader_checks(tmp_path: Path) -> None:
    assert xlrd.__version__.startswith("2.0."), f"xlrd {xlrd.__version__}: importers/legacy.py was written for 2.0"
    document = xlrd.compdoc.CompDoc(legacy_workbook(tmp_path / "旧表.xls").read_bytes(), logfile=io.StringIO())
    assert isinstance(document.SSAT, list) and document.min_size_std_stream == 4096
    # importers/legacy.py puts its own walk in place of this one (exponential on a tangled directory).
    import importers.legacy

    assert xlrd.compdoc._build_family_tree is importers.legacy._family_tree
    workbook = next(entry for entry in document.dirlist if entry.name == "Workbook")
    assert workbook.etype == 2 and workbook.tot_size > 0 and workbook.first_SID >= 0


def test_what_is_installed_is_what_constraints_txt_pins() -> None:
    """CI, `make bundle` and the wheelhouse install with -c constraints.txt: every dependency the project names
    (Qt aside, whose range CI tests at both ends) is pinned there, and this environment has those versions."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    named = [*project["dependencies"], *project["optional-dependencies"]["dev"],
             *project["optional-dependencies"]["bundle"]]
    wanted = {canonical(re.split(r"[<>=!;\[ ]", requirement, maxsplit=1)[0]) for requirement in named}
    pinned = pins()
    assert not {name for name in wanted if not name.startswith("pyside6")} - set(pinned)
    for name, version in pinned.items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # the bundle's PyInstaller is installed only by `make bundle`
        assert installed == version, f"{name} {installed} is installed, constraints.txt pins {version}"
