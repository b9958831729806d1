"""Block parse: what a date line looks like (``Published: 3 May 2025, 09:30 GMT``).

:func:`date_line` tells a line of dates, times and their labels from a
sentence about a date; dates joined with a name, a section or an aside
(``Travel | Updated 3 May 2025``) count too. :mod:`.furniture` asks it.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .bylines import NAME

__all__ = [
    "AS_OF_PART",
    "DIGIT",
    "MONTH",
    "SECTION_NAME",
    "SENTENCE_CASE_SECTION",
    "date_line",
]

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
"""A month name or its abbreviation, in lower case (match it ignoring case)."""
_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
    r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?"
)
_ZONE = (
    r"(?:gmt|utc|bst|cet|cest|eet|eest|wet|west|msk|est|edt|cst|cdt|mst|mdt|pst"
    r"|pdt|akst|akdt|hst|et|pt|ct|mt|ist|pkt|ict|sgt|hkt|kst|jst|awst|acst|acdt|aest"
    r"|aedt|nzst|nzdt|sast|wat|cat|eat|brt|npt|pht|wib|myt|gst|trt|art|clt|pet"
    r"|cot|ast|uyt|slst|bdt|mmt|mvt|npt|afst|irst|idt|wita|wit|eat|msk)"
    r"(?:[+-]\d{1,2}(?::?\d\d)?)?"  # "GMT+2", "UTC-05:00"
    r"|[+-]\d{4}"  # an e-mail's offset alone: "06:00:12 +0000"
)
_TIME = (
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?"
    r"|\d{1,2}h\d{2}"  # "18h32"
)
_DATE_PART = (
    rf"(?:{_WEEKDAY}|{MONTH}|{_ZONE}|{_TIME}|today|yesterday|\d{{1,4}}(?:st|nd|rd|th)?"
    r"|\d{4}-\d{2}-\d{2}(?:t[\d:]+z?)?|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4}"
    r"|\d{1,2}-\d{1,2}-\d{4}"
    r"|at|on|of|[,|·•/–—-]"
    r"|spring|summer|autumn|fall|winter|to|until"  # "16 to 20 November"
    r"|from(?=\s+\d{1,2}(?:[:.h]\d\d|\s*[ap]\.?m))"  # "…, from 6.30pm"
    r"|local(?:\s+time)?"  # "02:47 local time"
    # a market's clock: "07:05 London", "09:30 New York time"
    r"|(?:london|new york|tokyo|paris|frankfurt|singapore|sydney|hong kong)"
    r"(?:\s+time)?)"
)
_DATE_LABEL = (
    # "This page was last reviewed on …"
    r"(?:(?:this\s+(?=\w+\s+(?:was|has\s+been)\s))?"
    r"(?:(?:final\s+)?(?:data|page|article|story|post|figures|prices|rates|readings"
    r"|table|chart|guide|info"
    r"|information|details|(?:match\s+)?report|judge?ment|decision|ruling"
    r"|forecast)\s+"
    r"(?:(?:was|has\s+been)\s+)?)?"
    r"(?:(?:first\s+|last\s+|latest\s+)?(?:published|updated?|posted|modified|edited"
    r"|filed(?:\s+at)?|week\s+(?:ending|to|of|beginning|commencing|\d{1,2})"
    r"|date of (?:notice|judge?ment|decision|hearing|publication|issue|meeting|order"
    r"|release)"
    r"|date|dated|issued|released?|delivered|reviewed|revised|(?:fact[- ])?checked"
    r"|verified|still current (?:at|as of)|declared|recorded|compiled|captured"
    r"|certified|prepared|refreshed|circulated|distributed"
    r"|(?:status\s*:\s*)?(?:approved|adopted|ratified)"
    r"|(?:summary )?generated"
    r"|broadcast|aired|announced|accessed|retrieved|fetched|transmitted|received|sent"
    r"|reviewed and updated|data update|data)|next (?:release|update|report"
    r"|edition|issue|bulletin|review|publication|forecast)(?:\s+due)?|release date"
    r"|as of|time|live (?:updates|coverage) (?:from|since)"
    r"|reference (?:period|month|date|year)|period covered"
    # "Consultation closes: 12 January 2026", "Deadline: 3 November 2025"
    r"|deadline|(?:closing|opening) date"
    r"|consultation (?:opens|closes|opened|closed)(?=\s*:)"
    r"|hearing dates?|(?:sale|auction|meeting|match|race|event) date|pubdate"
    r"|transcript of (?:the )?(?:broadcast|programme|show|hearing|briefing)"
    # "Date complaint received: 14/02/2024", "Sent to the parties on 27
    # September 2024", "JUDGMENT AND REASONS SENT TO THE PARTIES ON 6 …"
    r"|date [\p{L} ]{1,30}?(?:received|issued|published|decided|filed|lodged|served"
    r"|heard|sent)(?=\s*:)"
    r"|(?:judge?ment (?:and reasons )?)?sent to the parties(?: on)?"
    # "Last reading: 14:45, 26 January 2025", "Judgment handed down: 19
    # September 2025", "Valid 4 November 2024 to 30 March 2025"
    r"|(?:last|latest) reading|(?:judge?ment )?handed down|valid(?:\s+from|\s+until)?)"
    r"(?:\s+(?:on|for|by|as of|as at))?\s*:?\s*)"
)
_DATE = regex.compile(
    rf"{_DATE_LABEL}?(?:{_DATE_PART}\s*)+|{_DATE_LABEL}.*\bago|\d+\s*\w+\s+ago",
    regex.IGNORECASE,
)
_DATE_LABEL_START = regex.compile(_DATE_LABEL + r"\S", regex.IGNORECASE)
_HAS_DATE = regex.compile(
    rf"\b{MONTH}\b|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\bago\b"
    r"|\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b\d{1,2}-\d{1,2}-\d{4}\b"  # "26.11.2026"
    rf"|^\s*(?:{_TIME})\s*(?:{_ZONE}|local(?: time)?)?\s*$|\b(?:today|yesterday)\b"
    rf"|^\s*(?:[01]\d|2[0-3])[0-5]\d\s+(?:{_ZONE})\s*$"  # a wire's "1342 GMT"
    rf"|^\s*\d{{1,2}}:\d\d\s*[–-]\s*\d{{1,2}}:\d\d\s*(?:{_ZONE})?\s*$"  # "07:42–07:49"
    rf"|^\s*{_DATE_LABEL}(?:at\s+)?(?:{_TIME})"  # "Updated: 10:42 GMT"
    rf"|^\s*{_DATE_LABEL}{_WEEKDAY},?\s+(?:at\s+)?(?:{_TIME})"  # "…: Sunday 23:52"
    # a live page's stamp, a day and a time alone: "Saturday 07:15"
    r"|^\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
    rf"(?:{_TIME})\s*(?:{_ZONE})?\s*$"
    rf"|^\s*{_DATE_LABEL}(?:(?:spring|summer|autumn|fall|winter)\s+)?"
    r"(?:19|20)\d\d\s*$",  # "Updated for 2025", "Updated: Spring 2025"
    regex.IGNORECASE,
)

# A piece of the time a quote or a price is taken at: "close", "March 14", "17:00 GMT".
AS_OF_PART = (
    rf"(?:the close|close|{_TIME}|{MONTH}|{_WEEKDAY}|{_ZONE}|\d{{1,4}}(?:st|nd|rd|th)?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|london|new york|local|time|on|at)"
)
# A section's name in a breadcrumb: one to three capitalised words.
SECTION_NAME = r"\p{Lu}[\p{L}’'.&-]*(?: (?:\p{Lu}[\p{L}’'.&-]*|&|and|of|the)){0,3}"
# A section named in sentence case: "Travel documents", "Live updates".
SENTENCE_CASE_SECTION = r"\p{Lu}\p{Ll}+(?: \p{Ll}+){1,2}"
DIGIT = regex.compile(r"\d")
_MAX_DATE_LENGTH = 90
# "Harrow Island, 12 June": a place and a day without its year
_MONTH_WORD = regex.compile(MONTH, regex.IGNORECASE)
# The words a date line may start with (a figure or a mark aside): the words
# of _DATE_LABEL and _DATE_PART, so most lines skip the date patterns.
_BULLETS = "•-–*▸"
_DATE_MARKS = frozenset(",|·•/–—-(")
_DATE_WORDS = frozenset(
    """this published updated update posted modified date dated issued released still
    filed week match report declared recorded compiled captured broadcast announced
    accessed retrieved generated summary judgment judgement decision ruling final
    certified prepared refreshed forecast circulated distributed status approved
    adopted ratified deadline closing opening consultation hearing sale auction
    meeting event pubdate transcript sent judgment judgement
    fetched transmitted received sent aired
    release delivered reviewed revised checked fact-checked fact verified first
    last latest next as time reference period data page article story post
    figures prices table chart guide info information details today yesterday valid
    at on of from live spring summer autumn fall winter jan january feb february
    mar march apr april may jun june jul july aug august sep sept september oct october
    nov november dec december mon monday tue tues tuesday wed wednesday thu thur
    thurs thursday fri friday sat saturday sun sunday gmt utc bst cet cest eet
    est edt cst cdt pst pdt et pt ist jst aest""".split()  # noqa: SIM905
)


def date_line(text: str, first: str, kind_of: Callable[[str], str | None]) -> bool:
    """Whether a stripped line is a date line, ``first`` its first word (lower case).

    Most lines are let go at once: a date line is short, holds a figure and
    opens with a figure, a mark or a word of :data:`_DATE_WORDS` (or joins
    pieces with ``|`` or ``·``). ``kind_of`` types the other pieces of a
    joined line (``3 May 2025 | Markets Desk``).
    """
    if text[1:2] == " " and text[0] in _BULLETS:
        return False  # "• 31 October" over what happens then: an item
    if len(text) > _MAX_DATE_LENGTH:
        return False
    if (
        text[-1].isdigit()
        or text[-1].isupper()
        or _MONTH_WORD.fullmatch(text.rsplit(None, 1)[-1]) is not None
    ) and "," in text[:_MAX_PLACE]:
        # "Vienna, 22 October 2025", "Lisbon, 17 February 2025 07:42 WET":
        # where and when, under the byline.
        placed = _PLACE_DATE.fullmatch(text)
        if placed is not None and _is_date(placed.group("date")):
            return True
        # "Consumer desk, 15 May 2025": who (or what), then when.
        who, when = text.split(",", 1)
        if _is_date(when.strip()) and (
            kind_of(who) == "byline" or _REPORT_LABEL.fullmatch(who) is not None
        ):
            return True  # "Closing report, 16:45 CET, Tuesday 30 September 2025"
    if ", " in text and first in _WEEKDAYS and text[-1] != "." and _dated_place(text):
        return True  # "Tuesday 9 September 2025, Press Room, Transport House"
    if (" – " in text or " — " in text) and _issue_dated(text):
        return True  # "Edition 112 – Friday 16 May 2025 – from the Policy Unit"
    if " — " in text or " – " in text:
        # who wrote it, a dash, when: "_Lucy Armitage, Political Editor_ — 27
        # February 2025"
        parts = _DASHED.split(text, 1)
        if len(parts) == 2 and _is_date(parts[1]) and kind_of(parts[0]) == "byline":
            return True
    return (
        (
            first[:1].isdigit()
            or first[:1] in _DATE_MARKS
            or first in _DATE_WORDS
            or "|" in text
            or "·" in text
            or "∙" in text  # "Nov 18, 2024 ∙ 7 min read"
            or "●" in text  # "Jakarta ● Mon, September 8, 2025"
            or " -- " in text
        )
        and DIGIT.search(text) is not None
        and (_is_date(text) or _dates(text, kind_of))
    )


# A place, then a date: "Vienna, 22 October 2025", "NEW YORK, May 3, 2025",
# "Civic Hall, Kestrel Bay, 12 January 2026".
_MAX_PLACE = 30  # characters before the first comma after the place
_PLACE_DATE = regex.compile(
    rf"(?:{NAME}(?:[ \t]+{NAME}){{0,2}},[ \t]+){{1,2}}(?P<date>\S.*)"
)


_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()  # noqa: SIM905
)
# Where a meeting or a hearing sat: "Committee Room 4", "Greyfield Transport House".
_ROOM = regex.compile(
    r"\p{Lu}[\p{L}'’.&-]*"
    r"(?: (?:\p{Lu}[\p{L}'’.&-]*|\d{1,4}[A-Z]?|of|the|and|on|&)){0,6}"
)


def _dated_place(text: str) -> bool:
    """Whether a line gives a day, perhaps the time, then where: a sitting's head.

    ``Thursday 12 June 2025, 10:02 a.m., Committee Room 4, Legislature
    Annex``: the date (with its year) and the places, each set apart by a
    comma, each a name.
    """
    parts = text.split(", ")
    for cut in range(len(parts) - 1, 0, -1):
        when = ", ".join(parts[:cut])
        if _YEAR.search(when) is not None and _is_date(when):
            return all(_ROOM.fullmatch(part) is not None for part in parts[cut:])
    return False


# The name of a dated report: "Closing report", "Morning briefing".
_REPORT_LABEL = regex.compile(
    r"(?!(?:The|A|An|This|That|Our|Their|His|Her|Its)\b)"
    r"\p{Lu}[\p{L}-]*[ \t]+(?i:report|update|briefing|bulletin|edition|summary"
    r"|close|snapshot|round-?up)"
)
_JOINS = ("|", "·", "•", "∙", "●", ";", " -- ")  # the marks a date line's parts part at
_DATE_SEPARATOR = regex.compile(r"\s*[|·•∙●;]\s*|\s+--\s+")
# Who posted a page: "Ana Ruiz", "the Transport Desk", "the Explainers team".
_POSTER = (
    # "Ana Ruiz", "Ana Ruiz, Secretary"
    # (a role with its "of": "Dr Ana Ruiz, Director of Public Health")
    rf"(?:{NAME}(?:\s+{NAME}){{0,3}}(?:,\s*{NAME}(?:\s+(?:of|for|and|{NAME})){{0,5}})?"
    rf"|(?i:the|our)\s+(?:{NAME}\s+){{0,4}}"
    r"(?i:(?:editorial|news|web|digital|politics|business|sports?)\s+"
    r"|(?-i:\p{Ll})[\p{L}-]{2,20}\s+(?=(?i:desk|team|unit)\b))?"
    r"(?i:desk|team|staff|newsroom|bureau"
    r"|editors|reporters|service|office|board|secretary|council|newsdesk|unit"
    r"|committee|club|society|association|forecasters?|meteorologists?"
    r"|news desk|news team|web team|digital team|bulletin|newsletter|gazette"
    r"|herald|courier|chronicle|journal|times|post|echo|centre|center|partnership"
    r"|agency|authority|trust|school|college|university|department|practice"
    r"|secretariat|press office|editor))"
)
# "Posted 3 May 2025 by the Transport Desk"
_DATED_BY = regex.compile(rf"(?P<date>.+?)\s+by\s+{_POSTER}")
# "Posted by the Explainers team on 3 April 2026"
_BY_THEN_DATED = regex.compile(
    rf"(?i:posted|published|written|updated|filed)\s+by\s+{_POSTER}"
    r"\s+(?i:on)\s+(?P<date>.+)"
)
_POSTED_DATED_IN = regex.compile(
    r"(?P<date>(?:posted|filed|published)(?: on)? [^.!?]{5,40}?) in"
    r" (?-i:\p{Lu})[^.!?]{1,40}",
    regex.IGNORECASE,
)
_POSTED_IN = regex.compile(
    r"(?:posted|filed|published) in [^.!?]{1,60}? on (?P<rest>.+)", regex.IGNORECASE
)
_INNER_UPDATE = regex.compile(
    r"\s+(?=(?:last\s+)?(?:updated|modified)\b)", regex.IGNORECASE
)
_ASIDE = regex.compile(r"(?P<date>.+?)\s*\([^()]{1,40}\)")
_ZONE_ASIDE = regex.compile(rf"(?P<date>.+?)\s*\((?:{_ZONE})\)", regex.IGNORECASE)


def _is_date(text: str) -> bool:
    if text[-1:] == "." and (text[-2:-1].isdigit() or text.endswith(" time.")):
        text = text[:-1]  # "This page was last reviewed on 3 May 2026."
    return _DATE.fullmatch(text) is not None and _HAS_DATE.search(text) is not None


def _dates(text: str, kind_of: Callable[[str], str | None]) -> bool:
    """Whether a line is dates joined up, or a date with a name or an aside.

    ``Published: 3 March 2025 | Updated: 4 March 2025``, ``Data as of 3
    March 2025; next update 1 April 2025``, ``Updated March 2025 by Ana
    Ruiz``, ``Updated: 3 March 2025 (flash estimate)``, ``July 8, 2025
    11:20 AM BST Updated 40 mins ago``. The meta line of an episode may
    name its show and give its length: ``The Long Road · 48 min · 20
    November 2026``; a running header its publication and section: ``The
    Valley Gazette · 5 March 2027 · Local News`` (two names at most among
    three parts or more; a section beside a dated year among two).
    """
    if ". " in text:
        # "Issued: 26 November 2026 at 07:30. Next update by 13:00."
        sentences = text.rstrip(".").split(". ")
        if all(_is_date(sentence) for sentence in sentences):
            return True
    if ", first published " in text:
        # "Updated January 9 2025 - 5:12pm, first published 3:30pm"
        latest, first = text.split(", first published ", 1)
        return _is_date(latest) and _is_date("first published " + first)
    if any(mark in text for mark in _JOINS):
        # (a part in bold is read without its marks: "**Statistical bulletin**")
        parts = [part.strip("*_") or part for part in _DATE_SEPARATOR.split(text)]
        # (a date with who issued it: "No. 41 · Circulated 3 May 2025 by the …")
        has_date = [
            _is_date(p) or (" by " in p and kind_of(p) == "date") for p in parts
        ]
        if len(parts) < 2 or not any(has_date):
            return False
        if len(parts) == 2:
            return _section_dated(parts, has_date, kind_of)
        names = 0  # a show, a publication and its section: two names at most
        for a_date, part in zip(has_date, parts, strict=True):
            if a_date or _issue_label(part) or _DURATION.fullmatch(part):
                continue
            if _MEDIUM.fullmatch(part):
                continue  # a clipping's medium and tone: "print, page 5", "Negative"
            if kind_of(part) in _WITH_DATES:
                continue
            if names == _MAX_NAMES or (
                _SHOW_NAME.fullmatch(part) is None
                # "Statistical bulletin | Released 31 October | Next release: …"
                # (beside labelled dates: "Company listings | 1 July" is a row)
                and not (
                    _SENTENCE_SECTION.fullmatch(part) is not None
                    and any(_DATE_LABEL_START.match(p) for p in parts)
                )
                # "Weekly digest from the Institute | No. 87 | 28 May 2025"
                and not (_tagline(part) and _FULL_DATE.search(text) is not None)
            ):
                return False
            names += 1  # "The Long Road · 48 min · 20 November 2026"
        return True
    updated = _INNER_UPDATE.search(text)
    if (
        updated is not None
        and _is_date(text[: updated.start()])
        and _is_date(text[updated.end() :])
    ):
        return True  # "July 8, 2025 11:20 AM BST Updated 40 mins ago": no mark
    if text[-1] == ")" and (zoned := _ZONE_ASIDE.fullmatch(text)) is not None:
        return _is_date(zoned.group("date"))  # "March 27, 2025 (JST)"
    if text[-1] == ")":
        # "Posted 4 April (updated)", "Posted 4 April by the Bulletin (summary)"
        aside = _ASIDE.fullmatch(text)
        if aside is None or _DATE_LABEL_START.match(text) is None:
            return False
        text = aside.group("date")
        if " by " not in text:
            return _is_date(text)
    if (filed := _POSTED_DATED_IN.fullmatch(text)) is not None:
        return _is_date(filed.group("date"))  # "Posted 1 July 2025 in Company news"
    if (posted := _POSTED_IN.fullmatch(text)) is not None:
        # "Posted in Music, Reviews on 2 October 2025 by Jude Castellano"
        text = f"Posted on {posted.group('rest')}"
    if " by " in text:
        return any(
            dated is not None and _is_date(dated.group("date"))
            for dated in (_DATED_BY.fullmatch(text), _BY_THEN_DATED.fullmatch(text))
        )
    return False


_MAX_ISSUE_WORDS = 4  # "Situation Report No. 7"
_MAX_NAMES = 2
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
_SECTION = regex.compile(SECTION_NAME)
_SENTENCE_SECTION = regex.compile(SENTENCE_CASE_SECTION)


def _section_dated(
    parts: list[str], has_date: list[bool], kind_of: Callable[[str], str | None]
) -> bool:
    """Whether two parts are a date and a date, a label, or the page's section.

    ``Travel | Updated 3 May 2025``, ``Books · 3 May 2025``: the section
    (one to three capitalised words) beside a full date with its year. A
    name beside a date without one (``Rome | 3 May``) may be a row of a
    table and stays content.
    """
    if all(has_date):
        return True
    other, date = (parts[0], parts[1]) if has_date[1] else (parts[1], parts[0])
    if _issue_label(other) or _DURATION.fullmatch(other):
        return True
    if kind_of(other) in _WITH_DATES:
        return True
    if _tagline(other) and _FULL_DATE.search(date) is not None:
        return True  # "Your daily tech news in five minutes | 21 November 2024"
    if _SECTION.fullmatch(other) is None and (
        _SENTENCE_SECTION.fullmatch(other) is None
        or _DATE_LABEL_START.match(date) is None
    ):
        return False
    # A year, a label that makes the date furniture or a time ago: "Posted
    # 08:14 · Local politics", "The Wexcombe Courier · 2h ago" (not "Rome |
    # 3 May", a row of a table).
    return (
        _YEAR.search(date) is not None
        or _DATE_LABEL_START.match(date) is not None
        or date.lower().endswith(" ago")
    )


_MAX_TAGLINE_WORDS = 12
# A day, its month and its year: "21 November 2024", "May 3, 2025";
_FULL_DATE = regex.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\s+(?:19|20)\d\d\b"
    rf"|\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    # or its weekday instead of its year: "Monday 18 November"
    rf"|\b{_WEEKDAY},?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d{{1,2}})",
    regex.IGNORECASE,
)


def _tagline(part: str) -> bool:
    """Whether a part beside a date may be a newsletter's tagline or name.

    A few words opening with a capital, no sentence ending (``Health news
    for Riverside and the valley``).
    """
    return (
        part[:1].isupper()
        and part[-1] not in ".!?:"
        and len(part.split()) <= _MAX_TAGLINE_WORDS
    )


# How long an episode or a video runs: "48 min", "1 hr 5 min", "1h 12m".
# How a clipping ran and its tone, in a monitoring digest: "Tarn Courier ·
# print, page 5 · 10 June 2025 · Negative".
_MEDIUM = regex.compile(
    r"(?:print|online|web|broadcast|radio|tv|television|podcast|social|wire)"
    r"(?:,?\s*(?:page|p\.)\s*\d{1,3})?|positive|negative|neutral|mixed",
    regex.IGNORECASE,
)
_DURATION = regex.compile(
    r"\d{1,3}\s*(?:min(?:ute)?s?|hrs?|hours?|h)(?:\s*\d{1,2}\s*(?:min(?:ute)?s?|m))?",
    regex.IGNORECASE,
)
# The name of a show or a series: a few capitalised words ("The Long Road").
_SHOW_NAME = regex.compile(
    r"\p{Lu}[\p{L}’'.&-]*(?: (?:\p{Lu}[\p{L}’'.&-]*|&|and|of|the|on|in|for|a)){0,4}"
)
# "3 May 2025 | Markets Desk", "Press release · 18 June 2025 · 14:00"
_WITH_DATES = frozenset({"byline", "reading_time", "release"})


_DASHED = regex.compile(r"\s+[–—]\s+")


# Where a meeting sits: "Council Chamber, Lowdon Town Hall".
_VENUE = regex.compile(
    r"(?-i:\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,4}"
    r"(?:, \p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,4}){1,2})"
)
# A newsletter's name: "The Morning Brief", "HARBOUR WEEKLY DIGEST".
_LETTER_NAME = regex.compile(
    r"(?:the )?(?:[\p{L}&’'-]+ ){0,4}(?:brief|briefing|digest|bulletin|newsletter"
    r"|dispatch|round-?up|memo|letter|wire)",
    regex.IGNORECASE,
)


def _issue_dated(text: str) -> bool:
    """Whether an issue's label, a dash and its date make the line.

    ``E-news no. 52 – June 2025``, ``Edition 112 – Friday 16 May 2025 –
    from the Greyfield Policy Unit`` (who sends it last); not ``Results –
    Saturday 12 April`` (a title) nor ``Sat 3 May – Rovers (H)`` (an item).
    """
    parts = _DASHED.split(text)
    if (
        len(parts) == 2
        and _LETTER_NAME.fullmatch(parts[0]) is not None
        and _is_date(parts[1])
        and _FULL_DATE.search(parts[1]) is not None
    ):
        return True  # its name and day: "THE MORNING BRIEF — Thursday 6 March"
    if (
        len(parts) == 2
        and _VENUE.fullmatch(parts[0]) is not None
        and _is_date(parts[1])
        and _FULL_DATE.search(parts[1]) is not None
    ):
        return True  # where and when: "Council Chamber, Lowdon – Tuesday 6 May 2025"
    if (
        len(parts) == _WIRE_HEADER_PARTS
        and all(_SHOW_NAME.fullmatch(part) for part in parts[:2])
        and _is_date(parts[2])
        and _FULL_DATE.search(parts[2]) is not None
        and ":" in parts[2]
    ):
        return True  # a wire's header: "Eastline Wire – Regional – 12 May 2025 14:05"
    return (
        2 <= len(parts) <= _WIRE_HEADER_PARTS
        # (the issue may give its dates: "Week 6, 2025 (3 to 9 February)")
        and (_issue_label(parts[0]) or _ISSUE_DATES.fullmatch(parts[0]) is not None)
        and _ISSUE_WORD.match(parts[0]) is not None
        and _is_date(parts[1])
        and (len(parts) == 2 or parts[2].lower().startswith(("from ", "by ")))
    )


_WIRE_HEADER_PARTS = 3


# The word an issue's label opens with: "Edition 112", "E-news no. 52", "Issue 7".
_ISSUE_WORD = regex.compile(
    r"(?:[\p{L}-]+\s+)?(?:edition|issue|no\.?|number|vol\.?|volume|bulletin|week"
    r"|version)"
    r"\s*\d",
    regex.IGNORECASE,
)


_ISSUE_DATES = regex.compile(r"[^()]{1,30}\([^()]{1,30}\)")


def _issue_label(part: str) -> bool:
    """Whether a part of a date line names the issue or round it dates.

    ``Matchday 27 | Last updated 18:52``, ``Vol. 12 · 3 May 2025``: at most
    three words, a figure among them, starting with a capital, no sentence
    punctuation at its end.
    """
    words = part.split()
    return (
        0 < len(words) <= _MAX_ISSUE_WORDS
        and part[0].isupper()
        and part[-1] not in ".!?:"
        and DIGIT.search(part) is not None
    )
