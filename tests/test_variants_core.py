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
