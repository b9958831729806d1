"""Tree: block tokens → attrs nodes with exact spans, nested into sections."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

import attrs
import regex
from markdown_it.token import Token

from .blocks import RawItem
from .nodes import (
    MAX_TERM_WORDS,
    Block,
    Boilerplate,
    Document,
    Heading,
    Item,
    ListBlock,
    Paragraph,
    Section,
    Span,
    Table,
    split_term,
)
from .normalizer import Edit
from .options import ParseOptions
from .prepare import PreparedText

__all__ = ["RawBlock", "build", "compact", "text_ranges"]


class RawBlock(NamedTuple):
    """A block token cut down to its type and meta (see :func:`compact`)."""

    type: str
    meta: dict[Any, Any]


def compact(tokens: Iterable[Token]) -> list[RawBlock]:
    """Keep of each token only what the tree needs, and drop markup (``hr``).

    A markdown-it token holds a dozen fields; between the block parse and
    the tree, a large document's tokens are held this much smaller.
    """
    return [RawBlock(t.type, t.meta) for t in tokens if t.type != "hr"]


class _Builder:
    """Turns one document's tokens into nodes."""

    def __init__(
        self,
        prepared: PreparedText,
        fixed: dict[tuple[int, int], str] | None,
        max_list_depth: int,
    ) -> None:
        self.prepared = prepared.text
        self.max_list_depth = max(1, max_list_depth)
        self.to_original = prepared.offsets.to_original
        self.identity = not prepared.offsets.starts
        self.fixed = fixed

    def span(self, start: int, end: int) -> Span:
        if self.identity:  # the input needed no preparing
            return Span(start, end)
        return Span(self.to_original(start), self.to_original(end))

    def text(self, start: int, end: int, *, unescape: bool = False) -> str:
        """Return the (normalised, when given) text of a prepared range."""
        if self.fixed is not None:
            raw = self.fixed[start, end]
        else:
            raw = self.prepared[start:end]
        return raw.replace("\\|", "|") if unescape else raw

    def term(self, raw: RawItem, text: str) -> str | None:
        """The item's ``Term:`` label, or its first line when that is a label."""
        found = split_term(text)
        if found is None:
            found = _line_term(self.prepared[raw.content[0] : raw.content[1]], text)
        return found

    def heading(self, token: RawBlock) -> Heading:
        meta = token.meta
        return Heading(
            level=meta["level"],
            text=self.text(*meta["content"]),
            span=self.span(*meta["span"]),
        )

    def paragraph(self, token: RawBlock) -> Paragraph:
        start, end = token.meta["content"]
        return Paragraph(text=self.text(start, end), span=self.span(start, end))

    def boilerplate(self, token: RawBlock) -> Boilerplate:
        start, end = token.meta["content"]
        return Boilerplate(
            kind=token.meta["kind"],
            text=self.prepared[start:end],  # never normalised
            span=self.span(start, end),
        )

    def table(self, token: RawBlock) -> Table:
        meta = token.meta
        header = [self.text(s, e, unescape=True) for s, e in meta["header"]]
        rows = []
        for cells in meta["rows"]:
            row = [self.text(s, e, unescape=True) for s, e in cells]
            row.extend([""] * (len(header) - len(row)))
            rows.append(tuple(row))
        return Table(
            header=tuple(header),
            rows=tuple(rows),
            span=self.span(*meta["span"]),
            row_spans=tuple(self.span(*r) for r in meta["row_spans"]),
        )

    def list(self, token: RawBlock) -> ListBlock:
        return self.convert(_nest(token.meta["items"], self.max_list_depth))

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
                text = self.text(*raw.content)
                items.append(
                    Item(
                        text=text,
                        term=self.term(raw, text),
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

    def blocks(self, tokens: Sequence[RawBlock]) -> Iterator[Heading | Block]:
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
            elif kind == "boilerplate":
                yield self.boilerplate(token)
            # "hr" tokens are markup only and give no node.


def _line_term(raw: str, text: str) -> str | None:
    """The label of an item whose first line is a label and the next its text.

    ``- Main Avenue`` over an indented ``Closed from 6:00am.`` has the term
    ``Main Avenue``. The description must start with a capital or a digit;
    lower case would be the label's own sentence wrapping on.
    """
    first, newline, rest = raw.partition("\n")
    label = " ".join(first.split())
    rest = rest.lstrip()
    if not newline or not label or not (rest[:1].isupper() or rest[:1].isdigit()):
        return None
    if len(label.split()) > MAX_TERM_WORDS or label[-1] in ".,;:!?…":
        return None
    term = text[: len(label)]
    return term if term.casefold() == label.casefold() else None


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


def _nest(items: Sequence[RawItem], max_depth: int) -> _RawList:
    """Nest a flat run of items by indentation: deeper items join the item above.

    Below ``max_depth`` levels, deeper items join the deepest list instead.
    """
    root = _RawList(items[0].ordered, items[0].indent)
    stack = [root]
    for raw in items:
        while len(stack) > 1 and raw.indent < stack[-1].indent:
            stack.pop()
        top = stack[-1]
        if raw.indent > top.indent and top.entries and len(stack) < max_depth:
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


def text_ranges(
    tokens: Sequence[RawBlock],
    source: str,
    ordinary: Callable[[str], bool] | None = None,
) -> tuple[list[tuple[int, int]], list[bool], list[bool]]:
    """Return the range of every text the tree will hold, in reading order.

    Also returns, for each, whether it is running text (a paragraph or an
    item, not a heading or cell), and whether its first letter starts a
    sentence: every paragraph's does, and every item's but those of a list
    of fragments under a heading or a lead-in ending in ``:`` (see
    :func:`_fragments`; ``ordinary`` tells an ordinary word, in lower case,
    from a name).
    """
    ranges: list[tuple[int, int]] = []
    running: list[bool] = []
    starts: list[bool] = []
    lead_in = False  # the last block is a heading or a paragraph ending in ":" or "?"
    broken = False  # the last paragraph broke off mid-sentence
    furniture = False  # page furniture has come since it
    for token in tokens:
        meta = token.meta
        if token.type == "boilerplate":
            furniture = True
            continue
        if token.type in ("paragraph", "heading"):
            start, end = meta["content"]
            ranges.append((start, end))
            running.append(token.type == "paragraph")
            # A sentence broken by the page's footer and the next page's
            # header goes on in lower case ("… before the" / "Page 4" /
            # "inquiry closed."): no sentence starts there.
            starts.append(
                token.type == "paragraph"
                and not (broken and furniture and source[start : start + 1].islower())
            )
            # ("Who is most at risk?" over "– people aged 65 and over")
            lead_in = token.type == "heading" or source[start:end].rstrip().endswith(
                (":", "?")
            )
        elif token.type == "list":
            items: list[RawItem] = meta["items"]
            ranges.extend(raw.content for raw in items)
            running.extend([True] * len(items))
            starts.extend(_item_starts(source, items, lead_in, ordinary))
        elif token.type == "table":
            for row in (meta["header"], *meta["rows"]):
                ranges.extend(row)
                running.extend([False] * len(row))
                starts.extend([False] * len(row))
        if token.type != "hr":
            broken = token.type == "paragraph" and _breaks_off(source, meta["content"])
            furniture = False
    return ranges, running, starts


def _breaks_off(source: str, content: tuple[int, int]) -> bool:
    """Whether a paragraph's text stops mid-sentence: a letter or a comma last."""
    last = source[content[0] : content[1]].rstrip()[-1:]
    return last.isalpha() or last == ","


def _item_starts(
    source: str,
    items: Sequence[RawItem],
    lead_in: bool,
    ordinary: Callable[[str], bool] | None,
) -> list[bool]:
    """Whether each item's first letter starts a sentence (see :func:`_fragments`).

    The items are judged a group of siblings at a time: the top ones under
    the lead-in above the list, each sub-list under its parent item, which
    leads in when it ends in ``:`` or as no sentence does (``• Radiator
    panels`` over ``– most useful on outside walls``).
    """
    parents: list[int] = []  # the open items, outermost first
    groups: dict[int, list[int]] = {}  # parent (-1: the list) -> its items
    for index, item in enumerate(items):
        while parents and items[parents[-1]].indent >= item.indent:
            parents.pop()
        groups.setdefault(parents[-1] if parents else -1, []).append(index)
        parents.append(index)
    starts = [True] * len(items)
    for parent, members in groups.items():
        if parent < 0:
            leads = lead_in
        else:
            text = source[slice(*items[parent].content)].rstrip()
            # ("1) Was the damage caused by beavers?" over "- a dam must …")
            leads = text.endswith((":", "?")) or _SENTENCE_END.search(text) is None
        contents = [items[i].content for i in members]
        if (leads and _fragments(source, contents, ordinary)) or (
            parent >= 0 and _all_fragments(source, contents)
        ):
            for index in members:
                starts[index] = False
    return starts


_SENTENCE_END = regex.compile(r"[.!?…][\"'”’)\]]*\s*$")


def _fragments(
    source: str,
    items: Sequence[tuple[int, int]],
    ordinary: Callable[[str], bool] | None = None,
) -> bool:
    """Whether the items of a list under a lead-in or a heading are fragments.

    ``You will need:`` over ``- a passport valid for six months`` / ``- a
    return ticket``: when more of the items start in lower case than with a
    capital and at least half end as no sentence does (``;``, ``, or``, no
    stop at all), their lower case is the writer's style, not lost capitals;
    a lower-case item among sentences (``- establishing trust: …``) or
    beside as many capitalised ones is not. An item opening with a name
    (``Ashby Cross, south of …``, ``Parmesan, grated``: two capitals, or a
    word ``ordinary`` does not know) says nothing of the style: ``- Parmesan,
    grated`` over ``- your best olive oil`` are fragments.
    """
    lower = upper = ended = 0
    for start, end in items:
        text = source[start:end].lstrip()
        first = text[:1]
        lower += first.islower()
        upper += first.isupper() and not _opens_with_name(text, ordinary)
        ended += _ended(text)
    return lower > upper and 2 * ended <= len(items)


def _all_fragments(source: str, items: Sequence[tuple[int, int]]) -> bool:
    """Whether the items of a sub-list are all fragments, whatever is above.

    Two items or more, each in lower case and none ending as a sentence does
    (``- no naval vessels may enter the lane`` / ``- coast-guard cutters
    may escort ships``): the writer's style, even under an item that is a
    sentence.
    """
    if len(items) < 2:
        return False
    for start, end in items:
        text = source[start:end].strip()
        if not text[:1].islower() or _ended(text):
            return False
    return True


def _ended(text: str) -> bool:
    """Whether an item's text ends as a sentence does (not ``from 10 a.m.``)."""
    return _SENTENCE_END.search(text) is not None and _TIME_END.search(text) is None


_TIME_END = regex.compile(r"\d[ \t]*[ap]\.m\.$")


def _opens_with_name(text: str, ordinary: Callable[[str], bool] | None) -> bool:
    """Whether a capitalised item opens with a name, not a capital of style.

    ``The Pest embankment`` opens with a capital of style: an article or a
    possessive before a name is no part of it.
    """
    words = text.split(None, 2)
    word = words[0].strip(_WORD_MARKS).lower()
    if word in _DETERMINERS:
        return False
    if len(words) > 1 and words[1][:1].isupper():
        return True  # "Lower Wendham, including …", "Ashby Cross"
    return ordinary is not None and word.isalpha() and not ordinary(word)


_WORD_MARKS = ".,;:!?\"'“”‘’()"
_DETERMINERS = frozenset(
    "the a an this that these those our your their its his her my".split()  # noqa: SIM905
)


def build(
    tokens: Sequence[RawBlock],
    prepared: PreparedText,
    fixed: dict[tuple[int, int], str] | None = None,
    edits: Sequence[Edit] = (),
    options: ParseOptions | None = None,
) -> Document:
    """Build the document tree from block tokens.

    Args:
        tokens: block tokens of ``prepared.text``.
        prepared: the prepared text, its offset map (spans are mapped to the
            original input) and its repairs.
        fixed: normalised texts keyed by their prepared range (see
            :func:`text_ranges`); ``None`` keeps the prepared texts.
        edits: the normalisation edits, with offsets into the original input.
        options: the parser's switches (the list depth limit).
    """
    depth = (options or ParseOptions()).max_list_depth
    builder = _Builder(prepared, fixed, depth)
    children = _sections(builder.blocks(tokens))
    return Document(children=children, edits=edits, repairs=prepared.repairs)
