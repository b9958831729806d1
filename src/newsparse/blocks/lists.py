"""Block parse: bullet and numbered lists, nested by indentation."""

from __future__ import annotations

import attrs
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from .lines import (
    OPEN_WORDS,
    content_range,
    indent_of,
    is_blank,
    line_text,
    match_bare_marker,
    match_marker,
    next_content_line,
    opens_item,
    symbol_bullet,
)
from .numbered import numbered_paragraph
from .wrapping import continues, ends_sentence, too_wide

_MIN_WRAPPED = 30  # characters; a shorter item line is finished, not wrapped
_FINISHED_END = ".!?…:;\"'”’)]"


def _wraps_onto(state: StateBlock, line: int) -> bool:
    """Whether the unmarked ``line`` carries on the item line above it.

    The line above must be long and unfinished: ending on a comma or on a
    word no phrase ends on (``… to $85.20 a`` / ``barrel, its highest…``),
    when the carried-on text may start with a figure or a name; or ending
    without punctuation over a line going on in lower case. A line above
    that merely lacks punctuation proves nothing otherwise: a heading may
    follow a list directly.
    """
    above = line_text(state, line - 1).rstrip()
    if len(above.strip()) < _MIN_WRAPPED or above[-1] in _FINISHED_END:
        return False
    if above[-1] == "," or above.rsplit(None, 1)[-1].lower() in OPEN_WORDS:
        # (not "3. … only if they have been told to" over a longer line
        # opening a sentence: no wrapper breaks before a line it could fill)
        below = line_text(state, line)
        return below.lstrip()[:1].islower() or not too_wide(below, len(above.strip()))
    # "- Applying twice, once for each adult" over "living at the same
    # address.": a line going on in lower case under one that does not end.
    return line_text(state, line).lstrip()[:1].islower()


@attrs.define
class RawItem:
    """One item as the block parser found it (offsets into the prepared text)."""

    indent: int
    """Columns before the marker."""
    ordered: bool
    """Whether the marker is a number."""
    start: int
    """Offset of the marker."""
    content: tuple[int, int]
    """Range of the item text, continuation lines included."""


def _item_at(
    state: StateBlock, line: int, end_line: int, extra: int = 0
) -> tuple[RawItem, int] | None:
    """Read the item starting at ``line``, and the last line it uses.

    A marker alone on its line takes the next line as its text, when that
    line is text and not another item; and the lines after it too, up to
    the next marker alone on its line (``•`` / ``26/01476/FUL – Unit 4`` /
    ``Change of use to gym`` / ``•``), or, where none follows, as many as
    ``extra`` (the most its siblings took), up to a blank line.
    """
    text = line_text(state, line)
    begin = state.bMarks[line]
    marker = match_marker(text)
    if marker is not None:
        content = content_range(state, begin + marker[1], state.eMarks[line])
        item = RawItem(indent_of(state, line), marker[2], begin + marker[0], content)
        return item, line
    bare = match_bare_marker(text)
    if bare is None:
        if symbol_bullet(text) is None:
            return None
        # "✅ Off-peak fares frozen": the symbol stays in the item's text (a
        # tick and a cross say different things).
        start = begin + len(text) - len(text.lstrip(" \t"))
        content = content_range(state, start, state.eMarks[line])
        return RawItem(indent_of(state, line), False, start, content), line
    if line + 1 >= end_line or is_blank(state, line + 1):
        return None
    following = line_text(state, line + 1)
    if match_marker(following) is not None or match_bare_marker(following):
        return None
    last = _lone_item_end(state, line + 1, end_line, extra)
    content = content_range(state, state.bMarks[line + 1], state.eMarks[last])
    ordered = bare.group("marker")[0].isdigit()
    start = begin + bare.start("marker")
    item = RawItem(indent_of(state, line), ordered, start, content)
    return item, last


_MAX_LONE_LINES = 4  # lines after its first that a lone marker's item may take


def _lone_item_end(state: StateBlock, first: int, end_line: int, extra: int) -> int:
    """The last line of the text a lone marker's item takes (see :func:`_item_at`)."""
    after = first + 1
    while (
        after < end_line
        and after - first <= _MAX_LONE_LINES
        and not is_blank(state, after)
        and not opens_item(line_text(state, after))
    ):
        after += 1
    if after < end_line and match_bare_marker(line_text(state, after)):
        return after - 1  # the next lone marker starts the next item
    # The last item takes as many lines as its siblings did, but not the
    # first lines of a paragraph wrapped on past them: "Cut to 3.50%: Miro
    # Vasara and Anja Pellinen" over "Annual consumer price inflation slowed
    # to 2.9% in August from 3.3%" over "in July, …".
    last = min(after - 1, first + extra)
    if last > first and continues(state, last, end_line, joined=False, loose=False):
        run = last  # back to the first line of the run wrapped on past the item
        while run > first and continues(state, run - 1, end_line, joined=False):
            run -= 1
        if run > first:
            last = run - 1
    return last


def number_of(state: StateBlock, start: int) -> int | None:
    """The number of the ordered marker at offset ``start`` (``12`` of ``12.``)."""
    digits = state.src[start : start + 3]
    end = 0
    while end < len(digits) and digits[end].isdigit():
        end += 1
    return int(digits[:end]) if end else None


SECTION_NUMBER = "news_section_number"
"""The ``env`` key of the number of the last numbered heading (``2. Background``)."""


def starts_afresh(
    state: StateBlock, items: list[RawItem], start: int, apart: bool
) -> bool:
    """Whether a numbered line at offset ``start`` is no item of the list ``items``.

    It is not after bullets, nor when its number does not follow the list's
    last one (``2. Rival Claims`` after items numbered 1 to 3; a list numbered
    ``1.`` throughout may repeat its number). Set ``apart`` (by a blank line,
    from a list with none between its items), it is not either when it is
    the next of the article's numbered section headings (``3. Rival Claims``
    after the heading ``2. Background`` and a list numbered 1 and 2).
    """
    number = number_of(state, start)
    if number is None:
        return False
    base = [i for i in items if i.indent == items[0].indent]
    if not base[-1].ordered:
        return True
    numbers = [number_of(state, i.start) for i in base]
    last = numbers[-1]
    if last is None or number == last + 1:
        section = state.env.get(SECTION_NUMBER)
        if section is None or number != int(section) + 1:
            return False
        # the next section heading, set apart by a blank line or marked
        # otherwise than the items ("4. What Each Side Wants" after "3)")
        return apart or _delimiter(state, start) != _delimiter(state, base[-1].start)
    return number != last or len(set(numbers)) > 1


def _delimiter(state: StateBlock, start: int) -> str:
    """The mark after a numbered marker's figures: ``.`` or ``)``."""
    end = start
    while end < len(state.src) and state.src[end].isdigit():
        end += 1
    return state.src[end : end + 1]


def restarts_after_list(state: StateBlock, line: int, start: int) -> bool:
    """Whether a numbered ``line`` (marker at ``start``) starts afresh after a list.

    The list is the block just before it.
    """
    if not state.tokens or state.tokens[-1].type != "list":
        return False
    token = state.tokens[-1]
    items: list[RawItem] = token.meta["items"]
    if not items or token.map is None:
        return False
    first, end = token.map
    tight = not any(is_blank(state, n) for n in range(first, end))
    apart = tight and end < line
    return starts_afresh(state, items, start, apart)


def _list(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    first = _item_at(state, start_line, end_line)
    if first is None:
        return False
    if first[0].start == first[0].content[0] and not _symbol_list(
        state, start_line, end_line
    ):
        return False
    if first[0].ordered and numbered_paragraph(state, start_line):
        return False  # "3. Pilotage is compulsory …" in a judgment: a paragraph
    if silent:
        return True
    ordered = first[0].ordered
    symbol = symbol_bullet(line_text(state, start_line))
    base_indent = first[0].indent
    items: list[RawItem] = []
    line = start_line
    last = start_line
    wrapped = False  # whether the line before was joined to the item by a wrap
    blanks = 0  # blank runs between items so far
    extra = 0  # the most lines a lone marker's item took after its first
    sub_run = False  # bullets flush left under a numbered item are its own
    while line < end_line:
        if is_blank(state, line):
            # A blank line ends the list unless another item follows it.
            after = next_content_line(state, line, end_line)
            if after is None:
                break
            if _item_at(state, after, end_line) is None:
                if not (items and _item_paragraph(state, items[-1], after)):
                    break
                blanks += 1  # "• Quota volumes", blank, "  The Council wants …"
                line = after
                continue
            if symbol is not None and symbol_bullet(line_text(state, after)) != symbol:
                break  # "✅ …" items, a blank line, then "🔹 …" items: two lists
            blanks += 1
            line = after
            continue
        # The first item was read above: it is not read again.
        found = first if line == start_line else _item_at(state, line, end_line, extra)
        if (
            found is not None
            and symbol is None
            and not _symbol_list(state, line, end_line)
        ):
            found = None  # "★★★★ A widow…" under an item describes it
        indent = indent_of(state, line)
        if found is not None and found[0].ordered and numbered_paragraph(state, line):
            break  # the next of a judgment's numbered paragraphs
        if found is not None:
            item, used = found
            if (
                ordered
                and not item.ordered
                and symbol is None
                and indent <= base_indent
                and (sub_run or _sub_items(state, items, line, end_line))
            ):
                # "4. … including:" over "- …" lines flush left, then "5.":
                # the bullets are item 4's own.
                item.indent = base_indent + 1
                sub_run = True
            elif indent <= base_indent and (
                item.ordered != ordered
                or (symbol is None) != (symbol_bullet(line_text(state, line)) is None)
            ):
                break  # bullets after numbers, or symbols (or back): a new list
            else:
                sub_run = False
            if (
                ordered
                and items
                and indent <= base_indent
                and used == line
                and _stands_alone(state, line, end_line)
                and starts_afresh(
                    state,
                    items,
                    item.start,
                    apart=blanks == 1 and is_blank(state, line - 1),
                )
            ):
                break  # "2. Rival Claims" over prose, after items numbered 1 to 3
            items.append(item)
            if used > line + 1:  # a lone marker's item over several lines
                extra = max(extra, used - line - 1)
            last = line = used
            wrapped = False
        elif items and (
            indent > items[-1].indent
            or (
                not _new_sentence_flush(state, line)
                and not _over_table(state, line, end_line)
                and (
                    continues(state, line - 1, end_line, joined=wrapped)
                    or (not wrapped and _wraps_onto(state, line))
                )
            )
        ):
            # An indented line under an item, or a hard-wrapped one, continues it.
            end = content_range(state, state.bMarks[line], state.eMarks[line])[1]
            items[-1].content = (items[-1].content[0], end)
            wrapped = indent <= items[-1].indent
            last = line
        else:
            break
        line += 1
    token = state.push("list", "ul", 0)
    token.map = [start_line, last + 1]
    token.meta = {"ordered": ordered, "items": items}
    state.line = last + 1
    return True


_MAX_SUB_ITEMS = 12


def _sub_items(
    state: StateBlock, items: list[RawItem], line: int, end_line: int
) -> bool:
    """Whether bullets from ``line`` belong to the numbered item above them.

    The item leads into them (its text ends in ``:``) and the numbering goes
    on right after them: chat assistants write a numbered list's sub-items
    flush left.
    """
    if not items or not state.src[slice(*items[-1].content)].rstrip().endswith(":"):
        return False
    for below in range(line, min(end_line, line + _MAX_SUB_ITEMS)):
        text = line_text(state, below)
        marker = match_marker(text)
        if marker is None:
            bare = match_bare_marker(text)
            return bare is not None and bare.group().strip()[:1].isdigit()
        if marker[2]:
            return True  # "5. Meet twice a year" after the bullets
    return False


def _item_paragraph(state: StateBlock, item: RawItem, line: int) -> bool:
    """Whether ``line``, after a blank line, is a paragraph of ``item``'s own.

    In a loose list an item may hold paragraphs set apart by blank lines,
    indented to its text (``• Quota volumes``, blank, ``  The Council wants
    …``), as Markdown writes them; a line indented otherwise is not the
    item's (a paragraph opening with an indent after the list).
    """
    text = item.content[0]
    text_column = text - (state.src.rfind("\n", 0, text) + 1)
    indent = int(state.tShift[line])
    return item.indent < text_column <= indent <= text_column + 1


def _new_sentence_flush(state: StateBlock, line: int) -> bool:
    """Whether an unindented line opens a sentence after an item that ends one.

    ``- it did not compare the spray with injections.`` over ``Regulators
    are expected to review …``: in text wrapped without blank lines the
    story goes on after the list; an item's own next sentence would be
    indented under it.
    """
    return ends_sentence(line_text(state, line - 1).rstrip()) and (
        # (or a quotation: '"When one of us closes its borders, …')
        line_text(state, line).lstrip().lstrip("\"“‘'")[:1].isupper()
    )


def _over_table(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether an unindented line names the table right under it.

    ``Polling at a Glance`` over ``Pollster | Fieldwork | Yes``, after the
    last item: the table's heading, not the item going on.
    """
    if line + 1 >= end_line:
        return False
    text = line_text(state, line)
    return "|" not in text and line_text(state, line + 1).count("|") >= 2


def _symbol_list(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether an item opened by a label or a symbol has a sibling after it.

    An item's label (``(a)``) makes it one on its own; a symbol (``✅``) needs
    the next line to open with a symbol as well, or, past blank lines, with
    the same symbol: one line opened by an emoji is a paragraph, or a
    heading (:mod:`.headings`), or describes the item above it.
    """
    symbol = symbol_bullet(line_text(state, line))
    if symbol is None:
        return True
    following = next_content_line(state, line, end_line)
    if following is None:
        return False
    below = symbol_bullet(line_text(state, following))
    if following == line + 1:
        return below is not None
    return below == symbol  # items apart: the same symbol opens the next one


def _stands_alone(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether the line after ``line`` (blank lines skipped) is text, no item."""
    after = next_content_line(state, line, end_line)
    return after is not None and _item_at(state, after, end_line) is None


def list_plugin(md: MarkdownIt) -> None:
    """Add news lists: markers ``-`` ``*`` ``+`` ``•`` ``–`` ``▸`` ``1.`` ``1)``.

    Items nest by indentation; an indented line without a marker continues
    the item above it, as does a hard-wrapped one; a marker alone on its line
    takes its text from the next line; blank lines between items do not end
    the list. Lists without markers are :mod:`.unmarked`'s.
    """
    md.block.ruler.before("paragraph", "news_list", _list)
