"""Structure variants found by the fifteenth session's sets.

Each test takes one form they print, with the prose around it that must
stay as it is. All text is our own.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.blocks.furniture import classify

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


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # where comments stand, and who a page is for
        (
            "Join the conversation – comments are moderated before they appear.",
            "notice",
        ),
        ("Comments are reviewed before they are published.", "notice"),
        ("For professional investors only. Capital at risk.", "notice"),
        ("For institutional clients only.", "notice"),
        # a page's notes on its own reporting
        ("Open justice: we report cases from the county's courts in full.", "notice"),
        ("Data notes: stances are coded from public statements only.", "notice"),
        # what the figures are
        ("Attendance figures are estimates and may be revised.", "notice"),
        ("Rates are indicative mid-market rates and are not offers to deal.", "notice"),
        ("*Fees are as reported and have not been confirmed by the clubs.*", "notice"),
        # where a text was taken from
        ("Excerpted from Tide Tables: A Life on the Estuary by Jo Hale.", "notice"),
        ("Reprinted by permission of Weir Books.", "notice"),
        ("This essay is adapted from a lecture given in Harwick in May.", "notice"),
        # links to more
        ("Continue reading: Chapter Nine, The Flood Year", "related"),
        ("Latest on Dana Fell", "related"),
        ("Related transcripts", "related"),
        ("Trending: Festival line-ups · Awards season · Cup final", "related"),
        ("Share this essay · Save for later", "share"),
        # a magazine's caption, in capitals
        ("OPPOSITE: JO HALE ON THE SEA WALL AT HARWICK, MAY 2024.", "caption"),
    ],
)
def test_furniture_lines(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Figures are provisional, the ministry warned, and may be revised.",
        "Other figures are left blank rather than estimated.",
        "The report is published by the ministry every year.",
        "For professional reasons he declined to comment.",
        "Comments from residents were mostly positive.",
        "Continue reading the small print before you sign.",
        "Opposite the station, the new library opens on Monday.",
    ],
)
def test_prose_that_starts_alike_stays_content(line: str) -> None:
    assert classify(line) is None


PRINTED = (
    "HARWICK QUARTERLY  |  SPRING 2025                              31\n"
    "\n"
    "The sea wall was built in 1953, after the great flood, and has been\n"
    "raised twice since. Engineers say it will need raising again.\n"
    "\n"
    "— 32 —\n"
    "\n"
    "THE LONG READ · THE SEA WALL  ·  33\n"
    "\n"
    "What the engineers found\n"
    "\n"
    "The survey took two years and covered every metre of the wall.\n"
    "\n"
    "17\n"
    "TIDE LINES · SPRING 2025\n"
    "\n"
    "The council will decide in June.\n"
)


class TestPrintedPages:
    def test_page_numbers_and_running_heads_are_furniture(self):
        assert outline(PRINTED) == [
            "boilerplate",
            "paragraph",
            "boilerplate",
            "boilerplate",
            "h2:What the engineers found",
            "paragraph",
            "boilerplate",
            "boilerplate",
            "paragraph",
        ]

    def test_a_heading_in_capitals_is_no_running_head(self):
        text = (
            "The sea wall was built in 1953, after the great flood.\n"
            "\n"
            "WHAT THE ENGINEERS FOUND\n"
            "\n"
            "The survey took two years and covered every metre of the wall.\n"
            "\n"
            "NORTH AND SOUTH — TWO WALLS\n"
            "\n"
            "The northern half is older than the southern half.\n"
        )
        assert outline(text) == [
            "paragraph",
            "h2:WHAT THE ENGINEERS FOUND",
            "paragraph",
            "h2:NORTH AND SOUTH — TWO WALLS",
            "paragraph",
        ]


class TestSectionsSideBySideOverTheTitle:
    def test_a_kicker_with_a_middle_dot_is_furniture(self):
        text = (
            "Analysis · Security\n"
            "\n"
            "The border missile talks, explained\n"
            "\n"
            "By Ana Ruiz | 2 September 2025\n"
            "\n"
            "Negotiators meet next week for the first formal talks in a decade.\n"
        )
        assert outline(text) == [
            "boilerplate",
            "h1:The border missile talks, explained",
            "boilerplate",
            "paragraph",
        ]


class TestAStarredNoteUnderProse:
    def test_a_note_keyed_by_an_asterisk_further_up_is_furniture(self):
        text = (
            "The farm sold 4,000 bottles last year.*\n"
            "\n"
            "Its owners hope to double that by 2027, if the weather allows.\n"
            "\n"
            "* Figures supplied by the farm and not independently checked.\n"
        )
        assert outline(text) == ["paragraph", "paragraph", "boilerplate"]

    def test_items_after_a_starred_word_stay_a_list(self):
        text = (
            "The farm sold 4,000 bottles last year.*\n"
            "\n"
            "* Faster trade with the coast, which takes most of the wine\n"
            "\n"
            "* A stronger voice with the buyers\n"
            "\n"
            "* Lower costs for bottling.\n"
        )
        assert outline(text)[1:] == ["list"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the foot of a newsletter, a sentence at a time
        ("You have received this email because you subscribed to Fell News.", "notice"),
        ("Tarn Books is an imprint of Tarn Publishing Ltd.", "notice"),
        ("Registered in England and Wales no. 01234567.", "notice"),
        (
            "Weir Pell LLP is a limited liability partnership registered in "
            "England and Wales (OC123456).",
            "notice",
        ),
        # who may read it
        ("Members' edition. Not for publication.", "notice"),
        ("For members only. Please do not forward outside your firm.", "notice"),
        # the issue line under a newsletter's name
        ("No. 12/2025 · Circulated 3 October 2025 by the Secretariat", "date"),
        ("A weekly digest for people who run small harbours · 9 October 2025", "date"),
        (
            "Having trouble reading this alert? View it online at "
            "https://alerts.example/issue",
            "navigation",
        ),
    ],
)
def test_newsletter_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Do not share your password with anyone, the bank said.",
        "Do not forward this email, police said.",
        "Born in Leeds, she registered in Leeds as a voter.",
    ],
)
def test_newsletter_like_prose_stays_content(line: str) -> None:
    assert classify(line) is None


class TestFootersWrappedOverLines:
    def test_a_footer_of_furniture_sentences_is_one_block(self):
        text = (
            "That's all for this week.\n"
            "\n"
            "Fell Traders, 2 Quay Parade, Kestrel KM1 1QA. You are\n"
            "receiving this digest as a named contact of a member firm. To\n"
            "change the contacts we hold, please email members@fell.example.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]

    def test_a_wrapped_notice_takes_the_rest_of_the_footer(self):
        text = (
            "That's all for this week.\n"
            "\n"
            "You are receiving this alert because you registered for\n"
            "alerts on the Tarn Books website. Manage your alerts:\n"
            "https://tarnbooks.example/alerts\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]

    def test_prose_over_a_credit_is_not_a_footer(self):
        text = (
            "The league table is below.\n"
            "\n"
            "Kettle Ness can clinch the title next Saturday with a win at Fenmoor\n"
            "Source: County League data service\n"
            "© 2025 Coastline Sport\n"
        )
        doc = newsparse.parse(text, normalize=False)
        assert [b.type for b in doc.children][:2] == ["paragraph", "paragraph"]

    def test_a_paragraph_with_one_sentence_of_content_stays_prose(self):
        text = (
            "That's all for this week.\n"
            "\n"
            "The harbour reopens on Monday after a week of repairs. You are\n"
            "receiving this update because the ferry runs again from there.\n"
            "Crews will work through the night to clear the last of the mud.\n"
        )
        assert "boilerplate" not in outline(text)


def test_a_label_in_capitals_under_a_notice_heads_a_section() -> None:
    text = (
        "FELL TRADERS WEEKLY DIGEST\n"
        "Fell Traders' Council | Issue 18/2025 | 31 October 2025\n"
        "Members' edition. Not for publication.\n"
        "\n"
        "PORT OPERATIONS\n"
        "Berth 4 at the container terminal will close for crane\n"
        "maintenance from 10 to 21 November, the operator said.\n"
    )
    assert "h2:PORT OPERATIONS" in outline(text)
