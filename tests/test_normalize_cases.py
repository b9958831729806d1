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
