"""Block parse: a paragraph is one line, or a run of hard-wrapped lines."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from .lines import content_range, is_blank
from .wrapping import continues

__all__ = ["paragraph_plugin"]


def _paragraph(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if silent:
        return True
    if is_blank(state, start_line):
        state.line = start_line + 1
        return True  # a line of NBSP or zero-width characters holds no block
    last = start_line
    while continues(state, last, end_line, joined=last > start_line):
        last += 1
    state.line = last + 1
    token = state.push("paragraph", "p", 0)
    token.map = [start_line, last + 1]
    token.meta = {
        "content": content_range(state, state.bMarks[start_line], state.eMarks[last])
    }
    return True


def paragraph_plugin(md: MarkdownIt) -> None:
    """Replace Markdown's paragraph rule: in news text each line is a paragraph.

    The exception is hard-wrapped text (see :mod:`.wrapping`): a run of full
    lines breaking mid-sentence is one paragraph. Its text keeps the line
    breaks; normalisation turns each into one space.
    """
    md.block.ruler.at("paragraph", _paragraph)
