"""Structure variants found by the twelfth session's sets.

Portals, live blogs, newsletters and a monitoring desk's mixed intake
(``structure-dev90`` onwards): each test takes one form they print, with the
prose around it that must stay as it is. All text is our own.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.blocks.furniture import classify

from .test_variants import outline


class TestSignature:
    """A dashed name with a role signs a letter off, a blank line under its end."""

    LETTER = (
        "Dear reader,\n\n"
        "The ferry timetable changes again next week, and we will track every "
        "cancelled crossing until the operator explains itself.\n\n"
        "{sign}\n\n"
        "Unsubscribe | Update your preferences\n"
    )

    def test_a_name_with_a_role_after_a_blank_line_is_furniture(self):
        text = self.LETTER.format(sign="— Marit Olsen, editor")
        assert outline(text) == ["paragraph", "paragraph", "boilerplate", "boilerplate"]

    def test_a_loose_list_of_names_and_roles_stays_a_list(self):
        text = self.LETTER.format(
            sign="– Marit Olsen, editor\n\n– Idris Bell, reporter\n\n– Ana Ruiz, producer"
        )
        assert outline(text)[2] == "list"

    def test_a_dashed_sentence_after_a_blank_line_is_not_a_signature(self):
        text = self.LETTER.format(sign="— And then, quite suddenly, silence")
        assert outline(text)[2] != "boilerplate"


class TestNewsletterFoot:
    """An e-mail's foot: an address closed by a telephone, appeals, forwards."""

    BODY = (
        "Weekly Update From The Harbour Trust\n\n"
        "Work on the east slipway finished on Friday, two weeks early, and the "
        "boat club moves back in on Monday.\n"
        "{foot}\n"
    )

    def kinds(self, foot: str) -> list[str]:
        return outline(self.BODY.format(foot=foot))

    def test_an_address_closed_by_a_telephone_number(self):
        foot = "Harbour Trust, The Old Sail Loft, Quay Street, Penmarrow. Tel 01632 960 418."
        assert self.kinds(foot) == [
            "h1:Weekly Update From The Harbour Trust",
            "paragraph",
            "boilerplate",
        ]

    def test_an_address_closed_by_a_charity_status(self):
        foot = "Harbour Trust, Quay Street 9, Penmarrow. Registered charity."
        assert self.kinds(foot) == [
            "h1:Weekly Update From The Harbour Trust",
            "paragraph",
            "boilerplate",
        ]

    def test_a_sentence_naming_places_is_no_address(self):
        foot = "The club thanked Penmarrow, Trewin, and St Ives. Tel Aviv sent a boat."
        assert self.kinds(foot) == [
            "h1:Weekly Update From The Harbour Trust",
            "paragraph",
            "paragraph",
        ]

    def test_an_appeal_for_support(self):
        foot = (
            "Our work is free to read. If you value it, please consider "
            "becoming a supporter: harbourtrust.example/give"
        )
        assert self.kinds(foot) == [
            "h1:Weekly Update From The Harbour Trust",
            "paragraph",
            "boilerplate",
        ]

    def test_advice_to_consider_something_is_prose(self):
        foot = "If you enjoy sailing, consider the evening races, which start in May."
        assert self.kinds(foot) == [
            "h1:Weekly Update From The Harbour Trust",
            "paragraph",
            "paragraph",
        ]

    def test_a_forwarding_prompt(self):
        foot = "Know someone who would like this update? Forward it to them."
        assert self.kinds(foot) == [
            "h1:Weekly Update From The Harbour Trust",
            "paragraph",
            "boilerplate",
        ]


class TestNewsletterTagline:
    """A tagline under a newsletter's name says where it comes from."""

    def test_a_tagline_under_the_title_is_furniture(self):
        text = (
            "Oarsmen's Notes: the spring regatta in pictures\n"
            "A fortnightly letter from the captain of the Kellby Rowing Club\n"
            "Saturday 3 May 2025\n\n"
            "The river was high, the wind was kind, and our novice eight won "
            "their first race of the season by a length.\n"
        )
        kinds = outline(text)
        assert kinds[0].startswith("h1:Oarsmen's Notes")
        assert kinds[1:3] == ["boilerplate", "boilerplate"]

    def test_a_headline_about_a_letter_is_not_a_tagline(self):
        text = (
            "The letter from the minister arrived on Tuesday\n\n"
            "It ran to four pages and promised nothing new, councillors said.\n"
        )
        assert outline(text)[0].startswith("h1:")


class TestPortalFurniture:
    """What a portal, an aggregator or a monitoring tool prints around a story."""

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Story from the Fenby Post, shared via NewsNest", "source"),
            ("Carried by NewsNest from the Tarnwick Gazette", "source"),
            ("Via our partner the Oldport Mercury", "source"),
            (
                "Tarnwick Echo content is provided to NewsNest under a regional "
                "news partnership. Opinions are the authors' own.",
                "source",
            ),
            (
                "NewsNest brings together stories from more than 300 publishers. "
                "Original reports are linked below.",
                "source",
            ),
            (
                "NewsNest carries commentary from partner sites. The views "
                "expressed are those of the author.",
                "notice",
            ),
            ("Listings are correct at the time of publication.", "notice"),
            (
                "WireDesk is not responsible for the accuracy of releases it "
                "distributes.",
                "notice",
            ),
            ("Rates at 07:00 Paris time. Not investment advice.", "notice"),
            ("Auto-refresh is off. Reload the page for the latest posts.", "notice"),
            ("Check against delivery. The text has been edited for length.", "notice"),
            ("Generated 05:45 CET from 180 monitored sources.", "notice"),
            (
                "Read TownPost in the app: offline reading and alerts. Open the app",
                "advert",
            ),
            (
                "Add NewsNest as a preferred source to see more of our stories.",
                "advert",
            ),
            (
                "Contribute: Send photos and tips to desk@oldport.example. Stay safe.",
                "advert",
            ),
            ("Mentions: Quay Bridge (4), the harbour board (2)", "tags"),
            ("Clip ends 08:14:02", "notice"),
            ("Switch edition: North | Midlands | South", "navigation"),
            ("Your edition: Tarnwick ▸ change", "navigation"),
            ("Edition: Wales ▾ · Sign in · Get the app", "navigation"),
            ("Share: Copy link | Email | Messenger", "share"),
            (
                "Distributed by WireDesk | Source: Tarn Solar plc | Language: English",
                "source",
            ),
            (
                "More releases from Tarn Solar | All energy releases | Subscribe to RSS",
                "navigation",
            ),
            ("https://www.oldport.example/news/quay-bridge-closure", "related"),
            (
                "Results provided by Fellrun Timing. All times are provisional.",
                "source",
            ),
            ("Scorecard data: Tarn Scoring Ltd. Updated every over.", "source"),
        ],
    )
    def test_kind(self, line: str, kind: str):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "Via the coast road, the trip takes an hour longer.",
            "Shipping data compiled by the consultancy showed 38 vessels waiting.",
            "If the views expressed at the meeting",
            "Kick-off | Home | Away | Venue",
            "Year | All offences | Excluding fraud",
            "Electorate: 9,120 | Turnout: 33.1% | Spoilt ballots: 14",
            "Quay Bridge | 2.84 | 0.30–1.10 | Rising",
            "Your edition of the paper arrives on Friday",
        ],
    )
    def test_prose_and_rows_are_not_furniture(self, line: str):
        assert classify(line) is None

    def test_related_links_under_their_label_are_one_unit(self):
        text = (
            "Quay Bridge To Close For Repairs\n\n"
            "The bridge closes on Monday for six weeks of repairs to its deck.\n\n"
            "Trending on NewsNest\n"
            "1. Ferry fares rise for the second time this year\n"
            "2. Harbour board names new chief executive\n"
            "3. Storm warning for the north coast\n"
        )
        assert outline(text) == [
            "h1:Quay Bridge To Close For Repairs",
            "paragraph",
            "boilerplate",
        ]

    def test_web_addresses_stay_in_their_read_more_run(self):
        text = (
            "The bridge closes on Monday for six weeks of repairs to its deck.\n\n"
            "Read more:\n"
            "https://oldport.example/news/bridge-survey\n"
            "https://oldport.example/news/ferry-fares\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]

    def test_have_your_say_over_prose_heads_a_section(self):
        text = (
            "The bridge closes on Monday for six weeks of repairs to its deck.\n\n"
            "Have Your Say\n"
            "Residents can send comments to bridges@oldport.example before 6 June.\n"
        )
        assert outline(text)[1] == "h2:Have Your Say"


class TestPortalBylines:
    """Bylines as portals, live pages and local papers print them."""

    @pytest.mark.parametrize(
        "line",
        [
            "By Idris Bell · Oldport Mercury, via NewsNest",
            "Filed by Marit Olsen, local democracy reporter",
            "Tom Hale, court reporter, at Tarnwick Crown Court",
            "Reporting team: Ana Ruiz, Idris Bell-Roy and Marit Olsen",
            "Oldport Mercury consumer team",
            "Live updates from the Oldport Mercury newsroom",
            "NewsNest staff, with reporting from the Tarnwick Gazette",
        ],
    )
    def test_byline(self, line: str):
        assert classify(line) == "byline"

    def test_a_byline_with_a_date_stays_a_date_line(self):
        assert classify("By Ana Ruiz · 26 November 2026 · 7 min read") == "date"

    @pytest.mark.parametrize("line", ["Meet the team", "Meet The Team"])
    def test_a_team_heading_is_no_byline(self, line: str):
        assert classify(line) is None


class TestWireAndMonitoringTimes:
    """Time stamps and headers of wire live copy and monitoring transcripts."""

    @pytest.mark.parametrize(
        "line",
        [
            "1342 GMT",
            "Live updates from 05:30 BST, Tuesday 5 November 2024",
            "Tuesday 27 February 2024, from 6.30pm",
            "RADIO TARN | Breakfast | 12 June 2025 | 07:42–07:49",
            "Oldport Mercury · print, page 5 · 10 June 2025 · Negative",
        ],
    )
    def test_date_line(self, line: str):
        assert classify(line) == "date"

    def test_a_slug_with_the_time_it_moved(self):
        assert classify("OW-ECON-BUDGET 11-NOV-2025 09:12 GMT") == "release"

    def test_a_quoted_phrase_closing_a_line_wraps_on(self):
        text = (
            "The governor told reporters the bank would take each meeting as it\n"
            'comes. She said services inflation remained "uncomfortably high"\n'
            "and that two members had made a reasonable case for a cut.\n"
        )
        assert outline(text) == ["paragraph"]

    def test_a_speaker_named_in_full_once_is_still_a_speaker(self):
        text = (
            "RADIO TARN | Breakfast | 12 June 2025 | 07:42–07:49\n"
            "ANA RUIZ (PRESENTER): It's twelve minutes to eight. The Quay\n"
            "Bridge has now been shut for nine days, and the council says it\n"
            "could stay shut until September. Good morning.\n"
            "HALE: Good morning, Ana.\n"
            "RUIZ: Why has it taken so long?\n"
            "HALE: Because the inspection found more damage than expected.\n"
            "RUIZ: And when will it open?\n"
            "HALE: September, if the steel arrives.\n"
        )
        kinds = outline(text)
        assert kinds[0] == "boilerplate"
        assert not any(k.startswith("h") for k in kinds), kinds


class TestDeskAndDataFurniture:
    """Trading desks, statistics offices and agencies (``structure-dev93`` on)."""

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            (
                "Prepared by the metals desk for clients of Tarn Brokers. "
                "Not for redistribution.",
                "notice",
            ),
            (
                "This note is for professional clients only and does not "
                "constitute investment advice.",
                "notice",
            ),
            (
                "Tarn Bank plc is registered in Oldport (company no. 01234567) "
                "and authorised by the Conduct Board.",
                "notice",
            ),
            (
                "Questions or comments: reply to this e-mail or call the desk.",
                "notice",
            ),
            ("Contact the tracker team: tracker@tarn.example | +1 555 0142", "contact"),
            ("Reply to this email to tell us what we missed.", "notice"),
            ("Download the data: CSV (12 KB) | Excel (30 KB)", "navigation"),
            ("Download: full results (CSV, 20 KB) | Ward map", "navigation"),
            ("Oldport Institute of Statistics – News release", "release"),
            ("BC-Tarn-Copper-Strike/ 2nd Ld-Writethru", "release"),
            ("BC-Energy-Oil-Cut,0451 (URGENT)", "release"),
            ("Tarn News Agency – Energy Desk", "byline"),
            ("Grains Desk | 17:42 CT", "date"),
            ("Friday 7 June · 07:05 London", "date"),
            ("Results service · Final figures certified Tuesday 24 September", "date"),
            (
                "**Statistical bulletin** | Released 31 October, 09:30 | "
                "Next release: 29 November",
                "date",
            ),
            (
                "**Get the Cold Store Weekly briefing** – the week's news, every "
                "Friday. [Sign up](https://cold.example/news)",
                "advert",
            ),
        ],
    )
    def test_kind(self, line: str, kind: str):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "The council said the scheme does not constitute a breach of the rules.",
            "Contact the council if you want to object.",
            "Company listings | 1 July | None",
            "Zloty per euro | 4.31 | 4.28",
        ],
    )
    def test_prose_and_rows_are_not_furniture(self, line: str):
        assert classify(line) is None

    def test_a_contact_label_takes_the_name_under_it(self):
        text = (
            "GDP grew by 0.4% in the third quarter.\n\n"
            "Contact:\n"
            "National Accounts team\n"
            "gdp@stats.example\n"
            "+44 1632 960418\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]

    def test_a_delimiter_row_crossed_with_plus_signs(self):
        text = (
            "|Type     |Price   |Annual|\n"
            "|---------+--------+------|\n"
            "|Detached |£482,300|+3.4% |\n"
            "|Flat     |£188,200|+1.0% |\n"
        )
        assert outline(text) == ["table"]

    def test_questions_a_contents_list_names_again_below(self):
        text = (
            "Jump to section:\n"
            "What is an advisory?\n"
            "Does it cancel my insurance?\n\n"
            "What is an advisory?\n"
            "A government's warning about travel to a country or a region.\n\n"
            "Does it cancel my insurance?\n"
            "Not always: read the policy's terms on official advice.\n"
        )
        kinds = outline(text)
        assert kinds[0] == "boilerplate"
        assert kinds[1].endswith(":What is an advisory?")
        assert kinds.count("boilerplate") == 1

    def test_a_wrapped_caption_ends_at_its_credit(self):
        text = (
            "Shares closed higher on Thursday as traders bet on lower rates, and\n"
            "the index gained 0.5% over the week on strong results from banks.\n\n"
            "Photo: Traders work on the floor of the Harbour Exchange on\n"
            "Thursday. (Harbour Pictures/Ola Brandt)\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]

    def test_a_live_page_credit_over_its_editors(self):
        text = (
            "Live Reporting\n"
            "Edited by Calum Reid and Aisha Bakare\n\n"
            "The river peaked at 4.2 metres overnight, the agency said.\n"
        )
        assert outline(text) == ["boilerplate", "paragraph"]

    def test_a_list_ends_before_a_longer_sentence(self):
        text = (
            "Patients who would have used the clinics should:\n"
            "1. Contact a pharmacy for minor illnesses such as sore throats\n"
            "2. Go to the urgent treatment centre only if they have been told to\n"
            "Staff at the three clinics will be offered jobs at the general "
            "hospital or in the trust's new virtual ward team.\n"
        )
        assert outline(text) == ["paragraph", "list", "paragraph"]


class TestNewsletterFurniture:
    """E-mail newsletters from clubs, charities, firms and desks (``-dev96``)."""

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            (
                "View this email in your browser <https://club.example/v/12>",
                "navigation",
            ),
            (
                "Having trouble reading this email? View it online: "
                "https://club.example/news/may",
                "navigation",
            ),
            (
                "Oldport Libraries is a service of Oldport Council, Town Hall, Oldport OP1 1AA.",
                "contact",
            ),
            (
                "Tarn Works Ltd, Unit 4, Quay Works, Brackley BR2 7TW. Registered in England.",
                "contact",
            ),
            ("Oldport Institute · 14 Alder Row · Oldport OP2 9ZX", "contact"),
            ("Telephone 01632 960 902.", "contact"),
            (
                "Club secretary: Dean Hale, secretary@club.example, 01632 960418",
                "contact",
            ),
            ("Questions? Visit help.tarn.example or reply to this email.", "notice"),
            (
                "You are subscribed to Tarn investor alerts at tarn.example. "
                "To unsubscribe, click here.",
                "notice",
            ),
            (
                "You are receiving the Evening Digest as a Tarn Wire subscriber. "
                "Change your settings at tarn.example.",
                "notice",
            ),
            (
                "Not a member yet? Join for £5 a year at residents.example/join",
                "advert",
            ),
            ("[Tarn Works logo]", "caption"),
            ("Edition 112 – Friday 16 May 2025 – from the Policy Unit", "date"),
            ("E-news no. 52 – June 2025", "date"),
            ("Ines Roy, Chief Economist | Tom Hale, Rates Strategist", "byline"),
            (
                "© 2025 Tarn Wire. All rights reserved. Republication or redistribution "
                "of Tarn Wire content, including by framing or similar means, is "
                "prohibited without prior written consent.",
                "copyright",
            ),
        ],
    )
    def test_kind(self, line: str, kind: str):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "Results – Saturday 12 April",
            "Also on our radar",
            "Have your say on the town centre plan",
            "Dr Helena Marsh, chief economist at the Forum, said the",
        ],
    )
    def test_not_furniture(self, line: str):
        assert classify(line) is None

    def test_a_letters_closing_and_signature_are_one_unit(self):
        text = (
            "Thank you, as always, for standing with your neighbours.\n\n"
            "With warm wishes,\n"
            "Marit Olsen\n"
            "Chief Executive, Riverside Food Network\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]

    def test_thanks_for_reading_is_the_writers_own(self):
        text = (
            "That is all from the live desk tonight.\n\n"
            "Thanks for reading,\n"
            "Kasia and the live team\n"
        )
        doc = newsparse.parse(text, normalize=False)
        assert not any("Kasia" in b.text for b in doc.boilerplate())

    def test_an_advertisements_copy_goes_with_its_label(self):
        text = (
            "The council meets again on Monday.\n\n"
            "Advertisement\n"
            "Calder Building Society: one-year fixed saver at 4.1% AER. "
            "Terms apply. cbs.example/fixed\n\n"
            "Also in the news today, the ferry timetable changes.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate", "paragraph"]

    def test_a_story_line_under_advertisement_stays_content(self):
        text = (
            "The council meets again on Monday.\n"
            "Advertisement\n"
            "Councillors will vote on the budget, which closes a gap of £4m.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate", "paragraph"]

    def test_bylines_side_by_side_are_no_table(self):
        text = (
            "Calder Economics Research | 11 April 2025, 07:30 GMT\n"
            "Ines Roy, Chief Economist | Tom Hale, Rates Strategist\n\n"
            "Markets expect a rate cut in June.\n"
        )
        assert outline(text) == ["boilerplate", "boilerplate", "paragraph"]

    def test_a_notice_wrapped_after_does_goes_on(self):
        text = (
            "Markets expect a rate cut in June, and the pound fell on the news\n"
            "that inflation had eased again in March to its lowest in years.\n\n"
            "Important information: This digest is for information only and does\n"
            "not constitute investment advice or a recommendation to buy or sell.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]


class TestBulletinFurniture:
    """Club, school, charity and Substack-style bulletins (``-dev101``)."""

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Posted 2 September 2025 by Ana Ruiz, Secretary", "date"),
            ("Posted by the committee on 2 April 2025", "date"),
            ("Compiled by the parish council communications group", "byline"),
            ("*From Ana Ruiz, co-founder and chief executive of Tarnloop*", "byline"),
            ("Nov 18, 2024 ∙ 7 min read", "date"),
            ("Share · Comment · Restack", "share"),
            ("48 Likes · 6 Restacks", "share"),
            ("Discussion about this post", "share"),
            (
                "Thanks for reading The Notes! Subscribe for free to receive new posts.",
                "advert",
            ),
            (
                "The society is run by volunteers. Registered address: 3 Orchard "
                "Close, Tarnley TA1 2AB.",
                "contact",
            ),
            (
                "12 Harbour Street, Tarnley TA4 9DE · hello@tarn.example · 01632 960877",
                "contact",
            ),
            (
                "Don't want these emails? Reply STOP or update your preferences.",
                "notice",
            ),
            (
                "This update contains forward-looking statements about planned "
                "features. Plans can change.",
                "notice",
            ),
            ("Figures: Voluntary Services Office, Tarnley Hospital.", "source"),
            ("News from the Tarnley Literacy Trust", "source"),
            (
                "Please do not reply to this email. This mailbox is not monitored.",
                "notice",
            ),
            ("Printed by Tarnley Print Co. on recycled paper.", "notice"),
            (
                "The Sunday Sieve is written by Dan Hale. If a friend forwarded this "
                "to you, subscribe free at sieve.example.",
                "notice",
            ),
            ("Read more from the archive:", "related"),
        ],
    )
    def test_kind(self, line: str, kind: str):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "Thank you for reading this far.",
            "Thanks for reading,",
            "A New Welcome Desk",
            "News from the front line was grim.",
        ],
    )
    def test_not_furniture(self, line: str):
        assert classify(line) is None


class TestGeneratedAndWireRound:
    """Generated summaries, regional wire and results pages (``-dev99``, ``-dev100``)."""

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            (
                "Would you like a shorter version for a newsletter, or a headline",
                "notice",
            ),
            (
                "Need a version for a newsletter? I can condense this into five points.",
                "notice",
            ),
            (
                "Here is a short summary of the council meeting, written in a "
                "neutral news style.",
                "notice",
            ),
            ("Comments are closed on this article for legal reasons.", "share"),
            ("Share this guide", "share"),
            ("BC-Tarn-Ports-Strike 1stLd-Writethru", "release"),
            ("URGENT", "release"),
            (
                "ADVISORY: Interviews are available on request. See contacts below.",
                "release",
            ),
            ("CR = county record", "notice"),
            (
                "Profile compiled by the World Desk. Figures from the Bureau of "
                "Statistics.",
                "source",
            ),
        ],
    )
    def test_kind(self, line: str, kind: str):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "Here is a summary of the main findings:",
            "The report, compiled by the Audit Office, found waste.",
            "Urgent",
        ],
    )
    def test_not_furniture(self, line: str):
        assert classify(line) is None

    def test_a_table_crossed_with_plus_signs_and_no_outer_pipes(self):
        text = (
            "Issue       | Ana Ruiz's Position | Tom Hale's Position\n"
            "------------+---------------------+--------------------\n"
            "Council tax | Freeze for two years | Rise with inflation\n"
            "Bins        | Keep weekly          | Move to fortnightly\n"
        )
        assert outline(text) == ["table"]

    def test_dated_terms_under_a_label_without_a_colon(self):
        text = (
            "KEY DATES\n\n"
            "1979 – Independence after a referendum\n"
            "1996 – First multiparty elections\n"
            "2022 – President re-elected\n"
        )
        assert outline(text) == ["h1:KEY DATES", "list"]

    def test_two_dated_lines_are_not_enough(self):
        text = (
            "Key Dates\n\n"
            "1979 – Independence after a referendum\n"
            "1996 – First multiparty elections\n\n"
            "The country has held seven elections since.\n"
        )
        assert "list" not in outline(text)

    def test_what_each_side_said_is_no_fact_box(self):
        text = (
            "What Each Side Says\n"
            'Union: "Our members kept the taps running through the floods."\n'
            'Company: "We have made a fair offer that the business can afford."\n'
            'Council: "We urge both sides to return to talks this week."\n'
        )
        assert outline(text) == [
            "h1:What Each Side Says",
            "paragraph",
            "paragraph",
            "paragraph",
        ]


class TestAbroadAssistantAndDataRound:
    """Assistants' exports, sites abroad and data pages (``-dev102`` to ``-dev104``)."""

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("You said:", "notice"),
            ("Exported 22 November 2024, 16:04", "notice"),
            ("You are here: Home / Business / Economy", "notice"),
            ("Lumen can make mistakes. Check important information.", "notice"),
            (
                "These summaries are written by AI from reports by our partners "
                "and checked by our editors.",
                "notice",
            ),
            ("Views: 1,204", "share"),
            ("Send your news stories to news@tarn.example or via WhatsApp.", "notice"),
            (
                "To stop receiving this bulletin, reply to this e-mail with the word "
                "UNSUBSCRIBE.",
                "notice",
            ),
            ("Data refreshes every hour", "notice"),
            (
                "Labourers rest under a flyover on Thursday. | Photo Credit: ANA ROY",
                "caption",
            ),
            (
                "Residents board a rescue truck on Monday. TARN COURIER PHOTO / ANA REYES",
                "caption",
            ),
            ("Students leave a private school in Doha. — File photo", "caption"),
            ("Tarn Mobility lent us a review unit for two weeks.", "notice"),
            ("READ: Where to get updates on class suspensions", "related"),
            ("About this data · Accessibility · Privacy · Contact", "navigation"),
            ("Topics | Water · Pretoria", "tags"),
            ("The Capital Ledger, Office 4, Blue Plaza, Islamabad 44000", "contact"),
            (
                "Get our weekly fuel price alert – sign up at tarn.example/news",
                "advert",
            ),
            (
                "Week 6, 2025 (3 to 9 February) – published Thursday 13 February 2025",
                "date",
            ),
        ],
    )
    def test_kind(self, line: str, kind: str):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "This explainer, drafted with an AI writing assistant and checked by our "
            "desk, walks through how tariffs work.",
            "**Date:** 12 March · **Decision:** Hold · **Vote:** 6–3",
            "In 2024, prices rose, Reaching 44000",
            "The council said prices rise every year.",
        ],
    )
    def test_not_furniture(self, line: str):
        assert classify(line) is None

    def test_notes_under_their_label_are_one_unit(self):
        text = (
            "Admissions fell for the third week running.\n\n"
            "Notes\n"
            "Figures for the most recent week are provisional and may be revised.\n"
            "Sentinel data are not a count of all cases in the population.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]

    def test_a_caption_wrapped_onto_its_credit(self):
        text = (
            "Fares rose by a fifth on Monday, operators said.\n\n"
            "Passengers queue for a matatu at the Mwangaza stage in Nairobi on March\n"
            "10, 2025. PHOTO | EVANS OTIENO\n\n"
            "The new fares apply on all routes into the city centre.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate", "paragraph"]

    def test_a_headline_over_its_caption_stays_a_heading(self):
        text = (
            "Rovers Go Top After Late Winner\n"
            "Jonah Prewitt celebrates against Eastbridge. (Photo: Lena Marsh)\n\n"
            "Rovers went top of the league with a late winner on Saturday.\n"
        )
        assert outline(text)[0].startswith("h1:")

    def test_a_wire_credit_broken_mid_name(self):
        text = (
            "The port reopened on Friday after a four-day strike.\n\n"
            "Reporting by Ana Ruiz; additional reporting by Diego\n"
            "Salas in Lagos; Editing by Tom Hale and Ines Roy\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]


class TestBriefsLocalAndMarketsRound:
    """Generated briefs, local sites and market notes (``-dev105`` to ``-dev107``)."""

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            (
                "*This brief was generated automatically from public statements "
                "and reviewed by an editor.*",
                "notice",
            ),
            (
                "Atlas summaries are generated automatically and checked by an "
                "editor before publication.",
                "notice",
            ),
            (
                "Tarn Briefs combines automated monitoring with editing by our staff.",
                "notice",
            ),
            ("Auto-generated profile · Data current to 6 June 2024", "notice"),
            ("This material is for institutional investors only.", "notice"),
            ("This newspaper follows the Editors' Code of Practice.", "notice"),
            ("We have a duty to report court cases fairly and accurately.", "notice"),
            (
                "Tarn FX is a trading name of Tarn Markets Ltd. Rates are indicative.",
                "notice",
            ),
            (
                "IMPORTANT DISCLOSURES: This document has been prepared by Tarn Bank",
                "notice",
            ),
            (
                "Poll: Kvarta Research for the Herald, 1,204 adults, 14–18 November.",
                "source",
            ),
            ("Updates from the Tarn Briefs live desk", "byline"),
            ("Written by Ana Ruiz and the Tarn Briefs engine", "byline"),
            ("Tarnley Gazette, 14 Market Place, Tarnley", "contact"),
            (
                "Report a fallen tree or blocked road: 01632 960450 (24 hours)",
                "contact",
            ),
            (
                "If you believe a report contains an error, contact the editor.",
                "contact",
            ),
            (
                "Brief No. 2025/118 · Prepared 4 April 2025 · Distribution: subscribers",
                "date",
            ),
            ("Comments have been disabled on this article for legal reasons.", "share"),
            ("UK-COURTS-FRAUD/PARISH (SPA)", "release"),
            ("**More from Share Clinic:** [Calendar](https://s.example/c)", "related"),
        ],
    )
    def test_kind(self, line: str, kind: str):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "The vote was automatically recounted after the tie.",
            "This is the first time the council has met since May.",
            "- Flood hotline: 01632 960 118",
        ],
    )
    def test_not_furniture(self, line: str):
        assert classify(line) is None

    def test_a_helpline_list_stays_a_list(self):
        text = (
            "Useful numbers:\n"
            "- Flood hotline: 01632 960 118\n"
            "- Missing persons: 01632 960 244\n"
        )
        assert outline(text) == ["paragraph", "list"]

    def test_a_wire_lead_opening_with_its_dateline_wraps_on(self):
        text = (
            "LONDON, Feb 14 (Tarn Wire) - Kestrel Metals reported an 18% fall in\n"
            "fourth-quarter core profit on Friday, after a three-week outage at its\n"
            "smelter in northern Sweden cut copper cathode output just as prices\n"
            "climbed to their highest level in 20 months.\n"
        )
        assert outline(text) == ["paragraph"]

    def test_a_fact_list_with_a_longer_term_goes_on(self):
        text = (
            "The offer was structured as follows:\n"
            "Offer price: 148 crowns per share\n"
            "New shares: 12.2 million\n"
            "Existing shares sold by the fund: 28.8 million\n"
            "Free float: about 26%\n"
            "Why did the price end at the top?\n"
            "Bankers said demand was helped by a thin pipeline of listings.\n"
        )
        doc = newsparse.parse(text, normalize=False)
        lists = [node for node in doc.walk() if node.type == "list"]
        assert len(lists) == 1
        assert len(lists[0].items) == 4, lists[0].items


class TestMixedSportAndScienceRound:
    """A mixed week, sport and culture, health and science (``-dev108`` to ``-dev110``)."""

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            (
                "This interview appears in the weekend magazine. Subscribe at x.example",
                "source",
            ),
            ("Share this live page", "share"),
            ("Top five only. Full table: sport.tarn.example/league", "related"),
            (
                "Send results and pictures to sport@tarn.example by 9pm on Sundays.",
                "notice",
            ),
            (
                "Send your listings to whatson@tarn.example or call 01632 960471.",
                "notice",
            ),
            (
                "The reviewer paid for her meal. Restaurants are not told in advance.",
                "notice",
            ),
            ("Words and photographs by Hester Quaile", "byline"),
            ("Share: Email · Facebook · Pinterest", "share"),
            ("Public Health Bulletin No. 2025-07", "release"),
            ("Contact Us:", "contact"),
            (
                "More interviews: Rivers remember floods | Five questions for a chaser",
                "related",
            ),
            ("Eastline Wire – Regional – 12 May 2025 14:05 GMT", "date"),
            ("Posted in Music, Reviews on 2 October 2025 by Jude Castellano", "date"),
            (
                "Tarn Valley School District · 300 Linden Avenue, Tarnley · (802) 555-0147",
                "contact",
            ),
        ],
    )
    def test_kind(self, line: str, kind: str):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        ["Rovers – Athletic – 12 May 2025", "Food 9/10 · Service 8/10 · Value 7/10"],
    )
    def test_not_furniture(self, line: str):
        assert classify(line) is None

    def test_bold_dates_heading_each_days_fixtures(self):
        text = (
            "The league resumes this weekend after the cup break.\n\n"
            "**Friday 7 March**\n\n"
            "Harbour Hawks v Tarn Titans, 7.30pm\n\n"
            "**Saturday 8 March**\n\n"
            "Quay Kings v Mill Lane Eagles, 6pm\n"
        )
        kinds = outline(text)
        assert kinds[1] == "h2:Friday 7 March", kinds
        assert kinds[3] == "h2:Saturday 8 March", kinds

    def test_a_sentence_with_a_footnote_mark_is_no_heading(self):
        text = (
            "Layers of mud show that microplastics have risen tenfold since 1970.\n"
            "The findings were published on Monday in Sediment Letters.¹\n"
            "The authors say it is the longest record of its kind.\n"
        )
        assert not any(k.startswith("h") for k in outline(text))

    def test_a_reference_entry_wrapped_onto_indented_lines(self):
        text = (
            "Later school start times lengthened sleep, the review found.\n\n"
            "References\n"
            "[1] Fenwright T, Lund K. School start times and objectively\n"
            "    measured sleep in adolescents. J Adolesc Sleep Med.\n"
            "    2024;12(3):201–214.\n"
            "[2] Interview with the author, 12 March 2024.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]

    def test_a_sign_off_from_the_team(self):
        text = (
            "That is all for this week. See you on Friday.\n\n"
            "– Nadia and the Lantern team\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]


class TestWireAndScrapedRound:
    """Agency wire and scraped pages (``structure-dev112``, ``-dev113``)."""

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Download this data: CSV (3 KB) · JSON (5 KB)", "navigation"),
            ("Weekend duty editor: Ana Ruiz, +44 1632 960188", "contact"),
            ("Get local news delivered to your inbox every morning.", "advert"),
            ("Photographs: Maeve Lund", "caption"),
            ("By Tarn Newswire sports staff", "byline"),
            ("Contacts:", "contact"),
        ],
    )
    def test_kind(self, line: str, kind: str):
        assert classify(line) == kind

    def test_by_the_end_of_the_week_is_prose(self):
        assert classify("By the end of the week staff were tired") is None

    def test_contacts_under_their_label_are_one_unit(self):
        text = (
            "Picture editors can preview the packages on the usual site.\n\n"
            "Contacts:\n"
            "World Desk, London: +44 1632 960123 / worlddesk@tarn.example\n"
            "Weekend duty editor: Ana Ruiz, +44 1632 960188\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]


class TestBriefingsAndPoliticsRound:
    """Stance briefings, politics and courts, economy pages (``-dev114`` on)."""

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("AI Overview · generated from 6 sources · 2 October 2025", "notice"),
            (
                "AI-generated overviews can contain mistakes. Check the sources.",
                "notice",
            ),
            ("Was this overview helpful? Yes | No", "notice"),
            (
                "Read the full item at monitor.example/briefings/steel-round-four",
                "related",
            ),
            ("By our correspondents in Port Adley", "byline"),
            ("Prepared by Basin Monitor (automated summary) | Version 1.2", "source"),
            (
                "Get the Polar Brief, our fortnightly newsletter, in your inbox.",
                "advert",
            ),
            ("NEGOTIATION WATCH – POSITION NOTE 27/2025", "release"),
            ("Distribution: subscribers only | Not for onward circulation", "notice"),
            ("Last refreshed 2 September 2025, 08:15 UTC", "date"),
            ("Ana Ruiz is legal affairs correspondent of The Sunday Ledger.", "byline"),
            ("Projection: the Post's election unit. Figures rounded.", "source"),
            ("Staff reporter, Justice Desk", "byline"),
            ("Download the 2025 fare table (PDF, 312 KB)", "related"),
            ("Business desk: Ana Lindqvist and Tom Mendes", "byline"),
            ("Tarnley Borough Council – Press Office", "byline"),
            ("Contacts", "contact"),
        ],
    )
    def test_kind(self, line: str, kind: str):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        ["ALSO ON OUR RADAR", "The Post Office", "He was a reporter for the Ledger."],
    )
    def test_not_furniture(self, line: str):
        assert classify(line) is None

    def test_sources_over_their_addresses(self):
        text = (
            "The parliament debates the mandate on 10 September.\n\n"
            "Sources\n"
            "https://www.tarnpost.example/talks-day-three\n"
            "https://www.islands.example/statements/0901\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]


class TestAggregatedTemplatedLongformRound:
    """Aggregated, templated and long-form news (``-dev117`` to ``-dev119``)."""

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            (
                "_Summary generated from the decision notice. Updated 13 June 2024._",
                "notice",
            ),
            ("Generated 2 May 2024 from district property sales records", "notice"),
            ("This report is updated monthly. Next update: 4 June 2024.", "notice"),
            ("Contact the Data Unit:", "contact"),
            ("Tickers: HGF.L", "tags"),
            (
                "Automated bulletin, refreshed every 10 minutes. Last refresh 07:40.",
                "notice",
            ),
            (
                "Stuck in traffic? Send us your travel news at travel@tarn.example or text us.",
                "notice",
            ),
            (
                "*Forecast issued 06:00 Friday 18 October by the Tarn Weather Desk*",
                "date",
            ),
            (
                "Forecasts are generated from model data and checked by a forecaster.",
                "notice",
            ),
            (
                "Do you have information about this story? Contact the desk in confidence.",
                "notice",
            ),
            ("R. Castell, Head of Planning Services", "byline"),
            ("by Owen Castellan", "byline"),
        ],
    )
    def test_kind(self, line: str, kind: str):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "The model was generated from data collected in 2020.",
            "Rania Ekwueme, the observatory's head of storage research.",
        ],
    )
    def test_not_furniture(self, line: str):
        assert classify(line) is None

    def test_a_lower_case_byline_under_the_headline_is_not_wrapped_onto(self):
        text = (
            "Fenlander unveils camera-guided sprayer for mid-sized arable farms\n"
            "by Owen Castellan\n\n"
            "The sprayer reads each plant and doses it, the maker said.\n"
        )
        kinds = outline(text)
        assert kinds[1] == "boilerplate", kinds
