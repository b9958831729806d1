"""Structure variants found by the eleventh session's sets.

Press releases, timelines, scraped pages and data pages (``structure-dev65``
onwards): each test takes one form they print, with the prose around it that
must stay as it is. All text is our own.
"""

from __future__ import annotations

import newsparse

from .test_variants import outline


class TestContactLines:
    """A contact's lines under one another are one unit of furniture."""

    RELEASE = (
        "Tarnmouth Library Reopens After Repairs\n\n"
        "The central library reopens on Monday after eight months of roof "
        "repairs, the council said.\n\n"
        "{contact}\n\n"
        "ENDS\n"
    )

    def boilerplate(self, contact: str) -> list[str]:
        doc = newsparse.parse(self.RELEASE.format(contact=contact), normalize=False)
        return [b.text for b in doc.walk() if b.type == "boilerplate"]

    def test_a_labelled_contact_takes_the_lines_under_it(self):
        contact = (
            "**Press contact:** Libraries Team, Tarnmouth Council\n"
            "Telephone: 01632 960 551\n"
            "Email: libraries@tarnmouth.example"
        )
        found = self.boilerplate(contact)
        assert len(found) == 2, found  # the contact, then "ENDS"
        assert found[0].startswith("**Press contact:**")
        assert found[0].endswith("libraries@tarnmouth.example")

    def test_telephone_and_email_lines_are_one_unit(self):
        found = self.boilerplate("Tel: 01632 960 552\nEmail: press@tarnmouth.example")
        assert found[0] == "Tel: 01632 960 552\nEmail: press@tarnmouth.example"

    def test_a_contact_line_does_not_take_the_prose_under_it(self):
        text = (
            "Email: press@tarnmouth.example\n"
            "The library will open from 9am to 7pm on weekdays and until "
            "noon on Saturdays.\n"
        )
        assert outline(text) == ["boilerplate", "paragraph"]


class TestWrappedTermItems:
    """A dated ``Term – description`` item wrapped onto an indented line."""

    TIMELINE = (
        "How the dispute unfolded:\n"
        "Mar 2 – Drivers at the Wexley depot vote to strike over rotas.\n"
        "Mar 9 – The operator offers two extra rest days a month;\n"
        "  the union says rest days must be fixed a month ahead.\n"
        "Mar 14 – The first of six one-day strikes goes ahead.\n"
        "Mar 20 – Talks resume at the conciliation service.\n"
        "\n"
        "Passengers have been told to check the timetable before travelling.\n"
    )

    def test_the_indented_line_belongs_to_the_item(self):
        doc = newsparse.parse(self.TIMELINE)  # continuation lines joined
        (found,) = [b for b in doc.blocks() if b.type == "list"]
        assert [item.text for item in found.items][1:3] == [
            "Mar 9 – The operator offers two extra rest days a month; "
            "the union says rest days must be fixed a month ahead.",
            "Mar 14 – The first of six one-day strikes goes ahead.",
        ]
        assert len(found.items) == 4

    def test_an_indented_capitalised_line_is_not_taken(self):
        text = self.TIMELINE.replace("  the union says", "  The union says")
        kinds = outline(text)
        assert kinds[:2] == ["paragraph", "list"]
        doc = newsparse.parse(text, normalize=False)
        (found,) = [b for b in doc.blocks() if b.type == "list"]
        assert len(found.items) == 2  # the list ends where the wrap is unclear


class TestHeadlineOverOneLineStandfirst:
    """A full-width headline does not wrap onto a standfirst wider than the text."""

    PAGE = (
        "Dunmere Echo › Transport\n"
        "Bus operator cuts evening services on six routes across the Dunmere valley\n"
        "Passengers say the changes, which take effect next month, will leave "
        "villages without any bus after seven o'clock in the evening.\n"
        "Nadia Farrow, Transport Reporter\n"
        "\n"
        "Evening buses on six routes in the Dunmere valley will stop running at\n"
        "seven o'clock from next month, the operator Valleyline said on Monday,\n"
        "blaming a shortage of drivers and a fall in the number of passengers\n"
        "since the pandemic.\n"
        "\n"
        "The council said it was disappointed and would ask the operator to\n"
        "think again about the two routes that serve the district hospital.\n"
    )

    def test_the_headline_is_the_title(self):
        doc = newsparse.parse(self.PAGE, normalize=False)
        assert doc.title == (
            "Bus operator cuts evening services on six routes across the Dunmere valley"
        )
        kinds = outline(self.PAGE)
        assert kinds[:4] == [
            "boilerplate",
            "h1:Bus operator cuts evening services on six routes across the "
            "Dunmere valley",
            "paragraph",
            "boilerplate",
        ]

    def test_wrapped_lines_still_join(self):
        doc = newsparse.parse(self.PAGE, normalize=False)
        assert doc.paragraphs()[1].text.startswith("Evening buses")
        assert doc.paragraphs()[1].text.endswith("since the pandemic.")


class TestDataPageFurniture:
    """Report names over their time, captions under live posts, comment links."""

    def test_a_report_name_with_its_time_is_a_date_line(self):
        from newsparse.blocks.furniture import classify

        for line in (
            "Closing report, 16:45 CET, Tuesday 30 September 2025",
            "Morning briefing, 07:00 GMT, 3 May 2025",
            "View 38 comments",
            "Show all 12 comments",
        ):
            assert classify(line) in ("date", "share"), line
        for line in (
            "The report, 30 September 2025",  # not a report's name
            "Closing report says prices will rise by 4%",
        ):
            assert classify(line) is None, line

    def test_a_caption_without_a_stop_under_a_post_is_furniture(self):
        text = (
            "Storm Update\n\n"
            "14:10\n"
            "All ferries from Tarnmouth are cancelled for the rest of the day.\n"
            "Spray breaking over the sea wall at Tarnmouth on Thursday afternoon\n"
            "Photo: Ines Albrecht/Coastal Pictures\n"
        )
        assert outline(text) == [
            "h1:Storm Update",
            "boilerplate",
            "paragraph",
            "boilerplate",
            "boilerplate",
        ]

    def test_an_item_wrapped_after_since_takes_its_date(self):
        text = (
            "Average prices this week:\n"
            "- Bread: 142p a loaf, up 2p on the month\n"
            "- Butter: 248p a pack, down 6p, the lowest price recorded since\n"
            "March 2024\n"
            "- Milk: 118p for four pints, unchanged\n"
        )
        doc = newsparse.parse(text, normalize=False)
        (found,) = [b for b in doc.blocks() if b.type == "list"]
        assert len(found.items) == 3
        assert found.items[1].text.endswith("since\nMarch 2024")


class TestSentenceLinesInWrappedText:
    """Sentence lines between blank lines in a hard-wrapped post: one paragraph."""

    POST = (
        "# Rates on hold, for now\n"
        "\n"
        "I have been complaining about the cost of borrowing since the winter,\n"
        "and today the central bank again left its main rate where it was,\n"
        "although two of its seven members voted for a cut this time.\n"
        "\n"
        "If your mortgage tracks the base rate, nothing changes this month.\n"
        "If your fixed deal ends soon, it may pay to wait until the autumn.\n"
        "Lenders have already started trimming their two-year offers.\n"
        "\n"
        "The next inflation figures are due in the middle of next month, and\n"
        "if they fall again a cut in September looks more likely than not.\n"
    )

    def test_the_run_of_sentences_is_one_paragraph(self):
        doc = newsparse.parse(self.POST, normalize=False)
        texts = [p.text for p in doc.paragraphs()]
        assert len(texts) == 3
        assert texts[1].startswith("If your mortgage")
        assert texts[1].endswith("two-year offers.")

    def test_paragraphs_on_one_long_line_stay_apart(self):
        text = (
            "Ferry timetable changes\n"
            "\n"
            "Sailings from Tarnmouth to the islands will run every two hours from "
            "Monday, the operator said, because one of its three ships is in dock.\n"
            "The ship is expected back in service at the end of the month, after "
            "repairs to its bow door that were delayed by the late arrival of parts.\n"
            "\n"
            "- Island residents keep their priority booking for the morning\n"
            "  sailings, which fill first during the school holidays\n"
            "- Freight moves to the overnight sailing, which will run every day\n"
            "  of the week instead of four days\n"
        )
        doc = newsparse.parse(text, normalize=False)
        assert len(doc.paragraphs()) == 2


class TestFeedFurniture:
    """Live blogs, portals and newsletters: their lines typed, prose left alone."""

    def test_furniture_lines(self):
        from newsparse.blocks.furniture import classify

        for line, kind in (
            ("412 replies · 2.1K reposts · 6.3K likes", "share"),
            ("👍 231 · 😮 14 · 💬 40 comments", "share"),
            ("Rate this story: ★★★☆☆ (58 votes)", "share"),
            ("Tomas Eld (@tomaseld) · 4 Mar", "source"),
            ("Live updates by Ana Ruiz and Tom Hale", "byline"),
            ("Rolling coverage from our Nordic team", "byline"),
            ("*Ines Varga in Tarnmouth*", "byline"),
            ("Pinned post", "tags"),
            ("Just now", "date"),
            ("63 min", "date"),
            ("Week of 9 June 2025", "date"),
            ("Your weekly money letter | 9 June 2025", "date"),
            ("Issue 12 -- Monday 9 June 2025", "date"),
            ("Status at 07:10. Live map: trains.example/map", "date"),
            ("Get alerts for stories like this in the Daily Ledger app", "advert"),
            ("Partner message", "advert"),
            ("Edition: UK | Europe | Asia", "navigation"),
            ("☰ Menu · Search · Sign in", "navigation"),
            ("Unsubscribe | Manage your topics", "navigation"),
            ("Trending in Business", "related"),
            ("This story was syndicated by the Valley Wire.", "source"),
            ("Timetable information is provided by the Valley Rail Company.", "source"),
            ("Forward this email to a colleague who would enjoy it.", "share"),
            (
                "You're receiving this because you signed up at ledger.example.",
                "notice",
            ),
            ("To stop these emails, reply with UNSUBSCRIBE.", "notice"),
            ("How was this week's newsletter? Reply and tell us.", "notice"),
            ("Tarn Media Ltd, 9 Quay Street, Tarnmouth TM1 4QB", "contact"),
            ("👍 90 · ❤️ 12 · 💬 8 comments", "share"),
            ("3.9 ★ average from 41 readers", "share"),
            ("— Tarn Ferries (@tarnferries.example), 08:12", "source"),
            ("7.40pm, Ruth Amsel", "date"),
            ("2h 5m ago", "date"),
            ("Show 6 new posts", "navigation"),
            ("View full results", "navigation"),
            ("Refresh for the latest updates", "notice"),
            ("This live blog has ended.", "notice"),
            ("Email desk@ledger.example with your questions.", "notice"),
            ("Follow @LedgerLive.example for every update.", "share"),
            ("Get travel alerts in your inbox: sign up for Daily Miles.", "advert"),
            ("Get local news faster: download the Ledger app for Android.", "advert"),
            ("Sponsored · Marlow & Sons Estate Agents", "advert"),
            ("**Sponsor:** Gridly keeps your invoices in one place.", "advert"),
            ("Sent by the supporter team at Tarn Animal Shelter", "byline"),
            ("Figures are provisional until the accounts are audited.", "notice"),
            (
                "We process your personal data in line with our privacy notice.",
                "notice",
            ),
            ("You're reading The Ledger Weekly. Forward it to a friend.", "notice"),
            ("From Amaka Obi-Eze, Lagos", "byline"),
            ("Rui Costa Almeida, from Porto Alegre", "byline"),
            ("Anna Holm · The Nordic Example Post", "byline"),
            ("City Desk, The Harbour Example", "byline"),
            ("Business live with Tom Hale", "byline"),
            (
                "The Evening Ledger is written by Ana Ruiz and edited by Tom Hale.",
                "byline",
            ),
            ("June 3, 2025 (SGT)", "date"),
            ("03/06/2025 - 09h15 | Updated 03/06/2025 - 11h40", "date"),
            ("Join our WhatsApp channel for the latest election news.", "share"),
            ("AI-generated summary, reviewed by the Tarn Post news desk", "notice"),
            (
                "Note: This guide is for general information and is not legal advice.",
                "notice",
            ),
            ("This table is for information only. Prices change daily.", "notice"),
            (
                "Tarn Media Ltd, 9 Quay Street, Tarnmouth TM1 4QB | 01632 960 555",
                "contact",
            ),
            (
                "Was this email forwarded to you? Sign up at ledger.example/join",
                "share",
            ),
            ("What did you think of this issue? Reply and tell us.", "notice"),
            ("Share this live blog", "share"),
            (
                "Want the week explained in your inbox? Sign up for our free letter.",
                "advert",
            ),
            (
                "Tarn School, Mill Lane, Tarnmouth TM4 9RB | 01632 960 733 | office@tarn.example",
                "contact",
            ),
            ("Here is the summary you asked for, covering the talks.", "notice"),
            ("I hope this helps! Let me know if you'd like a timeline.", "notice"),
            ("Further company coverage: TARN.L", "related"),
            ("The Tarn Courier · 2h ago", "date"),
            ("Media:", "contact"),
            ("Sent on behalf of Tarn Hospice, Tarnmouth", "byline"),
            ("MORE TO FOLLOW", "release"),
            ("From Tarn Wire and our foreign desk", "byline"),
            ("For more world news, visit tarnpress.example/world", "related"),
            ("Instagram post by @tarn.gardens, 6 May 2025", "source"),
            ("Get every verdict first: sign up for the Courts Weekly.", "advert"),
            (
                "Tarn Institute, Quay Street, Tarnmouth. Registered charity no. SC012345.",
                "contact",
            ),
            ("Weekly digest from the Tarn Institute | No. 87 | 28 May 2025", "date"),
            ("Generated by Tarn Assist on 3 May 2025. Verify all figures.", "notice"),
            ("PREVIEW – This article has not been published", "notice"),
            ("This email and any attachments are confidential.", "notice"),
            ("Eds: Updates with minister comment. With photos.", "notice"),
            ("BC-Tarn-Ferry Strike, 2nd Ld-Writethru", "navigation"),
            ("Briefs have not been independently verified by the Wire.", "notice"),
            ("Rates are mid-market and for information only.", "notice"),
            (
                "*Results are provisional until certified by the returning officer.*",
                "notice",
            ),
            ("Updated 3 March 2026 at 09:10 to correct the turnout figure.", "date"),
            (
                "Updated every weekday at 10:00. Last updated: Monday 2 March 2026",
                "date",
            ),
            (
                "Get our money briefing every weekday morning: sign up at ledger.example",
                "advert",
            ),
        ):
            assert classify(line) == kind, line
        for line in (
            "He said he would never unsubscribe from the service.",
            "You are receiving this because of a mistake, the bank said.",
            "Open the app and tap Settings to change your alerts.",
            "This story was published by the Herald in 2019 and later withdrawn.",
            "Popular with tourists, the town is busy all summer.",
            "A word of warning about the new rules.",
            "How was the match? Tense, mostly.",
            "From the start, the talks went badly.",
            "The council voted to close the pool. | 3 May 2025",
            "7.40pm, Ruth Amsel said, was far too late.",
            "Figures are provisional, the council warned, and may change.",
            "We use your donations to feed 300 animals a week.",
            "Sent by train, the letters took a week to arrive.",
            "From Monday, trains will run every ten minutes.",
            "Anna Ruiz, from Madrid, said the deal was fair.",
            "The plan is written by hand and signed by the mayor.",
            "Here is the report the committee published on Monday.",
            "I hope this works, the mayor said.",
            "Results are provisional until certified, the council said.",
            "More coverage: the council will debate it tonight, he said.",
            "Media: the new frontier of the culture wars",
            "More to follow",  # at the end of a live page: the story goes on
            "For more details, see the council's report.",
            "Zloty per euro | 4.31 | 4.28",  # a row of a table, times or not
        ):
            assert classify(line) is None, line

    def test_a_pinned_label_does_not_take_the_post(self):
        text = (
            "Floods: Live Updates\n\n"
            "PINNED\n"
            "Roads into the town centre are closed and the river is still rising, "
            "the council said this morning.\n"
        )
        assert outline(text) == ["h1:Floods: Live Updates", "boilerplate", "paragraph"]

    def test_a_sponsors_label_takes_its_copy(self):
        text = (
            "The Morning Ledger\n\n"
            "Good morning. Three things matter today, and the first is rates.\n\n"
            "**A word from our partner**\n"
            "Tallyhome keeps every household bill in one place. Try it free.\n\n"
            "Rates were left on hold again yesterday, as markets had expected.\n"
        )
        doc = newsparse.parse(text, normalize=False)
        found = [b for b in doc.walk() if b.type == "boilerplate"]
        assert len(found) == 1
        assert found[0].text.endswith("Try it free.")

    def test_a_sign_off_under_a_post_and_places_in_a_list(self):
        post = (
            "Storm Live\n\n"
            "09:40\n"
            "The harbour wall has been breached in two places, coastguards say.\n"
            "– Mara Lind, Kessock\n\n"
            "09:20\n"
            "Schools in the district will stay shut today.\n"
        )
        assert outline(post)[:4] == [
            "h1:Storm Live",
            "boilerplate",
            "paragraph",
            "boilerplate",
        ]
        places = (
            "Drop-in sessions will be held at:\n"
            "– Central Library, Market Street\n"
            "– Riverside Hall, Station Road\n"
        )
        assert outline(places) == ["paragraph", "list"]

    def test_two_labelled_contacts_stay_apart(self):
        text = (
            "Results for the half year are in line with guidance.\n\n"
            "**Media contact:** Jo Hale, +44 1632 960 111, media@tarn.example\n"
            "**Investor relations:** Ben Ode, +44 1632 960 112, ir@tarn.example\n"
        )
        assert outline(text) == ["paragraph", "boilerplate", "boilerplate"]

    def test_a_headline_ending_on_a_quoted_phrase_heads_its_post(self):
        text = (
            "Climate Summit: Live Updates From the Final Day\n\n"
            "10:15\n\n"
            "Island states 'disappointed but not defeated'\n"
            "The chair of the island states group said the wording on coal was "
            "a step sideways, but her delegation would not block the deal.\n"
        )
        assert "h2:Island states 'disappointed but not defeated'" in outline(text)


class TestTopOfPage:
    """Section paths in sentence case; a newsletter's tagline beside its day."""

    def test_a_sentence_case_section_path_over_the_headline(self):
        text = (
            "Courts | Harbour fraud trial\n"
            "Harbour fraud trial: former director tells jury she was misled\n"
            "Tuesday 4 March 2025\n"
            "A former director of the harbour board told the jury on Tuesday that "
            "she had been misled about the state of its accounts.\n"
        )
        assert outline(text)[:2] == [
            "boilerplate",
            "h1:Harbour fraud trial: former director tells jury she was misled",
        ]

    def test_a_tagline_beside_a_weekday(self):
        from newsparse.blocks.furniture import classify

        assert classify("Money news for Tarnside · Friday 7 March") == "date"
        assert classify("Rome | 3 May") is None  # a row of a table, maybe


class TestWrappedCreditsAndNotes:
    """A wire credit or a newsletter's note hard-wrapped onto the next line."""

    def test_a_credit_wrapped_after_in_takes_the_place(self):
        text = (
            "The port reopened on Friday after a nine-day strike.\n\n"
            "Reporting by Ana Ruiz; additional reporting by Tom Hale in\n"
            "Selvik; editing by Jo Marsh\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]


class TestWrapWidthBesideATable:
    """A table's long rows do not set the width prose was wrapped at."""

    BRIEF = (
        "TARN AND OSKA ON THE FERRY CODE\n"
        "\n"
        "Tarn and Oska are negotiating a common code for the ferries\n"
        "that cross the Sound, a route that now runs all year round\n"
        "as the winter storms grow milder than they used to be.\n"
        "Their positions differ on fares, safety rules and the role\n"
        "of the coastguard in bad weather.\n"
        "\n"
        "| Issue | Tarn's Stance | Oska's Stance |\n"
        "|---|---|---|\n"
        "| Fares | One flat fare for every crossing | Fares set by the distance |\n"
        "| Safety | Inspections every three months | Inspections twice a year |\n"
        "| Weather | Coastguard decides on sailings | Each operator decides alone |\n"
        "\n"
        "Officials on both sides expect the talks to run into spring,\n"
        "with fares the hardest of the questions left to settle.\n"
    )

    def test_the_paragraph_is_one_block(self):
        doc = newsparse.parse(self.BRIEF, normalize=False)
        first = doc.paragraphs()[0]
        assert first.text.startswith("Tarn and Oska")
        assert first.text.endswith("in bad weather.")


class TestLabelsAndQuestionsOverLists:
    """``Key races to watch:`` and ``What should I do?`` name the list under them."""

    def test_a_to_watch_label_heads_its_list(self):
        text = (
            "Election Night Live\n\n"
            "Polls closed at 10pm and counting is under way in all six wards.\n\n"
            "Key races to watch:\n"
            "• Mayor – Karin Holt defends a majority of 6,200\n"
            "• Eastgate – a three-way contest after the councillor stood down\n"
        )
        assert outline(text)[2] == "h2:Key races to watch:"

    def test_a_question_over_a_list_a_blank_line_apart(self):
        text = (
            "Flood Update\n\n"
            "The river peaked overnight and levels are now falling slowly.\n\n"
            "What should I do?\n\n"
            "* Do not walk or drive through flood water.\n"
            "* Report blocked drains to the council.\n"
        )
        assert outline(text)[2] == "h2:What should I do?"

    def test_a_sentence_before_a_list_stays_a_paragraph(self):
        text = (
            "Flood Update\n\n"
            "The river peaked overnight and levels are now falling slowly.\n\n"
            "We need to know:\n"
            "* where the water came in\n"
            "* how deep it was\n"
        )
        assert outline(text)[2] == "paragraph"

    def test_a_kicker_with_a_figure_in_a_section_name(self):
        text = (
            "Cricket | Premier T20 League\n"
            "Deshmukh's 78 powers Pune to a first title as Chennai falter in the chase\n"
            "Sports Desk, The Deccan Example\n"
            "Rohan Deshmukh struck a 49-ball 78 as Pune won the final by 21 runs.\n"
        )
        assert outline(text)[:2] == [
            "boilerplate",
            "h1:Deshmukh's 78 powers Pune to a first title as Chennai falter in the chase",
        ]


class TestWireAndBriefingShapes:
    """Wrapped notes in brackets, plain source lists, wrapped dated entries."""

    def test_a_correction_note_wrapped_in_brackets(self):
        text = (
            "CORRECTED-Court upholds fine against Tarn Ferries\n"
            "(Corrects name of presiding judge in paragraph 3 to Ana Ruiz,\n"
            "not Ana Ruis)\n"
            "By Tom Hale\n\n"
            "TARNMOUTH, March 3 – The appeals court on Monday upheld a record fine "
            "against Tarn Ferries over safety failures.\n"
        )
        doc = newsparse.parse(text, normalize=False)
        notes = [
            b for b in doc.walk() if b.type == "boilerplate" and b.kind == "notice"
        ]
        assert notes
        assert notes[0].text.endswith("not Ana Ruis)")

    def test_sources_named_without_markers(self):
        text = (
            "The ferry fare will rise by 4% in April, the operator said.\n\n"
            "Sources:\n"
            "Tarn Ferries, fares notice\n"
            "Island Council, transport committee minutes\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]

    def test_dated_entries_wrapped_flush_at_the_width(self):
        text = (
            "The dispute has run for seven years; these are the main events since\n"
            "the ferry contract was first put out to tender by the council:\n"
            "\n"
            "March 2018 – The council invites bids for the island ferry contract\n"
            "and promises a decision before the end of the financial year.\n"
            "June 2019 – Tarn Ferries wins the contract and orders two vessels from\n"
            "Harbour Yards for delivery in the spring of 2021.\n"
            "May 2021 – The first vessel is delivered a year late.\n"
        )
        doc = newsparse.parse(text, normalize=False)
        (found,) = [b for b in doc.blocks() if b.type == "list"]
        assert len(found.items) == 3

    def test_a_label_over_a_hard_wrapped_paragraph(self):
        text = (
            "Tarn and Oska: Ferry Talks Enter a Fourth Round\n\n"
            "Negotiators from Tarn and Oska meet next Tuesday in the border town\n"
            "of Corva for a fourth round of talks on the ferry code, which both\n"
            "sides say must be agreed before the summer timetable is published.\n\n"
            "Background:\n"
            "The code was first proposed four years ago by the harbour boards of\n"
            "both islands, after two ferries collided in fog outside Corva.\n"
        )
        assert "h2:Background:" in outline(text)


class TestReleaseAndEmailFeet:
    """A contact label over its lines; a confidentiality notice wrapped by a client."""

    def test_a_media_label_takes_its_contact_lines(self):
        text = (
            "Tarn Ferries reported a 12% rise in passengers in the first half.\n\n"
            "Media:\n"
            "Callum Strand\n"
            "press@tarnferries.example\n"
            "+44 20 7946 0587\n"
        )
        assert outline(text) == ["paragraph", "boilerplate"]

    def test_a_confidentiality_notice_wrapped_over_four_lines(self):
        text = (
            "The next decision is due in December, alongside new forecasts.\n"
            "This email and any attachments are confidential and intended\n"
            "solely for the addressee. If you have received it in error, please\n"
            "notify the sender and delete it. Tarn Capital does not\n"
            "accept liability for errors in its content.\n"
        )
        doc = newsparse.parse(text, normalize=False)
        (note,) = [b for b in doc.walk() if b.type == "boilerplate"]
        assert note.text.endswith("errors in its content.")


class TestFirstQuestionBetweenParagraphs:
    """The first section's question under the title, in wrapped text without blanks."""

    def test_it_heads_its_section(self):
        text = (
            "Night Ward at Tarn Hospital to Close\n"
            "The children's ward at Tarn General will close at night from next\n"
            "month, moving overnight patients to Oska, the hospital trust said.\n"
            "Around 700 children a year are admitted overnight at Tarn General,\n"
            "most of them with breathing problems, infections or minor injuries\n"
            "from falls and sports.\n"
            "Why is this happening?\n"
            "The trust says it has been unable to recruit enough specialist\n"
            "nurses to staff the ward safely at night. Six of its twenty posts\n"
            "are vacant, and agency nurses have been hard to find all year.\n"
        )
        assert "h2:Why is this happening?" in outline(text)


class TestKeyEventsOverLoneMarkers:
    """``**Key events**`` over items whose markers stand alone names the list."""

    def test_it_is_a_heading(self):
        text = (
            "# Live: Counting under way in the Tarn mayoral election\n"
            "By the Tarn Evening Post politics team\n\n"
            "**Key events**\n"
            "•\n"
            "Turnout estimated at 61%, the highest since 2010\n"
            "•\n"
            "Exit poll puts Ruth Anand narrowly ahead of Gareth Lowe\n\n"
            "The first results are expected shortly after midnight.\n"
        )
        assert "h2:Key events" in outline(text)


class TestSentenceLinesUnderNumberedTitles:
    """A briefing written one sentence per line under numbered titles."""

    BRIEF = (
        "Three things to know this Monday\n"
        "By Tom Hale\n\n"
        "Good morning.\n"
        "It should be the warmest day of the year so far.\n\n"
        "1. Ferry strike called off\n"
        "The crews' union called off Tuesday's strike late on Sunday.\n"
        "It said the new pay offer deserved a proper look.\n\n"
        "2. Library hours extended\n"
        "The central library will open until 8pm from May.\n"
        "The council said the change would cost about £40,000 a year.\n\n"
        "3. And finally\n"
        "A tortoise missing since 2019 has been found in a garden nearby.\n"
        "His owners say he is in remarkably good shape.\n"
    )

    def test_each_run_of_sentences_is_one_paragraph(self):
        doc = newsparse.parse(self.BRIEF, normalize=False)
        texts = [p.text for p in doc.paragraphs()]
        assert len(texts) == 4
        assert texts[1].startswith("The crews' union")
        assert texts[1].endswith("a proper look.")
