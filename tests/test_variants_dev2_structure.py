"""Headings, lists and wrapped paragraphs in conventions met in structure-dev2 (#4).

Each class is one convention of news text. The articles are written for the
tests; next to the structure that must be recognised stands prose that looks
like it and must stay as it is.
"""

from __future__ import annotations

import newsparse
from newsparse.blocks.unmarked import term_item

from .test_variants import outline


class TestOneWordLabelOverTermLines:
    """``Tracks:`` over unmarked ``00:00 – Welcome`` lines: a heading and one list."""

    SHOW = (
        "# Episode 9: The ferry that never came\n\n"
        "This week we follow the campaign to bring back the island ferry.\n\n"
        "{label}\n"
        "00:00 – Welcome\n"
        "03:15 – The last sailing: a wet night in March\n"
        "12:40 – Petitions, 2,000 names and a council vote\n"
        "25:05 – What happens next\n\n"
        "Guests\n"
        "* Ann Lowe, who runs the campaign\n"
        "* Dev Patel, a ferry engineer\n"
    )

    def test_label_and_timed_items(self):
        text = self.SHOW.format(label="Tracks:")
        assert outline(text)[2:4] == ["h2:Tracks:", "list"]
        first = newsparse.parse(text, normalize=False).lists()[0]
        assert len(first.items) == 4

    def test_a_colon_in_the_description_leaves_the_term_to_the_dash(self):
        assert term_item("03:15 – The last sailing: a wet night in March")
        assert term_item("Fares: up 5% – the first rise in years")
        assert not term_item("The plan – agreed in May – will cut the subsidy.")

    def test_a_speaker_or_a_lone_term_line_is_no_label(self):
        text = (
            "MINISTER:\nSubsidy – we will restore it in part.\n"
            "Wages – we will talk to the unions.\n"
        )
        assert not outline(text)[0].startswith("h")
        text = "Islanders:\nFares – far too high for a family.\n\nTalks resume.\n"
        assert outline(text)[0] == "paragraph"

    def test_a_sentence_or_a_label_over_prose_stays_a_paragraph(self):
        for intro in ("He added:", "Instead:"):
            text = (
                "Ferry Fares Rise\n\n"
                "The operator raised fares on Monday.\n\n"
                f"{intro}\n"
                "The council will pay for islanders' season tickets until March.\n"
            )
            assert outline(text)[2] == "paragraph", intro


class TestLoneMarkerLinesWithWrappedItems:
    """``1)`` alone on its line, the item's text under it, wrapped or not."""

    STEPS = (
        "Toaster Recall\n\n"
        "If you own one of the toasters, follow these steps:\n"
        "1)\n"
        "Unplug the toaster and let it cool.\n"
        "2)\n"
        "Register for a refund on the maker's website or by phone.\n"
        "3)\n"
        "Take the toaster to any branch of the shop named on the receipt,\n"
        "where staff will give you a voucher for the full price.\n\n"
        "Other models are not affected.\n"
    )

    def test_one_list_with_the_wrapped_text(self):
        doc = newsparse.parse(self.STEPS, normalize=False)
        assert outline(self.STEPS) == [
            "h1:Toaster Recall",
            "paragraph",
            "list",
            "paragraph",
        ]
        items = doc.lists()[0].items
        assert len(items) == 3
        assert items[2].text.endswith("for the full price.")

    def test_short_unmarked_lines_under_a_label_are_still_a_list(self):
        text = (
            "Toaster Recall\n\n"
            "Affected models:\n"
            "Brava Two-Slice, white\n"
            "Brava Four-Slice, steel\n\n"
            "Other models are not affected.\n"
        )
        assert outline(text)[2:] == ["list", "paragraph"]


class TestQuestionsSetApart:
    """A question alone between blank lines over the paragraph answering it.

    Where the document's section headings stand alone between blank lines,
    a question standing the same way over a paragraph is one of them.
    """

    STORY = (
        "Boiler Grants Cut\n\n"
        "The government will cut its boiler grant from £7,500 to £5,000 in April,\n"
        "ministers said on Monday.\n\n"
        "What changes\n\n"
        "Households applying after 1 April will receive the smaller grant.\n\n"
        "{question}\n\n"
        "{after}\n"
    )

    def test_a_question_heading(self):
        for question, answer in (
            (
                "Has this happened before?",
                "Yes. In 2022 the grant was cut by a third, and demand fell sharply.",
            ),
            (
                "Will installers lose work?",
                "Probably not, say their trade bodies, as orders are booked to May.",
            ),
        ):
            text = self.STORY.format(question=question, after=answer)
            assert outline(text)[-2:] == [f"h2:{question}", "paragraph"], question

    def test_rhetorical_questions_stay_paragraphs(self):
        answer = "Installers say the cut will halve their orders within a year."
        cases = (
            # The story goes on from the paragraph before.
            ("But who will pay for it?", answer),
            # A letter's last line over the writer's name.
            ("Does anyone in government own a boiler?", "Ruth Adair, Hembury"),
            # Nothing but a short line follows.
            ("Is that fair?", "More to follow"),
        )
        for question, after in cases:
            text = self.STORY.format(question=question, after=after)
            assert f"h2:{question}" not in outline(text), question

    def test_not_without_a_section_heading_before_it(self):
        text = (
            "Boiler Grants Cut\n\n"
            "The government will cut its boiler grant in April.\n\n"
            "Who will pay for it?\n\n"
            "Households applying after April will receive the smaller grant.\n"
        )
        assert outline(text)[2] == "paragraph"

    def test_a_question_run_on_in_its_paragraph_stays_content(self):
        text = self.STORY.format(
            question="Is it enough? Installers doubt it.",
            after="They say the cut will halve their orders within a year.",
        )
        assert outline(text)[-2:] == ["paragraph", "paragraph"]


class TestTitleOverATagAndAByline:
    """The first line is the title when a tag line stands between it and the byline."""

    def test_a_question_title(self):
        text = (
            "Fact check: Did the town really double its parking fines in a year?\n"
            "Fact Check | Transport\n"
            "By Lena Ortiz\n"
            "Published 4 May 2026\n\n"
            "A post shared 3,000 times says fines doubled between 2024 and 2025.\n"
        )
        first = outline(text)[0]
        assert first.startswith("h1:Fact check: Did the town")

    def test_a_sentence_over_a_tag_is_no_title(self):
        text = (
            "The council says parking fines rose by a tenth last year.\n"
            "Transport | Local\n"
            "By Lena Ortiz\n\n"
            "It published the figures on Monday.\n"
        )
        assert outline(text)[0] == "paragraph"

    def test_a_long_line_between_is_no_tag(self):
        text = (
            "Did the town really double its parking fines in a year?\n"
            "Drivers in the town have complained | loudly | for months about it all.\n"
            "By Lena Ortiz\n\n"
            "It published the figures on Monday.\n"
        )
        assert not outline(text)[0].startswith("h1:")


class TestLetterSignOffs:
    """``Name, Place`` under a letter signs it: furniture, not a heading.

    (These sign-offs were paragraphs until session 20; annotators mark them
    furniture 40 times to 8: see ``test_variants_session20.py``.)
    """

    PAGE = (
        "Letters: Buses, bins and the bypass\n\n"
        "Cut the bus fares\n\n"
        "The new fares are a scandal. A return to town now costs more than a\n"
        "taxi shared by two.\n\n"
        "Ruth Adair, Hembury\n\n"
        "Empty the bins\n\n"
        "Our bins were last emptied three weeks ago. The smell is unbearable.\n\n"
        "Revd Paul Okafor, North Stoke\n\n"
        "Letters may be edited. Write to letters@paper.example.\n"
    )

    def test_sign_offs_are_furniture(self):
        # (The closing notice is furniture, or a paragraph: not a heading.)
        assert outline(self.PAGE)[:7] == [
            "h1:Letters: Buses, bins and the bypass",
            "h2:Cut the bus fares",
            "paragraph",
            "boilerplate",
            "h2:Empty the bins",
            "paragraph",
            "boilerplate",
        ]

    def test_the_last_sign_off_over_prose(self):
        # Once a letter of the page was signed, so is the last one, over
        # whatever closes the page.
        text = self.PAGE.replace(
            "Letters may be edited. Write to letters@paper.example.\n",
            "Our thanks to all who wrote to us about the bypass this month.\n",
        )
        assert "h2:Revd Paul Okafor, North Stoke" not in outline(text)

    def test_a_name_over_what_they_said_stays_a_heading(self):
        text = (
            "Voices From the Market\n\n"
            "We asked shoppers what they made of the new parking charges.\n\n"
            "Ana Ruiz, Westgate\n\n"
            "I come in twice a week and now I will come once, if that.\n\n"
            "Tom Hale, Eastfield\n\n"
            "It is a tax on people who cannot get here by bus.\n"
        )
        assert outline(text)[2:] == [
            "h2:Ana Ruiz, Westgate",
            "paragraph",
            "h2:Tom Hale, Eastfield",
            "paragraph",
        ]

    def test_a_heading_with_a_comma_over_prose_stays_a_heading(self):
        text = (
            "Town Budget\n\n"
            "The council set its budget on Monday.\n\n"
            "Schools, Roads and Parks\n\n"
            "Spending on all three will rise by 3%.\n"
        )
        assert "h2:Schools, Roads and Parks" in outline(text)


class TestNumberedSectionAfterContents:
    """``1. Introduction`` under a table of contents heads the first section."""

    def test_first_section_after_the_contents(self):
        text = (
            "Consultation: A New Bus Lane on Mill Road\n"
            "Published 2 May 2026\n\n"
            "Contents\n"
            "1. Introduction\n"
            "2. The proposal\n"
            "3. How to respond\n\n"
            "1. Introduction\n\n"
            "The council wants to add a bus lane to Mill Road between the station"
            " and the hospital.\n\n"
            "2. The proposal\n\n"
            "The lane would run from 7am to 7pm on weekdays.\n\n"
            "3. How to respond\n\n"
            "Write to the council by 30 June.\n"
        )
        got = outline(text)
        assert got[3:] == [
            "h2:1. Introduction",
            "paragraph",
            "h2:2. The proposal",
            "paragraph",
            "h2:3. How to respond",
            "paragraph",
        ], got

    def test_a_numbered_list_after_a_paragraph_stays_a_list(self):
        text = (
            "Mill Road Bus Lane\n\n"
            "Contents\n"
            "1. Introduction\n"
            "2. The proposal\n\n"
            "The council wants to add a bus lane. It asks two questions:\n"
            "1. Should the lane run at weekends?\n"
            "2. Should taxis use it?\n"
        )
        assert outline(text)[-1] == "list"


class TestWrappedParagraphsEndAtBlankLines:
    """Where blank lines separate wrapped paragraphs, a sentence end near the width
    does not end the paragraph."""

    LETTER = (
        "Save the Village Post Office\n\n"
        "The post office in Upper Brenton has served the village since 1911,\n"
        "and its closure would leave older residents with a bus ride to post\n"
        "a parcel.\n\n"
        "I was shocked to hear that the branch could close next summer.\n"
        "For my neighbour, who is 88 and has never driven, the counter is\n"
        "where she collects her pension.\n\n"
        "Surely something can be done before the decision is final? The\n"
        "village has lost its bank and its pub.\n"
    )

    def test_the_first_sentence_stays_in_its_paragraph(self):
        doc = newsparse.parse(self.LETTER, normalize=False)
        assert outline(self.LETTER) == [
            "h1:Save the Village Post Office",
            "paragraph",
            "paragraph",
            "paragraph",
        ]
        assert doc.paragraphs()[1].text.startswith("I was shocked")
        assert doc.paragraphs()[1].text.endswith("collects her pension.")

    def test_without_blank_lines_the_sentence_end_still_splits(self):
        text = (
            "Harbour Strike Ends\n"
            "Dock workers in the port voted on Friday to end a nine-day strike\n"
            "that had stranded hundreds of containers on the quayside.\n"
            "The union said the deal was the best it could get this year.\n"
            "Workers will return to the cranes on Monday morning, though some\n"
            "said they had voted for the deal only to get their wages paid.\n"
            "Managers welcomed the vote.\n"
        )
        doc = newsparse.parse(text, normalize=False)
        texts = [p.text.split("\n")[0] for p in doc.paragraphs()]
        assert "The union said the deal was the best it could get this year." in texts

    def test_a_date_under_a_broken_sentence_is_its_end(self):
        text = (
            "Corrections and Clarifications\n\n"
            "A report on bus fares (Fares to rise by 5%, 3 May) gave the wrong\n"
            "date for the increase. The new fares will take effect on 1 June, not\n"
            "1 July.\n\n"
            "An article on the harbour (Ferry talks stall, 5 May) misnamed the\n"
            "harbour master, who is Ian Reid, and gave the wrong figure for the\n"
            "number of berths, which is 40.\n\n"
            "A caption on page 4 placed the old lighthouse on the wrong side of\n"
            "the bay. It stands on the north shore, not the south.\n\n"
            "Published 9 May 2026\n"
        )
        doc = newsparse.parse(text, normalize=False)
        assert doc.paragraphs()[0].text.endswith("not\n1 July.")
        assert outline(text)[1:] == ["paragraph"] * 3 + ["boilerplate"]


class TestIntroducedQuotesInSentenceRuns:
    """In one-sentence-per-line text, ``Its owner said:`` stays in its paragraph."""

    RUNS = (
        "Police Appeals\n\n"
        "Officers are looking for a van stolen from a farm on Friday.\n"
        "It was last seen near the bypass.\n\n"
        "A bicycle was taken from outside the library on Monday.\n"
        "The owner said:\n"
        '"I saved for two years to buy it."\n\n'
        "Anyone with information should call 101.\n"
        "Calls can be made anonymously.\n\n"
        "A reward of £500 has been offered for the van.\n"
        "{}\n"
    )

    def test_the_quote_and_its_introduction_join_the_run(self):
        text = self.RUNS.format("The station desk is open until 6pm.")
        doc = newsparse.parse(text, normalize=False)
        assert outline(text) == ["h1:Police Appeals"] + ["paragraph"] * 4
        assert doc.paragraphs()[1].text.endswith('to buy it."')
        assert doc.paragraphs()[1].text.startswith("A bicycle")

    def test_a_line_ending_in_a_colon_over_a_list_stands_alone(self):
        text = (
            "Police Appeals\n\n"
            "Officers are looking for a van stolen from a farm on Friday.\n"
            "It was last seen near the bypass.\n\n"
            "A bicycle was taken from outside the library on Monday.\n"
            "Officers want to hear from:\n"
            "- anyone who was near the library\n"
            "- drivers with dashboard cameras\n\n"
            "Anyone with information should call 101.\n"
            "Calls can be made anonymously.\n"
        )
        got = outline(text)
        assert "list" in got
        doc = newsparse.parse(text, normalize=False)
        assert not any(p.text.endswith("library") for p in doc.paragraphs())


class TestDev3TitlesListsQuestionsRuns:
    """Round 2 (structure-dev3): a quoted title, amounts as terms, questions
    heading sections, a quoted bar in a sentence run."""

    def test_a_title_opening_with_a_quote_over_its_byline(self):
        text = (
            "Home | News | Appeals\n"
            "Winter Appeal\n"
            "‘We ate cold beans for a month’: help us keep families warm and fed"
            " through the winter\n"
            "By Tom Varga\n"
            "Tuesday 1 December 2026\n\n"
            "Mina and her two sons spent January in one room, the only one they could"
            " afford to heat.\n"
        )
        assert outline(text)[2] == (
            "h1:‘We ate cold beans for a month’: help us keep families warm and fed"
            " through the winter"
        )

    def test_a_quote_over_a_byline_is_no_title_when_it_ends_a_sentence(self):
        text = (
            "Home | News | Appeals\n"
            "‘We ate cold beans for a month,’ said Mina.\n"
            "By Tom Varga\n\n"
            "Mina and her two sons spent January in one room.\n"
        )
        assert not any(k.startswith("h") for k in outline(text))

    def test_amounts_as_terms_under_an_introduction(self):
        text = (
            "Food Bank Appeal\n\n"
            "The food bank feeds 300 families a week.\n\n"
            "This is what a gift could buy:\n"
            "£5 – a bag of pasta, rice and tinned tomatoes\n"
            "£20 – a week of breakfasts for a family of four\n"
            "$40 – nappies and wipes for a month\n\n"
            "£5 was all she had, Mina said, but she gave it anyway.\n"
        )
        assert outline(text)[1:] == ["paragraph", "paragraph", "list", "paragraph"]
        doc = newsparse.parse(text, normalize=False)
        assert len(doc.lists()[0].items) == 3
        assert term_item("£5 – a bag of pasta")
        assert not term_item("£ – a bag of pasta")

    def test_question_over_a_sentence_run(self):
        text = (
            "Library Hours Cut\n\n"
            "The council will cut library opening hours from January.\n"
            "Branches will close on Mondays and Wednesdays.\n\n"
            "The Changes\n\n"
            "Six branches are affected.\n"
            "Two will open only on Saturdays.\n\n"
            "Who decided?\n\n"
            "The cabinet voted on Tuesday.\n"
            "Three members were absent.\n\n"
            "Readers can still borrow e-books online.\n"
            "The service is free.\n"
        )
        assert outline(text) == [
            "h1:Library Hours Cut",
            "paragraph",
            "h2:The Changes",
            "paragraph",
            "h2:Who decided?",
            "paragraph",
            "paragraph",
        ]

    def test_question_over_a_wrapped_paragraph(self):
        text = (
            "Village Libraries to Open Fewer Days\n\n"
            "The council will cut library opening hours from January, and branches\n"
            "will close on Mondays and Wednesdays in six villages across the west.\n\n"
            "The Changes\n\n"
            "Six branches are affected, and two of them will open only on Saturday\n"
            "mornings, when volunteers from the friends' groups can staff them.\n\n"
            "Who decided?\n\n"
            "The cabinet voted on Tuesday, with three members absent. Two of them\n"
            "have since said they would have voted against the cut.\n"
        )
        assert outline(text)[-2:] == ["h2:Who decided?", "paragraph"]

    def test_a_question_ending_a_letter_stays_over_a_short_sign_off(self):
        text = (
            "Library Hours Cut\n\n"
            "The council will cut library opening hours from January.\n"
            "Branches will close on Mondays and Wednesdays.\n\n"
            "Letters\n\n"
            "I have borrowed books there every week for forty years.\n"
            "Now I must take two buses.\n\n"
            "Who decided this?\n\n"
            "Ann Price, Lowfield\n"
        )
        assert "h2:Who decided this?" not in outline(text)

    BRIEF = (
        "Depot To Close With 600 Jobs Lost\n"
        "By Ian Fell\n\n"
        "Key points\n"
        "• The depot will shut in March\n"
        "• Staff will be offered transfers\n\n"
        "Marlow Freight said on Monday it would close its depot at Ashby,\n"
        "blaming falling orders and the cost of repairs to the site.\n"
        "The firm employs 600 people there.\n"
        "{question}\n"
        "The company said most staff would be offered jobs at its other depots,\n"
        "though some would face a daily journey of more than an hour.\n"
        "Union reaction\n"
        "The union said it would fight the closure.\n"
    )

    def test_a_question_between_paragraphs_without_blank_lines(self):
        text = self.BRIEF.format(question="What happens to the staff?")
        assert "h2:What happens to the staff?" in outline(text)

    def test_rhetorical_questions_between_paragraphs_stay_paragraphs(self):
        for question in ("Who could blame them?", "Is that fair?", "But why now?"):
            text = self.BRIEF.format(question=question)
            assert f"h2:{question}" not in outline(text), question

    def test_a_quoted_bar_stays_in_its_sentence_run(self):
        text = (
            "Pool Protest\n\n"
            "Swimmers marched to the town hall on Saturday.\n"
            "About 200 people took part.\n\n"
            'Their banner read "Save Our Pool | Sign Today".\n'
            "Inside, councillors met in private.\n\n"
            "A decision is due next week.\n"
            "The pool stays open until then.\n"
        )
        doc = newsparse.parse(text, normalize=False)
        assert outline(text) == ["h1:Pool Protest"] + ["paragraph"] * 3
        assert doc.paragraphs()[1].text.endswith("met in private.")

    def test_a_bar_outside_quotes_is_no_sentence_line(self):
        text = (
            "Pool Protest\n\n"
            "Swimmers marched to the town hall on Saturday.\n"
            "About 200 people took part.\n\n"
            "Home | News | Sport.\n"
            "Inside, councillors met in private.\n\n"
            "A decision is due next week.\n"
            "The pool stays open until then.\n"
        )
        doc = newsparse.parse(text, normalize=False)
        assert not any(
            "Home | News" in p.text and "councillors" in p.text
            for p in doc.paragraphs()
        )


class TestDayDatesHeadingSections:
    """``Friday 4 December`` over the day's events, with siblings: headings."""

    LISTINGS = (
        "Folk Festival: What's On\n"
        "By Ana Ruiz\n"
        "{published}\n\n"
        "The festival returns to the harbour for three days this week.\n\n"
        "{day1}\n"
        "- 18:00 Opening concert, Town Hall\n"
        "- 21:00 Late session, The Anchor\n\n"
        "{day2}\n\n"
        "Workshops run all morning at the library, and the parade leaves the"
        " quay at 2pm.\n\n"
        "Tickets are on sale at the town hall.\n"
    )

    def test_sibling_days_head_their_sections(self):
        for day1, day2 in (
            ("Friday 4 December", "Saturday 5 December"),
            ("FRIDAY 4 DECEMBER", "SATURDAY 5 DECEMBER"),
            ("December 4", "December 5"),
        ):
            text = self.LISTINGS.format(
                published="Published 1 December 2026", day1=day1, day2=day2
            )
            got = outline(text)
            assert got[:3] == [
                "h1:Folk Festival: What's On",
                "boilerplate",
                "boilerplate",
            ], day1
            assert f"h2:{day1}" in got, day1
            assert f"h2:{day2}" in got, day2

    def test_the_date_under_the_title_stays_furniture(self):
        text = self.LISTINGS.format(
            published="Tuesday 1 December 2026",
            day1="Friday 4 December 2026",
            day2="Saturday 5 December 2026",
        )
        got = outline(text)
        assert got[:3] == ["h1:Folk Festival: What's On", "boilerplate", "boilerplate"]
        assert "h2:Friday 4 December 2026" in got

    def test_a_date_without_a_sibling_stays_furniture(self):
        text = self.LISTINGS.format(
            published="Published 1 December 2026",
            day1="Friday 4 December",
            day2="Saturday, the main day",
        )
        got = outline(text)
        assert "h2:Friday 4 December" not in got
        assert got.count("boilerplate") == 3

    def test_live_blog_time_stamps_stay_furniture(self):
        text = (
            "Storm Live: Ferries Cancelled\n"
            "By Ana Ruiz\n"
            "Published 3 May 2026\n\n"
            "Ferries between the islands are cancelled for a second day.\n\n"
            "14:02 GMT\n"
            "The coastguard says winds have reached 80mph at the harbour mouth.\n\n"
            "13:40 GMT\n"
            "Schools on the north island will close at noon.\n\n"
            "23:15\n"
            "The last ferry has been towed back into port.\n"
        )
        got = outline(text)
        assert not any(k.startswith("h2") for k in got)
        assert got.count("boilerplate") == 5
