"""Block parse: markdown-it-py configured with the news conventions as block rules.

:func:`make_parser` lists the preset and the plugins in the order they run.
Each plugin pushes one token per block, whose ``map`` gives its lines and
whose ``meta`` gives character ranges into the prepared text.
"""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..options import ParseOptions
from .boilerplate import boilerplate_plugin
from .furniture import memo_scope
from .headings import heading_plugin
from .lines import LINES, split_lines
from .lists import RawItem, list_plugin
from .paragraphs import paragraph_plugin, prose_plugin
from .tables import table_plugin
from .unmarked import unmarked_list_plugin

__all__ = ["RawItem", "make_parser", "tokenize"]


@lru_cache(maxsize=8)
def make_parser(options: ParseOptions) -> MarkdownIt:
    """Build the block parser: the ``zero`` preset, thematic breaks, then news rules.

    Rules run in this order: long prose lines (a fast path that changes no
    result), thematic break (``---``, dropped as markup), boilerplate (when
    switched on), table, heading, list, paragraph.
    """
    md = MarkdownIt("zero").enable("hr")
    prose_plugin(md, options.boilerplate)  # a fast path: long plain lines
    if options.boilerplate:
        boilerplate_plugin(md)  # first: "Published: 3 May" must not be a heading
    table_plugin(md)
    heading_plugin(md, options)  # before lists: "2. Background" may be a heading
    list_plugin(md)
    unmarked_list_plugin(md)  # before headings too: "Key facts:" + lines
    paragraph_plugin(md, options.boilerplate)
    return md


def tokenize(text: str, options: ParseOptions | None = None) -> list[Token]:
    """Return the block tokens of prepared ``text`` (line breaks must be ``\\n``)."""
    md = make_parser(options or ParseOptions())
    tokens: list[Token] = []
    with memo_scope():
        md.block.parse(text, md, {LINES: split_lines(text)}, tokens)
    return tokens
