"""Blocks written as a Word document (.docx) the office edits into its own report: A4, 仿宋 text, 黑体 headings,
ruled tables whose header repeats on each page.

WordprocessingML written directly with the standard library, not python-docx: that would bring lxml, a
binary the offline bundle cannot spare the room for, for a document of headings, paragraphs and tables."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reports.blocks import Block, Grid, Heading, Text

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PAGE_WIDTH, PAGE_HEIGHT = 11906, 16838  # A4 in twentieths of a point
MARGINS = {"top": 2098, "bottom": 1984, "left": 1588, "right": 1474}  # GB/T 9704: 37, 35, 28, 26 mm
TEXT_WIDTH = PAGE_WIDTH - MARGINS["left"] - MARGINS["right"]

_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
_OOXML = "application/vnd.openxmlformats-"
_RELS = "http://schemas.openxmlformats.org/"
CONTENT_TYPES = (
    f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    f'<Default Extension="rels" ContentType="{_OOXML}package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" '
    f'ContentType="{_OOXML}officedocument.wordprocessingml.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{_OOXML}officedocument.wordprocessingml.styles+xml"/>'
    f'<Override PartName="/docProps/core.xml" ContentType="{_OOXML}package.core-properties+xml"/></Types>')


def _relationships(*links: tuple[str, str]) -> str:
    items = "".join(f'<Relationship Id="rId{n}" Type="{_RELS}{kind}" Target="{target}"/>'
                    for n, (kind, target) in enumerate(links, start=1))
    return f'{_HEAD}<Relationships xmlns="{_RELS}package/2006/relationships">{items}</Relationships>'


PACKAGE_RELS = _relationships(("officeDocument/2006/relationships/officeDocument", "word/document.xml"),
                              ("package/2006/relationships/metadata/core-properties", "docProps/core.xml"))
DOCUMENT_RELS = _relationships(("officeDocument/2006/relationships/styles", "styles.xml"))


def _style(style_id: str, name: str, font: str, half_points: int, *, bold: bool = False, centred: bool = False,
           before: int = 0, after: int = 0, outline: int | None = None) -> str:
    paragraph = (f'<w:pPr><w:keepNext/><w:spacing w:before="{before}" w:after="{after}"/>'
                 + ('<w:jc w:val="center"/>' if centred else "")
                 + (f'<w:outlineLvl w:val="{outline}"/>' if outline is not None else "") + "</w:pPr>")
    run = (f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
           + ("<w:b/>" if bold else "") + f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>')
    return (f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>{paragraph}{run}</w:style>')


STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {_W}>'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
          'w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:eastAsia="zh-CN"/></w:rPr>'
          '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault>'
          '</w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
          '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr></w:style>'
          + _style("Title", "Title", "方正小标宋简体", 44, centred=True, after=240)
          + _style("Subtitle", "Subtitle", "楷体_GB2312", 32, centred=True, after=240)
          + _style("Heading1", "heading 1", "黑体", 32, outline=0)
          + _style("Heading2", "heading 2", "楷体_GB2312", 32, bold=True, outline=1)
          + '<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:spacing w:line="300" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/></w:pPr>'
          '<w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="TableText"/></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
          + "".join(f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"))
          + '</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/>'
          '</w:tblCellMar></w:tblPr></w:style></w:styles>')


def _run(text: str, bold: bool = False) -> str:
    """One run holding the text, its lines parted by breaks (a break belongs inside a run)."""
    lines = _NOT_XML.sub("", text).split("\n")
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    texts = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in lines)
    return f"<w:r>{props}{texts}</w:r>"


def _paragraph(text: str, style: str = "", *, bold: bool = False, centred: bool = False) -> str:
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:jc w:val="center"/>' if centred else "")
    return f"<w:p><w:pPr>{props}</w:pPr>{_run(text, bold)}</w:p>"


def _table(grid: Grid) -> str:
    widths = [TEXT_WIDTH * share // sum(grid.shares) for share in grid.shares]
    columns = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)

    def row(values: tuple[str, ...], header: bool) -> str:
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            + _paragraph(value, "TableText", bold=header, centred=header or index in grid.centred) + "</w:tc>"
            for index, (value, width) in enumerate(zip(values, widths, strict=True)))
        props = "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" if header else ""
        return f"<w:tr>{props}{cells}</w:tr>"
    body = [row(grid.headers, True)] + [row(values, False) for values in grid.rows]
    if not grid.rows:
        body.append(f'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="{len(widths)}"/></w:tcPr>'
                    f'{_paragraph(grid.empty, "TableText", centred=True)}</w:tc></w:tr>')
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{TEXT_WIDTH}" w:type="dxa"/>'
            f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{columns}</w:tblGrid>{"".join(body)}</w:tbl>'
            + _paragraph("", "Note"))  # Word needs a paragraph after a table; it also keeps tables apart


def document_xml(blocks: list[Block]) -> str:
    parts = []
    for block in blocks:
        if isinstance(block, Heading):
            style = {0: "Title", 1: "Heading1"}.get(block.level, "Heading2")
            parts.append(_paragraph(block.text, style))
        elif isinstance(block, Text):
            parts.append(_paragraph(block.text, "Subtitle" if block.centred else "Note" if block.small else ""))
        else:
            parts.append(_table(block))
    section = (f'<w:sectPr><w:pgSz w:w="{PAGE_WIDTH}" w:h="{PAGE_HEIGHT}"/><w:pgMar w:top="{MARGINS["top"]}" '
               f'w:right="{MARGINS["right"]}" w:bottom="{MARGINS["bottom"]}" w:left="{MARGINS["left"]}" '
               'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}><w:body>'
            f'{"".join(parts)}{section}</w:body></w:document>')


def write_docx(out: Path, blocks: list[Block], title: str) -> int:
    """Write `blocks` to `out`; returns the number of blocks written."""
    out.write_bytes(docx_bytes(blocks, title))
    return len(blocks)


def docx_bytes(blocks: list[Block], title: str) -> bytes:
    """The Word document of `blocks`, as the bytes of its file."""
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(_NOT_XML.sub('', title))}</dc:title><dc:creator>落实台账</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created></cp:coreProperties>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", PACKAGE_RELS)
        package.writestr("word/_rels/document.xml.rels", DOCUMENT_RELS)
        package.writestr("word/styles.xml", STYLES)
        package.writestr("word/document.xml", document_xml(blocks))
        package.writestr("docProps/core.xml", core)
    return buffer.getvalue()
