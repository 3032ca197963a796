"""Read a report delivered as a PDF with a text layer (a Word or LibreOffice document printed to PDF).

The characters of every page are read once, with their position and font size, through
PDFium (``pypdfium2``, which pdfplumber itself is built on: reading the chars this way takes a
tenth of the time pdfminer needs). From them:

* ruled tables (the appendix) are found from the drawn cell borders and read cell by cell;
* the footnote area at a page bottom (below the short separator rule, or from the first line
  opening with a small raised number) gives the footnote bodies, joined across pages;
* the remaining lines are joined into paragraphs: a paragraph ends where a line stops short
  of the margin (the next line's first word would have fitted), at a larger vertical gap, a
  bullet, a change of font size or weight, or an indentation change; a paragraph cut at a page
  end continues on the next page;
* footnote references (small raised digits) become superscript markers on the word before.

The blocks then go to ``layout.build_document`` like every other format's.
"""

from __future__ import annotations

import bisect
import ctypes
import itertools
import re
import statistics
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from knowledge import texts
from knowledge.document import Document, superscript
from knowledge.errors import ReportError
from knowledge.reading.layout import Block, build_document, ends_open
from knowledge.reading.typography import attach_markers, join_lines, tidy

_PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe
STRONG_BULLETS = "•◦▪▫●○■□➢➤►✓✔❖"
WEAK_BULLET_RE = re.compile(r"^[-–+]\s")
PAGE_NUMBER_RE = re.compile(r"^(?:trang\s*)?[-–]?\s*\d{1,3}\s*(?:/\s*\d{1,3})?\s*[-–]?$", re.IGNORECASE)
MAX_PAGES = 500  # a report is tens of pages; reading takes about 25 ms a page
MARKER_RATIO = 0.8  # a footnote marker is at most this fraction of its line's font size
HYPHENS_AT_LINE_END = ("\x02", "\ufffe")  # PDFium's codes for a hyphen ending a line


@dataclass(slots=True)
class Char:
    text: str
    x: float  # origin, from the page's left edge
    y: float  # baseline, from the page's top edge
    size: float
    index: int  # position in the PDFium text page


@dataclass
class Rule:
    """A drawn line or rectangle edge: cell borders and the footnote separator."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return self.bottom - self.top <= 2.5 and self.x1 - self.x0 > 8

    @property
    def vertical(self) -> bool:
        return self.x1 - self.x0 <= 2.5 and self.bottom - self.top > 4


@dataclass
class Line:
    chars: list[Char]
    baseline: float
    size: float
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    first_word: float = 0.0  # width of the line's first word
    bold: bool = False
    note: int | None = None  # footnote number when the line opens a footnote body
    trailing_space: bool = False


@dataclass
class Page:
    number: int
    width: float
    height: float
    chars: list[Char]
    rules: list[Rule]
    textpage: Any = None
    view: Any = None  # user space → display coordinates


# --- reading PDFium ------------------------------------------------------------------------------


def read_pdf_bytes(data: bytes, name: str) -> Document:
    """Read a .pdf report; refuse files that are not PDFs or have no text layer."""
    with _PDFIUM_LOCK:
        pdf = _open(data, name)
        try:
            if len(pdf) > MAX_PAGES:
                raise ReportError(texts.ERR_PDF_TOO_BIG.format(path=name, pages=MAX_PAGES))
            blocks = PdfReader(pdf, name).blocks()
        except ReportError:
            raise
        except Exception as err:  # a malformed page must not escape as a raw error
            raise ReportError(texts.ERR_PDF.format(path=name)) from err
        finally:
            pdf.close()
    return build_document(blocks, "pdf")


def _open(data: bytes, name: str) -> Any:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(data)
        if len(pdf) == 0:
            raise ReportError(texts.ERR_PDF.format(path=name))
        return pdf
    except ReportError:
        raise
    except Exception as err:
        if getattr(err, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            raise ReportError(texts.ERR_PDF_PASSWORD.format(path=name)) from err
        raise ReportError(texts.ERR_PDF.format(path=name)) from err


def _view_transform(page: Any) -> Any:
    """Map PDF user space (y up) to the page as displayed (y down), honouring /Rotate."""
    rotation = page.get_rotation() % 360
    width, height = page.get_width(), page.get_height()  # PDFium: the unrotated size
    if rotation == 90:
        return lambda x, y: (y, x)
    if rotation == 180:
        return lambda x, y: (width - x, y)
    if rotation == 270:
        return lambda x, y: (height - y, width - x)
    return lambda x, y: (x, height - y)


def _display_size(page: Any) -> tuple[float, float]:
    width, height = page.get_width(), page.get_height()
    return (height, width) if page.get_rotation() % 180 else (width, height)


def load_page(pdf: Any, index: int) -> Page:
    """Characters (origin, size) and drawn rules of one page, in display coordinates."""
    import pypdfium2.raw as raw

    page = pdf[index]
    view = _view_transform(page)
    textpage = page.get_textpage()
    handle = textpage.raw
    count = raw.FPDFText_CountChars(handle)
    text = _page_text(handle, count)
    for hyphen in HYPHENS_AT_LINE_END:
        text = text.replace(hyphen, "-")
    x, y = ctypes.c_double(), ctypes.c_double()
    px, py = ctypes.byref(x), ctypes.byref(y)
    origin, font_size = raw.FPDFText_GetCharOrigin, raw.FPDFText_GetFontSize
    chars = []
    for i, ch in enumerate(text):
        if ch != "\r" and ch != "\n":
            origin(handle, i, px, py)
            chars.append(Char(ch, x.value, y.value, font_size(handle, i), i))
    for c in chars:
        c.x, c.y = view(c.x, c.y)
    return Page(index + 1, *_display_size(page), chars, _page_rules(page, view), textpage, view)


def _page_text(handle: Any, count: int) -> str:
    """All characters of a text page, one per index (per-char calls if the bulk text misaligns)."""
    import pypdfium2.raw as raw

    if count <= 0:
        return ""
    buffer = ctypes.create_string_buffer(4 * (count + 1))  # room for surrogate pairs too
    units = raw.FPDFText_GetText(handle, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    text = buffer.raw[: 2 * max(units - 1, 0)].decode("utf-16-le", errors="replace")
    if len(text) == count:
        return text
    return "".join(chr(raw.FPDFText_GetUnicode(handle, i) or 0xFFFD) for i in range(count))


def _page_rules(page: Any, view: Any) -> list[Rule]:
    """Drawn lines and box edges of the page: table borders and the footnote separator."""
    import pypdfium2.raw as raw

    rules: list[Rule] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for k in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, k)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        if raw.FPDFPath_CountSegments(obj) > 6:  # a whole grid drawn as one path
            rules.extend(_segment_rules(obj, view))
        elif raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            (ax, ay), (bx, by) = view(left.value, bottom.value), view(right.value, top.value)
            rules.extend(_edges(Rule(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))))
    return rules


def _segment_rules(obj: Any, view: Any) -> list[Rule]:
    """The straight horizontal and vertical pieces of a many-segment path."""
    import pypdfium2.raw as raw

    matrix = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix))
    x, y = ctypes.c_float(), ctypes.c_float()
    rules: list[Rule] = []
    start = previous = None
    for i in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, i)
        raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        point = view(
            matrix.a * x.value + matrix.c * y.value + matrix.e,
            matrix.b * x.value + matrix.d * y.value + matrix.f,
        )
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == raw.FPDF_SEGMENT_LINETO and previous is not None:
            rules.extend(_straight(previous, point))
        if kind == raw.FPDF_SEGMENT_MOVETO:
            start = point
        previous = point
        if raw.FPDFPathSegment_GetClose(segment) and start is not None:
            rules.extend(_straight(point, start))
            previous = start
    return rules


def _straight(a: tuple[float, float], b: tuple[float, float]) -> list[Rule]:
    rule = Rule(min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))
    return [rule] if rule.horizontal or rule.vertical else []


def _edges(rect: Rule) -> list[Rule]:
    """A thin path is a rule; a box contributes its four edges."""
    if rect.horizontal or rect.vertical:
        return [rect]
    if rect.x1 - rect.x0 < 4 or rect.bottom - rect.top < 4:
        return []
    return [
        Rule(rect.x0, rect.top, rect.x1, rect.top),
        Rule(rect.x0, rect.bottom, rect.x1, rect.bottom),
        Rule(rect.x0, rect.top, rect.x0, rect.bottom),
        Rule(rect.x1, rect.top, rect.x1, rect.bottom),
    ]


def is_bold(textpage: Any, index: int) -> bool:
    """Whether the character's font is bold (by name or weight)."""
    import pypdfium2.raw as raw

    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(textpage.raw, index, buffer, 128, ctypes.byref(flags))
    font = buffer.value.decode("latin-1").casefold()
    return any(w in font for w in ("bold", "black", "heavy", "semibold", "demi")) or bool(
        flags.value & (1 << 18)
    )


# --- lines ---------------------------------------------------------------------------------------


def group_lines(chars: list[Char]) -> list[Line]:
    """Characters in content order → lines; a superscript stays on the line it is raised above."""
    lines: list[Line] = []
    current: Line | None = None
    for ch in chars:
        if ch.text.isspace():
            if current is not None:  # a separator never opens a line
                current.chars.append(ch)
        elif current is not None and _same_line(current, ch):
            current.chars.append(ch)
            if ch.size > current.size:
                current.size, current.baseline = ch.size, ch.y
        else:
            current = Line([ch], ch.y, ch.size)
            lines.append(current)
    return lines


def _same_line(line: Line, ch: Char) -> bool:
    """Near the line's baseline and not far back to the left (a new line starts at the margin)."""
    last = next(c for c in reversed(line.chars) if not c.text.isspace())
    return abs(ch.y - line.baseline) < 0.5 * max(line.size, ch.size) and ch.x > last.x - line.size


def finish_line(line: Line, body_size: float, page: Page | None = None, in_cell: bool = False) -> Line:
    """Text with superscript markers, extent, weight, and the footnote a line opens, if any.

    Outside tables a line that is nothing but a small number opens a footnote whose text
    follows on the next lines; in a table cell small type is just the table's type.
    """
    chars = line.chars
    ink = [c for c in chars if not c.text.isspace()]
    line.size = Counter(c.size for c in ink).most_common(1)[0][0]
    line.baseline = statistics.median(c.y for c in ink if c.size == line.size)
    lone = not in_cell and all(c.text.isdigit() for c in ink) and line.size <= MARKER_RATIO * body_size
    marks = [c.text.isdigit() and _is_marker(c, line, lone) for c in chars]
    if lone:
        line.size = body_size  # a footnote number standing alone, its text on the next lines
    line.text, line.note = _marked_text(chars, marks)
    line.x0 = ink[0].x
    line.x1 = ink[-1].x + ink[-1].size * 0.5
    space = next((c for c in chars if c.text.isspace() and c.x > line.x0), None)
    line.first_word = (space.x if space is not None else line.x1) - line.x0
    line.trailing_space = chars[-1].text == " "
    if page is not None and page.textpage is not None:
        line.x1 = char_right(page, ink[-1].index, line.x1)
        probes = {ink[0].index, ink[len(ink) // 2].index, ink[-1].index}
        line.bold = all(is_bold(page.textpage, i) for i in probes)
    return line


def char_right(page: Page, index: int, default: float) -> float:
    """The right edge of a character's glyph, on the page as displayed."""
    import pypdfium2.raw as raw

    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    if not raw.FPDFText_GetCharBox(page.textpage.raw, index, left, right, bottom, top):
        return default
    corners = [page.view(x, y) for x in (left.value, right.value) for y in (bottom.value, top.value)]
    return max(vx for vx, _ in corners)


def _is_marker(ch: Char, line: Line, lone: bool) -> bool:
    """A small digit raised above its line, or a line that is nothing but a small number."""
    if lone:
        return True
    return ch.size <= MARKER_RATIO * line.size and line.baseline - ch.y > 0.15 * line.size


def _marked_text(chars: list[Char], marks: list[bool]) -> tuple[str, int | None]:
    pieces: list[str] = []
    leading: str | None = ""  # digits of a marker opening the line (a footnote number)
    run = ""
    for ch, mark in zip(chars, marks, strict=True):
        if mark:
            run += ch.text
            continue
        if run:
            leading = _close_marker(pieces, run, leading)
            run = ""
        if not ch.text.isspace() and leading == "":
            leading = None
        pieces.append(ch.text)
    if run:
        leading = _close_marker(pieces, run, leading)
    text = attach_markers(tidy("".join(pieces)))
    if leading:
        return text.strip(), int(leading)
    return text, None


def _close_marker(pieces: list[str], run: str, leading: str | None) -> str | None:
    if leading == "":
        return run  # the line opens with a marker: a footnote body starts here
    pieces.append(superscript(int(run)))
    return leading


# --- tables --------------------------------------------------------------------------------------


@dataclass
class Grid:
    xs: list[float]  # column boundaries
    ys: list[float]  # row boundaries
    verticals: list[Rule] = field(default_factory=list)

    @property
    def top(self) -> float:
        return self.ys[0]

    @property
    def bottom(self) -> float:
        return self.ys[-1]

    def contains(self, x: float, y: float) -> bool:
        return self.xs[0] - 1 <= x <= self.xs[-1] + 1 and self.top - 1 <= y <= self.bottom + 1


def _cluster(values: list[float], tolerance: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tolerance:
            continue
        out.append(v)
    return out


def find_grids(rules: list[Rule]) -> list[Grid]:
    """Ruled tables: vertical borders overlapping in height, cut into rows by horizontal borders."""
    verticals = sorted((r for r in rules if r.vertical), key=lambda r: r.top)
    groups: list[list[Rule]] = []
    for rule in verticals:
        if groups and rule.top <= max(r.bottom for r in groups[-1]) + 2:
            groups[-1].append(rule)
        else:
            groups.append([rule])
    grids = []
    for group in groups:
        xs = _cluster([(r.x0 + r.x1) / 2 for r in group])
        top, bottom = min(r.top for r in group), max(r.bottom for r in group)
        ys = _cluster(
            [top, bottom]
            + [
                (r.top + r.bottom) / 2
                for r in rules
                if r.horizontal and top - 2 <= r.top <= bottom + 2 and r.x0 < xs[-1] and r.x1 > xs[0]
            ]
        )
        if len(xs) >= 3 and len(ys) >= 2:
            grids.append(Grid(xs, ys, group))
    return grids


def grid_rows(grid: Grid, chars: list[Char], body_size: float, cell_gluing: bool) -> list[list[str]]:
    """Cell texts row by row; a cell spanning columns (no border between) stands in its first one."""
    cells: dict[tuple[int, int], list[Char]] = {}
    for ch in chars:
        cx, cy = ch.x + 0.25 * ch.size, ch.y - 0.3 * ch.size
        row, col = bisect.bisect(grid.ys, cy) - 1, bisect.bisect(grid.xs, cx) - 1
        if 0 <= row < len(grid.ys) - 1 and 0 <= col < len(grid.xs) - 1:
            cells.setdefault((row, _span_start(grid, row, col)), []).append(ch)
    rows = []
    for row in range(len(grid.ys) - 1):
        texts_ = [
            _cell_text(cells.get((row, col), []), body_size, cell_gluing) for col in range(len(grid.xs) - 1)
        ]
        if any(texts_):
            rows.append(texts_)
    return rows


def _span_start(grid: Grid, row: int, col: int) -> int:
    """The first column of the merged cell holding (row, col): walk left past missing borders."""
    middle = (grid.ys[row] + grid.ys[row + 1]) / 2
    while col > 0 and not any(
        abs((v.x0 + v.x1) / 2 - grid.xs[col]) <= 2 and v.top - 1 <= middle <= v.bottom + 1
        for v in grid.verticals
    ):
        col -= 1
    return col


def _cell_text(chars: list[Char], body_size: float, cell_gluing: bool) -> str:
    text = ""
    previous: Line | None = None
    for line in group_lines(chars):
        finish_line(line, body_size, in_cell=True)
        if previous is None:
            text = line.text.strip()
        elif cell_gluing and not previous.trailing_space and " " not in previous.text.strip():
            text = text.rstrip() + line.text.strip()  # a word too long for the column: "ST" + "T"
        elif line.text.lstrip()[:1] in ("%", ",", ".", ";", ":", ")"):
            text = text.rstrip() + line.text.strip()
        else:
            text = join_lines(text, line.text)
        previous = line
    return text.strip()


# --- the reader ----------------------------------------------------------------------------------


@dataclass
class _Paragraph:
    lines: list[Line]
    page: int
    bullet: bool = False

    @property
    def text(self) -> str:
        text = ""
        for line in self.lines:
            text = join_lines(text, line.text) if text else line.text.strip()
        if self.bullet:
            text = text.lstrip(STRONG_BULLETS).lstrip()
        return text

    @property
    def body_x(self) -> float:
        return self.lines[1].x0 if len(self.lines) > 1 else self.lines[0].x0


class PdfReader:
    """Turns the pages of one PDF into layout blocks."""

    def __init__(self, pdf: Any, name: str) -> None:
        self.pages = [load_page(pdf, i) for i in range(len(pdf))]
        self.name = name
        self._check_text_layer()
        self.body_size = _dominant_size(self.pages)
        self.blocks_: list[Block] = []
        self.paragraph: _Paragraph | None = None
        self.notes: list[Block] = []
        self.pitches: dict[float, float] = {}
        self.right = 0.0
        self.left = 0.0
        self.starts: Counter[int] = Counter()
        self.had_notes = False  # an earlier page had footnotes: one may continue on the next

    def _check_text_layer(self) -> None:
        ink = [c.text for p in self.pages for c in p.chars if not c.text.isspace()]
        if len(ink) < 20 * len(self.pages) and not any(_alpha(t) for t in ink[:200]):
            raise ReportError(texts.ERR_PDF_SCAN.format(path=self.name))
        unreadable = sum(1 for t in ink if t in ("\ufffd", "\x00") or ("\ue000" <= t <= "\uf8ff"))
        if unreadable > 0.3 * len(ink):
            raise ReportError(texts.ERR_PDF_FONTS.format(path=self.name))

    def blocks(self) -> list[Block]:
        laid_out = [self._lay_out(page) for page in self.pages]
        body_lines = [line for _, items, _ in laid_out for kind, line in items if kind == "line"]
        self.pitches = _line_pitches(body_lines)
        self.right = _right_margin(body_lines)
        self.left = _left_margin(body_lines)
        self.starts = Counter(round(line.x0) for line in body_lines)  # margins and indents recur
        gluing = _keeps_trailing_spaces(body_lines)
        for page, items, notes in laid_out:
            self._flow(page, items, gluing)
            self._footnotes(page, notes)
        self._close_paragraph()
        return self.blocks_ + self.notes

    def _lay_out(self, page: Page) -> tuple[Page, list[tuple[str, Any]], list[Line]]:
        """A page's body lines and tables in reading order, and its footnote lines."""
        grids = find_grids(page.rules)
        flow_chars = page.chars
        if grids:
            flow_chars = [
                c for c in page.chars if not any(g.contains(c.x, c.y - 0.3 * c.size) for g in grids)
            ]
        lines = [finish_line(line, self.body_size, page) for line in group_lines(flow_chars)]
        lines = _drop_page_numbers(lines, page)
        top = _footnote_top(page, lines, grids, self.body_size, self.had_notes)
        body = [line for line in lines if top is None or line.baseline < top]
        notes = [line for line in lines if top is not None and line.baseline >= top]
        self.had_notes = self.had_notes or bool(notes)
        items: list[tuple[float, str, Any]] = [(line.baseline, "line", line) for line in body]
        items.extend((grid.top, "grid", grid) for grid in grids)
        items.sort(key=lambda item: item[0])
        return page, [(kind, obj) for _, kind, obj in items], notes

    # body text

    def _flow(self, page: Page, items: list[tuple[str, Any]], gluing: bool) -> None:
        first = True
        for kind, obj in items:
            if kind == "grid":
                self._close_paragraph()
                table_chars = [c for c in page.chars if obj.contains(c.x, c.y - 0.3 * c.size)]
                rows = grid_rows(obj, table_chars, self.body_size, gluing)
                self.blocks_.extend(Block(kind="row", cells=row, page=page.number) for row in rows)
            else:
                self._add_line(obj, page.number, first)
            first = False

    def _add_line(self, line: Line, page: int, first_on_page: bool) -> None:
        para = self.paragraph
        if para is not None and self._continues(para, line, first_on_page):
            para.lines.append(line)
            return
        self._close_paragraph()
        bullet = line.text.lstrip()[:1] in STRONG_BULLETS
        self.paragraph = _Paragraph([line], page, bullet)

    def _continues(self, para: _Paragraph, line: Line, first_on_page: bool) -> bool:
        prev = para.lines[-1]
        start = line.text.lstrip()
        if start[:1] in STRONG_BULLETS or line.bold != prev.bold or abs(line.size - prev.size) > 0.6:
            return False
        if WEAK_BULLET_RE.match(start) and prev.text.rstrip().endswith((".", ";", ":")):
            return False
        if not self._wrapped(prev, line):
            return False  # the previous line stopped short of the margin: its paragraph ended there
        if first_on_page:
            return self._continues_on_next_page(para, line)
        gap = line.baseline - prev.baseline
        if gap < -0.5 * line.size or gap > self._pitch(line.size) + 0.25 * line.size:
            return False
        # a first-line indent opens the next paragraph; an outdent ends a bullet's hanging indent
        return len(para.lines) < 2 or abs(line.x0 - para.body_x) <= 0.8 * line.size

    @staticmethod
    def _continues_on_next_page(para: _Paragraph, line: Line) -> bool:
        """A paragraph cut at the page end: it stopped mid-sentence, or the text marks paragraphs
        by a first-line indent and the new page's first line has none."""
        indented = line.x0 > para.body_x + 0.8 * line.size
        if len(para.lines) >= 2 and para.lines[0].x0 > para.body_x + 0.8 * line.size:
            return not indented
        return ends_open(para.text) and not indented

    def _pitch(self, size: float) -> float:
        """Line spacing for this font size (scaled from the body text's when unseen)."""
        if (pitch := self.pitches.get(round(size))) is not None:
            return pitch
        body = self.pitches.get(round(self.body_size))
        return size * (body / self.body_size if body else 1.2)

    def _wrapped(self, prev: Line, line: Line) -> bool:
        """Whether ``prev`` broke because ``line``'s first word did not fit after it (else it ended there).

        Works for justified, left-aligned and centred text alike: a centred line that ended
        on purpose leaves half its room on each side, more than the next word needs.
        """
        room = self.right - prev.x1
        indent = prev.x0 - self.left
        centred = abs(indent - room) < prev.size and self.starts[round(prev.x0)] < 3
        if indent > 2 * prev.size and centred:
            room *= 2  # a longer line would have grown on both sides
        return room < line.first_word + 0.3 * line.size + 0.75 * prev.size

    def _close_paragraph(self) -> None:
        para = self.paragraph
        if para is not None and (text := para.text):
            self.blocks_.append(Block(text=text, page=para.page, bullet=para.bullet))
        self.paragraph = None

    # footnotes

    def _footnotes(self, page: Page, lines: list[Line]) -> None:
        for line in lines:
            if line.note is not None:
                self.notes.append(Block(kind="footnote", number=line.note, text=line.text, page=page.number))
            elif self.notes:
                last = self.notes[-1]
                last.text = join_lines(last.text, line.text) if last.text else line.text.strip()


def _alpha(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _right_margin(lines: list[Line]) -> float:
    ends = sorted(line.x1 for line in lines)
    return ends[int(0.95 * (len(ends) - 1))] if ends else 0.0


def _left_margin(lines: list[Line]) -> float:
    starts = sorted(line.x0 for line in lines)
    return starts[int(0.05 * (len(starts) - 1))] if starts else 0.0


def _dominant_size(pages: list[Page]) -> float:
    sizes = Counter(c.size for p in pages for c in p.chars if c.text != " ")
    return sizes.most_common(1)[0][0] if sizes else 12.0


def _line_pitches(lines: list[Line]) -> dict[float, float]:
    """The usual baseline distance between consecutive lines of one paragraph, per font size."""
    gaps: dict[float, Counter[float]] = {}
    for a, b in itertools.pairwise(lines):
        gap = b.baseline - a.baseline
        if abs(a.size - b.size) < 0.5 and 0.9 * a.size < gap < 2.5 * a.size:
            gaps.setdefault(round(a.size), Counter())[round(gap, 1)] += 1
    return {size: _line_gap(counter) for size, counter in gaps.items()}


def _line_gap(gaps: Counter[float]) -> float:
    """The smallest frequent gap: line spacing, not the larger gap between paragraphs."""
    top = max(gaps.values())
    return min(gap for gap, count in gaps.items() if count >= 0.3 * top)


def _keeps_trailing_spaces(lines: list[Line]) -> bool:
    """Whether this PDF's producer keeps the space at a soft line break (LibreOffice does)."""
    wrapped = [line for line in lines[:400] if len(line.text) > 40]
    return bool(wrapped) and sum(line.trailing_space for line in wrapped) > 0.5 * len(wrapped)


def _drop_page_numbers(lines: list[Line], page: Page) -> list[Line]:
    def is_page_number(line: Line) -> bool:
        margin = line.baseline < 0.1 * page.height or line.baseline > 0.9 * page.height
        return margin and bool(PAGE_NUMBER_RE.match(line.text.strip()))

    while lines and is_page_number(lines[0]):
        lines = lines[1:]
    while lines and is_page_number(lines[-1]):
        lines = lines[:-1]
    return lines


def _footnote_top(
    page: Page, lines: list[Line], grids: list[Grid], body_size: float, pending: bool
) -> float | None:
    """Where the footnote area starts: below a short separator rule, else at a line opening with a marker."""
    separators = [
        r
        for r in page.rules
        if r.horizontal
        and 20 < r.x1 - r.x0 < 0.45 * page.width
        and not any(g.contains(r.x0 + 1, r.top) for g in grids)
        and r.top > 0.3 * page.height
    ]
    for rule in sorted(separators, key=lambda r: -r.top):
        below = [line for line in lines if line.baseline > rule.bottom]
        if below and (any(line.note is not None for line in below) or pending):
            return rule.bottom
    starts = [line for line in lines if line.note is not None and line.baseline > 0.4 * page.height]
    if starts:
        return starts[0].baseline - 0.5 * body_size
    return None
