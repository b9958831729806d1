"""Block parse: headings, paragraphs, lists and tables from line conventions."""

from __future__ import annotations

import pytest
import regex
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

import newsparse
from newsparse import ListBlock, Paragraph, Section, Table
from newsparse.blocks import wrapping
from newsparse.blocks.furniture import classify
from newsparse.blocks.headings import looks_like_heading
from newsparse.blocks.lines import is_blank, split_words, stripped_lines


def kinds(text, **kwargs):
    """Top-level node types of the raw parse, sections shown by heading level."""
    doc = newsparse.parse(text, normalize=False, **kwargs)
    out = []
    for node in doc.walk():
        if isinstance(node, Section):
            out.append(f"h{node.heading.level}:{node.heading.text}")
        elif node.type in {"paragraph", "list", "table"}:
            out.append(node.type)
    return out


class TestHeadings:
    def test_plain_heading_opens_a_section(self):
        """A short title-like line followed by text is a level-2 heading."""
        text = "Opening paragraph of the story.\nTalks Resume in Geneva\nBody text."
        assert kinds(text) == ["paragraph", "h2:Talks Resume in Geneva", "paragraph"]

    def test_title_at_the_top_is_level_one(self):
        """A heading on the very first line is the article's title."""
        doc = newsparse.parse(
            "Markets Rally After Vote\nStocks rose.\nMore Detail\nText."
        )
        assert doc.title == "Markets Rally After Vote"
        assert kinds("Markets Rally After Vote\nStocks rose.\nMore Detail\nText.") == [
            "h1:Markets Rally After Vote",
            "paragraph",
            "h2:More Detail",
            "paragraph",
        ]

    @pytest.mark.parametrize(
        ("line", "is_heading"),
        [
            ("In Summary", True),
            ("Analyzing the Context: Historical Precedents", True),
            ("What Led To The Decision?", True),
            ("What happens now?", False),
            ("The talks ended without a deal.", False),
            ("Key points include:", False),
            ("lower case start of a line", False),
            ("Topic | Some Topic", False),
            ("2024", False),
            (
                "One two three four five six seven eight nine ten eleven twelve 13 14 15",
                False,
            ),
        ],
    )
    def test_plain_heading_rule(self, line, is_heading):
        """looks_like_heading accepts short title lines and rejects prose."""
        assert looks_like_heading(line, 14) is is_heading

    def test_short_last_line_is_not_a_heading(self):
        """A short line that ends the text introduces nothing."""
        assert kinds("Some opening text here.\nLessons for Next Year") == [
            "paragraph",
            "paragraph",
        ]

    def test_markdown_headings_nest_sections(self):
        """ATX levels give nested sections; closing hashes are markup."""
        text = "# Title\n\nIntro.\n\n## Part One ##\n\nText.\n\n### Detail\n\nMore.\n\n## Part Two\n\nEnd."
        doc = newsparse.parse(text, normalize=False)
        title = doc.children[0]
        assert isinstance(title, Section)
        assert [c.heading.text for c in title.children if isinstance(c, Section)] == [
            "Part One",
            "Part Two",
        ]
        part_one = title.children[1]
        assert isinstance(part_one, Section)
        assert part_one.children[1].heading.text == "Detail"

    def test_setext_and_bold_headings(self):
        """Setext === is level 1, --- is 2; a bold line is a heading."""
        text = "Big Title\n=========\nIntro.\nSub Part\n--------\nText.\n**Bold Part**\nText."
        assert kinds(text) == [
            "h1:Big Title",
            "paragraph",
            "h2:Sub Part",
            "paragraph",
            "h2:Bold Part",
            "paragraph",
        ]

    def test_plain_headings_can_be_switched_off(self):
        """ParseOptions(plain_headings=False) keeps short lines as paragraphs."""
        options = newsparse.ParseOptions(plain_headings=False)
        assert kinds("Short Line\nBody.", options=options) == ["paragraph", "paragraph"]

    def test_heading_span_covers_markup(self):
        """A heading's span includes its # markers; its text does not."""
        text = "## Markets Today\nText."
        heading = newsparse.parse(text).sections()[0].heading
        assert heading.span.slice(text) == "## Markets Today"
        assert heading.text == "Markets Today"


class TestParagraphs:
    def test_each_line_is_a_paragraph(self):
        """One line is one paragraph, blank lines or not."""
        assert (
            kinds("First line here.\nSecond line here.\n\nThird.") == ["paragraph"] * 3
        )

    def test_whitespace_only_lines_give_no_block(self):
        """A line of NBSP and zero-width characters holds no paragraph."""
        assert kinds("Text one.\n\u00a0\u200b\nText two.") == ["paragraph", "paragraph"]

    def test_indented_line_keeps_its_text(self):
        """Indentation is not a code block in news text."""
        doc = newsparse.parse("    Indented text line.", normalize=False)
        assert doc.children[0].text == "Indented text line."


class TestLists:
    def test_markers(self):
        """Each bullet marker style starts a list item."""
        for marker in ["-", "*", "+", "•", "–", "▸"]:
            doc = newsparse.parse(f"{marker} First item\n{marker} Second item")
            (block,) = doc.children
            assert isinstance(block, ListBlock)
            assert not block.ordered
            assert [i.text for i in block.items] == ["First item", "Second item"]

    def test_ordered_markers(self):
        """1. and 1) make ordered lists."""
        for marker in [".", ")"]:
            doc = newsparse.parse(f"1{marker} one thing\n2{marker} another thing")
            (block,) = doc.children
            assert isinstance(block, ListBlock)
            assert block.ordered
            assert [i.text for i in block.items] == ["One thing", "Another thing"]

    def test_nesting_by_indentation(self):
        """Deeper items form a sub-list inside the item above."""
        text = "- Top one\n  - Inner a\n  - Inner b\n    - Deepest\n- Top two"
        (block,) = newsparse.parse(text).children
        assert isinstance(block, ListBlock)
        assert [i.text for i in block.items] == ["Top one", "Top two"]
        inner = block.items[0].children[0]
        assert isinstance(inner, ListBlock)
        assert [i.text for i in inner.items] == ["Inner a", "Inner b"]
        deepest = inner.items[1].children[0]
        assert isinstance(deepest, ListBlock)
        assert deepest.items[0].text == "Deepest"
        assert block.items[0].span.slice(text) == text[: text.index("\n- Top two")]

    def test_continuation_line_joins_the_item(self):
        """An indented line without a marker continues the item."""
        text = "- First item starts\n  and goes on here\n- Second"
        (block,) = newsparse.parse(text).children
        assert isinstance(block, ListBlock)
        assert block.items[0].text == "First item starts and goes on here"

    def test_blank_lines_between_items(self):
        """Blank lines between items keep one list."""
        (block,) = newsparse.parse("- one\n\n- two\n\n\n- three").children
        assert isinstance(block, ListBlock)
        assert len(block.items) == 3

    def test_terms(self):
        """Term: description and Term – description set term; prose does not."""
        text = (
            "- Crimea: Annexed in 2014.\n- Cold War – A long stalemate.\n"
            "- A sentence, with a comma: not a term.\n- No term at all"
        )
        (block,) = newsparse.parse(text).children
        assert isinstance(block, ListBlock)
        assert [i.term for i in block.items] == ["Crimea", "Cold War", None, None]
        assert block.items[0].description == "Annexed in 2014."
        assert block.items[1].description == "A long stalemate."

    def test_not_a_marker(self):
        """-5% and **bold** do not start lists."""
        assert kinds("-5% on the day was recorded.") == ["paragraph"]


class TestTables:
    def test_seed_style_table(self):
        """Header, delimiter row, rows with trailing pipes."""
        text = "Issue | Stance |\n---|---|\nTariffs | Opposed |\nQuotas | Open |"
        (table,) = newsparse.parse(text).children
        assert isinstance(table, Table)
        assert table.header == ("Issue", "Stance")
        assert table.rows == (("Tariffs", "Opposed"), ("Quotas", "Open"))
        assert table.span.slice(text) == text

    def test_outer_pipes_and_alignment(self):
        """Leading and trailing pipes and alignment colons are markup."""
        text = "| A | B |\n|:--|--:|\n| 1 | 2 |"
        (table,) = newsparse.parse(text).children
        assert isinstance(table, Table)
        assert table.rows == (("1", "2"),)

    def test_no_delimiter_row(self):
        """Two pipe lines of two or more cells make a table without a delimiter."""
        (table,) = newsparse.parse("Name | Role\nAna | Chair\nBo | Member").children
        assert isinstance(table, Table)
        assert table.header == ("Name", "Role")
        assert len(table.rows) == 2

    def test_single_pipe_line_is_not_a_table(self):
        """A single line with a pipe is prose, or a category line; never a table."""
        prose = "It starts.\n\nIt goes on.\n\nCapacity | Offshore Wind\nAnd on."
        doc = newsparse.parse(prose)
        assert [b.type for b in doc.children] == ["paragraph"] * 4
        doc = newsparse.parse("Capacity | Offshore Wind\nThe story goes on here.")
        assert [b.type for b in doc.children] == ["boilerplate", "paragraph"]
        doc = newsparse.parse("Topic | Some Topic\nThe story goes on here.")
        assert [b.type for b in doc.children] == ["boilerplate", "paragraph"]
        assert doc.boilerplate()[0].kind == "tags"

    def test_ragged_rows_padded_and_kept(self):
        """Short rows are padded with empty cells; extra cells are kept."""
        text = "A | B | C\n---|---|---\n1 | 2\n1 | 2 | 3 | 4"
        (table,) = newsparse.parse(text).children
        assert isinstance(table, Table)
        assert table.rows == (("1", "2", ""), ("1", "2", "3", "4"))
        assert table.records()[0] == {"A": "1", "B": "2", "C": ""}

    def test_escaped_pipe_and_blank_cells(self):
        """An escaped pipe stays in its cell; blank cells are empty strings."""
        text = "A | B | C\n---|---|---\nx \\| y | | z\n| | only"
        (table,) = newsparse.parse(text).children
        assert isinstance(table, Table)
        assert table.rows == (("x | y", "", "z"), ("", "only", ""))

    def test_column_lookup(self):
        """Table.column finds a column by header, case-insensitively."""
        (table,) = newsparse.parse(
            "Issue | Stance\n---|---\nTariffs | Opposed"
        ).children
        assert isinstance(table, Table)
        assert table.column("stance") == ["Opposed"]
        with pytest.raises(KeyError, match="no column"):
            table.column("Actor")


class TestSections:
    def test_blocks_before_first_heading_sit_under_document(self):
        """Paragraphs before any heading are document children."""
        doc = newsparse.parse("Lead paragraph text.\nA Heading Here\nBody.")
        assert isinstance(doc.children[0], Paragraph)
        assert isinstance(doc.children[1], Section)

    def test_section_span_runs_to_last_child(self):
        """A section spans from its heading to the end of its last block."""
        text = "Lead text.\nA Heading Here\nBody one.\nBody two.\n"
        section = newsparse.parse(text).sections()[0]
        assert section.span.slice(text) == "A Heading Here\nBody one.\nBody two."

    def test_section_lookup(self):
        """Document.section finds by exact heading, then by substring."""
        doc = newsparse.parse("Lead.\nFirst Part Here\nA.\nIn Summary\nB.")
        summary = doc.section("in summary")
        assert summary is not None
        assert summary.title == "In Summary"
        first = doc.section("First Part")
        assert first is not None
        assert first.title == "First Part Here"
        assert doc.section("Nothing") is None


class TestHeadingVariants:
    def test_title_label_before_a_list_is_a_heading(self):
        """A short Title Case line ending in ':' that opens a list is a heading."""
        text = "Voters head to the polls today.\nKey Races to Watch:\n- Ohio: close\n- Texas: safe"
        assert kinds(text) == ["paragraph", "h2:Key Races to Watch:", "list"]

    def test_sentence_ending_in_a_colon_stays_a_paragraph(self):
        """A sentence-case line ending in ':' before a list is a paragraph."""
        text = "Voters head to the polls today.\nKey points of contention include:\n- Ohio: close"
        assert kinds(text) == ["paragraph", "paragraph", "list"]

    def test_title_label_not_before_a_list_stays_a_paragraph(self):
        """The label rule needs a list or table after it."""
        assert kinds("Intro text here.\nKey Races to Watch:\nOhio is close.") == [
            "paragraph",
            "paragraph",
            "paragraph",
        ]

    def test_numbered_heading_before_prose(self):
        """A lone numbered Title Case line followed by prose is a heading."""
        text = "Intro text here.\n1. Territorial Disputes\nThe talks stalled.\n2. Trade and Energy\nPrices rose."
        assert kinds(text) == [
            "paragraph",
            "h2:1. Territorial Disputes",
            "paragraph",
            "h2:2. Trade and Energy",
            "paragraph",
        ]

    def test_numbered_list_stays_a_list(self):
        """Consecutive numbered lines, even title-cased, are a list."""
        text = (
            "Steps ahead:\n1. Free Ferry Travel\n2. Housing Fund\nThe plan costs money."
        )
        assert kinds(text) == ["paragraph", "list", "paragraph"]

    def test_numbered_sentence_stays_an_item(self):
        """A lone numbered sentence is a list item, not a heading."""
        assert kinds(
            "Intro text here.\n1. The talks stalled on Monday.\nMore text."
        ) == [
            "paragraph",
            "list",
            "paragraph",
        ]


class TestLineHelpers:
    """The fast helpers read lines as the regular expressions they replace do."""

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "   ",
            "Key Races to Watch",
            "  tabs\tand  spaces  ",
            "nbsp\u00a0and\u3000ideographic\u2009thin",
            "zero\u200bwidth and\u2060joiner\ufeff",
            "separators\x1cin\x1dthe\x1eline\x1f here",
            "next line\x85and\u2028breaks",
        ],
    )
    def test_split_words_matches_the_regex(self, text):
        assert split_words(text) == regex.findall(r"\S+", text)

    def test_stripped_lines_without_the_split_lines(self):
        """A parser run on its own (no lines in ``env``) strips the same lines."""
        md = MarkdownIt("zero")
        text = "a\n \u00a0\n  b  \n"
        state = StateBlock(text, md, {}, [])
        assert stripped_lines(state) == ["a", "", "b", ""]
        assert [is_blank(state, n) for n in range(state.lineMax)] == [
            False,
            True,
            False,
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "  ",
            "the",
            "The",
            "ähnlich",
            "Ärger",
            "ǅ",
            "ª",
            "1st",
            "  # Title",
            "#tag",
            "| a |",
            "**Bold**",
            "__x__",
            "- - -",
            "  ===",
            "-5%",
            "*a*",
            "=x",
        ],
    )
    def test_first_character_tests_match_the_patterns(self, text):
        assert wrapping.starts_lower(text) == bool(wrapping._LOWER_START.match(text))
        assert wrapping.opens_block(text) == bool(wrapping._BLOCK_START.match(text))


class TestWrapWidth:
    def test_lines_holding_web_addresses_do_not_set_the_width(self):
        from newsparse.blocks.lines import LINES, split_lines

        src = (
            "Rail Strike Called Off\n\n"
            "Rail unions called off a weekend strike on Friday after the operator\n"
            "improved its pay offer, ending a dispute that threatened trains since\n"
            "2024. Commuters said reliability, not pay, was what they cared about\n"
            "most, and that the service had been poor for much of the last year.\n\n"
            "Documents: https://example.org/documents/2026/rail-dispute/offer-final.pdf\n"
            "Statement: https://example.org/press/2026/rail-dispute/union-statement.htm\n"
            "Timeline: https://example.org/press/2026/rail-dispute/timeline-of-events\n"
        )
        state = StateBlock(src, MarkdownIt("zero"), {LINES: split_lines(src)}, [])
        assert wrapping.wrap_width(state) == 69


class TestFuzzFindings:
    def test_a_lone_quote_mark_under_a_label_does_not_crash(self):
        """Found by the fuzz target: a line that is only a quotation mark,
        under a line ending in ':', emptied the item test's text."""
        for text in (
            'Key points:\n"\n',
            'The plan has parts:\n"\n"\n',
            "Notes:\nA – b\n'\n",
        ):
            doc = newsparse.parse(text)
            assert '"' in doc.to_text() or "'" in doc.to_text()

    def test_a_dotted_name_counts_only_whole_words(self):
        """Found by the fuzz target: 'Eaba.Eab' counted inside 'Eaba.EabS'
        kept it whole once, then split it on a second run."""
        text = ".Sa.SaS:aa.\x1f[Eaba.EabS:aa.\x1f[Eaba.Eab"
        once = newsparse.normalize(text)
        assert newsparse.normalize(once) == once
        assert newsparse.normalize("One.Tel fell. Later One.Tel rose.") == (
            "One.Tel fell. Later One.Tel rose."
        )

    def test_a_vote_word_glued_to_a_sentence_end_is_left_alone(self):
        """Found by the fuzz target (session 7): the vote capitalised a word
        glued to '!' after the punctuation rule had run, so a second run
        inserted a space."""
        text = (
            "\nyyYyy+Q y\x1cy+Q\nYyy U\nyyy\x0c%%%%%\x00\x00#######yyy+\x07yy"
            "\x0cyYy!yyy+Q\nYyy y\x1cy+Q\nYyy\x0c"
        )
        once = newsparse.normalize(text)
        assert newsparse.normalize(once) == once
        prose = "Reeve won. Fans cheered for Reeve again!reeve thanked them."
        assert newsparse.normalize(prose) == prose

    def test_a_line_of_separators_under_sentence_lines_does_not_crash(self):
        """Found by the fuzz target (session 8): a group of sentence lines
        ending on a line of "\x1f", which str.split takes for white space,
        sent an empty first word to the furniture classifier."""
        text = (
            "\x00\x00\x00\x00\x00\x00\x00U?\nk\nU\n\nU?\nU?\n\n1U?\n"
            "-\x00\x00\x00\x00U?\n\n1U?\n ?\n  ?\n\x1f\n\n#yh"
        )
        assert "#yh" in newsparse.parse(text).to_text()
        assert classify("\x1f") is None

    def test_a_long_line_of_separators_has_no_last_word(self):
        """Found by the fuzz target (session 8): a long line of "\x1f" over a
        line starting with a capital had no last word to look up."""
        separators = "\x1f" * 65
        text = (
            separators
            + "\nX?\nA\x7f\x7f\x7f\x7f\x7f\x7fy\x05?\n\x05\x05\x05\x05\x05?\nyh"
        )
        raw = newsparse.parse(text, normalize=False).to_text()
        assert raw.startswith(separators)
        assert raw.rstrip().endswith("yh")
