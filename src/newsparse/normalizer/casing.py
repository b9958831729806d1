"""Normalise: sentence-start capitals, lexicon proper nouns, and word helpers."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache

import attrs
import regex

from .context import SEP, Change, Context, Protected
from .lexicon import Lexicon

__all__ = ["fix_proper_nouns", "fix_sentence_case"]

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
# A word that must keep its lower-case first letter: "iPhone", "eBay", "x86";
# not "cash-strapped" or "e-mail", which take a capital at a sentence start.
_KEEP_LOWER = regex.compile(r"\p{Ll}+(?:\p{Lu}|\p{N})")
_DOTTED = regex.compile(r"(?:\p{L}\.)+\p{L}?")
# The letters and dots that end a token after a joining mark: "U.S" in
# "pro-U.S", "a.m" in "3:30&nbsp;a.m"; the abbreviation the token ends with.
_TAIL = regex.compile(r"(?<=[^\p{L}\p{M}.])[\p{L}\p{M}.]+$")


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
    # (an initial in italics too: "*E. coli*")
    core = token.lstrip("“‘\"'([*_").rstrip("”’\"')]")
    if core.endswith(".."):
        return False  # an ellipsis usually runs on
    word = core[:-1]
    if len(word) <= 1 and word.isalpha():
        return False  # an initial: "J. smith"
    if lexicon.is_abbreviation(word) or _DOTTED.fullmatch(word):
        return False
    # An abbreviation joined to what comes before: "pro-U.S. stance",
    # "3:30&nbsp;a.m. until".
    tail = _TAIL.search(word)
    end = tail.group() if tail else ""
    return len(end) < 2 or not (lexicon.is_abbreviation(end) or _DOTTED.fullmatch(end))


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
        asides: _Asides | None = None
        for match in _SENTENCE_BREAK.finditer(text):
            space = _SPACE_BEFORE.search(text, 0, match.start())
            token_start = space.end() if space else 0
            before = text[token_start : match.start() + 1]
            if not _ends_sentence(
                before, match.group("mark"), match.group("close"), ctx.lexicon
            ) or _enumerator(text, token_start, before):
                continue
            if before == "." and text.startswith(". . ", token_start - 4):
                continue  # a spaced ellipsis, ". . .", runs on like "..."
            if match.group("mark") == "?" and _closes_title(text, match.start()):
                continue
            if match.group("mark") == "." and "(" in text:
                if asides is None:
                    asides = _Asides.find(text)
                if asides.covers(match.start()):
                    continue
            candidates.append(match.start("letter"))
    changes: list[Change] = []
    for at in sorted(set(candidates)):
        word = _word_at(text, at)
        if _KEEP_LOWER.match(word) or _stage_direction(text, at, ctx.lexicon):
            continue
        if _ITEM_LABEL.match(text, at):
            continue  # "(a) A survey …", "b) accept the ruling": a label
        if protected is None:
            protected = Protected.find(text)
        if protected.covers(at):
            continue
        upper = _capital(text[at])
        if upper:
            changes.append((at, at + 1, upper))
    return changes


# An item's letter or Roman number before its bracket: "(a)", "b)", "(iv)".
_ITEM_LABEL = regex.compile(r"(?:[a-z]|[ivx]{2,4})\)")
# A list's number inside a sentence: "two ways: 1. direct use and 2. sale".
_NUMBER = regex.compile(r"\d{1,2}\.")
_WORD_BEFORE = regex.compile(r"(?:^|\s)(\S+)\s+$")


def _enumerator(text: str, start: int, token: str) -> bool:
    """Whether ``token`` (a word and its full stop, at ``start``) numbers a list item.

    An item's number after a colon or semicolon (``two ways: 1. direct``,
    ``error; 2. the claim``), or after ``and``/``or`` when the number before
    it stands shortly before (``1. direct use and 2. indirect use``), opens
    no sentence: the items run on in lower case. A number ending a sentence
    (``it rose to 2. the``) is taken as one.
    """
    if not _NUMBER.fullmatch(token):
        return False
    index = start - 1
    while index >= 0 and text[index] == " ":
        index -= 1
    if index >= 0 and text[index] in ":;":
        return True
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if word is None or word.group(1) not in ("and", "or"):
        return False
    number = int(token[:-1])
    return number > 1 and f"{number - 1}. " in text[max(0, start - 400) : start]


# The short words a title leaves in lower case: "Dream of Electric Sheep".
_TITLE_JOINERS = frozenset(
    ["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to"]
)
# The words a question opens with (interrogatives and auxiliary verbs).
_QUESTION_WORDS = frozenset(
    [
        *("who", "what", "where", "when", "why", "how", "which", "whose"),
        *("do", "does", "did", "is", "are", "was", "were", "have", "has", "had"),
        *("can", "could", "will", "would", "shall", "should", "may", "might"),
        "must",
    ]
)


def _closes_title(text: str, mark: int) -> bool:
    """Whether the question mark at ``mark`` ends a title inside a sentence.

    Three or more capitalised words (title joiners such as ``of`` between
    them), one of them a question's word, right before the mark and after
    a lower-case word, name a work: ``the lectures Who Are We? from 1955``,
    ``in Do Androids Dream of Electric Sheep? and its film``. A question
    of the text's own has lower-case words before its mark (``Is it
    over? the talks…``), or starts its sentence (``Where Is Tony Blair?``),
    and a name is no question (``read the New York Times? it…``).
    """
    capitals = 0
    question = False
    tokens = text[max(0, mark - 200) : mark].split()[-12:]
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if token[:1].isupper() and token.isalpha():
            capitals += 1
            question = question or token.lower() in _QUESTION_WORDS
        elif not (token.isalpha() and token.islower()):
            return False
        elif capitals >= 3:
            # (not a sentence's first word, which this rule capitalises: "t
            # WILL E S?" is "T WILL E S?", a question of its own)
            return question and index > 0 and tokens[index - 1][-1:] not in ".!?"
        elif not capitals or token not in _TITLE_JOINERS:
            return False
    return False


@attrs.frozen
class _Asides:
    """Brackets opened inside a sentence: ``khmi (lit. black earth)``.

    A full stop in such a bracket (an abbreviation the lexicon does not
    know, ``lit.``, ``op.``, or a quoted word's) ends no sentence before a
    lower-case word: the bracket closes inside the sentence it opened in.
    Only brackets closed within :data:`_ASIDE_AT_MOST` characters and in
    the same block count; a bracket after a sentence's end (``. (The
    talks…)``) may hold sentences of its own.
    """

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def find(cls, text: str) -> _Asides:
        spans: list[tuple[int, int]] = []
        stack: list[int] = []
        for mark in _BRACKETS.finditer(text):
            at = mark.start()
            if text[at] == "(":
                stack.append(at)
            elif text[at] == SEP:
                stack.clear()
            elif stack:
                opened = stack.pop()
                if at - opened <= _ASIDE_AT_MOST and _inside_sentence(text, opened):
                    spans.append((opened, at))
        spans.sort()
        return cls(tuple(s for s, _ in spans), tuple(e for _, e in spans))

    def covers(self, offset: int) -> bool:
        """Return whether ``offset`` lies inside one of the brackets."""
        index = bisect_right(self.starts, offset) - 1
        # Brackets nest: an outer one may cover what an inner one before does
        # not. None is longer than _ASIDE_AT_MOST, so the walk back is short.
        while index >= 0 and self.starts[index] >= offset - _ASIDE_AT_MOST:
            if offset < self.ends[index]:
                return True
            index -= 1
        return False


_BRACKETS = regex.compile(r"[()\x00]")
_ASIDE_AT_MOST = 400


def _inside_sentence(text: str, at: int) -> bool:
    """Whether the bracket at ``at`` follows a word or clause mark of a sentence."""
    index = at - 1
    while index >= 0 and text[index] == " ":
        index -= 1
    return index >= 0 and (text[index].isalnum() or text[index] in ",;:”’\"')")


# A transcript's stage direction: "[crosstalk]", "(laughs)", "[inaudible 00:12]".
# A citation's aside too, whose later words may be names: "(quoted in Smith)".
_STAGE_DIRECTION = regex.compile(
    r"(?P<first>\p{Ll}++)[\p{Ll}\p{Lu}\p{M}\d:' -]{0,30}[\])]"
)


def _stage_direction(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether the letter at ``at`` opens a bracketed stage direction.

    A short aside in brackets that opens in lower case and holds no
    sentence's full stop (``[crosstalk]``, ``(laughs)``, ``(quoted in
    Smith)``), stays as written. A bracketed
    sentence (``(the talks resumed later.)``) still takes its capital, and
    so does an editor's word put into a quotation (``"[the] Council…``),
    which is a common word, not a direction.
    """
    if at == 0 or text[at - 1] not in "[(":
        return False
    match = _STAGE_DIRECTION.match(text, at)
    return match is not None and match.group("first") not in lexicon.stopwords


# Words looked for one ``str.find`` at a time; for more, a scan of the text.
# A find reads about 1.4 GB/s, a scan of words about 15 MB/s: the scan wins
# from about a hundred words, whatever the text's length.
_FIND_AT_MOST = 100


def _occurrences(
    text: str, words: list[str], pattern: regex.Pattern[str] = _LOWER_WORD
) -> list[regex.Match[str]]:
    """Return the whole-word matches of ``pattern`` that are one of ``words``, in order.

    Each word is found with ``str.find`` at C speed; ``pattern`` (lower-case
    words by default) confirms that it stands as a word of its own. Each
    ``find`` reads the whole text, so for many words one scan of ``pattern``
    over the text is cheaper, and keeps the work linear in a large document
    (whose words grow with it). Both find the same matches: ``pattern``
    matches a word whole, after no letter, so no two matches overlap.
    """
    if len(words) > _FIND_AT_MOST:
        wanted = set(words)
        return [m for m in pattern.finditer(text) if m.group() in wanted]
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
    # A phrase is looked for where its first word stands, when that is a
    # lower-case word (every built-in one is); other phrases one by one.
    firsts = [w for w in words if w in phrases]
    odd = [w for w in firsts if not _LOWER_WORD.fullmatch(w)]
    found: list[tuple[int, int, str]] = []
    for m in _occurrences(
        text, [w for w in words if w in table or (w in phrases and w not in odd)]
    ):
        word, start = m.group(), m.start()
        if word in table:
            found.append((start, m.end(), table[word]))
        for lower, canonical in phrases.get(word, ()) if word not in odd else ():
            stop = start + len(lower)
            if text.startswith(lower, start) and (
                stop == len(text) or not text[stop].isalnum()
            ):
                found.append((start, stop, canonical))
    for first in odd:
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
    changes = [
        change
        for change in _replace_words(
            text, words, lexicon.proper, lexicon.phrases, keys=lexicon.keys
        )
        if not _qualified_body(text, change) and not _in_identifier(text, change)
    ]
    later = words.intersection(lexicon.later_words)
    if not later:
        return changes
    taken = {start for start, _, _ in changes}
    for start, end, new in _partial_phrases(text, later, lexicon):
        if start not in taken and not any(s < end and start < e for s, e, _ in changes):
            changes.append((start, end, new))
    return sorted(changes)


def _in_identifier(text: str, change: Change) -> bool:
    """Whether a word is a part of a lower-case identifier with figures in it.

    ``lb-eu-3``, ``eu-west-1``: a machine's name, not a country's or a
    union's (``U.S.-russia ties`` still reads ``Russia``).
    """
    start, end, _ = change
    if text[start - 1 : start] != "-" and text[end : end + 1] != "-":
        return False
    match = _IDENTIFIER.fullmatch(_token_at(text, start, end))
    return match is not None


def _token_at(text: str, start: int, end: int) -> str:
    """The run of letters, figures and hyphens around ``text[start:end]``."""
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "-"):
        end += 1
    return text[start:end]


# Lower-case pieces joined by hyphens, a figure among them: "lb-eu-3".
_IDENTIFIER = regex.compile(r"(?=.*\d)[\p{Ll}\d]+(?:-[\p{Ll}\d]+)+")


def _qualified_body(text: str, change: Change) -> bool:
    """Whether a name of several words follows a word that makes it a common noun.

    ``the regional security council``, ``a local general assembly``: a body
    of its own kind, not the one the lexicon names (``Security Council``).
    """
    start, end, _ = change
    name = text[start:end]
    if " " not in name or name.rsplit(None, 1)[-1].lower() not in _BODIES:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) in _QUALIFIERS


_WORD_BEFORE = regex.compile(r"(\p{Ll}+)[ \t]+$")
_QUALIFIERS = frozenset(
    """regional local national provincial state city county district municipal
    school student youth interim""".split()  # noqa: SIM905
)
_BODIES = frozenset(
    """council assembly court commission committee parliament senate congress
    agency authority board forum""".split()  # noqa: SIM905
)


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
    if mark == ")":
        # "(d) Construction traffic …": an item's label opens the text.
        space = _SPACE_BEFORE.search(text, 0, index)
        begin = space.end() if space else 0
        return (begin == 0 or text[begin - 1] == SEP) and bool(
            _LABEL_TOKEN.fullmatch(text, begin, index + 1)
        )
    if mark == "-" and index > 0 and text[index - 1].isspace():
        return True  # a spaced hyphen is a dash: "PORT ELLERY (Wire) - Crews …"
    return mark in '!?:;…”’"–—•*|#'


# An item's label opening a text: "(d)", "b)", "(iv)", "3)".
_LABEL_TOKEN = regex.compile(r"\(?(?:[a-zA-Z]|[ivxIVX]{2,4}|\d{1,3})\)")
