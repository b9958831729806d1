"""Structure variants of the everyday mix found by the eighth session's sets.

Content-generator explainers, wire copy and scraped pages, data pages and
guides (``structure-dev12`` to ``structure-dev14``): each test takes one form
they print, with the prose around it that must stay as it is. All text is
our own.
"""

from __future__ import annotations

import newsparse
from newsparse.blocks.furniture import classify

from .test_variants import outline


def paragraphs(text: str) -> list[str]:
    """The texts of a document's paragraphs, unnormalised."""
    return [p.text for p in newsparse.parse(text, normalize=False).paragraphs()]


class TestSentenceRuns:
    """One sentence per line, paragraphs separated by blank lines."""

    def test_a_run_ends_on_the_sentence_leading_into_a_list(self):
        text = (
            "Ferry Timetable Changes\n\n"
            "The winter timetable starts on Monday.\n"
            "Two crossings move to earlier slots.\n\n"
            "The operator gave three reasons.\n"
            "It set them out in a letter:\n\n"
            "- fewer passengers after October\n"
            "- crew rest rules\n\n"
            "Bookings already made stay valid.\n"
            "Refunds are offered on request.\n\n"
            "The summer timetable returns in April.\n"
            "Fares are unchanged.\n"
        )
        assert paragraphs(text)[1] == (
            "The operator gave three reasons.\nIt set them out in a letter:"
        )
        # The list may follow right under the lead-in too.
        tight = text.replace("letter:\n\n-", "letter:\n-")
        assert paragraphs(tight)[1] == paragraphs(text)[1]

    def test_a_label_over_a_list_stays_apart_from_the_run(self):
        text = (
            "The winter timetable starts on Monday.\n"
            "Two crossings move to earlier slots.\n\n"
            "Bookings already made stay valid.\n"
            "Key changes:\n"
            "- fewer crossings\n\n"
            "Refunds are offered on request.\n"
            "Fares are unchanged.\n\n"
            "The summer timetable returns in April.\n"
            "Crews were told on Friday.\n"
        )
        assert "Key changes:" not in " ".join(paragraphs(text))

    def test_a_run_may_end_on_a_caption_and_its_credit(self):
        text = (
            "Heat Alert for the Valley\n\n"
            "An amber heat alert is in force until Sunday.\n"
            "Temperatures may reach 34C on Friday.\n"
            "A volunteer hands out water at the market. Photo: Lena Ortiz\n\n"
            "Older people are most at risk.\n"
            "Two libraries open late as cooling centres.\n\n"
            "Move anyone affected somewhere cool.\n"
            "Call 999 if they do not improve.\n"
        )
        found = paragraphs(text)
        assert found == [
            "An amber heat alert is in force until Sunday.\n"
            "Temperatures may reach 34C on Friday.",
            "Older people are most at risk.\n"
            "Two libraries open late as cooling centres.",
            "Move anyone affected somewhere cool.\nCall 999 if they do not improve.",
        ]

    def test_one_line_paragraphs_with_a_caption_stay_apart(self):
        text = (
            "The council met on Tuesday.\n\n"
            "It approved the budget.\n"
            "A councillor speaks at the meeting. Photo: Lena Ortiz\n\n"
            "The vote was close.\n"
        )
        assert len(paragraphs(text)) == 3


class TestFurnitureOfTheEverydayMix:
    def test_a_desk_named_with_and_is_a_byline(self):
        assert classify("By the Climate and Energy Desk") == "byline"
        assert classify("By the Business & Markets team") == "byline"
        assert classify("By the end and the start of the desk") is None

    def test_a_question_and_where_to_send_it_is_a_feedback_prompt(self):
        line = "Have a question we haven't answered? Send it to our newsroom."
        assert classify(line) == "notice"
        assert classify("Have any symptoms? Call 111.") is None
        assert outline("Have a look at the map. Send it on.\n") == ["paragraph"]


class TestWrappedParagraphs:
    """Hard-wrapped wire copy, with and without blank lines between paragraphs."""

    def test_a_short_sentence_end_inside_a_blank_separated_paragraph(self):
        text = (
            "Grain Terminal Strike Extended\n\n"
            "ROTTERDAM, May 3 (Harbour Wire) – Dockworkers at three grain terminals\n"
            "voted on Saturday to extend their strike by another five days, leaving\n"
            "a dozen bulk carriers at anchor.\n\n"
            "The walkout, now in its second week, began after talks on a new shift\n"
            "roster broke down.\n"
            "Terminal operators say the roster is needed to handle larger ships; the\n"
            "union says it would cut rest time between night shifts to ten hours.\n\n"
            "Both sides are due to meet a mediator on Tuesday, the ministry said in\n"
            "a short statement.\n\n"
            "Exporters warned that the delay was already costing them money, with\n"
            "some cargoes diverted to Antwerp.\n\n"
            "Farmers' groups said prices paid at the farm gate had not yet moved\n"
            "but could fall.\n\n"
            "The union has called a meeting of members for Friday, after which it\n"
            "will decide on next steps.\n"
        )
        found = paragraphs(text)
        assert len(found) == 6
        assert found[1].startswith("The walkout")
        assert found[1].endswith("ten hours.")

    def test_a_sentence_ending_near_the_width_goes_on_in_text_wrapped_by_hand(self):
        # Wrapped by hand: some lines break where the next word would still
        # have fitted ("… mine" / "in …"), so a sentence ending near the
        # width ("… mistake.") does not end its paragraph.
        text = (
            "Copper output slips at northern mine\n"
            "CALAMA, May 6 (Andes Desk) – Copper output at the Cerro Verde mine\n"
            "in northern Chile fell 9% in the first quarter from a year earlier, as\n"
            "tighter limits on water use slowed the plant.\n"
            "Chief executive Marta Ugarte told analysts the company had been\n"
            '"too slow to read the signals" and would not repeat that mistake.\n'
            '"We are not going to bet the plan on rain," she said on a call with\n'
            'investors. "The pipeline is the plan, and it is on time."\n'
            "Regional authorities cut the volume of groundwater that mines in\n"
            "the basin may draw by a fifth in January, after two dry winters.\n"
        )
        found = paragraphs(text)
        assert len(found) == 3
        assert found[1].startswith("Chief executive")
        assert found[1].endswith('time."')

    def test_a_greedy_wrap_ends_a_paragraph_where_the_next_word_would_fit(self):
        # Wrapped by a program: every line is filled, so a sentence ending
        # where the next word would still have fitted ends its paragraph.
        sentence = (
            "The council approved the new budget on Tuesday after a long debate "
            "that ran late into the evening and ended with a narrow vote."
        )
        words = sentence.split()
        first = "\n".join(_greedy(words, 60))
        second = "\n".join(
            _greedy(("Opposition members " + " ".join(words)).split(), 60)
        )
        text = first + "\n" + second + "\n"
        assert len(paragraphs(text)) == 2

    def test_a_short_line_before_a_long_address_goes_on(self):
        text = (
            "Permit Posted for Desalination Pipeline\n"
            "The company said on Tuesday that the permit documents had been\n"
            "posted at\n"
            "www.example.org/sustainability/water/desalination-permit-2025\n"
            "for public comment until June 15, and that it expected approval\n"
            "before the end of the year, in time for the pipeline to open in\n"
            "July.\n"
            "Analysts said the weak quarter was largely priced in.\n"
        )
        found = paragraphs(text)
        assert len(found) == 2
        assert found[0].endswith("July.")


def _greedy(words: list[str], width: int) -> list[str]:
    """Wrap ``words`` greedily at ``width``, as a wrapping program does."""
    lines: list[str] = []
    line = ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]


class TestPageTopAndNotes:
    def test_a_category_line_with_a_pipe_under_the_title(self):
        text = (
            "Explainer: What the new bike-share contract means for riders\n"
            "Transport | Explainer\n"
            "By Theo Lind\n\n"
            "The city council this week signed a seven-year contract with a new\n"
            "operator for its bike-share scheme, replacing the company that had\n"
            "run it since 2016.\n\n"
            "The switch takes effect on 1 July, and riders will need to move their\n"
            "accounts to the new app before then.\n\n"
            "Stored balances will be refunded rather than transferred, the council\n"
            "said.\n"
        )
        assert outline(text)[:3] == [
            "h1:Explainer: What the new bike-share contract means for riders",
            "boilerplate",
            "boilerplate",
        ]
        live = (
            "Live | Local Elections 2025\n"
            "Harbour council count – live updates from the hall\n"
            "Counting has begun in all twelve wards of the borough.\n"
        )
        assert outline(live)[0] == "boilerplate"

    def test_a_label_between_title_and_byline_is_where_the_page_is_filed(self):
        text = (
            "Jobless Rate Rises in Four Districts\n"
            "ECONOMY\n"
            "By Mira Kostova\n"
            "Unemployment rose in four of the seven districts in the spring.\n"
        )
        assert outline(text)[1:3] == ["boilerplate", "boilerplate"]
        # Over prose, a short line under the title is a heading.
        prose = text.replace("By Mira Kostova\n", "")
        assert outline(prose)[1] == "h2:ECONOMY"
        assert classify("Guides / Travel documents") == "navigation"
        assert classify("Money / Cost of living") == "navigation"
        assert classify("Either / or") is None

    def test_a_correction_wrapped_onto_a_second_line_is_one_note(self):
        text = (
            "The board approved the menu changes for the autumn term.\n\n"
            "Correction: An earlier version of this story misstated\n"
            "the board vote. It was 5-2, not 6-1.\n"
        )
        doc = newsparse.parse(text, normalize=False)
        (note,) = doc.boilerplate()
        assert note.text.endswith("not 6-1.")


class TestSpeechAndAsides:
    def test_a_question_after_a_label_is_a_turn_not_a_term(self):
        text = (
            "Ruth Okafor holds the ward by 11 votes. She spoke to reporters:\n"
            "Reporter: Did you think you had lost it?\n"
            "Okafor: For about twenty minutes, yes. I had my speech ready.\n"
        )
        assert outline(text) == ["paragraph"] * 3
        terms = (
            "The council set out the timetable:\nMay: first reading\nJune: final vote\n"
        )
        assert outline(terms) == ["paragraph", "list"]

    def test_a_closed_aside_on_the_next_line_makes_no_heading(self):
        text = (
            "Who opposes it?\n"
            "Fishing associations and fish farmers on the northern shore of the strait\n"
            "– who say spoil from the dig would smother spawning grounds – have\n"
            "filed a complaint with the environment agency. Ferry unions oppose\n"
            "closing the crossings before the tunnel opens.\n"
        )
        assert outline(text)[1:] == ["paragraph"]
