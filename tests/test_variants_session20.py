"""Structure variants found by the twentieth session's sets.

Each test takes one form they print, with the prose around it that must
stay as it is. All text is our own.
"""

from __future__ import annotations

import newsparse

from .test_variants import outline


class TestAPresentersCredit:
    """``Presented by`` a person credits a programme's host, not a sponsor."""

    PROGRAMME = (
        "Riverside Radio › Programmes › Drive Time\n"
        "Your Questions on the Bridge Closure\n"
        "Broadcast on Monday 3 March 2025, 17:00–18:00\n"
        "Presented by Lena Okafor\n"
        "After the council shut the old bridge last week, our phone\n"
        "lines were busy all evening. Lena was joined by the engineer\n"
        "Tomas Briggs, who answered your questions on air. This is an\n"
        "edited transcript.\n"
        "LENA: First up is Pat in Millbrook. Go ahead, Pat.\n"
        "PAT: Hello. How long will the bridge stay shut?\n"
    )

    def test_the_introduction_under_the_presenter_is_the_storys(self):
        assert outline(self.PROGRAMME) == [
            "boilerplate",
            "h1:Your Questions on the Bridge Closure",
            "boilerplate",
            "boilerplate",
            "paragraph",
            "paragraph",
            "paragraph",
        ]
        doc = newsparse.parse(self.PROGRAMME, normalize=False)
        furniture = [n.text for n in doc.walk() if n.type == "boilerplate"]
        assert furniture[-1] == "Presented by Lena Okafor"

    def test_a_sponsors_label_still_takes_its_copy(self):
        text = (
            "The Harbour Briefing\n"
            "\n"
            "Presented by Harbour Mutual\n"
            "Home insurance from people who live where you live. Get a quote\n"
            "in two minutes at harbourmutual.example.\n"
            "\n"
            "Good morning. The ferry strike ends today after nine days.\n"
        )
        assert outline(text) == [
            "h1:The Harbour Briefing",
            "boilerplate",
            "paragraph",
        ]


HEARING = (
    "Select Committee on Transport\n"
    "Oral evidence: the Northgate tram delays\n"
    "Monday 6 October 2025\n"
    "THE CHAIR (Mr Osei): Welcome, everyone. This is the first of the two\n"
    "sessions the committee is holding on the delays to the Northgate\n"
    "tram line, which was due to open in May and has not. Mrs\n"
    "Halloran, thank you for coming at such short notice.\n"
    "JUNE HALLORAN: Thank you, Chair. The delay is ours to answer for,\n"
    "and I want to say at the start that we got the signalling\n"
    "contract wrong, and that the board should have seen it sooner.\n"
    "MR PIKE: Why did the signalling contract go wrong? The board was\n"
    "told in January that it was on track, and in March that\n"
    "it was not. What changed in those eight weeks?\n"
    "JUNE HALLORAN: The supplier missed three milestones in a row. We\n"
    "should have stepped in after the first one, and we did not.\n"
    "THE CHAIR: We will come back to that. Thank you both.\n"
)


class TestATranscriptWrappedByHand:
    """Turns wrapped by hand, without blank lines between them."""

    def turns(self) -> list[str]:
        doc = newsparse.parse(HEARING, normalize=False)
        return [p.text.split(":")[0] for p in doc.paragraphs()][1:]

    def test_a_line_stopping_on_a_title_runs_on_to_the_name(self):
        doc = newsparse.parse(HEARING, normalize=False)
        chair = next(p for p in doc.paragraphs() if p.text.startswith("THE CHAIR ("))
        assert chair.text.endswith(
            "Mrs\nHalloran, thank you for coming at such short notice."
        )

    def test_a_speaker_who_speaks_once_still_opens_a_turn(self):
        assert self.turns() == [
            "THE CHAIR (Mr Osei)",
            "JUNE HALLORAN",
            "MR PIKE",
            "JUNE HALLORAN",
            "THE CHAIR",
        ]
