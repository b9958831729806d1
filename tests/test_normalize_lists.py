"""Normalising list items in ``parse``: lost capitals against a writer's style."""

from __future__ import annotations

import newsparse


def items(text: str) -> list[str]:
    return [item.text for item in newsparse.parse(text).lists()[0].items]


class TestFragmentsCompletingALeadIn:
    def test_lower_case_fragments_under_a_colon_keep_their_case(self):
        text = (
            "Ferry Travel\n\n"
            "To board the ferry you will need:\n"
            "- a passport valid for at least six months\n"
            "- a return or onward ticket\n"
            "- proof of where you are staying.\n"
        )
        assert items(text) == [
            "a passport valid for at least six months",
            "a return or onward ticket",
            "proof of where you are staying.",
        ]

    def test_fragments_ending_in_semicolons_and_or_keep_their_case(self):
        text = (
            "Refunds\n\n"
            "Season ticket holders can claim either of the following:\n\n"
            "* a refund for the weeks affected, or\n"
            "* a free upgrade to an all-zones ticket.\n"
        )
        assert items(text)[0].startswith("a refund")
        assert items(text)[1].startswith("a free upgrade")

    def test_notes_under_an_item_keep_their_case(self):
        text = (
            "Quick Wins\n"
            "• Door seals\n"
            "    – usually under £20 for a small house\n"
            "    – foam strips are the easiest to fit\n"
            "• Radiator panels\n"
            "    – most useful on outside walls\n"
        )
        doc = newsparse.parse(text)
        notes = [node.text for node in doc.walk() if node.type == "item"]
        assert "usually under £20 for a small house" in notes
        assert "most useful on outside walls" in notes

    def test_a_lower_case_sentence_among_capitalised_ones_is_repaired(self):
        text = (
            "Next Steps\n\n"
            "The envoys agreed on three steps:\n"
            "- Opening talks on the border crossings next month.\n"
            "- establishing a hotline between the two capitals.\n"
            "- Holding a summit before the end of the year.\n"
        )
        assert items(text)[1] == "Establishing a hotline between the two capitals."

    def test_lower_case_sentences_without_a_lead_in_are_repaired(self):
        text = (
            "- the council meets on Tuesday to set the budget.\n"
            "- unions have called a strike for the same day.\n"
        )
        assert items(text) == [
            "The council meets on Tuesday to set the budget.",
            "Unions have called a strike for the same day.",
        ]

    def test_lower_case_fragments_without_a_lead_in_are_repaired(self):
        text = (
            "The council published the dates on Monday.\n"
            "- voting opens in March\n- results follow in May\n"
        )
        assert items(text) == ["Voting opens in March", "Results follow in May"]

    def test_lower_case_fragments_under_a_heading_keep_their_case(self):
        text = (
            "Card Readers Fail\n\nThe outage lasted four hours.\n\n"
            "Who was affected\n"
            "+ small shops using the old card readers\n"
            "+ parking operators in three cities\n"
        )
        assert items(text) == [
            "small shops using the old card readers",
            "parking operators in three cities",
        ]


class TestFragmentsOpeningWithNames:
    def test_items_opening_with_names_say_nothing_of_the_style(self):
        text = (
            "Minestrone\n\n"
            "To serve:\n"
            "- Parmesan, finely grated\n"
            "- your best olive oil\n"
        )
        assert items(text) == ["Parmesan, finely grated", "your best olive oil"]
        text = (
            "Flood Warning\n\n"
            "This advice applies to homes and businesses in:\n"
            "* Lower Wendham, including Mill Row\n"
            "* Ashby Cross, south of the railway line\n"
            "* farms and caravan parks along the B4310\n"
        )
        assert items(text)[2] == "farms and caravan parks along the B4310"

    def test_an_ordinary_capital_still_marks_the_style(self):
        text = (
            "Until the repairs are paid for, the authority will:\n"
            "• Lower the weight limit on four bridges\n"
            "• inspect the others every six months\n"
        )
        assert items(text)[1] == "Inspect the others every six months"


class TestItemLabels:
    def test_a_letter_or_roman_number_before_its_bracket_keeps_its_case(self):
        text = (
            "The judge set two conditions:\n\n"
            "(a) A survey of nesting birds must be made before any work.\n\n"
            "(ii) No turbine may stand within 300 metres of a home.\n\n"
            "b) accept the ruling and take part in the scheme.\n"
        )
        doc = newsparse.parse(text)
        texts = [node.text for node in doc.walk() if node.type == "item"]
        assert texts[0].startswith("(a) A survey")
        assert texts[1].startswith("(ii) No turbine")
        assert texts[2].startswith("b) accept")

    def test_a_lower_case_word_in_brackets_still_starts_its_paragraph(self):
        text = "Ruling\n\n(the judge spoke for an hour.)\n"
        assert newsparse.parse(text).paragraphs()[0].text == (
            "(The judge spoke for an hour.)"
        )

    def test_a_lower_case_item_beside_a_capitalised_one_is_repaired(self):
        text = (
            "Until the repairs are paid for, the authority will:\n"
            "• Lower the weight limit on four bridges\n"
            "• inspect the others every six months\n"
        )
        assert items(text)[1] == "Inspect the others every six months"

    def test_a_word_after_an_item_label_gives_the_vote_no_evidence(self):
        text = (
            "Wind Farm Ruling\\n\\n"
            "The developer said the conditions would add months to construction.\\n\\n"
            "(d) Construction traffic must use the new access road only.\\n"
        )
        assert (
            "add months to construction." in newsparse.parse(text).paragraphs()[0].text
        )


class TestTermLabels:
    def test_a_label_keeps_the_writers_case_against_a_title_elsewhere(self):
        text = (
            "Here is a summary of the council's draft, *Active Travel Strategy"
            " 2027–2032*, published on Monday.\n\n"
            "Three terms recur throughout:\n"
            "Active travel: walking, wheeling and cycling\n"
            "Mobility hub: a place to change between modes\n"
        )
        assert items(text)[0] == "Active travel: walking, wheeling and cycling"

    def test_a_name_the_document_always_capitalises_is_repaired_in_a_label(self):
        text = (
            "Ministers met in Brussels on Monday. Brussels wants a deal, and "
            "officials in Brussels said so.\n\n"
            "Where the talks go next:\n"
            "- brussels: a summit in March\n"
            "- Lisbon: a summit in June\n"
        )
        assert items(text)[0] == "Brussels: a summit in March"


class TestFragmentsUnderAQuestion:
    def test_lower_case_fragments_answering_a_question_keep_their_case(self):
        text = (
            "Heat can harm anyone, but some people are at greater risk.\n"
            "Who is most at risk?\n\n"
            "– people aged 65 and over\n"
            "– babies and children under 5\n"
        )
        assert items(text) == ["people aged 65 and over", "babies and children under 5"]

    def test_a_lost_capital_among_sentences_under_a_question_is_repaired(self):
        text = (
            "What changes on Monday?\n\n"
            "- The first ferry leaves at six.\n"
            "- the last one leaves at ten.\n"
            "- Fares rise by a tenth.\n"
        )
        assert items(text)[1] == "The last one leaves at ten."


def test_tl_dr_keeps_its_semicolon_tight() -> None:
    assert newsparse.normalize("TL;DR the vote is on Friday.") == (
        "TL;DR the vote is on Friday."
    )
    assert (
        newsparse.normalize("It passed;Moscow said no.") == "It passed; Moscow said no."
    )


def case_edits(text: str) -> list[str]:
    """The case repairs ``parse`` makes, as ``before→after``."""
    return [
        f"{e.before}→{e.after}"
        for e in newsparse.parse(text).edits
        if e.rule != "whitespace"
    ]


class TestFragmentsInASubList:
    def test_lower_case_fragments_under_a_sentence_keep_their_case(self):
        text = (
            "The deal sets out two rules for the strait:\n\n"
            "- **Inspections:** every ship is checked once, at the anchorage.\n"
            "- **Safe lane:** ships keep to a lane three miles wide.\n"
            "  - no warships may enter the lane\n"
            "  - pilot boats may escort ships but not board them\n"
            "- **Insurance:** a shared fund covers hulls and cargo.\n"
        )
        assert case_edits(text) == []

    def test_fragments_under_a_question_item_keep_their_case(self):
        text = (
            "The panel asks three questions:\n\n"
            "1) Did the flood reach the house?\n"
            "   - a water line must be photographed\n"
            "   - receipts for repairs are kept\n"
            "2) Could the owner have prevented it?\n"
            "   - for example, by fitting a flood door\n"
        )
        assert case_edits(text) == []

    def test_times_at_the_end_do_not_make_sentences_of_fragments(self):
        text = (
            "DATES\n\n"
            "– 3 May: summer fair, Castle Green\n"
            "  – craft stalls from 10 a.m.\n"
            "  – a brass band at 2 p.m.\n"
            "– 9 May: the council meets\n"
        )
        assert case_edits(text) == []

    def test_a_lost_capital_among_sentences_in_a_sub_list_is_repaired(self):
        text = (
            "What the council decided:\n\n"
            "- Parking charges rise.\n"
            "  - The hourly rate goes up by 20p.\n"
            "  - the evening rate stays as it is.\n"
        )
        assert case_edits(text) == ["t→T"]

    def test_one_lower_case_sub_item_under_a_sentence_is_repaired(self):
        text = (
            "What the council decided:\n\n"
            "- Parking charges rise from June.\n"
            "  - the hourly rate goes up by 20p\n"
            "- Bus fares stay the same.\n"
        )
        assert case_edits(text) == ["t→T"]
