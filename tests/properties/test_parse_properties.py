"""Laws of the parser: no crash, valid spans, nothing lost, exact round trip."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import (
    Boilerplate,
    Document,
    Heading,
    Item,
    ListBlock,
    Paragraph,
    Section,
    Span,
    Table,
    apply_edits,
    parse,
)

from ..strategies import articles, is_space, nasty_texts, without_space

# Inputs that sit on a block rule's boundary.
TRAPS = (
    "|",
    "- ",
    "\r",
    "\ufeff",
    "a\r\nb",
    "#",
    "---|---",
    "1. ",
    "**",
    "   \u00a0",
    "A\n===\n",
    "x | y\nz | w",
)

# Characters the block rules may drop as markup: pipes, delimiter rows, bullet
# markers, ATX hashes, setext underlines, bold marks, thematic breaks.
MARKUP = frozenset("|-*+#=_:•–▸▪◦●○‣⁃►")
# A numbered marker at the start of a line ("12." or "3)"): digits and closer.
_ORDERED_MARKER = re.compile(
    r"(?:^\ufeff?|(?<=[\n\r\u2028\u2029\x85]))[ \t]*(\d{1,3}[.)])"
)

LEAVES = (Paragraph, Heading, Item, Table, Boilerplate)
REPO = Path(__file__).resolve().parents[2]
FIXTURE_ARTICLES = sorted((REPO / "tests" / "fixtures" / "articles").glob("*.txt"))

any_text = st.one_of(st.text(), nasty_texts(), articles())
flags = st.booleans()


def pin_traps(test):
    """Add every trap in ``TRAPS`` as an explicit example of ``test``."""
    for trap in reversed(TRAPS):
        test = example(text=trap)(test)
    return test


def pin_traps_both_ways(test):
    """Add every trap in ``TRAPS``, normalised and raw, as explicit examples."""
    for trap in reversed(TRAPS):
        for normalize in (True, False):
            test = example(text=trap, normalize=normalize)(test)
    return test


def read_exact(path: Path) -> str:
    """Return a fixture's text byte-exactly (line endings and BOM kept)."""
    return path.read_bytes().decode("utf-8")


# --- helpers that state the laws ---------------------------------------------


def markup_positions(text: str) -> set[int]:
    """Return the offsets of ``text`` that block rules may treat as markup."""
    marks = {i for i, c in enumerate(text) if c in MARKUP}
    marks.update(
        i for i, c in enumerate(text) if c == "\\" and text[i + 1 : i + 2] == "|"
    )
    for match in _ORDERED_MARKER.finditer(text):
        marks.update(range(*match.span(1)))
    return marks


def content_positions(text: str) -> list[int]:
    """Return the offsets of characters that are neither white space nor markup."""
    marks = markup_positions(text)
    return [i for i, c in enumerate(text) if not is_space(c) and i not in marks]


def children_of(node: Document | Section | ListBlock | Item) -> tuple[Any, ...]:
    """Return a node's direct children in reading order (a section's heading first)."""
    if isinstance(node, Section):
        return (node.heading, *node.children)
    if isinstance(node, ListBlock):
        return node.items
    return node.children


def containers(doc: Document) -> Iterator[Document | Section | ListBlock | Item]:
    """Yield the document and every node that has children."""
    yield doc
    for node in doc.walk():
        if isinstance(node, (Section, ListBlock, Item)):
            yield node


def leaf_texts(doc: Document) -> Iterator[str]:
    """Yield the texts of headings, paragraphs, items and table cells in order."""
    for node in doc.walk():
        if isinstance(node, (Paragraph, Heading, Item, Boilerplate)):
            yield node.text
        elif isinstance(node, Table):
            yield from node.header
            for row in node.rows:
                yield from row


def is_subsequence(needle: str, haystack: str) -> bool:
    """Return whether ``needle``'s characters occur in ``haystack`` in order."""
    rest = iter(haystack)
    return all(char in rest for char in needle)


def shape(data: Any) -> Any:
    """Strip texts and terms from a ``to_dict`` tree, keeping types, spans and sizes.

    Edits and repairs go too: a repair inside a normalisation edit folds into
    it (see :func:`test_same_shape`).
    """
    if isinstance(data, list):
        return [shape(v) for v in data]
    if not isinstance(data, dict):
        return data
    out = {}
    for key, value in data.items():
        if key in ("text", "term", "edits", "repairs", "metadata"):
            continue
        if key == "header":
            out[key] = len(value)
        elif key == "rows":
            out[key] = [len(row) for row in value]
        else:
            out[key] = shape(value)
    return out


def assert_spans_valid(doc: Document, text: str) -> None:
    for node in doc.walk():
        span = node.span
        assert 0 <= span.start <= span.end <= len(text), (node, len(text))
    for parent in containers(doc):
        kids = children_of(parent)
        if not isinstance(parent, Document):
            outer = parent.span
            for kid in kids:
                assert outer.start <= kid.span.start <= kid.span.end <= outer.end, (
                    parent.type,
                    outer,
                    kid,
                )
        for first, second in itertools.pairwise(kids):
            assert first.span.end <= second.span.start, (first, second)
    for table in doc.tables():
        rows = table.row_spans
        assert len(rows) in (0, len(table.rows)), table
        for row in rows:
            assert table.span.start <= row.start <= row.end <= table.span.end, table
        for first, second in itertools.pairwise(rows):
            assert first.end <= second.start, table


def assert_lossless(doc: Document, text: str) -> None:
    spans = sorted(
        (n.span.start, n.span.end) for n in doc.walk() if isinstance(n, LEAVES)
    )
    # An escaped line break ("\\n" decoded by prepare) is layout, like "\n".
    breaks = {
        i
        for r in doc.repairs
        if r.rule == "literal_newline"
        for i in range(r.start, r.end)
    }
    for index in content_positions(text):
        if index in breaks:
            continue
        assert any(start <= index < end for start, end in spans), (
            f"{text[index]!r} at {index} lies in no leaf span; leaves: {spans}"
        )


# --- the laws ------------------------------------------------------------------


class TestNeverRaises:
    @pin_traps_both_ways
    @given(text=st.text(), normalize=flags)
    def test_any_text(self, text: str, normalize: bool) -> None:
        """Any string parses into a document."""
        assert isinstance(parse(text, normalize=normalize), Document)

    @pin_traps_both_ways
    @given(text=nasty_texts(), normalize=flags)
    def test_nasty_text(self, text: str, normalize: bool) -> None:
        """Markup-heavy garbage parses into a document."""
        assert isinstance(parse(text, normalize=normalize), Document)

    @given(text=articles(), normalize=flags)
    def test_articles(self, text: str, normalize: bool) -> None:
        """Realistic articles parse into a document."""
        assert isinstance(parse(text, normalize=normalize), Document)


class TestSpans:
    @pin_traps_both_ways
    @given(text=any_text, normalize=flags)
    def test_spans_valid(self, text: str, normalize: bool) -> None:
        """Spans (table rows too) lie in the input, inside their parent, in order."""
        assert_spans_valid(parse(text, normalize=normalize), text)

    @pin_traps_both_ways
    @given(text=any_text, normalize=flags)
    def test_lossless(self, text: str, normalize: bool) -> None:
        """Every input character that is neither space nor markup is in a leaf span."""
        assert_lossless(parse(text, normalize=normalize), text)


class TestTextPreservation:
    @pin_traps
    @given(text=any_text)
    def test_paragraph_text_is_its_source(self, text: str) -> None:
        """Without normalisation a paragraph's text is its repaired source, space aside."""
        doc = parse(text, normalize=False)
        for para in doc.paragraphs():
            inside = [
                r.shifted(-para.span.start)
                for r in doc.repairs
                if para.span.start <= r.start and r.end <= para.span.end
            ]
            source = apply_edits(para.span.slice(text), inside)
            assert without_space(para.text) == without_space(source)

    @pin_traps
    @given(text=any_text)
    def test_leaf_texts_keep_content_in_order(self, text: str) -> None:
        """Without normalisation the leaf texts hold all content characters in order."""
        doc = parse(text, normalize=False)
        joined = without_space("".join(leaf_texts(doc)))
        text = apply_edits(text, doc.repairs)
        content = "".join(text[i] for i in content_positions(text))
        assert is_subsequence(content, joined)

    @pin_traps
    @given(text=any_text)
    def test_leaf_texts_come_from_input(self, text: str) -> None:
        """Without normalisation the leaf texts are drawn from the input in order."""
        doc = parse(text, normalize=False)
        joined = without_space("".join(leaf_texts(doc)))
        assert is_subsequence(joined, without_space(apply_edits(text, doc.repairs)))


class TestRoundTrip:
    @pin_traps_both_ways
    @given(text=any_text, normalize=flags)
    def test_from_dict_inverts_to_dict(self, text: str, normalize: bool) -> None:
        """``Document.from_dict(doc.to_dict())`` rebuilds an equal document."""
        doc = parse(text, normalize=normalize)
        assert Document.from_dict(doc.to_dict()) == doc

    @pin_traps_both_ways
    @given(text=any_text, normalize=flags)
    def test_through_json(self, text: str, normalize: bool) -> None:
        """A document survives a trip through JSON text unchanged."""
        doc = parse(text, normalize=normalize)
        assert Document.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc
        assert Document.from_dict(json.loads(doc.to_json())) == doc


class TestNormalisationKeepsStructure:
    # A repaired character that sentence case then capitalises: the repair
    # folds into the edit ("mojibake+sentence_case").
    @example(text="\u00cf\u0090")
    @pin_traps
    @given(text=any_text)
    def test_same_shape(self, text: str) -> None:
        """Normalising and raw parses give the same node types, spans and sizes.

        Every repair of the raw parse is kept, or folded into the one edit
        that covers it.
        """
        fixed = parse(text)
        raw = parse(text, normalize=False)
        assert shape(fixed.to_dict()) == shape(raw.to_dict())
        for repair in raw.repairs:
            if repair in fixed.repairs:
                continue
            (edit,) = [
                e
                for e in fixed.edits
                if e.start <= repair.start and repair.end <= e.end and e.end > e.start
            ]
            assert repair.rule in edit.rule.split("+")

    @pin_traps
    @given(text=any_text)
    def test_edits_quote_the_input(self, text: str) -> None:
        """Each document edit's ``before`` is the input between its offsets."""
        for edit in parse(text).edits:
            assert 0 <= edit.start <= edit.end <= len(text)
            assert edit.before == text[edit.start : edit.end]

    # A trailing zero-width space once sat in a cell but outside the table's span.
    @example(text="0|0\n0|\u200b")
    @pin_traps
    @given(text=any_text)
    def test_edits_inside_leaves(self, text: str) -> None:
        """Each document edit lies inside the span of one leaf node."""
        doc = parse(text)
        spans = [n.span for n in doc.walk() if isinstance(n, LEAVES)]
        for edit in doc.edits:
            assert any(s.start <= edit.start <= edit.end <= s.end for s in spans), edit

    @pin_traps
    @given(text=any_text)
    def test_raw_parse_has_no_edits(self, text: str) -> None:
        """Parsing with ``normalize=False`` records no edits."""
        assert parse(text, normalize=False).edits == ()


class TestFixtureArticles:
    @pytest.mark.parametrize("path", FIXTURE_ARTICLES, ids=lambda p: p.stem)
    def test_laws_hold(self, path: Path) -> None:
        """The repository's fixture articles satisfy the span and loss laws."""
        text = read_exact(path)
        for normalize in (True, False):
            doc = parse(text, normalize=normalize)
            assert_spans_valid(doc, text)
            assert_lossless(doc, text)
            assert Document.from_dict(doc.to_dict()) == doc

    def test_seed_article(self, shared_dir: Path) -> None:
        """The shared seed article satisfies the span and loss laws."""
        text = read_exact(shared_dir / "fixtures" / "seed-article.txt")
        doc = parse(text)
        assert_spans_valid(doc, text)
        assert_lossless(doc, text)
        assert Document.from_dict(doc.to_dict()) == doc


class TestLawHelpers:
    def test_markup_and_content(self) -> None:
        """The helpers count markers, pipes and colons as markup and prose as content."""
        text = "1. Crimea: x|y"
        assert [text[i] for i in content_positions(text)] == list("Crimeaxy")

    def test_subsequence(self) -> None:
        """``is_subsequence`` accepts characters in order and rejects them out of order."""
        assert is_subsequence("ace", "abcde")
        assert not is_subsequence("ea", "abcde")
        assert Span(0, 1).slice("ab") == "a"
