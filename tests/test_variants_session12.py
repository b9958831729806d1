"""Structure variants found by the twelfth session's sets.

Portals, live blogs, newsletters and a monitoring desk's mixed intake
(``structure-dev90`` onwards): each test takes one form they print, with the
prose around it that must stay as it is. All text is our own.
"""

from __future__ import annotations

from .test_variants import outline


class TestSignature:
    """A dashed name with a role signs a letter off, a blank line under its end."""

    LETTER = (
        "Dear reader,\n\n"
        "The ferry timetable changes again next week, and we will track every "
        "cancelled crossing until the operator explains itself.\n\n"
        "{sign}\n\n"
        "Unsubscribe | Update your preferences\n"
    )

    def test_a_name_with_a_role_after_a_blank_line_is_furniture(self):
        text = self.LETTER.format(sign="— Marit Olsen, editor")
        assert outline(text) == ["paragraph", "paragraph", "boilerplate", "boilerplate"]

    def test_a_loose_list_of_names_and_roles_stays_a_list(self):
        text = self.LETTER.format(
            sign="– Marit Olsen, editor\n\n– Idris Bell, reporter\n\n– Ana Ruiz, producer"
        )
        assert outline(text)[2] == "list"

    def test_a_dashed_sentence_after_a_blank_line_is_not_a_signature(self):
        text = self.LETTER.format(sign="— And then, quite suddenly, silence")
        assert outline(text)[2] != "boilerplate"


class TestNewsletterFoot:
    """An e-mail's foot: an address closed by a telephone, appeals, forwards."""

    BODY = (
        "Weekly Update From The Harbour Trust\n\n"
        "Work on the east slipway finished on Friday, two weeks early, and the "
        "boat club moves back in on Monday.\n"
        "{foot}\n"
    )

    def kinds(self, foot: str) -> list[str]:
        return outline(self.BODY.format(foot=foot))

    def test_an_address_closed_by_a_telephone_number(self):
        foot = "Harbour Trust, The Old Sail Loft, Quay Street, Penmarrow. Tel 01632 960 418."
        assert self.kinds(foot) == [
            "h1:Weekly Update From The Harbour Trust",
            "paragraph",
            "boilerplate",
        ]

    def test_an_address_closed_by_a_charity_status(self):
        foot = "Harbour Trust, Quay Street 9, Penmarrow. Registered charity."
        assert self.kinds(foot) == [
            "h1:Weekly Update From The Harbour Trust",
            "paragraph",
            "boilerplate",
        ]

    def test_a_sentence_naming_places_is_no_address(self):
        foot = "The club thanked Penmarrow, Trewin, and St Ives. Tel Aviv sent a boat."
        assert self.kinds(foot) == [
            "h1:Weekly Update From The Harbour Trust",
            "paragraph",
            "paragraph",
        ]

    def test_an_appeal_for_support(self):
        foot = (
            "Our work is free to read. If you value it, please consider "
            "becoming a supporter: harbourtrust.example/give"
        )
        assert self.kinds(foot) == [
            "h1:Weekly Update From The Harbour Trust",
            "paragraph",
            "boilerplate",
        ]

    def test_advice_to_consider_something_is_prose(self):
        foot = "If you enjoy sailing, consider the evening races, which start in May."
        assert self.kinds(foot) == [
            "h1:Weekly Update From The Harbour Trust",
            "paragraph",
            "paragraph",
        ]

    def test_a_forwarding_prompt(self):
        foot = "Know someone who would like this update? Forward it to them."
        assert self.kinds(foot) == [
            "h1:Weekly Update From The Harbour Trust",
            "paragraph",
            "boilerplate",
        ]


class TestNewsletterTagline:
    """A tagline under a newsletter's name says where it comes from."""

    def test_a_tagline_under_the_title_is_furniture(self):
        text = (
            "Oarsmen's Notes: the spring regatta in pictures\n"
            "A fortnightly letter from the captain of the Kellby Rowing Club\n"
            "Saturday 3 May 2025\n\n"
            "The river was high, the wind was kind, and our novice eight won "
            "their first race of the season by a length.\n"
        )
        kinds = outline(text)
        assert kinds[0].startswith("h1:Oarsmen's Notes")
        assert kinds[1:3] == ["boilerplate", "boilerplate"]

    def test_a_headline_about_a_letter_is_not_a_tagline(self):
        text = (
            "The letter from the minister arrived on Tuesday\n\n"
            "It ran to four pages and promised nothing new, councillors said.\n"
        )
        assert outline(text)[0].startswith("h1:")
