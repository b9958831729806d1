"""Page furniture of show notes, letters pages, newsletters and listings (issue #4).

Each rule is a convention of news pages; the lines here are invented, and
every furniture line has prose beside it that begins the same way and must
stay content.
"""

from __future__ import annotations

import newsparse
from newsparse import Section
from newsparse.blocks.furniture import classify, finishes_sentence


def kinds(text: str) -> list[str]:
    """Block kinds in reading order: ``h1:Title``, ``paragraph``, ``byline`` …"""
    doc = newsparse.parse(text, normalize=False)
    out = []
    for node in doc.walk():
        if isinstance(node, Section):
            out.append(f"h{node.heading.level}:{node.heading.text}")
        elif node.type == "boilerplate":
            out.append(node.kind)  # type: ignore[attr-defined]
        elif node.type in {"paragraph", "list", "table"}:
            out.append(node.type)
    return out


FURNITURE = (
    # An episode's meta line: show · length · date.
    ("Night Shift Diaries · 36 min · 4 March 2027", "date"),
    ("Episode 9 · 1 hr 5 min · 12 May 2027", "date"),
    # Where a show is to be had.
    ("Listen on Apple Podcasts | Spotify | YouTube Music", "share"),
    ("Watch on BBC iPlayer", "share"),
    ("Subscribe on Overcast, Castbox or RSS", "share"),
    # A show's production credits.
    ("Night Shift Diaries is produced by Oren Falk. Music by Kestrel Row.", "byline"),
    ("This podcast is presented by Ida Moreau.", "byline"),
    # Notes on a transcript.
    ("Transcripts are generated automatically and may contain errors.", "notice"),
    ("This transcript was produced by speech recognition software.", "notice"),
    ("Captions may contain mistakes.", "notice"),
    # Bylines that name a role.
    ("Compiled by the letters editor, Rhea Santangelo", "byline"),
    ("By the Sports Team", "byline"),
    ("By our Lisbon correspondent", "byline"),
    ("Written by the business desk", "byline"),
    # Series and programme notes.
    (
        "This explainer is part of our cost of living project. Read the rest here.",
        "notice",
    ),
    ("This episode is one of a series on rural transport.", "notice"),
    # What a letters page, a listings page and a court report say of themselves.
    ("Letters may be edited for length. Send yours to post@herald.example.", "notice"),
    ("Comments will be moderated before they appear.", "notice"),
    ("Times are correct at the time of writing but may change.", "notice"),
    (
        "Details are checked weekly but could change. Please call the venue first.",
        "notice",
    ),
    ("Everyone charged is presumed innocent until proven guilty.", "notice"),
    ("All suspects are presumed innocent. Names are given as read in court.", "notice"),
    # Prompts to send things in.
    ("Got a gig coming up? Email whatson@herald.example by Monday.", "notice"),
    ("Have you got any photos of the flood? Get in touch.", "notice"),
    ("Found a mistake? Tell the desk at desk@herald.example.", "notice"),
    # A newsletter's foot.
    ("Enjoying The Evening Post? Share it with a colleague.", "advert"),
    ("Was this forwarded to you? Sign up at herald.example.", "advert"),
    ("You're receiving this newsletter because you asked for it.", "notice"),
    ("To unsubscribe, reply STOP to this email.", "notice"),
    # Labelled privacy notes, share lines, copyright, most-read labels.
    ("Privacy statement: We keep your answers for six months.", "notice"),
    ("Data protection: Your details are never shared.", "notice"),
    ("Share this recipe: WhatsApp | Email", "share"),
    ("Map data © 2027 Coastline Charts Ltd. All rights reserved.", "copyright"),
    ("Most read this week", "related"),
    ("Most popular today", "related"),
)

PROSE = (
    # Like an episode's meta line, but a sentence piece among them.
    "Why we moved to the coast · 3 May 2027 · and why we left",
    # Like a platform line: a sentence after the platform.
    "Listen on Radio Five at nine tonight.",
    "Watch on the big screen in the square, organisers said.",
    # Like production credits.
    "The festival is produced by the council every summer.",
    "Night Shift Diaries is produced by Oren Falk, who grew up nearby.",
    "The film was produced by Kestrel Pictures.",
    # Like transcript notes.
    "The transcript of the hearing runs to 400 pages.",
    "Transcripts of the calls were released by the court.",
    # Like role bylines.
    "By the time the reporters arrived, the fire was out.",
    "By the end of the year, the team had doubled.",
    "The plan was drawn up by the team",
    "Edited by the desk, the guide sold well.",
    # Like category lines: a piece that is not a section name.
    "Final score | Rovers won 2-1",
    "Adults | £4.20",
    "Ticket sales | up 20% on last year",
    # Like series notes.
    "This cut is part of a wider programme to save £2m.",
    "This road is part of the council's programme of repairs.",
    # Like letters-page and listings notes.
    "Letters from the front were read aloud at the service.",
    "Times have changed since the mill closed.",
    "Details of the plan are expected next week.",
    # Like the court disclaimer.
    "All defendants denied the charges.",
    "Everyone charged with the offence was released on bail.",
    # Like the prompts.
    "Got a minute? The mayor said she did not.",
    "Found a mistake in the accounts, the auditor resigned.",
    # Like a newsletter's foot.
    "Enjoying the sunshine, residents packed the beach.",
    "You are receiving a lot of calls about this, I imagine.",
    # Like a privacy note, a share line, a copyright line, a most-read label.
    "Privacy campaigners said the plan went too far.",
    "Share this with your neighbours, the warden said.",
    "Most read the report as a rebuke to the minister.",
    "Most of the listings were out of date.",
)


class TestFurnitureOfDev2Genres:
    def test_furniture_is_classified(self):
        assert [(t, classify(t)) for t, _ in FURNITURE] == list(FURNITURE)

    def test_prose_that_begins_alike_stays_content(self):
        assert [t for t in PROSE if classify(t) is not None] == []


class TestInContext:
    def test_a_title_under_a_breadcrumb_stays_the_title_over_a_role_byline(self):
        text = (
            "News > About us > Letters\n"
            "Letters to the editor\n"
            "Compiled by the letters editor, Rhea Santangelo\n"
            "Monday 8 March 2027\n\n"
            "The new bus timetable has left our village without a Sunday service,\n"
            "and nobody at the council seems to have noticed the effect on us.\n"
        )
        assert kinds(text) == [
            "navigation",
            "h1:Letters to the editor",
            "byline",
            "date",
            "paragraph",
        ]

    def test_a_category_line_under_the_title_is_navigation(self):
        for category in (
            "Health | Public Services",
            "Food & Drink · Reviews",
            "Opinion | Letters | Local Politics",
        ):
            text = (
                "Waiting Lists Grow at the Cottage Hospital\n"
                f"{category}\n"
                "By Ida Moreau\n\n"
                "Patients now wait eleven weeks for a routine appointment.\n"
            )
            assert kinds(text) == [
                "h1:Waiting Lists Grow at the Cottage Hospital",
                "navigation",
                "byline",
                "paragraph",
            ], category

    def test_sections_side_by_side_further_down_stay_content(self):
        text = (
            "Waiting Lists Grow at the Cottage Hospital\n\n"
            "Patients now wait eleven weeks for a routine appointment.\n\n"
            "Health | Public Services\n\n"
            "The trust said it would open an evening clinic in May.\n"
        )
        assert "navigation" not in kinds(text)

    def test_a_date_that_ends_a_wrapped_sentence_is_part_of_it(self):
        text = (
            "Winter Ferry Fares: What Changed\n\n"
            "An earlier report gave the wrong start date for the new winter fares\n"
            "on the island ferry route. They take effect from 4 January, not from\n"
            "3 December.\n\n"
            "The operator apologised for the confusion and said that the tickets\n"
            "bought at the old price would be honoured until the end of the month.\n"
        )
        assert kinds(text) == [
            "h1:Winter Ferry Fares: What Changed",
            "paragraph",
            "paragraph",
        ]

    def test_a_date_line_under_a_byline_is_still_a_date(self):
        assert not finishes_sentence("By Ana Ruiz", "3 December 2026.")
        assert not finishes_sentence("The fare rises on 4 January, and", "Tuesday")
        assert finishes_sentence("The fare rises on 4 January, not", "3 December.")

    def test_a_wrapped_prompt_is_one_block_with_its_tail(self):
        text = (
            "Harbour Wall Repairs Begin\n\n"
            "Work on the harbour wall began on Monday and will last six weeks.\n\n"
            "Got a story from the harbour? Email news@herald.example or write to\n"
            "the News Desk, The Herald, 12 Quay Street, Porthlow.\n"
        )
        doc = newsparse.parse(text, normalize=False)
        furniture = [n for n in doc.walk() if n.type == "boilerplate"]
        assert len(furniture) == 1
        assert furniture[0].text.endswith("12 Quay Street, Porthlow.")  # type: ignore[attr-defined]

    def test_a_short_notice_does_not_take_the_line_under_it(self):
        text = (
            "Harbour Wall Repairs Begin\n\n"
            "Work on the harbour wall began on Monday and will last six weeks.\n"
            "Advertisement\n"
            "Engineers expect to finish before the spring tides arrive in March.\n"
        )
        assert kinds(text) == [
            "h1:Harbour Wall Repairs Begin",
            "paragraph",
            "advert",
            "paragraph",
        ]

    def test_a_most_read_label_takes_the_headlines_under_it(self):
        text = (
            "**The Evening Post**\n\n"
            "Good evening. Here is what happened today.\n\n"
            "**Most read this week**\n"
            "- Why the ferry timetable keeps changing\n"
            "- Five walks along the estuary\n\n"
            "Enjoying The Evening Post? Share it with a colleague.\n"
        )
        assert kinds(text) == [
            "h1:The Evening Post",
            "paragraph",
            "related",
            "advert",
        ]

    def test_show_notes_meta_and_credits(self):
        text = (
            "# Episode 31: The last ferry\n"
            "Night Shift Diaries · 36 min · 4 March 2027\n\n"
            "We spend a night with the crew of the last ferry across the estuary.\n\n"
            "Listen on Apple Podcasts | Spotify | RSS\n"
            "Night Shift Diaries is produced by Oren Falk. Music by Kestrel Row.\n"
            "Transcripts are generated automatically and may contain errors.\n"
        )
        assert kinds(text) == [
            "h1:Episode 31: The last ferry",
            "date",
            "paragraph",
            "share",
            "byline",
            "notice",
        ]


# Round 2 (structure-dev3 genres): appeals, deals pages, reviews, listings,
# sketches and wire copy. Invented lines, each with prose that begins alike.
FURNITURE_3 = (
    # A button's label in brackets, and the price of a subscription.
    ("[Give now]", "advert"),
    ("[Donate today]", "advert"),
    ("Subscribe from £2 a month.", "advert"),
    ("Local journalism depends on readers like you. Subscribe today.", "advert"),
    ("**Get the best walks in your inbox**", "advert"),
    # The buttons of a shopping widget.
    ("ADD TO BASKET: Garden Kneeler, £14.99", "advert"),
    ("VIEW DEAL: Cordless Drill Set", "advert"),
    # A charity's number, a disclaimer, a scheme note, a loan disclosure.
    ("Harbour Lights Hospice is a registered charity (no. 7654321).", "notice"),
    ("Registered charity number 246810", "notice"),
    (
        "Court listings are published as a public service. The Gazette accepts no"
        " responsibility for errors in the lists supplied by the court.",
        "notice",
    ),
    (
        "The Gazette is not responsible for the content of external websites.",
        "notice",
    ),
    (
        "This article was funded by the Community News Project. Read more about"
        " the project on our website.",
        "notice",
    ),
    ("Tern Audio lent the headphones for this review.", "notice"),
    # Notes on prices and listings.
    ("*Fares checked on 3 March 2027 and subject to availability.*", "notice"),
    ("Prices are correct at the time of publication but may change.", "notice"),
    ("Schedules may change without notice. All times are UK time.", "notice"),
    # A footnote its mark opens.
    ("² Based on a two-bedroom flat in the town centre.", "references"),
    # Pointers elsewhere: click here, a label over a web address.
    ("For more on the ferry strike, click here", "related"),
    ("Tickets and full line-up: estuaryfolkfest.example", "related"),
    # A byline that names a person and the team.
    ("By Owen Marsh and the sport team", "byline"),
)

PROSE_3 = (
    "Give now or regret it later, the fundraiser told the crowd.",
    "Subscribe to the idea that prices will fall, and you will wait.",
    "Local journalism depends on many things, the report found.",
    "Get the boat in before the storm, the harbourmaster warned.",
    "Add to that the cost of fuel, and the sums no longer work.",
    "The hospice is a registered charity that cares for 200 patients a year.",
    "The council accepts no responsibility for the flooding, its leader said.",
    "The minutes are published as a matter of course.",
    "This article was a long time coming, the author admits.",
    "The ministry sent the plans to the regulator for review.",
    "Fares were checked by inspectors on the morning train.",
    "Prices rose 4% last year, the survey found.",
    "Schedules may change as the strike goes on, the union said.",
    "For the first time, the club can see a way out of debt.",
    "Score: 3.5 out of 10 was the verdict of the panel.",
    "Revenue: 3.5bn",
    "By Owen Marsh and the end of the season, the club had changed.",
    "More to follow.",
)


class TestFurnitureOfDev3Genres:
    def test_furniture_is_classified(self):
        assert [(t, classify(t)) for t, _ in FURNITURE_3] == list(FURNITURE_3)

    def test_prose_that_begins_alike_stays_content(self):
        assert [t for t in PROSE_3 if classify(t) is not None] == []


class TestInContextRound2:
    STORY = "The ferry will run twice a day from April, the operator said.\n"

    def test_a_sign_up_box_is_one_block(self):
        for box in (
            # Label, pitch, field, button.
            "Sign up for the Estuary Evening\n"
            "The day's news from the coast, straight to your inbox.\n"
            "Enter your email address\n"
            "Sign up\n",
            # Label, prompt, button.
            "**Get the best walks in your inbox**\n"
            "Sign up to our free weekly Outdoors newsletter.\n"
            "[Subscribe]\n",
        ):
            text = f"Ferry Timetable Changes\n\n{self.STORY}\n{box}\n{self.STORY}"
            assert kinds(text) == [
                "h1:Ferry Timetable Changes",
                "paragraph",
                "advert",
                "paragraph",
            ], box
            doc = newsparse.parse(text, normalize=False)
            advert = next(n for n in doc.walk() if n.type == "boilerplate")
            assert advert.text.count("\n") == box.count("\n") - 1  # type: ignore[attr-defined]

    def test_a_call_to_sign_up_with_no_form_under_it_stays_content(self):
        text = (
            "How to Join the Rowing Club\n\n"
            "Sign up for the taster session\n"
            "The club runs a free session on the first Saturday of every month.\n"
        )
        assert kinds(text)[1] == "h2:Sign up for the taster session"

    def test_a_name_over_the_writers_role_is_one_byline(self):
        text = (
            "Ferry Timetable Changes\n"
            "Owen Marsh\n"
            "Transport Correspondent\n"
            "Monday 1 March 2027\n\n"
            f"{self.STORY}"
        )
        assert kinds(text) == [
            "h1:Ferry Timetable Changes",
            "byline",
            "date",
            "paragraph",
        ]

    def test_a_name_under_the_standfirst_over_the_date_is_a_byline(self):
        text = (
            "The ferry, the timetable and the longest Tuesday on the estuary\n"
            "Passengers waited three hours for a boat that never came.\n"
            "Owen Marsh\n"
            "Tue 2 Mar 2027 17.40 GMT\n\n"
            f"{self.STORY}\n"
            "Owen Marsh is the Gazette's transport correspondent.\n"
        )
        assert kinds(text) == [
            "h1:The ferry, the timetable and the longest Tuesday on the estuary",
            "paragraph",
            "byline",
            "date",
            "paragraph",
            "byline",
        ]

    def test_a_label_in_capitals_under_the_byline_is_no_name(self):
        text = (
            "What's on the radio tonight\n"
            "By Owen Marsh and the radio team\n"
            "Updated: 06:00, 2 Mar 2027\n\n"
            "PICK OF THE WEEK\n"
            "The Night Ferry (10pm, Radio Coast)\n"
            "A drama set on the last boat of the night, slow and strange.\n"
        )
        assert kinds(text)[1:4] == ["byline", "date", "h2:PICK OF THE WEEK"]

    def test_an_advert_label_takes_no_prose_under_it(self):
        text = (
            "Ferry Timetable Changes\n\n"
            f"{self.STORY}"
            "Advertisement\n"
            "Passengers will be able to book online from next week.\n"
            "Sign up\n"
        )
        assert kinds(text) == [
            "h1:Ferry Timetable Changes",
            "paragraph",
            "advert",
            "paragraph",
            "advert",
        ]

    def test_a_sign_up_prompt_takes_its_button_not_the_next_advert(self):
        text = (
            "Ferry Timetable Changes\n\n"
            f"{self.STORY}\n"
            "Sign up to our free weekly Outdoors newsletter.\n"
            "[Sign up]\n"
            "Advertisement\n"
        )
        assert kinds(text)[2:] == ["advert", "advert"]


class TestLayoutFurniture:
    """Furniture of e-mail newsletters, PDF text, CMS exports and wire copy."""

    FURNITURE = (
        # The page's section beside its date; a publication, date and section.
        ("Science | Updated 4 March 2027", "date"),
        ("Arts & Culture · 12 May 2027", "date"),
        ("The Valley Gazette · Friday 5 March 2027 · Local News", "date"),
        # A bold label, as a CMS exports it.
        ("**Updated:** 4 March 2027, 08:15", "date"),
        ("__Source__: Harbour Authority", "source"),
        # A date and the desk that posted it.
        ("Posted 4 Mar 2027 by the Health Desk", "date"),
        # A newsletter's masthead and its link lines.
        ("MORNING TIDE -- a daily coastal briefing", "navigation"),
        # (addressed to its reader it is the newsletter's title: see
        # test_variants_session19)
        (
            "Open this email in a browser >> https://news.example.net/issue/9",
            "navigation",
        ),
        ("Listen to the episode » https://pod.example.net/ep12", "navigation"),
        ("Manage your subscription -> www.example.net/manage", "navigation"),
        # A page footer of text from a PDF.
        ("Page 3 of 12", "navigation"),
        # A wire slug.
        ("ENERGY-GRID/OUTAGE (UPDATE 1)", "release"),
        ("HEALTH-FLU/VACCINES", "release"),
        ("USA-TRADE-TARIFFS", "release"),
    )

    PROSE = (
        "Rome | 3 May",  # a row of a table: no year, no section
        "The river rose | then fell on 3 May 2027",
        "**Warning:** the bridge will close on Friday.",
        "Posted 4 Mar 2027 by the river, the notice was soon washed away.",
        "The briefing was cancelled -- a weekly briefing no longer.",
        "Prices rose >> and then fell.",
        "Page 3 of the report sets out the costs.",
        "UK-EU",
        "COVID-19",
        "WAR-TIME RATIONS RETURN TO THE ISLAND",
    )

    def test_furniture_is_classified(self):
        assert [(t, classify(t)) for t, _ in self.FURNITURE] == list(self.FURNITURE)

    def test_prose_that_begins_alike_stays_content(self):
        assert [classify(t) for t in self.PROSE] == [None] * len(self.PROSE)

    def test_a_running_header_in_wrapped_text_is_its_own_block(self):
        text = (
            "The Valley Gazette · Friday 5 March 2027 · Local News\n"
            "Council Delays Vote on Harbour Wall\n"
            "By Nadia Kell, Local Affairs Reporter\n"
            "The council has put off its vote on the harbour wall until April,\n"
            "citing the cost of the survey.\n"
            "Page 1 of 2\n"
            "The Valley Gazette · Friday 5 March 2027 · Local News\n"
            "Residents said the wall had been crumbling for a decade and that\n"
            "the delay left them exposed to the spring tides.\n"
        )
        assert kinds(text) == [
            "date",
            "h1:Council Delays Vote on Harbour Wall",
            "byline",
            "paragraph",
            "navigation",
            "date",
            "paragraph",
        ]

    STORY = (
        "The council has put off its vote on the harbour wall until April, "
        "citing the cost of the survey.\n"
    )

    def test_a_menu_label_takes_its_items_one_a_line(self):
        text = (
            "Skip to content\n\n"
            "Main menu\nHome\nLocal\nSport & Leisure\nWhat's On\n\n"
            "Council Delays Vote on Harbour Wall\n\n"
            f"{self.STORY}"
        )
        assert kinds(text) == [
            "navigation",
            "navigation",
            "h1:Council Delays Vote on Harbour Wall",
            "paragraph",
        ]

    def test_a_menu_link_over_a_short_title_leaves_the_title(self):
        text = f"Home\nHarbour Wall Vote\n\n{self.STORY}"
        assert kinds(text) == ["navigation", "h1:Harbour Wall Vote", "paragraph"]

    def test_footer_links_one_a_line_are_one_block(self):
        text = (
            f"Harbour Wall Vote\n\n{self.STORY}\n"
            "About us\nJobs\nAdvertise with us\nTerms of use\n\n"
            "© 2027 Valley Gazette\n"
        )
        assert kinds(text) == [
            "h1:Harbour Wall Vote",
            "paragraph",
            "navigation",
            "copyright",
        ]

    def test_a_short_line_after_the_last_link_is_not_a_link(self):
        text = f"Harbour Wall Vote\n\n{self.STORY}\nPrivacy policy\nTeam Sheets\n"
        assert kinds(text)[2:] == ["navigation", "paragraph"]

    def test_a_cookie_banner_takes_its_buttons(self):
        text = (
            "Harbour Wall Vote\n\n"
            "This site uses cookies to remember your settings.\n"
            "Accept all cookies\nReject all\nCookie settings\n\n"
            f"{self.STORY}"
        )
        assert kinds(text) == ["h1:Harbour Wall Vote", "notice", "paragraph"]

    def test_a_cookie_notice_takes_no_prose_under_it(self):
        text = (
            "Harbour Wall Vote\n\n"
            "We use cookies to remember your settings.\n"
            "Accept the new rules, the mayor told the council.\n\n"
            f"{self.STORY}"
        )
        assert kinds(text)[1:3] == ["notice", "paragraph"]

    def test_a_wire_credit_wrapped_over_two_lines_is_one_byline(self):
        text = (
            f"Harbour Wall Vote\n\n{self.STORY}\n"
            "(Reporting by Nadia Kell in Valley Port; additional\n"
            "reporting by Omar Tal; Editing by Ruth Penn)\n"
        )
        assert kinds(text) == ["h1:Harbour Wall Vote", "paragraph", "byline"]

    def test_a_bracketed_aside_over_two_lines_stays_content(self):
        text = (
            "Harbour Wall Vote\n\n"
            "(Reporting from the quay was hard, the editor said,\n"
            "as the tide came in.)\n\n"
            f"{self.STORY}"
        )
        assert kinds(text) == ["h1:Harbour Wall Vote", "paragraph", "paragraph"]

    TABLE = "| Zone | Homes |\n|---|---|\n| North* | 120 |\n| South | 80 |\n"

    def test_an_asterisk_note_under_a_table_is_a_footnote(self):
        text = (
            f"Harbour Wall Vote\n\n{self.STORY}\n{self.TABLE}\n"
            "* Estimated from the 2026 survey.\nSource: Harbour Authority\n\n"
            "The survey will be repeated next year.\n"
        )
        assert kinds(text)[2:] == ["table", "references", "source", "paragraph"]

    def test_an_asterisk_note_under_a_source_line_is_a_footnote(self):
        text = (
            f"Harbour Wall Vote\n\n{self.STORY}\n"
            "| Zone | Homes |\n|---|---|\n| North | 120 |\n\n"
            "Source: Harbour Authority\n* Figures are rounded.\n"
        )
        assert kinds(text)[2:] == ["table", "source", "references"]

    def test_an_asterisk_note_keyed_to_a_word_is_a_footnote(self):
        text = (
            "Harbour Wall Vote\n\n"
            "The wall will cost 4.2m pounds*, the council said.\n"
            "* Before VAT.\n\n"
            f"{self.STORY}"
        )
        assert kinds(text)[1:3] == ["paragraph", "references"]

    def test_a_one_item_asterisk_list_under_prose_stays_a_list(self):
        for above in (
            "The council will bring one thing to the vote:\n\n",
            "The council said it was *very* worried.\n\n",
            "The wall will cost 4.2m pounds, the council said.\n\n",
        ):
            text = (
                f"Harbour Wall Vote\n\n{above}* a survey of the whole wall\n\n"
                f"{self.STORY}"
            )
            assert kinds(text)[1:3] == ["paragraph", "list"], above

    def test_asterisk_items_under_a_table_stay_a_list(self):
        text = (
            f"Harbour Wall Vote\n\n{self.STORY}\n{self.TABLE}\n"
            "* the north zone floods first\n* the south zone is higher\n"
        )
        assert kinds(text)[2:] == ["table", "list"]

    def test_a_menu_running_into_the_headline_takes_no_items(self):
        text = (
            f"Menu\nSearch\nLocal\nCouncil Delays Vote on Harbour Wall\n\n{self.STORY}"
        )
        assert kinds(text)[:3] == ["navigation", "navigation", "navigation"]
