"""Tree: block tokens → attrs nodes with exact spans, nested into sections."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs
import regex
from markdown_it.token import Token

from .blocks import RawItem
from .nodes import (
    Block,
    Document,
    Heading,
    Item,
    ListBlock,
    Paragraph,
    Section,
    Span,
    Table,
)
from .normalizer import Edit, Normalizer
from .prepare import PreparedText

__all__ = ["build", "running_texts", "split_term"]

# "Crimea: Annexed…" / "Cold War – A stalemate…": a short label, then ": " or " – ".
# The label has at most six words and no sentence punctuation.
_TERM = regex.compile(r"(?P<term>[^\s:–][^:–.!?;]{0,80}?)(?::\s| – )")
_MAX_TERM_WORDS = 6


def split_term(text: str) -> str | None:
    """Return the ``Term`` of a ``Term: description`` item, or ``None``.

    Example:
        >>> split_term("Post-World War I Treaties: the Treaty of Versailles")
        'Post-World War I Treaties'
        >>> split_term("Prices rose: analysts were surprised by how much and how fast.")
        'Prices rose'
        >>> split_term("In 2014, as the war began: nothing") is None
        True
    """
    match = _TERM.match(text)
    if match is None:
        return None
    term = match.group("term").strip()
    if (
        "," in term
        or len(term.split()) > _MAX_TERM_WORDS
        or not text[match.end() :].strip()
    ):
        return None
    return term


class _Builder:
    """Turns one document's tokens into nodes, fixing texts as it goes."""

    def __init__(
        self, source: str, prepared: PreparedText, fixer: Normalizer | None
    ) -> None:
        self.source = source
        self.to_original = prepared.offsets.to_original
        self.fixer = fixer
        self.edits: list[Edit] = []

    def span(self, start: int, end: int) -> Span:
        return Span(self.to_original(start), self.to_original(end))

    def text(
        self, start: int, end: int, *, block_start: bool, unescape: bool = False
    ) -> str:
        """Return the text of a prepared range, normalised when a fixer is set."""
        first, last = self.to_original(start), self.to_original(end)
        raw = self.source[first:last]
        if self.fixer is not None:
            result = self.fixer.explain(raw, block_start=block_start)
            raw = result.text
            self.edits.extend(
                Edit(
                    start=e.start + first,
                    end=e.end + first,
                    before=e.before,
                    after=e.after,
                    rule=e.rule,
                )
                for e in result.edits
            )
        return raw.replace("\\|", "|") if unescape else raw

    def heading(self, token: Token) -> Heading:
        meta = token.meta
        return Heading(
            level=meta["level"],
            text=self.text(*meta["content"], block_start=False),
            span=self.span(*meta["span"]),
        )

    def paragraph(self, token: Token) -> Paragraph:
        start, end = token.meta["content"]
        return Paragraph(
            text=self.text(start, end, block_start=True), span=self.span(start, end)
        )

    def table(self, token: Token) -> Table:
        meta = token.meta
        header = [
            self.text(s, e, block_start=False, unescape=True) for s, e in meta["header"]
        ]
        rows = []
        for cells in meta["rows"]:
            row = [self.text(s, e, block_start=False, unescape=True) for s, e in cells]
            row.extend([""] * (len(header) - len(row)))
            rows.append(tuple(row))
        return Table(
            header=tuple(header), rows=tuple(rows), span=self.span(*meta["span"])
        )

    def list(self, token: Token) -> ListBlock:
        return self.convert(_nest(token.meta["items"]))

    def convert(self, root: _RawList) -> ListBlock:
        """Turn nested raw lists into nodes bottom-up, without recursion."""
        built: dict[int, ListBlock] = {}
        stack: list[tuple[_RawList, bool]] = [(root, False)]
        while stack:
            raw_list, expanded = stack.pop()
            if not expanded:
                stack.append((raw_list, True))
                stack.extend((e.sublist, False) for e in raw_list.entries if e.sublist)
                continue
            items = []
            for entry in raw_list.entries:
                raw, sub = entry.raw, entry.sublist
                kids = (built.pop(id(sub)),) if sub is not None else ()
                end = (
                    max(raw.content[1], sub.end) if sub is not None else raw.content[1]
                )
                text = self.text(*raw.content, block_start=True)
                items.append(
                    Item(
                        text=text,
                        term=split_term(text),
                        span=self.span(raw.start, end),
                        children=kids,
                    )
                )
                raw_list.end = end
            built[id(raw_list)] = ListBlock(
                ordered=raw_list.ordered,
                items=tuple(items),
                span=Span(items[0].span.start, items[-1].span.end),
            )
        return built[id(root)]

    def blocks(self, tokens: Sequence[Token]) -> Iterator[Heading | Block]:
        for token in tokens:
            kind = token.type
            if kind == "paragraph":
                yield self.paragraph(token)
            elif kind == "heading":
                yield self.heading(token)
            elif kind == "list":
                yield self.list(token)
            elif kind == "table":
                yield self.table(token)
            # "hr" tokens are markup only and give no node.


@attrs.define
class _RawEntry:
    raw: RawItem
    sublist: _RawList | None = None


@attrs.define
class _RawList:
    ordered: bool
    indent: int
    entries: list[_RawEntry] = attrs.Factory(list)
    end: int = 0


def _nest(items: Sequence[RawItem]) -> _RawList:
    """Nest a flat run of items by indentation: deeper items join the item above."""
    root = _RawList(items[0].ordered, items[0].indent)
    stack = [root]
    for raw in items:
        while len(stack) > 1 and raw.indent < stack[-1].indent:
            stack.pop()
        top = stack[-1]
        if raw.indent > top.indent and top.entries:
            parent = top.entries[-1]
            if parent.sublist is None:
                parent.sublist = _RawList(raw.ordered, raw.indent)
            top = parent.sublist
            stack.append(top)
        top.entries.append(_RawEntry(raw))
    return root


def _sections(blocks: Iterator[Heading | Block]) -> list[Block]:
    """Open a section at each heading, closing deeper or equal ones first."""
    root: list[Block] = []
    open_: list[tuple[Heading, list[Block]]] = []

    def close() -> None:
        heading, children = open_.pop()
        end = children[-1].span.end if children else heading.span.end
        section = Section(
            heading=heading,
            children=tuple(children),
            span=Span(heading.span.start, end),
        )
        (open_[-1][1] if open_ else root).append(section)

    for block in blocks:
        if isinstance(block, Heading):
            while open_ and open_[-1][0].level >= block.level:
                close()
            open_.append((block, []))
        else:
            (open_[-1][1] if open_ else root).append(block)
    while open_:
        close()
    return root


def running_texts(
    tokens: Sequence[Token], source: str, prepared: PreparedText
) -> list[str]:
    """Return the raw texts of paragraphs and list items (item terms left out).

    These are what the document-level vote learns proper nouns from;
    headings and table cells are left out because they are title-cased.
    """
    to_original = prepared.offsets.to_original
    texts: list[str] = []
    for token in tokens:
        if token.type == "paragraph":
            start, end = token.meta["content"]
            texts.append(source[to_original(start) : to_original(end)])
        elif token.type == "list":
            for raw in token.meta["items"]:
                text = source[to_original(raw.content[0]) : to_original(raw.content[1])]
                term = split_term(text)
                texts.append(text[len(term) :] if term else text)
    return texts


def build(
    tokens: Sequence[Token],
    source: str,
    prepared: PreparedText,
    fixer: Normalizer | None = None,
) -> Document:
    """Build the document tree from block tokens.

    Args:
        tokens: block tokens of ``prepared.text``.
        source: the original input; spans and texts refer to it.
        prepared: the prepared text and its offset map.
        fixer: normalises each text and records its edits; ``None`` keeps
            texts as written.
    """
    builder = _Builder(source, prepared, fixer)
    children = _sections(builder.blocks(tokens))
    edits = sorted(builder.edits, key=lambda e: (e.start, e.start != e.end, e.end))
    return Document(children=children, edits=edits)
