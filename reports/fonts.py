"""Finding a Chinese font ReportLab can embed on this machine, with a bold face and a fallback for gaps."""

from __future__ import annotations

import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from reports.font_places import find_font_file

BODY, BOLD, FALLBACK = "LuoshiBody", "LuoshiBold", "LuoshiFallback"
CID_FONT = "STSong-Light"  # ReportLab's built-in Chinese font: never embedded, the reader must have one

# (body, heading) file names in order of preference; a heading of None means "no real bold here".
WINDOWS_CANDIDATES: list[tuple[str, str | None]] = [
    ("simfang.ttf", "simhei.ttf"), ("simsun.ttc", "simhei.ttf"), ("msyh.ttc", "msyhbd.ttc"),
    ("simhei.ttf", None), ("wqy-microhei.ttc", "wqy-zenhei.ttc"), ("wqy-zenhei.ttc", None),
]
LINUX_CANDIDATES: list[tuple[str, str | None]] = [
    ("uming.ttc", "wqy-zenhei.ttc"), ("wqy-microhei.ttc", "wqy-zenhei.ttc"), ("wqy-zenhei.ttc", None),
    ("DroidSansFallbackFull.ttf", None), ("DroidSansFallback.ttf", None),
]
FALLBACK_NAMES = ["DroidSansFallbackFull.ttf", "wqy-zenhei.ttc", "wqy-microhei.ttc", "simsun.ttc", "msyh.ttc"]


@dataclass(frozen=True)
class FontSetup:
    """What the reports will use; `notice` is a Chinese sentence for the user when it is not ideal."""

    body: str
    bold: str
    fallback: str | None
    embedded: bool
    body_file: str = ""
    notice: str = ""


def has_truetype_outlines(path: Path) -> bool:
    """ReportLab embeds TrueType (glyf) outlines only; CFF fonts ("OTTO", e.g. Noto/Source Han CJK) fail."""
    try:
        with path.open("rb") as stream:
            head = stream.read(16)
            if head[:4] == b"ttcf":  # a collection: look at its first font
                stream.seek(struct.unpack(">I", head[12:16])[0])
                head = stream.read(4)
    except OSError:
        return False
    return head[:4] in (b"\x00\x01\x00\x00", b"true")


def _register(name: str, path: Path) -> bool:
    if not has_truetype_outlines(path):
        return False
    try:
        font = TTFont(name, str(path), subfontIndex=0) if path.suffix.lower() == ".ttc" else TTFont(name, str(path))
        pdfmetrics.registerFont(font)
    except (TTFError, OSError, struct.error):
        return False
    return True


def setup_fonts(user_font: str = "", dirs: list[Path] | None = None) -> FontSetup:
    """Register the best fonts found: the user's chosen file first, then the usual Windows/Linux ones."""
    candidates = WINDOWS_CANDIDATES if sys.platform == "win32" else LINUX_CANDIDATES
    notice = ""
    if user_font:
        chosen = Path(user_font)
        if _register(BODY, chosen):
            bold_ok = _register_bold(candidates, dirs)
            return FontSetup(BODY, BOLD if bold_ok else BODY, _register_fallback(chosen, dirs), True, str(chosen),
                             "" if bold_ok else "没有找到粗体中文字体，标题将用正文字体。")
        notice = f"设置中指定的字体“{chosen}”无法嵌入（可能不是 TrueType 字体），已改用本机其他字体。"
    for body_name, bold_name in candidates:
        body = find_font_file(body_name, dirs)
        if body is None or not _register(BODY, body):
            continue
        bold = find_font_file(bold_name, dirs) if bold_name else None
        bold_ok = bold is not None and _register(BOLD, bold)
        if not bold_ok:
            notice = (notice + " " if notice else "") + "没有找到粗体中文字体，标题将用正文字体。"
        return FontSetup(BODY, BOLD if bold_ok else BODY, _register_fallback(body, dirs), True, str(body),
                         notice.strip())
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    return FontSetup(CID_FONT, CID_FONT, None, False, "",
                     "本机没有可嵌入的中文字体，PDF 使用阅读器自带的宋体，可能无法在每台电脑上正常显示。")


def _register_bold(candidates: list[tuple[str, str | None]], dirs: list[Path] | None) -> bool:
    for _, bold_name in candidates:
        bold = find_font_file(bold_name, dirs) if bold_name else None
        if bold is not None and _register(BOLD, bold):
            return True
    return False


def _register_fallback(body: Path, dirs: list[Path] | None) -> str | None:
    for name in FALLBACK_NAMES:
        found = find_font_file(name, dirs)
        if found is not None and found.resolve() != body.resolve() and _register(FALLBACK, found):
            return FALLBACK
    return None


def glyphs(font_name: str) -> dict[int, int] | None:
    """The code points an embedded font can draw; None for CID fonts, which are trusted to have them."""
    font = pdfmetrics.getFont(font_name)
    mapping = getattr(getattr(font, "face", None), "charToGlyph", None)
    return mapping if isinstance(mapping, dict) else None


def covers(font_name: str, char: str) -> bool:
    mapping = glyphs(font_name)
    return mapping is None or ord(char) in mapping


def covers_all(font_name: str, text: str) -> bool:
    mapping = glyphs(font_name)
    return mapping is None or all(ord(char) in mapping for char in set(text))
