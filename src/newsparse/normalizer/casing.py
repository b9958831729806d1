"""Normalise: sentence-start capitals and lower-case proper nouns."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import regex

from .context import Change, Context, Protected
from .lexicon import Lexicon

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
_SPACE_BEFORE = regex.compile(r"\s", regex.REVERSE)
# A word that must keep its lower-case first letter: "iPhone", "eBay", "x86", "e-mail".
_KEEP_LOWER = regex.compile(r"\p{Ll}+(?:\p{Lu}|\p{N}|-\p{Ll})")
_DOTTED = regex.compile(r"(?:\p{L}\.)+\p{L}?")


def _capital(letter: str) -> str | None:
    upper = letter.title()
    return upper if len(upper) == 1 and upper != letter else None


def _word_at(text: str, start: int) -> str:
    end = start
    while end < len(text) and not text[end].isspace():
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
    if ctx.block_start:
        first = _BLOCK_START.match(text)
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
    for at in candidates:
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


def _replace_words(
    text: str, table: dict[str, str], phrases: dict[str, tuple[tuple[str, str], ...]]
) -> list[Change]:
    # Most texts hold no word of the table: find that out at C speed first.
    if not any(w in table or w in phrases for w in set(_LOWER_WORD.findall(text))):
        return []
    changes: list[Change] = []
    protected: Protected | None = None
    skip_to = 0
    for match in _LOWER_WORD.finditer(text):
        start, word = match.start(), match.group()
        if start < skip_to or (word not in table and word not in phrases):
            continue
        new, end = None, match.end()
        for lower, canonical in phrases.get(word, ()):
            stop = start + len(lower)
            if text.startswith(lower, start) and (
                stop == len(text) or not text[stop].isalnum()
            ):
                new, end = canonical, stop
                break
        if new is None:
            new = table.get(word)
        if new is None:
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
    return _replace_words(text, ctx.lexicon.proper, ctx.lexicon.phrases)


def fix_document_vote(text: str, ctx: Context) -> list[Change]:
    """Capitalise a word the same document writes capitalised mid-sentence.

    The vote itself is computed once per document by :func:`vote`.
    """
    if not ctx.vote:
        return []
    return _replace_words(text, ctx.vote, {})


def _sentence_initial(text: str, start: int) -> bool:
    if start and text[start - 1] in "“‘\"'([":
        return True  # a quotation or bracket starts with a capital anyway
    index = start - 1
    while index >= 0 and text[index] in " \t\u00a0“‘\"'([":
        index -= 1
    return index < 0 or text[index] in '.!?:;…”’"-–—•*|#'


# A neighbouring word that starts with a capital: "Offshore Wind", "Camp David".
_CAPITAL_BEFORE = regex.compile(r"(\p{Lu}[\p{L}\p{M}'’.\-]*)[ \t]+$")
_CAPITAL_AFTER = regex.compile(r"[ \t]+\p{Lu}")


def _in_capital_run(
    text: str, match: regex.Match[str], stopwords: frozenset[str]
) -> bool:
    """Whether the word stands in a run of capitalised words (a title or a name).

    Such runs are title-cased phrases as often as names, so their words do
    not vote. A capitalised word before it that starts a sentence or is a
    common word (``Later Okonjo``, ``Minister Okonjo``) makes no run.
    """
    if _CAPITAL_AFTER.match(text, match.end()):
        return True
    before = _CAPITAL_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is None:
        return False
    word = before.group(1)
    return not (_sentence_initial(text, before.start(1)) or word.lower() in stopwords)


def vote(texts: Iterable[str], lexicon: Lexicon) -> dict[str, str]:
    """Return the words that running ``texts`` write capitalised mid-sentence.

    A word wins the vote when it is capitalised on its own (not at the start
    of a sentence or quotation, not inside a run of capitalised words such
    as a title) at least twice, and at least twice as often as it is written
    in lower case, and is not a common English word (the stop list) nor
    shorter than three letters.

    Example:
        >>> from newsparse.normalizer.lexicon import builtin_lexicon
        >>> texts = ["We met Peskov.", "Aides of Peskov said so.", "then peskov left."]
        >>> vote(texts, builtin_lexicon())
        {'peskov': 'Peskov'}
    """
    capital: Counter[str] = Counter()
    forms: dict[str, str] = {}
    chunks = list(texts)
    for text in chunks:
        for match in _TITLE_WORD.finditer(text):
            if _sentence_initial(text, match.start()) or _in_capital_run(
                text, match, lexicon.stopwords
            ):
                continue
            word = match.group()
            lower = word.lower()
            if len(lower) > 2 and lower not in lexicon.stopwords:
                capital[lower] += 1
                forms.setdefault(lower, word)
    candidates = {w for w, n in capital.items() if n >= 2}
    if not candidates:
        return {}
    lower_count: Counter[str] = Counter()
    for text in chunks:
        for match in _LOWER_WORD.finditer(text):
            if match.group() in candidates:
                lower_count[match.group()] += 1
    return {
        w: forms[w]
        for w in sorted(candidates)
        if lower_count[w] and capital[w] >= 2 * lower_count[w]
    }
