"""Block parse: pipe tables in every state of repair."""

from __future__ import annotations

import regex
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from .furniture import classify
from .lines import OPEN_WORDS, SPACE, content_range, is_blank, line_text, stripped_text

__all__ = ["is_delimiter", "split_cells", "table_plugin"]

# A delimiter row: "---|---|", "|:--|--:|", "---|", "|----+----|" (columns
# crossed with "+"); not "---" (no pipe) nor "a|b".
_DELIMITER = regex.compile(r"\s*[|+]?\s*:?-+:?\s*(?:[|+]\s*:?-+:?\s*)*[|+]?\s*")
# A line that opens with a list marker is a list item even if it has a pipe.
_LIST_START = regex.compile(r"\s*(?:[-*+•–▸▪◦●○‣⁃►]|\d{1,3}[.)])\s")


def _has_pipe(text: str) -> bool:
    index = text.find("|")
    while index >= 0:
        if index == 0 or text[index - 1] != "\\":
            return True
        index = text.find("|", index + 1)
    return False


def is_delimiter(text: str) -> bool:
    """Whether a line is a table's delimiter row (``---|---``, ``----+----``).

    It holds a pipe (or a ``+`` where its columns cross) and a dash: other
    lines skip the pattern.
    """
    return (
        ("|" in text or "+" in text)
        and "-" in text
        and _DELIMITER.fullmatch(text) is not None
    )


def split_cells(src: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split the row ``src[start:end]`` at unescaped pipes into cell ranges.

    One leading and one trailing pipe are outer pipes, not empty cells.
    Each range excludes the white space around the cell.

    Example:
        >>> row = "| a | b \\\\| c |"
        >>> [row[s:e] for s, e in split_cells(row, 0, len(row))]
        ['a', 'b \\\\| c']
    """
    start, end = content_range_str(src, start, end)
    if start < end and src[start] == "|":
        start += 1
    if (
        end > start
        and src[end - 1] == "|"
        and (end - 2 < start or src[end - 2] != "\\")
    ):
        end -= 1
    cells: list[tuple[int, int]] = []
    cell_start = start
    index = src.find("|", start, end)
    while index >= 0:
        if src[index - 1] != "\\":
            cells.append(content_range_str(src, cell_start, index))
            cell_start = index + 1
        index = src.find("|", index + 1, end)
    cells.append(content_range_str(src, cell_start, end))
    return cells


def content_range_str(src: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` of ``src`` to exclude white space around it.

    White space is the block parser's (NBSP and zero-width characters
    included), so cells and the table's span agree on where text ends.
    """
    while start < end and (src[start] in SPACE or src[start].isspace()):
        start += 1
    while end > start and (src[end - 1] in SPACE or src[end - 1].isspace()):
        end -= 1
    return start, end


# An edge of a table drawn in a box: "+------+-----+".
_BORDER = regex.compile(r"[ \t]*\+(?:[-=:]+\+)+[ \t]*")


def _box_border(state: StateBlock, line: int) -> bool:
    return line_text(state, line).lstrip()[:1] == "+" and bool(
        _BORDER.fullmatch(line_text(state, line))
    )


def _is_row(state: StateBlock, line: int) -> bool:
    return not is_blank(state, line) and _has_pipe(line_text(state, line))


def _continues_row(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether a row of a table with outer pipes goes on on the next line.

    It does when the row has its opening pipe but lacks its closing one, and
    the next line lacks the opening one: ``| Quotas | Firm on a six-year`` /
    ``transition period |``. (``France | 9`` over ``Italy | 7 |`` are two
    rows that merely drop their outer pipes.)
    """
    if line + 1 >= end_line or is_blank(state, line + 1):
        return False
    row = stripped_text(state, line)
    following = stripped_text(state, line + 1)
    return (
        row.startswith("|")
        and not row.endswith("|")
        and not following.startswith("|")
        and following.endswith("|")
        and not is_delimiter(following)
    )


_MAX_CELL_TAIL = 40  # characters of the line a cell breaks onto


def _wraps_between_rows(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether ``line``, without a pipe, is the end of the row above it.

    It is when a row of two cells or more follows it, that row heads no
    table of its own (no delimiter row under it), and the line is no
    sentence of its own (a capital to a final stop, as a line of prose
    between two tables is) nor page furniture (``Source: …``): ``Germany |
    Opposed the cap`` / ``until the final round`` / ``France | Backed it``.
    The last row may go on too, when it breaks off on a word no cell ends on
    (``… | Gain from`` / ``Liberal Democrat``) or inside a bracket the line
    closes, or onto a short line in lower case that ends the table (``… |
    rejected at port, sent back`` / ``for re-drying`` over a blank line or
    the table's source). A row between outer pipes, its last cell closed,
    goes on no further.
    """
    if line >= end_line or is_blank(state, line) or _is_row(state, line):
        return False
    text = stripped_text(state, line)
    if text[:1].isupper() and text[-1:] in ".:!?":
        return False
    if classify(text) is not None:
        return False  # "Source: trading statement, 13 weeks to 1 March"
    above = line_text(state, line - 1)
    row = above.strip(SPACE)
    if row.startswith("|") and row.endswith("|"):
        return False  # the row above closed its last cell: "| … | 40 |"
    last_word = above.rsplit(None, 1)[-1:]
    if last_word and last_word[0].lower() in OPEN_WORDS and len(text) <= _MAX_CELL_TAIL:
        return True
    if (
        len(text) <= _MAX_CELL_TAIL
        and above.count("(") > above.count(")")
        and text.count(")") > text.count("(")
    ):
        return True  # "… | 4.18% (first-time" / "buyers only)": the bracket closes
    if (
        len(text) <= _MAX_CELL_TAIL
        and text[0].islower()
        and text[-1] not in ".!?:"
        and (
            line + 1 >= end_line
            or is_blank(state, line + 1)
            or classify(stripped_text(state, line + 1)) is not None
        )
    ):
        return True  # "… | frozen until the scheme is" / "reviewed in 2026"
    if line + 1 >= end_line:
        return False
    following = line_text(state, line + 1)
    if not _is_row(state, line + 1) or is_delimiter(following):
        return False
    if line + 2 < end_line and is_delimiter(line_text(state, line + 2)):
        return False
    cells = split_cells(state.src, state.bMarks[line + 1], state.eMarks[line + 1])
    row_above = split_cells(state.src, state.bMarks[line - 1], state.eMarks[line - 1])
    # (a row of quite another width heads a table of its own: "Standings: Top
    # Four" between "Westerley | 2-0 | Carrick" and "Pos | Team | P | W | …")
    return len(cells) >= 2 and abs(len(cells) - len(row_above)) <= 1


# Two spaces or more, or a tab: the gap between two columns of an aligned table.
_GAP = regex.compile(r"[ \u00a0]{2,}|\t+")
_MIN_ALIGNED_ROWS = 3  # the header and two rows at least
_MAX_ALIGNED_LINE = 160


def _gaps(text: str, *, header: bool = False) -> list[tuple[int, int]] | None:
    """The column gaps of a line of an aligned table, or ``None`` if it is none.

    A row has text on both sides of each gap, fits on a line, and is no
    sentence (no final ``.``, ``!``, ``?`` or ``:``) or list item. A header
    indented past the first column (``          Home   Away``, over ``Shots
    7   3``) has its indentation as its first gap.
    """
    stripped = text.strip(SPACE)
    if (
        not stripped
        or len(stripped) > _MAX_ALIGNED_LINE
        or stripped[-1] in ".!?:"
        or _LIST_START.match(stripped)
    ):
        return None
    offset = len(text) - len(text.lstrip(SPACE))
    gaps = [(m.start() + offset, m.end() + offset) for m in _GAP.finditer(stripped)]
    if header and offset >= _STUB_INDENT:
        gaps.insert(0, (0, offset))
    return gaps or None


_STUB_INDENT = 4  # columns: a header indented this far leaves its first cell empty


def _aligned_rows(state: StateBlock, start_line: int, end_line: int) -> int:
    """How many lines from ``start_line`` make a table aligned with spaces.

    ``Metal        Last     Change`` over ``LME copper   9840     +1.2%``: each
    line has as many gaps of two spaces or more as the first, and each gap
    overlaps the first line's gap of the same rank (columns may be left or
    right aligned). Fewer than three such lines make no table (0).
    """
    header = _gaps(line_text(state, start_line), header=True)
    if header is None:
        return 0
    line = start_line + 1
    while line < end_line:
        gaps = _gaps(line_text(state, line))
        if gaps is None or len(gaps) != len(header):
            break
        if any(
            s >= head_end or head_start >= e
            for (s, e), (head_start, head_end) in zip(gaps, header, strict=True)
        ):
            break
        line += 1
    count = line - start_line
    return count if count >= _MIN_ALIGNED_ROWS else 0


def _cells_between_gaps(
    state: StateBlock, line: int, *, header: bool = False
) -> list[tuple[int, int]]:
    """The cell ranges of a row of an aligned table, in source offsets.

    A header indented past the first column starts with an empty cell.
    """
    start, end = content_range(state, state.bMarks[line], state.eMarks[line])
    cells: list[tuple[int, int]] = []
    if header and start - state.bMarks[line] >= _STUB_INDENT:
        cells.append((start, start))
    for match in _GAP.finditer(state.src, start, end):
        cells.append((start, match.start()))
        start = match.end()
    cells.append((start, end))
    return cells


def _aligned_table(
    state: StateBlock, start_line: int, end_line: int, silent: bool
) -> bool:
    """A table whose columns are lined up with spaces (wire price tables)."""
    count = _aligned_rows(state, start_line, end_line)
    if not count:
        return False
    if silent:
        return True
    last = start_line + count - 1
    body = range(start_line + 1, last + 1)
    token = state.push("table", "table", 0)
    token.map = [start_line, last + 1]
    token.meta = {
        "span": content_range(state, state.bMarks[start_line], state.eMarks[last]),
        "header": _cells_between_gaps(state, start_line, header=True),
        "rows": [_cells_between_gaps(state, n) for n in body],
        "row_spans": [
            content_range(state, state.bMarks[n], state.eMarks[n]) for n in body
        ],
    }
    state.line = last + 1
    return True


def _table(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    first_line = start_line
    if _box_border(state, start_line) and start_line + 2 < end_line:
        # A table drawn in a box: "+------+-----+" over "| Index | Close |"
        start_line += 1
    header_text = line_text(state, start_line)
    if start_line + 1 >= end_line:
        return False
    if "|" not in header_text or not _has_pipe(header_text):
        if "  " in stripped_text(state, start_line) or "\t" in header_text:
            return _aligned_table(state, start_line, end_line, silent)
        return False
    if _LIST_START.match(header_text) and not header_text.lstrip().startswith("|"):
        return False
    src = state.src
    header = split_cells(src, state.bMarks[start_line], state.eMarks[start_line])
    next_text = line_text(state, start_line + 1)
    if is_delimiter(next_text) or (
        # a box's header rule: "| Index | Close |" over "+=======+=====+"
        first_line < start_line and _box_border(state, start_line + 1)
    ):
        body_start = start_line + 2
    elif _is_row(state, start_line + 1) and not is_delimiter(header_text):
        # No delimiter row: two pipe lines of two or more cells make a table.
        second = split_cells(
            src, state.bMarks[start_line + 1], state.eMarks[start_line + 1]
        )
        if len(header) < 2 or len(second) < 2:
            return False
        body_start = start_line + 1
    else:
        return False
    if silent:
        return True
    rows: list[list[tuple[int, int]]] = []
    row_spans: list[tuple[int, int]] = []
    stripped = header_text.strip(SPACE)
    outer = stripped.startswith("|") and stripped.endswith("|")
    line = body_start
    while line < end_line and _is_row(state, line):
        text = line_text(state, line)
        if (
            line + 1 < end_line
            and is_delimiter(line_text(state, line + 1))
            and not _box_border(state, line + 1)
        ):
            break  # a header over its own delimiter row starts the next table
        last = line
        if not is_delimiter(text):
            if outer and _continues_row(state, line, end_line):
                last = line + 1  # a row split over two lines: one logical row
            rows.append(split_cells(src, state.bMarks[line], state.eMarks[last]))
            row_spans.append(
                content_range(state, state.bMarks[line], state.eMarks[last])
            )
        line = last + 1
        if (
            first_line < start_line
            and line + 1 < end_line
            and _box_border(state, line)
            and _is_row(state, line + 1)
        ):
            line += 1  # a rule between a box's rows
            continue
        if rows and _wraps_between_rows(state, line, end_line):
            # A line without a pipe between two rows carries on the row above.
            end = content_range(state, state.bMarks[line], state.eMarks[line])[1]
            rows[-1][-1] = (rows[-1][-1][0], end)
            row_spans[-1] = (row_spans[-1][0], end)
            line += 1
    if line < end_line and _box_border(state, line):
        line += 1  # the box's bottom edge
    token = state.push("table", "table", 0)
    token.map = [first_line, line]
    token.meta = {
        "span": content_range(state, state.bMarks[first_line], state.eMarks[line - 1]),
        "header": header,
        "rows": rows,
        "row_spans": row_spans,
    }
    state.line = line
    return True


def table_plugin(md: MarkdownIt) -> None:
    """Add loose pipe tables: outer pipes optional, delimiter row optional.

    Lines whose columns are lined up with two spaces or more, three lines at
    least, make a table too (see :func:`_aligned_rows`).

    Without a delimiter row, two consecutive pipe lines of at least two cells
    each are needed, so a single prose line with a pipe stays a paragraph.
    The table runs until a blank line, a line without a pipe, or a line over
    a delimiter row (the header of the next table).
    """
    md.block.ruler.before("paragraph", "news_table", _table)
