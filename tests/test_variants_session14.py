"""Structure variants found by the fourteenth session's sets.

Generated drafts, scraped pages and wire (``structure-dev159`` onwards):
each test takes one form they print, with the prose around it that must
stay as it is. All text is our own.
"""

from __future__ import annotations

import pytest

import newsparse
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


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a newsletter's masthead: its name beside the issue or what it is
        ("The Tarn Courier · Results newsletter · Sent every two hours", "navigation"),
        ("Ferry monitoring for subscribers | Week 22 | 26 May to 1 June", "navigation"),
        ("**Weekly transport newsletter from the Fell Post** · Issue 31", "navigation"),
        ("OUT & ABOUT | The Fell Post weekend email", "navigation"),
        # its foot, its sponsor and its prompts
        ("You received this email because you subscribed at fell.example.", "notice"),
        ("Tarnwatch is an independent monitoring service. It is not advice.", "notice"),
        ("Follow us: Instagram · Facebook · WhatsApp channel", "share"),
        ("Sponsored by Quay Books: 20% off all orders with the code TARN20.", "advert"),
        ("Get these alerts by text: send FERRY to 01632 960123.", "advert"),
        ("Get ferry alerts for your lake: text FERRY to 01632 960123", "advert"),
        (
            "*Get the timetable first. Sign up to The Quay, our free newsletter.*",
            "advert",
        ),
        (
            "Sailing times are correct at the time of issue. Always check with the"
            " operator before you travel.",
            "notice",
        ),
        ("Cover design by Ines Garvey for Quay House Press", "byline"),
        # labels in italics, notes before a source, a key, wire codes
        ("*Filed under:* Transport · Lakes · Fares", "tags"),
        ("*Index values, 2019 = 100. Source: Fell Statistics Office*", "source"),
        ("pp = percentage points", "notice"),
        ("BC-Tarn-Ferry-Strike 1st Ld,0412", "release"),
        ("FWS 141120 GMT Mar 24", "release"),
    ],
)
def test_furniture_of_newsletters_and_data_pages(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "| Region | Crossings | Week 45 | Change |",
        "Region | Crossings | Week 45 | Change",
        "Week 22 | 14 | 3.2%",
        "Below: the week in numbers, the routes that moved and what comes next.",
        "*The Ferryman's Daughter* at the Quay Playhouse is the best new play of the year.",
        "You received a letter from the board in March, the residents said.",
    ],
)
def test_lines_of_content_like_newsletter_furniture(line: str) -> None:
    assert classify(line) is None


def test_a_name_under_a_comma_is_no_heading() -> None:
    text = (
        "The quay reopens on Saturday, and the first boat leaves at nine.\n"
        "\n"
        "Until tomorrow,\n"
        "Ines\n"
        "\n"
        "You received this email because you subscribed at fell.example.\n"
    )
    assert not any(kind.startswith("h") for kind in outline(text))


def test_a_label_under_a_closing_is_still_a_heading() -> None:
    text = (
        "We would welcome the chance to meet you to discuss these proposals.\n"
        "Yours sincerely,\n"
        "Signatories:\n"
        "Dr Ines Garvey – Chief Executive, Lakes Housing Trust\n"
        "Owen Marsh – Director, Fell Law Centre\n"
    )
    assert "h2:Signatories:" in outline(text) or "h1:Signatories:" in outline(text)


def test_a_bold_verdict_with_its_details_in_italics_is_prose() -> None:
    text = (
        "The novel follows a ferryman and his daughter over one hard winter.\n"
        "\n"
        "**Our verdict:** 4 out of 5. *Quay House Press, £16.99, 312 pages.*\n"
        "\n"
        "The next book is a history of the canal.\n"
    )
    assert outline(text) == ["paragraph", "paragraph", "paragraph"]


def test_a_sponsor_box_stops_at_its_rule() -> None:
    text = (
        "The quay reopens on Saturday.\n"
        "\n"
        "**A word from our sponsor**\n"
        "Quay Pensions: see how much your pension could be worth.\n"
        "---\n"
        "The first boat leaves at nine.\n"
    )
    doc = newsparse.parse(text, normalize=False)
    boxes = [node for node in doc.walk() if node.type == "boilerplate"]
    assert boxes
    assert boxes[0].text.rstrip().endswith("worth.")


def test_a_byline_over_a_dateline_stays_apart() -> None:
    text = (
        "UPDATE 2-Ferry strike enters third day as pay talks stall\n"
        "By Ines Garvey\n"
        "KENDRY, England, Oct 9 (Fellwire) - A strike by ferry crews on the\n"
        "northern lakes entered its third day on Wednesday after talks broke up.\n"
    )
    assert outline(text)[1:] == ["boilerplate", "paragraph"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("From our correspondents and agencies", "byline"),
        ("Photography: Ines Garvey for The Fell Review", "caption"),
        ("Contact details for this statistical bulletin", "contact"),
        ("Version 3.2, revised March 2026", "date"),
        ("Prices and Transport Division, Fell Statistics Agency", "byline"),
        ("FERRY DESK TOOLKIT | TIMELINE BUILDER v2.3", "navigation"),
        (
            "Confidence: medium | Sources: 3 wire reports, 1 ministry statement",
            "source",
        ),
    ],
)
def test_furniture_of_features_and_statistics(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Port data compiled by Fell Freight Monitor show the drop clearly:",
        "Data compiled by the board from 22 operators suggest fares will rise.",
        "Version control is the first thing the new team changed.",
    ],
)
def test_lines_of_content_like_statistics_furniture(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("title", "is_heading"),
    [
        ("Recap: what is the case about?", True),
        ("The numbers: how low is the lake?", True),
        ("Q: what is the case about?", False),
        ("Ines Garvey: what happens to the ferries now?", False),
    ],
)
def test_a_label_over_a_question_in_sentence_case(title: str, is_heading: bool) -> None:
    from newsparse.blocks.titles import looks_like_heading

    assert looks_like_heading(title, 14) is is_heading


def test_a_letter_signed_under_its_last_sentence_has_no_headings() -> None:
    text = (
        "The county says residents can use the central library instead. The bus\n"
        "fare there and back is four pounds sixty.\n"
        "Margaret Ode\n"
        "Kellerby, Northmere\n"
        "\n"
        "The next letter is about the ferries.\n"
    )
    assert not any(kind.startswith("h") for kind in outline(text))


def test_related_links_take_a_gallery_and_a_map() -> None:
    text = (
        "Crews expect to contain the fire by Sunday.\n"
        "\n"
        "Related coverage\n"
        "Map: where the Corran Valley fire is burning\n"
        "Photos: the view from Ridge Point on Friday night\n"
    )
    assert outline(text) == ["paragraph", "boilerplate"]


def test_a_contact_label_over_a_name_and_its_channels() -> None:
    text = (
        "The next figures are published on 14 May.\n"
        "\n"
        "Contact details for this statistical bulletin\n"
        "Priya Dunmore\n"
        "inflation@fell.example\n"
        "Telephone: 01632 960482\n"
    )
    assert outline(text) == ["paragraph", "boilerplate"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a public body's page
        ("Roads and travel › Roadworks and closures", "navigation"),
        ("Get involved / Volunteer", "navigation"),
        ("Cycling / Road / Tour of the Lakes", "navigation"),
        ("Related pages", "related"),
        ("Contact the parking services team", "contact"),
        ("Helen Aske, Parish Clerk", "byline"),
        (
            "Fell Community Trust is a registered charity (No. 1190452) and a company"
            " limited by guarantee (No. 11023344).",
            "notice",
        ),
        (
            "Lakes Food Network is a registered charity. Registered office: 4 Dock"
            " Street, Kendry KE2 9PQ.",
            "notice",
        ),
        # a results page
        (
            "Scorecards are provisional until confirmed by the official scorers.",
            "notice",
        ),
        ("Scores correct at 19:40 BST", "source"),
        (
            "*Full results are available at www.fellathletics.example/results.*",
            "related",
        ),
        ("← Previous report · Next report →", "navigation"),
        (
            "Get the best of our sailing coverage every Friday. Sign up to Off the Wind",
            "advert",
        ),
    ],
)
def test_furniture_of_public_pages_and_results(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Yes or no / maybe",
        "The trust is a registered charity, the chair said on Monday.",
        "Results are provisional, the returning officer warned.",
        "Scores were close all afternoon.",
    ],
)
def test_lines_of_content_like_public_page_furniture(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a portal's partner stories
        ("Read the full story at the Fell Post →", "related"),
        ("Read the original story on The Quay Courier:", "related"),
        ("_Partner content: this guide was written by the Fell Post._", "notice"),
        (
            "Republished on Portalia with the permission of Quay Press.",
            "source",
        ),
        ("Syndicated from The Weekender at the Fell Post", "source"),
        ("Live coverage from our partners at Lakes Radio News", "source"),
        ("From our partners at the Kendry Evening Star", "source"),
        (
            "This live page is supplied by Lakes Radio and has not been edited.",
            "source",
        ),
        ("Distributed by Portalia Newswire. Press release ID: PNW-0173", "source"),
        ("Lakes Wire, distributed by Meridian Newsdesk", "source"),
        ("Provided by the Fell Post sports desk", "source"),
        ("Posted in Football | Partner content", "navigation"),
        (
            "Meridian carries partner feeds unedited and is not responsible for their content.",
            "notice",
        ),
        ("Be the first to comment on this story.", "share"),
        # a firm's and a publisher's small print
        ("Authorised and regulated by the Financial Conduct Authority.", "notice"),
        (
            "Content licensed under CC BY 4.0. Lake Monitor is a project of the Trust.",
            "notice",
        ),
        ("Disclosures: Fell Research has received fees from Tarn Ferries.", "notice"),
        ("From the markets desk at Fell Capital Partners", "byline"),
        ("Read our editorial standards at www.fellwire.example/standards", "notice"),
        (
            "Have a question about your fares? Email money@fell.example and we will"
            " answer it next week.",
            "notice",
        ),
    ],
)
def test_furniture_of_portals_and_finance_pages(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The report was distributed by Tarn Council to all homes.",
        "The vaccine was provided by the Health Agency to every school.",
        "Regulated by the council, the market opens daily.",
        "Text messages were sent to all residents.",
        "Be the first to know when the ferries sail again.",
    ],
)
def test_lines_of_content_like_portal_furniture(line: str) -> None:
    assert classify(line) is None


def test_a_quote_broken_before_a_name_is_no_heading() -> None:
    text = (
        "The trial ran for two years at six schools in the county.\n"
        "\n"
        '"We expected some of the gain to be eaten up by later bedtimes," Dr\n'
        'Varga said. "That happened, but far less than the critics predicted."\n'
    )
    assert not any(kind.startswith("h") for kind in outline(text))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # an assistant's export and caveats
        ("Conversation export — Lumen Assistant", "notice"),
        ("Shared conversation · Lumen Assistant", "notice"),
        ("Model: lumen-large (knowledge cut-off: June 2026)", "notice"),
        ("Exported 2 August 2026, 09:14 UTC", "notice"),
        ("Caveat: positions can shift quickly during coalition talks.", "notice"),
        ("Keep in mind: this summary covers polls up to 22 October.", "notice"),
        ("Important: I do not have access to live results.", "notice"),
        ("By the Data Desk, with an AI-generated summary", "byline"),
        ("Related questions: Why is the 9 late? | Is the night ferry back?", "related"),
        ("---------- Forwarded message ---------", "notice"),
        # a broadcaster's and an agency's feed
        ("Coverage from the Lakes Radio news team in Kendry and Fell", "byline"),
        ("MEDIA ADVISORY – FOR PLANNING PURPOSES", "release"),
        ("Press office contacts:", "contact"),
        ("Running time 3'55\"", "notice"),
        ('CUE IN: "We are opening two wards…" OUT: "…by March." DUR: 0\'18"', "notice"),
        (
            "Script copyright Lakes Radio. Not for rebroadcast without permission.",
            "copyright",
        ),
        ("Priority: 2 | Category: Business, Labour | Words: 540", "source"),
        ("-- 0 --", "release"),
        # a regional site's page
        ("Updated January 9 2026 - 5:12pm, first published 3:30pm", "date"),
        ("More election coverage", "related"),
    ],
)
def test_furniture_of_assistants_and_feeds(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "BY THE NUMBERS",
        "By the numbers, the plan is short of four million.",
        "I do not have a car, so the bus matters.",
        "More coverage: the council will debate it tonight, he said.",
        "Reporting from the scene was difficult.",
    ],
)
def test_lines_of_content_like_feed_furniture(line: str) -> None:
    assert classify(line) is None


def test_a_forwarded_message_and_its_headers_are_one_block() -> None:
    text = (
        "---------- Forwarded message ---------\n"
        "From: Ines Garvey <ines@fell.example>\n"
        "Date: Tue, 11 Mar 2026 at 08:42\n"
        "Subject: The ferry timetable\n"
        "To: Transport team <transport@fell.example>\n"
        "\n"
        "The new timetable starts on Monday and drops two crossings a day.\n"
    )
    assert outline(text) == ["boilerplate", "paragraph"]


def test_a_paper_over_its_sections_is_the_masthead() -> None:
    text = (
        "Fell Courier\n"
        "NEWS | COURTS\n"
        "Former councillor denied bail in ferry contract case\n"
        "\n"
        "A former councillor accused of steering a ferry contract to a friend's\n"
        "company was denied bail on Tuesday.\n"
    )
    assert outline(text)[:2] == ["boilerplate", "boilerplate"]


def test_a_marked_heading_is_no_masthead() -> None:
    text = "# The Evening Wire\n\nFerries: two crossings cut from Monday.\n"
    assert outline(text)[0] == "h1:The Evening Wire"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # community pages
        ("By the Fell Old Students' Association", "byline"),
        ("Published in the Fell Valley Gazette on 7 March 2026", "date"),
        ("Name and address supplied", "byline"),
        ("Signed: R. Castell, Clerk to the Council", "byline"),
        ("Download this newsletter (PDF, 412 KB)", "navigation"),
        ("To place a notice, call our announcements team on 01632 960100.", "advert"),
        # data pages and trade papers
        (
            "Methodology: estimates of turnout by age come from the Fell Study.",
            "notice",
        ),
        ("Analyst certification: The views expressed are the analyst's own.", "notice"),
        (
            "Subscriber edition. Sharing this article breaches our terms of use.",
            "notice",
        ),
        (
            "Data from official results; figures may not add up because of rounding.",
            "notice",
        ),
        (
            "Prices are indicative and should not be used as the sole basis for trading.",
            "source",
        ),
        ("Subscribe to Ferry Weekly for full timetable changes every month.", "advert"),
        ("Related documents", "related"),
    ],
)
def test_furniture_of_community_and_trade_pages(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Published in March, the report was welcomed by the board.",
        "Name and address of the winner will be announced on Friday.",
        "Signed copies of the book are on sale at the library.",
    ],
)
def test_lines_of_content_like_community_furniture(line: str) -> None:
    assert classify(line) is None


def test_a_reader_question_is_no_labelled_heading() -> None:
    from newsparse.blocks.titles import looks_like_heading

    assert not looks_like_heading("You asked: can I take a photo in the booth?", 14)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Last reading: 14:45, 26 January 2026", "date"),
        ("Judgment handed down: 19 September 2026", "date"),
        ("Valid 4 November 2026 to 30 March 2027", "date"),
        ("HW-COURTS-EXTRADITION 1st Ld-Writethru", "release"),
        ("Fell Wire Legal Affairs Writer", "byline"),
        ("Get service alerts by text: send FERRY to 60123", "advert"),
        ("Follow us for live updates: @FellFireRescue", "share"),
        ("META DESCRIPTION: The lake line shuts for nine days from 4 July.", "notice"),
        ("FOCUS KEYPHRASE: lake line closure", "notice"),
        ("FAQ generated with AnswerBlock · 3 questions · schema: FAQPage", "notice"),
        ("Schema: FAQPage markup generated (6 questions)", "notice"),
        ("[QuillDesk note: 612 words · readability grade 7]", "notice"),
    ],
)
def test_furniture_of_status_pages_courts_and_generators(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    ["Valid reasons were given for the delay.", "The last reading was taken at noon."],
)
def test_lines_of_content_like_status_furniture(line: str) -> None:
    assert classify(line) is None


def test_a_body_over_its_page_path_is_the_masthead() -> None:
    text = (
        "Kendry Combined Court Centre\n"
        "Courts › Notices › Reporting restrictions\n"
        "NOTICE OF REPORTING RESTRICTIONS\n"
        "\n"
        "The court has ordered that nothing may be published that could identify\n"
        "the two children named in the case.\n"
    )
    assert outline(text)[:2] == ["boilerplate", "boilerplate"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Policy Summary No. 31 | Public Finance Programme", "navigation"),
        ("Ines Garvey-Hale, Senior Fellow", "byline"),
        ("Add to calendar: Google · Outlook · iCal", "navigation"),
        ("policy@fellexporters.example | 01632 960233", "contact"),
        (
            'Cite as: Garvey, I. (2026), "Ferry Fares After the Storms", Summary No. 31',
            "references",
        ),
    ],
)
def test_furniture_of_think_tank_pages(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    ["A Fellow of the Royal Society", "2019 | 2020 | 2021", "Week 22 | 14 | 3.2%"],
)
def test_lines_of_content_like_think_tank_furniture(line: str) -> None:
    assert classify(line) is None


def test_term_items_under_a_lead_in_and_a_blank_line() -> None:
    """``Date – …`` opens the items the lead-in announces, not a date line."""
    text = (
        "The forum invites you to a roundtable on who pays for new ferries.\n"
        "\n"
        "Practical details for participants:\n"
        "\n"
        "Date – Wednesday 9 October 2026\n"
        "Time – 09:30 to 12:30, followed by lunch\n"
        "Format – In person only, limited to 30 places\n"
    )
    assert outline(text) == ["paragraph", "paragraph", "list"]


def test_a_footnote_broken_off_takes_the_line_under_it() -> None:
    text = (
        "Seven councils took part in the survey.[1]\n"
        "\n"
        "[1] The seven councils took part on condition of anonymity. Figures have been\n"
        "rounded to the nearest percentage point.\n"
    )
    assert outline(text) == ["paragraph", "boilerplate"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Posted on 3 April 2026 by Dr Ines Garvey, Director of Public Health", "date"),
        ("Posted by the Student Health Centre on 29 October 2026", "date"),
        ("Issued 12 May 2026 by the Fell Health Protection Partnership", "date"),
        (
            "Terms apply. Offer subject to availability and not valid at Easter.",
            "notice",
        ),
        ("Explore more on these topics: Fiction · Debut novels · Books", "related"),
        ("Posted in Drinks, Recipes | 28 November 2026 | 3 comments", "navigation"),
    ],
)
def test_furniture_of_health_notices_and_lifestyle_pages(line: str, kind: str) -> None:
    assert classify(line) == kind


def test_a_line_of_several_sentences_is_no_heading() -> None:
    text = (
        "The Salting House has nine rooms above a working boatyard.\n"
        "\n"
        "Doubles from £165 B&B. Dogs £15 a night. saltinghouse.example\n"
        "\n"
        "The Mill at Ashgill is a short walk from the station.\n"
    )
    assert not any(kind.startswith("h") for kind in outline(text))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "[Table could not be displayed. View the original at fell.example/levels]",
            "notice",
        ),
        ("*Green Hearth is editorially independent and takes no payment.*", "notice"),
        ("Prepared by the Transport Policy Unit, 12 May 2026", "byline"),
        ("By the Fell Ledger Newsroom, with AI-assisted research", "byline"),
        (
            "The ferry leaves the Quay Street terminal on Monday. Photo / Lena Marsh",
            "caption",
        ),
    ],
)
def test_furniture_of_converted_pages(line: str, kind: str) -> None:
    assert classify(line) == kind


def test_home_over_sections_one_a_line_is_one_menu() -> None:
    text = (
        "Home\n"
        "News\n"
        "Health\n"
        "Wellbeing\n"
        "\n"
        "Pollen counts in the valley hit a ten-year high on Tuesday, and doctors\n"
        "expect the worst week of the season to come.\n"
    )
    assert outline(text) == ["boilerplate", "paragraph"]


def test_a_repeated_running_header_in_capitals_is_furniture() -> None:
    header = "FELL CITY COUNCIL – TRANSPORT COMMITTEE BRIEFING\n"
    body = "The committee will decide on 3 June whether to cut two bus routes.\n"
    text = (
        header + "\n" + body + "\n" + header + "\n" + body.replace("3 June", "4 June")
    )
    assert outline(text) == ["boilerplate", "paragraph", "boilerplate", "paragraph"]


@pytest.mark.parametrize(
    ("line", "is_heading"),
    [
        ("Fell's oldest resident, Mair Cole, turned 106 on", False),
        ("Copper climbs to five-week high as the mine strike drags on", True),
        ("Your results are in", True),
    ],
)
def test_a_long_line_ending_on_a_figure_and_on(line: str, is_heading: bool) -> None:
    from newsparse.blocks.titles import looks_like_heading

    assert looks_like_heading(line, 14) is is_heading


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "_Fell Giving Forum · Donor guide 7 of 12 · Last reviewed March 2026_",
            "navigation",
        ),
        ("Drought Desk · Statement tracker", "navigation"),
        ("Lakes Radio political unit", "byline"),
        (
            "Printable version – generated 04/06/2026 from www.fell.example/guides/x",
            "navigation",
        ),
    ],
)
def test_furniture_of_trackers_and_guides(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    ["The intensive care unit", "Candidate | Party | Votes | Share", "Rome | 3 May"],
)
def test_lines_of_content_like_tracker_furniture(line: str) -> None:
    assert classify(line) is None
