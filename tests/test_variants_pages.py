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
