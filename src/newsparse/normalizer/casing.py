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
        return any(w in near for w in _neighbours(text, start, word.end()))

    tiers = [
        (table, where)
        for table, where in (
            (ctx.vote.everywhere, None),
            (ctx.vote.in_names, in_name),
            (ctx.vote.after_prepositions, named),
            (ctx.vote.named, titled_or_same_name),
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


def _run_size(text: str, match: regex.Match[str], lexicon: Lexicon) -> int:
    """The number of capitalised words in the run the word stands in.

    Runs of three or more are titles and names of things (``National
    Missile Defence``, ``Offshore Wind Auction``), so their words do not
    vote; a person's name (``Minister Joe Hockey``) still does, since titles
    such as ``Minister`` and a sentence's first word are not counted.
    """
    count = 1
    before = _CAPITALS_BEFORE.search(text, max(0, match.start() - 80), match.start())
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


def _neighbours(text: str, start: int, end: int) -> list[str]:
    """The words right before and after ``text[start:end]`` that may mark a name.

    They are kept as written (``Saudi`` in ``Saudi Arabia``, ``bin`` in ``bin
    Laden``); a hyphen joins a neighbour too (``al-Qaida``); function words
    and titles do not count.
    """
    found: list[str] = []
    before = _word_before(text, start, hyphen=True)
    if before is not None and before[0].lower() not in _NOT_NEIGHBOURS:
        found.append(before[0])
    after = _RIGHT_WORD.match(text, end)
    if after is not None and after.group(1).lower() not in _NOT_NEIGHBOURS:
        found.append(after.group(1))
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


def _title_words(
    text: str, words: frozenset[str], lexicon: Lexicon
) -> list[regex.Match[str]]:
    """Return the capitalised words that could vote, in order.

    Only words the text also writes in lower case can win, and short and
    common words never do, so the others are dropped at C speed, before
    the costly context checks.
    """
    wanted: list[str] = []
    for word in set(_TITLE_WORD.findall(text)):
        lower = word.lower()
        if lower in words and len(lower) > 2 and lower not in lexicon.stopwords:
            wanted.append(word)
    return _occurrences(text, wanted, _TITLE_WORD)


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
        >>> v.everywhere, v.in_names, v.after_prepositions
        ({'peskov': 'Peskov'}, {}, {'ruud': 'Ruud'})
    """
    capital: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    forms: dict[str, str] = {}
    seen: dict[str, str] = {}  # every capitalised form, wherever it stands
    beside: dict[str, set[str]] = {}
    text = SEP.join(texts)  # one pass over the document; no word crosses SEP
    if words is None:
        words = word_superset(text)
    terms = _TermLabels(text)
    for match in _title_words(text, words, lexicon):
        word = match.group()
        lower = word.lower()
        if terms.covers(match.start()):
            continue
        seen.setdefault(lower, word)
        if _sentence_initial(text, match.start(), lexicon):
            continue  # no evidence for its neighbours either: "Drug squad"
        if _run_size(text, match, lexicon) >= _TITLE_RUN:
            continue  # "Antarctic Ice Sheet" says nothing of "ice"
        beside.setdefault(lower, set()).update(
            n
            for n in _neighbours(text, match.start(), match.end())
            if n[0].isupper() or n in _NAME_PARTICLES
        )
        capital[lower] += 1
        forms.setdefault(lower, word)
        if not _DETERMINER_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            bare[lower] += 1
    if not seen:
        return Vote({}, {})
    # A lower-case word at a sentence start is no evidence: sentence case
    # capitalises it, and counting it would make a second pass vote otherwise.
    present_any = words.intersection(seen)
    present = list(present_any.intersection(capital))
    lower_count = Counter(
        m.group()
        for m in _occurrences(text, present)
        if not _sentence_initial(text, m.start(), lexicon)
    )
    everywhere: dict[str, str] = {}
    in_names: dict[str, str] = {}
    after_prepositions: dict[str, str] = {}
    for word in sorted(capital.keys() & lower_count.keys()):
        caps, lows = capital[word], lower_count[word]
        if caps >= 2 and caps >= 2 * lows:
            everywhere[word] = forms[word]
        elif caps >= lows and bare[word]:
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
    return Vote(everywhere, in_names, after_prepositions, named, neighbours)
