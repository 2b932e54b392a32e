"""Headings have weight: where a heavier face can be embedded (黑体, or WenQuanYi Zen Hei on Linux and in the
bundle), titles and headings are printed in it and the body in the text face, both carried in the PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from models.ledger import Ledger
from reports.fonts import setup_fonts
from reports.stats_sheet import stats_report, write_stats_sheet
from tests.fixtures.day import TODAY

WQY = Path("/usr/share/fonts/truetype/wqy")


@pytest.mark.skipif(not (WQY / "wqy-zenhei.ttc").is_file() or not (WQY / "wqy-microhei.ttc").is_file(),
                    reason="WenQuanYi Micro Hei and Zen Hei are not installed here")
def test_the_bundles_two_faces_print_headings_heavier_than_the_text(ledger: Ledger, tmp_path: Path) -> None:
    folder = tmp_path / "fonts"  # as the offline bundle carries them, with no other font beside
    folder.mkdir()
    for name in ("wqy-microhei.ttc", "wqy-zenhei.ttc"):
        (folder / name).symlink_to(WQY / name)
    fonts = setup_fonts(dirs=[folder])
    assert fonts.bold != fonts.body and fonts.notice == ""
    with ledger.reading() as session:
        report, sign_off = stats_report(session, TODAY)
    out = tmp_path / "stats.pdf"
    write_stats_sheet(report, sign_off, fonts, out, today=TODAY)
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    embedded = [row.split()[0] for row in listing.splitlines()[2:] if row.split()[-5:-4] == ["yes"]]
    assert any("ZenHei" in name for name in embedded) and any("MicroHei" in name for name in embedded)


def test_one_face_alone_says_headings_will_be_in_it(tmp_path: Path) -> None:
    folder = tmp_path / "fonts"
    folder.mkdir()
    if not (WQY / "wqy-microhei.ttc").is_file():
        pytest.skip("WenQuanYi Micro Hei is not installed here")
    (folder / "wqy-microhei.ttc").symlink_to(WQY / "wqy-microhei.ttc")
    fonts = setup_fonts(dirs=[folder])
    assert fonts.bold == fonts.body and "没有找到粗体中文字体" in fonts.notice
    setup_fonts()  # the machine's fonts again for the tests after
