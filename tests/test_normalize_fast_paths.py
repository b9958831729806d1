"""Normaliser fast paths: the cheap filters never hide work a rule must do."""

from __future__ import annotations

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse.normalizer.casing import _LOWER_WORD
from newsparse.normalizer.context import Context, word_superset
from newsparse.normalizer.lexicon import builtin_lexicon
from newsparse.normalizer.spacing import (
    _BY_MARK,
    _CANDIDATE,
    SPACES,
    fix_whitespace,
)

from .strategies import nasty_texts

# Letters, marks, punctuation, white space and invisibles: word edges everywhere.
EDGY = st.text(alphabet=st.sampled_from(list("aBé\u0301İ.,’-_@#/ \t\u00a0\u200b\x00")))
any_text = st.one_of(st.text(), nasty_texts(), EDGY)


def _lower_words(text: str) -> set[str]:
    return set(_LOWER_WORD.findall(text))


class TestWordSuperset:
    @given(any_text)
    @example("U.S.-russia talks,moscow")
    @example("foo\u200bbar and x\u200b\u200by")
    def test_holds_every_lower_case_word(self, text):
        """Every lower-case word of the text is in its word superset."""
        assert _lower_words(text) <= word_superset(text)

    @given(any_text)
    @example("foo\u200bbar")
    def test_covers_the_text_after_the_whitespace_rule(self, text):
        """Removing invisible characters joins words the superset already holds."""
        context = Context(lexicon=builtin_lexicon())
        parts, last = [], 0
        for start, end, new in fix_whitespace(text, context):
            parts += [text[last:start], new]
            last = end
        fixed = "".join([*parts, text[last:]])
        assert _lower_words(fixed) <= word_superset(text)


class TestSpacing:
    def test_spaces_are_exactly_regex_white_space(self):
        """SPACES, used with the re module, is exactly what regex calls \\s."""
        white = regex.compile(r"\s")
        found = "".join(c for c in map(chr, range(0x110000)) if white.match(c))
        assert found == SPACES

    @given(any_text)
    @example("said,Moscow.However:Crimea?Yes;so 1,000 4:00pm U.S.A")
    def test_every_missing_space_is_a_candidate(self, text):
        """Each mark a punctuation pattern matches is found by the candidate scan."""
        candidates = {m.start() for m in _CANDIDATE.finditer(text)}
        for pattern in set(_BY_MARK.values()):
            assert {m.start() for m in pattern.finditer(text)} <= candidates
