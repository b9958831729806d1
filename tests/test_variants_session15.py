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


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # generators and assistants
        (
            "How we use AI: This answer was drafted by an AI model from our reporting.",
            "notice",
        ),
        ("Ask Harbour AI another question", "notice"),
        ("⚠ The response was interrupted. Regenerate", "notice"),
        ("Reply MORE for the full table.", "notice"),
        (
            "Information current as of the court's judgment. This is not legal advice.",
            "notice",
        ),
        ("Orca Assist said:", "notice"),
        ("By the Explainer Desk, with AI assistance", "byline"),
        ("Live summary · auto-generated every 30 minutes", "navigation"),
        ("NewsMind · AI-generated summary", "navigation"),
        (
            "Results are based on figures declared overnight and may be subject "
            "to formal confirmation.",
            "notice",
        ),
        # news sites of the Americas and Oceania
        (
            "Updated April 28, 2025 — 7.30am, first published April 27, 2025 — 5.00pm",
            "date",
        ),
        (
            "A burnt-out shed south of Yarrabin in February. (Supplied: Leanne Hart)",
            "caption",
        ),
        ("With files from Dana Whitford", "byline"),
        ("Report a typo or error | Send us a news tip", "notice"),
        ("Leer en español", "navigation"),
        ("5 mins to read", "reading_time"),
        (
            "Harbour Voices is a public interest journalism project funded by the Trust.",
            "notice",
        ),
        ("View this post on Instagram", "caption"),
        ("A post shared by Bay Trails (@baytrails)", "caption"),
        (
            "Got something for the notebook? Email notes@paper.example by Friday.",
            "notice",
        ),
        ("Press Release | Business", "navigation"),
        ("The Ridgeline Courier did not write or edit this content.", "notice"),
        ("You've read 3 of 3 free articles this month.", "advert"),
        ("— Prairie Lands Electric Cooperative, Jan. 14, 2025", "byline"),
        # wires abroad
        ("SIS0412 3 ECO 0389 SAHEL/GRAIN", "release"),
        ("CWS-ECON-RAIL-TENDER 04-03 0812", "release"),
        ("LCA/rq/sh", "release"),
        ("SRPA/NK/DW 071822 JUL 24", "release"),
        ("BDN Staff Correspondents", "byline"),
        ("BDN Bengal Delta Newswire", "navigation"),
        ("Share this article: Facebook · X · LINE · Copy link", "share"),
    ],
)
def test_more_furniture_lines(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The minister said:",
        "The response was muted, the minister said.",
        "Ask the council for a new question form.",
        "A video shared by residents showed the flames.",
        "Report a fire to the council, officials said.",
        "With files from the ministry, the court ruled.",
        "COVID-19 UPDATE",
        "UK-EU TALKS 2025",
        "M25 J10-J16 CLOSED 2200",
        "Term | Starts | Half term | Ends",
    ],
)
def test_more_prose_stays_content(line: str) -> None:
    assert classify(line) is None


class TestWiresAbroad:
    def test_a_byline_over_a_date_is_no_table(self):
        text = (
            "Harbour school board cuts two programs\n"
            "\n"
            "By Ana Ruiz | The Harbour Sentinel\n"
            "March 19, 2025 | 4 min read\n"
            "\n"
            "The school board voted on Tuesday to cut two programs.\n"
        )
        assert outline(text) == [
            "h1:Harbour school board cuts two programs",
            "boilerplate",
            "boilerplate",
            "paragraph",
        ]

    def test_a_headline_over_a_dateline_with_two_hyphens_stands_alone(self):
        text = (
            "SIS0412 3 ECO 0389 SAHEL/GRAIN\n"
            "Five states agree to pool grain reserves\n"
            "NIAMEY, April 12 (SIS) -- Five Sahel governments agreed on Friday\n"
            "to pool part of their national grain reserves, in a bid to stop\n"
            "food prices spiking during the lean season, officials said.\n"
        )
        assert outline(text) == [
            "boilerplate",
            "h1:Five states agree to pool grain reserves",
            "paragraph",
        ]

    def test_a_quotation_after_the_last_item_ends_the_list(self):
        text = (
            "The agreement sets out two mechanisms:\n"
            "1) a joint stock of grain, held in national warehouses\n"
            "   but managed jointly;\n"
            "2) a shared price-monitoring system run by the secretariat.\n"
            '"This protocol is a promise that we will talk first," he said.\n'
        )
        assert outline(text) == ["paragraph", "list", "paragraph"]

    def test_a_dateline_in_title_case_under_the_byline_is_furniture(self):
        text = (
            "Solar subsidy stays until 2026, says minister\n"
            "\n"
            "By Arvind Rao\n"
            "New Delhi, June 14 (DNW)\n"
            "\n"
            "The subsidy for rooftop solar panels will stay at current levels.\n"
        )
        assert outline(text)[-1] == "paragraph"
        assert outline(text).count("boilerplate") >= 1
        assert "New Delhi" not in newsparse.parse(text).paragraphs()[0].text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # how a generated page was made
        (
            "Brief articles are generated from public documents and checked by a human editor.",
            "notice",
        ),
        (
            "Entries on this page are assembled with automated tools and checked by the desk.",
            "notice",
        ),
        (
            "Parts of today's brief were drafted with AI assistance and reviewed by editors.",
            "notice",
        ),
        (
            "This fact-check was drafted with the help of an automated claim-matching tool.",
            "notice",
        ),
        ("Summaries are generated automatically every hour.", "notice"),
        # a generator's header and notes
        ("FEED: WIRE-AUTO / POLITICS / 0412 GMT", "notice"),
        (
            "Auto-summarised from agency copy · 6 paragraphs · no headline supplied",
            "notice",
        ),
        (
            "[AutoBrief] Output #4471 — topic: ceasefire talks — length: medium",
            "notice",
        ),
        ("Generated by AutoBrief · model v0.9-beta · 612 words", "notice"),
        ("Generated 14 May, 06:12 UTC · Based on 9 wire reports", "notice"),
        ("Model: Sable-7 | Mode: briefing | Confidence: medium", "notice"),
        ('Prompt: "Summarise the state of the border talks."', "notice"),
        ("[Rows omitted: the mediator's document was not available.]", "notice"),
        # a newsletter's name and its day
        ("THE MORNING BRIEF — Thursday 6 March", "date"),
    ],
)
def test_generator_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Stories were written by hand until the 1990s, when automated tools arrived.",
        "The new engines were generated with automated tools, engineers said.",
        "Results – Saturday 12 April",
        "Model railways are popular | so are model boats",
    ],
)
def test_generator_like_prose_stays_content(line: str) -> None:
    assert classify(line) is None


class TestMarkdownMarksRunIntoTheTitle:
    def test_marks_without_a_space_still_make_headings(self):
        text = (
            "#Ceasefire Talks in Lorvek: Summary of Positions\n"
            "\n"
            "The talks go on.\n"
            "\n"
            "##Positions\n"
            "\n"
            "The two sides differ.\n"
        )
        assert outline(text) == [
            "h1:Ceasefire Talks in Lorvek: Summary of Positions",
            "paragraph",
            "h2:Positions",
            "paragraph",
        ]

    def test_hashtags_are_not_headings(self):
        text = "The vote is today.\n\n#MeToo\n\n#Budget2025 #Leeds trended all day.\n"
        assert outline(text) == ["paragraph", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a chamber's record and a council's minutes
        ("Volume 771: debated on Wednesday 14 May 2025", "date"),
        ("Text of this debate is published under the Open Record Licence.", "notice"),
        ("*Uncorrected evidence: witnesses have not yet checked this text.*", "notice"),
        ("Signed ……………………… Chair      Date ………………", "notice"),
        ("Document PC-MIN-2025-05 | Status: approved 3 June 2025", "date"),
        ("Council Chamber, Lowdon Town Hall – Tuesday 6 May 2025, 6.30 pm", "date"),
        ("Planning Policy Team, Oakridge District Council", "byline"),
        ("Version 2 – 14 July 2025", "date"),
        ("Share this sketch | Read more sketches by Ola Strand", "navigation"),
    ],
)
def test_chamber_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    ["Signed by both sides on Monday, the deal takes effect in May.", "Second Reading"],
)
def test_chamber_like_prose_stays_content(line: str) -> None:
    assert classify(line) is None


class TestAChambersRecord:
    TEXT = (
        "Housing (Tenancy Reform) Bill\n"
        "\n"
        "Volume 771: debated on Wednesday 14 May 2025\n"
        "\n"
        "Second Reading\n"
        "\n"
        "2.41 pm\n"
        "\n"
        "The Minister (Ms Carys Wendell): I beg to move, That the Bill be now read.\n"
        "\n"
        "Mr Ian Ross (Saltmarsh North) (Con): Will the Minister give way?\n"
        "\n"
        "Column 412\n"
        "\n"
        "Ms Wendell: I will not, as I have much to get through this afternoon.\n"
    )

    def test_a_stage_of_a_bill_heads_the_debate(self):
        assert "h2:Second Reading" in outline(self.TEXT)

    def test_a_members_question_is_a_turn_not_a_heading(self):
        assert not any("Will the Minister" in o for o in outline(self.TEXT))

    def test_a_column_number_is_furniture(self):
        doc = newsparse.parse(self.TEXT, normalize=False)
        assert "Column 412" not in [p.text for p in doc.paragraphs()]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Valid until: 21:00, Friday 19 July 2024", "date"),
        (
            "This release is produced in line with the Code of Practice for Statistics.",
            "notice",
        ),
        (
            "This page gives general information and does not replace advice from your GP.",
            "notice",
        ),
        ("Environment Monitoring Office – Official statistics", "navigation"),
    ],
)
def test_public_body_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


class TestPublicNotices:
    def test_a_title_case_label_over_a_lead_in_heads_its_section(self):
        text = (
            "Tap water in three zones must be boiled before use.\n"
            "\n"
            "What You Should Do:\n"
            "\n"
            "Until we lift the notice, please follow these steps:\n"
            "\n"
            "1. Bring tap water to a rolling boil, then let it cool.\n"
            "2. Store boiled water in a clean, covered container.\n"
        )
        assert outline(text) == [
            "paragraph",
            "h2:What You Should Do:",
            "paragraph",
            "list",
        ]

    def test_notes_marked_with_superscripts_stay_under_their_label(self):
        text = (
            "Ozone levels fell in 2023 at most stations.\n"
            "\n"
            "Notes\n"
            "¹ Figures for 2023 are provisional.\n"
            "² Stations with less than 75% data capture are excluded.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # comment threads, forums and mailing lists
        ("Reply", "share"),
        ("Reply | Quote | Report", "share"),
        ("Like · Reply", "share"),
        ("Marguerite Fell says:", "byline"),
        ("On Tue, 18 Feb 2025, Hamish Lorne wrote:", "byline"),
        ("tidewatcher_88", "byline"),
        ("PennyAtNo12", "byline"),
        ("Quote from: tidewatcher_88 on 11 March 2025, 07:42", "byline"),
        ("Moderator: Gull_Rock", "byline"),
        ("Gareth from Hollins Road · 1 h", "byline"),
        ("Pages: [1] 2 3 Next »", "navigation"),
        ("Welcome, Guest. Please log in or register.", "notice"),
        ("Leave a Reply", "notice"),
        (
            "Your email address will not be published. Required fields are marked *",
            "notice",
        ),
        ("Message: 2", "notice"),
        ("End of Riverside Digest, Vol 14, Issue 22", "notice"),
        ("Send Riverside mailing list submissions to", "notice"),
        ("Last edited by mod_kestrel on Tue 4 Mar 2025, 18:40", "notice"),
        ("Locked topic · 1,204 views", "notice"),
        ("📷 Pickle on the beach last summer", "caption"),
        ("This page was last edited on 19 January 2025.", "date"),
    ],
)
def test_thread_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The minister says:",
        "Mr Smith says:",
        "Report",
        "Quote",
        "iPhone15",
        "COVID19",
        "greysandsmuseum.example",
        "Leave a message at the front desk, the council said.",
    ],
)
def test_thread_like_lines_stay_content(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("FT", "date"),
        ("HT", "date"),
        ("*Commentary: Ana Frome and Ed Lacey. Statistics by StatsZone.*", "byline"),
        ("More runoff coverage:", "related"),
        (
            "Haze hangs over the bend on Thursday morning. (Lena Brook / Valley Ledger)",
            "caption",
        ),
    ],
)
def test_live_page_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


class TestLivePages:
    def test_a_stamp_under_a_posts_last_sentence_is_furniture(self):
        text = (
            "Shelters have opened at the high school, which can also take animals.\n"
            "3:45 p.m.\n"
            "Air tankers have been grounded for the past hour because of smoke.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate", "paragraph"]

    def test_latest_from_a_place_heads_the_posts(self):
        text = (
            "The stage finishes on the summit at about five o'clock.\n"
            "\n"
            "Latest From The Road\n"
            "16:41\n"
            "Salazar attacks with four kilometres to go! Only Lund can follow.\n"
            "16:22\n"
            "The breakaway's lead is down to under a minute at the foot of the climb.\n"
        )
        assert outline(text)[1] == "h2:Latest From The Road"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # releases, statistics pages and statements
        ("Press release · 18 June 2025 · 14:00 local time", "date"),
        ("Posted 1 July 2025 in Company news", "date"),
        ("_Ana Ruiz, Political Editor_ — 27 February 2025", "date"),
        ("Statement No. 112/2025", "release"),
        ("– ENDS –", "release"),
        ("Related recalls:", "related"),
        ("Registered charity number 1094455 (England and Wales)", "notice"),
        (
            "> **Never miss a release.** Sign up for e-mail alerts at stats.example",
            "advert",
        ),
        ("Feed: Kestrel Bay Statistics Authority – Latest releases", "navigation"),
        ("Filter by: Topic | Status | Date range", "navigation"),
        ("**Also published this week:**", "related"),
        ("You received this because you signed up to Health Data Weekly.", "notice"),
    ],
)
def test_release_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Posted in 2019 in Leeds, the grant ran out.",
        "Never miss a chance to see the harbour at dawn, locals say.",
        "Results – Saturday 12 April",
    ],
)
def test_release_like_prose_stays_content(line: str) -> None:
    assert classify(line) is None


class TestDisclosures:
    def test_a_disclosures_label_takes_its_text(self):
        text = (
            "We expect the shares to rise by a fifth over the year.\n"
            "\n"
            "IMPORTANT DISCLOSURES\n"
            "Analyst certification: the analyst certifies that the views are her own.\n"
            "Past performance is not a reliable indicator of future results.\n"
            "Investor services: 01632 960123\n"
        )
        assert outline(text) == ["paragraph", "boilerplate", "boilerplate"]

    def test_forward_looking_statements_end_before_about_the_company(self):
        text = (
            "Profit rose by a tenth, the company said.\n"
            "\n"
            "Forward-looking statements\n"
            "This release contains forward-looking statements that involve risk\n"
            "and the company undertakes no obligation to update them.\n"
            "About Harbourne Foods\n"
            "Harbourne Foods plc makes chilled ready meals for supermarkets.\n"
        )
        assert outline(text) == [
            "paragraph",
            "boilerplate",
            "h2:About Harbourne Foods",
            "paragraph",
        ]

    def test_a_note_to_editors_runs_to_the_blank_line(self):
        text = (
            "Six people were arrested on Tuesday, police said.\n"
            "\n"
            "Note to editors: photographs of the warrants are\n"
            "available on request from the press office.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # chat windows and writing tools
        ("User", "notice"),
        ("Assistant", "notice"),
        ("Orbit said:", "notice"),
        ("Was this response helpful? Yes · No", "notice"),
        ("⏱ 6 min read", "reading_time"),
        ("✨ Generated in 4.2 s · Tone: Neutral · Length: Medium", "notice"),
        ("ArticleSmith AI — Pros & Cons Generator", "navigation"),
        ("Topic: the border referendum | Tone: Balanced | Audience: General", "notice"),
        ("Output 2 of 3", "notice"),
        ("Credits remaining this month: 14", "notice"),
        (
            "ElectionBrief Generator · Template: Country Explainer · Draft saved 10:14",
            "notice",
        ),
        ("OUTPUT (model: scribe-large, temperature 0.4)", "notice"),
        ("⚠ Output may contain invented quotes. Verify before publishing.", "notice"),
        (
            "Machine-assisted summary produced with WireDesk Assist and checked by an editor.",
            "notice",
        ),
        # reporters' lines
        ("Harrow Island, 12 June", "date"),
        ("Filed via NewsRelay Mobile", "notice"),
        ("From our reporters in Dorrow and the capital", "byline"),
        ("THE DAILY HARBOUR | Text-only edition", "navigation"),
    ],
)
def test_tool_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Ana Ruiz said:",
        "He said:",
        "The minister, 12 June",
        "Sent from the front line, the letters tell a story.",
        "© 2025 Department of External Affairs",
    ],
)
def test_tool_like_lines(line: str) -> None:
    assert classify(line) in (None, "copyright")


class TestRulesOfEquals:
    def test_a_rule_of_equals_over_a_line_is_markup(self):
        text = (
            "Prompt: summarise the debate.\n"
            "\n"
            "==========================\n"
            "The debate ran for two hours and ended without a vote.\n"
        )
        doc = newsparse.parse(text, normalize=False)
        assert all("===" not in p.text for p in doc.paragraphs())

    def test_a_banner_between_two_rules_is_no_heading(self):
        text = (
            "==========================\n"
            "THE DAILY HARBOUR | Text-only edition\n"
            "==========================\n"
            "\n"
            "What the ruling means for renters\n"
            "\n"
            "Tenants will get their deposits back faster after the ruling.\n"
        )
        assert outline(text) == [
            "boilerplate",
            "h1:What the ruling means for renters",
            "paragraph",
        ]

    def test_an_underline_of_equals_still_makes_a_heading(self):
        text = "Ferry Strike Ends\n=================\n\nThe ferries run again.\n"
        assert outline(text) == ["h1:Ferry Strike Ends", "paragraph"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Explainer by Eleni Papadaki, Northern Greece Correspondent", "byline"),
        ("Reporting by Ana Rai (City Affairs Editor) and Bo Lim (Reporter)", "byline"),
        (
            "Cookies help us deliver our services. By using this site you agree.",
            "notice",
        ),
        (
            "Accept cookies? We and our partners use cookies. [Accept] [Manage]",
            "notice",
        ),
        ("Risk warning: This snapshot is for clients only.", "notice"),
        ("All times are local to the primary exchange.", "notice"),
        ("Views are those of the author at the time of writing.", "notice"),
        ("Planning notices are published every Thursday.", "notice"),
        ("Got a question or a tip? Just hit reply – we read everything.", "notice"),
        ("Notice date: 12 March 2026", "date"),
        ("Download term dates 2026 to 2027 (PDF, 84KB)", "navigation"),
        ("12 June 2025 | 08:10 SLST", "date"),
        ("Levant Press Agency, PO Box 55501, Doha, Qatar", "contact"),
        ("Nordlys Press is a member of the Press Complaints system.", "notice"),
        ("Also worth reading:", "related"),
        ("Related consultations", "related"),
    ],
)
def test_site_notes_and_credits(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    ["Reporting by the paper found that rents rose.", "All times are hard, she said."],
)
def test_site_like_lines(line: str) -> None:
    assert classify(line) is None


def test_a_table_drawn_in_a_box_is_one_table() -> None:
    text = (
        "Markets at a glance\n"
        "+--------------+---------+\n"
        "| Index        | Close   |\n"
        "+--------------+---------+\n"
        "| Harbour 100  | 8,412.6 |\n"
        "| Harbour 250  | 20,118  |\n"
        "+--------------+---------+\n"
        "\n"
        "Shares fell across the board.\n"
    )
    doc = newsparse.parse(text, normalize=False)
    assert outline(text)[-2:] == ["table", "paragraph"]
    table = doc.tables()[0]
    assert table.header == ("Index", "Close")
    assert [row[0] for row in table.rows] == ["Harbour 100", "Harbour 250"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "<!-- CMS draft · Politics desk · Owner: R. Ashdown · Last saved 14:51 -->",
            "notice",
        ),
        ("New chat · History · Workspace: Gazette web team", "notice"),
        ("[DRAFT – NOT FOR PUBLICATION]", "notice"),
        ("Editor notes: check the union's name before publishing.", "notice"),
        (
            "FAQ Builder output · Template: Housing explainer v3 · Tone: neutral",
            "notice",
        ),
        ("Output generated 19 May 2025 · Mode: Balanced · Sources cited: 6", "notice"),
        ("Sources used: council cabinet papers (12 March 2025)", "source"),
        ("Fact-check status: not reviewed. An editor must approve this FAQ.", "notice"),
        (
            "Auto-summary from the regional forecast briefing, 16 June 2025, 16:00",
            "notice",
        ),
        ("Written by the Brief team with help from our summarising tool", "notice"),
        ("Summary accuracy: auto-checked against transcript.", "notice"),
    ],
)
def test_cms_and_tool_notes(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Turnout: 31.4% | Electorate: 10,118 | Rejected ballots: 17",
        "Serves 4 | Prep 15 min | Cook 40 min",
        "Population: 5m · Capital: Oslo · Currency: krone",
    ],
)
def test_fact_lines_stay_content(line: str) -> None:
    assert classify(line) is None


class TestSentencesWithCitations:
    def test_a_citation_after_the_stop_still_ends_the_sentence(self):
        text = (
            "Jobs will go, the university said on Monday.\n"
            "\n"
            "It says a fall in applications has left a £21m hole in its budget.[1]\n"
            "Staff were told in an email on Monday morning.\n"
            "\n"
            "The university says it will try to make the savings by voluntary means.\n"
            "Compulsory redundancies have not been ruled out.\n"
            "\n"
            "Applications to its master's courses fell by 34% this year.[2]\n"
            "Those students pay more than twice the fee of home students.\n"
            "\n"
            "[1] Financial statements, 2024.\n"
            "[2] Admissions office figures, February 2025.\n"
        )
        assert outline(text).count("paragraph") == 4


def test_a_section_heading_numbered_otherwise_ends_the_list() -> None:
    text = (
        "3. Who Is at the Table\n"
        "The talks are chaired by a retired judge, and three delegations take part:\n"
        "1) the foreign ministry, led by its deputy minister;\n"
        "2) the interior ministry, which controls its border police;\n"
        "3) observers from the lake's fishing cooperatives.\n"
        "4. What Each Side Wants\n"
        "Each side wants the line drawn where it gains the richest bays.\n"
    )
    assert outline(text)[2:] == ["list", "h2:4. What Each Side Wants", "paragraph"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("APA lp/df 020958 GMT SEP 25", "release"),
        ("MERIDIAN WIRE ADVISORY ENDS", "release"),
        ("Pictured: the launch team on the first day of production.", "caption"),
        (
            "This briefing is prepared for members and is not a statement of policy.",
            "notice",
        ),
        (
            "This bulletin is issued for public information and may be reproduced.",
            "notice",
        ),
        (
            "**Get this digest by e-mail:** subscribe at council.example/digest",
            "notice",
        ),
        (
            "Get the Morning Briefing: the day's top stories at 7 a.m. Sign up here",
            "advert",
        ),
        (
            "(Graphic: Dollar index vs yield spread | https://graphics.example/fx)",
            "notice",
        ),
    ],
)
def test_wire_and_briefing_notes(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Below: the numbers, the movers and the three events we think matter.",
        "Get the basics right: plan ahead and sign up early, officials said.",
    ],
)
def test_wire_like_prose(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # stamps, signatures and desks (after the held-out score)
        ("Maya Okonjo-Reyes, Director", "byline"),
        ("Karen Osei-Lindqvist, Chief Customer Officer", "byline"),
        ("Obzornik24 election desk", "byline"),
        ("Desk: Regional / South", "byline"),
        ("Data owner: Transport Performance Unit", "byline"),
        ("Lead statistician: Dr Anneke Voss", "byline"),
        ("Our politics team at the count in Brackenmoor Leisure Centre", "byline"),
        ("Written up by Graham Pettifer, volunteer correspondent", "byline"),
        ("Regulatory announcement · Half-year report", "notice"),
        ("Generated summary · Source document: the tribunal's judgment", "notice"),
        ("Curated by our editors, summarised with AI", "notice"),
        (
            "Readings refresh every hour · Last refresh 14:00, Thursday 6 February",
            "notice",
        ),
        ("Updated daily at 07:00. Last update: 6 August, 07:04", "notice"),
        ("Reporting period: April 2025", "notice"),
        ("Figures to week ending Sunday 10 August 2025", "notice"),
        ("Together with Quillbase", "notice"),
        ("Key contacts", "notice"),
        ("Forward to a colleague", "navigation"),
        ("More weekend reading", "related"),
        ("**Read more on the blog:**", "related"),
    ],
)
def test_stamps_signatures_and_desks(line: str, kind: str) -> None:
    assert classify(line) == kind


def test_sections_over_the_byline_with_no_headline_are_furniture() -> None:
    text = (
        "Business | Retail\n"
        "\n"
        "By Joanna Price\n"
        "March 11, 2025 7:12 AM GMT\n"
        "\n"
        "The bakery chain reported a rise in sales on Tuesday.\n"
    )
    assert outline(text) == ["boilerplate", "boilerplate", "boilerplate", "paragraph"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Last updated: Sunday 23:52", "date"),
        ("Table last updated 2 July 2026, 18:00 local time.", "date"),
        (
            "*Rates checked Friday 24 October 2025 at 08:00. We update this page every Friday.*",
            "notice",
        ),
        ("Staff Reporter, Muscat | Edited by the Business Desk", "byline"),
        ("Recipe by Leyla Demirci | Photography by Sam Okoro", "byline"),
        ("Share this tracker | Print", "share"),
        ("Share this page: Facebook | X | E-mail", "share"),
        ("Browse listings: Yesterday | Tomorrow | Full week", "navigation"),
        (
            "Download the data (CSV) | Read our methodology | Embed this tracker",
            "navigation",
        ),
        ("More travel: Ferry timetable changes | Rail engineering works", "related"),
        ("Report an error | Journalistic standards", "notice"),
        ("Have you been affected by the storm? Send us your photos.", "notice"),
        (
            "This story was automatically rewritten from agency copy by a content engine.",
            "notice",
        ),
        (
            "AI-generated content may be inaccurate. Check important information.",
            "notice",
        ),
        ("By the Civic Desk | AI-assisted briefing", "navigation"),
        ("This post is now closed to new comments.", "notice"),
        (
            "Published and promoted by P. Venkataraman, 4 Sorrel Court, Northfold.",
            "notice",
        ),
        ("This is an accredited official statistic.", "notice"),
        ("For the latest Africa coverage, follow @MeridianAfrica", "related"),
        ("FOR A LIVE BLOG ON ASIAN STOCK MARKETS, SEE: ASIA/LIVE", "related"),
        ("Follow our live coverage of the count from 9.30pm on Thursday.", "related"),
        (
            "Photographs of the switch-on are available to download at b.example/press",
            "notice",
        ),
    ],
)
def test_page_notes_and_link_rows(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "More than 300 people came | and stayed | late",
        "Have you been to the coast this summer, she asked.",
    ],
)
def test_page_note_like_prose(line: str) -> None:
    assert classify(line) is None


class TestQuestionsOverTablesAndLists:
    def test_a_question_over_a_table_heads_it(self):
        text = (
            "Savings rates fall\n"
            "\n"
            "Why rates are changing\n"
            "\n"
            "The central bank cut its rate on 7 August, and we are passing it on.\n"
            "\n"
            "What is changing?\n"
            "\n"
            "| Account | Current rate | New rate |\n"
            "|---|---|---|\n"
            "| Easy Access | 3.60% | 3.35% |\n"
        )
        assert "h2:What is changing?" in outline(text)

    def test_a_question_over_a_lead_in_and_its_list_heads_them(self):
        text = (
            "Budget day\n"
            "\n"
            "Why it matters\n"
            "\n"
            "The assembly votes on the budget tonight after a week of talks.\n"
            "\n"
            "What is in the budget?\n"
            "\n"
            "For readers just joining us, the main measures are:\n"
            "\n"
            "- a freeze on bus fares\n"
            "- more money for school repairs\n"
        )
        assert "h2:What is in the budget?" in outline(text)
