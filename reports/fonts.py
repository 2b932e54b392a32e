"""Finding a Chinese font ReportLab can embed on this machine, with a bold face and a fallback for gaps, and the
faces a 公文 is set in (仿宋, 黑体, 楷体, 小标宋) where this PC has them."""

from __future__ import annotations

import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from reports.font_places import find_font_file
from reports.gongwen import BODY_SIZE

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


KAI, SONG_TITLE = "LuoshiKai", "LuoshiTitle"
# 楷体 and 小标宋 (or 华文中宋, what offices use in its place) where this PC has them as TrueType.
KAI_FILES = ("simkai.ttf", "SIMKAI.TTF", "STKAITI.TTF", "ukai.ttc", "gkai00mp.ttf")
TITLE_FILES = ("FZXBSJW.TTF", "FZXBSJW.ttf", "FZXBSK.TTF", "STZHONGS.TTF")


@dataclass(frozen=True)
class Faces:
    """The faces a 公文 is set in: 仿宋 body, 黑体 for 一、, 楷体 for （一）, the heaviest face for titles."""

    body: str
    hei: str
    kai: str
    title: str
    title_extra: float  # points added to titles and the 红头 when no face heavier than the body exists
    notice: str  # what is missing, in a Chinese sentence, or ""
    heading_stroke: float = 0.0  # a 一、 heading's outline, in points, when its face alone does not stand out


def _register_first(name: str, files: tuple[str, ...]) -> bool:
    """The first of `files` this PC has with TrueType outlines, registered as `name`."""
    if name in pdfmetrics.getRegisteredFontNames():
        return True
    for file_name in files:
        path = find_font_file(file_name)
        if path is None or not has_truetype_outlines(path):
            continue
        try:
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0) if path.suffix.lower() == ".ttc"
                                    else TTFont(name, str(path)))
        except (TTFError, OSError):
            continue
        return True
    return False


# What a 仿宋 file is called (simfang.ttf, STFANGSO.TTF, 方正仿宋): the body face a 公文 is set in.
FANGSONG_MARKS = ("fang", "fs_gb", "仿宋")


HEADING_STROKE = 0.05  # of the size: the outline that makes a face read as bold where no bold face exists


def gongwen_faces(fonts: FontSetup) -> Faces:
    missing = []
    body_file = Path(fonts.body_file).name.lower()
    if not any(mark in body_file for mark in FANGSONG_MARKS):
        shown = Path(fonts.body_file).stem if fonts.body_file else "默认字体"
        missing.append(f"仿宋（正文用{shown}；可在“设置 → 报表字体”选择仿宋字体文件）")
    kai = KAI if fonts.embedded and _register_first(KAI, KAI_FILES) else fonts.body
    if kai == fonts.body:
        missing.append("楷体（二级标题用正文字体）")
    heavier = fonts.bold != fonts.body
    if not heavier:
        missing.append("黑体（一级标题和标题用正文字体，标题加大字号）")
    title = SONG_TITLE if fonts.embedded and _register_first(SONG_TITLE, TITLE_FILES) else fonts.bold
    if title != SONG_TITLE:
        missing.append("方正小标宋（标题和红头用" + ("黑体）" if heavier else "正文字体加大字号）"))
    notice = f"本机没有{'、'.join(missing)}。" if missing else ""
    # 黑体 stands out against 仿宋; against a body set in a 黑体-like face (微米黑 on Linux: 正黑 is hardly heavier) a
    # 一、 heading did not, and a reader could not find the structure: its characters are then drawn outlined too.
    distinct = heavier and any(mark in body_file for mark in FANGSONG_MARKS)
    return Faces(fonts.body, fonts.bold, kai, title, 0.0 if heavier or title == SONG_TITLE else 2.0, notice,
                 0.0 if distinct else HEADING_STROKE * BODY_SIZE)
