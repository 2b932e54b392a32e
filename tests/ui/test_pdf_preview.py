"""The preview of a PDF that cannot be read says so in the dialog, and why, instead of failing."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.pdf_preview import PdfPreview


def test_a_damaged_pdf_is_named_as_such_with_no_pages(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "进展表.pdf"
    broken.write_bytes(b"%PDF-1.4\n not really a pdf")
    preview = PdfPreview()
    qtbot.addWidget(preview)
    assert preview.show_file(broken) == 0
    assert preview.note.text().startswith("无法显示这个 PDF 文件")
    assert not preview.note.isHidden()
    assert preview.show_file(tmp_path / "不存在.pdf") == 0
