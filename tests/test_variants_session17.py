"""Structure variants found by the seventeenth session's sets.

Each test takes one form they print, with the prose around it that must
stay as it is. All text is our own.
"""

from __future__ import annotations

from .test_variants import outline


class TestRelatedLinksWithQuestions:
    def test_a_headline_that_asks_is_a_link_not_a_brief(self):
        text = (
            "Water use fell by a tenth across the county last month.\n"
            "\n"
            "Related trackers:\n"
            "- Frost tracker: how cold has it been in your town?\n"
            "- Canal levels map\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]

    def test_a_brief_that_is_a_sentence_keeps_its_heading_and_list(self):
        text = (
            "TOP STORIES\n"
            "- Ferry crews at two ports will stop work on Monday after talks failed.\n"
            "- The county will close the old quarry road for repairs next month.\n"
        )
        assert outline(text) == ["h1:TOP STORIES", "list"]


class TestTermsOfNamesAndFigures:
    def test_results_with_their_notes_under_a_colon_are_a_list(self):
        text = (
            "Three ties were played on Sunday:\n"
            "Port Ardle Rovers 31–17 Dunmore Grays – a hat-trick for the captain\n"
            "Kilbrook 24–24 Easterly Athletic – level at the last kick\n"
            "Harrow Vale 19–22 Fenton Wanderers – a first away win\n"
        )
        assert outline(text) == ["paragraph", "list"]

    def test_a_long_term_with_small_words_stays_a_sentence(self):
        text = "The plan was agreed by most of the members on the council – at last.\n"
        assert outline(text) == ["paragraph"]
