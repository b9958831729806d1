"""Structure variants found by the twentieth session's sets.

Each test takes one form they print, with the prose around it that must
stay as it is. All text is our own.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.blocks.furniture import classify

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


class TestAProgrammesParts:
    """A part's label between turns heads the part, not a field among fields."""

    BULLETIN = (
        "NORTHSHORE NEWS CHANNEL\n"
        "PROGRAMME: THE LATE EDITION WITH ANA RUIZ\n"
        "THIS IS A RUSH TRANSCRIPT. IT MAY BE UPDATED.\n"
        "SEGMENT 1: THE FERRY STRIKE\n"
        "ANA RUIZ, ANCHOR: Good evening. The ferry strike is over after nine\n"
        "days, and the first sailings leave at six tomorrow morning.\n"
        "TOM HALE, CORRESPONDENT: Ana, the mood at the terminal is one of\n"
        "relief more than celebration. Crews say the deal is a start.\n"
        "RUIZ: Did the company give ground on the rotas?\n"
        "HALE: On two of the three points, yes. The third goes to review.\n"
        "RUIZ: Tom Hale, thank you.\n"
        "(COMMERCIAL BREAK)\n"
        "SEGMENT 2: THE HARBOUR WALL VOTE\n"
        "RUIZ: Welcome back. Councillors have voted to rebuild the harbour wall\n"
        "at a cost of twelve million pounds, paid over ten years.\n"
        "LIN WU, POLITICAL REPORTER: It was close, Ana: nine votes to eight.\n"
        "RUIZ: Lin Wu, thank you. That is the Late Edition. Good night.\n"
    )

    def test_each_segment_heads_its_turns(self):
        headings = [h for h in outline(self.BULLETIN) if h.startswith("h")]
        assert headings[1:] == [
            "h2:SEGMENT 1: THE FERRY STRIKE",
            "h2:SEGMENT 2: THE HARBOUR WALL VOTE",
        ]


class TestACommitteesNumberedQuestions:
    """``Q2 Tom Hale:`` opens a turn however often Tom Hale speaks."""

    EVIDENCE = (
        "Parliament of Westmark › Committees › Transport\n"
        "Oral evidence: Coastal ferry services\n"
        "Tuesday 4 March 2025\n"
        "Members present\n"
        "Ana Ruiz (Chair); Tom Hale; Lin Wu.\n"
        "Examination of witnesses\n"
        "Q1 Chair: Good morning. Mr Brandt, how many sailings were cancelled?\n"
        "Karl Brandt: One in seven, Chair, which is too many.\n"
        "Q2 Tom Hale: Why so many?\n"
        "Karl Brandt: Two of our four ships were in dry dock at the same time.\n"
        "Q3 Lin Wu: Will that happen again?\n"
        "Karl Brandt: No. We have changed the schedule.\n"
        "Q4 Chair: Thank you. We will hold you to that.\n"
    )

    def test_the_questions_are_turns_and_the_labels_headings(self):
        assert (
            outline(self.EVIDENCE)
            == [
                "boilerplate",
                "h1:Oral evidence: Coastal ferry services",
                "boilerplate",
                "h2:Members present",
                "paragraph",
                "h2:Examination of witnesses",
            ]
            + ["paragraph"] * 7
        )


class TestAGeneratorsSmallPrint:
    """What a chat product or a generated page says of itself is a notice."""

    @pytest.mark.parametrize(
        "line",
        [
            "Answers may contain errors. Check important information.",
            "Shared on 3 March 2025. Responses are generated and may contain errors.",
            "[AI-generated summary – not reviewed by an editor]",
            "(Table could not be generated: too few statements were attributed.)",
            "Curated by Quill, our AI news assistant, and checked by the desk.",
            "*This FAQ was generated from the school calendar using an automated tool.*",
            "We test every kettle we review. If you buy through our links, we may"
            " earn a commission.",
        ],
    )
    def test_notice(self, line):
        assert classify(line) == "notice"

    @pytest.mark.parametrize(
        "line",
        [
            "Answers may contain errors in the tally, officials said.",
            "If you buy through the council's website, you pay no booking fee.",
            "Curated by Ana Ruiz, the exhibition opens on Friday.",
        ],
    )
    def test_prose(self, line):
        assert classify(line) is None


class TestATableInABox:
    """A grid table: ``+---+`` borders, a ``+===+`` rule under its header."""

    def test_the_box_is_one_table(self):
        text = (
            "Key figures\n"
            "+-----------+---------+---------+\n"
            "| EUR m     | Q3 2025 | Q3 2024 |\n"
            "+===========+=========+=========+\n"
            "| Revenue   |   412.6 |   388.1 |\n"
            "+-----------+---------+---------+\n"
            "| Profit    |    24.1 |    21.7 |\n"
            "+-----------+---------+---------+\n"
            "\n"
            "The board proposes no dividend for the quarter.\n"
        )
        doc = newsparse.parse(text, normalize=False)
        tables = [n for n in doc.walk() if n.type == "table"]
        assert outline(text) == ["h1:Key figures", "table", "paragraph"]
        assert list(tables[0].header) == ["EUR m", "Q3 2025", "Q3 2024"]
        assert [list(row) for row in tables[0].rows] == [
            ["Revenue", "412.6", "388.1"],
            ["Profit", "24.1", "21.7"],
        ]


class TestALoneMarkersLastItem:
    """The last of a run of lone markers' items stops where a paragraph starts."""

    def test_a_wrapped_paragraph_after_the_list_is_its_own(self):
        text = (
            "MERANDA, Sept 18 (Harbour Wire) – The central bank kept its main\n"
            "rate at 3.75% on Thursday, as expected by most economists, and\n"
            "said it would wait for more data before it moves again.\n"
            "The votes were split as follows:\n"
            "•\n"
            "Hold at 3.75%: Governor Ilse Maren, Deputy Governor Pavel Stern,\n"
            "Tomas Evander and Reet Kaljo\n"
            "•\n"
            "Cut to 3.50%: Miro Vasara and Anja Pellinen\n"
            "Annual consumer price inflation slowed to 2.9% in August from 3.3%\n"
            "in July, the statistics office said last week, the lowest reading\n"
            "since early 2021.\n"
        )
        assert outline(text) == ["paragraph", "paragraph", "list", "paragraph"]


LETTERS = (
    "Home / Opinion / Letters\n"
    "\n"
    "Letters: the ferry timetable and a thank-you\n"
    "\n"
    "The new timetable leaves us stranded\n"
    "Since March the last ferry leaves the island at 6pm. My daughter works\n"
    "until seven on the mainland and now pays for a room twice a week.\n"
    "Is that what the ferry company calls a service?\n"
    "Ruth Okafor, Newcastle upon Tyne\n"
    "\n"
    "A word of thanks to the Osprey's crew\n"
    "When my father fell on the gangway last week, the crew carried him\n"
    "aboard and called ahead for an ambulance. We are grateful.\n"
    "\n"
    "Dr Ian Sefton, Lower Hembry\n"
)


class TestALettersPagesSignatures:
    """A name and a place under a letter sign it."""

    def test_each_signature_is_furniture(self):
        assert outline(LETTERS) == [
            "boilerplate",
            "h1:Letters: the ferry timetable and a thank-you",
            "h2:The new timetable leaves us stranded",
            "paragraph",
            "paragraph",
            "boilerplate",
            "h2:A word of thanks to the Osprey's crew",
            "paragraph",
            "boilerplate",
        ]

    def test_a_title_with_a_comma_alone_is_no_signature(self):
        text = (
            "Harbour Wall, Explained\n"
            "\n"
            "The council has voted to rebuild the wall. Here is what it costs.\n"
        )
        assert outline(text) == ["h1:Harbour Wall, Explained", "paragraph"]


class TestAGuidesContents:
    """A section's title said again in the contents is no speaker's turn."""

    def test_steps_listed_in_the_contents_still_head_their_sections(self):
        steps = [f"Step {n}: {t}" for n, t in enumerate(("Check", "Apply", "Pay"), 1)]
        text = (
            "How to Renew a Permit Online\n"
            "\n"
            "In this guide:\n" + "\n".join(steps) + "\n\n"
            "Renewing takes about twenty minutes if you have your papers ready.\n\n"
        ) + "\n\n".join(
            f"{step}\nYou will need your reference number for this step, and a card."
            for step in steps
        )
        headings = [h for h in outline(text) if h.startswith("h2:")]
        assert headings == [f"h2:{step}" for step in steps]


class TestADataPagesFurniture:
    """A statistics page's path, its labelled fields and its licence."""

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            (
                "Statistics Office of the Western Isles > Labour Market > Releases",
                "navigation",
            ),
            ("Harbour County Fire and Rescue Service › News › Incidents", "navigation"),
            (
                "These statistics are published under the Open Data Licence v3.0.",
                "notice",
            ),
            ("BC-Peru-Port-Strike 1stLd-Writethru 03-11-2025 0915GMT", "release"),
            ("CORRECTED-UPDATE 1-Peru-Port/Strike", "release"),
        ],
    )
    def test_furniture(self, line, kind):
        assert classify(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "These figures are published under embargo until Friday, the ministry said.",
            "UPDATE 1-Port strike ends after nine days, unions say",
        ],
    )
    def test_content(self, line):
        assert classify(line) is None

    def test_labelled_fields_with_pipes_are_no_table(self):
        text = (
            "HOUSE PRICES: MARCH 2025\n"
            "Release date: 16 April 2025 | Next release: 14 May 2025\n"
            "Statistician: Ana Ruiz | prices@stats.example\n"
            "\n"
            "Average prices rose by 2.1% in the year to March.\n"
        )
        assert outline(text) == [
            "h1:HOUSE PRICES: MARCH 2025",
            "boilerplate",
            "boilerplate",
            "paragraph",
        ]


class TestAWritersNoteAtTheFoot:
    """Who wrote the column, closing the page, is furniture."""

    COLUMN = (
        "Why the night bus matters\n"
        "\n"
        "Every town has a night bus that nobody talks about until it goes.\n"
        "\n"
        "{bio}\n"
        "\n"
        "© 2025 The Harbour Gazette\n"
    )

    @pytest.mark.parametrize(
        "bio",
        [
            "Ilse Moran chairs the Harbour Civic Society and runs a bookshop.",
            "*Mara Velden writes about work, pay and the places in between.*",
            "Gwen Harrow's column appears fortnightly.",
            "Dr Femi Adeyemo is a lecturer in transport at Marchfield University.",
        ],
    )
    def test_bio(self, bio):
        assert outline(self.COLUMN.format(bio=bio))[-2:] == ["boilerplate"] * 2

    @pytest.mark.parametrize(
        "line",
        [
            "Marcus Fell has left the depot without speaking to reporters.",
            "Low Cragg is the one to watch.",
            "Slow Fire runs at the Galeria Norte until 29 September.",
            "Dunmarrow Co-operative was founded in 1919 by a group of farmers.",
        ],
    )
    def test_news(self, line):
        assert outline(self.COLUMN.format(bio=line))[-2:] == [
            "paragraph",
            "boilerplate",
        ]


def test_a_signature_may_name_two_writers_and_their_street():
    text = LETTERS.replace(
        "Ruth Okafor, Newcastle upon Tyne",
        "Margaret and Ian Doyle, Orchard Close, Tollby",
    )
    assert outline(text)[5] == "boilerplate"


class TestTablesNotesAndDesks:
    """Two tables a label parts; a note in italics wrapped; an outlet's desk."""

    def test_a_label_between_tables_of_other_widths_parts_them(self):
        text = (
            "Results: Saturday\n"
            "Home | Score | Away\n"
            "---|---|---\n"
            "Ravensby | 1-3 | Harbour City\n"
            "Westerley | 2-0 | Carrick\n"
            "Standings: Top Three\n"
            "Pos | Team | P | W | D | L | Pts\n"
            "1 | Harbour City | 9 | 7 | 1 | 1 | 22\n"
            "2 | Westerley | 9 | 5 | 2 | 2 | 17\n"
        )
        assert outline(text) == [
            "h1:Results: Saturday",
            "table",
            "h2:Standings: Top Three",
            "table",
        ]

    def test_a_note_in_italics_runs_to_its_closing_mark(self):
        text = (
            "Ferries will run all night over the holiday weekend.\n"
            "\n"
            "*This explainer was generated with AI assistance and reviewed by\n"
            "our transport reporter. It sets out both sides and is not an\n"
            "endorsement.*\n"
            "**Tags:** ferries, holidays\n"
        )
        assert outline(text) == ["paragraph", "boilerplate", "boilerplate"]

    def test_references_end_before_a_notice(self):
        text = (
            "The bridge stays shut until the spring.\n"
            "\n"
            "References\n"
            "[1] County Council, bridge inspection update, 4 October 2025.\n"
            "[2] County Council, press statement, 16 October 2025.\n"
            "Content generated by an automated summarising service. Report an\n"
            "error: errors@valleynews.example\n"
        )
        doc = newsparse.parse(text, normalize=False)
        furniture = [n for n in doc.walk() if n.type == "boilerplate"]
        assert [n.kind for n in furniture][:1] == ["references"]
        assert len(furniture) == 2
        assert furniture[1].text.startswith("Content generated")

    @pytest.mark.parametrize(
        "line",
        ["Harbour Wire – Economy – Europe", "Coastal Press Agency — Agriculture"],
    )
    def test_an_outlets_desk_opening_the_page(self, line):
        text = f"{line}\nFeb 3, 2025 10:14 GMT\nPrices rose 2.9% in January, the office said.\n"
        assert outline(text)[0] == "boilerplate"

    def test_a_bodys_report_title_opening_the_page(self):
        text = (
            "Northmoor Development Agency — Annual Review 2024\n"
            "\n"
            "This review covers the agency's fourth full year.\n"
        )
        assert outline(text)[0].startswith("h1:")


class TestATranscriptionToolsTurns:
    """``Name · 00:00:04`` over what was said opens the turn's paragraph."""

    EXPORT = (
        "Market Hours Daily – episode 212\n"
        "\n"
        "Ana Ruiz · 00:00:04\n"
        "Good morning and welcome to Market Hours Daily.\n"
        "Dockworkers at the grain terminal are on the third day of a strike.\n"
        "\n"
        "Ana Ruiz · 00:00:19\n"
        "Tom, how big a deal is this one terminal?\n"
        "\n"
        "Tom Hale · 00:00:22\n"
        "Bigger than it looks.\n"
        "About a fifth of the region's grain goes through it.\n"
        "\n"
        "Unknown Speaker · 00:06:31\n"
        "Hi, long-time listener. Do you think the union gets what it wants?\n"
        "\n"
        "Tom Hale · 00:06:37\n"
        "I would not bet against them.\n"
    )

    def test_each_turn_is_one_paragraph(self):
        doc = newsparse.parse(self.EXPORT, normalize=False)
        turns = [p.text.split("\n")[0] for p in doc.paragraphs()]
        assert turns == [
            "Ana Ruiz · 00:00:04",
            "Ana Ruiz · 00:00:19",
            "Tom Hale · 00:00:22",
            "Unknown Speaker · 00:06:31",
            "Tom Hale · 00:06:37",
        ]
        assert not [h for h in outline(self.EXPORT) if "·" in h and h.startswith("h")]


def test_turns_in_capitals_under_a_colon_are_no_terms():
    text = (
        "The exchange that drew most attention came near the end:\n"
        "\n"
        "CASTELLANE: Mr Pettifer, if the answer is staff, why has the authority\n"
        "underspent its budget two years running?\n"
        "\n"
        "PETTIFER: That is a fair question, and I do not have a full answer\n"
        "for you today.\n"
    )
    assert outline(text) == ["paragraph"] * 3


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Transcripts are produced from the broadcast audio and may contain errors.",
            "notice",
        ),
        (
            "Listwell transcripts are machine-generated and may not be fully accurate.",
            "notice",
        ),
        (
            "This tracker is for general information and is not financial advice.",
            "notice",
        ),
        ("This answer was corrected on 21 May 2025. The figure read 1,072.", "notice"),
        (
            "The transcripts are sealed and may be released in 2030, the court said.",
            None,
        ),
    ],
)
def test_a_transcripts_and_a_trackers_own_notes(line, kind):
    assert classify(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("FIRE-DEPOT/EVACUATION (MNA) 3 April 2025 07:41 GMT", "release"),
        ("AGR-GRAIN/EXPORTS (NPA) -- 402 words", "release"),
        ("NPA 0412 GMT 14 MAY 2025", "release"),
        ("Moderated by Priya Anand, Opinion Editor", "byline"),
        ("Hosted by Colm Reyes, with guest Dr Hanne Vestergaard", "byline"),
        (
            "Correction (19 September): An earlier version gave the wrong date.",
            "notice",
        ),
        ("Corrections (Clause 2): A significant inaccuracy must be put right.", None),
    ],
)
def test_wire_codes_credits_and_corrections(line, kind):
    assert classify(line) == kind


def test_a_sign_off_with_a_title_of_its_own():
    text = (
        "That's all for today.\n\n— Priya Raman, Editor\n\nGot a tip? Just hit reply.\n"
    )
    assert outline(text)[:2] == ["paragraph", "boilerplate"]


def test_a_voice_heard_once_among_three_turns_opens_its_turn():
    text = (
        "Ana Ruiz · 00:00:04\nGood morning.\n\n"
        "Tom Hale · 00:00:22\nBigger than it looks.\n\n"
        "Ana Ruiz · 00:00:31\nThank you, Tom.\n"
    )
    assert outline(text) == ["paragraph"] * 3
