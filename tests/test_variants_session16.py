"""Structure variants found by the sixteenth session's sets.

Each test takes one form they print, with the prose around it that must
stay as it is. All text is our own.
"""

from __future__ import annotations

import pytest

from newsparse.blocks.furniture import classify

from .test_variants import outline


class TestFurnitureJoinedByDashes:
    @pytest.mark.parametrize(
        "line",
        ["4 March 2025 — 6 minutes to read", "URGENT – MARKETS/OIL (UPDATE 2)"],
    )
    def test_pieces_each_furniture_are_furniture(self, line):
        assert classify(line) is not None

    @pytest.mark.parametrize(
        "line",
        [
            "The Harbour Letter — Issue 31",  # a newsletter's title
            "Tuesday 3 June 2025 – all pupils return",  # a line of a list
            "Rates — what the change means for you",
        ],
    )
    def test_a_piece_of_content_keeps_the_line_content(self, line):
        assert classify(line) is None

    @pytest.mark.parametrize("line", ["0 –  – 0", "A — — B", "x – "])
    def test_an_empty_piece_between_dashes_is_content(self, line):
        assert classify(line) is None  # (found by hypothesis: no IndexError)

    def test_a_date_with_its_reading_time_under_the_byline(self):
        text = (
            "Home / Transport\n"
            "Four bridges the county will rebuild by 2030\n"
            "Mara Quill\n"
            "4 March 2025 — 6 minutes to read\n"
            "\n"
            "The county has set aside £80 million for its oldest bridges.\n"
        )
        assert outline(text) == [
            "boilerplate",
            "h1:Four bridges the county will rebuild by 2030",
            "boilerplate",
            "boilerplate",
            "paragraph",
        ]


class TestSectionsOverANoteOnTheText:
    def test_sections_over_an_auto_summary_note_are_navigation(self):
        text = (
            "Weather | Summaries\n"
            "Auto-summary from the coastal forecast briefing, 2 May 2025, 09:00\n"
            "\n"
            "Gales are expected on the north coast from Thursday evening.\n"
        )
        assert outline(text) == ["boilerplate", "boilerplate", "paragraph"]


COMMENTS = (
    "The new timetable starts on Monday.\n"
    "\n"
    "Comments (2)\n"
    "harbour_mo · 5 hours ago\n"
    "Two boats a week is not a service.\n"
    "Reply · 3 likes\n"
    "Ilse Varga · 14.03.2025, 19:20\n"
    "We were never asked about any of this.\n"
    "Reply | Report\n"
    "Please keep the discussion civil. We reserve the right to remove comments "
    "that break our guidelines.\n"
)


class TestReadersComments:
    def test_each_line_of_a_comment_section_is_furniture(self):
        assert outline(COMMENTS) == ["paragraph"] + ["boilerplate"] * 8

    @pytest.mark.parametrize(
        "line",
        [
            "harbour_mo · 5 hours ago",
            "Ilse Varga · 14.03.2025, 19:20",
            "Ines Moura · 3 May 2025 at 09:12",
            "Reply · 3 likes",
            "Comments are subject to moderation.",
        ],
    )
    def test_heads_buttons_and_rules_are_furniture(self, line):
        assert classify(line) is not None

    def test_a_post_under_no_comments_label_stays_content(self):
        text = (
            "Ferry users' forum\n"
            "\n"
            "harbour_mo · 5 hours ago\n"
            "Two boats a week is not a service.\n"
            "Reply · 3 likes\n"
        )
        assert "paragraph" in outline(text)


class TestNotesOnHowAStoryCame:
    @pytest.mark.parametrize(
        "line",
        [
            "This article was translated from Welsh by our newsroom. In case of "
            "doubt, the Welsh version prevails.",
            "This story has not been edited by Gazette staff and is published from "
            "a syndicated feed.",
            "The following statement was supplied by the council and is published "
            "unedited.",
        ],
    )
    def test_the_note_is_furniture(self, line):
        assert classify(line) == "notice"

    def test_a_sentence_about_a_translation_stays_content(self):
        assert classify("The poem was translated from Welsh in 1921.") is None


class TestMastheadsAndBylines:
    def test_a_newspaper_name_with_its_edition_over_the_menu(self):
        text = (
            "Lindenau Post — News in English\n"
            "Local · Region · Business · Sport\n"
            "Council approves the new bridge\n"
            "\n"
            "The council voted on Tuesday to build a second bridge.\n"
        )
        assert outline(text)[:2] == ["boilerplate", "boilerplate"]

    def test_a_wire_name_with_an_issue_over_its_date_is_a_title(self):
        text = (
            "Harbour Wire – Morning Digest\n"
            "Tuesday, 3 June 2025\n"
            "\n"
            "Markets opened higher on Tuesday.\n"
        )
        assert outline(text)[0] == "h1:Harbour Wire – Morning Digest"

    def test_a_writer_for_an_outlet_is_a_byline(self):
        assert classify("Lucia Ferreira Lobo, for the Lindenau Post") == "byline"
        assert classify("Lucia Ferreira, for example, disagreed.") is None


class TestNamesAndRolesUnderTheTitle:
    @pytest.mark.parametrize(
        "line",
        [
            "Ilse Marren, Senior Fellow, Coastal Security Programme",
            "Prepared by the Board Secretariat, May 2025",
            "Prepared by the Council Secretariat, Tarnby, 9 October 2025",
        ],
    )
    def test_the_line_is_a_byline(self, line):
        assert classify(line) == "byline"

    def test_a_party_over_its_pledge_is_a_heading(self):
        text = (
            "**Coast Party**\n"
            "\n"
            "Coast Party has made free ferries its flagship pledge.\n"
            "\n"
            "**Valley Party**\n"
            "\n"
            "Valley Party would cut fares by a third.\n"
        )
        assert outline(text)[:2] == ["h1:Coast Party", "paragraph"]

    def test_a_name_over_the_writers_biography_is_a_byline(self):
        text = (
            "The shoes held up for 600 km.\n"
            "\n"
            "Orla Byrne\n"
            "Orla Byrne has tested running gear for nine years.\n"
        )
        assert outline(text)[1:] == ["boilerplate", "boilerplate"]


class TestWidgetsLabelsAndCredits:
    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            (
                "Automated story | Generated 04:10, 2 May 2025 from official data",
                "notice",
            ),
            ("Top ten shown. Full table at www.league.example/table", "notice"),
            (
                "Enter your postcode in the box above to find your nearest tip.",
                "notice",
            ),
            ("Read the rest of the series at www.review.example/coast", "related"),
            ("Portrait of Ada Mbeki by Jon Lark", "caption"),
            ("Have your say: comments are open for 24 hours.", "share"),
            ("Our reporters Ana Ruiz and Tom Hale are following the count.", "notice"),
            ("Letters should be no longer than 200 words.", "notice"),
            (
                "The views in this brief are those of the authors and not of the"
                " Institute.",
                "notice",
            ),
            ("Issued 4 March by the Performance Division", "byline"),
            ("Coverage by Ana Ruiz and Tom Hale", "byline"),
            ("Sign up at www.post.example/letter", "advert"),
            (
                "Seen a claim? Email check@line.example or message us on 01632 960111.",
                "contact",
            ),
        ],
    )
    def test_the_line_is_furniture_of_its_kind(self, line, kind):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "Enter your address on the county's flood map to see your risk.",
            "Letters will be sent to every household in June.",
            "The full table makes grim reading for the champions.",
        ],
    )
    def test_the_same_words_in_prose_stay_content(self, line):
        assert classify(line) is None


class TestSignedLines:
    def test_a_sentence_signed_with_a_dash_is_no_heading(self):
        text = "Got a question? Just hit reply.\n\nSee you on Friday. – Mara\n"
        assert not any(o.startswith("h") for o in outline(text)[1:])

    def test_a_letter_signed_right_under_its_last_line_is_no_heading(self):
        text = (
            "Bins are a false economy\n"
            "Our street has become a feeding station for every gull in town.\n"
            "Ada Pollard, Easton Ferrers\n"
            "\n"
            "Give the bus lane a chance\n"
            "My journey to work now takes 24 minutes.\n"
            "Tom Achter, Carnford\n"
        )
        assert outline(text).count("h2:Give the bus lane a chance") == 1
        assert "h2:Ada Pollard, Easton Ferrers" not in outline(text)


class TestRepostsAndCallsToReadOn:
    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Shared from the Harbour News app", "source"),
            ("Republished from The Fell Tribune", "source"),
            ("*Reposted from the Green Energy newsletter with permission.*", "source"),
            ("This post first appeared in the Green Energy newsletter.", "source"),
            ("Read more at the Lowmoor Gazette →", "related"),
            ("Follow live updates in the Tribune app →", "related"),
            ("Read next: What a rate cut would mean for you", "related"),
            (
                "Last edited by river_ron on Thu 13 Mar 2025, edited 1 time in total.",
                "notice",
            ),
            ("Share · Save · Listen (3 min)", "share"),
            ("Curated by Noor Haddad", "byline"),
            ("— Wenlow Fire & Rescue (@WenlowFire) 21 February 2025", "byline"),
        ],
    )
    def test_the_line_is_furniture_of_its_kind(self, line, kind):
        assert classify(line) == kind

    def test_a_title_with_an_arrow_in_it_is_not_a_call(self):
        assert classify("Prices → where they go next") is None

    def test_a_credit_over_a_note_of_its_own_stays_apart(self):
        text = (
            "The count ends at noon.\n"
            "\n"
            "Reporting by Ana Staal; Editing by Carys Bene\n"
            "Originally published by Continental News. Republished via the CNS feed.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate", "boilerplate"]


class TestSeriesStatisticsAndSlugs:
    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            (
                "This article is part of Low Tide, our series on coastal towns,"
                " supported by the Shore Trust. Our journalism is independent.",
                "notice",
            ),
            ("BC-PERU-PORT-STRIKE/UPDATE 2", "release"),
            ("Was this advice helpful? Yes / No", "notice"),
            ("More in Work & Careers: Four-day week results | Apprentices", "related"),
            ("For media enquiries, contact the University press office:", "contact"),
            (
                "These are accredited official statistics, produced to the Code.",
                "notice",
            ),
            ("Responsible statistician: Dr Ana Holm", "contact"),
            (
                "Our live coverage from the count is led by Ana Ruiz and Tom Hale.",
                "notice",
            ),
        ],
    )
    def test_the_line_is_furniture_of_its_kind(self, line, kind):
        assert classify(line) == kind

    def test_a_newsletters_team_signs_it_off(self):
        text = "That is all for today.\n\n– The Evening Letter team\n"
        assert outline(text) == ["paragraph", "boilerplate"]

    def test_a_text_only_edition_over_the_date_is_the_masthead(self):
        text = (
            "THE FELL COURIER - TEXT-ONLY EDITION\n"
            "Monday 9 September 2024\n"
            "FERRY OPERATOR CUTS WINTER SAILINGS\n"
            "\n"
            "The operator will cut two sailings a week from November.\n"
        )
        assert outline(text)[:3] == [
            "boilerplate",
            "boilerplate",
            "h1:FERRY OPERATOR CUTS WINTER SAILINGS",
        ]

    def test_a_label_over_a_wrapped_lead_in_heads_it(self):
        text = (
            "The storm hit on Friday.\n"
            "\n"
            "Key Facts:\n"
            "\n"
            "Rainfall in the 24 hours to 14:00 local time, and the state of\n"
            "each district, according to the disaster centre:\n"
            "\n"
            "| District | Rainfall |\n"
            "|---|---|\n"
            "| North | 120 mm |\n"
        )
        assert outline(text) == ["paragraph", "h2:Key Facts:", "paragraph", "table"]


class TestUpdatesFollowsAndJobs:
    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            (
                "Follow Fell Post on WhatsApp for live alerts. Tap here to join.",
                "share",
            ),
            ("_Updated every Friday at noon. Reading time: 2 minutes._", "date"),
            ("Prices are averages from 900 forecourts. Data: Fuel Watch.", "source"),
            (
                "**Get the tracker by email every Friday.** Sign up at www.p.example",
                "advert",
            ),
            ("Delivered on 6 November 2025 at the Ministry of Health", "date"),
            ("Next update: 6:00 PM, or sooner if conditions change.", "date"),
            ("CW-CHILE-QUAKE/ (2ND LEAD)", "release"),
            ("By health reporter Ana Ruiz-Tran", "byline"),
        ],
    )
    def test_the_line_is_furniture_of_its_kind(self, line, kind):
        assert classify(line) == kind

    def test_a_date_wrapped_onto_the_next_line_ends_the_paragraph(self):
        text = (
            "Trading has been in line with the Board's expectations.\n"
            "\n"
            "The Group will publish a trading update covering the Christmas period on 15\n"
            "January 2026.\n"
            "\n"
            "About Brightwell Foods\n"
            "\n"
            "Brightwell Foods makes soups and bakery products from five sites.\n"
        )
        assert outline(text)[:2] == ["paragraph", "paragraph"]

    def test_reporters_at_a_place_under_the_date_are_a_byline(self):
        text = (
            "Council backs 4.9% tax rise after five-hour debate\n"
            "Updated 2 minutes ago\n"
            "Ana Ruiz and Tom Hale at Fell Town Hall\n"
            "\n"
            "The council voted 31 to 17 in favour of the budget on Tuesday.\n"
        )
        assert outline(text)[1:] == ["boilerplate", "boilerplate", "paragraph"]


class TestWhatACrawlerKeepsAndAChambersRecord:
    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Advertisement Scroll to continue reading", "advert"),
            (
                "Market data delayed by at least 15 minutes. Prices are indicative.",
                "notice",
            ),
            ("Licensing Rights, opens new tab", "navigation"),
            ("Posted on 3 March 2025 by Ana Ruiz in Health | 4 comments", "navigation"),
            ("We value your privacy. We and our partners store information.", "notice"),
            ("Share this article: Facebook X WhatsApp Email Copy link", "share"),
            ("By Ana Ruiz Markets reporter 3 min read Share", "reading_time"),
            ("News Sport Business Opinion Weather Puzzles Jobs Sign in", "navigation"),
            ("Question UIN 4471, tabled on 3 June 2025", "release"),
            ("Asked by Ada Colborne (Eastmarsh and the Levels)", "byline"),
            ("Answered by Alun Prior, Minister for Water, on 11 June 2025", "byline"),
            ("Judges: Lady Justice Harcastle, Lord Justice Emery", "byline"),
            ("On appeal from: County Court at Aldbury", "release"),
            ("Date of judgment: 21 October 2025", "date"),
        ],
    )
    def test_the_line_is_furniture_of_its_kind(self, line, kind):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "Business Travel And Local Food Markets",  # a title's small words
            "Markets Rally As Banks Lead",
            "Asked by reporters, she declined to comment.",
        ],
    )
    def test_titles_and_prose_stay_content(self, line):
        assert classify(line) is None

    def test_a_central_banks_name_over_its_sections_is_a_masthead(self):
        text = (
            "NATIONAL BANK OF VESTRIA\n"
            "Monetary policy | Accounts of meetings\n"
            "\n"
            "Summary of the council meeting of 29 April 2025\n"
            "\n"
            "The council voted to hold the rate at 3.5%.\n"
        )
        assert outline(text)[:2] == ["boilerplate", "boilerplate"]


class TestContentsButtonsAndCredits:
    def test_a_contents_label_over_its_entries_is_navigation(self):
        text = (
            "Home › Guides › Grants\n"
            "# Heat Pump Grants: The Complete Guide\n"
            "Disclosure: We may earn a commission when you use links on this page.\n"
            "\n"
            "**Contents**\n"
            "- What is the Warm Homes Grant?\n"
            "- Who can apply?\n"
            "- How to apply\n"
            "\n"
            "Looking for heat pump grants? In this guide we explain who qualifies.\n"
        )
        assert outline(text)[3:] == ["boilerplate", "paragraph"]

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            (
                "Written by Tom Ash. Reviewed by Ella Brook, chartered planner.",
                "byline",
            ),
            ("The smoke seen from the bridge. Photo: reader submission", "caption"),
            ("Copy | Share | Regenerate", "share"),
            ("Follow the club: Facebook · Instagram", "share"),
            ("Meeting held on 1 February 2025 at St Anne's Hall", "date"),
        ],
    )
    def test_the_line_is_furniture_of_its_kind(self, line, kind):
        assert classify(line) == kind

    def test_a_clause_after_a_comma_keeps_a_sentence_prose(self):
        assert classify("By Tuesday, most of the staff had left the building") is None


class TestAppsAndSocialPlatforms:
    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("‹ Back", "navigation"),
            ("← Harbour Council Updates", "navigation"),
            ("👁 9.8K · 06:41 · edited", "share"),
            ("8:12 AM · Jun 3, 2025 · ♥ 4.2K · 💬 1.1K", "share"),
            ("⬆ 482 · 💬 97 comments · Share · Award", "share"),
            ("Channel · 12,408 followers · 🔔 Following", "share"),
            ("Posted by u/quay_kat · 5h", "byline"),
            ("u/quay_kat · OP · 4h", "byline"),
            ("Dana Whit @DanaWhitCllr", "byline"),
            ("HARBOUR NEWS · now", "date"),
            ("Embedded post", "share"),
            ("View 88 more comments", "share"),
            ("Swipe left to start ›", "share"),
            ("3/8", "navigation"),
            ("You're getting alerts for this story · Manage", "notice"),
            ("This story is being updated. Pull down to refresh.", "notice"),
            ("Get push alerts for Fell news · Turn on", "advert"),
            ("[Share] [Save] [Listen]", "share"),
            ("↪ Forwarded from Coastline Buses", "source"),
        ],
    )
    def test_the_line_is_furniture_of_its_kind(self, line, kind):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "Sport · Football",
            "View from the pier at dawn",
            "Get ready for a long night · the count starts at ten",
            "Pinned: What we know so far",
        ],
    )
    def test_look_alikes_stay_content(self, line):
        assert classify(line) is None


class TestTradePressAndWireNotes:
    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("The information on this page is general guidance, not advice.", "notice"),
            ("FOR RELEASE AT 07:00, 27 FEBRUARY 2025", "notice"),
            ("Filed by Tevi Moala, Maritime Correspondent", "byline"),
            ("Story and photos by Mari Ocampo", "byline"),
            ("Mining and Metals Desk", "byline"),
            ("Corrects spelling of the union leader's name in paragraph 3.", "notice"),
            ("WEBINAR | Marine Renewals 2026. Register now.", "advert"),
            ("You have 1 free article remaining this month. Subscribe now.", "advert"),
        ],
    )
    def test_the_line_is_furniture_of_its_kind(self, line, kind):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        ["Changes to the overnight desk", "Deposit protected? → Use the service."],
    )
    def test_look_alikes_stay_content(self, line):
        assert classify(line) is None

    def test_a_path_over_the_byline_is_no_table(self):
        text = (
            "Home | Courts & Justice\n"
            "By Ana Ruiz, Courts Reporter | Published 11:20 AM, 27 February 2025\n"
            "\n"
            "Three men were jailed on Thursday.\n"
        )
        assert outline(text) == ["boilerplate", "boilerplate", "paragraph"]


class TestAppRowsSetApartBySpaces:
    @pytest.mark.parametrize(
        "line",
        [
            "💬 14   🔁 22   ♡ 118   📊 9.1K",
            "👍 1.2K   ❤️ 340   😮 56   7:58 AM",
            "36 Reposts   12 Quotes   301 Likes   19 Bookmarks",
            "↗ Share    ☆ Save    💬 48 comments",
            "▶ Play    ⤓ Download    ↗ Share",
            "Posted in Local news · 5h · Edited",
            "Last updated 2 minutes ago · 1,284 people reading now",
            "Load 14 earlier updates",
            "Write a comment…",
            "+ 2 more notifications from Pell Valley Power",
            "Follow The Briefing wherever you get your podcasts.",
        ],
    )
    def test_the_row_is_furniture(self, line):
        assert classify(line) is not None

    def test_a_handle_with_its_age_is_a_byline(self):
        assert classify("Mara Quist @maraquist_news · 2h") == "byline"
        assert classify("Fell Fire & Rescue ✓ @FellFire · 18m") == "byline"

    @pytest.mark.parametrize(
        "line",
        ["Q3 this year   Q3 last year    Change", "Revenue   £4.2m   £3.9m"],
    )
    def test_a_row_of_figures_set_apart_is_not_app_furniture(self, line):
        assert classify(line) is None


class TestWarningsTranscriptsAndSignOffs:
    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Next update: by 14:00 today", "date"),
            ("This warning is based on the best information available.", "notice"),
            ("[Briefing ends]", "notice"),
            ("Show: 24 hours | 7 days | 30 days", "navigation"),
            ("Statistician: Grace Odhi", "contact"),
        ],
    )
    def test_the_line_is_furniture_of_its_kind(self, line, kind):
        assert classify(line) == kind

    def test_a_closing_with_its_names_is_no_heading(self):
        text = (
            "Thank you for all your help this year.\n"
            "\n"
            "With thanks, Jo Whit and everyone at Riverside\n"
        )
        assert outline(text) == ["paragraph", "paragraph"]

    def test_reporters_at_the_count_under_the_date_are_a_byline(self):
        text = (
            "Council count: Greens gain three seats\n"
            "Updated 2 minutes ago\n"
            "Ana Ruiz and Tom Hale at the Rowan Leisure Centre\n"
            "\n"
            "The count began at 10pm on Thursday.\n"
        )
        assert outline(text)[1:] == ["boilerplate", "boilerplate", "paragraph"]
