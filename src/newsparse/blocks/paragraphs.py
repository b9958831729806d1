"""Block parse: one line of text is one paragraph."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from .lines import content_range, is_blank

__all__ = ["paragraph_plugin"]


def _paragraph(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if silent:
        return True
    state.line = start_line + 1
    if is_blank(state, start_line):
        return True  # a line of NBSP or zero-width characters holds no block
    token = state.push("paragraph", "p", 0)
    token.map = [start_line, start_line + 1]
    token.meta = {
        "content": content_range(
            state, state.bMarks[start_line], state.eMarks[start_line]
        )
    }
    return True


def paragraph_plugin(md: MarkdownIt) -> None:
    """Replace Markdown's paragraph rule: in news text each line is a paragraph.

    Lazy continuation lines do not exist here, so hard-wrapped text gives one
    paragraph per line.
    """
    md.block.ruler.at("paragraph", _paragraph)
