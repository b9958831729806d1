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
