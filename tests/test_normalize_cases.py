"""Normaliser cases as data: tests/fixtures/normalize/*.json."""

from __future__ import annotations

import json

import pytest

import newsparse

from .helpers import TESTS

CASE_DIR = TESTS / "fixtures" / "normalize"


def _cases():
    for name in ("repairs", "negative", "known-failures"):
        for case in json.loads((CASE_DIR / f"{name}.json").read_text("utf-8")):
            marks = []
            if case.get("expect", "pass") == "fail":
                marks.append(
                    pytest.mark.xfail(strict=True, reason=case.get("comment", ""))
                )
            yield pytest.param(case, id=f"{name}:{case['label']}", marks=marks)


@pytest.mark.parametrize("case", list(_cases()))
def test_case(case):
    """normalize gives the expected text, and its edits replay to it."""
    result = newsparse.normalize_and_explain(case["original"])
    assert result.text == case["expected"]
    assert newsparse.apply_edits(case["original"], result.edits) == result.text
    assert newsparse.normalize(result.text) == result.text


class TestBodiesOfTheirOwnKind:
    def test_a_regional_council_is_no_security_council(self):
        text = "Ministers of the regional security council will meet on Friday."
        assert newsparse.normalize(text) == text

    def test_the_security_council_itself_is_repaired(self):
        assert newsparse.normalize("The security council met on Friday.") == (
            "The Security Council met on Friday."
        )

    def test_a_place_after_an_article_is_repaired(self):
        assert newsparse.normalize("He joined a new york firm.") == (
            "He joined a New York firm."
        )


class TestInitialsAndShortenedWords:
    @pytest.mark.parametrize(
        "text",
        [
            "Resistant *E. coli* infections rose by 8% on the year.",
            "Yields for 2025 est. (t/ha) are in the second column.",
            "Adj. operating profit rose to £412m.",
        ],
    )
    def test_no_sentence_starts_after_them(self, text):
        assert newsparse.normalize(text) == text

    def test_a_sentence_after_an_italic_word_still_starts_with_a_capital(self):
        assert newsparse.normalize("It was *slow*. the ferry left late.") == (
            "It was *slow*. The ferry left late."
        )
