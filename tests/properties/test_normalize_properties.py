"""Laws of the normaliser: idempotence, only case and white space change, replay."""

from __future__ import annotations

import itertools

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import apply_edits, normalize, normalize_and_explain

from ..strategies import (
    articles,
    clean_foreign_sentences,
    nasty_texts,
    paragraphs,
    without_space,
)

# Inputs on a rule's boundary: invisible characters, glued punctuation, text to keep.
TRAPS = (
    "",
    " ",
    "\ufeff",
    "\u200b",
    "a\u200bb",
    "a\r\nb",
    "   \u00a0",
    "concessions,Moscow",
    "Middle East.However",
    "the U.S. and russia. so it is.",
    "4:00pm, 1,000 and 3.5%",
)

any_text = st.one_of(st.text(), nasty_texts())
flags = st.booleans()


def pin_traps(test):
    """Add every trap in ``TRAPS``, at a block start and not, as explicit examples."""
    for trap in reversed(TRAPS):
        for block_start in (True, False):
            test = example(text=trap, block_start=block_start)(test)
    return test


def same_but_case(before: str, after: str) -> bool:
    """Return whether two strings differ at most in the case of each character."""
    return len(before) == len(after) and all(
        b == a or b.lower() == a.lower() or b.upper() == a
        for b, a in zip(before, after, strict=True)
    )


class TestIdempotence:
    @pin_traps
    @given(text=st.text(), block_start=flags)
    def test_any_text(self, text: str, block_start: bool) -> None:
        """Normalising normalised text changes nothing."""
        once = normalize(text, block_start=block_start)
        assert normalize(once, block_start=block_start) == once

    @pin_traps
    @given(text=nasty_texts(), block_start=flags)
    def test_nasty_text(self, text: str, block_start: bool) -> None:
        """Normalising normalised markup-heavy text changes nothing."""
        once = normalize(text, block_start=block_start)
        assert normalize(once, block_start=block_start) == once

    # Each of these once broke idempotence through the document vote.
    # The tally changes once sentence case has capitalised a lower-case vote word.
    @example(text="a Talks b Talks c talks. talks", block_start=False)
    # A zero-width space before "T" makes "T Talks T" a title run only the first time.
    @example(text="\u200bT Talks T talks", block_start=False)
    # The first pass's own name-only capitals push the word over the "everywhere" bar.
    @example(text="talks a Talks b Talks talks", block_start=False)
    # A lexicon repair (germany -> Germany) lends "Position" a capital neighbour.
    @example(
        text="position however tension e.g. germany Position however position "
        "however tension e.g. germany position however tension e.g. germany.",
        block_start=False,
    )
    @given(text=st.one_of(articles(), paragraphs()), block_start=flags)
    def test_articles(self, text: str, block_start: bool) -> None:
        """Normalising a normalised article changes nothing."""
        once = normalize(text, block_start=block_start)
        assert normalize(once, block_start=block_start) == once


class TestOnlyCaseAndSpaceChange:
    @pin_traps
    @given(text=any_text, block_start=flags)
    def test_any_text(self, text: str, block_start: bool) -> None:
        """Without white space, input and output differ only in letter case."""
        after = normalize(text, block_start=block_start)
        assert same_but_case(without_space(text), without_space(after))

    @given(text=st.one_of(articles(), paragraphs()), block_start=flags)
    def test_articles(self, text: str, block_start: bool) -> None:
        """Repairing an article changes nothing but case and white space."""
        after = normalize(text, block_start=block_start)
        assert same_but_case(without_space(text), without_space(after))


class TestReplay:
    @pin_traps
    @given(text=st.one_of(any_text, articles(), paragraphs()), block_start=flags)
    def test_edits_replay_to_output(self, text: str, block_start: bool) -> None:
        """Applying the explained edits to the input gives the normalised text."""
        explained = normalize_and_explain(text, block_start=block_start)
        assert apply_edits(text, explained.edits) == explained.text

    @pin_traps
    @given(text=st.one_of(any_text, articles(), paragraphs()), block_start=flags)
    def test_edits_quote_the_input(self, text: str, block_start: bool) -> None:
        """Each edit's ``before`` is the input text between its offsets."""
        explained = normalize_and_explain(text, block_start=block_start)
        for edit in explained.edits:
            assert 0 <= edit.start <= edit.end <= len(text)
            assert edit.before == text[edit.start : edit.end]

    @pin_traps
    @given(text=st.one_of(any_text, articles(), paragraphs()), block_start=flags)
    def test_edits_sorted_and_disjoint(self, text: str, block_start: bool) -> None:
        """Edits come sorted by position and no two of them overlap."""
        edits = normalize_and_explain(text, block_start=block_start).edits
        starts = [e.start for e in edits]
        assert starts == sorted(starts)
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        for first, second in itertools.pairwise(ordered):
            assert first.end <= second.start

    @pin_traps
    @given(text=st.one_of(any_text, articles(), paragraphs()), block_start=flags)
    def test_output_matches_normalize(self, text: str, block_start: bool) -> None:
        """The explained text is what ``normalize`` returns."""
        explained = normalize_and_explain(text, block_start=block_start)
        assert explained.text == normalize(text, block_start=block_start)


class TestCleanNonEnglishText:
    @example(text="Zürich über Łódź. São Paulo straße Ærøskøbing!", block_start=True)
    @example(text="北京 上海市。 Łódź città.", block_start=True)
    @example(text="القاهرة دمشق. Ærøskøbing søster ça?", block_start=False)
    @given(text=clean_foreign_sentences(), block_start=flags)
    def test_unchanged(self, text: str, block_start: bool) -> None:
        """Caseless scripts and non-English Latin without artefacts pass unchanged."""
        assert normalize(text, block_start=block_start) == text

    @given(text=clean_foreign_sentences(), block_start=flags)
    def test_no_edits(self, text: str, block_start: bool) -> None:
        """Clean non-English text gives no edits at all."""
        assert normalize_and_explain(text, block_start=block_start).edits == ()
