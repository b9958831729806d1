"""Structure variants found by the fourteenth session's sets.

Generated drafts, scraped pages and wire (``structure-dev159`` onwards):
each test takes one form they print, with the prose around it that must
stay as it is. All text is our own.
"""

from __future__ import annotations

import pytest

from newsparse.blocks.furniture import classify

from .test_variants import outline


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # what an SEO tool prints around the draft it made
        ("Readability: 71 (easy)", "notice"),
        ("Reading level: Grade 8", "notice"),
        ("Internal links: /rates-explained, /how-to-appeal", "notice"),
        ("Target keyword: ferry fares", "notice"),
        ("[CTA: Sign up for the Harbour Week newsletter]", "notice"),
        ("[Suggested image: a ferry at the quay | alt text: Ferry at dawn]", "notice"),
        ("Suggested tags: ferries, fares, Tarn Lakes", "tags"),
        # links to more, with or without the colon
        ("Read next:", "related"),
        ("Up next:", "related"),
        ("Related datasets: Rents · Completions · Planning", "related"),
        # a note set apart as a quotation
        ("> Note: the figures are provisional and may change.", "notice"),
        # an assistant's opening, with a dash after its first word
        ("Sure — here's a short explainer for your readers.", "notice"),
        # a picture's caption with its photographer in brackets
        ("Walkers cross the dam at dusk on Sunday. (Ines Garvey)", "caption"),
        ("Walkers cross the dam at dusk on Sunday. (Ines Garvey/Fell Post)", "caption"),
        # who paid for the reporting, and the writer's beat
        (
            "This trip was supported by the Tarn Lakes Visitor Board. The writer"
            " kept full editorial control.",
            "notice",
        ),
        ("Reporting for this article was funded by the Loch Fund.", "notice"),
        ("Ines Garvey covers transport for the Fell Post.", "byline"),
        (
            "Ines Garvey covers health policy. Reporting for this article was"
            " supported by a grant from the Loch Fund.",
            "byline",
        ),
        # a question, then where to write
        (
            "Spotted a gap? Tell us which topic to cover next at desk@fell.example.",
            "contact",
        ),
    ],
)
def test_furniture_of_drafts_and_pages(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The Green Party covers only half the seats in the north.",
        "The minister resigned on Friday. (Updated Friday)",
        "Readable prose about the fares is what the board promised.",
        "> The strike is over, she said, and the ferries sail on Monday.",
        "Sure enough, the ferries were late again on Monday.",
        "This trip takes four hours by ferry and two by road.",
    ],
)
def test_lines_of_content_like_them(line: str) -> None:
    assert classify(line) is None


def test_tags_side_by_side_label_nothing_under_them() -> None:
    """``Health · Analysis`` over the headline: the headline stays a heading."""
    text = (
        "Transport · Analysis\n"
        "Analysis: Can the New Ferry Timetable Survive Its First Winter?\n"
        "\n"
        "The board cut two crossings a day in October, and the operators say the\n"
        "cuts will cost them their winter trade if they last beyond March.\n"
    )
    assert outline(text) == [
        "boilerplate",
        "h1:Analysis: Can the New Ferry Timetable Survive Its First Winter?",
        "paragraph",
    ]


def test_a_name_over_the_rest_of_its_sentence_is_prose() -> None:
    """A wrapped subject that reads as a byline goes on with its verb below."""
    text = (
        "The board puts the cost of the new boats at 40 million over five years,\n"
        "most of it from the lake fund.\n"
        "\n"
        "Dr Ines Garvey, a transport economist at the Fell Institute for Public\n"
        "Policy in Kendry, said the sums only work if fares rise with inflation.\n"
    )
    assert outline(text) == ["paragraph", "paragraph"]


@pytest.mark.parametrize(
    "title",
    ["Where the money is meant to come from", "What the new levy is for"],
)
def test_a_question_word_strands_its_preposition(title: str) -> None:
    text = (
        "The plan rests on a levy on every ticket sold at the three quays, which\n"
        "the board expects to raise four million a year.\n"
        "\n"
        f"{title}\n"
        "\n"
        "The board puts the cost of the new boats at 40 million over five years.\n"
        "Most of it is meant to come from the lake fund and the rest from fares.\n"
    )
    assert outline(text)[1] == f"h2:{title}"


def test_a_line_breaking_off_on_a_preposition_is_no_heading() -> None:
    text = (
        "The board said it had no choice but to raise the fares from\n"
        "\n"
        "The board puts the cost of the new boats at 40 million over five years.\n"
    )
    assert outline(text) == ["paragraph", "paragraph"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a release's legends, numbers, contacts and small print
        ("NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION IN ANY COUNTRY", "notice"),
        ("**NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION**", "notice"),
        ("News release 2026/031", "release"),
        ("Enquiries", "contact"),
        ("**Enquiries**", "contact"),
        ("Tarn Ferries plc: Ana Ruiz, Finance Director, +44 1632 960811", "contact"),
        (
            "Fell Partners LLP is acting exclusively for Tarn Ferries and no one else"
            " in connection with the offer.",
            "notice",
        ),
        ("Fares are one way and subject to availability.", "notice"),
        ("This release was drafted with QuillDesk AI and approved by Tarn.", "notice"),
        ("Ferry summary generated at 17:35 GMT, 3 March 2026", "notice"),
        # a local page's furniture
        ("Ines Garvey | Local Democracy Reporting Service", "byline"),
        ("Ines Garvey | Court Reporter", "byline"),
        ("Join the conversation: 8 comments", "share"),
        ("More local sport", "related"),
        ("Related guides:", "related"),
        (
            "The Fell Post is published by Fell Media CIC. Registered in Wales.",
            "byline",
        ),
        (
            "The Fell Post, part of the Dale News network. © 2026 Dale News.",
            "copyright",
        ),
        (
            "Send your memories of Mair to tributes@fellpost.example and we will"
            " print some next week.",
            "notice",
        ),
        ("Seen flooding? Email desk@fellpost.example or call 01632 960458.", "contact"),
        ("*Table compiled from council minutes, March 2026.*", "source"),
        # furniture sentences side by side: the first one's kind
        ("Written by Ines Garvey, Weather Reporter. Published at 6.05am", "byline"),
    ],
)
def test_furniture_of_releases_and_local_pages(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Customer Service",
        "The National Health Service",
        "The ferry was late. It was cold on the quay.",
        "By the quay. The ferry was late on Monday.",
        "redistribution. © 2026 Dale News.",
        "reviewed by an editor. Prices are delayed by at least 15 minutes.",
        "The list is compiled from interviews with residents on the island.",
        "Not for the first time, the ferry was late.",
    ],
)
def test_lines_of_content_like_releases_furniture(line: str) -> None:
    assert classify(line) is None


def test_a_public_body_heads_its_release() -> None:
    """``DEPARTMENT FOR …`` over the release's number: the page's masthead."""
    text = (
        "DEPARTMENT FOR LAKE TRANSPORT\n"
        "News release 2026/031\n"
        "FERRY GRANT SCHEME TO KEEP WINTER CROSSINGS RUNNING ON THREE LAKES\n"
        "Ferry operators on the three northern lakes will be able to apply for\n"
        "grants to keep their winter crossings running, the department said.\n"
    )
    assert outline(text) == [
        "boilerplate",
        "boilerplate",
        "h1:FERRY GRANT SCHEME TO KEEP WINTER CROSSINGS RUNNING ON THREE LAKES",
        "paragraph",
    ]


def test_forward_looking_statements_run_to_the_blank_line() -> None:
    text = (
        "Tarn Ferries will report its full-year results on 4 March.\n"
        "\n"
        "This release contains forward-looking statements, including\n"
        "statements about expected revenue and passenger numbers. These\n"
        "statements reflect current expectations and are subject to risks.\n"
        "\n"
        "Tarn Ferries plc is registered in England.\n"
    )
    doc = outline(text)
    assert doc[:2] == ["paragraph", "boilerplate"]
    assert len(doc) == 3


def test_an_author_box_runs_to_the_blank_line() -> None:
    text = (
        "The levy is expected to raise four million a year.\n"
        "\n"
        "About the author\n"
        "Ines Garvey has covered transport costs for ten years.\n"
        "She does not own shares in any ferry company.\n"
    )
    assert outline(text) == ["paragraph", "boilerplate"]
