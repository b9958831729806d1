"""Hostile and broken input: no hang, no crash, no lost text.

Time is checked without wall-clock constants: each input is parsed at two
sizes, and doubling the size may at most triple the time (linear work
doubles it, quadratic work quadruples it); the larger run is also compared
with an ordinary article of the same size.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable

import pytest

import newsparse

from ..helpers import ARTICLES, read_article

ORDINARY = "\n".join(read_article(p) for p in sorted(ARTICLES.glob("*.txt")))


def ordinary(size: int) -> str:
    """Ordinary article text of about ``size`` characters."""
    return (ORDINARY * (size // len(ORDINARY) + 1))[:size]


def best_time(text: str) -> float:
    """The best of two parse times of ``text`` (less noise than one)."""
    times = []
    for _ in range(2):
        start = time.perf_counter()
        newsparse.parse(text)
        times.append(time.perf_counter() - start)
    return min(times)


HOSTILE: dict[str, Callable[[int], str]] = {
    "comma-separated letters": lambda n: "a," * (n // 2),
    "bare pipes": lambda n: "|" * n,
    "one long token": lambda n: "x" * n,
    "dotted token": lambda n: "a.b." * (n // 4),
    "colons": lambda n: "ab:cd" * (n // 5),
    "at signs": lambda n: "x@y." * (n // 4),
    "url schemes": lambda n: "http:" * (n // 5),
    "blank lines": lambda n: "\n" * n,
    "mixed line breaks": lambda n: "a\r\nb\rc\u2028d\n" * (n // 9),
    "short title lines": lambda n: "Short Title Line\n" * (n // 17),
    "lower-case sentences": lambda n: "the talks ended. " * (n // 17),
    "pipe rows": lambda n: "a | b\n" * (n // 6),
    "escaped line breaks": lambda n: "a\\n" * (n // 3),
    "mojibake": lambda n: "Itâ€™s " * (n // 7),
    "boilerplate lines": lambda n: "Read more:\nShare this article\n" * (n // 30),
    # Page furniture, then lines that may be a title: whether only furniture
    # came before is asked on every such line.
    "furniture then title lines": lambda n: (
        "Share this article\n" * (n // 38) + "Short Title Line\n" * (n // 34)
    ),
    "question lines": lambda n: "Who can apply?\nAny resident.\n" * (n // 29),
    "lone markers": lambda n: "-\n" * (n // 2),
    # Letters that full case folding reads as ligatures ("ff" as "ﬀ"): a
    # caption pattern once backtracked exponentially on such a line.
    "ligature letters in brackets": lambda n: (
        ("(c" + "f" * 300 + ")\n[" + "s" * 300 + "]\n(" + "fi" * 150 + ")\n")
        * (n // 910)
    ),
    "mid-sentence breaks": lambda n: "word\nword\n" * (n // 10),
    # Every byline's name is remembered, to tell its author's biography; a
    # document of many articles must not try them all on every line.
    "many bylines": lambda n: "".join(
        f"By Ana {_letters(i)}\nIt met.\n" for i in range(n // 24)
    ),
    # A pull quote is looked for in the text above it: a text of many must
    # not search all of it each time.
    "pull quotes": lambda n: (
        "Told six weeks.\n"
        + "\u201cTold six weeks\u201d\n\u2013 Ada Reece\n" * (n // 30)
    ),
    "indented list": lambda n: "\n".join(
        " " * (i % 400) + "- item" for i in range(n // 207)
    ),
}


def _letters(number: int) -> str:
    """A distinct capitalised word for each number: 0 → "Aaaa", 1 → "Aaab"."""
    word = ""
    for _ in range(4):
        number, digit = divmod(number, 26)
        word = chr(ord("a") + digit) + word
    return word.capitalize()


ATTEMPTS = 3  # a busy machine can slow one timing; quadratic work fails every one


@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_time_is_linear_in_size(make):
    """Doubling a hostile input at most triples its parse time.

    Linear work doubles it and quadratic work quadruples it. Wall-clock time
    is noisy on a shared machine, so the measurement is repeated: a linear
    parser passes one of the attempts, a quadratic one fails them all.
    """
    small, large = make(50_000), make(100_000)
    newsparse.parse(small)  # warm caches and imports
    seen = []
    for _ in range(ATTEMPTS):
        t_small, t_large = best_time(small), best_time(large)
        t_ordinary = best_time(ordinary(len(large)))
        seen.append((t_small, t_large, t_ordinary))
        if t_large <= 3 * t_small + 0.05 and t_large <= 60 * t_ordinary + 0.05:
            return
    pytest.fail(f"not linear in {ATTEMPTS} attempts (small, large, ordinary): {seen}")


@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_no_text_is_lost(make):
    """Every non-space character of a hostile input is inside some leaf span."""
    text = make(20_000)
    doc = newsparse.parse(text, normalize=False)
    covered = bytearray(len(text))
    for node in doc.walk():
        if isinstance(
            node,
            (
                newsparse.Paragraph,
                newsparse.Heading,
                newsparse.Item,
                newsparse.Table,
                newsparse.Boilerplate,
            ),
        ):
            covered[node.span.start : node.span.end] = b"\x01" * len(node.span)
    for repair in doc.repairs:  # a decoded "\\n" is a line break: layout
        if repair.rule == "literal_newline":
            covered[repair.start : repair.end] = b"\x01" * (repair.end - repair.start)
    lost = {
        c
        for i, c in enumerate(text)
        if not covered[i] and not c.isspace() and c not in "-|\u2028"
    }
    assert lost == set()


class TestStrangeCharacters:
    def test_every_general_category(self):
        """A text with a character of every Unicode general category parses."""
        seen: dict[str, str] = {}
        for code in range(0x110000):
            category = unicodedata.category(chr(code))
            seen.setdefault(category, chr(code))
        text = " ".join(seen.values()) + "\n" + "".join(seen.values())
        doc = newsparse.parse(text)
        assert newsparse.Document.from_dict(doc.to_dict()) == doc

    @pytest.mark.parametrize(
        "text",
        [
            "lone \ud800 surrogate and \udfff another",
            "nul \x00 and control \x01\x02\x1b characters, then text",
            "RTL: مرحبا بالعالم, then שלום, mixed with text.",
            "combining: e\u0301 a\u0308 o\u0302\u0323 n\u0303.",
            "\ufeff\u200b\u200d\u2060 invisible characters \u00ad soft hyphen",
        ],
    )
    def test_odd_characters_parse_and_round_trip(self, text):
        """Surrogates, NUL, controls, RTL and combining marks neither crash nor vanish."""
        doc = newsparse.parse(text)
        assert newsparse.Document.from_dict(doc.to_dict()) == doc
        raw = newsparse.parse(text, normalize=False)
        kept = "".join(p.text for p in raw.paragraphs())
        assert [
            c for c in text if not c.isspace() and c not in "\ufeff\u200b\u2060"
        ] == [c for c in kept if not c.isspace() and c not in "\ufeff\u200b\u2060"]


class TestBigTables:
    def test_many_rows(self):
        """A 100,000-row table keeps every row."""
        text = "A | B\n---|---\n" + "\n".join(f"{i} | v{i}" for i in range(100_000))
        (table,) = newsparse.parse(text, normalize=False).tables()
        assert len(table.rows) == 100_000
        assert table.rows[-1] == ("99999", "v99999")

    def test_many_columns(self):
        """A 2,000-column table keeps every column."""
        header = " | ".join(f"h{i}" for i in range(2000))
        text = (
            header + "\n" + "|".join(["---"] * 2000) + "\n" + header.replace("h", "c")
        )
        (table,) = newsparse.parse(text).tables()
        assert len(table.header) == 2000
        assert table.rows[0][-1] == "c1999"


class TestFuzzFindings:
    def test_bold_marks_beside_a_bracket_pair_do_not_recurse(self):
        """Found by the fuzzer (session 14): ``(c) [1] … **`` was read again forever."""
        line = (
            "(c) [1] Fell Regional Assembly, Draft Housing Plan, Political Reporter**"
        )
        doc = newsparse.parse(f"{line}\n\nThe plan was approved on Monday.\n")
        assert line in "".join(
            node.text for node in doc.walk() if hasattr(node, "text")
        )


def test_sentence_case_settles_when_its_own_capital_changes_what_follows() -> None:
    """Found by the fuzz target: ``t`` made ``T`` over a question in capitals
    put that question in a run of capitals, whose end starts a sentence, so a
    second ``normalize`` capitalised the ``l`` after it."""
    text = ".\nt\nWILL E S?\nl"
    once = newsparse.normalize(text)
    assert newsparse.normalize(once) == once
