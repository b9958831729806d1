"""Structure variants of the everyday mix found by the eighth session's sets.

Content-generator explainers, wire copy and scraped pages, data pages and
guides (``structure-dev12`` to ``structure-dev14``): each test takes one form
they print, with the prose around it that must stay as it is. All text is
our own.
"""

from __future__ import annotations

import newsparse
from newsparse.blocks.furniture import classify

from .test_variants import outline


def paragraphs(text: str) -> list[str]:
    """The texts of a document's paragraphs, unnormalised."""
    return [p.text for p in newsparse.parse(text, normalize=False).paragraphs()]


class TestSentenceRuns:
    """One sentence per line, paragraphs separated by blank lines."""

    def test_a_run_ends_on_the_sentence_leading_into_a_list(self):
        text = (
            "Ferry Timetable Changes\n\n"
            "The winter timetable starts on Monday.\n"
            "Two crossings move to earlier slots.\n\n"
            "The operator gave three reasons.\n"
            "It set them out in a letter:\n\n"
            "- fewer passengers after October\n"
            "- crew rest rules\n\n"
            "Bookings already made stay valid.\n"
            "Refunds are offered on request.\n\n"
            "The summer timetable returns in April.\n"
            "Fares are unchanged.\n"
        )
        assert paragraphs(text)[1] == (
            "The operator gave three reasons.\nIt set them out in a letter:"
        )
        # The list may follow right under the lead-in too.
        tight = text.replace("letter:\n\n-", "letter:\n-")
        assert paragraphs(tight)[1] == paragraphs(text)[1]

    def test_a_label_over_a_list_stays_apart_from_the_run(self):
        text = (
            "The winter timetable starts on Monday.\n"
            "Two crossings move to earlier slots.\n\n"
            "Bookings already made stay valid.\n"
            "Key changes:\n"
            "- fewer crossings\n\n"
            "Refunds are offered on request.\n"
            "Fares are unchanged.\n\n"
            "The summer timetable returns in April.\n"
            "Crews were told on Friday.\n"
        )
        assert "Key changes:" not in " ".join(paragraphs(text))

    def test_a_run_may_end_on_a_caption_and_its_credit(self):
        text = (
            "Heat Alert for the Valley\n\n"
            "An amber heat alert is in force until Sunday.\n"
            "Temperatures may reach 34C on Friday.\n"
            "A volunteer hands out water at the market. Photo: Lena Ortiz\n\n"
            "Older people are most at risk.\n"
            "Two libraries open late as cooling centres.\n\n"
            "Move anyone affected somewhere cool.\n"
            "Call 999 if they do not improve.\n"
        )
        found = paragraphs(text)
        assert found == [
            "An amber heat alert is in force until Sunday.\n"
            "Temperatures may reach 34C on Friday.",
            "Older people are most at risk.\n"
            "Two libraries open late as cooling centres.",
            "Move anyone affected somewhere cool.\nCall 999 if they do not improve.",
        ]

    def test_one_line_paragraphs_with_a_caption_stay_apart(self):
        text = (
            "The council met on Tuesday.\n\n"
            "It approved the budget.\n"
            "A councillor speaks at the meeting. Photo: Lena Ortiz\n\n"
            "The vote was close.\n"
        )
        assert len(paragraphs(text)) == 3


class TestFurnitureOfTheEverydayMix:
    def test_a_desk_named_with_and_is_a_byline(self):
        assert classify("By the Climate and Energy Desk") == "byline"
        assert classify("By the Business & Markets team") == "byline"
        assert classify("By the end and the start of the desk") is None

    def test_a_question_and_where_to_send_it_is_a_feedback_prompt(self):
        line = "Have a question we haven't answered? Send it to our newsroom."
        assert classify(line) == "notice"
        assert classify("Have any symptoms? Call 111.") is None
        assert outline("Have a look at the map. Send it on.\n") == ["paragraph"]
