"""Block parse: what page furniture looks like, one line at a time.

:func:`classify` types a stripped line by whole-line patterns, one per
kind of :data:`KINDS` (bylines, dates, navigation, share links, captions
and credits, notices…). Each pattern is tried only on lines its gate
admits: a set of first words, or a cheap test on the line. Nothing here
looks at the article's wording beyond the conventions of news pages; the
block rule that uses it is in :mod:`.boilerplate`.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .lines import split_words
from .notes import NOTE_RULES, note_test

__all__ = ["KINDS", "MONTH", "classify", "finishes_sentence", "lone_dateline"]

KINDS = (
    "byline",
    "date",
    "navigation",
    "tags",
    "share",
    "related",
    "source",
    "caption",
    "copyright",
    "advert",
    "contact",
    "release",
    "reading_time",
    "notice",
    "references",
)
"""The kinds of boilerplate, as :attr:`newsparse.Boilerplate.kind` names them."""

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
    r"|pdt|akst|akdt|hst|et|pt|ist|pkt|ict|sgt|hkt|kst|jst|awst|acst|acdt|aest"
    r"|aedt|nzst|nzdt|sast|wat|brt)"
    r"(?:[+-]\d{1,2}(?::?\d\d)?)?"  # "GMT+2", "UTC-05:00"
)
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?"
_DATE_PART = (
    rf"(?:{_WEEKDAY}|{MONTH}|{_ZONE}|{_TIME}|today|yesterday|\d{{1,4}}(?:st|nd|rd|th)?"
    r"|\d{4}-\d{2}-\d{2}(?:t[\d:]+z?)?|\d{1,2}/\d{1,2}/\d{2,4}|at|on|of|[,|·•/–—-]"
    r"|spring|summer|autumn|fall|winter)"
)
_DATE_LABEL = (
    r"(?:(?:(?:data|page|article|story|post|figures|prices|table|chart|guide|info"
    r"|information|details|(?:match\s+)?report)\s+)?"
    r"(?:(?:first\s+|last\s+|latest\s+)?(?:published|updated?|posted|modified"
    r"|filed(?:\s+at)?|week\s+(?:ending|to)"
    r"|date|dated|issued|released?|delivered|reviewed|revised|(?:fact[- ])?checked"
    r"|verified|still current (?:at|as of)|declared|recorded|compiled|captured"
    r"|broadcast|announced|accessed|retrieved"
    r"|reviewed and updated|data update|data)|next (?:release|update|report"
    r"|edition|issue|bulletin|review|publication)|release date|as of|time"
    r"|reference (?:period|month|date|year)|period covered)"
    r"(?:\s+(?:on|for))?\s*:?\s*)"
)
_DATE = regex.compile(
    rf"{_DATE_LABEL}?(?:{_DATE_PART}\s*)+|{_DATE_LABEL}.*\bago|\d+\s*\w+\s+ago",
    regex.IGNORECASE,
)
_DATE_LABEL_START = regex.compile(_DATE_LABEL + r"\S", regex.IGNORECASE)
_HAS_DATE = regex.compile(
    rf"\b{MONTH}\b|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\bago\b"
    rf"|^\s*(?:{_TIME})\s*(?:{_ZONE})?\s*$|\b(?:today|yesterday)\b"
    rf"|^\s*{_DATE_LABEL}(?:at\s+)?(?:{_TIME})"  # "Updated: 10:42 GMT"
    rf"|^\s*{_DATE_LABEL}(?:(?:spring|summer|autumn|fall|winter)\s+)?"
    r"(?:19|20)\d\d\s*$",  # "Updated for 2025", "Updated: Spring 2025"
    regex.IGNORECASE,
)

# A piece of the time a quote or a price is taken at: "close", "March 14", "17:00 GMT".
_AS_OF_PART = (
    rf"(?:the close|close|{_TIME}|{MONTH}|{_WEEKDAY}|{_ZONE}|\d{{1,4}}(?:st|nd|rd|th)?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|london|new york|local|time|on|at)"
)
# Name words of a byline: "Jane Doe", "J. R. Ortiz", "DE LA CRUZ", "O’Brien".
_NAME = r"[\p{Lu}][\p{L}’'.-]*"
_BYLINE = regex.compile(
    r"(?i:(?:(?:additional|medically)\s+)?(?:written|reported|reporting|words|text"
    r"|photos?|edited|editing|reviewed|fact[- ]checked|produced|compiled|posted"
    r"|story|interview|illustrat(?:ed|ions?))\s+)?"
    rf"(?i:by):?\s+{_NAME}(?:\s*(?:{_NAME}|(?i:de|da|van|von|der|del|la|le|al|bin"
    r"|and|in|for|with|via)|&|,|\||;))*(?:\s*[,|;–—-]\s*.{0,60}"
    r"|\s+(?i:on|at)\s+[^.!?]{1,40})?"
)
# A byline that names the role, not (only) the person: "By the News Team",
# "Compiled by the readers’ editor, Amara Lindqvist", "By our Rome correspondent",
# "By Meera Shah and the TV team".
_BY_ROLE = regex.compile(
    r"(?:(?:written|reported|compiled|edited|produced|prepared)\s+)?by:?\s+"
    rf"(?:(?-i:{_NAME}(?:\s+{_NAME}){{0,3}}),?\s+(?:and|&)\s+)?(?:the|our)\s+(?:(?!(?:the|a|an|time|end|way|and|of|to|in|at|that|when"
    r"|whom?|which)\s)[\p{L}’'.-]+\s+){0,3}?(?:team|desk|editor|editors|staff"
    r"|correspondents?|reporters|newsroom|bureau|writers)"
    rf"(?:\s*,\s*(?-i:{_NAME}(?:\s+{_NAME}){{0,3}}))?",
    regex.IGNORECASE,
)
# The sign-off of wire copy: "(Reporting by A in Lagos; Writing by B; Editing by C)".
_CREDIT_ROLE = (
    r"(?:(?:additional|with)\s+)?(?:reporting|writing|editing|compiled|graphics"
    r"|fact-?checking|research|production|photos?|video|translation)"
)
_WIRE_CREDITS = regex.compile(
    rf"\(?{_CREDIT_ROLE}\s+by\s+[^;()]{{1,80}}"
    rf"(?:\s*[;,]\s*(?:and\s+)?{_CREDIT_ROLE}\s+by\s+[^;()]{{1,80}})*\)?\.?",
    regex.IGNORECASE,
)
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
)
# Picture agencies, as photo credits name them: "REUTERS/Juan Medina".
_AGENCY = (
    r"(?:afp|reuters|ap(?: photo)?|epa(?:-efe)?|getty images|shutterstock|alamy"
    r"|pa(?: media| wire)?|anadolu(?: agency)?|xinhua|bloomberg|dpa|ansa|efe|kyodo"
    r"|yonhap|nurphoto|sopa images|zuma press|rex(?: features)?|eyevine)"
)
_PERSON = r"(?-i:[\p{L}.'’ -]{2,40})"  # case-sensitive: folding it is slow
# A credit: "Getty Images", "AFP via Getty Images", "REUTERS/Juan Medina/File
# Photo", "Juan Medina/Reuters", "AP Photo/Jon Gambrell".
_CREDIT = (
    rf"(?:{_PERSON}\s?/\s?)?{_AGENCY}(?:\s+via\s+getty images)?"
    rf"(?:\s?/\s?{_PERSON})?(?:\s?/\s?file(?: photo)?)?"
)
_CAPTION_WORD = r"(?-i:Photo|PHOTO|Photograph|PHOTOGRAPH|Picture|Image|Credit|CREDIT)s?"

_DESK_WORDS = frozenset(
    {"bureau", "desk", "staff", "correspondent", "reporter", "editor", "writer"}
    | {"newsroom", "spokesperson", "spokesman", "spokeswoman"}
)
_AGENCY_WORDS = frozenset({"service", "agency"})  # "… Reporting Service"
_CREDIT_END = frozenset(
    {"images", "shutterstock", "alamy", "media", "wire", "efe", "epa-efe", "afp"}
    | {"reuters", "ap", "xinhua", "bloomberg", "dpa", "ansa", "kyodo", "yonhap"}
    | {"nurphoto", "press", "features", "eyevine", "agency", "rex", "epa"}
)


_CAPTION_COLON = regex.compile(r"(?:Photo|PHOTO|Picture|Image|Credit|CREDIT)\w*\s*:")


def _caption_colon(tail: str) -> bool:
    """Whether ``tail`` holds a caption word before a colon (``Photo: A. Berg``).

    Every match of the case-sensitive pattern holds a colon and one of its
    six words, so a tail without them is rejected before the pattern runs.
    """
    return (
        ":" in tail
        and (
            "Photo" in tail
            or "PHOTO" in tail
            or "Picture" in tail
            or "Image" in tail
            or "Credit" in tail
            or "CREDIT" in tail
        )
        and _CAPTION_COLON.search(tail) is not None
    )


_MAX_CREDIT = 90
_MAX_COUNTER = 20  # "1,024 comments"


def _credit_gate(text: str) -> bool:
    """Whether a line may end in a photo credit, so the caption rule is tried.

    Its last characters hold a slash (``REUTERS/Juan Medina``), a caption
    word before a colon (``Photo: A. Berg``), or it ends in an agency's name.
    """
    tail = text[-_MAX_CREDIT:]
    if "/" in tail or _caption_colon(tail):
        return True
    last = tail[tail.rfind(" ") + 1 :]
    if last[:1].islower():
        return False  # most prose ends on a lower-case word; agencies do not
    return last.lower().strip(")(.") in _CREDIT_END


# Notices that open with words prose opens with too ("A", "If", "We"): a
# prefix test admits them, not a regex on every line starting with "A".
_NOTICE_STARTS = (
    "an earlier version",
    "if you or someone",
    "if you have been",
    "if you are affected",
    "if you need",
    "if you are struggling",
    "for support",
    "for confidential",
    "a version of this",
    "we use cookies",
    "our standards",
)


def _notice_gate(text: str) -> bool:
    return text[:24].lower().startswith(_NOTICE_STARTS)


# A section's name in a breadcrumb: one to three capitalised words.
_SECTION_NAME = r"\p{Lu}[\p{L}’'.&-]*(?: (?:\p{Lu}[\p{L}’'.&-]*|&|and|of)){0,2}"

# A score out of a maximum, or stars: "4 out of 5", "8/10", "4.5/5 stars",
# "★★★★☆", "4/5 (1,204 reviews)", "… by 312 readers".
_STARS = "★☆⭐✩✪"
_SCORE = (
    r"(?:(?:\d{1,3}(?:[.,]\d)?\s*(?:/|out of)\s*(?:5|10|20|100)(?:\s*stars?)?"
    r"|\d(?:[.,]\d)?\s+stars?|[★☆⭐✩✪]{1,10})\s*){1,2}"
    r"(?:\s*\((?:\d[\d,.]*k?\s+)?(?:reviews?|ratings?|votes?)\)"
    r"|\s+(?:from|by|based on)\s+[\d,.]+k?\s+(?:reviews?|ratings?|votes?"
    r"|readers|users|customers|buyers))?"
)


def _rating_gate(text: str) -> bool:
    """Whether a line may be a score alone: it opens with a figure or a star."""
    return text[0] in _STARS or (
        text[0].isdigit() and ("/" in text or " out of " in text or "star" in text)
    )


# Where a podcast or a video is to be had: "Apple Podcasts", "BBC iPlayer", "RSS".
_PLATFORM_WORD = r"(?:[\p{Lu}\d]|i\p{Lu})[\p{L}\d.+&'’-]*"
_PLATFORM = rf"(?-i:{_PLATFORM_WORD}(?: {_PLATFORM_WORD}){{0,2}})"
# The people a credit names: "Hannah Vine", "The Sorrel Band", "Ana Ruiz and Tom Hale".
_CREDITED = (
    r"(?-i:\p{Lu}[\p{L}’'.-]*)(?:(?:\s+|,\s*)(?:(?-i:\p{Lu}[\p{L}’'.-]*)|and|&"
    r"|de|van|von))*"
)
_CREDIT_JOB = (
    r"(?:(?:original|theme|additional|executive) )?(?:music|sound(?: design)?"
    r"|mixing|artwork|editing|production|engineering|research|illustrations?"
    r"|photography|producers?|editors?|presenters?|hosts?)"
)
# What produces the credits of a show: "The Long Road", "This podcast".
_SHOW = (
    r"(?:(?:this|the) (?:podcast|show|programme|program|episode|series|newsletter"
    r"|video|film|documentary)|(?-i:\p{Lu}[\p{L}’'&.-]*(?: (?:\p{Lu}[\p{L}’'&.-]*"
    r"|of|the|and|&|on|in)){0,5}))"
)
_SHOW_VERBS = (
    " is produced by ",
    " is presented by ",
    " is hosted by ",
    " is made by ",
)


def _show_credit_gate(text: str) -> bool:
    """Whether a line may credit a show's makers: ``X is produced by …``."""
    return any(verb in text for verb in _SHOW_VERBS)


# The marks of a footnote under the story: "¹ Typical household: …", "† …".
_NOTE_MARKERS = "¹²³⁴⁵⁶⁷⁸⁹⁰†‡"
_HERE_ENDS = tuple(
    f"{verb} here{end}"
    for verb in ("click", "tap", "see", "go", "look")
    for end in ("", ".")
)
# A web address: "example.org", "www.example.co.uk/tickets", "https://…".
_ADDRESS = r"(?:https?://)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}(?:/\S*)?"
_ADDRESS_END = regex.compile(r"[\p{L}\d-]\.(?-i:[a-z]{2,})(?:/\S*)?")


def _address_gate(text: str) -> bool:
    """Whether a line ends in a web address after a colon (``Tickets: example.org``)."""
    last = text[text.rfind(" ") + 1 :]
    return "." in last[:-1] and ":" in text and _ADDRESS_END.search(last) is not None


# Each pattern is tried only on lines its gate admits: a set of first words
# (lower case, trailing ":.," dropped), or a test on the line. So most prose
# lines cost one dictionary look-up, not a regex per kind.
# The last word of a newsletter's masthead: "… -- a weekly science briefing".
_MASTHEAD_ENDS = frozenset(
    {"newsletter", "briefing", "bulletin", "digest", "roundup", "round-up"}
    | {"dispatch"}
)
_MAX_SLUG = 60
# A reference code: letters, figures and marks, a figure among them ("NWS-2611-04").
_CODE = r"[\p{L}\d][\p{L}\d/._-]*\d[\p{L}\d/._-]*"


def _slug_gate(text: str) -> bool:
    """Whether a line may be a wire slug (``SHIPPING-REDSEA/INSURANCE (UPDATE 2)``).

    Capitals first, no space before its version, and a slash, two joins or a
    version: ``UK-EU`` is a name, not a slug.
    """
    if len(text) > _MAX_SLUG or not text[:2].isupper():
        return False
    topic = text.split("(", 1)[0].split(" ", 1)[0]
    return "/" in topic or topic.count("-") > 1 or topic != text.rstrip()


_Gate = frozenset[str] | Callable[[str], bool]
_RULES: tuple[tuple[str, _Gate, str], ...] = (
    (
        "navigation",
        lambda t: ">" in t or "»" in t or "›" in t,
        r"(?:[^>»›/|]{1,40}\s+[>»›]\s+){1,6}[^>»›]{1,40}",
    ),
    ("navigation", frozenset({"home"}), r"home\s*(?:[|/]\s*[^|/]{1,40}){1,6}"),
    (
        "navigation",
        frozenset({"skip", "menu", "main", "back"}),
        r"skip to (?:main )?content|(?:main )?menu|back to top",
    ),
    (
        "tags",
        frozenset({"tags", "topics", "categories", "category", "filed", "posted"})
        | {"subject", "subjects", "suggested"},
        r"(?:tags|topics|categories|category|filed under|posted in|subjects?"
        r"|suggested topics)\s*:.*",
    ),
    (
        "tags",
        frozenset({"related", "topics", "tags"}),
        r"(?:related topics|topics|tags)",
    ),
    (
        "tags",
        frozenset({"topic", "category", "section"}),
        r"(?:topic|category|section)\s*\|\s*[^|]{1,60}",
    ),
    (
        "share",
        frozenset({"share", "tweet", "email", "print", "copy", "save", "follow"}),
        r"(?:share|share this(?: article| story| page| post| chart| graph| video)?"
        r"|share on \w+|tweet"
        r"|email|print|copy link|save|follow us(?: on .{1,40})?)"
        r"(?:\s*[:|·•,/]\s*(?:facebook|twitter|x|linkedin|whatsapp|email"
        r"|reddit|telegram|print|copy link))*\s*[:.]?"
        # "Share this forecast: Facebook | X": any noun, then the networks.
        r"|share this [\w-]+\s*:\s*(?:facebook|twitter|x|linkedin|whatsapp|email"
        r"|reddit|telegram|print|copy link)(?:\s*[|·•,/]\s*(?:facebook|twitter|x"
        r"|linkedin|whatsapp|email|reddit|telegram|print|copy link))*",
    ),
    (
        "share",
        frozenset(
            {"facebook", "twitter", "x", "linkedin", "whatsapp", "email", "reddit"}
            | {"telegram", "print", "copy"}
        ),
        r"(?:(?:facebook|twitter|x|linkedin|whatsapp|email|reddit|telegram"
        r"|print|copy link)\s*[|·•,/]?\s*){2,}",
    ),
    (
        "share",
        frozenset({"share"}),
        # "Share on Facebook  Share on X  Email"
        r"share (?:on|via) \w+(?:\s*[|·•,/]?\s*(?:share (?:on|via) \w+|facebook|twitter"
        r"|x|linkedin|whatsapp|email|reddit|telegram|print|copy link))+",
    ),
    (
        "related",
        frozenset({"read", "also", "related", "see", "more", "recommended", "you"})
        | {"further"},
        r"(?:read more|read also|also read|related(?: articles| stories| coverage"
        r"| content| links| reading| news| posts| videos| indicators| data"
        r"| publications)?"
        r"|see also|more on this story|recommended(?: reading)?|you may also like"
        r"|further reading)\s*(?:[:|].*|[.…]{0,3})",
    ),
    ("source", frozenset({"source", "sources"}), r"sources?\s*[:–—]\s*\S.{0,100}"),
    (
        "caption",
        frozenset({"photo", "photos", "image", "images", "picture", "pictures"})
        | {"photograph", "caption", "credit", "illustration", "video", "graphic"}
        | {"file", "chart", "map", "infographic"},
        r"(?:photo|image|picture|photograph|caption|credit|photo credit"
        r"|illustration|video|graphic|file photo|chart|map|infographic)s?"
        r"\s*(?:by\s|[:–—|/]).{1,200}",
    ),
    (
        "caption",
        lambda t: t[-1] in ")]",
        r"(?:.{3,300}\s)?[(\[](?:[\p{L}-]+\s){0,2}(?:photo|image|picture|credit"
        r"|pictured)\b[^)\]]{0,80}[)\]]",
    ),
    (
        "caption",
        lambda t: " / " in t,
        r".{3,300}\s/\s(?:afp|reuters|ap|epa|getty images|shutterstock"
        r"|anadolu|xinhua|bloomberg)(?:\s+via\s+.{1,30})?[).]?",
    ),
    (
        "copyright",
        lambda t: (
            t[0] == "©"
            or t[:9].lower() in ("copyright", "all right", "(c) ")
            or t[:4].lower() == "(c) "
        ),
        # "(c)" is a copyright sign only with a year or the words of one:
        # "(c) The developer must …" is an item's label.
        r"(?:©|copyright\b)\s*.{0,120}|all rights reserved\.?"
        r"|\(c\)\s*(?=.{0,80}(?:\b(?:19|20)\d\d\b|rights reserved|copyright))"
        r".{0,120}",
    ),
    (
        "advert",
        frozenset({"advertisement", "advert", "sponsored", "promoted", "ad"})
        | {"subscribe", "sign", "register"},
        r"(?:advertisement|advert|sponsored(?: content)?|promoted|ad)"
        r"|(?:advertisement|advert|sponsored(?: content)?|ad)\s*[:|]\s*\S.{0,200}"
        r"|(?:subscribe|sign up|register)\b.{0,80}(?:newsletter|subscribe|free"
        r"|inbox|updates?|updated|alerts?|e-?mails?).{0,40}",
    ),
    (
        "date",
        frozenset({"published", "updated", "posted", "first", "last"}),
        r"(?:first |last )?(?:published|updated|posted)(?: on)?\s*:?",
    ),
    (
        "copyright",
        frozenset({"copyright"}),
        r"copyright\s+(?:©\s*)?(?:19|20)\d\d\b.{0,300}",
    ),
    (
        "copyright",
        frozenset({"acquire", "purchase"}),
        r"(?:acquire|purchase) licensing rights.{0,30}",
    ),
    (
        "advert",
        frozenset({"story", "continue", "scroll", "article"}),
        r"(?:story|article) continues (?:below|after (?:this |the )?(?:ad|advert"
        r"|advertisement))(?: (?:this )?advertisement)?"
        r"|continue reading(?: below| (?:the )?main story)?|scroll to continue.{0,40}",
    ),
    (
        "contact",
        frozenset({"media", "press"}),
        r"(?:media|press)\s+(?:contact|enquiries|inquiries)s?\s*:?.*",
    ),
    (
        "navigation",
        frozenset({"contents", "table", "in", "jump", "on"}),
        r"(?:(?:table of )?contents|in this (?:article|story|guide|page)"
        r"|jump to(?: section)?|on this page)\s*:?",
    ),
    (
        "caption",
        frozenset({"image", "media", "video"}),
        r"(?:image|media|video) (?:source|caption|credit)s?\s*[,:].{1,200}",
    ),
    (
        "caption",
        frozenset({"watch", "listen"}),
        r"(?:watch|listen)(?: to this (?:article|story))?\s*[:·|–—-].{0,120}",
    ),
    (
        "byline",
        frozenset({"staff", "reuters", "ap", "afp", "associated", "agencies"}),
        r"(?:staff and agencies|agencies|reuters|ap|afp|associated press)",
    ),
    (
        "release",
        frozenset({"for", "ends", "###", "-30-", "30", "-", "embargoed"}),
        r"for (?:immediate )?release(?:\s*[:–—-]\s*\S.{0,60})?|ends|-?\s*30\s*-|#{3}"
        r"|embargoed\b.{0,60}",
    ),
    (
        "reading_time",
        lambda t: t[0].isdigit(),
        r"\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read",
    ),
    (
        "notice",
        frozenset({"disclaimer", "disclosure", "affiliate", "editor's", "editor’s"})
        | {"correction", "clarification", "this", "was", "is", "privacy", "data"}
        | {"legal"},
        r"(?:disclaimer|disclosure|affiliate disclosure|editor['’]s note|correction"
        r"|clarification|privacy (?:notice|statement)|data protection(?: notice"
        r"| statement)?|legal notice)(?:,\s*(?=[^:,]{0,30}\d)[^:,]{1,30})?\s*:.{0,400}"
        r"|editor['’]s note"
        r"|this (?:article|post|page|story|content|column|guide|site|website"
        r"|information) (?:contains|may contain|is for"
        r"|is not|was (?:updated|amended|corrected)|has been (?:updated|amended"
        r"|corrected)).{0,300}"
        r"|(?:was|is) this (?:article |page |story |guide |information )?(?:helpful"
        r"|useful)\??.{0,80}"
        r"|this (?:article|story) is (?:more|over) than \d+ (?:years?|months?|days?)"
        r" old\.?|this (?:is a (?:developing|breaking(?: news)?) story|story is"
        r" (?:still )?developing)\b.{0,120}",
    ),
    (
        "notice",
        _notice_gate,
        r"an earlier version of this (?:article|story|report)\b.{0,400}"
        r"|if you (?:or someone you know|have been affected|are affected|need"
        r" (?:help|support)|are struggling)\b.{0,300}"
        r"|for (?:confidential )?support,? (?:call|contact|visit|text)\b.{0,200}"
        r"|a version of this (?:article|story) (?:appeared|appears|was published)"
        r".{0,200}|we use cookies\b.{0,300}|our standards(?:\s*:.{0,80})?",
    ),
    ("byline", _credit_gate, r"the associated press"),
    (
        "byline",
        lambda t: " contributed" in t,
        r"(?:[^.!?]{2,120}\s)?contributed (?:(?:reporting|research)(?: to this"
        r" (?:report|story|article))?|to this (?:report|story|article))"
        r"(?: from [^.!?]{1,60})?\.?",
    ),
    (
        "byline",
        lambda t: " is a" in t[:60] or " is the" in t[:60],
        r"[\p{Lu}][\p{L}’'.-]+(?:\s[\p{Lu}][\p{L}’'.-]+){1,3}\s(?:is|was) (?:a|an|the)"
        r" (?:[^.!?]{0,80}\s)?(?:reporter|correspondent|editor|journalist|writer"
        r"|columnist|contributor|producer|photographer|critic)s?"
        r" (?:for|at|with|covering|based in|who covers)\b[^!?]{0,200}",
    ),
    (
        "caption",
        _credit_gate,
        rf"(?:(?:photo|image|picture)s?\s*:\s*)?{_CREDIT}"
        rf"|.{{3,300}}[.!?”\")\]]\s+(?:{_CREDIT}|\(\s?{_CREDIT}\s?\)"
        rf"|{_CAPTION_WORD}\s*:\s*(?-i:[\p{{Lu}}\d])[^:]{{1,80}})",
    ),
    (
        "caption",
        lambda t: t[0] == "[" or (t[0].isdigit() and " of " in t[:8]),
        r"\[\d{1,2}/\d{1,2}\]\s?.{3,300}|\d{1,3}\s+of\s+\d{1,3}",
    ),
    (
        "caption",
        frozenset({"item", "image", "photo", "picture", "slide", "caption", "hide"})
        | {"toggle", "show", "enlarge", "open", "view", "file", "courtesy", "gallery"}
        | {"listen", "watch", "media", "video"},
        r"(?:item|image|photo|picture|slide)\s+\d{1,3}\s+of\s+\d{1,3}\b.{0,300}"
        r"|(?:photo|picture|image) gallery"
        r"|(?:image|media) caption|(?:hide|toggle|show) caption|caption|file photo"
        r"|enlarge (?:this )?image|open image in gallery|view (?:image )?in fullscreen"
        r"|view (?:the )?(?:full )?(?:gallery|slideshow|photos)"
        r"|(?:photo |picture |image )?gallery\s*:\s*\S.{0,120}"
        r"|(?:(?:photo(?:graph)?|image|picture)\s+)?courtesy(?:\s+of)?\s+[^.!?]{1,80}"
        r"|gallery"
        r"|listen(?: to (?:this |the )?(?:article|story|podcast|episode))?"
        r"(?:\s*[·|–—-].{0,40})?|watch(?: (?:now|live|the video|video))?"
        r"|video duration.{0,20}",
    ),
    (
        "related",
        frozenset({"most", "trending", "recommended", "more", "explore", "don't"})
        | {"don’t", "read", "up", "what", "editor's", "editor’s", "editors'"}
        | {"editors’", "top", "latest", "popular", "you"},
        r"most (?:read|popular|viewed|shared|watched|commented)(?: (?:this|last)"
        r" (?:week|month|year)| today| now)?|trending(?: now)?"
        r"|recommended (?:for you|stories|articles)|more (?:stories|like this)"
        r"|more from [^.!?:]{1,40}|explore more on (?:this|these) topics?"
        r"|don[’']t miss|read (?:next|this next)|up next|what to read next"
        r"|editor[’']?s[’']? picks?|top stories|latest (?:news|stories)"
        r"|popular (?:now|stories)|you (?:might|may) (?:also )?(?:like|be interested"
        r" in)[^.!?]{0,40}",
    ),
    (
        "share",
        lambda t: t[0].isdigit() and len(t) <= _MAX_COUNTER,
        r"\d[\d,.]*k?\s+(?:comments?|shares|replies)",
    ),
    (
        "share",
        frozenset({"comments", "comment", "view", "show", "see", "shares", "share"})
        | {"link", "bookmark", "save", "print", "reuse", "gift", "give", "follow"}
        | {"join", "leave", "add", "log"},
        r"(?:(?:view|show|see|read) )?(?:all )?comments?(?: \(\d+\))?"
        r"|comments? (?:are )?(?:closed|open)|join the (?:conversation|discussion)"
        r"|(?:leave|add) a comment|log in to comment|shares?|link copied"
        r"|bookmark(?: this)?"
        r"|save(?: this)? (?:article|story|for later)|share (?:full article|this"
        r" (?:post|video))|share via \w+|print (?:this )?(?:page|article)"
        r"|reuse this content|gift (?:this )?article|give this article|follow",
    ),
    (
        "navigation",
        frozenset({"close", "search", "sign", "log", "login", "sections", "next"})
        | {"previous", "more", "expand", "about", "contact", "privacy", "terms"}
        | {"cookie", "accept", "manage", "download", "key", "show", "pinned"},
        r"close|search|sign (?:in|out)|log ?(?:in|out)|sections|more|expand"
        r"|(?:next|previous)(?: (?:article|story|page))?|about us|contact us"
        r"|privacy (?:policy|notice)|terms (?:of (?:use|service)|(?:and|&) conditions)"
        r"|cookie (?:policy|settings|preferences)|accept(?: all)? cookies"
        r"|manage (?:your )?(?:cookies|(?:email )?preferences|consent|subscriptions?)"
        r"|download (?:the )?(?:data|chart"
        r"|csv|image|pdf|full report)(?:\s*\([^()]{1,30}\))?|key events"
        r"|show key events only|pinned post",
    ),
    (
        "advert",
        frozenset({"subscribe", "newsletter", "newsletters", "support", "become"})
        | {"donate", "already", "enter", "thank", "download", "skip", "paid"}
        | {"partner", "branded", "supported", "presented", "powered", "brought"}
        | {"get", "check", "book", "buy", "shop", "compare", "advertisement"}
        | {"click", "sign", "give"},
        r"sign up(?: here| now)?[.!]?|click here\b[^.!?]{0,60}[.!]?"
        r"|subscribe(?: (?:now|today|here))?[.!]?|newsletters?"
        # "Subscribe from £1 a week.": the price of a subscription.
        r"|subscribe (?:now |today )?(?:from|for) (?:just |only )?(?:[£$€]\s?\d[\d.,]*"
        r"|\d[\d.,]*\s?(?:p|pence|cents?))\b[^.!?]{0,40}[.!]?"
        r"|support (?:our|independent) journalism[.!]?|support us|become a (?:member"
        r"|subscriber|supporter)|(?:donate|give)(?: now| today| here| online)?[.!]?"
        r"|already a (?:subscriber|member)\?.{0,30}"
        r"|enter your email(?: address)?|thank(?:s| you) for (?:subscribing"
        r"|signing up)[.!]?|download (?:the|our) app|get the app"
        r"|get (?:our )?(?:e-?mail|news|breaking news|push|text) (?:alerts|updates"
        r"|notifications)"
        r"|(?:skip )?advertisement(?:\s*[-–—:|·•]\s*scroll to continue(?: reading)?)?"
        r"|(?:paid|partner|branded) content|(?:supported|presented|powered"
        r"|brought to you) by(?: [^.!?]{1,60})?"
        r"|(?:check (?:prices?|rates|availability)|book (?:now|a (?:room|tour|table"
        r"|stay))|buy (?:now|tickets?)|shop (?:now|the look)|compare prices"
        r"|get (?:tickets|the deal))(?:\s+(?:on|at|from|with|via)\s+[^.!?]{1,40})?",
    ),
    (
        "tags",
        frozenset({"live", "breaking", "exclusive", "opinion", "keywords"}),
        r"live|breaking(?: news)?|exclusive|opinion|keywords\s*:.+",
    ),
    (
        "notice",
        frozenset({"this", "originally", "please", "loading", "note", "check"})
        | {"e&oe", "transcript", "[begin", "[end", "end", "funding", "competing"}
        | {"conflict", "conflicts", "declaration", "report", "(this", "corrections"}
        | {"editorial"},
        r"\(?this (?:article|story|post|report|piece) (?:was|is|has been)"
        r" (?:(?:originally|first) (?:published|appeared)|republished|refiled"
        r"|produced|adapted)\b.{0,300}?\)?"
        r"|\(this (?:article|story) has been (?:updated|amended|corrected)[^)]{0,200}\)"
        r"|originally (?:published|appeared) (?:on|in|by|at)\b.{0,200}"
        r"|this (?:site|website) uses cookies\b.{0,300}"
        r"|please (?:enable|turn on) javascript.{0,120}|loading(?:\.\.\.|…)?"
        r"|note\s*:\s*content may be edited.{0,80}|(?:please )?check against delivery"
        r"\.?|e&oe\b.{0,40}|(?:full |edited |official )?transcript"
        r"|\[(?:begin|end(?: of)?) (?:transcript|video|audio)\]"
        r"|end of (?:transcript|statement)"
        r"|(?:funding|competing interests?|conflicts? of interests?|declarations?"
        r" of interests?)\s*:.{1,400}|report an error|(?:corrections|editorial)"
        r" (?:policy|standards|guidelines)",
    ),
    (
        "references",
        frozenset({"journal", "reference", "references", "citation", "doi", "cite"})
        | {"https"},
        r"(?:journal )?references?\s*:.{0,400}|citation\s*:.{1,400}"
        r"|doi\s*:\s*\S.{0,200}|https?://(?:dx\.)?doi\.org/\S+"
        r"|cite this (?:page|article)\s*:?.{0,400}",
    ),
    (
        "source",
        frozenset({"story", "materials", "material", "data"}),
        r"story source\s*:?|materials? (?:provided|supplied) by .{1,300}"
        r"|data(?: source)?s?\s*:\s*\S.{0,100}",
    ),
    (
        "copyright",
        frozenset({"this"}),
        r"this material may not be (?:published|reproduced|broadcast).{0,200}",
    ),
    (
        "release",
        frozenset({"(end)", "(ends)", "end", "-ends-", "-end-", "–ends–", "—ends—"}),
        r"\(ends?\)|end|[-–—]ends?[-–—]",
    ),
    (
        "byline",
        frozenset({"bloomberg", "from", "dpa", "efe", "ansa", "xinhua", "kyodo"}),
        r"bloomberg(?: news)?|(?:from|via) (?:reuters|afp"
        r"|ap|the associated press|bloomberg|dpa|efe)|dpa|efe|ansa|xinhua|kyodo",
    ),
    (
        "references",
        frozenset({"references", "footnotes", "notes", "sources", "bibliography"}),
        r"(?:references|footnotes|notes|sources|bibliography)\s*:?",
    ),
    (
        "release",
        frozenset({"press", "media", "doorstop", "joint", "radio", "television"})
        | {"tv", "news"},
        r"(?:joint )?(?:press conference|doorstop(?: interview)?|media release"
        r"|press release|media statement|(?:radio|television|tv) interview"
        r"|(?:press|media) briefing|news conference)(?:\s*[-–—:,]\s*[^.!?]{1,80})?",
    ),
    (
        "notice",
        frozenset({"authorised", "authorized"}),
        r"authori[sz]ed by .{1,200}",
    ),
    (
        "navigation",
        frozenset({"show", "load", "see", "view", "jump", "post", "previous", "next"}),
        r"(?:show|load|see|view) (?:more|older|newer|earlier|later|previous)"
        r"(?: posts| updates| stories| entries)?|jump to latest"
        r"(?: updates?)?|post navigation|(?:previous|next) post",
    ),
    (
        "navigation",
        # The links of a newsletter's e-mail: "View this email in your
        # browser", "Unsubscribe", "Forward to a friend".
        frozenset({"view", "unsubscribe", "forward", "update"}),
        r"view (?:(?:this|the) (?:email|e-mail|newsletter|message|issue) )?(?:online"
        r"|in (?:your|a|the) (?:web )?browser)\.?|unsubscribe(?: here)?\.?"
        r"|forward (?:this (?:email|e-mail|newsletter) )?to a friend\.?"
        r"|update (?:your )?(?:email )?(?:preferences|subscriptions?)\.?",
    ),
    (
        "tags",
        frozenset({"live", "tagged"}),
        r"live updates?|tagged\s*:?\s+[^.!?]{1,200}",
    ),
    (
        "share",
        frozenset({"like", "pin", "embed"}),
        r"like this\s*:?|pin (?:it|this(?: post)?)(?: for later)?|embed",
    ),
    (
        "byline",
        lambda t: t.rsplit(None, 1)[-1].lower() in _DESK_WORDS,
        r"(?:(?-i:[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){0,3}),\s+)?"
        r"(?:(?:compiled|edited|written|reported|produced) by (?:the |our )?)?"
        # Not "Letters to the editor", "Talk to the reporter": a heading.
        r"(?:(?!(?:to|for|with|about|and)\s)[\p{L}’'.-]+\s+){0,3}"
        r"(?:bureau|desk|staff|correspondent|reporter"
        r"|editor|staff writer|newsroom|spokes(?:person|man|woman))",
    ),
    (
        "byline",
        # The agency or service a story came through, on a line of its own:
        # "Local Democracy Reporting Service", "Press Association News Service".
        lambda t: t.rsplit(None, 1)[-1].lower() in _AGENCY_WORDS,
        r"(?-i:\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,4})\s+"
        r"(?:reporting|news|wire|press|weather|meteorological)\s+(?:service|agency)",
    ),
    (
        "notice",
        # The reference of a warning, a case or a paper: "Warning reference:
        # NWS-2611-04", "Case no. 2026/0415", "ISSN 2049-3630".
        frozenset({"ref", "reference", "warning", "bulletin", "alert", "advisory"})
        | {"case", "notice", "report", "document", "issn", "isbn", "doi"},
        r"(?:(?:warning|bulletin|alert|advisory|case|notice|report|document)\s+)?"
        r"(?:ref(?:erence)?\.?|no\.|number|id)\s*[:#]?\s*"
        + _CODE
        + r"|(?:issn|isbn|doi)\s*:?\s*"
        + _CODE,
    ),
    # Bylines and credits in the forms of blogs, agencies and government pages.
    (
        "byline",
        frozenset({"author", "authors", "byline", "from", "about the", "with inputs"})
        | {"with input", "thomson", "the hon", "the rt", "—", "–", "--"},
        r"(?:authors?|byline)\s*:\s*(?-i:[\p{Lu}])[^.!?:]{1,80}"
        r"|from\s*:\s*(?-i:[\p{Lu}])[^.!?]{1,120}|about the authors?"
        r"|with inputs? from [^.!?,]{1,40}\.?|thomson reuters"
        r"|the (?:rt\.?\s+)?hon\.?\s+(?-i:\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)"
        r"{0,4})(?:,\s*[^.!?]{1,80})?"
        r"|(?:—|–|--)\s*(?:the associated press|reuters|afp|ap|bloomberg"
        r"|(?:staff and )?agencies|(?:reporting|writing|editing) by [^.!?]{1,200})",
    ),
    (
        "advert",
        frozenset({"get", "newsletter", "join", "open", "install", "read", "report"})
        | {"ad", "adchoices", "promoted", "paid", "sponsored", "in partnership"}
        | {"produced"}
        | {"thanks", "thank", "subscribe", "sign", "log", "subscribers"}
        | {"subscriber", "create", "register", "already"},
        r"get (?:our|the|a|breaking|free)\b[^.!?]{0,60}\b(?:newsletters?|inbox"
        r"|alerts?|briefing)\b[^.!?]{0,60}[.!]?|newsletter sign[- ]?up"
        # "Get deals in your inbox": what the sign-up box offers.
        r"|get [^.!?]{1,40}\b(?:in|into|to|straight to) your inbox\b[^.!?]{0,40}[.!]?"
        r"|join (?:our|us on)\b[^.!?]{0,40}\b(?:whatsapp|telegram|channel"
        r"|community|newsletter)\b[^.!?]{0,40}"
        r"|(?:open|read) in (?:the )?app|install (?:the|our) app|report (?:this )?ad"
        r"|ad feedback|adchoices|promoted (?:stories|content|links)"
        r"|paid (?:post|partnership)|sponsored by [^.!?]{1,60}"
        r"|(?:produced )?in partnership with [^.!?]{1,60}"
        r"|thank(?:s| you) for reading[^.!?]{0,60}[.!]?"
        r"|(?:subscribe|sign in|log ?in) to (?:read|continue|unlock|keep reading)"
        r"[^.!?]{0,60}[.!]?|subscribers? only|create (?:a |your )?(?:free )?account"
        r"|register(?: now| here)?|already have an account\?.{0,30}",
    ),
    (
        "advert",
        lambda t: t.endswith((" here.", " here", " here!")),
        r".{10,300}\b(?:newsletters?|briefing|inbox)\b.{0,200}\b(?:sign up"
        r"|subscribe|register) here[.!]?",
    ),
    (
        "share",
        frozenset({"follow", "share", "tweet", "copy", "email", "go", "jump"})
        | {"following", "unfollow", "saved"},
        r"follow (?!us\b)[^.!?]{1,40} on (?:twitter|x|facebook|instagram|linkedin"
        r"|threads|bluesky|tiktok|youtube|whatsapp|telegram|mastodon)\b[^.!?]{0,40}"
        r"|share (?:article|page|story|via(?: \w+)?)|tweet this|copy (?:url|the link)"
        r"|email (?:this )?(?:article|story|link)|(?:go|jump) to comments"
        r"|following|unfollow|saved",
    ),
    (
        "reading_time",
        frozenset({"reading", "estimated", "read"}),
        r"(?:estimated )?(?:reading|read) time\s*:?\s*(?:about |approx\.? )?"
        r"\d{1,3}\s*(?:-\s*\d{1,3}\s*)?min(?:ute)?s?\.?",
    ),
    (
        "reading_time",
        lambda t: t.endswith(("min read", "minute read", "mins read", "minutes read")),
        r".{1,80}\s[·|•,–—-]\s*\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read",
    ),
    (
        "related",
        frozenset({"more", "full", "read", "keep", "in other", "learn", "find"}),
        r"more\s*:\s*\S.{0,150}|full coverage\s*:.{1,150}"
        r"|read (?:the )?full (?:article|story|report|statement)(?: here)?[.:]?"
        r"|keep reading|in other news|more in [^.!?:]{1,30}|learn more"
        r"|find out more",
    ),
    (
        "caption",
        frozenset({"pictured", "above", "top", "main", "inset", "left", "right"})
        | {"below", "header", "lead", "featured", "image", "photographer"}
        | {"supplied", "video", "audio", "play", "next", "previous", "fullscreen"}
        | {"photos", "photo", "reuters", "afp", "ap", "bloomberg"},
        r"(?:pictured|above|below|inset|left|right|(?:top|main|header|lead|featured)"
        r" (?:image|photo|picture))\s*:\s*\S.{0,250}"
        r"|image copyright\s+.{1,80}|photographer\s*:\s*.{1,80}"
        r"|(?:(?:image|photo)s? )?supplied|(?:image|photo) supplied"
        r"|video|audio|play(?: video| audio)?|(?:next|previous) (?:image|photo|slide)"
        r"|fullscreen|(?:reuters|afp|ap|bloomberg) graphics?",
    ),
    (
        "notice",
        lambda t: t[0] == "(" and t[-1] == ")",
        # The refile notes of wire copy: "(Adds analyst comment in paragraph 5)".
        r"\((?:adds|updates|recasts|corrects|changes|rewrites|refiles|repeats|fixes"
        r"|removes|inserts|clarifies|amends|deletes)\b[^()]{0,160}[^().]\)"
        r"|\(\([^()]{1,200}\)\)",  # "((jane.doe@example.com; +44 20 …))"
    ),
    (
        "notice",
        frozenset({"report", "submit", "suggest", "send", "tip", "got", "we value"}),
        r"(?:report|submit|suggest) an? (?:correction|typo|error)"
        r"|send us (?:your )?(?:tips?|a tip|feedback|a story)\b[^.!?]{0,60}[.!]?"
        r"|tip us off[^.!?]{0,40}|got a (?:news )?(?:tip|story)\?.{0,100}"
        r"|we value your privacy[.!]?",
    ),
    (
        "navigation",
        frozenset({"accept", "reject", "privacy", "terms", "careers", "advertise"})
        | {"site", "sitemap", "rss", "skip", "navigation", "home"}
        | {"pinned"},
        r"(?:accept|reject) all(?: cookies)?|privacy|terms|careers"
        r"|advertise with us|site ?map|rss(?: feeds?)?|skip (?:to )?navigation"
        r"|navigation|home|pinned",
    ),
    (
        "contact",
        frozenset({"contact", "email", "e-mail", "tel", "telephone", "phone", "fax"})
        | {"mobile", "for more", "for further"},
        r"contacts?\s*:(?:\s*\S.{0,120})?|(?:e-?mail|tel(?:ephone)?|phone|mobile|fax)\s*:"
        r"\s*(?=[^\s@]*@|[+(]?\d)\S.{0,120}"
        r"|for (?:more|further) information,? (?:please )?(?:contact|visit|call"
        r"|email|see|go to)\b.{0,150}|(?:contact|email) the (?:author|reporter"
        r"|writer)\b.{0,100}",
    ),
    (
        "tags",
        frozenset({"section", "live"}),
        r"section\s*:\s*(?-i:\p{Lu})[^.!?,:]{0,40}|live blog",
    ),
    # Disclaimers, data notes and sign-offs that read as sentences.
    (
        "notice",
        frozenset({"the views", "the opinions", "the authors", "the author", "views"})
        | {"past", "this", "not", "all prices", "prices", "when you", "we may"}
        | {"check", "read", "opinions", "we earn", "we receive", "we get"}
        | {"we might", "we could", "i earn", "i may", "i might", "i receive"},
        r"(?:the )?(?:views|opinions) (?:and opinions )?expressed"
        r" (?:in this \w+ |here )?"
        r"(?:are (?:those|solely|the author|my|his|her|their)|do not (?:necessarily )?"
        r"reflect)\b.{0,200}"
        r"|past performance is (?:not|no) (?:a )?(?:guarantee|guide|indicat\w+"
        r"|reliable)\b[^,]{0,100}"
        r"|(?:this is )?not (?:investment|financial|legal|medical) advice\.?"
        r"|this (?:content|article|story|summary) was (?:produced|written|generated"
        r"|created|drafted) (?:with the (?:assistance|help|use) of|using|by)"
        r" (?:ai|artificial intelligence|generative ai)\b.{0,120}"
        r"|this (?:story|interview|article|conversation|transcript|q&a) has been"
        r" (?:lightly )?(?:edited|condensed)\b.{0,80}"
        r"|(?:all )?prices (?:are )?correct (?:at|as of) (?:the )?time of"
        r" (?:publication|writing|publishing)\.?"
        r"|when you (?:buy|shop|purchase)\b.{0,40}\bthrough (?:our |the )?links"
        r"\b.{0,200}"
        r"|we may (?:earn|receive) (?:a |an )?(?:small )?(?:affiliate )?commission"
        r"\b.{0,200}|(?:we|i) (?:may |might |could )?(?:earn|receive|get)"
        r" (?:a |an )?(?:small )?(?:affiliate )?(?:commissions?|fees?)\b[^.!?]{0,60}"
        r"\b(?:links?|buy|purchase|shop|click)\b.{0,200}"
        r"|the authors? declares? no (?:competing|conflicts? of)"
        r" interests?\.?"
        r"|check back (?:later )?for (?:updates|more)\.?"
        r"|this (?:story|article|page) will be updated(?: (?:as|when) [^,]{1,60})?[.!]?"
        r"|read about our approach to external linking\.?",
    ),
    (
        "source",
        frozenset({"prices", "data", "quotes", "figures", "market", "all prices"})
        | {"all data", "all figures", "all quotes", "online", "source"},
        r"(?:all )?(?:prices|data|figures|quotes|rates) (?:are )?(?:as of|as at"
        r"|correct as (?:of|at))\s+(?:the close|close|\d[\d:.]*(?:\s*[ap]\.?m\.?)?)"
        r"(?:\s+(?:gmt|utc|bst|cet|cest|et|edt|est|pt|local time|on \w+(?: \d{1,2})?))?"
        r"\.?|(?:all )?quotes (?:are )?delayed (?:by )?(?:at least |a minimum of )?\d"
        r".{0,60}"
        r"|(?:market )?data (?:provided|compiled|supplied) by (?-i:\p{Lu})"
        r"[^.!?,]{0,40}\.?"
        r"|(?:all )?figures are (?:provisional|preliminary|rounded)\.?"
        r"|(?:online )?data(?:set)? code\s*:.{1,60}"
        r"|source dataset\s*:.{1,60}",
    ),
    (
        "date",
        frozenset({"data"}),
        r"data (?:extracted|retrieved|accessed|downloaded) (?:on|in)\s.{1,40}",
    ),
    (
        "date",
        frozenset({"latest", "last", "recent"}),
        # What the last revision of a page changed: "Latest update: new rules …".
        r"(?:latest|last|recent) (?:update|change|changes|revision)s?\s*:\s*\S.{0,200}",
    ),
    (
        "release",
        frozenset({"notes", "note", "editors", "editor's", "editor’s"}),
        r"(?:notes? (?:to|for) editors|editors['’]? notes?)(?:\s*:(?:\s*\S.{0,400})?)?",
    ),
    (
        "related",
        frozenset({"related", "around", "elsewhere"}),
        r"related (?:internet )?links|around the (?-i:\p{Lu}{2,})"
        r"|elsewhere on (?:the )?(?-i:\p{Lu}{2,}|web|site)",
    ),
    (
        "caption",
        frozenset({"swipe", "click", "tap"}),
        r"swipe (?:for|to see) more(?: photos| images)?|(?:click|tap) to (?:enlarge"
        r"|expand|zoom)",
    ),
    (
        "caption",
        lambda t: "ourtesy" in t[-_MAX_CREDIT:] or "©" in t[-_MAX_CREDIT:],
        r".{3,300}[.!?”\")\]]\s+(?:(?:photo(?:graph)?|image|picture)s?\s*:?\s+)?"
        r"courtesy(?: of)?\s"
        r"[^.!?]{1,80}\.?|.{3,300}\s\(?©\s?[^.!?()]{1,80}\)?",
    ),
    (
        "caption",
        lambda t: t[-1] == ")" and "/" in t[-_MAX_CREDIT:],
        # "… on Saturday (Jane Doe/Nordic Wire)": a person and an outlet.
        r".{3,300}\s\((?-i:\p{Lu}[\p{L}.'’-]*\s\p{Lu}[^()/]{0,40})/(?-i:\p{Lu})"
        r"[^()/]{1,40}\)",
    ),
    (
        "release",
        frozenset({"news", "nnnn", "-0-"}),
        r"news release|n{4}|-0-",
    ),
    ("navigation", frozenset({"release"}), r"release calendar"),
    (
        "share",
        frozenset({"embed"}),
        r"embed (?:this )?(?:chart|graph|map|video|table|graphic)",
    ),
    (
        "navigation",
        frozenset({"download"}),
        r"download\s*:\s*(?:csv|xlsx?|pdf|json|png|svg|data)"
        r"(?:\s*[|,/·]\s*(?:csv|xlsx?|pdf|json|png|svg|data))*",
    ),
    (
        "contact",
        frozenset({"more", "further"}),
        r"(?:more|further) information\s*:\s*\S.{0,150}",
    ),
    (
        "navigation",
        lambda t: " / " in t,
        # A breadcrumb of sections: "World / Americas", "Business / Markets".
        rf"(?-i:{_SECTION_NAME}(?:\s/\s{_SECTION_NAME}){{1,5}})",
    ),
    (
        "date",
        frozenset({"data", "updated", "figures", "this", "page", "published"}),
        r"(?:(?:data|figures|this page|page) (?:is |are )?)?(?:updated|published)"
        r" (?:daily|weekly|monthly|quarterly|annually|yearly|every \w+)\.?",
    ),
    (
        "source",
        frozenset({"all", "closing", "indicative", "settlement", "spot", "delayed"})
        | {"final", "latest", "opening", "intraday", "prices", "quotes", "rates"}
        | {"data", "figures", "levels"},
        # "Closing prices, March 14, 2025", "Indicative prices as of 17:00 London time".
        r"(?:all )?(?:(?:closing|indicative|settlement|spot|delayed|final|latest"
        r"|opening|intraday) )?(?:prices|quotes|rates|data|figures|levels)(?: are)?"
        rf"(?:\s*[,:–—-]\s*|\s+(?:as of|as at|at|on)\s+){_AS_OF_PART}"
        rf"(?:[\s,]+{_AS_OF_PART}){{0,8}}\.?",
    ),
    (
        "notice",
        frozenset({"rated", "rating", "our", "overall", "score", "user", "users"})
        | {"customer", "customers", "reader", "readers", "editor's", "editor’s"}
        | {"star", "verdict"},
        # A review's rating line: "Rated 4 out of 5", "Our rating: 8/10".
        r"(?:(?:our|overall|user|users['’]?|customer|customers['’]?|readers?['’]?"
        r"|editor['’]s) )?(?:rating|score|verdict|star rating)\s*[:–—-]?\s*"
        rf"{_SCORE}|rated\s+{_SCORE}",
    ),
    ("notice", _rating_gate, _SCORE),
    (
        "share",
        frozenset({"listen", "watch", "subscribe", "stream", "follow"}),
        # "Listen on Apple Podcasts | Spotify | RSS": where the show is to be had.
        r"(?:listen|watch|subscribe|stream|follow)(?: (?:now|free|to (?:the|this|our)"
        r" (?:podcast|show|episode|programme|series)))?(?: (?:and|or) (?:subscribe"
        r"|follow|listen|watch))?\s+(?:on|via|in|at|with)\s+"
        rf"{_PLATFORM}(?:\s*(?:[|·•,/]|\bor\b|\band\b)\s*{_PLATFORM}){{0,8}}"
        r"(?:,? (?:or )?wherever you (?:get|listen to) (?:your )?podcasts)?\.?",
    ),
    (
        "byline",
        _show_credit_gate,
        # "The Long Road is produced by Hannah Vine. Music by The Sorrel Band."
        rf"{_SHOW} (?:is|are) (?:produced|presented|hosted|made)(?: and (?:produced"
        rf"|presented|hosted|edited|mixed|written))? by {_CREDITED}\.?"
        rf"(?:\s+{_CREDIT_JOB}(?: (?:and|&) {_CREDIT_JOB})?(?: by|\s*:)\s+"
        rf"{_CREDITED}\.?){{0,5}}",
    ),
    (
        "copyright",
        lambda t: "©" in t[:60],
        # After a label: "Forecast data © 2026 Northfield Weather Ltd."
        r"(?:[\p{L}’'&-]+\s+){1,4}(?:©|\(c\))\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?"
        r"\d\d)?\b.{0,150}",
    ),
    *NOTE_RULES,
    (
        "advert",
        frozenset({"add", "view", "check", "see", "compare", "buy", "shop", "get"}),
        # The buttons of a shopping widget: "ADD TO CART: US$25 Gift Card",
        # "VIEW PRICE: Funko Pop …": a call to buy, a colon, the product.
        r"(?:add to (?:cart|bag|basket|trolley)|(?:view|check|see|compare)"
        r" (?:prices?|deals?|offers?|product|on amazon)|buy (?:now|it|here)"
        r"|shop (?:now|it|here)|get (?:it|the deal|this deal|deal))\s*:\s*\S.{0,200}",
    ),
    (
        "references",
        lambda t: t[0] in _NOTE_MARKERS,
        # A footnote its mark opens: "¹ Typical household: 2,700kWh …".
        r"[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}\s*\S.{0,400}|[†‡]{1,3}\s*\S.{0,400}",
    ),
    (
        "navigation",
        lambda t: ">>" in t or "»" in t or "→" in t or "->" in t,
        # A link an e-mail prints as a label and its address: "Read the report
        # >> https://…", "View this email in your browser » www.example.org".
        r"[^.!?>»→]{1,60}?\s*(?:>>|»|→|->)\s*(?:https?://|www\.)\S{1,200}",
    ),
    (
        "navigation",
        frozenset({"page"}),
        r"page\s+\d{1,4}\s*(?:of|/)\s*\d{1,4}",  # a page's footer: "Page 2 of 4"
    ),
    (
        "navigation",
        lambda t: t.rsplit(None, 1)[-1].lower() in _MASTHEAD_ENDS,
        # A newsletter's masthead: its name, a mark, what it is ("THE FIELD
        # NOTES -- a weekly science briefing", "Morning Wire: your daily news
        # digest").
        r"(?-i:[\p{Lu}\d][\p{L}\d&’'.-]*(?:\s+[\p{Lu}\d&][\p{L}\d&’'.-]*){0,4})"
        r"\s*(?:--|—|–|:|\||·)\s*(?:a|an|the|your|our|daily|weekly|monthly"
        r"|fortnightly)\s+(?:[\p{L}’'-]+\s+){0,5}(?:newsletter|briefing|bulletin"
        r"|digest|round-?up|dispatch)",
    ),
    (
        "release",
        lambda t: _slug_gate(t),
        # The slug of wire copy over its headline: topic words in capitals
        # joined by hyphens and slashes, perhaps its version
        # ("SHIPPING-REDSEA/INSURANCE (UPDATE 2)", "USA-TRADE-CHINA").
        r"(?-i:[\p{Lu}\d]{2,}(?:[-/][\p{Lu}\d]{2,}){1,5}"
        r"(?:\s*\((?:UPDATE|REFILE|CORRECTED|REPEAT|RPT|URGENT|WRAPUP)(?:\s+\d{1,2})?\)"
        r"|\s+(?:-\s+)?(?:UPDATE|REFILE|CORRECTED)\s+\d{1,2})?)",
    ),
    (
        "related",
        lambda t: t.endswith(_HERE_ENDS),
        # A wire's pointer to more: "For a graphic on copper inventories, click here".
        r"(?:for|to (?:see|read|view|get|find|watch))\s[^!?]{1,120}?,?"
        r" (?:click|tap|see|go|look) here\.?",
    ),
    (
        "related",
        _address_gate,
        # A label over a web address alone: "Full programme and booking: example.org".
        rf"(?-i:\p{{Lu}})[^.!?:|]{{1,60}}:\s*{_ADDRESS}",
    ),
    (
        "contact",
        lambda t: "@" in t,
        # Last, after the feedback prompts of NOTE_RULES: a line ending in an
        # address to write to ("Questions? Email desk@example.com").
        r"(?:[^@\s]+\s+){0,8}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?",
    ),
)
_Rule = tuple[int, str, regex.Pattern[str]]  # (order in _RULES, kind, pattern)


_Tested = tuple[Callable[[str], bool], tuple[_Rule, ...]]


def _index_rules() -> tuple[dict[str, tuple[_Rule, ...]], tuple[_Tested, ...]]:
    """Index the rules by first word; the others by their test, run once each."""
    by_word: dict[str, list[_Rule]] = {}
    tested: dict[Callable[[str], bool], list[_Rule]] = {}
    for order, (kind, gate, source) in enumerate(_RULES):
        # Simple case folding (the VERSION0 default): full case folding
        # matches "ff" to "ﬀ" as well, and backtracks exponentially on a line
        # such as "(cfffff…f)".
        rule = (order, kind, regex.compile(source, regex.IGNORECASE))
        if isinstance(gate, frozenset):
            for word in gate:
                by_word.setdefault(word, []).append(rule)
        else:
            tested.setdefault(gate, []).append(rule)
    return (
        {w: tuple(r) for w, r in by_word.items()},
        tuple((gate, tuple(r)) for gate, r in tested.items()),
    )


_BY_FIRST_WORD, _TESTED = _index_rules()
_TWO_WORD_STARTS = frozenset(w.split(" ", 1)[0] for w in _BY_FIRST_WORD if " " in w)
_START_WORDS = ("copyright", "all right", "(c) ")


def _any_test(text: str) -> bool:
    """Passes whenever a test of _TESTED may pass, so most lines skip them all.

    The cheap checks come first; the last word is split off once.
    """
    if text[-1] in ")]" or text[0] in "©0123456789[" or text[0] in _STARS:
        return True
    tail = text[-_MAX_CREDIT:]
    if ">" in text or "»" in text or "›" in text or "/" in tail or "@" in text:
        return True
    if "→" in text or (text[:2].isupper() and "-" in text[:_MAX_SLUG]):
        return True  # "Read the report → https://…", "USA-TRADE-CHINA"
    if _caption_colon(tail):
        return True
    opening = text[:24].lower()
    if opening.startswith(_START_WORDS) or opening.startswith(_NOTICE_STARTS):
        return True
    if " contributed" in text or " is a" in text[:60] or " is the" in text[:60]:
        return True
    if note_test(text) or text[0] in _NOTE_MARKERS:
        return True  # "… is a registered charity (no. 1234567).", "¹ Typical …"
    if "©" in text[:60] or "ed by " in text:
        return True  # "Forecast data © 2026 …", "The Long Road is produced by …"
    last = text.rsplit(None, 1)[-1].lower()
    if "." in last[:-1] and _address_gate(text):
        return True  # "Full programme and booking: example.org"
    if last in ("read", "here.", "here", "here!") or "ourtesy" in tail or "©" in tail:
        return True  # "Jane Doe · 4 min read", "… newsletter. Sign up here."
    if last in _MASTHEAD_ENDS:
        return True  # "THE FIELD NOTES -- a weekly science briefing"
    return (
        last in _DESK_WORDS or last.strip(")(.") in _CREDIT_END or last in _AGENCY_WORDS
    )


_DIGIT = regex.compile(r"\d")
_MAX_DATE_LENGTH = 90
_MAX_BOLD_LABEL = 30
# The words a date line may start with (a figure or a mark aside): the words
# of _DATE_LABEL and _DATE_PART, so most lines skip the date patterns.
_DATE_MARKS = frozenset(",|·•/–—-(")
_DATE_WORDS = frozenset(
    """published updated update posted modified date dated issued released still
    filed week match report declared recorded compiled captured broadcast announced
    accessed retrieved
    release delivered reviewed revised checked fact-checked fact verified first
    last latest next as time reference period data page article story post
    figures prices table chart guide info information details today yesterday
    at on of spring summer autumn fall winter jan january feb february mar march
    apr april may jun june jul july aug august sep sept september oct october
    nov november dec december mon monday tue tues tuesday wed wednesday thu thur
    thurs thursday fri friday sat saturday sun sunday gmt utc bst cet cest eet
    est edt cst cdt pst pdt et pt ist jst aest""".split()  # noqa: SIM905
)


def classify(text: str) -> str | None:
    """Return the boilerplate kind of one stripped line, or ``None`` for content.

    Example:
        >>> [classify(t) for t in ("By Ana Ruiz, Madrid", "Home > World > Asia")]
        ['byline', 'navigation']
        >>> classify("By the end of the year, prices had doubled.") is None
        True
    """
    if not text or len(text) > 320:
        return None
    if text[0] in "*_" and text[-1] == text[0] and len(text) > 2:
        # In italics (or bold): "*This article is part of our series on …*".
        inner = text.strip(text[0]).strip()
        return classify(inner) if inner and inner[0] not in "*_" else None
    if text[:2] in ("**", "__"):
        # A bold label: "**Published:** 3 May 2025", "**Source**: Eurostat".
        close = text.find(text[:2], 2)
        if 2 < close <= _MAX_BOLD_LABEL and ":" in (
            text[close - 1],
            text[close + 2 : close + 3],
        ):
            return classify(text[2:close] + text[close + 2 :])
    if text[0] == "[" and text[-1] == "]" and text.count("[") == 1:
        inner = text[1:-1].strip()  # "[Advertisement]", "[Check against delivery]"
        return classify(inner) if inner and not inner.isdigit() else None
    if _looks_like_byline(text):
        return "byline"
    # The first word, up to a colon: "Tags:Dublin", "doi:10.1038/…", "https://…".
    first = text.split(None, 1)[0].lower().split(":", 1)[0].rstrip(".,")
    if (
        len(text) <= _MAX_DATE_LENGTH
        and (
            first[:1].isdigit()
            or first[:1] in _DATE_MARKS
            or first in _DATE_WORDS
            or "|" in text
            or "·" in text
        )
        and _DIGIT.search(text)
        and (_is_date(text) or _dates(text))
    ):
        return "date"
    if text.startswith("SOURCE ") and len(text) < 100:
        return "source"  # the press-wire sign-off: "SOURCE Acme Corp"
    rules: list[_Rule] = []
    if _any_test(text):
        rules = [rule for test, group in _TESTED if test(text) for rule in group]
    rules.extend(_BY_FIRST_WORD.get(first, ()))
    if first in _TWO_WORD_STARTS:
        # "The Hon …", "In partnership with …": a common first word is told
        # apart by the second one, so "The …" prose runs none of these rules.
        words = text[:60].split(None, 2)
        if len(words) > 1:
            second = words[1].lower().split(":", 1)[0].rstrip(".,")
            rules.extend(_BY_FIRST_WORD.get(f"{first} {second}", ()))
    for _, kind, pattern in sorted(rules) if len(rules) > 1 else rules:
        if pattern.fullmatch(text):
            if kind == "navigation" and _sentence(text) and not _names_or_links(text):
                continue  # a sentence, unless it points to an address
            return kind
    return _joined(text)


def _names_or_links(text: str) -> bool:
    """Whether a line ends in a web address or in what a newsletter is.

    ``View in your browser >> https://…``, ``MORNING TIDE -- a daily coastal
    briefing``, ``View this email in your browser``: navigation, though most
    of their words are lower case.
    """
    last = text.rsplit(None, 1)[-1]
    return last.startswith(("http://", "https://", "www.")) or (
        last.lower().rstrip(".") in _NAMED_ENDS
    )


# What a line of navigation may end in: "View this email in your browser".
_NAMED_ENDS = _MASTHEAD_ENDS | {"browser", "online"}


def finishes_sentence(above: str, text: str) -> bool:
    """Whether a date line ``text`` ends the sentence the line ``above`` breaks off.

    A hard-wrapped paragraph may leave a date alone on its last line:
    ``… It takes effect on 2 March, not`` over ``2 February.``. The line
    above ends mid-sentence (a lower-case word or a comma) and the date
    ends with a full stop: it is the end of that sentence, not a date line
    of the page.

    Example:
        >>> finishes_sentence("The fare rises on 2 March, not", "2 February.")
        True
        >>> finishes_sentence("By Ana Ruiz", "2 February 2026")
        False
    """
    above = above.rstrip()
    return (
        text[-1:] == "."
        and bool(above)
        and (above[-1] == "," or above[-1].islower())
        and classify(text) == "date"
    )


_JOINS = regex.compile(r"\s+[|·•]\s+")
_MAX_JOINED = 8  # pieces of furniture side by side on one line


def _joined(text: str) -> str | None:
    """The kind of a line of furniture pieces side by side, or ``None``.

    ``Terms of use | Privacy policy | Contact us``: every piece is
    furniture on its own, so the line is; navigation when the pieces
    differ. One piece that is not furniture keeps the line content
    (``Adults | £4.20``).
    """
    if "|" not in text and "·" not in text and "•" not in text:
        return None
    pieces = _JOINS.split(text)
    if not 1 < len(pieces) <= _MAX_JOINED:
        return None
    kinds = set()
    for piece in pieces:
        kind = classify(piece)
        if kind is None:
            return None
        kinds.add(kind)
    return kinds.pop() if len(kinds) == 1 else "navigation"


# The networks a share box lists one a line under its label ("Share this
# article" over "Facebook", "X", "Email").
NETWORKS = frozenset(
    """facebook twitter x linkedin whatsapp email e-mail reddit telegram instagram
    pinterest messenger bluesky threads mastodon flipboard print sms""".split()  # noqa: SIM905
) | {"copy link", "copy url"}


_DATE_SEPARATOR = regex.compile(r"\s*[|·•;]\s*")
_DATED_BY = regex.compile(
    rf"(?P<date>.+?)\s+by\s+(?:{_NAME}(?:\s+{_NAME}){{0,3}}"
    # "Posted 3 May 2025 by the Transport Desk"
    rf"|(?i:the|our)\s+(?:{_NAME}\s+){{0,3}}(?i:desk|team|staff|newsroom|bureau"
    r"|editors|reporters))"
)
_INNER_UPDATE = regex.compile(
    r"\s+(?=(?:last\s+)?(?:updated|modified)\b)", regex.IGNORECASE
)
_ASIDE = regex.compile(r"(?P<date>.+?)\s*\([^()]{1,40}\)")


def _is_date(text: str) -> bool:
    return _DATE.fullmatch(text) is not None and _HAS_DATE.search(text) is not None


def _dates(text: str) -> bool:
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
    if "|" in text or "·" in text or "•" in text or ";" in text:
        parts = _DATE_SEPARATOR.split(text)
        has_date = [_is_date(p) for p in parts]
        if len(parts) < 2 or not any(has_date):
            return False
        if len(parts) == 2:
            return _section_dated(parts, has_date)
        names = 0  # a show, a publication and its section: two names at most
        for a_date, part in zip(has_date, parts, strict=True):
            if a_date or _issue_label(part) or _DURATION.fullmatch(part):
                continue
            if classify(part) in _WITH_DATES:
                continue
            if names == _MAX_NAMES or _SHOW_NAME.fullmatch(part) is None:
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
    if " by " in text:
        dated = _DATED_BY.fullmatch(text)
        return dated is not None and _is_date(dated.group("date"))
    if text[-1] == ")":
        aside = _ASIDE.fullmatch(text)
        return (
            aside is not None
            and _DATE_LABEL_START.match(text) is not None
            and _is_date(aside.group("date"))
        )
    return False


_MAX_ISSUE_WORDS = 3
_MAX_NAMES = 2
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
_SECTION = regex.compile(_SECTION_NAME)


def _section_dated(parts: list[str], has_date: list[bool]) -> bool:
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
    if classify(other) in _WITH_DATES:
        return True
    return _SECTION.fullmatch(other) is not None and _YEAR.search(date) is not None


# How long an episode or a video runs: "48 min", "1 hr 5 min", "1h 12m".
_DURATION = regex.compile(
    r"\d{1,3}\s*(?:min(?:ute)?s?|hrs?|hours?|h)(?:\s*\d{1,2}\s*(?:min(?:ute)?s?|m))?",
    regex.IGNORECASE,
)
# The name of a show or a series: a few capitalised words ("The Long Road").
_SHOW_NAME = regex.compile(
    r"\p{Lu}[\p{L}’'.&-]*(?: (?:\p{Lu}[\p{L}’'.&-]*|&|and|of|the|on|in|for|a)){0,4}"
)
_WITH_DATES = frozenset({"byline", "reading_time"})  # "3 May 2025 | Markets Desk"


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
        and _DIGIT.search(part) is not None
    )


def _looks_like_byline(text: str) -> bool:
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]  # "(Reporting by Ana Ruiz; Editing by Tom Hale)"
    # Only the opening is lowered: every test below looks at its first 25
    # characters (lowering never shortens a string, so they are those of
    # the whole line lowered).
    head = text[:25].lower()[:25]
    if (" by " in head or head.startswith("by ")) and _BY_ROLE.fullmatch(text):
        return True  # its role words are lower case, not a sentence's
    if head.startswith(_CREDIT_STARTS) and _WIRE_CREDITS.fullmatch(text):
        # "Reporting by A in Lagos; Writing by B; Editing by C", however long,
        # but each part names people ("Research by Oxford economists suggests…"
        # is prose).
        return not any(_sentence(part) for part in text.split(";"))
    by_first = head.startswith(("by ", "written by", "reported by", "reporting by"))
    by_inside = " by " in head or " by: " in head
    if not by_first and not (by_inside and not text.endswith(".")):
        return False
    return _BYLINE.fullmatch(text) is not None and not _sentence(text)


def _sentence(text: str) -> bool:
    """Whether a line reads as prose: many words, or a lower-case verb run."""
    words = split_words(text)
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) > 14 or (lower >= 4 and lower * 2 > len(words))


# A wire dateline alone on its line: the agency in brackets before or after
# the place, or the place in capitals, then a dash: "(AP) — NAIROBI, Kenya",
# "NAIROBI, Kenya (AP) —", "LAGOS, May 6 (Reuters) -", "CAIRO —".
_PLACE = r"(?-i:\p{Lu}{2,}[\p{Lu}.’'-]*(?: \p{Lu}{2,}[\p{Lu}.’'-]*){0,3})"
_PLACE_TAIL = r"(?:,[ \t]*[\p{L}\d.’' -]{1,40})?"
_WIRE = r"\([ \t]*(?-i:\p{Lu}[\p{L}.&]{1,15}(?: \p{Lu}[\p{L}.&]{1,15}){0,2})[ \t]*\)"
_DASH = r"(?:—|–|--?)"
_LONE_DATELINE = regex.compile(
    rf"{_WIRE}[ \t]*{_DASH}(?:[ \t]*{_PLACE}{_PLACE_TAIL})?"
    rf"|{_PLACE}{_PLACE_TAIL}(?:[ \t]*{_WIRE})?[ \t]*{_DASH}",
    regex.IGNORECASE,
)
_MAX_DATELINE = 70


def lone_dateline(text: str) -> bool:
    """Whether a stripped line is a wire dateline and nothing more.

    ``(AP) — NAIROBI, Kenya``, ``NAIROBI, Kenya (AP) —``, ``CAIRO —``: it
    opens with the agency in brackets or a place in capitals, and either
    ends in a dash or has the dash right after the agency. A line with
    words after the dash (``CAIRO — Egypt's central bank…``) is the
    paragraph the dateline opens, not a dateline alone.

    Example:
        >>> [lone_dateline(t) for t in ("(AP) — NAIROBI, Kenya", "NATO Summit")]
        [True, False]
    """
    if not text or len(text) > _MAX_DATELINE:
        return False
    if text[0] != "(" and not (text[-1] in "—–-" and text[:2].isupper()):
        return False  # most lines: no bracket first, no dash last
    return _LONE_DATELINE.fullmatch(text) is not None
