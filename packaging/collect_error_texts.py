"""Writes ui/error_texts.py: every message template models/, changes/ and importers/ raise (RuleError, LedgerError
and kin) or hand up as an import row's Message, with the field names and marked pieces (said("…")) those
messages hold, for translators. None of these packages has Qt, so lupdate cannot mark them there; `make translations`
runs this first.

`python packaging/collect_error_texts.py [--check]`: --check exits 1 when the file is out of date."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "ui" / "error_texts.py"
CHINESE = re.compile("[\u4e00-\u9fff]")
FIELD_CHECKS = {"require_text", "check_length"}  # their second argument names the field in the message
# Besides errors: a Said subclass's own __init__, said("…") pieces, and the messages of import rows.
MESSAGE_CALLS = {"__init__", "said", "Message", "warn", "fail"}
BUILTIN_ERRORS = {"RuntimeError", "ValueError", "KeyError", "LookupError", "TypeError"}  # for programmers
HEADER = '''# ruff: noqa: E501
"""The messages models/ raises, as templates with {names}, for translators: written by `make translations`
(packaging/collect_error_texts.py), never by hand. ui.i18n.error_text says an error in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = [
'''


def templates() -> list[str]:
    """The templates in the order they first appear, file by file: models/, then changes/, then importers/."""
    found: list[str] = []
    error_classes = {node.name for node in ast.parse((ROOT / "models" / "errors.py").read_text(encoding="utf-8")).body
                     if isinstance(node, ast.ClassDef)}  # LedgerMissing, ServerUnreachable: every error of ours
    for path in [*sorted((ROOT / "models").rglob("*.py")), *sorted((ROOT / "changes").rglob("*.py")),
                 *sorted((ROOT / "importers").rglob("*.py"))]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {target.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
                     and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
                     for target in node.targets if isinstance(target, ast.Name)}  # _UNREADABLE = "…"
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in FIELD_CHECKS and len(node.args) > 1:  # require_text(title, "任务内容"): the {what}
                found += [node.args[1].value] if isinstance(node.args[1], ast.Constant) else []
                continue
            # An error class (RuleError, ServerUnreachable) or one of the message calls above.
            if not (name.endswith("Error") or name in error_classes or name in MESSAGE_CALLS) or name in BUILTIN_ERRORS:
                continue
            first = node.args[0]
            if isinstance(first, ast.Name) and first.id in constants:
                first = ast.Constant(constants[first.id])
            for value in (first.body, first.orelse) if isinstance(first, ast.IfExp) else (first,):
                if isinstance(value, ast.Constant) and isinstance(value.value, str) and CHINESE.search(value.value):
                    found.append(value.value)
    return list(dict.fromkeys([*found, *status_words()]))


def status_words() -> list[str]:
    """The status words (推进中, 已办结), which messages about a task's status put into them."""
    tree = ast.parse((ROOT / "models" / "domain" / "enums.py").read_text(encoding="utf-8"))
    labels = next(node.value for node in tree.body if isinstance(node, ast.AnnAssign)
                  and isinstance(node.target, ast.Name) and node.target.id == "STATUS_LABELS")
    assert isinstance(labels, ast.Dict)
    return [value.value for value in labels.values if isinstance(value, ast.Constant)]


def rendered() -> str:
    lines = "".join(f"    QT_TRANSLATE_NOOP(\"Errors\", {text!r}),\n" for text in templates())
    return HEADER + lines + "]\n"


if __name__ == "__main__":
    text = rendered()
    if "--check" in sys.argv:
        sys.exit(0 if TARGET.read_text(encoding="utf-8") == text else 1)
    TARGET.write_text(text, encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}：{text.count('QT_TRANSLATE_NOOP(')} 条")
