"""Structure variants found by the fifteenth session's sets.

Each test takes one form they print, with the prose around it that must
stay as it is. All text is our own.
"""

from __future__ import annotations

import newsparse

from .test_variants import outline

BRIEFS = (
    "Good morning. Here is the day's news in three minutes.\n"
    "\n"
    "TOP STORIES\n"
    "▸ Ferry crews at two island ports will stop work for a day on\n"
    "  Friday after talks on pay broke down.\n"
    "▸ The water company must publish its spill figures by March.\n"
    "▸ A record price was paid for a cheese at the county show.\n"
    "\n"
    "MARKETS\n"
    "Shares rose on Monday, led by the banks.\n"
)

LINKS = (
    "The ferry will run again from Monday, the company said.\n"
    "\n"
    "Related stories\n"
    "• Ferry crews vote to strike over pay\n"
    "• Island shops run short of bread\n"
    "\n"
    "More on this later.\n"
)


class TestBriefsUnderALabelOfLinks:
    def test_a_label_over_news_briefs_heads_a_list(self):
        assert outline(BRIEFS)[1:3] == ["h2:TOP STORIES", "list"]

    def test_a_brief_wrapped_onto_an_indented_line_stays_one_item(self):
        doc = newsparse.parse(BRIEFS, normalize=False)
        items = doc.lists()[0].items
        assert len(items) == 3
        assert items[0].text.endswith("talks on pay broke down.")

    def test_a_label_over_headlines_is_still_a_run_of_links(self):
        assert outline(LINKS) == ["paragraph", "boilerplate", "paragraph"]

    def test_a_wrapped_headline_stays_in_the_run_of_links(self):
        text = (
            "The ferry will run again from Monday, the company said.\n"
            "\n"
            "Read more\n"
            "• Why island fares are really three fares in one and what\n"
            "  the council can do (www.harbour.example/fares)\n"
            "• Ferry crews vote to strike over pay\n"
            "\n"
            "More on this later.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate", "paragraph"]

    def test_a_brief_that_is_a_link_keeps_the_run(self):
        text = (
            "The ferry will run again from Monday, the company said.\n"
            "\n"
            "Read more\n"
            "• Crews vote to strike over pay, and the talks end in anger.\n"
            "  www.harbour.example/strike\n"
            "\n"
            "More on this later.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate", "paragraph"]
