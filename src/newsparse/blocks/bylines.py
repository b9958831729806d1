"""Block parse: what a byline or a wire credit looks like, one line at a time.

:func:`looks_like_byline` tells ``By Ana Ruiz, Madrid``, ``By the Transport
Desk`` and ``(Reporting by A in Lagos; Editing by B)`` from sentences that
open the same way (``By the end of the year, prices had doubled.``), which
:func:`reads_as_prose` recognises. :mod:`.furniture` asks it first.
"""

from __future__ import annotations

import regex

from .lines import split_words

__all__ = ["NAME", "looks_like_byline", "reads_as_prose"]

# Name words of a byline: "Jane Doe", "J. R. Ortiz", "DE LA CRUZ", "O’Brien".
NAME = r"[\p{Lu}][\p{L}’'.-]*"
_BYLINE = regex.compile(
    r"(?i:(?:(?:additional|medically|live)\s+)?(?:written|reported|reporting"
    r"|(?:words|text|story)(?: and (?:photographs|photos|pictures|images))?|words|text"
    r"|photos?|photography|pictures|edited|editing|reviewed|fact[- ]checked|produced"
    r"|compiled|curated|posted"
    r"|story|interview|illustrat(?:ed|ions?)|(?:(?:match|race|fight|live)\s+)?report"
    r"|analysis|review|preview|commentary|column|(?:live )?coverage|forecast)\s+)?"
    rf"(?i:by):?\s+{NAME}(?:\s*(?:{NAME}|(?i:de|da|van|von|der|del|la|le|al|bin"
    r"|and|in|for|with|via)|&|,|\||;))*"
    # "By Harbour Newswire sports staff"
    r"(?:\s+(?i:(?:sports?|news|business|politics|city|foreign|picture|features?)"
    r"\s+)?(?i:staff|desk|team|reporters))?"
    r"(?:\s*[,|;–—-]\s*.{0,60}"
    r"|\s*\([^()]{2,40}\)"  # "Live reporting by Ana Ruiz and Jo Hale (NPA Sport)"
    r"|\s*·\s*[^·\d]{1,60}"  # "By Ana Ruiz · The Ledger, via NewsNest" (no date)
    r"|\s+(?i:on|at)\s+[^.!?]{1,40})?"
)
# What a byline credits, then who: "The Echo morning briefing, by Nadia Ferrow".
_TRAILING_BY = regex.compile(rf"[^.!?,]{{3,60}},\s+by\s+{NAME}(?:\s+{NAME}){{1,3}}")
# A writer named by the job first: "By health reporter Siobhan Tran".
_BY_JOB = regex.compile(
    r"by (?:our |the )?(?:[\p{Ll}-]+ ){0,3}(?:reporter|correspondent|editor|writer"
    rf"|columnist|critic)\s+(?-i:{NAME}(?:\s+{NAME}){{1,3}})",
    regex.IGNORECASE,
)
# A writer, then the outlet they wrote for: "Rafael Menezes, for Porto Today".
_FOR_OUTLET = regex.compile(
    rf"{NAME}(?:\s+{NAME}){{1,3}},\s+for\s+(?:the\s+)?{NAME}(?:\s+{NAME}){{0,4}}"
)
_VERBS = frozenset("is was are were has have had be been will would".split())  # noqa: SIM905
# A byline that names the role, not (only) the person: "By the News Team",
# "Compiled by the readers’ editor, Amara Lindqvist", "By our Rome correspondent",
# "By Meera Shah and the TV team", "By the Climate and Energy Desk".
_BY_ROLE = regex.compile(
    r"(?:(?:written|reported|compiled|edited|produced|prepared|reviewed|checked"
    r"|(?:live )?coverage|live updates|reporting"
    r"|fact[- ]checked|tested|curated|updated|posted|published|issued|translated)"
    r"\s+)?(?:by|from):?\s+"
    rf"(?:(?-i:{NAME}(?:\s+{NAME}){{0,3}}),?\s+(?:and|&)\s+)?(?:the|our|an?)\s+(?:(?!(?:the|a|an|time|end|way|and|of|to|in|at|that|when"
    r"|whom?|which)\s)[\p{L}’'.-]+\s+|(?-i:and|&)\s+(?=\p{Lu})){0,4}?(?:teams?|desks?|editor|editors|staff"
    r"|correspondents?|reporters?|newsroom|bureau|writers?|(?:editor['’]s )?office"
    r"|secretary|secretariat|board|committee|group|engine|unit|association|society|club"
    r"|trust|foundation)"
    rf"(?:\s*,\s*(?-i:{NAME}(?:\s+{NAME}){{0,3}}))?"
    # "By our correspondents in Port Adley", "From our correspondents and agencies"
    rf"(?:\s+in\s+(?-i:{NAME}(?:\s+{NAME}){{0,2}}(?:\s+and\s+{NAME}(?:\s+{NAME}){{0,2}})?))?"
    r"(?:,?\s+(?:and|with)\s+agencies|,?\s+with an? ai[- ]generated (?:summary"
    r"|overview)|,?\s+with ai[- ]assisted (?:research|reporting|summaries)"
    # "Prepared by the Transport Policy Unit, 12 May 2025"
    r"|,\s*(?:\d{1,2}\s+)?\p{L}+\s+\d{4})?"
    # "From the markets desk at Ashgrove Capital Partners"
    rf"(?:\s+at\s+(?-i:{NAME}(?:\s+{NAME}){{0,3}}))?"
    # "Compiled by the sports desk, Lisbon bureau; sportsdesk@wire.example"
    r"(?:\s*,\s*[^;,()@]{1,40}\bbureau)?(?:\s*;\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?",
    regex.IGNORECASE,
)
# The sign-off of wire copy: "(Reporting by A in Lagos; Writing by B; Editing by C)".
_CREDIT_ROLE = (
    r"(?:(?:additional|with)\s+)?(?:reporting|writing|editing|compiled|graphics"
    r"|fact-?checking|research|production|photos?|video|translation"
    r"|(?:cover )?design|cover (?:image|photo|art))"
)
_WIRE_CREDITS = regex.compile(
    rf"\(?{_CREDIT_ROLE}\s+by\s+[^;()]{{1,80}}"
    rf"(?:\s*[;,]\s*(?:and\s+)?{_CREDIT_ROLE}\s+by\s+[^;()]{{1,80}})*\)?\.?",
    regex.IGNORECASE,
)
# A credit's role, whose words are lower case in a part that names people:
# "; additional reporting by Diego Salas in Cusco".
_CREDIT_PREFIX = regex.compile(rf"\s*\(?{_CREDIT_ROLE}\s+by\s+", regex.IGNORECASE)
_CREDIT_STARTS = (
    "reporting",
    "writing",
    "editing",
    "additional",
    "with ",
    "compiled",
    "graphics",
    "fact",
    "research",
    "production",
    "photo",
    "video",
    "translation",
    "cover ",
    "design",
)


# Credits by label: "Health correspondent: Simon Achterberg", "Words: Lorna
# Feeney | Pictures: Dev Sandhu".
# (A line that opens on "Photo:" is a picture's credit: a caption.)
_WRITER_LABEL = (
    r"(?i:words|text|(?:[\p{L}-]+\s+)?(?:correspondent|editor|reporter|writer"
    r"|columnist))"
)
_CREDIT_LABEL = (
    rf"(?:{_WRITER_LABEL}|(?i:pictures|photos?|photography|images|illustrations?"
    r"|video|photographer))"
)
_LABELLED_CREDITS = regex.compile(
    rf"{_WRITER_LABEL}\s*:\s*{NAME}(?:\s+{NAME}){{1,3}}"
    rf"(?:\s*[|·;,]\s*{_CREDIT_LABEL}\s*:\s*{NAME}(?:\s+{NAME}){{1,3}})*"
)
_MAX_CREDIT_LABEL = 30  # characters before the colon of a labelled credit


def looks_like_byline(text: str) -> bool:
    """Whether a stripped line is a byline or a wire credit, not a sentence."""
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]  # "(Reporting by Ana Ruiz; Editing by Tom Hale)"
    if text.find(":", 0, _MAX_CREDIT_LABEL) > 0 and _LABELLED_CREDITS.fullmatch(text):
        return True
    # Only the opening is lowered: every test below looks at its first 25
    # characters (lowering never shortens a string, so they are those of
    # the whole line lowered).
    head = text[:25].lower()[:25]
    if (
        " by " in head
        or head.startswith(("by ", "from our ", "from the "))
        or " from the " in head
        or " from our " in head
    ) and _BY_ROLE.fullmatch(text):
        return True  # its role words are lower case, not a sentence's
    if head.startswith(_CREDIT_STARTS) and _WIRE_CREDITS.fullmatch(text):
        # "Reporting by A in Lagos; Writing by B; Editing by C", however long,
        # but each part names people ("Research by Oxford economists suggests…"
        # is prose).
        return not any(
            reads_as_prose(_CREDIT_PREFIX.sub("", part, count=1))
            for part in text.split(";")
        )
    if (
        ", by " in text
        and _TRAILING_BY.fullmatch(text)
        and _VERBS.isdisjoint(text.split(", by ", 1)[0].lower().split())
    ):
        return True  # "The Echo morning briefing, by Nadia Ferrow"
    if head.startswith("by ") and _BY_JOB.fullmatch(text):
        return True  # "By health reporter Siobhan Tran-Whitlam"
    if ", for " in text and _FOR_OUTLET.fullmatch(text):
        return True  # "Rafael Menezes, for Porto Jacarandá Today"
    by_first = head.startswith(("by ", "written by", "reported by", "reporting by"))
    by_inside = " by " in head or " by: " in head
    if not by_first and not (by_inside and not text.endswith(".")):
        return False
    if text.isupper() and head.startswith(("by the ", "by a ", "by an ")):
        return False  # "BY THE NUMBERS": a title ("BY THE NEWS TEAM" is a role, above)
    return _BYLINE.fullmatch(text) is not None and not reads_as_prose(_named(text))


_BY_TWO_NAMES = regex.compile(rf"\bby\s+{NAME}\s+{NAME}", regex.IGNORECASE)
_MAX_ROLE_WORDS = 4


def _named(text: str) -> str:
    """A byline without the role after its name: "Reviewed by Ana Ruiz, tax adviser".

    The role is in lower case, so it would read as prose; a sentence's
    clause after a comma ("By Tuesday, most staff had left") is kept.
    """
    named, _, role = text.partition(", ")
    words = role.lower().split()
    if (
        not role
        or len(words) > _MAX_ROLE_WORDS
        or not _VERBS.isdisjoint(words)
        or _BY_TWO_NAMES.search(named) is None
    ):
        return text
    return named


def reads_as_prose(text: str) -> bool:
    """Whether a line reads as prose: many words, or a lower-case verb run."""
    words = split_words(text)
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) > 14 or (lower >= 4 and lower * 2 > len(words))


# A wire dateline alone on its line: the agency in brackets before or after
