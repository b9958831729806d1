"""Normalise: sentence-start capitals and lower-case proper nouns."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import regex

from ..nodes import split_term
from .context import SEP, Change, Context, Protected, Vote, recased, word_superset
from .lexicon import Lexicon, load_words

__all__ = ["fix_document_vote", "fix_proper_nouns", "fix_sentence_case", "vote"]

# A lower-case word standing alone: "moscow", "russia" in "U.S.-russia";
# not "com" in "example.com", not "s" in "Russia’s", not "js" in "Node.js".
_LOWER_WORD = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}_@#/\\.'’&])\p{Ll}[\p{Ll}\p{M}]*(?![\p{L}\p{M}\p{N}_@])"
)
# A capitalised word: "Moscow", "Zürich"; not "NATO", not "iPhone".
_TITLE_WORD = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}_@#/\\.&])\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}\p{N}_@])"
)
# What may stand before a sentence's first letter: sentence-ending punctuation,
# closing quotes or brackets, white space, opening quotes or brackets.
# Matches ". t" and "!” t" and '." (t'; not ", t" nor "... t" (checked in code).
_SENTENCE_BREAK = regex.compile(
    r"(?P<mark>[.!?])(?P<close>[”’\"')\]]*)\s+[“‘\"'(\[]*(?P<letter>\p{Ll})"
)
_BLOCK_START = regex.compile(r"[“‘\"'(\[]*(?P<letter>\p{Ll})")
_SPACE_BEFORE = regex.compile(r"[\s\x00]", regex.REVERSE)
_INVISIBLE = "\u200b\u2060\ufeff"
_TERM_WINDOW = 200  # a Term: label is short; look no further
# A word that must keep its lower-case first letter: "iPhone", "eBay", "x86";
# not "cash-strapped" or "e-mail", which take a capital at a sentence start.
_KEEP_LOWER = regex.compile(r"\p{Ll}+(?:\p{Lu}|\p{N})")
_DOTTED = regex.compile(r"(?:\p{L}\.)+\p{L}?")


def _capital(letter: str) -> str | None:
    upper = letter.title()
    return upper if len(upper) == 1 and upper != letter else None


def _word_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and (text[end].isalpha() or text[end] in "'’-"):
        end += 1
    return end


def _word_at(text: str, start: int) -> str:
    end = start
    while end < len(text) and not text[end].isspace() and text[end] != SEP:
        end += 1
    return text[start:end]


def _ends_sentence(token: str, mark: str, close: str, lexicon: Lexicon) -> bool:
    if mark in "!?":
        return not close  # “Why?” she asked: the quote does not end the sentence
    core = token.lstrip("“‘\"'([").rstrip("”’\"')]")
    if core.endswith(".."):
        return False  # an ellipsis usually runs on
    word = core[:-1]
    if len(word) <= 1 and word.isalpha():
        return False  # an initial: "J. smith"
    return not (lexicon.is_abbreviation(word) or _DOTTED.fullmatch(word))


def fix_sentence_case(text: str, ctx: Context) -> list[Change]:
    """Capitalise the first letter of the block and of each sentence in it.

    Abbreviations (``U.S. and``, ``e.g. the``), initials, ellipses, quoted
    questions followed by their attribution (``“Why?” she asked``), URLs and
    lower-case brands (``iPhone``) are left alone.

    Example:
        >>> from newsparse import normalize
        >>> normalize("the talks failed. the U.S. and Russia left, e.g. today.",
        ...           block_start=True)
        'The talks failed. The U.S. and Russia left, e.g. today.'
    """
    protected: Protected | None = None
    candidates: list[int] = []
    for block in ctx.starts_of_blocks(text):
        first = _BLOCK_START.match(text, block)
        if first:
            candidates.append(first.start("letter"))
    if "." in text or "!" in text or "?" in text:
        for match in _SENTENCE_BREAK.finditer(text):
            space = _SPACE_BEFORE.search(text, 0, match.start())
            before = text[space.end() if space else 0 : match.start() + 1]
            if _ends_sentence(
                before, match.group("mark"), match.group("close"), ctx.lexicon
            ):
                candidates.append(match.start("letter"))
    changes: list[Change] = []
    for at in sorted(set(candidates)):
        word = _word_at(text, at)
        if _KEEP_LOWER.match(word):
            continue
        if protected is None:
            protected = Protected.find(text)
        if protected.covers(at):
            continue
        upper = _capital(text[at])
        if upper:
            changes.append((at, at + 1, upper))
    return changes


def _occurrences(
    text: str, words: list[str], pattern: regex.Pattern[str] = _LOWER_WORD
) -> list[regex.Match[str]]:
    """Return the whole-word matches of ``pattern`` that are one of ``words``, in order.

    Each word is found with ``str.find`` at C speed; ``pattern`` (lower-case
    words by default) confirms that it stands as a word of its own.
    """
    found: list[regex.Match[str]] = []
    for word in words:
        start = text.find(word)
        while start >= 0:
            match = pattern.match(text, start)
            if match is not None and match.end() == start + len(word):
                found.append(match)
            start = text.find(word, start + len(word))
    found.sort(key=lambda m: m.start())
    return found


def _phrase_occurrences(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    """Yield the ranges where the lower-case ``phrase`` stands as whole words."""
    start = text.find(phrase)
    while start >= 0:
        stop = start + len(phrase)
        first = _LOWER_WORD.match(text, start)
        if first is not None and (stop == len(text) or not text[stop].isalnum()):
            yield start, stop
        start = text.find(phrase, stop)


def _replace_words(
    text: str,
    words: frozenset[str],
    table: dict[str, str],
    phrases: dict[str, tuple[tuple[str, str], ...]],
    where: Callable[[str, int], bool] | None = None,
    keys: frozenset[str] | None = None,
) -> list[Change]:
    # Most texts hold few words of the table: find them at C speed in the
    # text's word_superset, then visit only their occurrences rather than
    # every word of the text.
    words = words.intersection(keys if keys is not None else table)
    if not words:
        return []
    found: list[tuple[int, int, str]] = [
        (m.start(), m.end(), table[m.group()])
        for m in _occurrences(text, [w for w in words if w in table])
    ]
    for first in (w for w in words if w in phrases):
        for lower, canonical in phrases[first]:
            found.extend((s, e, canonical) for s, e in _phrase_occurrences(text, lower))
    if not found:
        return []
    found.sort(key=lambda f: (f[0], -f[1]))  # the longest match at a start wins
    changes: list[Change] = []
    protected: Protected | None = None
    skip_to = 0
    for start, end, new in found:
        if start < skip_to or (where is not None and not where(text, start)):
            continue
        if protected is None:
            protected = Protected.find(text)
        if protected.covers(start):
            continue
        changes.append((start, end, new))
        skip_to = end
    return changes


def fix_proper_nouns(text: str, ctx: Context) -> list[Change]:
    """Restore the case of lower-case place names, nationalities and organisations.

    Example:
        >>> from newsparse import normalize
        >>> normalize("Talks in moscow and new york on U.S.-russia ties.")
        'Talks in Moscow and New York on U.S.-Russia ties.'
    """
    lexicon = ctx.lexicon
    words = ctx.words_in(text)
    changes = _replace_words(
        text, words, lexicon.proper, lexicon.phrases, keys=lexicon.keys
    )
    later = words.intersection(lexicon.later_words)
    if not later:
        return changes
    taken = {start for start, _, _ in changes}
    for start, end, new in _partial_phrases(text, later, lexicon):
        if start not in taken and not any(s < end and start < e for s, e, _ in changes):
            changes.append((start, end, new))
    return sorted(changes)


@lru_cache(maxsize=512)
def _phrase_pattern(lower: str) -> regex.Pattern[str]:
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}]){regex.escape(lower)}(?![\p{{L}}\p{{N}}])",
        regex.IGNORECASE,
    )


def _partial_phrases(
    text: str, later: frozenset[str], lexicon: Lexicon
) -> Iterator[Change]:
    """Phrases whose first word is capitalised but a later one is not.

    ``Saudi arabia`` → ``Saudi Arabia``. Only lower-case letters the phrase
    writes in capitals change; ``SAUDI ARABIA`` stays as it is.
    """
    protected: Protected | None = None
    for lower, canonical in {p for w in later for p in lexicon.later_words[w]}:
        for match in _phrase_pattern(lower).finditer(text):
            found = match.group()
            if not found[:1].isupper() or len(found) != len(canonical):
                continue
            fixed = "".join(
                c if c.isupper() and w.islower() else w
                for w, c in zip(found, canonical, strict=True)
            )
            if fixed == found:
                continue
            if protected is None:
                protected = Protected.find(text)
            if not protected.covers(match.start()):
                yield match.start(), match.end(), fixed


def fix_document_vote(text: str, ctx: Context) -> list[Change]:
    """Capitalise a word the same document writes capitalised mid-sentence.

    The vote itself is computed per document by :func:`vote`; each tier of it
    repairs words in its own places. Repairs repeat until none is left, since
    one repaired name word can put the next one in a name (``abu nidal``).
    """
    lexicon = ctx.lexicon

    neighbours = ctx.vote.neighbours

    def in_name(text: str, start: int) -> bool:
        return _in_name(text, start, lexicon)

    def named(text: str, start: int) -> bool:
        return _after_preposition(text, start) or _in_name(text, start, lexicon)

    def titled_or_same_name(text: str, start: int) -> bool:
        if _after_title(text, start):
            return True
        word = _LOWER_WORD.match(text, start)
        if word is None:
            return False
        near = neighbours.get(word.group(), frozenset())
        before = _word_before(text, start, hyphen=True)
        return any(w in near for w in _neighbours(text, start, word.end(), before))

    run_neighbours = ctx.vote.run_neighbours

    def as_in_run(text: str, start: int) -> bool:
        word = _LOWER_WORD.match(text, start)
        if word is None:
            return False
        end = word.end()
        keys = run_neighbours.get(word.group())
        if not text[end + 1 : end + 2].isupper():
            # Only "Melbourne Track classic" may stand before anything else.
            return keys is not None and _as_in_run(text, start, end, keys)
        return _between_names(text, start, end, lexicon) or (
            keys is not None and _as_in_run(text, start, end, keys)
        )

    modifiers = ctx.vote.modifiers

    def after_same_word(text: str, start: int) -> bool:
        word = _LOWER_WORD.match(text, start)
        before = _word_before(text, start)
        return (
            word is not None
            and before is not None
            and word.group() in modifiers
            and before[0] in modifiers[word.group()][1]
        )

    def after_first_name(text: str, start: int) -> bool:
        return _after_first_name(text, start, lexicon)

    tiers = [
        (table, where)
        for table, where in (
            (ctx.vote.everywhere, None),
            (ctx.vote.names, _not_after_article),
            (ctx.vote.in_names, in_name),
            (ctx.vote.after_prepositions, named),
            (ctx.vote.named, titled_or_same_name),
            (ctx.vote.in_runs, as_in_run),
            (ctx.vote.surnames, after_first_name),
            ({w: form for w, (form, _) in modifiers.items()}, after_same_word),
        )
        if table
    ]
    changes: list[Change] = []
    current = text
    words = ctx.words_in(text)  # recasing keeps it a superset
    while tiers:
        more = [
            c
            for table, where in tiers
            for c in _replace_words(current, words, table, {}, where)
        ]
        if not more:
            break
        more = sorted(set(more))
        changes.extend(more)
        previous, current = current, _recase(current, more)
        if all(end - start == len(new) for start, end, new in more):
            recased(previous, current)
    return sorted(changes)


def _recase(text: str, changes: list[Change]) -> str:
    """Apply case changes, sorted; of the same length, so offsets do not move."""
    if not changes:
        return text
    if any(len(new) != end - start for start, end, new in changes):
        # A form of another length ("İ" lower-cases to two characters):
        # keep the splice into a list of characters, which shifts later ones.
        chars = list(text)
        for start, end, new in changes:
            chars[start:end] = new
        return "".join(chars)
    out: list[str] = []
    last = 0
    for start, end, new in changes:
        out += (text[last:start], new)
        last = end
    out.append(text[last:])
    return "".join(out)


def _sentence_initial(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``start`` opens a sentence, quotation or bracket."""
    if start and text[start - 1] in "“‘\"'([":
        return True  # a quotation or bracket starts with a capital anyway
    index = start - 1
    while index >= 0 and (text[index].isspace() or text[index] in _INVISIBLE):
        index -= 1
    if index < 0 or text[index] == SEP:
        return True
    mark = text[index]
    if mark == ".":
        # "Mr. Okafor", "U.S. Senator", "p.m. Sunday" do not start sentences.
        space = _SPACE_BEFORE.search(text, 0, index)
        token = text[space.end() if space else 0 : index + 1]
        return _ends_sentence(token, ".", "", lexicon)
    if mark in '”’"' and index > 0 and text[index - 1] == ",":
        return False  # “We are careful,” Priya Raman said: the sentence goes on
    return mark in '!?:;…”’"–—•*|#'


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


def _run_size(text: str, match: regex.Match[str], lexicon: Lexicon) -> int:
    """The number of capitalised words in the run the word stands in.

    Runs of three or more are titles and names of things (``National
    Missile Defence``, ``Offshore Wind Auction``), so their words do not
    vote; a person's name (``Minister Joe Hockey``) still does, since titles
    such as ``Minister`` and a sentence's first word are not counted.
    """
    count = 1
    before = (
        _CAPITALS_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if _may_end_run(text, match.start())
        else None
    )
    if before is not None:
        for word in _RUN_WORD.finditer(text, before.start(), match.start()):
            if word.group()[0].islower() or _is_date_word(word.group()):
                continue  # a joining word ("for"), or "Wednesday Abu Nidal"
            if not _is_title(word.group()) and not _sentence_initial(
                text, word.start(), lexicon
            ):
                count += 1
    after = _CAPITALS_AFTER.match(text, match.end())
    if after is not None:
        for word in _RUN_WORD.findall(after.group()):
            if word[0].isupper() and not _is_title(word) and not _is_date_word(word):
                count += 1
            if word.endswith(".") and not _DOTTED.fullmatch(word[:-1]):
                break  # "on Monday. Talks": the run ends with its sentence
    return count


_TITLE_RUN = 3  # capitalised words in a row that make a title, not a name
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
    after = _RIGHT_WORD.match(text, end)
    if after is not None and after.group(1).lower() not in _NOT_NEIGHBOURS:
        found.append(_POSSESSIVE.sub("", after.group(1)))  # "Council's": "Council"
    return found


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


def _after_title(text: str, start: int) -> bool:
    """Whether a title stands before the word, perhaps with a first name between.

    ``Mr hockey``, ``Dr. Maria lindgren``.
    """
    before = _word_before(text, start)
    if before is None:
        return False
    word, where = before
    if _is_title(word):
        return True
    after = where + len(word)
    if (
        not (word[:1].isupper() and word[1:].islower())
        or text[after : after + 1] == "."
    ):
        return False  # a first name has one capital and no period after it
    first = _word_before(text, where)
    return first is not None and _is_title(first[0])


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


_POSSESSIVE = regex.compile(r"['’]s?$")


def _right_key(text: str, end: int) -> str:
    """The capitalised word right after ``end``, perhaps after a joining word.

    ``Fire`` in ``rural Fire Service``, ``and Young`` in ``ernst and Young``;
    ``""`` before a lower-case word or punctuation. A possessive ending is
    dropped: ``Council`` in ``cancer Council's``.
    """
    after = _RIGHT_WORD.match(text, end)
    if after is None:
        return ""
    word = _POSSESSIVE.sub("", after.group(1))
    if _is_capitalised(word):
        return word
    if word == "and":  # not "of": "the life of Andrei Rublev"
        then = _RIGHT_WORD.match(text, after.end())
        if then is not None and then.group()[0] == " ":
            name = _POSSESSIVE.sub("", then.group(1))
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


class _TermLabels:
    """The ``Term:`` labels opening the blocks of a text; their words do not vote.

    Ask in increasing offset order: each block is looked at once, and only
    if it holds a candidate word, so a long document costs no more than
    its candidates.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.stop = -1  # where the current block ends (its SEP, or the text's end)
        self.label_end = 0  # where its label ends (its start if it has none)

    def covers(self, offset: int) -> bool:
        """Return whether ``offset`` lies in the label of its block."""
        text = self.text
        if offset > self.stop:
            start = text.rfind(SEP, max(self.stop, 0), offset) + 1
            stop = text.find(SEP, offset)
            self.stop = len(text) if stop < 0 else stop
            term = split_term(text[start : min(self.stop, start + _TERM_WINDOW)])
            self.label_end = start + len(term) if term else start
        return offset < self.label_end


class _ProseLines:
    """Whether an offset lies in a line of prose.

    In prose most words, but the first, start in lower case; headlines (``How
    the Final Round Was Won``) and bylines are not prose. Ask in increasing
    offset order; each line is looked at once, at C speed.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.stop = -1  # where the current line ends
        self.prose = False

    def covers(self, offset: int) -> bool:
        """Return whether ``offset`` lies in a line of prose."""
        text = self.text
        if offset > self.stop:
            # Lines end at "\n" or SEP; search no further back than the last.
            start = max(self.stop + 1, 0)
            start = max(text.rfind("\n", start, offset), text.rfind(SEP, start, offset))
            start = max(start + 1, self.stop + 1)
            stop = len(text)
            for mark in ("\n", SEP):
                found = text.find(mark, offset, stop)
                if found >= 0:
                    stop = found
            self.stop = stop
            words = text.count(" ", start, stop) + 1
            capitals = len(_CAPITAL_AFTER_SPACE.findall(text, start, stop))
            self.prose = words >= 3 + capitals and words > 2 * capitals
        return self.prose


# A capital starting a word that is not the first of its line.
_CAPITAL_AFTER_SPACE = regex.compile(r"\s[“‘\"'(\[]?\p{Lu}")


def _title_words(
    text: str, words: frozenset[str], lexicon: Lexicon
) -> list[regex.Match[str]]:
    """Return the capitalised words that could vote, in order.

    Only words the text also writes in lower case can win, and short and
    common words never do, so the others are dropped at C speed, before
    the costly context checks.
    """
    stopwords = lexicon.stopwords
    wanted: dict[str, bool] = {}
    found: list[regex.Match[str]] = []
    for match in _TITLE_WORD.finditer(text):  # one pass, at C speed
        word = match.group()
        keep = wanted.get(word)
        if keep is None:
            lower = word.lower()
            keep = wanted[word] = (
                lower in words and len(lower) > 2 and lower not in stopwords
            )
        if keep:
            found.append(match)
    return found


def vote(
    texts: Iterable[str], lexicon: Lexicon, words: frozenset[str] | None = None
) -> Vote:
    """Find the words that running ``texts`` write capitalised mid-sentence.

    Capitals at the start of a sentence, quotation or bracket, in the label
    of a ``Term: description`` text, and inside runs of three or more
    capitalised words (titles), do not count; nor do lower-case words at a
    sentence start, common English words (the stop list) or words under
    three letters.
    A word capitalised at least twice, and at least twice as often as it is
    written in lower case, is capitalised everywhere. A word capitalised at
    least as often as it is written in lower case is capitalised only where
    it stands in a name, next to a title or a capitalised name word
    (``Dr. Maria lindgren``, ``saddam Hussein``), or, when one of its capitals
    stands without an article (``met Arafat``, not ``the Ombudsman``), also
    right after a preposition (``from sandton``).
    One slip is enough for a word that is no ordinary English word
    (:meth:`~.lexicon.Lexicon.is_ordinary_word`): written in lower case once
    and capitalised mid-sentence, a title run of prose included, it goes to
    :attr:`~.context.Vote.names`. Title runs also lend their neighbours
    (:attr:`~.context.Vote.run_neighbours`), and an ordinary word its
    modifiers (``the first Test``) and a surname its first names.

    Args:
        texts: the running texts of a document.
        lexicon: supplies the stop list and abbreviations.
        words: a :func:`~.context.word_superset` of the joined texts, when
            the caller has one already.

    Example:
        >>> from newsparse.normalizer.lexicon import builtin_lexicon
        >>> texts = ["We met Peskov and Mr. Ruud.", "Aides of Peskov left.",
        ...          "then peskov left with mr ruud."]
        >>> v = vote(texts, builtin_lexicon())
        >>> v.everywhere, v.in_names, v.names
        ({'peskov': 'Peskov'}, {}, {'ruud': 'Ruud'})
    """
    capital: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    forms: dict[str, str] = {}
    seen: dict[str, str] = {}  # every capitalised form, wherever it stands
    beside: dict[str, set[str]] = {}
    # "fire" → {("Rural", "Service")} in "Rural Fire Service"
    run_neighbours: dict[str, set[tuple[str, str]]] = {}
    mid_caps: Counter[str] = Counter()  # capitals in title runs in prose
    surnames: set[str] = set()  # "farmer" for "Mr Farmer"
    modifiers: dict[str, set[str]] = {}  # "test" → {"first"} for "first Test"
    text = SEP.join(texts)  # one pass over the document; no word crosses SEP
    if words is None:
        words = word_superset(text)
    terms = _TermLabels(text)
    run_matches: list[regex.Match[str]] = []  # capitals in title runs
    for match in _title_words(text, words, lexicon):
        word = match.group()
        lower = word.lower()
        if terms.covers(match.start()):
            continue
        seen.setdefault(lower, word)
        if _sentence_initial(text, match.start(), lexicon):
            continue  # no evidence for its neighbours either: "Drug squad"
        if _run_size(text, match, lexicon) >= _TITLE_RUN:
            run_matches.append(match)  # see below
            continue
        before = _word_before(text, match.start(), hyphen=True)
        if before is not None:
            if before[0].islower() and before[0] not in _NOT_NEIGHBOURS:
                modifiers.setdefault(lower, set()).add(before[0])  # "first Test"
            elif before[0].lower() in _HONORIFICS:
                surnames.add(lower)  # "Mr Farmer"; not "General Land Office"
        near = [
            n
            for n in _neighbours(text, match.start(), match.end(), before)
            if n[0].isupper() or n in _NAME_PARTICLES
        ]
        beside.setdefault(lower, set()).update(near)
        capital[lower] += 1
        forms.setdefault(lower, word)
        if not _DETERMINER_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            bare[lower] += 1
    if not seen:
        return Vote({}, {})
    ordinary = lexicon.is_ordinary_word
    # A lower-case word at a sentence start is no evidence: sentence case
    # capitalises it, and counting it would make a second pass vote otherwise.
    present_any = words.intersection(seen)
    # "Antarctic Ice Sheet" says nothing of "ice" alone, but "Rural Fire
    # Service" in a line of prose says that "fire" is capitalised between
    # "Rural" and "Service", and "rural" before "Fire".
    prose = _ProseLines(text)
    in_prose: list[regex.Match[str]] = []
    for match in run_matches:
        lower = match.group().lower()
        if lower in present_any and prose.covers(match.start()):
            mid_caps[lower] += 1
            in_prose.append(match)
    present = list(present_any.intersection(mid_caps.keys() | capital.keys()))
    lower_count: Counter[str] = Counter()
    sandwiched: set[str] = set()  # "space" in "the Kennedy space Centre"
    for m in _occurrences(text, present):
        if _sentence_initial(text, m.start(), lexicon):
            continue
        lower = m.group()
        lower_count[lower] += 1
        end = m.end()
        if text[end + 1 : end + 2].isupper() and lower not in sandwiched:
            before = _word_before(text, m.start())
            if before is not None and _is_capitalised(before[0]):
                sandwiched.add(lower)
    for match in in_prose:
        lower = match.group().lower()
        if lower_count[lower] <= _FEW:  # "ice" in "Antarctic ice" ... "the ice"
            run_neighbours.setdefault(lower, set()).update(
                _run_keys(text, match.start(), match.end())
            )
    everywhere: dict[str, str] = {}
    in_names: dict[str, str] = {}
    after_prepositions: dict[str, str] = {}
    same_modifier: list[str] = []
    slips: set[str] = set()
    for word in sorted((mid_caps.keys() | capital.keys()) & lower_count.keys()):
        caps, lows = capital[word], lower_count[word]
        if caps >= 2 and caps >= 2 * lows:
            everywhere[word] = forms[word]
        elif lows == 1 and not ordinary(word):
            # "Seles" ... "seles": one slip in a name that is no English word
            everywhere[word] = seen[word]
            slips.add(word)
        elif lows == 1 and caps:
            same_modifier.append(word)
        if word in everywhere or not caps:
            continue
        if caps >= lows and bare[word]:
            after_prepositions[word] = forms[word]
        elif caps >= lows:
            in_names[word] = forms[word]
    loose = [w for w in present_any if w not in everywhere and not beside.get(w)]
    titled = {
        m.group() for m in _occurrences(text, loose) if _after_title(text, m.start())
    }
    named = {
        w: f
        for w, f in seen.items()
        if w in present_any and w not in everywhere and (w in titled or beside.get(w))
    }
    neighbours = {w: frozenset(beside[w]) for w in named if beside.get(w)}
    return Vote(
        {w: f for w, f in everywhere.items() if w not in slips},
        in_names,
        after_prepositions,
        named,
        neighbours,
        in_runs={
            w: seen[w]
            for w in present_any.intersection(run_neighbours).union(sandwiched)
            if w not in everywhere
        },
        run_neighbours={
            w: frozenset(n)
            for w, n in run_neighbours.items()
            if w in present_any and w not in everywhere
        },
        modifiers={
            w: (forms[w], frozenset(modifiers[w]))
            for w in same_modifier
            if w in modifiers and w not in everywhere
        },
        surnames={
            w: forms[w] for w in surnames if w in present_any and w not in everywhere
        },
        names={w: everywhere[w] for w in slips},
    )
