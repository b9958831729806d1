"""Structure variants found by the thirteenth session's sets.

Wire, data pages and briefings (``structure-dev120`` onwards): each test
takes one form they print, with the prose around it that must stay as it is.
All text is our own.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.blocks.furniture import classify

from .test_variants import outline

# A hard-wrapped story (width about 70) for the wrapping tests below.
WRAPPED_OPENING = (
    "Ferry operators on the northern lakes carried fewer passengers this\n"
    "summer than in any year since the crossings reopened, the lake board\n"
    "said on Tuesday, blaming higher fares and a wet August for the fall.\n"
    "\n"
)


def paragraph_texts(text: str) -> list[str]:
    doc = newsparse.parse(text, normalize=False)
    return [node.text for node in doc.walk() if node.type == "paragraph"]


class TestCommaGoesOn:
    """A line of prose ending on a comma goes on into the next line."""

    def test_into_a_quoted_title_holding_a_pipe(self):
        text = WRAPPED_OPENING + (
            "For the history of the routes, read the board's summer report,\n"
            '"Lake Crossings | Ten years on the water", which sets out the\n'
            "three options for the timetable.\n"
        )
        assert outline(text) == ["paragraph", "paragraph"]

    def test_a_short_closing_sentence_over_its_signature_stays_apart(self):
        text = (
            "Thanks to every volunteer who stood at the water stations on Sunday. "
            "See you next year,\n"
            "Mira and the club committee\n"
        )
        assert len(paragraph_texts(text)) == 2


class TestTableSource:
    """A line right under a table's rows that names its source is furniture."""

    TABLE = (
        "Output fell at every pit in the quarter, the company said.\n\n"
        "Pit | Q1 | Q2\n"
        "--- | --- | ---\n"
        "North Shaft | 4,100 | 3,650\n"
        "Kestrel Deep | 2,480 | 2,110\n"
        "{note}\n"
        "\n"
        "The company will report its half-year results in August.\n"
    )

    def test_a_note_that_cites_its_source_after_a_stop(self):
        text = self.TABLE.format(note="Figures in tonnes of ore. Source: Ore Board")
        assert outline(text) == ["paragraph", "table", "boilerplate", "paragraph"]

    def test_a_sentence_that_mentions_a_source_is_no_note(self):
        text = self.TABLE.format(
            note="The source of the shortfall is the Kestrel seam."
        )
        assert outline(text)[2] != "boilerplate"

    def test_a_source_line_ends_a_table_without_outer_pipes(self):
        text = (
            "Sales by division, in millions of pounds:\n\n"
            "Division | Sales | Change\n"
            "Food | 412 | +3.1%\n"
            "Clothing | 655 | -4.8%\n"
            "Source: trading statement, 13 weeks to 1 March\n"
            "Its Home | Living stores, opened in four towns last spring, were the "
            "one bright spot outside food, with sales up 9 per cent on a small base.\n"
        )
        assert outline(text) == ["paragraph", "table", "boilerplate", "paragraph"]


class TestFirstNumberedSection:
    """``1. Main points`` over bullets set apart by a blank line is a heading."""

    BODY = (
        "Regional Labour Market: January To March\n\n"
        "{first}\n\n"
        "• Employment rose in four of the six regions over the quarter.\n"
        "• Unemployment was highest on the north coast, at 5.9 per cent.\n\n"
        "2. Employment By Region\n\n"
        "The employment rate rose most in the lakelands, by 0.8 points.\n"
    )

    def test_the_first_section_over_its_bullets(self):
        kinds = outline(self.BODY.format(first="1. Main points"))
        assert kinds[:3] == [
            "h1:Regional Labour Market: January To March",
            "h2:1. Main points",
            "list",
        ]

    def test_a_numbered_item_with_its_bullets_right_under_it_stays_a_list(self):
        text = (
            "Before you apply:\n\n"
            "1. Check the deadline\n"
            "• Forms close on 30 June.\n"
            "• Late forms are not read.\n"
        )
        assert not any(kind.startswith("h") for kind in outline(text)[1:])


class TestLowerCaseBylineUnderTitle:
    """A title over ``by Name, Role`` is the title, not a wrapped line."""

    def test_a_sentence_case_headline_over_a_lower_case_byline(self):
        text = (
            "World news > Trade\n"
            "Analysis: Why the northern trade summit ended without a statement\n"
            "by Ruth Amsel, Trade Correspondent\n"
            "Published 3 hours ago\n"
            "OSTERBY – For the first time in its history, the North Sea Trade\n"
            "Forum closed on Sunday without a joint statement, after two days of\n"
            "talks in which ministers could not agree on the wording of a single\n"
            "paragraph about fishing quotas.\n"
        )
        kinds = outline(text)
        assert kinds[1].startswith("h1:Analysis: Why")
        assert kinds.count("paragraph") == 1

    def test_a_wrapped_line_going_on_with_by_stays_one_paragraph(self):
        text = (
            "The new harbour wall, which took three years to build, was opened\n"
            "by the mayor on Friday in front of a crowd of several hundred people\n"
            "who had waited in the rain since early morning.\n"
        )
        assert outline(text) == ["paragraph"]


class TestWrappedFurniture:
    """A short wrapped run that reads whole as furniture is furniture."""

    STORY = (
        "Two ferry operators agreed to merge on Monday, creating the largest\n"
        "carrier on the northern routes, the companies said in a statement.\n"
        "\n"
        "{tail}\n"
    )

    def test_a_contributor_line_broken_in_two(self):
        tail = "Harbour Wire writer Ines Varga in Tromsø contributed to this\nreport."
        assert outline(self.STORY.format(tail=tail)) == ["paragraph", "boilerplate"]

    def test_a_sentence_of_news_broken_in_two_stays_a_paragraph(self):
        tail = (
            "Harbour Wire asked both companies about the merger, and neither\n"
            "would comment."
        )
        assert outline(self.STORY.format(tail=tail)) == ["paragraph", "paragraph"]

    def test_a_company_profile_under_its_about_heading_is_content(self):
        text = (
            "Ferry Operators Agree To Merge\n\n"
            "Two ferry operators agreed to merge on Monday.\n\n"
            "About Fjordline Carriers\n\n"
            "Fjordline Carriers is a Norwegian ferry producer with yards in the\n"
            "north. The company employs about 900 people.\n"
        )
        assert outline(text)[-1] == "paragraph"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("KESTRIA-ENVIRONMENT/WOLVES (Q&A)", "release"),
        ("ATHLETICS-MARATHON/ORVESK (RESULTS)", "release"),
        ("TARNIA-MARKETS/ (PIX, TABLE)", "release"),
        ("TARNIA-SOCIETY/MARKETS (FEATURE)", "release"),
        ("UPDATE 2-Adds union statement in paragraphs 5-6, updates prices", "release"),
        ("REFILE-Corrects spelling of minister's name in paragraph 3", "release"),
        ("Corrected version of story first issued at 0942 GMT.", "release"),
        ("Words: 340 / Pictures available", "release"),
        (
            "EMBARGOED: Not for publication or broadcast before 0001 GMT "
            "Saturday, May 17",
            "release",
        ),
        ("KSN/LP/OF/11:42", "release"),
        ("KW/JT/1942 GMT", "release"),
        ("Agencia Norte de Noticias — English Service", "navigation"),
        ("Lakeland News Service | 12 August 2025, 09:15 NPT", "date"),
        (
            "You are receiving Harbour Newsline alerts for: Ports, Transport. "
            "Manage alerts: https://www.harbournewsline.example/alerts",
            "notice",
        ),
        (
            "Market data may be delayed by up to 15 minutes. KSE does not "
            "guarantee the accuracy of prices.",
            "source",
        ),
        (
            "Prices are averages compiled from merchant and auction-mart returns "
            "and are indicative only.",
            "source",
        ),
        (
            "Traders load melons at the Kessel floating market on May 9. "
            "(DPS/Tran Van Lam)",
            "caption",
        ),
    ],
)
def test_wire_and_feed_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "UPDATE 2-Copper climbs to five-week high as mine strike drags on",
        "Words: 340 of them were written in anger, she said.",
        "UK/EU talks resume",
        "Prices are rising faster than wages and are likely to keep rising.",
        "He spoke English - world service radio",
        "Traders load melons at the market. (DPS/Tran Van Lam",
    ],
)
def test_wire_lines_that_are_content(line: str) -> None:
    assert classify(line) is None


class TestWireCopy:
    """The shapes of agency copy: slugs, time lists, credits in brackets."""

    def test_a_slug_with_tags_over_its_headline(self):
        text = (
            "KESTRIA-ENVIRONMENT/WOLVES (Q&A)\n"
            "Q&A: Why a wolf cull plan is dividing a northern valley\n"
            "By Ana Ruiz\n"
            "VALMORA, June 3 (Nordwire) - Farmers in the valley want the cull; "
            "the park's rangers do not.\n"
        )
        kinds = outline(text)
        assert kinds[0] == "boilerplate"
        assert kinds[1].startswith("h1:Q&A: Why")

    def test_a_time_list_ends_before_a_heading_in_capitals(self):
        text = (
            "Ferry operators on the northern lakes carried fewer passengers this\n"
            "summer than in any year since the crossings reopened, the lake board\n"
            "said on Tuesday, blaming higher fares and a wet August for the fall.\n"
            "The coast guard gave this account of the sinking:\n"
            "05:40 – The ferry leaves the harbour at Port Bantay\n"
            "06:55 – The captain radios that the ferry is listing in the swell\n"
            "09:30 – Coast guard and navy vessels begin a search of the lake\n"
            "SURVIVORS' ACCOUNTS\n"
            "Survivors said waves had been breaking over the bow for almost an\n"
            "hour before the ferry tipped onto its side, and that there were not\n"
            "enough life jackets.\n"
        )
        kinds = outline(text)
        assert kinds[-3:] == ["list", "h2:SURVIVORS' ACCOUNTS", "paragraph"]

    def test_a_bracketed_credit_under_a_wrapped_sentence(self):
        text = WRAPPED_OPENING + (
            "Safety groups say enforcement of passenger limits is weak at the\n"
            "smaller piers, where tickets are often sold on board instead.\n"
            "(Reporting by Ramon Villa; Additional reporting by Cherry\n"
            "Buen in San Isidro; Editing by Mia Ostrander)\n"
        )
        assert outline(text) == ["paragraph", "paragraph", "boilerplate"]

    def test_an_e_mail_signature_separator_is_markup(self):
        text = (
            "Talks resume on Monday, the ministry said.\n\n"
            "--\n"
            "You are receiving Harbour Newsline alerts for: Ports, Transport.\n"
        )
        doc = newsparse.parse(text, normalize=False)
        assert outline(text) == ["paragraph", "boilerplate"]
        assert "--" not in "".join(
            node.text for node in doc.walk() if node.type != "document"
        )


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("View this bulletin in your browser", "navigation"),
        ("Crown copyright 2025", "copyright"),
        (
            "*Parliamentary copyright 2025. This information may be reused under "
            "the Open Parliament Licence.*",
            "copyright",
        ),
        (
            "This page updates automatically. Last updated 04:18, Friday 2 May.",
            "notice",
        ),
        (
            "This is an edited transcript. The text may be corrected before it "
            "is published in the final record.",
            "notice",
        ),
        ("Contact Electoral Services:", "contact"),
    ],
)
def test_public_body_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Crown copyright was waived for the archive in 2019, the office said.",
        "Contact tracing: what you need to know",
        "This page of the report is the one the minister quoted.",
    ],
)
def test_public_body_lines_that_are_content(line: str) -> None:
    assert classify(line) is None


class TestPublicBodyPages:
    def test_a_marked_label_over_prose_is_a_heading(self):
        text = (
            "# Coastal Access Bill\n\n"
            "A Bill to extend the right of public access to the coast.\n\n"
            "## Latest news\n\n"
            "The Bill completed its committee stage on 20 May. Report stage has "
            "not yet been scheduled.\n"
        )
        assert outline(text)[2] == "h2:Latest news"

    def test_a_marked_label_over_links_stays_furniture(self):
        text = (
            "# Coastal Access Bill\n\n"
            "A Bill to extend the right of public access to the coast.\n\n"
            "## Latest news\n\n"
            "- [Committee stage report](https://parliament.example/report)\n"
            "- [Second reading debate](https://parliament.example/debate)\n"
        )
        assert outline(text)[2] == "boilerplate"

    def test_a_wrapped_notice_ending_on_a_name_then_links(self):
        text = (
            "Wheat prices rose for a third week as buyers returned to the market.\n\n"
            "You are receiving this email because you subscribed to Farmgate\n"
            "Weekly. Unsubscribe | Update your preferences\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Updated every Friday. Last update: 15 August 2025, 12:00", "date"),
        ("By Hana Quell and the Gazette data unit", "byline"),
        ("Figures supplied by network operators at 21:00.", "notice"),
        (
            "*Henrik Sol is the Ledger Post's industry editor. He holds no "
            "positions in the companies mentioned.*",
            "byline",
        ),
        ("Comments are open to subscribers. Read our community guidelines", "share"),
    ],
)
def test_data_page_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Figures provided by the ministry show a sharp rise in complaints.",
        "The minister is the editor's best friend, he said.",
        "Updated every week since 2019, the index has never fallen so far.",
    ],
)
def test_data_page_lines_that_are_content(line: str) -> None:
    assert classify(line) is None


class TestDataPages:
    WRAPPED = (
        "Reservoir stocks fell for a ninth week, the water board said, and three\n"
        "of the four reservoir groups are now below sixty per cent of capacity.\n"
        "Rainfall in July was a third of the long-term average, and the outlook\n"
        "gives no sign of a prolonged wet spell before the end of September.\n"
        "{label}\n"
        "* Upper group: 57.3% (normal for the date: 78%)\n"
        "* Coastal chain: 71.4% (normal: 73%)\n"
    )

    def test_a_title_case_label_over_items_ends_the_paragraph(self):
        kinds = outline(self.WRAPPED.format(label="Current Storage:"))
        assert kinds == ["paragraph", "h2:Current Storage:", "list"]

    def test_a_sentence_over_items_stays_in_the_paragraph(self):
        kinds = outline(self.WRAPPED.format(label="The groups stand at:"))
        assert kinds == ["paragraph", "list"]

    def test_an_indented_dateline_opens_a_wrapped_paragraph(self):
        text = (
            "ECONOMY-KELMOUTH/JOBS (UPDATE 1)\n"
            "By Ana Lind\n"
            "   WELLSBY, May 14 (Meridian News) – Kelmouth's unemployment rate\n"
            "rose to 5.1% in the three months to March, its highest level in\n"
            "three years, as hiring in retail and hospitality slowed, the\n"
            "statistics office said on Wednesday.\n"
            "   Economists polled by Meridian News had on average expected the\n"
            "rate to remain at 4.9%, unchanged from February.\n"
        )
        assert outline(text) == ["boilerplate", "boilerplate", "paragraph", "paragraph"]

    def test_numbered_notes_under_notes(self):
        text = (
            "Recorded crime rose by four per cent in the year to June.\n\n"
            "Notes\n"
            "(1) Figures for April to June are provisional.\n"
            "(2) Percentage changes are calculated from unrounded figures.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Still have a question? Email explainers@harbour.example and we may "
            "add it to this page.",
            "notice",
        ),
        (
            "This issue is supported by Tidewell Freight. Compare container rates "
            "on 400 routes at www.tidewell.example",
            "advert",
        ),
    ],
)
def test_newsletter_prompts(line: str, kind: str) -> None:
    assert classify(line) == kind


def test_a_question_answered_in_prose_is_no_prompt() -> None:
    line = "Still have a question about the rules? Most voters need do nothing."
    assert classify(line) is None


class TestLowerCaseByGoesOn:
    def test_a_wrapped_sentence_ending_on_by_a_name(self):
        text = (
            "The survey results were presented to the assembly's constitution\n"
            "committee on Tuesday, a week before members debate a private bill on\n"
            "the voting age tabled on behalf of the youth assembly and tabled\n"
            "by Greens for Change.\n"
        )
        assert outline(text) == ["paragraph"]

    def test_a_sponsor_label_over_its_copy_is_one_block(self):
        text = (
            "The week's links are below.\n\n"
            "SPONSORED\n"
            "This issue is supported by Ledgerline, the bookkeeping app. Try it "
            "free for 30 days at ledgerline.example/sieve.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Summaries are generated by AI from the sources shown and may contain "
            "mistakes.",
            "notice",
        ),
        (
            "Summary generated from Brackwell Water's tariff notice and regulator "
            "filings. Last checked 3 May.",
            "notice",
        ),
        (
            "Transcript summary generated automatically. Quotes checked against "
            "the broadcast audio.",
            "notice",
        ),
        (
            "This key points box was created with the help of automated tools and "
            "checked by our editors.",
            "notice",
        ),
        (
            "Summary refreshed automatically every 30 minutes. Last refresh 14:30",
            "notice",
        ),
        (
            "An AI-assisted comparison, checked by the Gazette's politics team.",
            "notice",
        ),
        (
            "Your morning briefing from the Ridgeway Courier, written with AI "
            "assistance and edited by Mo Diaz.",
            "notice",
        ),
        ("Read full story ›", "related"),
        ("Go deeper:", "related"),
        ("Listen again: The Morning Show, 19 May, from 08:10", "related"),
        ("You're all caught up.", "notice"),
        (
            "Interactive table unavailable. View the full polling tracker on our "
            "website.",
            "notice",
        ),
    ],
)
def test_generated_news_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The summary was written by the committee chair, who resigned on Monday.",
        "Many essays are now written using AI, teachers say.",
        "The briefing was drafted by officials using AI tools, the minister admitted.",
        "The price rose from 4 to >",
    ],
)
def test_generated_news_lines_that_are_content(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ANALYSIS/DIPLOMACY -- KARESH-ACCORD", "release"),
        ("TIDEWATER NEWSWIRE -- DISASTER DESK", "release"),
        ("PRIORITY: URGENT", "release"),
        ("Harbour Wire, 14 Quay Street, Port Harbour | +44 1632 960100", "contact"),
        ("Northgate News Agency | newsdesk@northgate.example | +1 555 0100", "contact"),
    ],
)
def test_agency_desk_lines(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "FLOODS -- WHAT WE KNOW",
        "Population | 1,204,556 | +2.3%",
        "NIPPON WIRE - Sep 4, 2025 - 19:27 | All, Japan",
    ],
)
def test_agency_lines_that_are_no_contact(line: str) -> None:
    assert classify(line) != "contact"
    assert classify(line) != "release" or "WIRE" in line


class TestQuestionsInsideAStory:
    """A few turns of a briefing inside a story make no transcript of it."""

    def test_faq_headings_stay_headings(self):
        text = (
            "Explainer: Why the prisoner exchange took two years\n"
            "By Jonas Feld, Harbour Wire\n"
            "The exchange went ahead on Monday at a border crossing.\n"
            "Frequently asked questions\n"
            "Who was released?\n"
            "Dravenia freed 131 people held on charges linked to the insurgency.\n"
            "Why did it take so long?\n"
            "Each side drew up its own list, and the lists did not match.\n"
            "What did the mediators say?\n"
            "A spokeswoman for the mediators took questions from reporters:\n"
            "Question: Were all the names on the lists included?\n"
            "Spokeswoman: Not all of them. Eleven chose not to be exchanged.\n"
            "Question: Will there be a second round?\n"
            "Spokeswoman: Both sides have told us they want one.\n"
            "Does this bring a peace deal closer?\n"
            "Possibly, but not quickly, diplomats say.\n"
            "The core questions of the region's status have not been discussed.\n"
            "Nor has the return of the people displaced by the fighting.\n"
            "Both delegations are due back in Zurich in the spring.\n"
            "Related: Truce at risk as shelling resumes near the border\n"
        )
        headings = [kind for kind in outline(text) if kind.startswith("h")]
        assert "h2:Who was released?" in headings
        assert "h2:Does this bring a peace deal closer?" in headings

    def test_an_interview_is_still_a_transcript(self):
        text = (
            "Interview: The harbour master on the new ferry timetable\n\n"
            "HOST: Good morning.\n"
            "MASTER: Good morning, thanks for having me.\n"
            "HOST: Why change the timetable now?\n"
            "MASTER: Because the old one no longer fits the tides.\n"
            "HOST: Thanks, everyone\n"
            "MASTER: Thank you.\n"
        )
        assert not any(kind.startswith("h2") for kind in outline(text))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "We and our partners use cookies to personalise content and to measure "
            "how our site is used. Accept all | Manage choices",
            "notice",
        ),
        ("This site uses cookies.", "notice"),
        ("Comments are not enabled on court reports for legal reasons.", "share"),
        ("Comments (14) · Sign in to join the conversation", "share"),
        ("Orrin Vale District Council | Press Office", "contact"),
    ],
)
def test_local_site_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


class TestLocalSitePages:
    def test_a_mobile_menu_over_a_cookie_notice(self):
        text = (
            "Kelsey Bay Herald\n"
            "Menu\n"
            "News\n"
            "Sport\n"
            "What's On\n"
            "We and our partners use cookies to personalise content and ads. "
            "Accept all | Manage choices\n"
            "Ferry timetable cut to two sailings a day\n\n"
            "The operator blamed a shortage of crew for the cuts, which start on "
            "Monday.\n"
        )
        kinds = outline(text)
        assert kinds.count("boilerplate") == 3  # the masthead, the menu, the notice
        assert not any(kind.endswith(":News") for kind in kinds)

    def test_a_wrapped_cookie_notice_with_its_buttons(self):
        text = (
            "Bus Consultation: Your Questions\n"
            "We use cookies to make this site work and to understand how you\n"
            "use it. Accept all | Reject all | Cookie settings\n"
            "The council wants to hear from passengers before it redraws the "
            "routes.\n"
        )
        assert outline(text)[1:] == ["boilerplate", "paragraph"]

    def test_related_links_end_where_another_label_begins(self):
        text = (
            "The harbour wall will be repaired over the winter.\n\n"
            "Read more\n"
            "Ferry fares to rise in spring\n"
            "Harbour wall repairs to start\n"
            "Most read\n"
            "1 Man rescued from cliff\n"
            "2 School roof to be replaced\n"
        )
        assert outline(text) == ["paragraph", "boilerplate", "boilerplate"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("(With inputs from agencies)", "byline"),
        ("Jakarta ● Mon, September 8, 2025", "date"),
        ("Kindly share this story:", "share"),
        (
            "All rights reserved. This material may not be reproduced without "
            "permission.",
            "copyright",
        ),
        ("Listen to this article 03:12", "caption"),
        ("Updated as of 23:40, Friday, October 17, 2025", "date"),
        (
            "Prices delayed by at least 15 minutes. Source: exchange data via "
            "Marketline Feeds.",
            "source",
        ),
        (
            "Statistics are supplied by the tournament organisers and may change "
            "before play begins.",
            "notice",
        ),
        (
            "*These figures are rough illustrations; quotes vary widely by region.*",
            "source",
        ),
        (
            "Assistant responses can contain mistakes. Check important information.",
            "notice",
        ),
        ("Jump to: Key Takeaways · The Steps · Grow Bags", "navigation"),
        ("You might also like: The Best Head Torches for Dark Morning Runs", "related"),
        (
            "Comments on this page are moderated. Read our community guidelines.",
            "share",
        ),
        ("From our weather and transport desks", "byline"),
    ],
)
def test_sites_abroad_and_generated_pages(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "(The figures exclude Scotland.)",
        "These figures are illustrative of a wider problem, the report said.",
        "Figures are rising faster than expected.",
    ],
)
def test_sites_abroad_lines_that_are_content(line: str) -> None:
    assert classify(line) is None


class TestBylineUnderAMarkedHeadline:
    def test_a_bold_byline_with_a_time_under_a_hash_headline(self):
        text = (
            "# Budget day: live updates as the treasurer unveils her plan\n"
            "**By Hana Okoye and Liam Sand** | Updated 3:42 p.m.\n\n"
            "The treasurer has finished speaking.\n"
        )
        assert outline(text)[1] == "boilerplate"

    def test_links_under_read_more_stay_with_it(self):
        text = (
            "That's all for today.\n\n"
            "Read more:\n"
            "www.harbourpost.example/transport/night-bus-week\n"
            "www.harbourpost.example/politics/fallowfield-result\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Rates correct at 09:00 on 22 November and subject to change. Your "
            "home may be repossessed if you do not keep up repayments.",
            "notice",
        ),
        ("This newsletter is general information, not financial advice.", "notice"),
        (
            "This information does not replace advice from your doctor. If you "
            "feel very unwell, contact your GP.",
            "notice",
        ),
    ],
)
def test_advice_notices(line: str, kind: str) -> None:
    assert classify(line) == kind


class TestWrappedNotes:
    def test_a_disclaimer_broken_on_a_name(self):
        text = (
            "We expect the pound to stay in its range this week.\n\n"
            "Disclaimer: This note has been prepared by Harrowgate\n"
            "Markets Ltd for information purposes only. It is not\n"
            "investment advice.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]

    def test_a_source_broken_after_a_semicolon(self):
        text = (
            "Wheat futures rose for a third week.\n\n"
            "Source: Kessel Board of Trade, settlements on Friday 15 November;\n"
            "$/bushel except soymeal ($/short ton) and canola ($/tonne)\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]


class TestSentenceRunsUnderShortTitles:
    """Sentence lines under short titles in sentence case are paragraphs."""

    def test_runs_under_sentence_case_titles_join(self):
        text = (
            "River compact: who wants what\n\n"
            "The third round of talks ended on Friday without an agreed text.\n"
            "Delegations agreed only to meet again in June.\n\n"
            "Where the gap is widest\n"
            "The dry-season flow guarantee remains the central dispute.\n"
            "One side wants a fixed minimum at the border gauge.\n"
            "The other has offered a share of measured flow instead.\n\n"
            "What to watch before June\n"
            "Both assemblies sit in the last week of May.\n"
            "A motion in one of them would bind its negotiators.\n"
            "If it passes, the room for a compromise narrows sharply.\n"
        )
        assert outline(text).count("paragraph") == 3

    def test_two_long_lines_under_a_title_stay_apart(self):
        text = (
            "Why the bank held\n"
            "Core inflation, which strips out food and energy, rose to 3.6 percent "
            "in the year to September, from 3.4 percent in August.\n"
            "Wage growth has also stayed above 5 percent for six months in a row, a "
            "pace the bank considers inconsistent with its target.\n"
        )
        assert outline(text).count("paragraph") == 2


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Client: North Sound Fishermen's Cooperative", "notice"),
        ("Distribution: Corporate Affairs, Market Access", "notice"),
        (
            "Sign up for the Orbis Signal weekly climate negotiations brief: "
            "www.orbissignal.example",
            "advert",
        ),
        (
            "Previous item: Dental contract consultation | Next item: Pharmacy "
            "funding review",
            "related",
        ),
        (
            "Sentinel Media Monitoring tracks 2,300 outlets across both regions. "
            "Figures refer to items published.",
            "notice",
        ),
        (
            "RailWatch is a service of Lindqvist & Mayo Research Ltd, registered in "
            "England and Wales.",
            "notice",
        ),
        (
            "Pennant Signal stance reports are prepared for clients and must not be "
            "published without permission",
            "notice",
        ),
        (
            "Questions about this report: analysts@clipwatch.example | +44 1632 960118",
            "notice",
        ),
        (
            "Auto-refreshing every 5 minutes · Monitored by Kestrel Clip Services",
            "notice",
        ),
        (
            "Auto-summary generated by Quillon Monitor at 08:10 on 23 April 2025",
            "notice",
        ),
        (
            "This briefing is based on open-source media and official statements.",
            "notice",
        ),
        (
            "Pellworth Insight Ltd · 14 Mercer Row, Pellworth · insight@pellworth.example",
            "contact",
        ),
    ],
)
def test_monitoring_service_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The police monitors traffic on the bridge.",
        "Scotland Yard tracks the gang across Europe.",
        "Client services said the fault was fixed.",
    ],
)
def test_monitoring_lines_that_are_content(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("OCEANIA NEWSWIRE – INTERVIEWS – FISHERIES", "navigation"),
        ("CLIENT WIRE FEED | Sanctions & Export Controls", "navigation"),
        ("Tanzania National News Agency (TNNA) | English Service", "navigation"),
        (
            "Baltic News Agency - English Service - Thu, 11 Sep 2025 06:30 EEST",
            "navigation",
        ),
        ("EANA wk/ob", "release"),
        ("EANA 04/03/2025 10:02 GMT", "date"),
        ("SUBSTITUTE - KENYA-FERTILISER/PLANT", "release"),
        ("Priority: URGENT", "release"),
        ("To: Priya Nandakumar <p.nandakumar@orrin-freight.example>", "notice"),
        ("Related insights", "related"),
        ("Wednesday, 12 March 2025 - 11:20 UYT", "date"),
        ("Strictly confidential", "notice"),
        (
            "Board paper BP-25-031 · Strictly confidential · Not for circulation "
            "outside the board",
            "notice",
        ),
        ("Deal code: HT-JV-2025 | Sector: Power transmission | Confidential", "notice"),
        ("Prepared for the board of Lowmere Foods plc, 9 April 2025", "notice"),
        (
            "Tandem Intelligence does not provide legal advice. Sanctions Weekly is "
            "for subscribers only.",
            "notice",
        ),
        (
            "Lowmoor Policy Monitor is an automated digest compiled from public "
            "statements.",
            "notice",
        ),
        (
            "Draft generated with BriefWriter AI and edited by the strategy team",
            "notice",
        ),
    ],
)
def test_agency_and_client_brief_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "FARMGATE WEEKLY – COMMODITIES BRIEF",
        "BREAKING NEWS - Minister resigns over harbour deal",
        "NATO - the alliance at 75",
        "The talks were confidential, the minister said.",
        "The documents were not for publication, he added.",
        "Prepared for the worst, the town sandbagged its doors.",
        "The advice was clear, she said.",
        "Service: St Wilfrid's Church, Marrowby",
    ],
)
def test_agency_and_client_lines_that_are_content(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("BC-Copper-Strike/Andeluz, 2nd Ld-Writethru", "release"),
        ("NPA0217 4 A 0389 /NPA-BC", "release"),
        ("NPA-WF-05-16-24 0914GMT", "release"),
        ("GDS sp/dm 1755", "release"),
        ("MWS-BUS 0932 URGENT", "release"),
        ("(END) 131004 GMT Sep 24", "release"),
        ("(END) NPA-CUL 2034", "release"),
        ("OBIT-THALBERG/ (adv for Sunday editions)", "release"),
        ("All times GMT. Items and times are subject to change.", "source"),
        ("MWS Weather & Climate Desk - for editors, not for publication", "notice"),
        ("Desk contacts:", "contact"),
    ],
)
def test_newsroom_system_codes(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line", ["UK-EU TALKS", "US-CHINA TRADE", "All times were good, he said."]
)
def test_newsroom_lines_that_are_content(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Meridian News Service — Courts and Justice", "navigation"),
        ("CSW TENNIS RESULTS SERVICE", "navigation"),
        ("Live reporting by Declan Moyo and Aisha Kerr (NPA Sport)", "byline"),
        ("This live blog is no longer being updated.", "notice"),
        (
            "(Compiled by the CSW sports desk, Lisbon bureau; sportsdesk@csw.example)",
            "byline",
        ),
        (
            "Comments have been disabled on this article because legal proceedings "
            "are active.",
            "share",
        ),
        ("URGENT HW-BRITAIN-COURTS/FRAUD (UPDATE 1, PIX)", "release"),
        ("HW-CRIME-DRUGS/PORT 0417 GMT", "release"),
        ("Share this entry", "share"),
        ("*Meta description: A plain-language guide to the runoff.*", "notice"),
        ("**Slug:** eu-sanctions-kestova-shipping-network", "notice"),
        ("**Focus keyword:** Kestova sanctions", "notice"),
        ("[Note to editor: The figure comes from a diplomatic source.]", "notice"),
        ("Word count: 640", "notice"),
    ],
)
def test_sport_courts_and_generator_fields(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize("line", ["NATIONAL HEALTH SERVICE", "UK-EU TALKS RESUME"])
def test_capitals_that_are_headings(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Baltic News Agency - English Service",
        "Coastal Herald News Service | Thiruvananthapuram",
        "OCEANIA NEWSWIRE",
        "Harbour Press Association — Courts",
    ],
)
def test_service_gate_admits_every_service_name(line: str) -> None:
    from newsparse.blocks.credit_rules import service_gate

    assert service_gate(line)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Brackenford District Council | Planning and Housing Statistics",
            "navigation",
        ),
        ("Lowmoor Water Authority | Drought and water resources", "navigation"),
        ("AGP dl/cr 0212 GMT", "release"),
        ("BC-Aldmark-Politics-Coalition (UPDATE 2)", "release"),
        ("Topics | Ostremark | Parliaments | Europe", "tags"),
        ("Download CSV (48 KB) · Download XLSX (61 KB)", "navigation"),
        ("This publication is available under the Open Data Licence v2.", "notice"),
        (
            "This e-mail and any attachments are intended for the named recipients "
            "only.",
            "notice",
        ),
        ("Issued 4 August 2025 by the Climate Monitoring Unit", "date"),
        (
            "All values are provisional until quality control is completed in "
            "September.",
            "notice",
        ),
        ("Enquiries:", "contact"),
        ("Also in this series:", "related"),
    ],
)
def test_statistics_release_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


class TestEnquiriesBlock:
    def test_the_label_takes_its_contacts(self):
        text = (
            "Profits rose by a fifth in the half year.\n\n"
            "Enquiries:\n"
            "Kestrel Foods plc\n"
            "Ada Lowther, Chief Financial Officer, +44 1632 960330\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Corrections: an earlier version of this article gave the wrong altitude "
            "limit.",
            "notice",
        ),
        (
            "This explainer was produced with support from the Digital Rights Fund. "
            "The funder had no say over its content.",
            "notice",
        ),
        ("More explainers", "related"),
        (
            "More on Valmora: Who is Ilse Dranova? · Five charts that explain the vote",
            "related",
        ),
        ("Prices at 09:00 UTC, 3 July 2025. Source: Ledgerline Data.", "source"),
        ("Capital at risk. Crypto prices can fall sharply.", "notice"),
        (
            "Live rates from our partner panel could not be loaded. Please refresh "
            "the page.",
            "notice",
        ),
        (
            "**Important:** Your home may be repossessed if you do not keep up repayments.",
            "notice",
        ),
        ("Money newsletter: the best deals, every Tuesday. Sign up now", "advert"),
        ("Support our foreign reporting. Subscribe from £1 a week.", "advert"),
        ("From our correspondents in Kerrow and Ballinmoor", "byline"),
        (
            "Women collect water from a tanker on Saturday. (Amara Bell for The "
            "National Courier)",
            "caption",
        ),
    ],
)
def test_money_and_world_page_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The files could not be loaded onto the lorry, he said.",
        "Prices at the pump rose again.",
    ],
)
def test_money_lines_that_are_content(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Lisbon, 17 February 2025 07:42 WET", "date"),
        (
            "For the Spanish version of this story, see ARG-GRANOS/EXPORTACIONES",
            "notice",
        ),
        ("East Africa News Agency, Business Desk, Nairobi", "navigation"),
    ],
)
def test_agencies_abroad(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize("line", ["London, UK", "Paris, FRANCE"])
def test_places_alone_are_no_date(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("NNA-AGRI 0930 GMT 02-Sep-2025", "release"),
        ("OBIT-HALLAM/ (Obituary, 390 words)", "release"),
        ("SPORT-CYCLING/FELLS-TOUR (STAGE 4 REPORT, 430 WORDS)", "release"),
        ("The interview has been edited for length and clarity.", "notice"),
        (
            "Calder Newswire. Copyright 2025. Not for redistribution without a "
            "licence.",
            "copyright",
        ),
        ("Open in browser", "navigation"),
        (
            "Figure 1: Number of vacancies, rolling three-month average, January "
            "2020 to July 2025",
            "caption",
        ),
        (
            "All content is available under the Open Data Licence, except where "
            "otherwise stated.",
            "notice",
        ),
        ("Live | Politics | Council by-elections", "tags"),
    ],
)
def test_inbox_wire_and_explainer_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The interview was a disaster for him, aides said.",
        "Map 3 shows the flood zones.",
    ],
)
def test_inbox_lines_that_are_content(line: str) -> None:
    assert classify(line) is None


def test_sentence_runs_under_time_stamps_join() -> None:
    text = (
        "Council elections live: counts under way across the valley\n\n"
        "11.58pm\n"
        "The returning officer has called the candidates to the stage.\n"
        "We expect the first ward result within minutes.\n\n"
        "11.31pm\n"
        "Turnout in Ansel Bay is 38%.\n"
        "That is four points up on four years ago.\n\n"
        "10.00pm\n"
        "Polls are closed.\n"
        "Welcome to our live coverage through the night.\n"
    )
    assert outline(text).count("paragraph") == 3


@pytest.mark.parametrize(
    "line", ["Local Elections 2025 / Live", "News / Politics / Election 2026"]
)
def test_breadcrumbs_with_a_year(line: str) -> None:
    assert classify(line) == "navigation"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "This guidance is general information and not legal advice. For advice "
            "on a specific transaction, consult a lawyer.",
            "notice",
        ),
        ("View this update in your browser:", "navigation"),
        (
            "Clearwater Compliance Services | 12 Lantern Row, Harbourside | +44 1632 "
            "960418",
            "contact",
        ),
    ],
)
def test_compliance_e_mail_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("GENERATED SUMMARY – automated, not reviewed by a journalist", "notice"),
        ("Summary length: 260 words · Original: approx. 3,400 words", "notice"),
        (
            "This page was generated from operator notices and may not reflect "
            "last-minute changes.",
            "notice",
        ),
        ("Auto-summary of our live page · last refreshed 07:40", "notice"),
        ("Original coverage: Dunmere Courier, Regional Law Report", "notice"),
        ("Monitoring briefing · prepared for subscribers · 3 March 2025", "notice"),
    ],
)
def test_summary_service_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


def test_a_generated_summary_in_prose_is_content() -> None:
    assert classify("The summary generated a lot of interest, he said.") is None


class TestReferenceRuns:
    def test_markdown_footnotes_are_references(self):
        text = (
            "Capacity in the queue has doubled since 2020.[^1]\n\n"
            '[^1]: Northline Grid, "Connections Reform", October 2025.\n'
            "[^2]: Capacity figures are rounded to one decimal place.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]

    def test_an_entry_broken_mid_sentence_stays_in_the_run(self):
        text = (
            "The court ruled for the residents.\n\n"
            "References\n"
            '[1] Dunmere Courier, "Freight firm loses noise case", 20 November.\n'
            "[2] Regional Law Report, Eastgate Residents' Association v Harlow\n"
            "Freight Ltd, summary of judgment.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]


def test_a_label_in_capitals_over_bullets_apart_is_a_heading() -> None:
    text = (
        "A penalty was imposed on a second exporter this week.\n\n"
        "KEY DATES:\n\n"
        "• 21 November – the general licence ceases to apply\n"
        "• 5 December – the reporting deadline\n"
    )
    assert outline(text) == ["paragraph", "h2:KEY DATES:", "list"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Posted 13 June 2025 by the Climate Finance Watch negotiations team", "date"),
        ("Insights → Climate diplomacy → Methane", "navigation"),
        ("Prepared by: Halden & Cross Trade Compliance Unit", "notice"),
        (
            "This note is confidential to members and must not be forwarded to the "
            "press.",
            "notice",
        ),
        (
            "Greenline Briefings is an independent service. Content may be reproduced "
            "with attribution.",
            "notice",
        ),
        (
            "StanceMap is an automated monitoring tool. Outputs may contain errors.",
            "notice",
        ),
        ("Export ID 38-MF-0919 · Do not forward outside your organisation", "notice"),
        ("Briefing generated by Atlas Brief (model v3) from analyst notes", "notice"),
    ],
)
def test_client_tool_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Yes / no",
        "The report was generated by staff at the ministry, she said.",
        "Do not forward chain letters, police warned.",
    ],
)
def test_client_tool_lines_that_are_content(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Flood information service › River and sea levels › Ashwater catchment",
            "navigation",
        ),
        (
            "TOKYO +0.8% | HONG KONG −0.3% | SEOUL +1.1% | MUMBAI +0.6% | SINGAPORE +0.2%",
            "navigation",
        ),
        ("Was this forecast useful? Yes | No", "notice"),
        (
            "_Indicative mid-market rates at 16:00 UK time, Monday 9 June 2025_",
            "source",
        ),
        (
            "Office for Regional Statistics | Labour market overview, Kestrel Valley",
            "navigation",
        ),
        ("_Bucharest, 14 August 2025. Edited for length and clarity._", "notice"),
    ],
)
def test_dashboard_and_release_furniture(line: str, kind: str) -> None:
    assert classify(line) == kind


def test_a_sentence_with_arrows_is_no_path() -> None:
    assert (
        classify("He went from bad > worse > worst in a week, his coach said.") is None
    )


class TestClassifyMemo:
    """The block parse remembers a line's furniture kind for one document only."""

    TEXT = (
        "Home > World > Europe\n"
        "Talks resume in Geneva\n"
        "By Ana Ruiz\n\n"
        "Negotiators met again on Monday.\n\n"
        "Share this article\n"
    )

    def test_no_memo_outside_a_parse(self):
        from newsparse.blocks import furniture

        newsparse.parse(self.TEXT)
        assert furniture._MEMO.get() is None

    def test_same_tree_with_and_without_the_memo(self, monkeypatch):
        import contextlib

        import newsparse.blocks as blocks

        with_memo = newsparse.parse(self.TEXT).to_dict()
        monkeypatch.setattr(blocks, "memo_scope", contextlib.nullcontext)
        assert newsparse.parse(self.TEXT).to_dict() == with_memo

    def test_the_memo_is_bounded(self):
        from newsparse.blocks import furniture

        with furniture.memo_scope():
            for n in range(furniture._MAX_MEMO * 2):
                furniture.classify(f"Line number {n} of the story")
            assert len(furniture._MEMO.get() or {}) <= furniture._MAX_MEMO
