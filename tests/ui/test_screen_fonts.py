"""The bundle's font reaches the window too; a machine without a Chinese font is told so."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from reports.fonts import find_font_file
from ui.screen_fonts import prepare_screen_fonts


def test_the_bundled_font_is_offered_to_qt(qapp: QApplication, tmp_path: Path) -> None:
    font = find_font_file("wqy-microhei.ttc")
    if font is None:
        pytest.skip("fonts-wqy-microhei is installed by .ci/run")
    shutil.copy(font, tmp_path / "wqy-microhei.ttc")
    assert prepare_screen_fonts(qapp, tmp_path) == ""  # this machine has Chinese fonts: nothing to say
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert any("Micro Hei" in family for family in chinese)


def test_with_no_chinese_font_at_all_the_user_is_told(qapp: QApplication, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_args: []))
    notice = prepare_screen_fonts(qapp, tmp_path)  # an empty bundle folder, a machine without fonts
    assert "没有可以显示中文的字体" in notice and "fonts-wqy-microhei" in notice
