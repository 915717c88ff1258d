"""Read a member list (CSV or XLSX) into rows of text, whatever produced it.

CSV files come from Excel and LibreOffice in every setting a ministry uses: UTF-8 with
or without a byte-order mark, UTF-16 ('Unicode text'), or the Windows code page of the
user's language; comma or semicolon separated (French, Spanish and Portuguese Excel use
semicolons).  Workbooks often merge an organisation's cell over the rows of its
representatives: merged cells are filled in, so that every row carries its
organisation.  What the columns mean is decided above this layer
(:mod:`ncm_desktop.rules.member_list`).
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ncm_desktop.storage.errors import TableFileError

Reason = TableFileError.Reason

#: Legacy Windows code pages of the program's languages, tried when a file is not UTF-8.
LEGACY_ENCODINGS = ("cp1252", "cp1256", "cp1251", "gb18030")
DELIMITERS = ",;\t"
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # Excel 97-2003 workbooks (and other Office files)
_SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True)
class Table:
    """The non-empty rows of a file, as stripped text, with where each row starts."""

    path: Path
    rows: tuple[tuple[str, ...], ...]
    #: For each row, its line in the CSV file or its row number in the sheet (from 1).
    lines: tuple[int, ...]
    kind: str  # "csv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""


def read_table(path: Path) -> Table:
    """Read ``path`` as CSV or XLSX; raise :class:`TableFileError` when it cannot be."""
    path = Path(path)
    data = path.read_bytes()
    if not data.strip():
        raise TableFileError(path, Reason.EMPTY)
    if data.startswith(_OLE_MAGIC) or path.suffix.lower() == ".xls":
        raise TableFileError(path, Reason.OLD_EXCEL)
    if path.suffix.lower() in XLSX_SUFFIXES or data.startswith(_ZIP_MAGIC):
        return _read_xlsx(path)
    return _read_csv(path, data)


# -- CSV -----------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """``data`` as text and the name of the encoding it was written in."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    sample = data[:_SNIFF_BYTES]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 4:
        # UTF-16 without a byte-order mark: the zero byte of ASCII letters shows the order.
        encoding = "utf-16-le" if sample[1] == 0 else "utf-16-be"
        return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    encoding = best.encoding if best is not None else LEGACY_ENCODINGS[0]
    return data.decode(encoding, errors="replace"), encoding


def _read_csv(path: Path, data: bytes) -> Table:
    text, encoding = decode(data)
    if "\x00" in text:
        raise TableFileError(path, Reason.UNREADABLE, detail="binary data")
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    start = 1
    try:
        for record in reader:
            cells = _trimmed(cell.strip() for cell in record)
            if cells:
                rows.append(cells)
                lines.append(start)
            start = reader.line_num + 1
    except csv.Error as error:
        raise TableFileError(path, Reason.BROKEN_QUOTING, start, str(error)) from error
    if not rows:
        raise TableFileError(path, Reason.EMPTY)
    return Table(path, tuple(rows), tuple(lines), "csv", encoding=encoding, delimiter=delimiter)


def _delimiter(text: str) -> str:
    """The separator, from :class:`csv.Sniffer`, checked against the first line.

    The sniffer weighs how regularly each character repeats across lines; when it
    fails, or names a character the first line (the headers) does not contain, the
    candidate found most often in the first line wins.
    """
    sample = text[:_SNIFF_BYTES]
    first_line = sample.split("\n", 1)[0]
    try:
        chosen = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        chosen = ""
    if chosen and chosen in first_line:
        return chosen
    counts = {candidate: first_line.count(candidate) for candidate in DELIMITERS}
    best = max(counts, key=lambda candidate: counts[candidate])
    return best if counts[best] else ","


# -- XLSX ----------------------------------------------------------------------------


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # Not read-only: the read-only mode knows nothing of merged cells.
        workbook = load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError,
            OSError) as error:
        raise TableFileError(path, Reason.UNREADABLE, detail=str(error)) from error
    try:
        sheets = [workbook.active, *workbook.worksheets]
        for sheet in sheets:
            if sheet is None:
                continue
            grid = [[_cell_text(value) for value in row]
                    for row in sheet.iter_rows(values_only=True)]
            _fill_merged(grid, sheet.merged_cells.ranges)
            rows: list[tuple[str, ...]] = []
            lines: list[int] = []
            for number, row in enumerate(grid, start=1):
                cells = _trimmed(row)
                if cells:
                    rows.append(cells)
                    lines.append(number)
            if rows:
                return Table(path, tuple(rows), tuple(lines), "xlsx", sheet=sheet.title)
    finally:
        workbook.close()
    raise TableFileError(path, Reason.EMPTY)


def _fill_merged(grid: list[list[str]], ranges: object) -> None:
    """Give every cell of a merged range the value of its top-left cell."""
    for merged in ranges:  # type: ignore[attr-defined]
        top, left = merged.min_row - 1, merged.min_col - 1
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for row in range(top, min(merged.max_row, len(grid))):
            cells = grid[row]
            if len(cells) < merged.max_col:
                cells.extend([""] * (merged.max_col - len(cells)))
            for column in range(left, merged.max_col):
                cells[column] = value


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def _trimmed(cells: object) -> tuple[str, ...]:
    """The cells without the empty ones at the end; empty when the row is blank."""
    values = list(cells)  # type: ignore[call-overload]
    while values and not values[-1]:
        values.pop()
    return tuple(values)
