"""Quality of ``newsparse.normalize``: harm done to clean text, repair of artefacts.

    python benchmarks/normalize_quality.py [--cache DIR] [--extra DIR]
        [--background] [--half odd|even] [--other wiki|newspaper] [--seed 1]
        [--rounds 3] [--examples 30] [--json]

Corpus. The 50 ABC news articles of ``gensim/test/test_data/lee.cor`` (one
article a line), read straight out of gensim's wheel, which is downloaded once
with ``pip download`` into the cache directory (default
``~/.cache/newsparse-bench``) and never installed; plus the clean texts of
``benchmarks/data/clean-*.txt`` and of every ``--extra DIR/*.txt``. With
``--background`` the 300 ABC articles of ``lee_background.cor`` from the same
wheel (360 KB) join them, so that one edit weighs 0.25 per 100,000
characters instead of 3 and the do-no-harm target can be told apart. With
``--half odd`` or ``--half even`` the corpus is only the odd-numbered (dev)
or even-numbered (held-out) articles of ``lee_background.cor``: design rules
on one half and check them on the other. With ``--other`` as well, the
half is taken of that corpus instead (its odd- or even-numbered documents,
counted from 1). A text
file is one document; its paragraphs are separated by blank lines and the
lines of a paragraph are joined with a space.

Each document is normalised the way ``newsparse.parse`` does it: all its
paragraphs at once (``Normalizer.explain_many`` with every paragraph running
text and starting a sentence), the document vote taken over all of them and
retaken until it settles. For a one-paragraph document (every lee.cor
article) that is exactly ``normalize_and_explain(text, block_start=True)``.

Do no harm. Every edit made on the clean texts is counted, per rule, per
100,000 characters. The lee.cor lines keep some double spaces after a full
stop, which the whitespace rule rightly collapses, so the target is set on the
"case + punctuation" figure: edits whose rule is anything but ``whitespace``.

Repair. A seeded ``random.Random`` damages copies of the clean texts with the
artefact types below, several per document, at non-overlapping places (each
injection owns a small footprint of text around it), and records each one:

a. missing space after a comma before a letter (``a, b`` → ``a,b``; not after
   a URL or e-mail address, where a comma may belong to the address);
b. missing space after a full stop that ends a sentence (``end. Next`` →
   ``end.Next``): the stop follows a lower-case letter or digit, one space
   and a capital followed by a lower-case letter follow it, and the word
   before it is no abbreviation (``Mr.``, ``a.m.``, ``Jan.``) nor dotted
   (``Node.js``, ``example.com``);
c. lower-cased first letter of a sentence inside a paragraph, at the same
   kind of boundary (``.``, ``!`` or ``?``, closing quotes allowed after
   ``.``), where the first word is a capital and lower-case letters;
d. lower-cased first letter of a paragraph;
e. lower-cased first letter of a list item: whole sentences of the document
   become the items of a ``- item`` list, which ``newsparse.parse`` reads;
f. one mid-sentence occurrence of a capitalised word lower-cased, where the
   document writes that word capitalised mid-sentence at least twice (not at
   a sentence or quotation start; after ``Mr.`` counts as mid-sentence). Words
   of the stop list (``data/common_words.txt``: "the Government" may as well
   be "the government") and words the built-in lexicon already knows (type g)
   are not used, so this type measures the document vote;
g. a country or national-capital name (the first sections of
   ``data/places.txt``) written mid-sentence, lower-cased whole
   (``Australia`` → ``australia``, ``New Delhi`` → ``new delhi``). Documents
   that name no such place get none; the counts are reported.

Scoring. The normaliser changes only case and white space, so the clean
text, the damaged text and both normalised texts share one skeleton: the
sequence of their non-space characters. Positions are compared as *slots*:
the case of the k-th non-space character, and the white space in the k-th
gap between non-space characters. A *change* is a slot whose value in the
normalised damaged text differs from the damaged text.

* recall of a type = injections whose every slot is back to the clean
  text's value ÷ injections of that type;
* precision = changes that restore an injected slot to its clean value ÷ all
  changes, leaving out the changes the normaliser also makes, identically, to
  the same slot of the clean text (chiefly the double spaces of lee.cor;
  any false positives among them are what "do no harm" counts). A change to
  an injected slot that does not restore it counts against precision.

Each round uses ``random.Random(seed + round)``; recall and precision are the
means over the rounds. Targets: at most 1 case + punctuation edit per 100,000
characters of clean text; recall ≥ 97 % for every type; precision ≥ 99 %.
"""

from __future__ import annotations

import argparse
import bz2
import html
import json
import random
import re
import statistics
import subprocess
import sys
import tarfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import newsparse
from newsparse import Edit, ListBlock, NormalizeOptions, Section
from newsparse.normalizer import RULES, Explained, Normalizer
from newsparse.normalizer.lexicon import builtin_lexicon, load_words

HERE = Path(__file__).resolve().parent
OWN_DATA = HERE / "data"
DEFAULT_CACHE = Path.home() / ".cache" / "newsparse-bench"
GENSIM = "gensim==4.4.0"
LEE_MEMBER = "gensim/test/test_data/lee.cor"
BACKGROUND_MEMBER = "gensim/test/test_data/lee_background.cor"
WIKI_MEMBER = (
    "gensim/test/test_data/enwiki-latest-pages-articles1.xml-p000000010p000030302"
    "-shortened.bz2"
)
NEWSPAPER = "newspaper4k==0.9.6"
# The English articles among newspaper4k's expected extraction texts.
NEWSPAPER_ARTICLES = (
    *("article_with_br", "article_with_divs", "cleveland.com1", "cnn_001"),
    *("cnn_002", "cnn_article", "cnn_test_nlp", "fox13now_001", "time_001"),
    *("video_article_01", "video_article_02", "wired_001"),
)
OTHER_SOURCES = ("wiki", "newspaper")

TARGET_HARM = 1.0  # case + punctuation edits per 100,000 characters, at most
TARGET_RECALL = 0.97
TARGET_PRECISION = 0.99

KINDS: dict[str, str] = {
    "a": "missing space after comma",
    "b": "missing space after full stop",
    "c": "lower-cased sentence start",
    "d": "lower-cased paragraph start",
    "e": "lower-cased list-item start",
    "f": "lower-cased proper noun (vote)",
    "g": "lower-cased country/capital",
}
# How many of each type one document receives at most (e: list items built
# from its sentences; the others inside its paragraphs).
QUOTA = {"a": 3, "b": 2, "c": 2, "d": 2, "e": 2, "f": 1, "g": 2}
# The order injections are placed in: the scarce kinds first; b and c compete
# for the same sentence boundaries, so their order is drawn per document.
PLACING_ORDER = ("f", "g", "d", "bc", "a")

_INVISIBLE = "\u200b\u2060\ufeff"
_OPENERS = "\"'“‘(["
_CLOSERS = "\"'”’)]"
_OWN_ABBREVIATIONS = (
    "mr mrs ms dr st jr sr gen col lt sgt gov sen rep rev prof inc ltd co corp"
    " vs etc no nos jan feb mar apr jun jul aug sep sept oct nov dec"
    " mon tue wed thu fri sat sun approx dept est fig vol"
)


def _is_space(char: str) -> bool:
    return char.isspace() or char in _INVISIBLE


def _is_letter(char: str) -> bool:
    return char.isalpha()


# --------------------------------------------------------------------------
# Corpus


@dataclass
class Document:
    name: str
    source: str  # "lee.cor", "own" or "extra"
    paragraphs: list[str]

    @property
    def chars(self) -> int:
        return sum(len(p) for p in self.paragraphs)


def _download_wheel(cache: Path) -> Path:
    cache.mkdir(parents=True, exist_ok=True)
    found = sorted(cache.glob("gensim-4.4.0-*.whl"))
    if found:
        return found[0]
    base = [sys.executable, "-m", "pip", "download", "--no-deps", GENSIM]
    base += ["-d", str(cache), "--only-binary=:all:", "--quiet"]
    # No wheel for this interpreter: any platform's wheel holds the same file.
    # (gensim 4.4.0 has no manylinux2014 wheel, so name a newer tag.)
    attempts = [
        base,
        [*base, "--platform", "manylinux_2_28_x86_64", "--python-version", "3.11"],
        [*base, "--platform", "win_amd64", "--python-version", "3.12"],
    ]
    errors = []
    for command in attempts:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        found = sorted(cache.glob("gensim-4.4.0-*.whl"))
        if found:
            return found[0]
        errors.append(done.stderr.strip())
    msg = "could not download the gensim wheel:\n" + "\n".join(errors)
    raise SystemExit(msg)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # lee.cor is not UTF-8: it has one Latin-1 pound sign.
        return data.decode("cp1252", errors="replace")


def lee_documents(cache: Path, member: str = LEE_MEMBER) -> list[Document]:
    """One document per line of a Lee corpus file inside the gensim wheel."""
    with zipfile.ZipFile(_download_wheel(cache)) as wheel:
        text = _decode(wheel.read(member))
    name = member.rsplit("/", 1)[-1]
    lines = [line for line in text.splitlines() if line.strip()]
    return [
        Document(f"{name}:{number}", name, [line])
        for number, line in enumerate(lines, 1)
    ]


def wiki_documents(cache: Path) -> list[Document]:
    """The prose of the Wikipedia sample in gensim's wheel, one article a document.

    The wikitext is stripped with a few patterns: comments, references,
    templates, tables and file links go; links keep their label; only lines
    of prose (not headings, lists or table rows) of 20 words or more are kept,
    each a paragraph. The stripping is rough: edits it causes show up in the
    do-no-harm examples and are not the normaliser's fault.
    """
    with zipfile.ZipFile(_download_wheel(cache)) as wheel:
        xml = bz2.decompress(wheel.read(WIKI_MEMBER)).decode("utf-8")
    documents = []
    for page in re.finditer(
        r"<title>([^<]*)</title>.*?<text[^>]*>(.*?)</text>", xml, re.DOTALL
    ):
        title, body = page.group(1), html.unescape(page.group(2))
        paragraphs = [
            line
            for line in _strip_wikitext(body).splitlines()
            if len(line.split()) >= 20 and not line.startswith(_NOT_PROSE)
        ]
        if paragraphs and ":" not in title:
            documents.append(Document(f"wiki:{title}", "wiki", paragraphs))
    return documents


_NOT_PROSE = ("=", "*", "#", ":", ";", "|", "!", "{", "}", "[", "<", " ")
_WIKI_PATTERNS = (
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),
    (re.compile(r"<ref[^>]*/>"), ""),
    (re.compile(r"<ref[^>]*>.*?</ref>", re.DOTALL), ""),
    (
        re.compile(
            r"<(math|code|gallery|timeline|syntaxhighlight|source|pre|score)"
            r"[^>]*>.*?</\1>",
            re.DOTALL,
        ),
        "",
    ),
    (re.compile(r"</?[a-zA-Z][^>]*>"), ""),
)
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
_TABLE = re.compile(r"\{\|(?:(?!\{\||\|\}).)*\|\}", re.DOTALL)
_LINK = re.compile(r"\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]")
_EXTERNAL = re.compile(r"\[(?:https?:)?//[^\s\]]*\s*([^\]]*)\]")


def _link_text(match: re.Match[str]) -> str:
    target, label = match.group(1), match.group(2)
    if re.match(r"\s*(?:file|image|category|[a-z]{2,3}(?:-[a-z]+)?):", target, re.I):
        return ""
    return label if label is not None else target


def _strip_wikitext(text: str) -> str:
    for pattern, new in _WIKI_PATTERNS:
        text = pattern.sub(new, text)
    for pattern, new in ((_TEMPLATE, ""), (_TABLE, ""), (_LINK, _link_text)):
        while True:
            text, count = pattern.subn(new, text)
            if not count:
                break
    text = _EXTERNAL.sub(r"\1", text)
    return text.replace("'''", "").replace("''", "")


def newspaper_documents(cache: Path) -> list[Document]:
    """The English articles of newspaper4k's test data (its sdist), one a document.

    The sdist is downloaded once with ``pip download`` into the cache and never
    installed; its ``tests/data/txt`` files are the texts that newspaper4k
    extracts from news pages of CNN, Time, Wired, Fox and others.
    """
    cache.mkdir(parents=True, exist_ok=True)
    found = sorted(cache.glob("newspaper4k-0.9.6.tar.gz"))
    if not found:
        command = [sys.executable, "-m", "pip", "download", "--no-deps", NEWSPAPER]
        command += ["--no-binary=:all:", "-d", str(cache), "--quiet"]
        subprocess.run(command, capture_output=True, text=True, check=False)
        found = sorted(cache.glob("newspaper4k-0.9.6.tar.gz"))
        if not found:
            raise SystemExit("could not download the newspaper4k sdist")
    documents = []
    with tarfile.open(found[0]) as sdist:
        for name in NEWSPAPER_ARTICLES:
            member = sdist.extractfile(f"newspaper4k-0.9.6/tests/data/txt/{name}.txt")
            assert member is not None
            text = member.read().decode("utf-8")
            blocks = re.split(r"\n[ \t]*\n", text.strip())
            paragraphs = [" ".join(b.split()) for b in blocks]
            documents.append(
                Document(f"newspaper:{name}", "newspaper", [p for p in paragraphs if p])
            )
    return documents


def file_document(path: Path, source: str) -> Document:
    blocks = re.split(r"\n[ \t]*\n", path.read_text("utf-8").strip())
    paragraphs = [" ".join(line.strip() for line in b.splitlines()) for b in blocks]
    return Document(path.name, source, [p for p in paragraphs if p])


def build_corpus(
    cache: Path,
    extra: Sequence[Path],
    *,
    background: bool = False,
    half: str | None = None,
    other: Sequence[str] = (),
) -> list[Document]:
    parity = 1 if half == "odd" else 0
    if other:
        # Other professionally edited text alone, to check do no harm there;
        # with a half, only its odd- or even-numbered documents (counted
        # from 1 in each corpus).
        readers = {"wiki": wiki_documents, "newspaper": newspaper_documents}
        return [
            doc
            for name in other
            for number, doc in enumerate(readers[name](cache), 1)
            if half is None or number % 2 == parity
        ]
    if half is not None:
        # One half of lee_background.cor alone: design on one, check the other.
        return [
            doc
            for doc in lee_documents(cache, BACKGROUND_MEMBER)
            if int(doc.name.rsplit(":", 1)[1]) % 2 == parity
        ]
    documents = lee_documents(cache)
    if background:
        documents += lee_documents(cache, BACKGROUND_MEMBER)
    documents += [file_document(p, "own") for p in sorted(OWN_DATA.glob("clean-*.txt"))]
    for folder in extra:
        documents += [file_document(p, "extra") for p in sorted(folder.glob("*.txt"))]
    return documents


# --------------------------------------------------------------------------
# Skeletons and slots

Slot = tuple[str, int]  # ("c", k): case of non-space char k; ("g", k): gap k


@dataclass
class Skeleton:
    """The non-space characters of a text and the white space between them.

    ``gaps[k]`` is the white space before character ``k`` (``gaps[0]`` leads,
    ``gaps[-1]`` trails); ``char_at`` and ``gap_at`` give text offsets.
    """

    chars: list[str]
    gaps: list[str]
    char_at: list[int]
    gap_at: list[tuple[int, int]]

    def value(self, slot: Slot) -> str:
        kind, index = slot
        return self.chars[index] if kind == "c" else self.gaps[index]

    def fold(self) -> list[str]:
        return [c.lower() for c in self.chars]


def skeleton(text: str) -> Skeleton:
    chars: list[str] = []
    gaps: list[str] = []
    char_at: list[int] = []
    gap_at: list[tuple[int, int]] = []
    gap_start = 0
    for offset, char in enumerate(text):
        if _is_space(char):
            continue
        gaps.append(text[gap_start:offset])
        gap_at.append((gap_start, offset))
        chars.append(char)
        char_at.append(offset)
        gap_start = offset + 1
    gaps.append(text[gap_start:])
    gap_at.append((gap_start, len(text)))
    return Skeleton(chars, gaps, char_at, gap_at)


def slot_of_char(text: str, offset: int) -> Slot:
    return ("c", sum(1 for c in text[:offset] if not _is_space(c)))


def slot_of_gap(text: str, offset: int) -> Slot:
    return ("g", sum(1 for c in text[:offset] if not _is_space(c)))


# --------------------------------------------------------------------------
# Finding places to damage


@dataclass
class Injection:
    kind: str
    para: int  # paragraph index (for e: index of the item in its list)
    start: int  # footprint in the clean paragraph
    end: int
    changes: list[tuple[int, int, str]]  # replacements in the clean paragraph
    slots: dict[Slot, str]  # slot → its value in the clean text
    label: str  # the clean text of the damaged word or mark
    note: str = ""  # extra diagnosis (type f: capitalised occurrences left)


class Vocabulary:
    """Abbreviations, stop words, proper nouns and place names for choosing sites."""

    def __init__(self) -> None:
        lexicon = builtin_lexicon()
        self.abbreviations = {
            a.rstrip(".").lower() for a in load_words("abbreviations.txt")
        }
        self.abbreviations |= set(_OWN_ABBREVIATIONS.split())
        self.stopwords = lexicon.stopwords
        self.proper = set(lexicon.proper)
        self.places = _country_and_capital_names()
        self.place_pattern = re.compile(
            r"(?<![\w.@/#&'’])(?:"
            + "|".join(re.escape(p) for p in sorted(self.places, key=len, reverse=True))
            + r")(?![\w@]|\.\w)"
        )

    def is_abbreviation(self, token: str) -> bool:
        """Whether ``token`` (the text before a full stop) is an abbreviation."""
        core = token.lstrip(_OPENERS).rstrip(".")
        if core.lower() in self.abbreviations:
            return True
        if len(core) == 1 and core.isalpha():
            return True  # an initial
        return bool(re.search(r"[^\W\d_]\.[^\W\d_]", core))  # e.g. a.m, U.S


def _country_and_capital_names() -> list[str]:
    """Countries, their other names, and national capitals from places.txt."""
    path = Path(newsparse.__file__).parent / "normalizer" / "data" / "places.txt"
    names: list[str] = []
    for line in path.read_text("utf-8").splitlines():
        line = line.strip()
        if line.startswith("# Major cities"):
            break
        if line and not line.startswith("#"):
            names.append(line)
    return names


def _token_before(text: str, mark: int) -> str:
    start = mark
    while start > 0 and not _is_space(text[start - 1]):
        start -= 1
    return text[start : mark + 1]


def _word_at(text: str, start: int) -> str:
    end = start
    while end < len(text) and _is_letter(text[end]):
        end += 1
    return text[start:end]


def _title_word(word: str) -> bool:
    """A capital then lower-case letters only: ``Next``, not ``US`` nor ``McCain``."""
    return len(word) >= 2 and word[0].isupper() and word[1:].islower()


def _is_initial(text: str, start: int, vocab: Vocabulary) -> bool:
    """Whether the word at ``start`` opens a sentence, a quotation or the text."""
    if start and text[start - 1] in _OPENERS:
        return True
    index = start - 1
    while index >= 0 and _is_space(text[index]):
        index -= 1
    if index < 0:
        return True
    if text[index] == ".":
        return not vocab.is_abbreviation(_token_before(text, index))
    return text[index] in "!?…:;\"“”‘’'–—•*|#"


def _lower_letter(para: int, text: str, at: int, kind: str, end: int) -> Injection:
    return Injection(
        kind=kind,
        para=para,
        start=max(0, at - 2),
        end=end,
        changes=[(at, at + 1, text[at].lower())],
        slots={slot_of_char(text, at): text[at]},
        label=_word_at(text, at),
    )


_COMMA = re.compile(r",( )(?=[^\W\d_])")
_STOP = re.compile(r"\.( )(?=[^\W\d_])")
_BOUNDARY = re.compile(r"([.!?])([\"'”’)\]]*)(\s+)([\"'“‘(\[]*)(?=[^\W\d_])")


def comma_sites(para: int, text: str, vocab: Vocabulary) -> Iterator[Injection]:
    for match in _COMMA.finditer(text):
        token = _token_before(text, match.start())
        if "://" in token or "www." in token or "@" in token:
            continue
        space = match.start(1)
        yield Injection(
            "a",
            para,
            match.start() - 1,
            space + 2,
            [(space, space + 1, "")],
            {slot_of_gap(text, space): " "},
            text[max(0, match.start() - 6) : space + 6],
        )


def stop_sites(para: int, text: str, vocab: Vocabulary) -> Iterator[Injection]:
    for match in _STOP.finditer(text):
        mark, space = match.start(), match.start(1)
        before = text[mark - 1] if mark else " "
        if not (before.islower() or before.isdigit()):
            continue
        if not _title_word(_word_at(text, space + 1)):
            continue
        token = _token_before(text, mark)
        if vocab.is_abbreviation(token) or "@" in token or "/" in token:
            continue
        yield Injection(
            "b",
            para,
            mark - 2,
            space + 3,
            [(space, space + 1, "")],
            {slot_of_gap(text, space): " "},
            text[max(0, mark - 6) : space + 6],
        )


def sentence_starts(text: str, vocab: Vocabulary) -> Iterator[tuple[int, int, int]]:
    """Yield (mark, opening, letter) offsets of the sentence boundaries of ``text``."""
    for match in _BOUNDARY.finditer(text):
        mark = match.start(1)
        before = text[mark - 1] if mark else " "
        if not (before.islower() or before.isdigit()):
            continue
        if match.group(1) in "!?" and match.group(2):
            continue  # “Why?” she asked: no boundary a normaliser can see
        if match.group(1) == "." and vocab.is_abbreviation(_token_before(text, mark)):
            continue
        letter = match.end()
        if _title_word(_word_at(text, letter)):
            yield mark, match.start(4), letter


def sentence_case_sites(para: int, text: str, vocab: Vocabulary) -> Iterator[Injection]:
    for mark, _, letter in sentence_starts(text, vocab):
        injection = _lower_letter(para, text, letter, "c", letter + 2)
        injection.start = mark
        yield injection


def paragraph_sites(para: int, text: str, vocab: Vocabulary) -> Iterator[Injection]:
    at = 0
    while at < len(text) and text[at] in _OPENERS:
        at += 1
    if at < len(text) and _title_word(_word_at(text, at)):
        yield _lower_letter(para, text, at, "d", at + 2)


def place_sites(para: int, text: str, vocab: Vocabulary) -> Iterator[Injection]:
    for match in vocab.place_pattern.finditer(text):
        if _is_initial(text, match.start(), vocab):
            continue
        name = match.group()
        changes = [
            (match.start() + i, match.start() + i + 1, c.lower())
            for i, c in enumerate(name)
            if c != c.lower()
        ]
        yield Injection(
            "g",
            para,
            match.start() - 1,
            match.end() + 1,
            changes,
            {slot_of_char(text, s): text[s] for s, _, _ in changes},
            name,
        )


_CAPITALISED = re.compile(r"(?<![\w@#/\\.&'’])[^\W\d_]+(?![\w@]|\.\w)")


def vote_sites(doc: Document, vocab: Vocabulary) -> list[list[Injection]]:
    """Candidate type-f injections, grouped by word."""
    occurrences: dict[str, list[Injection]] = {}
    for para, text in enumerate(doc.paragraphs):
        for match in _CAPITALISED.finditer(text):
            word = match.group()
            lower = word.lower()
            if (
                not _title_word(word)
                or len(word) < 3
                or lower in vocab.stopwords
                or lower in vocab.proper
                or _is_initial(text, match.start(), vocab)
            ):
                continue
            injection = _lower_letter(para, text, match.start(), "f", match.end() + 1)
            occurrences.setdefault(lower, []).append(injection)
    groups = [group for group in occurrences.values() if len(group) >= 2]
    for group in groups:
        for injection in group:
            injection.note = f"{len(group) - 1} other mid-sentence capitalised"
    return groups


SiteFinder = Callable[[int, str, Vocabulary], Iterator[Injection]]
SITE_FINDERS: dict[str, SiteFinder] = {
    "a": comma_sites,
    "b": stop_sites,
    "c": sentence_case_sites,
    "d": paragraph_sites,
    "g": place_sites,
}


def _free(taken: list[tuple[int, int, int]], injection: Injection) -> bool:
    return all(
        para != injection.para or injection.end <= start or end <= injection.start
        for para, start, end in taken
    )


def choose_injections(
    doc: Document, vocab: Vocabulary, rng: random.Random
) -> list[Injection]:
    """Pick non-overlapping injections for one document."""
    chosen: list[Injection] = []
    taken: list[tuple[int, int, int]] = []
    reserved: set[str] = set()  # words whose case the vote depends on

    def take(injection: Injection) -> None:
        chosen.append(injection)
        taken.append((injection.para, injection.start, injection.end))

    order: list[str] = []
    for step in PLACING_ORDER:
        order += rng.sample(step, len(step))
    for kind in order:
        if kind == "f":
            groups = vote_sites(doc, vocab)
            rng.shuffle(groups)
            for group in groups[: QUOTA["f"]]:
                injection = rng.choice(group)
                if _free(taken, injection):
                    take(injection)
                    reserved.add(injection.label.lower())
            continue
        candidates = [
            site
            for para, text in enumerate(doc.paragraphs)
            for site in SITE_FINDERS[kind](para, text, vocab)
        ]
        rng.shuffle(candidates)
        placed = 0
        for site in candidates:
            if placed == QUOTA[kind]:
                break
            if site.label.lower() in reserved or not _free(taken, site):
                continue
            take(site)
            placed += 1
    return chosen


def damage(text: str, changes: Sequence[tuple[int, int, str]]) -> str:
    for start, end, new in sorted(changes, reverse=True):
        text = text[:start] + new + text[end:]
    return text


# --------------------------------------------------------------------------
# Scoring


@dataclass
class Change:
    """One slot the normaliser changed in the damaged text."""

    doc: str
    slot: Slot
    before: str
    after: str
    rule: str
    context: str
    verdict: str  # "restores", "baseline" or "false positive"


@dataclass
class Outcome:
    injection: Injection
    doc: str
    restored: bool
    got: str  # what the output has at the injected slots
    context: str  # the damaged text around the injection


@dataclass
class Round:
    outcomes: list[Outcome] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    skipped_items: int = 0

    def recall(self, kind: str) -> float | None:
        hits = [o.restored for o in self.outcomes if o.injection.kind == kind]
        return sum(hits) / len(hits) if hits else None

    def precision(self) -> float | None:
        counted = [c for c in self.changes if c.verdict != "baseline"]
        if not counted:
            return None
        return sum(c.verdict == "restores" for c in counted) / len(counted)


def _show(text: str) -> str:
    return text.replace("\n", "⏎").replace(" ", "␣") if text.strip() == "" else text


def in_context(text: str, start: int, end: int, new: str, width: int = 30) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"…{left}⟦{_show(text[start:end])}→{_show(new)}⟧{right}…"


def _rule_at(edits: Sequence[Edit], start: int, end: int, *, gap: bool) -> str:
    """The rule of the edit that changed the character or gap at start:end."""
    for edit in edits:
        if gap and edit.start == edit.end:
            touches = start <= edit.start <= end
        else:
            touches = edit.start < end and start < edit.end
        if touches:
            return edit.rule
    return "?"


def score(
    doc: str,
    clean: str,
    damaged: str,
    fixed_clean: str,
    fixed: str,
    edits: Sequence[Edit],
    injections: Sequence[Injection],
    result: Round,
) -> bool:
    """Score one damaged text; return False when the skeletons do not line up."""
    sk_clean, sk_damaged = skeleton(clean), skeleton(damaged)
    sk_fixed_clean, sk_fixed = skeleton(fixed_clean), skeleton(fixed)
    folds = [s.fold() for s in (sk_clean, sk_damaged, sk_fixed_clean, sk_fixed)]
    if any(f != folds[0] for f in folds):
        return False
    injected: dict[Slot, str] = {}
    for injection in injections:
        injected.update(injection.slots)
        restored = all(sk_fixed.value(s) == v for s, v in injection.slots.items())
        got = "".join(sk_fixed.value(s) for s in sorted(injection.slots))
        first = min(injection.slots)
        offset = _offset(sk_damaged, first)
        result.outcomes.append(
            Outcome(
                injection,
                doc,
                restored,
                got,
                in_context(damaged, offset, offset + (first[0] == "c"), _show(got)),
            )
        )
    slots: list[Slot] = [("c", k) for k in range(len(sk_damaged.chars))]
    slots += [("g", k) for k in range(len(sk_damaged.gaps))]
    for slot in slots:
        before, after = sk_damaged.value(slot), sk_fixed.value(slot)
        if before == after:
            continue
        if slot in injected:
            verdict = "restores" if after == injected[slot] else "false positive"
        elif (
            sk_clean.value(slot) == before
            and sk_fixed_clean.value(slot) == after
            and before != after
        ):
            verdict = "baseline"
        else:
            verdict = "false positive"
        if slot[0] == "c":
            start = end = sk_damaged.char_at[slot[1]]
            end += 1
        else:
            start, end = sk_damaged.gap_at[slot[1]]
        result.changes.append(
            Change(
                doc,
                slot,
                before,
                after,
                _rule_at(edits, start, end, gap=slot[0] == "g"),
                in_context(damaged, start, end, after),
                verdict,
            )
        )
    return True


def _offset(sk: Skeleton, slot: Slot) -> int:
    return sk.char_at[slot[1]] if slot[0] == "c" else sk.gap_at[slot[1]][0]


def _list_items(document: newsparse.Document) -> list[newsparse.Item]:
    items: list[newsparse.Item] = []
    stack: list[object] = list(reversed(document.children))
    while stack:
        node = stack.pop()
        if isinstance(node, ListBlock):
            items += node.items
        elif isinstance(node, Section):
            stack += reversed(node.children)
    return items


def item_sentences(doc: Document, vocab: Vocabulary) -> list[str]:
    """The whole sentences of ``doc``, white space collapsed."""
    found: list[str] = []
    for text in doc.paragraphs:
        starts = [0, *(opening for _, opening, _ in sentence_starts(text, vocab))]
        for begin, end in zip(starts, [*starts[1:], len(text)], strict=True):
            sentence = " ".join(text[begin:end].split())
            if 30 <= len(sentence) <= 600:
                found.append(sentence)
    return found


def list_item_round(
    doc: Document,
    vocab: Vocabulary,
    rng: random.Random,
    result: Round,
    options: NormalizeOptions,
) -> None:
    """Type e: sentences of ``doc`` as list items with lower-cased first letters."""
    candidates = []
    for sentence in item_sentences(doc, vocab):
        sites = list(paragraph_sites(0, sentence, vocab))
        if sites:
            candidates.append((sentence, sites[0]))
    rng.shuffle(candidates)
    picked = candidates[: QUOTA["e"]]
    if not picked:
        return
    for index, (_, site) in enumerate(picked):
        site.kind, site.para = "e", index
    clean = [s for s, _ in picked]
    damaged = [damage(s, site.changes) for s, site in picked]
    clean_doc = newsparse.parse("".join(f"- {s}\n" for s in clean), normalize=options)
    damaged_doc = newsparse.parse(
        "".join(f"- {s}\n" for s in damaged), normalize=options
    )
    clean_items, damaged_items = _list_items(clean_doc), _list_items(damaged_doc)
    if len(clean_items) != len(picked) or len(damaged_items) != len(picked):
        result.skipped_items += len(picked)
        return
    offset = 0
    for index, (_, site) in enumerate(picked):
        start = offset + 2
        edits = [
            Edit(
                start=e.start - start,
                end=e.end - start,
                before=e.before,
                after=e.after,
                rule=e.rule,
            )
            for e in damaged_doc.edits
            if start <= e.start <= start + len(damaged[index])
        ]
        if not score(
            f"{doc.name} (list item)",
            clean[index],
            damaged[index],
            clean_items[index].text,
            damaged_items[index].text,
            edits,
            [site],
            result,
        ):
            result.skipped_items += 1
        offset += len(damaged[index]) + 3


def repair_round(
    corpus: Sequence[Document],
    vocab: Vocabulary,
    seed: int,
    options: NormalizeOptions,
) -> tuple[Round, int]:
    rng = random.Random(seed)
    result = Round()
    misaligned = 0
    for doc in corpus:
        injections = choose_injections(doc, vocab, rng)
        damaged = list(doc.paragraphs)
        for para in range(len(damaged)):
            own = [i for i in injections if i.para == para]
            damaged[para] = damage(damaged[para], [c for i in own for c in i.changes])
        clean_fixed = normalize_document(doc.paragraphs, options)
        fixed = normalize_document(damaged, options)
        for para, (clean, text) in enumerate(zip(doc.paragraphs, damaged, strict=True)):
            explained = fixed[para]
            if not score(
                doc.name,
                clean,
                text,
                clean_fixed[para].text,
                explained.text,
                explained.edits,
                [i for i in injections if i.para == para],
                result,
            ):
                misaligned += 1
        list_item_round(doc, vocab, rng, result, options)
    return result, misaligned


def normalize_document(
    paragraphs: Sequence[str], options: NormalizeOptions
) -> list[Explained]:
    """Normalise a document's paragraphs together, as ``newsparse.parse`` does."""
    flags = [True] * len(paragraphs)
    return Normalizer(options).explain_many(paragraphs, flags, running=flags)


# --------------------------------------------------------------------------
# Do no harm


@dataclass
class Harm:
    chars: int = 0
    chars_by_source: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[str] = field(default_factory=Counter)
    case_punct_by_source: Counter[str] = field(default_factory=Counter)
    examples: list[tuple[str, Edit, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.by_rule.values())

    @property
    def case_punct(self) -> int:
        return sum(n for rule, n in self.by_rule.items() if rule != "whitespace")


def per_100k(count: float, chars: int) -> float:
    return count * 100_000 / chars if chars else 0.0


def do_no_harm(corpus: Sequence[Document], options: NormalizeOptions) -> Harm:
    harm = Harm()
    for doc in corpus:
        harm.chars += doc.chars
        harm.chars_by_source[doc.source] += doc.chars
        explained = normalize_document(doc.paragraphs, options)
        for text, result in zip(doc.paragraphs, explained, strict=True):
            for edit in result.edits:
                harm.by_rule[edit.rule] += 1
                if edit.rule != "whitespace":
                    harm.case_punct_by_source[doc.source] += 1
                context = in_context(text, edit.start, edit.end, edit.after)
                harm.examples.append((doc.name, edit, context))
    harm.examples.sort(key=lambda e: e[1].rule == "whitespace")  # harmful first
    return harm


# --------------------------------------------------------------------------
# Report


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def _mean(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.fmean(known) if known else None


def _percent(value: float | None) -> str:
    return "   n/a" if value is None else f"{100 * value:6.1f}%"


def figures(
    corpus: Sequence[Document], harm: Harm, rounds: Sequence[Round], seeds: list[int]
) -> dict[str, object]:
    sources = Counter(doc.source for doc in corpus)
    harm_rate = per_100k(harm.case_punct, harm.chars)
    per_type: dict[str, dict[str, object]] = {}
    for kind, name in KINDS.items():
        recall = _mean([r.recall(kind) for r in rounds])
        injected = [sum(o.injection.kind == kind for o in r.outcomes) for r in rounds]
        restored = [
            sum(o.injection.kind == kind and o.restored for o in r.outcomes)
            for r in rounds
        ]
        per_type[kind] = {
            "name": name,
            "injected": sum(injected),
            "restored": sum(restored),
            "injected_per_round": injected,
            "recall": recall,
            "pass": recall is not None and recall >= TARGET_RECALL,
        }
    precision = _mean([r.precision() for r in rounds])
    counts = Counter(c.verdict for r in rounds for c in r.changes)
    return {
        "corpus": {
            "documents": dict(sources),
            "chars": harm.chars,
            "chars_by_source": dict(harm.chars_by_source),
            "paragraphs": sum(len(d.paragraphs) for d in corpus),
        },
        "do_no_harm": {
            "edits_by_rule": dict(harm.by_rule),
            "edits_by_rule_per_100k": {
                rule: per_100k(n, harm.chars) for rule, n in harm.by_rule.items()
            },
            "edits_total": harm.total,
            "edits_total_per_100k": per_100k(harm.total, harm.chars),
            "case_punctuation_edits": harm.case_punct,
            "case_punctuation_per_100k": harm_rate,
            "case_punctuation_by_source": dict(harm.case_punct_by_source),
            "target_per_100k": TARGET_HARM,
            "pass": harm_rate <= TARGET_HARM,
        },
        "repair": {
            "seeds": seeds,
            "per_type": per_type,
            "precision": precision,
            "changes": dict(counts),
            "skipped_list_items": sum(r.skipped_items for r in rounds),
            "target_recall": TARGET_RECALL,
            "target_precision": TARGET_PRECISION,
            "precision_pass": precision is not None and precision >= TARGET_PRECISION,
        },
    }


def print_report(
    data: dict[str, object], harm: Harm, rounds: Sequence[Round], examples: int
) -> None:
    corpus = data["corpus"]
    harmful = data["do_no_harm"]
    repair = data["repair"]
    assert isinstance(corpus, dict)
    assert isinstance(harmful, dict)
    assert isinstance(repair, dict)
    docs = ", ".join(f"{n} {s}" for s, n in corpus["documents"].items())
    print(
        f"Corpus: {docs} documents, {corpus['paragraphs']} paragraphs, "
        f"{corpus['chars']:,} characters of clean text"
    )
    print()
    print("DO NO HARM: edits on clean text (paragraphs, block_start=True)")
    print(f"  {'rule':<34}{'edits':>7}{'per 100k chars':>16}")
    for rule in ("whitespace", *(r for r in sorted(harm.by_rule) if r != "whitespace")):
        count = harm.by_rule.get(rule, 0)
        print(f"  {rule:<34}{count:>7}{per_100k(count, harm.chars):>16.1f}")
    print(f"  {'all edits':<34}{harm.total:>7}{harmful['edits_total_per_100k']:>16.1f}")
    rate = harmful["case_punctuation_per_100k"]
    print(
        f"  {'case + punctuation (not whitespace)':<34}{harm.case_punct:>7}"
        f"{rate:>16.1f}   target ≤ {TARGET_HARM:g}  {verdict(harmful['pass'])}"
    )
    print(
        f"  {'(one edit on this corpus is':<34}{'':>7}{per_100k(1, harm.chars):>16.1f})"
    )
    for source, chars in corpus["chars_by_source"].items():
        count = harm.case_punct_by_source.get(source, 0)
        label = f"  of which {source} ({chars:,} chars)"
        print(f"  {label:<34}{count:>7}{per_100k(count, chars):>16.1f}")
    print()
    shown = harm.examples[:examples]
    print(f"  Example edits on clean text ({len(shown)} of {len(harm.examples)}):")
    for name, edit, context in shown:
        print(f"    {name:<16} {edit.rule:<20} {context}")
    print()
    seeds = repair["seeds"]
    print(
        f"REPAIR: injected artefacts, seeds {seeds[0]}..{seeds[-1]} "
        f"({len(seeds)} rounds), mean over rounds"
    )
    print(f"  {'type':<38}{'injected':>9}{'restored':>9}{'recall':>9}   target")
    for kind, row in repair["per_type"].items():
        print(
            f"  {kind} {row['name']:<36}{row['injected']:>9}{row['restored']:>9}"
            f"{_percent(row['recall']):>9}   ≥ {TARGET_RECALL:.0%}  "
            f"{verdict(row['pass'])}"
        )
    changes = repair["changes"]
    print(
        f"  {'precision':<38}{'':>9}{'':>9}{_percent(repair['precision']):>9}"
        f"   ≥ {TARGET_PRECISION:.0%}  {verdict(repair['precision_pass'])}"
    )
    print(
        f"  changes: {changes.get('restores', 0)} restore an injection, "
        f"{changes.get('false positive', 0)} false positive, "
        f"{changes.get('baseline', 0)} also made on the clean text (not counted)"
    )
    g_rounds = repair["per_type"]["g"]["injected_per_round"]
    print(f"  type g injections per round: {g_rounds}")
    if repair["skipped_list_items"]:
        print(
            "  list items skipped (parse did not line up): "
            f"{repair['skipped_list_items']}"
        )
    print()
    false_positives = [
        c for r in rounds for c in r.changes if c.verdict == "false positive"
    ]
    print(f"  False-positive changes on damaged text ({len(false_positives)}):")
    for change in false_positives[:examples]:
        print(f"    {change.doc:<16} {change.rule:<20} {change.context}")
    print()
    misses = [o for r in rounds for o in r.outcomes if not o.restored]
    print(f"  Missed artefacts ({len(misses)}), up to {examples} per type:")
    for kind, name in KINDS.items():
        mine = [o for o in misses if o.injection.kind == kind]
        if not mine:
            continue
        notes = Counter(o.injection.note for o in mine if o.injection.note)
        extra = (
            f"  [{'; '.join(f'{n}x {k}' for k, n in notes.items())}]" if notes else ""
        )
        print(f"   {kind} {name}: {len(mine)} missed{extra}")
        for outcome in mine[:examples]:
            want = _show("".join(outcome.injection.slots.values()))
            print(
                f"    {outcome.doc:<16} {outcome.injection.label!r:<18} "
                f"{outcome.context}  (want {want})"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--extra", type=Path, action="append", default=[])
    parser.add_argument(
        "--background",
        action="store_true",
        help="also use lee_background.cor from the wheel (300 ABC articles, 360 KB)",
    )
    parser.add_argument(
        "--half",
        choices=["odd", "even"],
        help="only the odd (dev) or even (held-out) articles of lee_background.cor, "
        "or of the --other corpus",
    )
    parser.add_argument(
        "--other",
        action="append",
        choices=OTHER_SOURCES,
        default=[],
        help="instead of the ABC articles: the Wikipedia sample of gensim's wheel "
        "(2.3 MB of prose) or newspaper4k's English test articles (110 KB)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--examples", type=int, default=30)
    parser.add_argument("--json", action="store_true", help="also print JSON")
    parser.add_argument(
        "--off",
        action="append",
        default=[],
        choices=[name for name, _ in RULES],
        help="switch a rule off (to see what each rule contributes)",
    )
    args = parser.parse_args()
    options = NormalizeOptions(**dict.fromkeys(args.off, False))
    corpus = build_corpus(
        args.cache.expanduser(),
        args.extra,
        background=args.background,
        half=args.half,
        other=args.other,
    )
    vocab = Vocabulary()
    harm = do_no_harm(corpus, options)
    seeds = [args.seed + n for n in range(args.rounds)]
    rounds: list[Round] = []
    for seed in seeds:
        result, misaligned = repair_round(corpus, vocab, seed, options)
        if misaligned:
            print(f"warning: {misaligned} texts changed more than case and spacing")
        rounds.append(result)
    data = figures(corpus, harm, rounds, seeds)
    print_report(data, harm, rounds, args.examples)
    if args.json:
        print()
        print(json.dumps(data, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
