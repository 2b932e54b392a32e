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


def modules_under(folder: Path) -> Iterator[Path]:
    yield from sorted(path for path in folder.rglob("*.py") if "versions" not in path.parts)


def modules(package: str) -> Iterator[Path]:
    yield from modules_under(ROOT / package)


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
    for path in modules_under(root / package):
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


# models/' own layers, lowest first: each imports only those before it (and models/errors.py, under all).
# domain holds the tables and the office's rules; schema the revisions both storages migrate by; read the
# queries; apply the writes an import makes; ledger the storage-neutral handle; file and server the storages
# (a server is backed up into a file); places opens whichever a place names.
MODEL_LAYERS = ("domain", "schema", "read", "apply", "ledger", "file", "server", "places")


def model_layer_breaches(root: Path = ROOT) -> list[str]:
    found = []
    for rank, layer in enumerate(MODEL_LAYERS):
        above = tuple(f"models.{name}" for name in MODEL_LAYERS[rank + 1:])
        target = root / "models" / layer
        package = f"models/{layer}" if target.is_dir() else None
        if package is None:
            found += [breach for breach in layer_breaches("models", above, root)
                      if breach.startswith(f"models/{layer}.py:")]
        else:
            found += layer_breaches(package, above, root)
    return found


def test_the_models_layers_import_only_downwards() -> None:
    assert model_layer_breaches() == []


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Each of the program's modules and the program's modules it imports, under TYPE_CHECKING or inside a
    function too: a circle through a type-only import still ties the two modules together."""
    paths = {module_name(path, root): path for package in PACKAGES if (root / package).is_dir()
             for path in modules_under(root / package)}
    graph: dict[str, set[str]] = {name: set() for name in paths}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                    base = ".".join([*parts, base] if base else parts)
                targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
            graph[name].update(target for target in targets if target in graph and target != name)
    return graph


def import_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other round a circle (Tarjan's strongly connected parts)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(start: str) -> None:
        # Iterative, so a long chain of imports cannot exhaust Python's recursion.
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    circles.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return circles


def test_no_module_imports_itself_round_a_circle() -> None:
    """Commands take the narrow protocol of the window they act for (ui/window_host.py), not the window."""
    assert import_circles(import_graph()) == []


def test_the_layer_checks_catch_a_circle_and_an_upward_import(tmp_path: Path) -> None:
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "window.py").write_text("from ui.commands import Commands\n")
    (tmp_path / "ui" / "commands.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ui.window import Window\n")
    (tmp_path / "ui" / "alone.py").write_text("from . import window\n")
    assert import_circles(import_graph(tmp_path)) == [["ui.commands", "ui.window"]]
    (tmp_path / "models" / "domain").mkdir(parents=True)
    (tmp_path / "models" / "domain" / "rules.py").write_text("from models.read.queries import task_rows\n")
    (tmp_path / "models" / "ledger.py").write_text("from models.file.storage import make_engine\n")
    assert model_layer_breaches(tmp_path) == ["models/domain/rules.py:1 imports models.read.queries",
                                              "models/ledger.py:1 imports models.file.storage"]
