"""One worksheet's XML read with expat: the cells that hold something, and the merged ranges, fast and safely.

openpyxl's own parser builds an element tree and a dict per cell; a 5,000-row breakdown spent most of its
import there. expat calls back per tag, and this reader keeps only values. Like defusedxml, it refuses a
DOCTYPE and every entity declaration, so no entity can expand and nothing outside the file is fetched."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta
from typing import IO
from xml.parsers import expat

from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel

from importers.progress import advance

CellValue = str | int | float | bool | datetime | time | timedelta
# Called with (row, column, value) for each cell holding a value; may raise to stop the reading.
CellSink = Callable[[int, int, CellValue], None]
CHUNK = 256 * 1024
_DIGITS = "0123456789"


class UnsafeXml(ValueError):
    """The sheet declares a DOCTYPE or an entity: never in a real workbook, the shape of an XML attack."""


class SheetXmlReader:
    """Feeds a sheet's XML to expat and hands each cell's value to `sink`, as openpyxl would read it."""

    def __init__(self, shared_strings: Sequence[str], date_styles: set[int], timedelta_styles: set[int],
                 epoch: datetime, sink: CellSink) -> None:
        self.shared_strings, self.date_styles, self.timedelta_styles = shared_strings, date_styles, timedelta_styles
        self.epoch, self.sink = epoch, sink
        self.merges: list[str] = []
        self._row = self._column = 0
        self._type, self._style = "n", 0
        self._text: list[str] = []
        self._collect = False  # inside <v>, or a <t> of an inline string (not its phonetic <rPh> run)
        self._in_phonetic = False
        self._inline: list[str] = []
        self._value: str | None = None
        self._tags: dict[str, str] = {}
        self._columns: dict[str, int] = {}  # "AB" → 28

    def read(self, stream: IO[bytes]) -> None:
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._characters
        parser.StartDoctypeDeclHandler = _refuse
        parser.EntityDeclHandler = _refuse
        parser.UnparsedEntityDeclHandler = _refuse
        parser.ExternalEntityRefHandler = _refuse_external
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        tag = self._local(name)
        if tag == "c":
            reference = attributes.get("r")
            if reference:
                letters = reference.rstrip(_DIGITS)
                self._row = int(reference[len(letters):])
                column = self._columns.get(letters)
                if column is None:
                    column = self._columns[letters] = column_index_from_string(letters)
                self._column = column
            else:
                self._column += 1
            self._type = attributes.get("t", "n")
            style = attributes.get("s")
            self._style = int(style) if style else 0
            self._value = None
            self._inline.clear()
        elif tag == "row":
            advance()
            number = attributes.get("r")
            self._row = int(number) if number else self._row + 1
            self._column = 0
        elif tag == "v" or (tag == "t" and not self._in_phonetic):
            self._collect = True
            self._text.clear()
        elif tag == "rPh":
            self._in_phonetic = True
        elif tag == "mergeCell":
            self.merges.append(attributes.get("ref", ""))

    def _characters(self, data: str) -> None:
        if self._collect:
            self._text.append(data)

    def _local(self, name: str) -> str:
        """The tag without its namespace ("c" for "…/spreadsheetml/2006/main c"), looked up once per name."""
        tag = self._tags.get(name)
        if tag is None:
            tag = self._tags[name] = name.rpartition(" ")[2]
        return tag

    def _end(self, name: str) -> None:
        tag = self._local(name)
        if tag == "v":
            self._value = "".join(self._text)
            self._collect = False
        elif tag == "t" and self._collect:
            self._inline.append("".join(self._text))
            self._collect = False
        elif tag == "rPh":
            self._in_phonetic = False
        elif tag == "c":
            value = self._cell_value()
            if value is not None:
                self.sink(self._row, self._column, value)

    def _cell_value(self) -> CellValue | None:
        kind, text = self._type, self._value
        if kind == "inlineStr":
            return "".join(self._inline)
        if not text or kind == "e":
            return None  # empty, or #DIV/0!, #REF!: a formula's error, not something the office wrote
        if kind == "n":
            number: int | float = float(text) if "." in text or "E" in text or "e" in text else int(text)
            if self._style in self.date_styles:
                try:
                    when: datetime | timedelta = from_excel(number, self.epoch,
                                                            timedelta=self._style in self.timedelta_styles)
                    return when
                except (OverflowError, ValueError):
                    return number  # a "date" beyond any calendar: the number as written
            return number
        if kind == "s":
            return self.shared_strings[int(text)]
        if kind == "b":
            return bool(int(text))
        if kind == "d":  # an ISO date written as such (rare: LibreOffice, some exporters)
            try:
                return datetime.fromisoformat(text)
            except ValueError:
                return text
        return text  # "str": a formula's cached text


def _refuse(*_: object) -> None:
    raise UnsafeXml("DOCTYPE or entity declaration in a worksheet")


def _refuse_external(*_: object) -> int:
    raise UnsafeXml("external entity in a worksheet")
