"""Block parse: bullet and numbered lists, nested by indentation."""

from __future__ import annotations

import attrs
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from .lines import (
    content_range,
    indent_of,
    is_blank,
    line_text,
    match_bare_marker,
    match_marker,
)
from .wrapping import continues

# Words a phrase cannot end on: a line ending on one breaks mid-sentence.
_OPEN_WORDS = frozenset(
    """a an the to of at in on for and or but by with from as than into per
    about after before between over under via""".split()  # noqa: SIM905
)
_MIN_WRAPPED = 30  # characters; a shorter item line is finished, not wrapped
_FINISHED_END = ".!?…:;\"'”’)]"


def _wraps_onto(state: StateBlock, line: int) -> bool:
    """Whether the unmarked ``line`` carries on the item line above it.

    The line above must be long and unfinished: ending on a comma or on a
    word no phrase ends on (``… to $85.20 a`` / ``barrel, its highest…``).
    The case of the carried-on text does not matter (a figure or a name may
    start it). A line above that merely lacks punctuation proves nothing: a
    heading may follow a list directly.
    """
    above = line_text(state, line - 1).rstrip()
    if len(above.strip()) < _MIN_WRAPPED or above[-1] in _FINISHED_END:
        return False
    return above[-1] == "," or above.rsplit(None, 1)[-1].lower() in _OPEN_WORDS


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


def _item_at(state: StateBlock, line: int, end_line: int) -> tuple[RawItem, int] | None:
    """Read the item starting at ``line``, and the last line it uses.

    A marker alone on its line takes the next line as its text, when that
    line is text and not another item.
    """
    text = line_text(state, line)
    begin = state.bMarks[line]
    marker = match_marker(text)
    if marker is not None:
        content = content_range(state, begin + marker[1], state.eMarks[line])
        item = RawItem(indent_of(state, line), marker[2], begin + marker[0], content)
        return item, line
    bare = match_bare_marker(text)
    if bare is None or line + 1 >= end_line or is_blank(state, line + 1):
        return None
    following = line_text(state, line + 1)
    if match_marker(following) is not None or match_bare_marker(following):
        return None
    content = content_range(state, state.bMarks[line + 1], state.eMarks[line + 1])
    ordered = bare.group("marker")[0].isdigit()
    start = begin + bare.start("marker")
    item = RawItem(indent_of(state, line), ordered, start, content)
    return item, line + 1


def _list(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    first = _item_at(state, start_line, end_line)
    if first is None:
        return False
    if silent:
        return True
    ordered = first[0].ordered
    base_indent = first[0].indent
    items: list[RawItem] = []
    line = start_line
    last = start_line
    wrapped = False  # whether the line before was joined to the item by a wrap
    while line < end_line:
        if is_blank(state, line):
            # A blank line ends the list unless another item follows it.
            after = line + 1
            while after < end_line and is_blank(state, after):
                after += 1
            if after >= end_line or _item_at(state, after, end_line) is None:
                break
            line = after
            continue
        found = _item_at(state, line, end_line)
        indent = indent_of(state, line)
        if found is not None:
            item, used = found
            if indent <= base_indent and item.ordered != ordered:
                break  # bullets after numbers (or back) start a new list
            items.append(item)
            last = line = used
            wrapped = False
        elif items and (
            indent > items[-1].indent
            or continues(state, line - 1, end_line, joined=wrapped)
            or (not wrapped and _wraps_onto(state, line))
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


_MAX_BARE = 80  # characters; a longer line is prose, not an item without a marker
_MIN_BARE = 2  # lines; one line under a label is a paragraph
_MIN_INTRO_WORDS = 3  # "Key races to watch:", not a speaker's "MINISTER:"


def _bare_item(text: str) -> bool:
    """Whether a line may be a list item that lost its marker.

    Short, starting with a capital or a figure, not itself a label (``:``),
    a table row or a marked item, and not breaking off mid-phrase (``,``,
    ``… of the``), which would be a hard-wrapped sentence.
    """
    if not text or len(text) > _MAX_BARE or "|" in text or text[-1] in ":,;":
        return False
    if not (text[0].isupper() or text[0].isdigit()) or match_marker(text):
        return False
    return text.rsplit(None, 1)[-1].lower() not in _OPEN_WORDS


def _bare_list(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """Lines that lost their markers, right under a line that introduces them.

    ``The union listed three demands:`` over ``Restoration of the subsidy``,
    ``A 30% rise in the minimum wage`` …: each line up to the next blank line
    is an item, provided every one of them may be one (:func:`_bare_item`)
    and there are at least :data:`_MIN_BARE`. Such lines would otherwise be
    read as headings or paragraphs.
    """
    if start_line == 0:
        return False
    intro = line_text(state, start_line - 1).rstrip()
    if not intro.endswith(":") or len(intro.split(None, 2)) < _MIN_INTRO_WORDS:
        return False
    line = start_line
    while line < end_line and not is_blank(state, line):
        if not _bare_item(line_text(state, line).strip()):
            return False
        line += 1
    if line - start_line < _MIN_BARE:
        return False
    if silent:
        return True
    items = []
    for number in range(start_line, line):
        content = content_range(state, state.bMarks[number], state.eMarks[number])
        items.append(RawItem(indent_of(state, number), False, content[0], content))
    token = state.push("list", "ul", 0)
    token.map = [start_line, line]
    token.meta = {"ordered": False, "items": items}
    state.line = line
    return True


def list_plugin(md: MarkdownIt) -> None:
    """Add news lists: markers ``-`` ``*`` ``+`` ``•`` ``–`` ``▸`` ``1.`` ``1)``.

    Items nest by indentation; an indented line without a marker continues
    the item above it, as does a hard-wrapped one; a marker alone on its line
    takes its text from the next line; blank lines between items do not end
    the list. Lines that lost their markers, under a line ending in ``:``,
    are a list too (before the heading rule, which would take them).
    """
    md.block.ruler.before("paragraph", "news_list", _list)
    md.block.ruler.before("news_heading", "news_bare_list", _bare_list)
