"""Normaliser engine: batching, edit mapping and folding."""

from __future__ import annotations

import pytest

import newsparse
import newsparse.normalizer as normalizer_module
import newsparse.normalizer.document_vote as vote_module
from newsparse.normalizer import Normalizer
from newsparse.normalizer.context import SEP
from newsparse.normalizer.document_vote import vote
from newsparse.normalizer.lexicon import builtin_lexicon

from .helpers import ARTICLES, read_article

BLOCKS = [
    "  the talks,Moscow said.However  ",
    "Heading With moscow",
    "",
    "cell\u00a0text",
    "- not markup here. the end",
    " ",
    "U.S.-russia ties, e.g. the\tsummit",
]


class TestExplainMany:
    @pytest.mark.parametrize(
        "flags", [[True] * 7, [False] * 7, [True, False] * 3 + [True]]
    )
    def test_batch_equals_one_by_one(self, flags):
        """explain_many gives exactly what explain gives block by block."""
        normalizer = Normalizer(running_texts=["Talks in Moscow.", "Aides of Moscow."])
        batch = normalizer.explain_many(BLOCKS, flags)
        single = [
            normalizer.explain(t, block_start=f)
            for t, f in zip(BLOCKS, flags, strict=True)
        ]
        assert batch == single

    def test_separator_inside_a_text_falls_back(self):
        """A text holding the separator is still normalised on its own."""
        texts = [f"a{SEP}b  c", "the end"]
        results = Normalizer().explain_many(texts, [True, True])
        assert [r.text for r in results] == [f"A{SEP}b c", "The end"]

    @pytest.mark.parametrize(
        "path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem
    )
    def test_chunks_change_nothing(self, path, monkeypatch):
        """A document normalised a few blocks at a time gives the same tree.

        Large documents are normalised in chunks of blocks, and the vote
        reads them in pieces; chunks and pieces of about one block make
        every boundary and the vote across them count.
        """
        text = read_article(path)
        whole = newsparse.parse(text)
        monkeypatch.setattr(normalizer_module, "_CHUNK", 30)
        monkeypatch.setattr(vote_module, "_PIECE", 30)
        assert newsparse.parse(text) == whole

    @pytest.mark.parametrize(
        "path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem
    )
    def test_document_edits_replay_on_the_original(self, path):
        """Applying doc.edits to the article gives a text that needs no more edits."""
        text = read_article(path)
        doc = newsparse.parse(text)
        for edit in doc.edits:
            assert text[edit.start : edit.end] == edit.before
        fixed = newsparse.apply_edits(text, doc.edits)
        again = newsparse.parse(fixed)
        assert again.edits == ()
        assert [b.text for b in again.paragraphs()] == [
            b.text for b in doc.paragraphs()
        ]


class TestFolding:
    def test_zero_width_space_inside_a_proper_noun_folds(self):
        """Deleting an invisible character inside a word that is then fixed is one edit."""
        result = newsparse.normalize_and_explain("in mos\u200bcow today")
        assert [(e.before, e.after, e.rule) for e in result.edits] == [
            ("mos\u200bcow", "Moscow", "whitespace+proper_nouns")
        ]

    def test_insertion_before_a_replaced_word_stays_separate(self):
        """A space inserted before a fixed word is its own edit, at the right place."""
        result = newsparse.normalize_and_explain("talks,moscow said")
        assert result.text == "talks, Moscow said"
        assert [(e.start, e.end, e.after) for e in result.edits] == [
            (6, 6, " "),
            (6, 12, "Moscow"),
        ]


class TestRegressions:
    def test_text_holding_nul_is_idempotent(self):
        """Found by the fuzzer: a lone text holding NUL (the block separator) settled
        its vote on the first block only, so a second pass changed it."""
        text = (
            "\x00\x00\nd?\r-\nthl\nHdh!f\nThl\nHdh!]h]l\x00\x00G\nthl\n\r\x00\x00"
            "Hdh!f\nThl\nHdh!]l]l\x01\x002\x0b"
        )
        once = newsparse.normalize(text)
        assert newsparse.normalize(once) == once

    def test_lexicon_phrase_then_lone_word_is_idempotent(self):
        """Found by the fuzzer: a lexicon phrase gave its first word a capital the
        vote only counted on a second pass."""
        text = "/\rdh\x0c^novo nordisk^novo Tuesdaymmmmmmmmmmm\nH.\n"
        once = newsparse.normalize(text)
        assert newsparse.normalize(once) == once


class TestVoteBlocks:
    """The vote reads each block on its own: no context crosses a block's end."""

    def test_a_word_ending_a_block_is_not_between_names(self):
        """ "space" ends one block and "Centre" opens the next: not a name."""
        lexicon = builtin_lexicon()
        across = vote(
            [
                "Staff at Space Command met.",
                "We met the Kennedy space",
                "Centre staff.",
            ],
            lexicon,
        )
        within = vote(
            ["Staff at Space Command met.", "We met the Kennedy space Centre today."],
            lexicon,
        )
        assert "space" not in across.in_runs
        assert within.in_runs == {"space": "Space"}
