"""Structure variants found by the sixteenth session's sets.

Each test takes one form they print, with the prose around it that must
stay as it is. All text is our own.
"""

from __future__ import annotations

import pytest

from newsparse.blocks.furniture import classify

from .test_variants import outline


class TestFurnitureJoinedByDashes:
    @pytest.mark.parametrize(
        "line",
        ["4 March 2025 — 6 minutes to read", "URGENT – MARKETS/OIL (UPDATE 2)"],
    )
    def test_pieces_each_furniture_are_furniture(self, line):
        assert classify(line) is not None

    @pytest.mark.parametrize(
        "line",
        [
            "The Harbour Letter — Issue 31",  # a newsletter's title
            "Tuesday 3 June 2025 – all pupils return",  # a line of a list
            "Rates — what the change means for you",
        ],
    )
    def test_a_piece_of_content_keeps_the_line_content(self, line):
        assert classify(line) is None

    def test_a_date_with_its_reading_time_under_the_byline(self):
        text = (
            "Home / Transport\n"
            "Four bridges the county will rebuild by 2030\n"
            "Mara Quill\n"
            "4 March 2025 — 6 minutes to read\n"
            "\n"
            "The county has set aside £80 million for its oldest bridges.\n"
        )
        assert outline(text) == [
            "boilerplate",
            "h1:Four bridges the county will rebuild by 2030",
            "boilerplate",
            "boilerplate",
            "paragraph",
        ]


class TestSectionsOverANoteOnTheText:
    def test_sections_over_an_auto_summary_note_are_navigation(self):
        text = (
            "Weather | Summaries\n"
            "Auto-summary from the coastal forecast briefing, 2 May 2025, 09:00\n"
            "\n"
            "Gales are expected on the north coast from Thursday evening.\n"
        )
        assert outline(text) == ["boilerplate", "boilerplate", "paragraph"]

    def test_sections_over_a_sentence_stay_a_title(self):
        text = (
            "Weather | Summaries\n"
            "\n"
            "Gales are expected on the north coast from Thursday evening.\n"
        )
        assert outline(text)[0] != "boilerplate"
