"""Structure variants found by the tenth session's sets.

Generated explainers, wire and scraped pages, data pages (``structure-dev39``
to ``structure-dev41``): each test takes one form they print, with the prose
around it that must stay as it is. All text is our own.
"""

from __future__ import annotations

import newsparse
from newsparse.blocks.furniture import classify

from .test_variants import outline


class TestLabelsOverProse:
    """A section's name ending in ``:`` over the paragraph it names."""

    BRIEF = (
        "Marren and Oska Trade Barbs Over Port Fees\n"
        "The two ports have raised their fees twice this year, each blaming "
        "the other for the rise.\n"
        "Why It Matters:\n"
        "Shipping lines say the fees could add a tenth to the cost of a crossing "
        "by the spring.\n"
        "Outlook:\n"
        "Talks resume next month, though neither side expects an early deal.\n"
    )

    def test_a_title_case_label_and_one_word_label_head_their_paragraphs(self):
        assert outline(self.BRIEF) == [
            "h1:Marren and Oska Trade Barbs Over Port Fees",
            "paragraph",
            "h2:Why It Matters:",
            "paragraph",
            "h2:Outlook:",
            "paragraph",
        ]

    def test_speakers_labels_stay_paragraphs(self):
        text = (
            "Morning Call: Ferry Fees\n\n"
            "Host:\n"
            "Good morning, and thank you for joining us so early today.\n\n"
            "Mayor:\n"
            "Thank you for having me on the programme this morning.\n\n"
            "Host:\n"
            "Let us start with the fees that rose again last week.\n"
        )
        # "Mayor:" comes once, but the host's label comes back: a transcript.
        assert outline(text) == ["h1:Morning Call: Ferry Fees"] + ["paragraph"] * 6


class TestWireCopy:
    """Wire stories: their first section question, notes in brackets."""

    def test_a_short_question_set_apart_opens_the_first_section(self):
        text = (
            "Harbour board approves dredging plan\n\n"
            "The harbour board voted on Monday to deepen the main channel.\n\n"
            "What happens next?\n\n"
            "The plan goes to the environment agency, which has three months "
            "to decide.\n"
        )
        assert outline(text) == [
            "h1:Harbour board approves dredging plan",
            "paragraph",
            "h2:What happens next?",
            "paragraph",
        ]

    def test_a_question_pointing_back_to_people_stays_in_the_story(self):
        text = (
            "Harbour board approves dredging plan\n\n"
            "The fishermen said the work would ruin the spring catch.\n\n"
            "What will they do now?\n\n"
            "Most say they will fish further out until the dredgers have gone.\n"
        )
        assert (
            outline(text)
            == ["h1:Harbour board approves dredging plan"] + ["paragraph"] * 3
        )

    def test_a_note_in_brackets_ends_a_wrapped_story(self):
        text = (
            "VESTRA, June 3 (NPX) - The central bank held its main rate at 4% on\n"
            "Tuesday but said it was ready to cut later in the year if price\n"
            "growth kept falling towards the target, its governor told a news\n"
            "conference in the capital.\n"
            '"The door is open, and the question now is only when we walk\n'
            'through it," said Ilse Brandt, an economist at Vestra Bank in\n'
            "the capital.\n"
            "(Reporting by Jon Ekdal; Editing by Mara Lind)\n"
        )
        doc = newsparse.parse(text, normalize=False)
        assert outline(text) == ["paragraph", "paragraph", "boilerplate"]
        assert doc.paragraphs()[-1].text.endswith("Bank in\nthe capital.")

    def test_a_share_line_may_name_what_it_shares_in_two_words(self):
        assert classify("Share this live blog: Facebook, X, WhatsApp") == "share"
        assert classify("Share this news with your family: it matters.") is None


class TestDataPages:
    """Tables under their own titles, price notes, questions with a dash."""

    def test_a_title_between_two_tables_with_outer_pipes_stands_apart(self):
        header = "| Pos | Team | Pts |\n"
        text = (
            "League Table\n\n"
            "Leaders\n" + header + "| 1 | Ashby | 40 |\n| 2 | Corran | 38 |\n"
            "Strugglers\n" + header + "| 15 | Moorfield | 12 |\n| 16 | Tulley | 8 |\n"
        )
        assert outline(text) == [
            "h1:League Table",
            "h2:Leaders",
            "table",
            "h2:Strugglers",
            "table",
        ]

    def test_a_row_without_outer_pipes_may_still_go_on(self):
        text = (
            "Poll | Dates | Yes | No |\n"
            "Alder Research | 3–5 May | 44% |\n"
            "41%\n"
            "Brook Polls | 6–8 May | 45% | 40% |\n"
        )
        doc = newsparse.parse(text, normalize=False)
        assert outline(text) == ["table"]
        assert len(doc.tables()[0].rows) == 2  # "41%" ends the first row

    def test_a_price_note_with_a_time_and_a_weekday_is_furniture(self):
        assert classify("Prices correct as of 9am, Monday 11 March 2030") == "notice"
        assert classify("Prices correct as of Monday, the firm said.") is None

    def test_a_dash_in_a_question_heading_is_no_word(self):
        text = (
            "Rebate: your questions answered\n\n"
            "Do I need to apply?\n\n"
            "No. The rebate is paid into your account in December.\n\n"
            "I got a text asking for my bank details – is it genuine?\n\n"
            "No. The council will never ask for bank details by text.\n"
        )
        assert outline(text)[-2:] == [
            "h2:I got a text asking for my bank details – is it genuine?",
            "paragraph",
        ]


class TestGeneratedBriefings:
    """What a content generator leaves around its text."""

    def test_a_newsletter_offer_after_a_question_is_furniture(self):
        line = "Want briefings like this in your inbox? Sign up for our weekly digest."
        assert classify(line) == "advert"
        assert classify("Want answers like these? Ask the minister, she said.") is None

    def test_a_generated_briefings_own_warning_is_furniture(self):
        note = (
            "This briefing was generated from public statements and may contain "
            "errors. Check key facts against the original sources."
        )
        assert classify(note) == "notice"
        said = "This report was compiled from court records and may contain errors, "
        assert classify(said + "the judge said.") is None

    def test_dated_terms_end_at_a_heading_without_a_dash(self):
        text = (
            "Patent Fight Over Asthma Inhaler Heads to Court\n"
            "The two drug makers have been at odds for almost two years.\n"
            "Key Dates:\n"
            "March 2021 – The patent is granted.\n"
            "June 2024 – A rival files for approval of a copy.\n"
            "January 2025 – The patent holder sues.\n"
            "What the companies said\n"
            "Both firms declined to comment on the timing of the hearing.\n"
        )
        assert outline(text) == [
            "h1:Patent Fight Over Asthma Inhaler Heads to Court",
            "paragraph",
            "h2:Key Dates:",
            "list",
            "h2:What the companies said",
            "paragraph",
        ]


class TestScrapedPages:
    """A news site's furniture, copied with the story."""

    def test_calls_for_readers_and_follow_lines_are_furniture(self):
        for line, kind in (
            (
                "Have you been affected by the floods? Email news@dalecourier.example "
                "or call 01632 960555.",
                "notice",
            ),
            ("Follow our sport desk on Bluesky @sport.dalecourier.example", "share"),
            ("Join the conversation (48 comments)", "share"),
            ("Most viewed in Business", "related"),
            (
                "Get the best of the weekend in your inbox every Saturday. Sign up "
                "to The Long Read.",
                "advert",
            ),
            (
                "**Sign up for Money Matters**, our weekly newsletter on your "
                "finances.",
                "advert",
            ),
        ):
            assert classify(line) == kind, line
        for line in (
            "Have you seen him? Call police on 101.",
            "Follow the path along the river for two miles.",
            "**Mr Hale**, the mayor, said the road would reopen.",
        ):
            assert classify(line) is None, line

    def test_a_caption_and_its_credit_in_italics(self):
        text = (
            "Flu clinics to open a week early\n\n"
            "*A nurse prepares a vaccine at the Mill Street clinic.*\n"
            "*Photo: Ana Brook for the Dale Courier*\n\n"
            "Clinics across the county will open a week early this winter.\n"
        )
        assert outline(text) == [
            "h1:Flu clinics to open a week early",
            "boilerplate",
            "boilerplate",
            "paragraph",
        ]

    def test_a_wrapped_age_over_its_figure_is_no_list(self):
        text = (
            "Painter of the northern coast dies\n\n"
            "Wenna Hale, whose paintings of the cliffs made her one of the most\n"
            "admired artists of her generation, has died at her home aged\n"
            "91. Her gallery confirmed her death on Saturday and said a\n"
            "memorial exhibition would open in the spring of next year.\n"
        )
        assert outline(text) == ["h1:Painter of the northern coast dies", "paragraph"]


class TestWrappedNewsletters:
    """A newsletter hard-wrapped by the mail client, furniture and all."""

    STORY = (
        "The council has agreed to keep all three branch libraries open for\n"
        "another year, after a petition signed by more than four thousand\n"
        "residents was handed in at the town hall on Monday morning.\n"
        "Officers had proposed closing the smallest branch to save money.\n"
        "\n"
    )

    def test_notes_wrapped_onto_a_number_or_an_address_are_one_block(self):
        for foot in (
            "Have your say: reply to this e-mail or call the bulletin team on\n"
            "01632 960554.\n",
            "You are receiving this because you subscribed to the Dale Weekly\n"
            "newsletter. Forward it to a friend or update your preferences at\n"
            "dale-weekly.example/prefs\n",
        ):
            assert outline(self.STORY + foot) == ["paragraph", "boilerplate"], foot

    def test_a_title_over_its_reading_time_or_source_line(self):
        for meta in ("4 min read", "dalepost.example · 11 June · 4 min read"):
            text = (
                "Five things to know about the new tram line to the airport\n"
                + meta
                + "\n\n"
                + self.STORY
            )
            assert outline(text) == [
                "h1:Five things to know about the new tram line to the airport",
                "boilerplate",
                "paragraph",
            ], meta

    def test_a_live_pages_reporters(self):
        assert classify("Live reporting by Anya Pell and Tom Greaves") == "byline"


class TestServicePages:
    """Notes, dates and markers around a data page's text."""

    def test_a_wrapped_sign_up_line_ending_on_an_address(self):
        text = (
            "Rovers travel to Harlow Bay next Saturday. Town, without the\n"
            "suspended Okafor, are at home to Selwyn Athletic on Tuesday night\n"
            "in the first of three away games in a week for the league leaders.\n"
            "\n"
            "Get every Rovers and Town result straight to your inbox: sign up\n"
            "to the Final Whistle newsletter at eastmere-post.example/sport\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]

    def test_page_notes(self):
        for line, kind in (
            ("Posted on 14 April 2025 by the Newsdesk", "date"),
            ("Related topics: Housing market, Mortgages, Personal finance", "tags"),
            (
                "Follow live coverage of every league match on Saturdays at "
                "dalepost.example/sport",
                "share",
            ),
            (
                "*Figures are for a typical household paying by direct debit. This "
                "guide does not constitute financial advice.*",
                "notice",
            ),
        ):
            assert classify(line) == kind, line
        assert classify("*The council met on Monday. It agreed the plan.*") is None

    def test_a_citation_marker_alone_ends_the_sentence_above(self):
        text = (
            "Fewer than two in three patients were seen within 18 weeks of\n"
            "referral in January, well below the standard set in the charter\n"
            "[1].\n"
        )
        doc = newsparse.parse(text, normalize=False)
        assert outline(text) == ["paragraph"]
        assert doc.paragraphs()[0].text.endswith("charter\n[1].")


class TestGeneratorNotes:
    """How a generated roundup says it was made."""

    def test_notes_on_how_a_page_was_made_are_furniture(self):
        for line in (
            "This recap was generated automatically from league data.",
            "This digest is produced with the help of automated summarisation tools.",
            "*This explainer was drafted with the help of an AI tool and checked by "
            "our editor.*",
            "Live coverage summary generated automatically, 5 November",
            "*Last updated 06:45 · Compiled automatically from wire reports*",
            "Posted 4 April by the Lakeside Civic Bulletin (AI-generated summary)",
        ):
            assert classify(line) is not None, line
        for line in (
            "This plan was drafted by the ministry with help from machine learning "
            "experts.",
            "Compiled automatically, the list is often wrong.",
        ):
            assert classify(line) is None, line


class TestRegionalSites:
    """A regional site's credits, calls and link lines."""

    def test_furniture_lines(self):
        for line, kind in (
            ("Health correspondent: Simon Achterberg", "byline"),
            ("Words: Lorna Feeney | Pictures: Dev Sandhu", "byline"),
            ("Comments are closed on this article.", "share"),
            (
                "Share: [Facebook](https://dalepost.example/share/fb/1) · "
                "[X](https://dalepost.example/share/x/1)",
                "share",
            ),
            (
                "Know of an event we should include? Email whatson@dalepost.example "
                "by Wednesday noon.",
                "notice",
            ),
            ("TERRAVIA-QUAKE/ (UPDATE 2)", "release"),
            ("SELVARA-DAM/ (UPDATE 3, PIX, TV)", "release"),
        ):
            assert classify(line) == kind, line
        for line in (
            "Editor: Thanks for coming in today.",
            "Photo: Ana Ruiz",  # a picture's credit stays a caption
            "The [council](https://dalepost.example/c) met on Monday.",
        ):
            assert classify(line) not in ("byline", "share"), line

    def test_a_contact_wrapped_onto_its_address_is_one_block(self):
        text = (
            "The schedule will be updated as events warrant, and a new story\n"
            "will be moved after the decision is announced on Thursday night.\n"
            "\n"
            "For queries, call the World Desk on +44 20 7946 0815 or email\n"
            "worlddesk@wire.example\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]

    def test_dash_terms_end_where_a_colon_title_comes(self):
        text = (
            "Teams:\n"
            "Ashby Town – Hollis; Brand, Pike, Achebe, Sumner; Lowe, Garside\n"
            "Corran Athletic – Fairbrother; Oduya, Kemp, Platt; Nash, Quill\n"
            "Referee – Martin Dunmore\n"
            "League: top three\n"
            "| Pos | Team | Pts |\n|---|---|---|\n| 1 | Ashby | 40 |\n"
        )
        assert outline(text) == ["h1:Teams:", "list", "h2:League: top three", "table"]


class TestInternationalPages:
    """Furniture of English-language sites abroad and of generated comparisons."""

    def test_furniture_lines(self):
        for line, kind in (
            ("Follow us on X and Telegram for live results from Port Ambel.", "share"),
            ("Follow us on Facebook, X and WhatsApp: @DalePressAgency", "share"),
            ("Levant & Gulf Desk", "byline"),
            ("Island Desk, with agencies", "byline"),
            ("**By Helena Marsk** | Political Editor, *The Harbour Ledger*", "byline"),
            ("**By Priya Anand** | 9 September 2025", "date"),
            (
                "Displaced families queue for water outside Kaffa on March 2. "
                "Kestrel/Idris Sane",
                "caption",
            ),
            (
                "Officials count ballots in Lokamba on Sunday. PHOTO | OPA/KEVIN "
                "LUBEGA",
                "caption",
            ),
            (
                "This article was written by a Local Democracy Reporter. Find out "
                "more at ldrs.example.",
                "notice",
            ),
            (
                "*Comparison generated with our policy tool and checked by the "
                "politics desk. Last updated 2 February 2026.*",
                "notice",
            ),
            ("Posted by the Explainers team on 3 April 2026", "date"),
        ):
            assert classify(line) == kind, line
        for line in (
            "The deal was signed in March. It runs to 2030/31 and costs little.",
            "Talk to the desk",
            "He spoke with agencies",
            "Posted by the council on Monday, the notice was removed",
        ):
            assert classify(line) is None, line


class TestContentFarmPages:
    """SEO pages: author boxes, bold prompts, questions after wrapped text."""

    def test_furniture_lines(self):
        for line, kind in (
            ("*Posted on 22 April 2025 by the GreenHome editorial team*", "date"),
            ("By **Samira Lindholt** | Consumer Affairs Desk", "byline"),
            (
                "**Get transit news in your inbox.** Sign up for the Rider weekly "
                "newsletter.",
                "advert",
            ),
            ("Share on: Facebook · LinkedIn · Email", "share"),
            ("Latest update: 16:45", "date"),
        ):
            assert classify(line) == kind, line
        for line in (
            "Latest Updates: Dunmere Flood Relief Fund Payments and Deadlines",
            "Share on: the council website",
            "**Bold** words in a sentence here.",
        ):
            assert classify(line) is None, line

    def test_an_author_box_and_a_wrapped_disclaimer_are_one_block_each(self):
        text = (
            "Rates fall again\n\n"
            "The bank cut its rate on Monday for the second time this year.\n\n"
            "About the Author\n"
            "Petra Osei covers money for the Daily Ledger.\n\n"
            "Disclaimer: The information in this article is general in\n"
            "nature and does not take into account your personal financial\n"
            "situation. Speak to a licensed adviser before making any\n"
            "decisions.\n"
            "© Daily Ledger\n"
        )
        assert outline(text) == [
            "h1:Rates fall again",
            "paragraph",
            "boilerplate",
            "boilerplate",
            "boilerplate",
        ]

    def test_a_short_question_after_a_full_wrapped_line_heads_its_answer(self):
        text = (
            "What the rate cut means for you\n"
            "What about my savings?\n"
            "Savers are likely to lose out. Banks usually cut savings rates\n"
            "faster than loan rates, and two of the largest lenders lowered\n"
            "their easy-access accounts within hours of the announcement.\n"
            "Will prices come down?\n"
            "Not directly. Lower rates tend to increase spending, which can\n"
            "push prices up rather than down, the bank said in its report.\n"
        )
        assert outline(text) == [
            "h1:What the rate cut means for you",
            "h2:What about my savings?",
            "paragraph",
            "h2:Will prices come down?",
            "paragraph",
        ]


class TestCrawledDay:
    """A crawler's day: corrections columns, desks with dates."""

    def test_furniture_lines(self):
        for line, kind in (
            (
                "To report an error, please email corrections@ledger.example or "
                "write to the Readers' Editor.",
                "notice",
            ),
            ("Consumer desk, 15 May 2025", "date"),
            ("Vienna, 22 October 2025", "date"),
        ):
            assert classify(line) == kind, line
        assert classify("The water company, 15 May 2025 apart, has not paid.") is None


class TestSyndicatedCopy:
    """A wire story as a portal, an app and a party re-publish it."""

    def test_furniture_lines(self):
        for line, kind in (
            ("Share this article: Facebook  X  LinkedIn  Email", "share"),
            ("Follow us: @DaleUnion", "share"),
            ("Like · Comment · Share", "share"),
            ("Open the original article at wire.example", "share"),
            ("You are seeing this story because you follow Economy.", "notice"),
            (
                "Promoted by K. Arden on behalf of the Green Party, 12 Canal Row.",
                "notice",
            ),
            ("*Wire copy © Meridian Press, used under licence.*", "copyright"),
            ("**For interviews contact:**", "contact"),
        ):
            assert classify(line) == kind, line
        for line in (
            "Published by Harper on behalf of the estate, the diaries sold well.",
            "Like the council, we think so.",
        ):
            assert classify(line) is None, line

    def test_a_label_in_capitals_over_dated_terms(self):
        text = (
            "Election factbox\n\n"
            "Voters go to the polls on Sunday after a short campaign.\n\n"
            "KEY DATES:\n"
            "Sept. 12 - The government loses a confidence vote\n"
            "Sept. 15 - The president dissolves parliament\n"
            "Oct. 5 - Polling day\n"
        )
        assert outline(text) == [
            "h1:Election factbox",
            "paragraph",
            "h2:KEY DATES:",
            "list",
        ]
        speech = (
            "Interview\n\nMINISTER GARCÍA:\nWe will not raise taxes this year.\n"
            "MORA:\nWill you rule it out?\n"
        )
        assert outline(speech) == ["h1:Interview", "paragraph", "paragraph"]

    def test_a_press_offices_imprint(self):
        line = "Published by the Ministry of Transport press office. Media enquiries: 1"
        assert classify(line) == "notice"
        assert (
            classify("Published by the ministry last week, the report was thin.")
            is None
        )


class TestTrackers:
    """A data tracker's key figures."""

    def test_small_words_do_not_lengthen_a_term(self):
        text = (
            "Inflation tracker\n\n"
            "Prices rose faster in June than in May, official figures show.\n\n"
            "Key Figures:\n"
            "Headline CPI: 3.4% (May: 3.1%)\n"
            "Services: 5.2% (May: 5.0%)\n"
            "Food and non-alcoholic drinks: 2.1% (May: 2.6%)\n"
        )
        assert outline(text) == [
            "h1:Inflation tracker",
            "paragraph",
            "h2:Key Figures:",
            "list",
        ]


class TestWritingToolPastes:
    """What a writing tool and a columnist's page leave around the text."""

    def test_furniture_lines(self):
        for line in (
            "Drafted with AI assistance; reviewed by our legal affairs editor.",
            "Some content on this page was generated with AI tools and checked.",
            "*Written with the assistance of AI tools. Figures checked by us.*",
            "Word count: 412 | Reading level: Grade 10",
            "Regenerate · Copy · Export to CMS",
            "*The author does not hold shares in any of the companies mentioned.*",
        ):
            assert classify(line) == "notice", line
        for line in (
            "The report was written with AI researchers at the university.",
            "Written by hand, the letter was brief.",
            "The author does not hold back in her criticism.",
        ):
            assert classify(line) is None, line


class TestMagazinePages:
    """Magazines and review sites: credits, offers, affiliate notes."""

    def test_furniture_lines(self):
        for line, kind in (
            ("Photography by Tamsin Greer", "byline"),
            (
                "*Subscribe to The Fieldnote from £4 a month and get every issue.*",
                "advert",
            ),
            (
                "Share: [Facebook](https://mag.example/fb) [Email](https://mag.example/e)",
                "share",
            ),
            ("This article appears in the Spring 2025 issue of Horizon.", "notice"),
            (
                "Gadgetry may earn a commission when you buy through links on our site.",
                "notice",
            ),
            ("Environment · Long read", "tags"),
        ):
            assert classify(line) == kind, line
        for line in (
            "The council will earn a commission, he said.",
            "Subscribe to the idea from 2010, he said.",
        ):
            assert classify(line) is None, line
