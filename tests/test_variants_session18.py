"""Structure variants found by the eighteenth session's sets.

Each test takes one form they print, with the prose around it that must
stay as it is. All text is our own.
"""

from __future__ import annotations

import pytest

from newsparse.blocks.furniture import classify

from .test_variants import outline


class TestDatesOfAConsultation:
    @pytest.mark.parametrize(
        "line",
        [
            "Consultation opens: 4 May 2026",
            "Consultation closes: Friday 12 June 2026, 5pm",
            "Deadline: 30 September 2026",
            "Closing date: 1 March 2027",
        ],
    )
    def test_a_label_and_its_date_is_a_date_line(self, line):
        assert classify(line) == "date"

    @pytest.mark.parametrize(
        "line",
        [
            "Wednesday 4 March 2026, 14:30, Council Chamber, Brannock Town Hall",
            "Friday, June 5, 2026, Room 12, Harbour House",
        ],
    )
    def test_a_sittings_day_and_place_is_a_date_line(self, line):
        assert classify(line) == "date"

    @pytest.mark.parametrize(
        "line",
        [
            "Wednesday 4 March 2026, 14:30, Council Chamber, Brannock Town Hall.",
            "Friday 5 June 2026, Room 12, where the panel will hear the appeal",
            "Friday 5 June, Harbour House",
        ],
    )
    def test_a_sentence_about_a_sitting_is_no_date_line(self, line):
        assert classify(line) is None

    def test_a_wrapped_sentence_about_opening_stays_prose(self):
        text = (
            "Applications open at 10:00 on 2 February at\n"
            "www.fenwickgrants.example and by telephone on 01632 960771.\n"
        )
        assert outline(text) == ["paragraph"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Figure 3 | Rents by district, 2019 to 2025", "caption"),
        ("Follow Marlow Rail on social media: @marlowrail", "share"),
    ],
)
def test_captions_and_accounts_set_apart_by_bars_and_colons(line, kind):
    assert classify(line) == kind


class TestNumberedParagraphs:
    JUDGMENT = (
        "Judge Okonkwo:\n"
        "\n"
        "Introduction\n"
        "1. The council appeals against a decision to quash its licence for the\n"
        "ferry slipway at Brannock Quay. The licence was granted in 2021 and\n"
        "renewed twice without objection.\n"
        "\n"
        "2. The tribunal found that the council had not consulted the harbour\n"
        "users. For the reasons below, I would dismiss the appeal.\n"
        "\n"
        "The consultation\n"
        "3. The council wrote to four of the eleven operators in March 2023 and\n"
        "gave them ten days to reply. Two replied; neither was heard in person.\n"
        "\n"
        "4. I agree with the tribunal.\n"
    )

    def test_numbers_running_on_across_headings_are_paragraphs(self):
        assert outline(self.JUDGMENT) == [
            "paragraph",
            "h2:Introduction",
            "paragraph",
            "paragraph",
            "h2:The consultation",
            "paragraph",
            "paragraph",
        ]

    def test_steps_wrapped_flush_under_no_heading_stay_a_list(self):
        text = (
            "How to claim:\n"
            "1. Fill in the form on the council's website and attach a copy of\n"
            "your latest bill and proof of where you live.\n"
            "2. Wait for a letter confirming your claim, which should arrive within\n"
            "ten working days of the form being sent.\n"
            "3. Keep the letter: you will need its reference if you are asked for\n"
            "evidence later.\n"
        )
        assert outline(text) == ["paragraph", "list"]

    def test_recommendations_with_hanging_indents_stay_lists(self):
        text = (
            "Waiting lists\n"
            "1. The board has not met its target for routine operations in any\n"
            "   month since 2019. We recommend that it publish a new timetable.\n"
            "\n"
            "2. The board should report to us each quarter on the number of\n"
            "   patients waiting more than a year.\n"
            "\n"
            "Staffing\n"
            "3. We are concerned that the board does not know how many agency\n"
            "   nurses it employs on any given day.\n"
        )
        assert outline(text) == ["h1:Waiting lists", "list", "h2:Staffing", "list"]


class TestChatAndForumFurniture:
    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Priya Castle · 08:12", "byline"),  # a chat message's head
            ("Reply #4 · Wexford Rail (verified) · 2 March", "byline"),
            ("Odile Brant @odilebrant.example · 3h", "byline"),
            ("Like (12) · Reply · Quote · Report", "share"),
            ("▲ 18 ▼ · Reply", "share"),
            ("👍 9 😮 2", "share"),
            ("↪ Forwarded", "source"),
            ("Add a comment…", "share"),
            ("Get travel alerts. Turn on notifications in Settings.", "advert"),
            ("#4 · RiversideRhys · Plot holder · Posts: 312", "byline"),
            ("Ola (Moderator) — Today at 11:20", "byline"),
            ("Ana, Ben, Carys and 14 others", "byline"),
            ("Radio Kelby channel · 4.2K followers", "byline"),
            ("📌 Pinned by Ola (Moderator)", "share"),
            ("Like 12 · Reply 3 · Share", "share"),
            ("Posted in Roads to Kelby and 6 nearby neighbourhoods", "share"),
            ("Type a message", "share"),
            ("Tap to read more", "share"),
            ("Follow Radio Kelby for updates", "share"),
            ("This channel is read-only. Ask questions in #kelby-chat.", "notice"),
            ("21:06 · Kelby Herald", "date"),
            ("3h", "date"),
            ("Reply #3", "byline"),
            ("Thank (9) · Reply (2) · Share", "share"),
            ("Posted 2 days ago · 811 views · 14 replies", "share"),
            ("Showing 3 of 14 replies · Load more", "share"),
            ("Last edited 09:12 · 3 Jun 2026 · 1.2K views", "share"),
            ("Show replies", "share"),
            ("Ola Brandt reacted 👍 to your message", "share"),
            (
                "[09:14, 02/06/2026] Ola Brandt: IMG-20260602-WA0003.jpg (file attached)",
                "share",
            ),
            ("[09:15, 02/06/2026] Ola Brandt: This message was deleted", "share"),
            (
                "Messages in this group are end-to-end encrypted. Tap for more info.",
                "notice",
            ),
            (
                "Not affiliated with any ferry company. We pass on news in good faith.",
                "notice",
            ),
            ("You have reached the end of today's alerts.", "notice"),
        ],
    )
    def test_an_apps_lines_around_a_post(self, line, kind):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "Rovers v United · 15:00",  # a fixture, not who posted
            "Kick-off · 15:00",
            "£5",
            "Get the ferry at 10. Turn left at the harbour.",
            "#3 · The council said it would pay.",
            "Follow the river for a mile.",
            "2025",
            "[09:15, 02/06/2026] Ola Brandt: The ferry is back.",
            "Not affiliated with the council, she said, but close to it.",
        ],
    )
    def test_lines_like_them_that_are_content(self, line):
        assert classify(line) is None

    def test_a_chat_around_a_forwarded_notice(self):
        text = (
            "Ruth Ames · 07:41\n"
            "↪ Forwarded\n"
            "\n"
            "The library will be closed on Thursday for repairs to the roof.\n"
            "\n"
            "❤️ 4\n"
            "\n"
            "Sami Okoro · 07:50\n"
            "Thanks for passing this on.\n"
        )
        assert outline(text) == [
            "boilerplate",
            "boilerplate",
            "paragraph",
            "boilerplate",
            "boilerplate",
            "paragraph",
        ]


def test_a_long_faq_question_over_its_wrapped_answer_is_a_heading():
    text = (
        "Frequently asked questions\n"
        "\n"
        "When will the road reopen?\n"
        "The council expects to reopen both lanes by the end of the month, once\n"
        "the new drainage has been tested.\n"
        "\n"
        "What if my family relies on the surgery for daily medical treatment?\n"
        "A shuttle bus will run from the station car park every twenty minutes\n"
        "between 8am and 6pm on weekdays.\n"
    )
    assert outline(text) == [
        "h1:Frequently asked questions",
        "h2:When will the road reopen?",
        "paragraph",
        "h2:What if my family relies on the surgery for daily medical treatment?",
        "paragraph",
    ]


class TestAJudgmentsFrontMatter:
    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Neutral Citation Number: [2026] HBCA Civ 44", "references"),
            ("[2026] SC 7", "references"),
            (
                "Complaint reference: PSC/0412/26 (Marsh v Harbour Courier)",
                "references",
            ),
            ("IN THE HIGH COURT OF BRANNOCK (FAMILY DIVISION)", "source"),
            ("ON APPEAL FROM THE MAGISTRATES' COURT AT DUNMORE", "source"),
            ("Hearing date: 12 January 2026", "date"),
            ("Lord Justice Penhale:", "byline"),
            ("Employment Judge Castellane", "byline"),
            ("Justices: Lady Okwu (President), Lord Brant, Lady Hallam", "byline"),
            ("Approved Judgment: Marsh v Harbour Courier Ltd", "release"),
        ],
    )
    def test_the_lines_around_a_judgment(self, line, kind):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "In the court of public opinion, the club has already lost.",
            "Judge Castellane said the claim was bound to fail.",
            "[2026] was a year of floods.",
        ],
    )
    def test_sentences_about_courts_stay_content(self, line):
        assert classify(line) is None

    def test_paragraphs_numbered_in_brackets_are_paragraphs(self):
        text = (
            "Introduction\n"
            "\n"
            "[1] This appeal concerns the notice a landlord must give before it\n"
            "may seek possession of a home. The question is whether a notice that\n"
            "gave the wrong date was valid.\n"
            "\n"
            "[2] The judge held that it was. For the reasons below, I would allow\n"
            "the appeal.\n"
            "\n"
            "Discussion\n"
            "\n"
            "[3] A tenant who reads this notice is told that she may be taken to\n"
            "court in early August, a fortnight before the law allows.\n"
        )
        assert outline(text) == [
            "h1:Introduction",
            "paragraph",
            "paragraph",
            "h2:Discussion",
            "paragraph",
        ]


class TestPageNumbersOfPastedReports:
    def test_a_page_named_alone_between_paragraphs_is_furniture(self):
        text = (
            "The review found that most councils had no plan for empty homes.\n"
            "\n"
            "Page 4\n"
            "\n"
            "Only three of the eleven councils kept a register of them.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate", "paragraph"]

    @pytest.mark.parametrize(
        "line",
        [
            "14 | Harbour Broadcasting Trust",
            "Institute for Coastal Policy · 7",
            "www.coastal-policy.example · Page 3",
        ],
    )
    def test_a_name_and_the_pages_number_is_a_running_footer(self, line):
        text = f"The trust met eleven times in the year.\n\n{line}\n\nIts board has nine members.\n"
        assert outline(text) == ["paragraph", "boilerplate", "paragraph"]

    @pytest.mark.parametrize("line", ["Rovers · 3", "Total | 12"])
    def test_a_word_and_a_figure_is_no_footer(self, line):
        text = f"The table shows the scores.\n\n{line}\n\nThe season ends in May.\n"
        assert "boilerplate" not in outline(text)


class TestAnAssistantsOwnWords:
    """An assistant's opening and its offer to go on are the answer's paragraphs.

    Most annotators keep them with the answer (the opening 36 times to 15,
    the offer 49 times to 32 over the development sets); its notes on
    itself ("I hope this helps! Let me know …") stay furniture.
    """

    @pytest.mark.parametrize(
        "line",
        [
            "Sure! Here's a short explainer on the ferry dispute.",
            "Certainly. Below is a briefing on the harbour vote.",
            "Sure — here's a clear overview for your readers.",
            "Would you like me to compare it with last year's plan?",
        ],
    )
    def test_its_opening_and_its_offer_are_content(self, line):
        assert classify(line) is None

    @pytest.mark.parametrize(
        "line",
        [
            "I hope this helps! Let me know if you'd like a timeline.",
            "Let me know if you'd like a shorter version.",
            "Here is the summary you asked for, covering the talks.",
        ],
    )
    def test_its_notes_on_itself_are_furniture(self, line):
        assert classify(line) == "notice"

    def test_an_answer_with_its_opening_and_offer(self):
        text = (
            "Sure! Here's a short summary of the harbour vote.\n"
            "\n"
            "The council approved the new berth by 31 votes to 9 on Tuesday.\n"
            "\n"
            "Would you like me to list how each group voted?\n"
        )
        assert outline(text) == ["paragraph", "paragraph", "paragraph"]


class TestLabelsInCapitals:
    def test_a_briefings_section_labels_head_their_prose(self):
        text = (
            "BRIEFING: THE NEW PARKING ZONES\n"
            "\n"
            "BACKGROUND:\n"
            "The council has proposed paid parking on six streets near the station.\n"
            "\n"
            "NEXT STEPS:\n"
            "The transport committee will decide on 4 June.\n"
        )
        assert outline(text) == [
            "h1:BRIEFING: THE NEW PARKING ZONES",
            "h2:BACKGROUND:",
            "paragraph",
            "h2:NEXT STEPS:",
            "paragraph",
        ]

    def test_a_transcripts_speakers_stay_turns(self):
        text = (
            "MINISTER:\n"
            "We will publish the plan in the spring.\n"
            "\n"
            "REPORTER:\n"
            "Will it include the harbour?\n"
            "\n"
            "MINISTER:\n"
            "It will.\n"
        )
        assert not any(part.startswith("h") for part in outline(text))


def test_sentence_lines_under_labelled_titles_are_one_paragraph_each():
    text = (
        "Five stories to start your day\n"
        "\n"
        "Energy: Grid operator delays the wind auction\n"
        "The grid operator has postponed next month's auction by six weeks.\n"
        "Officials cited a shortage of capacity at two substations.\n"
        "Developers said three projects could slip.\n"
        "\n"
        "Health: Waiting lists fall for a third month\n"
        "The number of patients waiting fell to 41,000 in February.\n"
        "That is the lowest figure since 2021.\n"
        "\n"
        "Housing: Planning bill clears its first vote\n"
        "A bill to speed up decisions on new homes passed its second reading.\n"
        "It would give councils 16 weeks to decide large applications.\n"
    )
    assert outline(text) == [
        "h1:Five stories to start your day",
        "h2:Energy: Grid operator delays the wind auction",
        "paragraph",
        "h2:Health: Waiting lists fall for a third month",
        "paragraph",
        "h2:Housing: Planning bill clears its first vote",
        "paragraph",
    ]


class TestNotesOfPagesAndReleases:
    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            (
                "Speakers: Dr Ana Ruiz, Chief Medical Officer; Ben Hale, Director",
                "byline",
            ),
            ("Live reporting: Ana Petrov and Sam Hollis", "byline"),
            ("Guest essay by Dr Alun Berwick", "byline"),
            (
                "Delivered by Dr Ilse Marsh, Director of Public Health, at City Hall",
                "byline",
            ),
            ("Statistical contact: Imogen Treadwell", "contact"),
            ("(PERU-MINES/STRIKE, moved at 0412 GMT, 410 words)", "release"),
            (
                "Comments on this column are moderated and may take time to appear.",
                "notice",
            ),
            (
                "Editorials represent the institutional view of the Kelby Courier.",
                "notice",
            ),
            (
                "Results are supplied by club secretaries. To report an error, email us.",
                "notice",
            ),
            ("Responses to this essay can be sent to ideas@kelby.example.", "contact"),
            ("Sale date: Tuesday 15 October 2024", "date"),
            ("First published on: 21-07-2024 at 18:05 IST", "date"),
            ("pubDate: Fri, 08 Nov 2024 17:45:00 +0000", "date"),
        ],
    )
    def test_what_a_page_says_of_itself(self, line, kind):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "Speakers disagreed about the plan.",
            "Delivered by hand, the letter arrived late.",
            "Contact",
        ],
    )
    def test_lines_like_them_that_are_content(self, line):
        assert classify(line) is None

    def test_a_bare_contact_label_heads_contact_lines_only(self):
        contact = "Contact\nTelephone: 01632 960418\nEmail: press@kelby.example\n"
        assert outline(contact) == ["boilerplate"]
        menu = "About us\nContact\nPrivacy policy\nTerms of use\n"
        assert outline(menu) == ["boilerplate"]


class TestThreadsSharesAndShows:
    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("This Q&A has ended. Comments are closed.", "notice"),
            ("This thread has been locked by a moderator.", "notice"),
            ("Ola shared this article with you from the Kelby Herald app.", "share"),
            (
                "Sent from the Kelby Herald app. Get it free on iOS and Android.",
                "advert",
            ),
            (
                "You received this email because a friend shared a story with you.",
                "notice",
            ),
            ("Fwd: Five things to know about the bridge closure", "share"),
            ("4,210 subscribers", "byline"),
            ("#ferries | #kelby | #strike", "tags"),
            (
                "*Auto-posted from The Kelby Herald. Reply in a thread to discuss.*",
                "source",
            ),
            (
                "The full transcript of this episode is available to subscribers.",
                "notice",
            ),
            ("Credits: Presented by Ana Ruiz. Produced by Ben Hale.", "notice"),
            ("END 10:31 CET", "notice"),
            ("Transcript of broadcast, Thursday 12 June 2025, 19:00", "date"),
            ("**Q: Where does the money come from?**", None),
        ],
    )
    def test_lines_of_apps_mails_and_shows(self, line, kind):
        assert classify(line) == kind

    def test_an_interviewers_bold_question_is_a_turn_not_a_heading(self):
        text = (
            "**Q: Why should the council back this plan?**\n"
            "\n"
            "Because it is the only one that has been costed.\n"
        )
        assert outline(text) == ["paragraph", "paragraph"]

    def test_a_threads_count_ends_its_sentence(self):
        text = (
            "Snow update for parents, Tuesday 7 January.\n"
            "Fourteen schools are closed today. 1/3\n"
            "\n"
            "Breakfast clubs will not run at the late-opening schools. 2/3\n"
        )
        assert not any(part.startswith("h") for part in outline(text))


class TestTribunalsAndPrintedHeaders:
    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Date complaint received: 14/02/2026", "date"),
            ("Sent to the parties on 27 September 2026", "date"),
            ("Claimant: Ms R Castle", "references"),
            ("Respondent: Harwick Freight Ltd", "references"),
            ("Heard at: Kelby, on 9 and 10 March 2026", "references"),
            ("EMPLOYMENT TRIBUNALS (KELBY)", "source"),
            ("Her Honour Judge Ana Ruiz", "byline"),
            (
                "This judgment was handed down remotely by circulation to the parties.",
                "notice",
            ),
        ],
    )
    def test_a_tribunals_front_and_back_matter(self, line, kind):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "CROWN COURT",  # a round-up's section
            "THE COURT",
            "Claimant: the union says it will appeal.",
        ],
    )
    def test_section_names_and_sentences_stay_content(self, line):
        assert classify(line) is None

    @pytest.mark.parametrize(
        "line",
        [
            "R v Castle: sentencing remarks          Page 2 of 3",
            "Coastal Broadband: Closing the Gap    7",
            "12   Part Two   A Review of School Meals",
        ],
    )
    def test_a_running_header_set_apart_by_a_wide_gap(self, line):
        text = (
            "The defendant pleaded guilty at the first hearing.\n"
            "\n"
            f"{line}\n"
            "\n"
            "The court heard that the fraud ran for seventeen months.\n"
        )
        assert outline(text) == ["paragraph", "boilerplate", "paragraph"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("BC-PERU-MINES/STRIKE-CORRECTED,0412", "release"),
        ("ZZT-NZ-DAIRY-RESULTS CORRECTED", "release"),
        ("ZCZC MWR0412 3 BUS 0387", "release"),
        ("SCSD KW/ML 1642", "release"),
        ("Staff and agency reports", "byline"),
        ("More by this Author", "related"),
        ("Rate this summary: Useful / Not useful", "notice"),
        ("Generative AI is experimental. For legal advice, ask a lawyer.", "notice"),
    ],
)
def test_wire_codes_and_a_generated_pages_lines(line, kind):
    assert classify(line) == kind


def test_a_wire_code_is_not_a_headline():
    assert classify("UK-EU talks resume in Brussels") is None


class TestParliamentaryPapersAndFilings:
    @pytest.mark.parametrize(
        "line",
        [
            "Report by the Auditor General, presented to the Assembly on 3 June 2026",
            "Laid before the Regional Assembly on 9 July 2026",
            "Ordered by the Assembly to be printed 21 May 2026",
        ],
    )
    def test_a_papers_notes_are_furniture(self, line):
        assert classify(line) == "release"

    def test_a_sentence_about_being_laid_off_is_prose(self):
        assert classify("Laid off by the company in May 2026, she found work.") is None

    def test_a_filing_header_recurring_with_wide_gaps_is_furniture(self):
        header = "Case 26-cv-00417    Document 42    Filed 06/14/26    Page 2 of 9"
        text = f"The court heard the motion.\n\n{header}\n\nThe motion is denied.\n"
        assert outline(text) == ["paragraph", "boilerplate", "paragraph"]

    def test_a_row_set_out_by_spaces_is_no_footer(self):
        text = "Points after ten rounds.\n\nAthletic      12\n\nThe league resumes in May.\n"
        assert "boilerplate" not in outline(text)


def test_an_interviewers_bold_question_after_its_preamble_is_a_paragraph():
    text = (
        "**You inherited a budget gap of 4 million. Where does it stand today?**\n"
        "\n"
        "We have closed about half of it, mostly by selling two depots.\n"
        "\n"
        "**What Happens Next?**\n"
        "\n"
        "The council votes on the plan in May.\n"
    )
    assert outline(text) == [
        "paragraph",
        "paragraph",
        "h2:What Happens Next?",
        "paragraph",
    ]


def test_transcript_over_the_transcript_heads_it():
    text = (
        "In this episode, two farmers on the price of grain.\n"
        "\n"
        "Transcript\n"
        "\n"
        "MARA: Welcome back to the Harvest Hour, where we talk about what the weather did.\n"
    )
    assert outline(text)[1] == "h2:Transcript"
    assert classify("Transcript. Check against delivery.") == "notice"
