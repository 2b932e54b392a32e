"""The layers of README's layout hold: each package imports only what it may, and ui/ writes no SQL."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("models", "changes", "importers", "reports", "printing", "cli", "demo", "ui")
QT = ("PySide6", "shiboken6")
FILE_FORMATS = ("openpyxl", "docx", "xlrd", "reportlab", "pypdf", "pypdfium2", "python_calamine")
# What each package must never import (top-level module names, or package prefixes such as "models.file").
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "models": (*QT, *FILE_FORMATS, "importers", "reports", "ui", "cli", "demo"),
    # Every change a user makes, for the window and the command line alike: over models/, under both.
    "changes": (*QT, *FILE_FORMATS, "importers", "reports", "printing", "ui", "cli", "demo"),
    "importers": (*QT, "sqlalchemy", "reports", "ui", "cli", "demo", "models.file", "models.read"),
    "reports": (*QT, "importers", "ui", "cli", "demo"),
    # Printing is Qt's (QPrinter), for the window and `report … --print` alike: it reads a finished PDF, nothing else.
    "printing": ("PySide6.QtWidgets", "models", "importers", "reports", "ui", "cli", "demo", "sqlalchemy"),
    "cli": (*QT, "ui"),  # the printer only through printing/
    "demo": (*QT, "importers", "reports", "ui", "cli"),
    "ui": ("cli",),
}
# Every change a user makes is a use case of changes/: no module of the window or the command line opens a
# transaction or drives a session's writes itself.
UI_WRITERS: set[str] = set()
SESSION_WRITES = {"add", "add_all", "delete", "execute", "merge", "flush", "commit", "query", "scalar", "scalars",
                  "get", "begin"}


def modules(package: str) -> Iterator[Path]:
    yield from sorted(path for path in (ROOT / package).rglob("*.py") if "versions" not in path.parts)


def imported_names(tree: ast.AST) -> Iterator[tuple[int, list[str]]]:
    """Each import statement's line and the modules it may load."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield node.lineno, [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from models import file` loads models.file
            yield node.lineno, [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]


def is_under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def layer_breaches(package: str, forbidden: tuple[str, ...], root: Path = ROOT) -> list[str]:
    found = []
    for path in sorted(p for p in (root / package).rglob("*.py") if "versions" not in p.parts):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, names in imported_names(tree):
            bad = [name for name in names if any(is_under(name, prefix) for prefix in forbidden)]
            if bad:
                found.append(f"{path.relative_to(root)}:{line} imports {bad[0]}")
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_each_package_imports_only_what_its_layer_may(package: str) -> None:
    assert layer_breaches(package, FORBIDDEN[package]) == []


def ui_sql(root: Path = ROOT, package: str = "ui") -> list[str]:
    """Modules of `package` (ui/ or cli/) that import SQLAlchemy's query building, drive a session or open a
    write transaction."""
    found = []
    for path in sorted((root / package).rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if relative in UI_WRITERS:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("sqlalchemy"):
                extra = [alias.name for alias in node.names if alias.name != "Session"]
                if node.module != "sqlalchemy.orm" or extra:
                    found.append(f"{relative}:{node.lineno} imports {node.module} {extra}")
            elif isinstance(node, ast.Import) and any(a.name.startswith("sqlalchemy") for a in node.names):
                found.append(f"{relative}:{node.lineno} imports sqlalchemy")
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr in SESSION_WRITES and isinstance(node.func.value, ast.Name)
                  and node.func.value.id in ("session", "ledger")):
                found.append(f"{relative}:{node.lineno} calls {node.func.value.id}.{node.func.attr}()")
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "begin"
                  and ((isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "ledger")
                       or (isinstance(node.func.value, ast.Name) and node.func.value.id == "ledger"))):
                found.append(f"{relative}:{node.lineno} opens a write transaction")
    return found


@pytest.mark.parametrize("package", ["ui", "cli"])
def test_the_window_and_the_command_line_change_the_ledger_only_through_changes(package: str) -> None:
    assert ui_sql(package=package) == []


def test_no_legacy_query_api_anywhere() -> None:
    legacy = [f"{path.relative_to(ROOT)}:{node.lineno}"
              for package in (*PACKAGES, "tests", "bench") for path in modules(package)
              for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
              if isinstance(node, ast.Attribute) and node.attr == "query" and isinstance(node.value, ast.Name)
              and node.value.id == "session"]
    assert legacy == []


def test_the_checks_catch_a_breach(tmp_path: Path) -> None:
    """The test above would see a Qt import in models/ and a write from a ui/ widget."""
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "bad.py").write_text("from PySide6.QtCore import QObject\nimport openpyxl\n")
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "page.py").write_text(
        "from sqlalchemy import select\n\ndef save(self, session):\n    session.add(1)\n"
        "    with self.ledger.begin() as s:\n        pass\n")
    assert len(layer_breaches("models", FORBIDDEN["models"], tmp_path)) == 2
    assert len(ui_sql(tmp_path)) == 3


def test_the_importers_load_no_sqlalchemy() -> None:
    """importers/ read documents into plain rows: reading one must not load the ORM (it did, through one
    constant of models/domain/directory, a third of a second at every import)."""
    import subprocess
    import sys

    modules_to_load = [path.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".")
                       for path in modules("importers")]
    code = ("import sys, importlib\n"
            f"for name in {modules_to_load!r}: importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == "[]"


def test_the_office_rules_reach_no_layer_above_them() -> None:
    """models/domain/ (the tables and the office's rules) imports neither the queries of models/read/ nor the
    writes of models/apply/, nor either storage: the checks that need a task's whole view live in changes/."""
    assert layer_breaches("models/domain", ("models.read", "models.apply", "models.file", "models.server")) == []
