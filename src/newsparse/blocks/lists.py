"""Block parse: bullet and numbered lists, nested by indentation."""

from __future__ import annotations

import attrs
import regex
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from .lines import content_range, indent_of, is_blank, line_text

__all__ = ["RawItem", "list_plugin", "match_marker"]

# A list marker and the space after it: "- ", "* ", "• ", "– ", "▸ ", "1. ", "12) ".
# Not "-5%", not "**Bold**", not "2014. " (more than three digits).
_MARKER = regex.compile(r"[ \t]*(?P<marker>[-*+•–▸▪◦●○‣⁃►]|\d{1,3}[.)])(?:[ \t]+|$)")


def match_marker(text: str) -> tuple[int, int, bool] | None:
    """Find a list marker at the start of ``text``.

    Returns:
        ``(marker_start, content_start, ordered)`` offsets into ``text``, or
        ``None`` when the line is not a list item.

    Example:
        >>> match_marker("  • Crimea: annexed")
        (2, 4, False)
        >>> match_marker("-5% on the day") is None
        True
    """
    match = _MARKER.match(text)
    if match is None or not text[match.end() :].strip():
        return None  # a bare marker with nothing after it is not an item
    return match.start("marker"), match.end(), match.group("marker")[0].isdigit()


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


def _list(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    first = match_marker(line_text(state, start_line))
    if first is None:
        return False
    if silent:
        return True
    ordered = first[2]
    base_indent = indent_of(state, start_line)
    items: list[RawItem] = []
    line = start_line
    last = start_line
    while line < end_line:
        if is_blank(state, line):
            # A blank line ends the list unless another item follows it.
            after = line + 1
            while after < end_line and is_blank(state, after):
                after += 1
            if after >= end_line or match_marker(line_text(state, after)) is None:
                break
            line = after
            continue
        begin = state.bMarks[line]
        marker = match_marker(line_text(state, line))
        indent = indent_of(state, line)
        if marker is not None:
            if indent <= base_indent and marker[2] != ordered:
                break  # bullets after numbers (or back) start a new list
            content = content_range(state, begin + marker[1], state.eMarks[line])
            items.append(RawItem(indent, marker[2], begin + marker[0], content))
        elif items and indent > items[-1].indent:
            # An indented line under an item continues that item's text.
            end = content_range(state, begin, state.eMarks[line])[1]
            items[-1].content = (items[-1].content[0], end)
        else:
            break
        last = line
        line += 1
    token = state.push("list", "ul", 0)
    token.map = [start_line, last + 1]
    token.meta = {"ordered": ordered, "items": items}
    state.line = last + 1
    return True


def list_plugin(md: MarkdownIt) -> None:
    """Add news lists: markers ``-`` ``*`` ``+`` ``•`` ``–`` ``▸`` ``1.`` ``1)``.

    Items nest by indentation; an indented line without a marker continues
    the item above it; blank lines between items do not end the list.
    """
    md.block.ruler.before("paragraph", "news_list", _list)
