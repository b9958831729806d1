"""Structure variants found by the eighteenth session's sets.

Each test takes one form they print, with the prose around it that must
stay as it is. All text is our own.
"""

from __future__ import annotations

import pytest

from newsparse.blocks.furniture import classify

from .test_variants import outline


class TestDatesOfAConsultation:
    @pytest.mark.parametrize(
        "line",
        [
            "Consultation opens: 4 May 2026",
            "Consultation closes: Friday 12 June 2026, 5pm",
            "Deadline: 30 September 2026",
            "Closing date: 1 March 2027",
        ],
    )
    def test_a_label_and_its_date_is_a_date_line(self, line):
        assert classify(line) == "date"

    def test_a_wrapped_sentence_about_opening_stays_prose(self):
        text = (
            "Applications open at 10:00 on 2 February at\n"
            "www.fenwickgrants.example and by telephone on 01632 960771.\n"
        )
        assert outline(text) == ["paragraph"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Figure 3 | Rents by district, 2019 to 2025", "caption"),
        ("Follow Marlow Rail on social media: @marlowrail", "share"),
    ],
)
def test_captions_and_accounts_set_apart_by_bars_and_colons(line, kind):
    assert classify(line) == kind


class TestNumberedParagraphs:
    JUDGMENT = (
        "Judge Okonkwo:\n"
        "\n"
        "Introduction\n"
        "1. The council appeals against a decision to quash its licence for the\n"
        "ferry slipway at Brannock Quay. The licence was granted in 2021 and\n"
        "renewed twice without objection.\n"
        "\n"
        "2. The tribunal found that the council had not consulted the harbour\n"
        "users. For the reasons below, I would dismiss the appeal.\n"
        "\n"
        "The consultation\n"
        "3. The council wrote to four of the eleven operators in March 2023 and\n"
        "gave them ten days to reply. Two replied; neither was heard in person.\n"
        "\n"
        "4. I agree with the tribunal.\n"
    )

    def test_numbers_running_on_across_headings_are_paragraphs(self):
        assert outline(self.JUDGMENT) == [
            "paragraph",
            "h2:Introduction",
            "paragraph",
            "paragraph",
            "h2:The consultation",
            "paragraph",
            "paragraph",
        ]

    def test_steps_wrapped_flush_under_no_heading_stay_a_list(self):
        text = (
            "How to claim:\n"
            "1. Fill in the form on the council's website and attach a copy of\n"
            "your latest bill and proof of where you live.\n"
            "2. Wait for a letter confirming your claim, which should arrive within\n"
            "ten working days of the form being sent.\n"
            "3. Keep the letter: you will need its reference if you are asked for\n"
            "evidence later.\n"
        )
        assert outline(text) == ["paragraph", "list"]

    def test_recommendations_with_hanging_indents_stay_lists(self):
        text = (
            "Waiting lists\n"
            "1. The board has not met its target for routine operations in any\n"
            "   month since 2019. We recommend that it publish a new timetable.\n"
            "\n"
            "2. The board should report to us each quarter on the number of\n"
            "   patients waiting more than a year.\n"
            "\n"
            "Staffing\n"
            "3. We are concerned that the board does not know how many agency\n"
            "   nurses it employs on any given day.\n"
        )
        assert outline(text) == ["h1:Waiting lists", "list", "h2:Staffing", "list"]
