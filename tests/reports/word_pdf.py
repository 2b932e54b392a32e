"""A Word document laid out by LibreOffice (soffice) into a PDF, read back as a reader of its pages sees it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.reports.pdf_boxes import Page, Word

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
HEADING = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def word_pdf(docx: Path) -> Path:
    """The .docx as LibreOffice prints it, in a profile of its own (so runs side by side do not collide)."""
    profile = docx.parent / "soffice-profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(docx.parent), str(docx)], check=True, capture_output=True, timeout=240)
    return docx.with_suffix(".pdf")


def lines(page: Page, below: float | None = None) -> list[list[Word]]:
    """The page's words in lines, top to bottom (words whose tops are within 3 pt are one line), each line left
    to right; words lower than `below` (the page number under the text block) are left out."""
    found: list[list[Word]] = []
    for word in sorted(page.words, key=lambda w: (w.y0, w.x0)):
        if below is not None and word.y0 > below:
            continue
        if found and abs(found[-1][0].y0 - word.y0) < 3:
            found[-1].append(word)
        else:
            found.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in found]


def line_text(line: list[Word]) -> str:
    return "".join(w.text for w in line)
