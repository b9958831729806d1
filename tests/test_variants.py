"""Structure variants of real news text (issue #4): one class per variant family."""

from __future__ import annotations

import newsparse
from newsparse import Section

WRAPPED = """\
Harbour Strike Ends After Nine Days

Dock workers in the port voted on Friday to accept a revised pay offer,
ending a nine-day strike that had left more than forty container ships
waiting at anchor off the coast. The union said the deal raises wages by
6.5 percent this year.

Shipping lines welcomed the vote. Several said they would need at least
a week to clear the backlog, and some cargo would be diverted elsewhere.

What Comes Next
The port authority said it would publish a recovery timetable on Monday.
"""


def outline(text: str, **kwargs: object) -> list[str]:
    """Block kinds in reading order (headings with their level and text)."""
    doc = newsparse.parse(text, normalize=False, **kwargs)  # type: ignore[arg-type]
    out = []
    for node in doc.walk():
        if isinstance(node, Section):
            out.append(f"h{node.heading.level}:{node.heading.text}")
        elif node.type in {"paragraph", "list", "table", "boilerplate"}:
            out.append(node.type)
    return out


class TestHardWrappedParagraphs:
    def test_wrapped_lines_are_one_paragraph(self):
        """Full lines that wrap mid-sentence join; a short line ends the paragraph."""
        assert outline(WRAPPED) == [
            "h1:Harbour Strike Ends After Nine Days",
            "paragraph",
            "paragraph",
            "h2:What Comes Next",
            "paragraph",
        ]

    def test_joined_text_reads_as_one_line_after_normalising(self):
        doc = newsparse.parse(WRAPPED)
        first = doc.paragraphs()[0]
        assert first.text.startswith("Dock workers in the port voted on Friday")
        assert first.text.endswith("wages by 6.5 percent this year.")
        assert "\n" not in first.text
        raw = WRAPPED[first.span.start : first.span.end]
        assert raw.count("\n") == 3  # the span covers all four lines

    def test_a_wrap_at_a_sentence_end_inside_a_run_still_joins(self):
        """A full line may end a sentence; the run around it shows it is wrapped."""
        doc = newsparse.parse(WRAPPED, normalize=False)
        assert "coast. The union" in doc.paragraphs()[0].text.replace("\n", " ")

    def test_sentence_per_line_text_is_not_joined(self):
        """Lines that each end a sentence stay paragraphs, whatever their length."""
        text = (
            "The council approved the budget for the coming year on Tuesday night.\n"
            "Opposition members said the spending plans would leave reserves low.\n"
            "The mayor rejected that view and promised a review in the autumn.\n"
            "A final vote on the capital programme is expected before December.\n"
        )
        assert outline(text) == ["paragraph"] * 4

    def test_one_paragraph_per_line_articles_are_untouched(self):
        """Long unwrapped lines give the document no wrap width: nothing joins."""
        line = "The committee heard evidence from " + "several witnesses " * 12
        text = "\n".join([line + "today", line + "yesterday", line + "."])
        assert outline(text) == ["paragraph"] * 3

    def test_a_heading_followed_by_a_lower_case_paragraph_stays_a_heading(self):
        text = (
            "Intro sentence of the story.\n"
            "Implications for the Regional Economy After the Vote\n"
            "the decision is expected to weigh on exports.\n"
        )
        assert outline(text) == [
            "paragraph",
            "h2:Implications for the Regional Economy After the Vote",
            "paragraph",
        ]


class TestListVariants:
    def test_lone_marker_takes_the_next_line(self):
        text = "Measures agreed:\n-\nLower tariffs on steel\n•\nA review of quotas\n"
        doc = newsparse.parse(text, normalize=False)
        items = doc.lists()[0].items
        assert [i.text for i in items] == [
            "Lower tariffs on steel",
            "A review of quotas",
        ]
        assert (
            text[items[0].span.start : items[0].span.end] == "-\nLower tariffs on steel"
        )

    def test_item_wrapped_onto_an_unmarked_line(self):
        text = (
            "Measures agreed:\n"
            "- A joint committee that will meet every three months to review the\n"
            "progress of the agreement and report to both parliaments\n"
            "- Shorter customs checks\n"
            "The ministers meet again in March.\n"
        )
        doc = newsparse.parse(text)
        items = doc.lists()[0].items
        assert items[0].text.endswith(
            "review the progress of the agreement and report to both parliaments"
        )
        assert len(items) == 2
        assert outline(text)[-1] == "paragraph"

    def test_a_lower_case_paragraph_after_a_finished_item_is_not_joined(self):
        text = (
            "Measures agreed:\n"
            "- A joint committee will meet every three months to review progress.\n"
            "the ministers meet again in March.\n"
        )
        assert outline(text) == ["paragraph", "list", "paragraph"]
