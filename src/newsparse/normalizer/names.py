"""Normalise: where a word stands in a name (titles, title runs, neighbours)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .casing import _DOTTED, _ends_sentence, _sentence_initial, _word_end
from .context import SEP
from .lexicon import Lexicon, load_words

__all__ = ["ORDINALS", "PREPOSITIONS", "TITLES"]

# Words that stand before a name: "Mr", "Dr.", "Minister", "Senator".
TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady rev fr sen rep gov gen col lt capt
    sgt maj adm cmdr det insp supt pres minister president senator governor general
    judge justice king queen prince princess pope sheikh emir chancellor secretary
    ambassador mayor premier chairman chairwoman spokesman spokeswoman commissioner
    director captain colonel lieutenant sergeant officer detective inspector
    professor doctor bishop archbishop cardinal father rabbi imam councilman
    councilwoman councillor alderman congressman congresswoman assemblyman
    assemblywoman""".split()  # noqa: SIM905
)
# Titles that stand only before a surname: "Mr Farmer", "Dr. Peel".
_HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame mme".split())  # noqa: SIM905
# Capitalised words before or after a word: "Offshore Wind Auction".
_GAP = r"[\s\u200b\u2060\ufeff]+"  # the white space between two words
# A small word or a comma may join the capitalised words of one name: "High
# Commissioner for Refugees", "Construction, Forestry, Mining and Energy Union".
_JOIN = rf"(?:(?:of|for|and|the|on|de){_GAP})?"
_CAPITALS_BEFORE = regex.compile(
    rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*,?{_GAP}{_JOIN})+$"
)
_CAPITALS_AFTER = regex.compile(rf"(?:,?{_GAP}{_JOIN}\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*)+")
_WORD_BEFORE = regex.compile(rf"(\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*)\.?{_GAP}$")
_WORD_AFTER = regex.compile(rf"{_GAP}(\p{{Lu}}\p{{Ll}}[\p{{L}}\p{{M}}]*)")
_RUN_WORD = regex.compile(r"\S+")


# Weekdays and months stand next to names without being part of them:
# "said last Wednesday Abu Nidal had", "in May Prime Minister".
_DATE_WORDS = frozenset(w.lower() for w in load_words("calendar.txt")) | {
    "may",
    "march",
}


def _is_date_word(word: str) -> bool:
    return word.rstrip(".,;:").lower() in _DATE_WORDS


def _is_title(word: str) -> bool:
    return word.lower().rstrip(".") in TITLES


# The small words of _JOIN, which may join the capitalised words of a name.
_JOINERS = frozenset(("of", "for", "and", "the", "on", "de"))


def _may_end_run(text: str, start: int, joined: bool = False) -> bool:
    """Whether capitalised words may stand right before ``start``.

    A cheap test before :data:`_CAPITALS_BEFORE`: not after ``said`` nor
    ``said the``. Only the plain case, one space after a word of lower-case
    letters, says no; anything else is left to the regex.
    """
    if start < 2 or text[start - 1] != " " or text[start - 2] == " ":
        return True
    end = start - 1
    begin = end
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    if begin > 0 and text[begin - 1] != " ":
        return True  # "U.S. ", "(said ", "al-": leave it to the regex
    word = text[begin:end]
    if not word.islower():
        return True
    return not joined and word in _JOINERS and _may_end_run(text, begin, True)


_TITLE_RUN = 3  # capitalised words in a row that make a title, not a name


def _in_title_run(text: str, match: regex.Match[str], lexicon: Lexicon) -> bool:
    """Whether the word stands in a run of :data:`_TITLE_RUN` capitalised words.

    Such runs are titles and names of things (``National Missile Defence``,
    ``Offshore Wind Auction``), so their words do not vote; a person's name
    (``Minister Joe Hockey``) still does, since titles such as ``Minister``
    and a sentence's first word are not counted. Counting stops once the
    run is long enough, the words after first (one pattern finds them all).
    """
    count = 1
    after = _CAPITALS_AFTER.match(text, match.end())
    if after is not None:
        for word in _RUN_WORD.findall(after.group()):
            if word[0].isupper() and not _is_title(word) and not _is_date_word(word):
                count += 1
                if count >= _TITLE_RUN:
                    return True
            if word.endswith(".") and not _DOTTED.fullmatch(word[:-1]):
                break  # "on Monday. Talks": the run ends with its sentence
    if not _may_end_run(text, match.start()):
        return False
    before = _CAPITALS_BEFORE.search(text, max(0, match.start() - 80), match.start())
    if before is None:
        return False
    # The words before a sentence end belong to another sentence ("in New
    # South Wales. The Cancer Council"): count only those after the last end.
    begin = before.start()
    if text.find(".", begin, match.start()) >= 0:  # rare: look closer
        for word in reversed(list(_RUN_WORD.finditer(text, begin, match.start()))):
            if word.group().endswith(".") and _ends_sentence(
                word.group(), ".", "", lexicon
            ):
                begin = word.end()
                break
    for word in _RUN_WORD.finditer(text, begin, match.start()):
        if word.group()[0].islower() or _is_date_word(word.group()):
            continue  # a joining word ("for"), or "Wednesday Abu Nidal"
        if not _is_title(word.group()) and not _sentence_initial(
            text, word.start(), lexicon
        ):
            count += 1
            if count >= _TITLE_RUN:
                return True
    return False


_FEW = 2  # lower-case mentions of a word that may all be slips

# Words after which a lower-case vote word is read as a name: "from sandton".
PREPOSITIONS = frozenset(
    """in at from to of by with for on near via into onto toward towards across
    against between among around outside inside beyond and or than as that""".split()  # noqa: SIM905
)
_PLAIN_WORD_BEFORE = regex.compile(rf"(\p{{Ll}}+){_GAP}$")
_DETERMINER_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:the|a|an|this|that|these|those|its|their|our|his|her|my|your)"
    rf"{_GAP}$",
    regex.IGNORECASE,
)


# Function words say nothing about a name: "the Ombudsman", "of Defence".
_NOT_NEIGHBOURS = PREPOSITIONS | frozenset(
    """the a an this that these those its their our his her my your who which what
    is was are were be been has have had said says will would not it he she they
    we you i mr mrs ms dr""".split()  # noqa: SIM905
)
_RIGHT_WORD = regex.compile(r"(?:-|[ \t]+)([\p{L}\p{M}'’]+)")


# Lower-case words that belong to names: "bin Laden", "al-Qaida", "van Gogh".
_NAME_PARTICLES = frozenset(
    "al el bin ibn abu van von de da di du del della der den la le ter ten".split()  # noqa: SIM905
)


def _neighbours(
    text: str, start: int, end: int, before: tuple[str, int] | None
) -> list[str]:
    """The words right before and after ``text[start:end]`` that may mark a name.

    They are kept as written (``Saudi`` in ``Saudi Arabia``, ``bin`` in ``bin
    Laden``); a hyphen joins a neighbour too (``al-Qaida``); function words
    and titles do not count.
    """
    found: list[str] = []
    if before is not None and before[0].lower() not in _NOT_NEIGHBOURS:
        found.append(before[0])
    after = _right_neighbour(text, end)
    if after:
        found.append(after)
    return found


def _right_neighbour(text: str, end: int) -> str:
    """The word right after ``text[:end]`` that may mark a name, or ``""``.

    As in :func:`_neighbours`: ``Council`` for ``Council's``; function words
    and a lone quote mark (``Latin ' derived``) are none.
    """
    after = _RIGHT_WORD.match(text, end)
    if after is None or after.group(1).lower() in _NOT_NEIGHBOURS:
        return ""
    return _drop_possessive(after.group(1))


def _word_before(
    text: str, start: int, *, hyphen: bool = False
) -> tuple[str, int] | None:
    """The word before ``start`` across spaces (or a hyphen), and where it starts.

    A period right after it is skipped (``Dr.``). Plain string steps: the
    callers ask once per occurrence, and a regex anchored at the end would
    rescan the window each time.
    """
    index = start
    if hyphen and index > 0 and text[index - 1] == "-":
        index -= 1
    else:
        while index > 0 and text[index - 1] in " \t":
            index -= 1
        if index == start:
            return None
        if index > 0 and text[index - 1] == ".":
            index -= 1
    end = index
    while index > 0 and (text[index - 1].isalpha() or text[index - 1] in "'’"):
        index -= 1
    return (text[index:end], index) if index < end else None


def _names_title(word: str) -> bool:
    """Whether ``word`` is a title as it stands before a name.

    Capitalised (``General``, ``Senator``), or one of the short honorifics,
    often written in lower case (``mr``, ``dr``); a title word in lower case
    is an ordinary word (``the general sales tax``, ``the next general
    elections``).
    """
    return _is_title(word) and (
        word[:1].isupper() or word.lower().rstrip(".") in _HONORIFICS
    )


def _after_title(text: str, start: int) -> bool:
    """Whether a title stands before the word, perhaps with a first name between.

    ``Mr hockey``, ``Dr. Maria lindgren``; not ``the general sales tax``.
    """
    before = _word_before(text, start)
    if before is None:
        return False
    word, where = before
    if _names_title(word):
        return True
    after = where + len(word)
    if (
        not (word[:1].isupper() and word[1:].islower())
        or text[after : after + 1] == "."
    ):
        return False  # a first name has one capital and no period after it
    first = _word_before(text, where)
    return first is not None and _names_title(first[0])


def _is_capitalised(word: str) -> bool:
    """One capital, then lower-case letters: ``Fire``, not ``NSW`` nor ``iPhone``."""
    return word[:1].isupper() and word[1:].islower()


def _between_names(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether capitalised words stand right before and after the word.

    ``the Kennedy space Centre``, ``the Royal fire Service``: the one before
    not at a sentence start nor possessive (``Lincoln's presidential
    Reconstruction``), the one after an ordinary word, the head of a name
    (not ``the Russian revolutionary Mikhail Bakunin``).
    """
    after = _RIGHT_WORD.match(text, end)
    if (
        after is None
        or after.group()[0] != " "
        or not _is_capitalised(after.group(1))
        or after.group(1).lower() in _NOT_NEIGHBOURS  # "documentary In the Shadow"
        or not lexicon.is_ordinary_word(after.group(1).lower())
    ):
        return False  # "the Russian revolutionary Mikhail Bakunin"
    before = _word_before(text, start)
    if (
        before is None
        or not _is_capitalised(before[0])
        or "'" in before[0]
        or "’" in before[0]
    ):
        return False
    word, where = before
    return text[where + len(word)] == " " and not _sentence_initial(
        text, where, lexicon
    )


def _drop_possessive(word: str) -> str:
    """``word`` without a possessive ending: ``Council`` for ``Council's``.

    As ``regex.sub(r"['’]s?$", "", word)`` for the words of
    :data:`_RIGHT_WORD` (no line break in them): that pattern can match only
    at the end, once; plain string steps, as this is asked per occurrence.
    """
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("'", "’")):
        return word[:-1]
    return word


def _right_key(text: str, end: int) -> str:
    """The capitalised word right after ``end``, perhaps after a joining word.

    ``Fire`` in ``rural Fire Service``, ``and Young`` in ``ernst and Young``;
    ``""`` before a lower-case word or punctuation. A possessive ending is
    dropped: ``Council`` in ``cancer Council's``.
    """
    after = _RIGHT_WORD.match(text, end)
    if after is None:
        return ""
    word = _drop_possessive(after.group(1))
    if _is_capitalised(word):
        return word
    if word == "and":  # not "of": "the life of Andrei Rublev"
        then = _RIGHT_WORD.match(text, after.end())
        if then is not None and then.group()[0] == " ":
            name = _drop_possessive(then.group(1))
            if _is_capitalised(name):
                return f"{word} {name}"
    return ""


def _left_keys(text: str, start: int) -> tuple[str, str]:
    """The capitalised word right before ``start``, and the two words before it.

    ``Rural`` in ``Rural fire``; the two words when they are capitalised, or
    a capitalised word and a joining word (``Melbourne Track`` in ``Melbourne
    Track classic``, ``Commissioner for`` in ``Commissioner for refugees``);
    ``""`` for either that is missing.
    """
    first = _word_before(text, start, hyphen=True)
    if first is None:
        return "", ""
    word, where = first
    one = word if _is_capitalised(word) else ""
    if not (one or word in _JOINERS) or text[where + len(word)] not in " -":
        return one, ""
    second = _word_before(text, where)
    if (
        second is None
        or not _is_capitalised(second[0])
        or text[second[1] + len(second[0])] != " "
    ):
        return one, ""
    return one, f"{second[0]} {word}"


def _run_keys(text: str, start: int, end: int) -> set[tuple[str, str]]:
    """What a capitalised word of a title run stands between.

    As keys for :func:`_as_in_run`: ``(left word, right key)`` and ``(left
    two words, "")``.
    """
    one, two = _left_keys(text, start)
    right = _right_key(text, end)
    keys = {(one, right)} if right else set()
    if two:
        keys.add((two, ""))
    return keys


def _as_in_run(
    text: str, start: int, end: int, keys: frozenset[tuple[str, str]]
) -> bool:
    """Whether the word at ``start`` stands as it stands in a title run.

    Between the same words (``The Rural fire Service``), after the same two
    words (``the Melbourne Track classic``), or opening the rest of the run
    when that holds no title (``the rural Fire Service``), all after ``the
    Rural Fire Service`` and ``the Melbourne Track Classic``. Not ``the deputy
    Prime Minister`` after ``Deputy Prime Minister John Anderson``, nor
    ``Antarctic ice`` after ``Antarctic Ice Sheet``.
    """
    one, two = _left_keys(text, start)
    if two and (two, "") in keys:
        return True
    right = _right_key(text, end)
    if not right or not any(r == right for _, r in keys):
        return False
    if one and (one, right) in keys:
        return True
    # Opening a name after an article ("the rural Fire Service"; not "to
    # acquire Nordvik Diagnostics"), with no title among the next two words
    # ("the deputy Prime Minister"; but "the rural Fire Service Commissioner").
    if not _DETERMINER_BEFORE.search(text, max(0, start - 12), start):
        return False
    run = _CAPITALS_AFTER.match(text, end)
    return run is not None and not any(
        _is_title(w.rstrip(",;:")) for w in _RUN_WORD.findall(run.group())[:2]
    )


def _after_first_name(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a capitalised first name stands right before the word.

    ``Frank farmer``: a capitalised word, not a title, not a name the lexicon
    knows (``Australian farmer``), not at a sentence start.
    """
    before = _word_before(text, start)
    if before is None:
        return False
    word, where = before
    return (
        _is_capitalised(word)
        and text[where + len(word) : where + len(word) + 1] != "."
        and not _is_title(word)
        and word.lower() not in lexicon.proper
        and not _sentence_initial(text, where, lexicon)
    )


def _not_after_article(text: str, start: int) -> bool:
    """Whether the word is no common noun after an indefinite article.

    ``an oba,`` is a common noun even where ``the Oba`` is a title; but in
    ``a beatles reunion`` the article goes with the noun after the name.
    """
    before = _word_before(text, start)
    if before is None or before[0] not in ("a", "an", "A", "An"):
        return True
    after = _RIGHT_WORD.match(text, _word_end(text, start))
    return (
        after is not None
        and after.group()[0] == " "
        and after.group(1).islower()
        and after.group(1) not in _NOT_NEIGHBOURS
    )


# Words that number a thing in a series: "the second Test", "the final
# test", "the 100th Test" (whose "th" is the word before).
ORDINALS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh
    twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth
    nineteenth twentieth last final next previous opening deciding st nd rd
    th""".split()  # noqa: SIM905
)


def _after_ordinal(text: str, start: int) -> bool:
    """Whether an ordinal numbers the word, perhaps across one modifier.

    ``the third test``, ``the 20th test``, ``the first cricket test``; not
    ``the first of the tests``.
    """
    before = _word_before(text, start)
    if before is None or not before[0].islower():
        return False
    if before[0] in ORDINALS:
        return True
    if before[0] in _NOT_NEIGHBOURS or text[before[1] + len(before[0])] != " ":
        return False
    two = _word_before(text, before[1])
    return two is not None and two[0] in ORDINALS and text[two[1] + len(two[0])] == " "


# A quotation of one sentence: no sentence mark, line break or block end in it.
_QUOTATION = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])"
    rf"(?:“[^“”.!?\n{SEP}]{{1,240}}”|‘[^‘’.!?\n{SEP}]{{1,240}}’"
    rf'|"[^".!?\n{SEP}]{{1,240}}")'
)
_QUOTED_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*")
# Words a title leaves in lower case: "The Lord of the Rings".
_TITLE_SMALL_WORDS = _JOINERS | frozenset(
    "a an in to at by with or nor but as vs from into".split()  # noqa: SIM905
)
_TITLE_QUOTE_WORDS = 3  # capitalised words a quoted title needs besides the word
_QUOTES = ("“", "‘", '"')


def _found(text: str, needle: str) -> Iterator[int]:
    """Yield each offset where ``needle`` starts in ``text``."""
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def _quoted_title_words(text: str) -> list[tuple[int, int]]:
    """The lower-case words that stand alone in quoted titles of ``text``.

    A quoted title is a quotation of one sentence whose words, but for small
    words (``of``, ``and``) and one lower-case word, are all capitalised, at
    least three of them longer than a letter: ``entitled "Rivers: Old
    economy, New Economy"`` gives ``economy``. A quoted sentence (``"The
    plan is sound," she said``) has more lower-case words, and ``"O Mother
    dear, Jerusalem"`` too few capitals.
    """
    # Only a quote mark may open a quotation: try the pattern there alone,
    # left to right as finditer would, rather than at every offset.
    starts = [at for quote in _QUOTES for at in _found(text, quote)]
    if not starts:
        return []
    starts.sort()
    found: list[tuple[int, int]] = []
    end = -1
    for at in starts:
        if at < end:
            continue
        quotation = _QUOTATION.match(text, at)
        if quotation is None:
            continue
        end = quotation.end()
        # Most quotations are speech, with many lower-case words: list the
        # words at C speed and look closer only at a quotation with one.
        inner = (quotation.start() + 1, quotation.end() - 1)
        words = _QUOTED_WORD.findall(text, *inner)
        lower = [w for w in words if not w[0].isupper() and w not in _TITLE_SMALL_WORDS]
        if len(lower) != 1:
            continue
        capitals = sum(len(w) > 1 for w in words if w[0].isupper())  # not "O"
        if capitals < _TITLE_QUOTE_WORDS:
            continue
        for word in _QUOTED_WORD.finditer(text, *inner):
            if word.group() == lower[0]:
                found.append(word.span())
                break
    return found


def _after_preposition(text: str, start: int) -> bool:
    before = _PLAIN_WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1) in PREPOSITIONS


def _in_name(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``start`` stands in a name, by a title or a name word.

    ``Dr. Maria lindgren``, ``Mr hockey``, ``Abu nidal``, ``saddam Hussein``:
    yes; ``the ombudsman``, ``The missile``, ``missile Defence``: no
    (``Defence`` is a common word).
    """
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        word = before.group(1)
        if _is_title(word) or (
            word.lower() not in lexicon.stopwords
            and not _sentence_initial(text, before.start(1), lexicon)
        ):
            return True
    after = _WORD_AFTER.match(text, _word_end(text, start))
    return after is not None and (
        after.group(1).lower() not in lexicon.stopwords
        and not _is_title(after.group(1))
    )
