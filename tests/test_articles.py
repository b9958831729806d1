"""Article fixtures: each tests/fixtures/articles/NAME.txt parses to NAME.expected.json."""

from __future__ import annotations

import json

import pytest

import newsparse

from .helpers import ARTICLES, SHARED, read_article, schema_diff

ARTICLE_FILES = sorted(ARTICLES.glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=[p.stem for p in ARTICLE_FILES])
def test_article_matches_expected_tree(path):
    """The whole tree, edits included, equals the reviewed expected JSON."""
    expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    got = newsparse.parse(read_article(path)).to_dict()
    assert schema_diff(got, expected) == []
    assert got == expected


def test_there_are_enough_article_fixtures():
    """The suite covers at least eight articles of our own."""
    assert len(ARTICLE_FILES) >= 8
    for path in ARTICLE_FILES:
        assert path.with_suffix(".expected.json").exists(), path.name


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=[p.stem for p in ARTICLE_FILES])
def test_spans_index_the_original_text(path):
    """Each paragraph's span slices the original text to the paragraph's raw source."""
    text = read_article(path)
    raw = newsparse.parse(text, normalize=False)
    for paragraph in raw.paragraphs():
        start = paragraph.span.start
        inside = [
            r.shifted(-start)
            for r in raw.repairs
            if start <= r.start and r.end <= paragraph.span.end
        ]
        source = newsparse.apply_edits(paragraph.span.slice(text), inside)
        # A wrapped paragraph's line breaks are unified to "\n"; the repairs
        # inside it (mojibake) are applied; nothing else differs.
        assert source.replace("\r\n", "\n").replace("\r", "\n") == paragraph.text


class TestSeedArticle:
    """The reference article in ../shared matches its expected tree exactly."""

    seed = SHARED / "fixtures" / "seed-article.txt"

    @pytest.fixture
    def text(self):
        if not self.seed.exists():
            pytest.skip("../shared is not beside the repository")
        return read_article(self.seed)

    def test_tree_matches_on_every_schema_key(self, text):
        """parse(seed).to_dict() equals the expected JSON on every key it names."""
        expected = json.loads(
            self.seed.with_name("seed-article.expected.json").read_text("utf-8")
        )
        assert schema_diff(newsparse.parse(text).to_dict(), expected) == []

    def test_only_the_fifteen_artefacts_are_edited(self, text):
        """Every edit the parse makes is one of the article's artefact repairs."""
        edits = newsparse.parse(text).edits
        assert len(edits) == 15
        assert {e.rule for e in edits} == {
            "proper_nouns",
            "sentence_case",
            "punctuation_spacing",
        }

    def test_stances_come_from_the_stance_table_only(self, text):
        """Only the Issue | Russia’s Stance table yields stance records."""
        stances = newsparse.extract_stances(newsparse.parse(text))
        assert [(s.actor, s.issue, s.stance) for s in stances] == [
            ("Russia", "Territorial concessions", "Firmly Rejected"),
            ("Russia", "Sanctions", "Adverse Impact on Negotiations"),
            ("Russia", "Future Relations", "Uncertain Without Concessions"),
        ]
