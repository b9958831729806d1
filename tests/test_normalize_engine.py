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


class TestVoteWindows:
    """A long document is voted on in windows of running text (see _WINDOW)."""

    # Each paragraph writes its name capitalised twice, the last once in lower case.
    PARAGRAPHS = (
        "Talks with Ostrava began. Aides of Ostrava left.",
        "Later Ostrava spoke. The deal with ostrava held.",
        "Talks with Brenvik began. Aides of Brenvik left.",
        "Later Brenvik spoke. The deal with brenvik held.",
    )

    def test_evidence_stays_in_its_window(self, monkeypatch):
        """Each window votes on its own text: a name capitalised in one window
        alone is not repaired in the next."""
        text = "\n\n".join([*self.PARAGRAPHS, "A later note on ostrava."])
        whole = newsparse.parse(text)
        assert " ".join(p.text for p in whole.paragraphs()).count("Ostrava") == 5
        # Windows of about two paragraphs: the last one sees no capital Ostrava.
        monkeypatch.setattr(normalizer_module, "_WINDOW", 80)
        windowed = newsparse.parse(text)
        assert [p.text for p in windowed.paragraphs()][:4] == [
            p.text for p in whole.paragraphs()
        ][:4]
        assert windowed.paragraphs()[-1].text == "A later note on ostrava."

    def test_windows_keep_the_output_settled(self, monkeypatch):
        """Windows are cut by characters that normalising never changes, so the
        output of a windowed document parses to itself."""
        monkeypatch.setattr(normalizer_module, "_WINDOW", 60)
        # Damaged: a stop without its space, double spaces, a lower-case start.
        text = "\n\n".join(
            p.replace(". ", ".  ").replace("began. ", "began.").lower().capitalize()
            if i % 2
            else p.replace("Later", "later")
            for i, p in enumerate(self.PARAGRAPHS)
        )
        once = newsparse.parse(text)
        fixed = newsparse.apply_edits(text, once.edits)
        assert newsparse.parse(fixed).edits == ()

    @pytest.mark.parametrize(
        "path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem
    )
    def test_small_windows_keep_articles_whole(self, path, monkeypatch):
        """With windows of a few paragraphs, every article still parses to a tree
        whose output needs no more edits."""
        text = read_article(path)
        monkeypatch.setattr(normalizer_module, "_WINDOW", 200)
        doc = newsparse.parse(text)
        again = newsparse.parse(newsparse.apply_edits(text, doc.edits))
        assert again.edits == ()


class TestOccurrences:
    @pytest.mark.parametrize(
        "words",
        [["moscow"], ["moscow", "kyiv", "said"], ["the", "a", "of", "moscow"]],
    )
    def test_one_scan_finds_what_each_find_finds(self, words, monkeypatch):
        """Many words are found by one scan of the text, few by str.find each:
        the matches are the same."""
        from newsparse.normalizer import casing

        text = (
            "In moscow, the Moscow-based aides said; moscow's kyiv.Kyiv "
            "themoscow of the a of, eBay a. moscowx said\u0301 the"
        )
        found = [(m.start(), m.group()) for m in casing._occurrences(text, words)]
        monkeypatch.setattr(casing, "_FIND_AT_MOST", 0)
        scanned = [(m.start(), m.group()) for m in casing._occurrences(text, words)]
        assert scanned == found
        assert found  # the text holds some of them


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

    def test_many_nul_separators_settle_within_the_pass_cap(self):
        """Found by the fuzz target (session 8, present before it): with NUL,
        the block separator, several times in one text, the vote needed a
        fifth pass to settle, past the cap of four."""
        text = (
            "+Yyy\x0cK\x00Yy\nyyy\x00Yy\ryyy\x0cK\x00y\nyyy\x01Yyy\x0cO\x00O\n"
            "yyy\nyyy+yyy.\nyyy\tyyy\tyyy"
        )
        once = newsparse.normalize(text)
        assert newsparse.normalize(once) == once

    def test_a_capital_after_a_datelines_hyphen_is_no_name(self):
        """Found in structure-dev19 (session 8): the capital after "(Wire) -"
        opens the story, so "crews" in the headline is no name to recase."""
        text = (
            "UPDATE 2-Ferry crews walk out as pay talks collapse\n\n"
            "PORT ELLERY, June 3 (Harbour Wire) - Crews on the three ferry routes"
            " walked out on Tuesday.\n\n"
            "Union officials said crews wanted a 9 percent rise.\n"
        )
        edits = newsparse.parse(text).edits
        assert [e for e in edits if e.rule != "whitespace"] == []


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


def test_a_name_s_head_noun_in_a_list_item_is_no_slip_for_the_common_noun():
    """The item's name capitalises 'Hospice' beside other capitals only; 'the
    hospice' in the story, with no name around it, is the common noun."""
    text = (
        "Ada Reece, who ran the corner shop for forty years, has died aged 90.\n"
        "She raised thousands of pounds for the hospice over the years.\n\n"
        "Funeral arrangements:\n"
        "Service: St Anne's Church, Holm Bay\n"
        "Date: Friday 14 March at 11am\n"
        "Donations: Tenby and District Hospice, via Quay Funeral Care\n"
    )
    doc = newsparse.parse(text)
    assert [e for e in doc.edits if e.rule != "whitespace"] == []
