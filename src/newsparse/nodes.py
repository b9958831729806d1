"""Tree: the frozen attrs node classes a parsed document is made of."""

from __future__ import annotations

import csv
import importlib
import io
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs
import regex

if TYPE_CHECKING:
    from .extract import Metadata, QuestionAnswer
    from .normalizer import Edit

__all__ = [
    "Block",
    "Boilerplate",
    "Document",
    "Heading",
    "Item",
    "ListBlock",
    "Node",
    "Paragraph",
    "Section",
    "Span",
    "Table",
    "split_term",
]


def _blocks(values: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(values)


def _items(values: Iterable[Item]) -> tuple[Item, ...]:
    return tuple(values)


def _cells(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _rows(values: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(row) for row in values)


def _spans(values: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(values)


def _edits(values: Iterable[Edit]) -> tuple[Edit, ...]:
    return tuple(values)


def _check_span(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if instance.start < 0 or instance.end < instance.start:
        msg = f"invalid span [{instance.start}, {instance.end}]: need 0 <= start <= end"
        raise ValueError(msg)


# "Crimea: Annexed…" / "Cold War – A stalemate…": a short label, then ": " or " – ".
# The label has at most six words and no sentence punctuation.
_TERM_REACH = 80
_TERM = regex.compile(rf"(?P<term>[^\s:–][^:–.!?;]{{0,{_TERM_REACH}}}?)(?::\s| – )")
MAX_TERM_WORDS = 6


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
    head = text[: _TERM_REACH + 4]  # the colon or dash must come this early
    if ":" not in head and "–" not in head:
        return None  # most texts: no need to run the pattern
    match = _TERM.match(text)
    if match is None:
        return None
    term = match.group("term").strip()
    if (
        "," in term
        or len(term.split()) > MAX_TERM_WORDS
        or not text[match.end() :].strip()
    ):
        return None
    return term


@attrs.frozen
class Span:
    """Half-open character range ``[start, end)`` into the original input string.

    ``text[span.start:span.end]`` is the raw source of the node that owns it.

    Example:
        >>> Span(4, 9).slice("the quick brown fox")
        'quick'
    """

    start: int
    """Offset of the first character (a Python ``str`` index)."""
    end: int = attrs.field(validator=_check_span)
    """Offset one past the last character."""

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        """Return the number of characters covered."""
        return self.end - self.start


@attrs.frozen(kw_only=True)
class Heading:
    """A heading line: Markdown ``#``, setext, ``**bold**`` or a plain short line."""

    type: ClassVar[str] = "heading"
    level: int
    """1 (title) to 6; plain-text and bold headings are 2 unless they open the text."""
    text: str
    """The heading text without markup."""
    span: Span
    """Source range of the heading line(s), markup included."""


@attrs.frozen(kw_only=True)
class Paragraph:
    """One paragraph of running text (in news text: usually one line)."""

    type: ClassVar[str] = "paragraph"
    text: str
    """The paragraph text."""
    span: Span
    """Source range of the paragraph."""


@attrs.frozen(kw_only=True)
class Boilerplate:
    """A line or run of lines around the content: byline, date, share links.

    Kept in the tree so no text is lost, and typed so it can be dropped:
    see :meth:`Document.without_boilerplate`. ``kind`` is one of
    ``byline``, ``date``, ``navigation``, ``tags``, ``share``, ``related``,
    ``source``, ``caption``, ``copyright``, ``advert``, ``contact``,
    ``release``, ``reading_time``, ``notice`` (disclaimers, editor's notes)
    and ``references``.
    """

    type: ClassVar[str] = "boilerplate"
    kind: str
    """What the line is (see the class description)."""
    text: str
    """The text as written, line breaks kept; it is never normalised."""
    span: Span
    """Source range of the line(s)."""


@attrs.frozen(kw_only=True)
class Item:
    """One list item; ``term`` is set for ``Term: description`` items."""

    type: ClassVar[str] = "item"
    text: str
    """The item text without its marker, term included."""
    term: str | None
    """The label of ``Term: …`` or ``Term – …`` items, else ``None``."""
    span: Span
    """Source range from the marker to the end of the item, sub-lists included."""
    children: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    """Nested blocks, usually sub-lists."""

    @property
    def description(self) -> str:
        """The text after the term and its separator, or the whole text.

        Example:
            >>> Item(text="Crimea: Annexed in 2014.", term="Crimea",
            ...      span=Span(0, 26)).description
            'Annexed in 2014.'
        """
        if self.term is None:
            return self.text
        rest = self.text[len(self.term) :]
        return rest.lstrip().removeprefix(":").removeprefix("–").strip()


@attrs.frozen(kw_only=True)
class ListBlock:
    """A bullet or numbered list."""

    type: ClassVar[str] = "list"
    ordered: bool
    """True for ``1.`` / ``1)`` lists."""
    items: tuple[Item, ...] = attrs.field(converter=_items)
    """The items in order."""
    span: Span
    """Source range of the whole list."""


@attrs.frozen(kw_only=True)
class Table:
    """A pipe table.

    Rows shorter than the header are padded with empty cells so every
    column can be looked up; cells beyond the header's width are kept
    (text is never dropped) but are not reachable through :meth:`records`.
    """

    type: ClassVar[str] = "table"
    header: tuple[str, ...] = attrs.field(converter=_cells)
    """The header cells."""
    rows: tuple[tuple[str, ...], ...] = attrs.field(converter=_rows)
    """The body rows, each a tuple of cells."""
    span: Span
    """Source range of the table, delimiter row included."""
    row_spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    """Source range of each body row (empty for tables built by hand)."""

    def records(self) -> list[dict[str, str]]:
        """Return one ``{header: cell}`` dict per row.

        Example:
            >>> t = Table(header=("Issue", "Stance"), rows=[("Tariffs", "Opposed")],
            ...           span=Span(0, 10))
            >>> t.records()
            [{'Issue': 'Tariffs', 'Stance': 'Opposed'}]
        """
        return [dict(zip(self.header, row, strict=False)) for row in self.rows]

    def column(self, name: str) -> list[str]:
        """Return the cells of the column whose header is ``name`` (case-insensitive).

        Raises:
            KeyError: no header cell matches ``name``.
        """
        wanted = name.casefold()
        for index, cell in enumerate(self.header):
            if cell.casefold() == wanted:
                return [row[index] if index < len(row) else "" for row in self.rows]
        msg = f"no column {name!r}; the header is {list(self.header)!r}"
        raise KeyError(msg)

    def to_csv(self) -> str:
        r"""Return the table as CSV text: the header, then one line per row.

        Lines end in ``\n``; cells are quoted where CSV needs it.

        Example:
            >>> Table(header=("A", "B"), rows=[("1", "x, y")], span=Span(0, 1)).to_csv()
            'A,B\n1,"x, y"\n'
        """
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(self.header)
        writer.writerows(self.rows)
        return buffer.getvalue()

    def to_jsonl(self) -> str:
        """Return the table as JSON Lines: one ``{header: cell}`` object per row.

        Example:
            >>> Table(header=("A", "B"), rows=[("1", "é")], span=Span(0, 1)).to_jsonl()
            '{"A": "1", "B": "é"}\\n'
        """
        return "".join(
            json.dumps(record, ensure_ascii=False) + "\n" for record in self.records()
        )

    def to_pandas(self) -> Any:
        """Return the table as a ``pandas.DataFrame`` (needs the ``pandas`` extra).

        Cells beyond the header's width are dropped; the header names the
        columns (duplicates are kept as pandas allows).

        Raises:
            ImportError: pandas is not installed.
        """
        try:
            pandas = importlib.import_module("pandas")  # optional, loaded on use
        except ImportError as exc:
            msg = "Table.to_pandas() needs pandas: pip install 'newsparse[pandas]'"
            raise ImportError(msg) from exc
        width = len(self.header)
        return pandas.DataFrame(
            [row[:width] for row in self.rows], columns=list(self.header)
        )


@attrs.frozen(kw_only=True)
class Section:
    """A heading and the blocks up to the next heading of the same or a higher level."""

    type: ClassVar[str] = "section"
    heading: Heading
    """The heading that opens the section."""
    children: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    """Blocks under the heading, deeper sections included."""
    span: Span
    """From the heading's start to the end of the last child."""

    @property
    def title(self) -> str:
        """The heading text."""
        return self.heading.text


Block = Union[Paragraph, ListBlock, Table, Section, Boilerplate]  # noqa: UP007
"""Any node that can stand in a document's or a section's ``children``."""

Node = Union[Section, Heading, Paragraph, ListBlock, Item, Table, Boilerplate]  # noqa: UP007
"""Any node of the tree below the document."""


def _walk(blocks: tuple[Block, ...]) -> Iterator[Node]:
    # Iterative depth-first walk: deep nesting must not hit the recursion limit.
    stack: list[Iterator[Block] | Iterator[Item]] = [iter(blocks)]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            continue
        yield node
        if isinstance(node, Section):
            yield node.heading
            stack.append(iter(node.children))
        elif isinstance(node, ListBlock):
            stack.append(iter(node.items))
        elif isinstance(node, Item):
            stack.append(iter(node.children))


def _drop_boilerplate(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    kept: list[Block] = []
    for block in blocks:
        if isinstance(block, Section):
            children = _drop_boilerplate(block.children)
            kept.append(attrs.evolve(block, children=children))
        elif not isinstance(block, Boilerplate):
            kept.append(block)
    return tuple(kept)


@attrs.frozen(kw_only=True)
class Document:
    """A parsed article: blocks before the first heading, then sections."""

    type: ClassVar[str] = "document"
    schema: ClassVar[str] = "newsparse/1"
    children: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    """Top-level blocks and sections in reading order."""
    edits: tuple[Edit, ...] = attrs.field(default=(), converter=_edits)
    """Every normalisation edit, with spans into the original input."""
    repairs: tuple[Edit, ...] = attrs.field(default=(), converter=_edits)
    """Repairs made before parsing, with spans into the original input:
    escaped line breaks (``literal_newline``) and ``mojibake``. A repair inside
    a normalisation edit is folded into it (``mojibake+whitespace``), so the
    two never overlap: applying both to the input gives the repaired and
    normalised article, from which each node's text is cut."""

    def walk(self) -> Iterator[Node]:
        """Yield every node depth-first in reading order (sections, items too)."""
        return _walk(self.children)

    def blocks(self) -> Iterator[Heading | Paragraph | ListBlock | Table]:
        """Yield headings, paragraphs, lists (nested too) and tables in order."""
        for node in self.walk():
            if isinstance(node, (Heading, Paragraph, ListBlock, Table)):
                yield node

    def headings(self) -> list[Heading]:
        """Return all headings in reading order."""
        return [n for n in self.walk() if isinstance(n, Heading)]

    def paragraphs(self) -> list[Paragraph]:
        """Return all paragraphs in reading order."""
        return [n for n in self.walk() if isinstance(n, Paragraph)]

    def lists(self) -> list[ListBlock]:
        """Return all lists, nested ones included, in reading order."""
        return [n for n in self.walk() if isinstance(n, ListBlock)]

    def tables(self) -> list[Table]:
        """Return all tables in reading order."""
        return [n for n in self.walk() if isinstance(n, Table)]

    def sections(self) -> list[Section]:
        """Return all sections, nested ones included, in reading order."""
        return [n for n in self.walk() if isinstance(n, Section)]

    def boilerplate(self) -> list[Boilerplate]:
        """Return the boilerplate blocks (bylines, dates, share links…) in order."""
        return [n for n in self.walk() if isinstance(n, Boilerplate)]

    def without_boilerplate(self) -> Document:
        """Return a copy of the document with every boilerplate block removed.

        Example:
            >>> from newsparse import parse
            >>> doc = parse("By Ana Ruiz\\nShare this article\\nThe talks ended.")
            >>> [b.type for b in doc.children]
            ['boilerplate', 'boilerplate', 'paragraph']
            >>> [b.type for b in doc.without_boilerplate().children]
            ['paragraph']
        """
        return attrs.evolve(self, children=_drop_boilerplate(self.children))

    @property
    def title(self) -> str | None:
        """The text of a level-1 heading that opens the document, if any.

        Boilerplate before it (navigation, a byline) does not count.
        """
        content = (c for c in self.children if not isinstance(c, Boilerplate))
        first = next(content, None)
        if isinstance(first, Section) and first.heading.level == 1:
            return first.heading.text
        return None

    @property
    def metadata(self) -> Metadata:
        """Title, byline, date, dateline, source and citation markers of the page.

        See :func:`newsparse.extract_metadata`.
        """
        from .extract import extract_metadata

        return extract_metadata(self)

    def faq(self) -> list[QuestionAnswer]:
        """Return the question–answer pairs (see :func:`newsparse.extract_faq`)."""
        from .extract import extract_faq

        return extract_faq(self)

    def section(self, heading: str) -> Section | None:
        """Find the first section whose heading matches ``heading``.

        An exact case-insensitive match wins; otherwise the first heading that
        contains ``heading`` (case-insensitive); otherwise ``None``.
        """
        wanted = heading.casefold().strip()
        sections = self.sections()
        for sec in sections:
            if sec.heading.text.casefold() == wanted:
                return sec
        for sec in sections:
            if wanted in sec.heading.text.casefold():
                return sec
        return None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready ``newsparse/1`` dict of this document."""
        from .serialize import to_dict

        return to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict` output (the exact inverse).

        Raises:
            SchemaError: ``data`` is not a valid ``newsparse/1`` tree.
        """
        from .serialize import from_dict

        return from_dict(data)

    def to_json(self, *, indent: int | None = None) -> str:
        """Return the ``newsparse/1`` tree as a JSON string."""
        from .serialize import to_json

        return to_json(self, indent=indent)

    def to_markdown(self) -> str:
        """Render the tree as clean Markdown."""
        from .serialize import to_markdown

        return to_markdown(self)

    def to_text(self) -> str:
        """Render the tree as plain text, one block per paragraph."""
        from .serialize import to_text

        return to_text(self)
