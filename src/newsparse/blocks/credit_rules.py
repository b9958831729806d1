"""Block parse: the furniture patterns of credits, dates and sources.

Bylines and wire credits in their page forms, captions and photo credits,
copyright lines, sources, reference lists, press-release markers, reading
times and dated labels: each rule a kind of :data:`~.furniture.KINDS`, a
gate and a whole-line pattern, as :mod:`.page_rules` explains; it puts
these after its own.
"""

from __future__ import annotations

import regex

from .dates import AS_OF_PART
from .notes import Gate

__all__ = [
    "AGENCY_WORDS",
    "CREDIT_END",
    "CREDIT_RULES",
    "DESK_WORDS",
    "MAX_CREDIT",
    "MAX_SLUG",
    "NOTE_MARKERS",
    "WIRE_MARKS",
    "caption_colon",
    "role_gate",
    "service_gate",
]

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

DESK_WORDS = frozenset(
    {"bureau", "desk", "staff", "correspondent", "reporter", "editor", "writer"}
    | {"office", "clerk", "fellow", "unit"}
    | {"newsroom", "spokesperson", "spokesman", "spokeswoman"}
)

AGENCY_WORDS = frozenset({"service", "agency", "agencies"})  # "… Reporting Service"
_DESK_ENDS = DESK_WORDS | {"agencies", "service"}
_BODY_ENDS = frozenset({"agency", "office", "service", "bureau"})  # as any_test admits

CREDIT_END = frozenset(
    {"images", "shutterstock", "alamy", "media", "wire", "efe", "epa-efe", "afp"}
    | {"reuters", "ap", "xinhua", "bloomberg", "dpa", "ansa", "kyodo", "yonhap"}
    | {"nurphoto", "press", "features", "eyevine", "agency", "rex", "epa"}
)

_CAPTION_COLON = regex.compile(r"(?:Photo|PHOTO|Picture|Image|Credit|CREDIT)\w*\s*:")


def caption_colon(tail: str) -> bool:
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


MAX_CREDIT = 90


def _credit_gate(text: str) -> bool:
    """Whether a line may end in a photo credit, so the caption rule is tried.

    Its last characters hold a slash (``REUTERS/Juan Medina``), a caption
    word before a colon (``Photo: A. Berg``), or it ends in an agency's name.
    """
    tail = text[-MAX_CREDIT:]
    if "/" in tail or caption_colon(tail):
        return True
    last = tail[tail.rfind(" ") + 1 :]
    if last[:1].islower():
        return False  # most prose ends on a lower-case word; agencies do not
    return last.lower().strip(")(.") in CREDIT_END


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
    " is published by ",
)


_ROLES = (
    *(" editor", " reporter", " correspondent", " writer", " columnist"),
    *(" economist", " strategist", " analyst", " head of", " fellow", " researcher"),
)
_MAX_ROLE_LINE = 90


def role_gate(text: str) -> bool:
    """Whether a line may name a writer and the job (``Sam Okafor, editor of …``)."""
    if len(text) > _MAX_ROLE_LINE or ", " not in text[:40]:
        return False
    lowered = text.lower()  # (the rule's pattern asks "Head of" in capitals)
    return any(role in lowered for role in _ROLES)


_SERVICE_NAMES = (
    *(
        f"{where} {what}"
        for where in ("English", "International", "World")
        for what in ("Service", "service", "Edition", "edition", "Desk", "desk", "Wire")
    ),
    *("News Service", "News Agency", "Newswire", "Wire Service", "Press Agency"),
    *("Press Association", "SERVICE", "NEWSWIRE"),
)
_SERVICE_ENDS = (
    "ervice",
    "dition",
    "esk",
    "ire",
    "IRE",
    "gency",
    "ssociation",
    "SERVICE",
)


def service_gate(text: str) -> bool:
    """Whether a line may name an agency's service (``… – English Service``).

    Most lines hold none of the names' last words and skip the names.
    """
    return any(end in text for end in _SERVICE_ENDS) and any(
        name in text for name in _SERVICE_NAMES
    )


def _show_credit_gate(text: str) -> bool:
    """Whether a line may credit a show's makers: ``X is produced by …``."""
    return any(verb in text for verb in _SHOW_VERBS)


# The marks of a footnote under the story: "¹ Typical household: …", "† …".
NOTE_MARKERS = "¹²³⁴⁵⁶⁷⁸⁹⁰†‡"

MAX_SLUG = 90
_SLUG_FLAGS = ("URGENT ", "FLASH ", "PRIORITY ", "BULLETIN ")


def _slug_gate(text: str) -> bool:
    """Whether a line may be a wire slug (``SHIPPING-REDSEA/INSURANCE (UPDATE 2)``).

    Capitals first, no space before its version, and a slash, two joins or a
    version: ``UK-EU`` is a name, not a slug.
    """
    if len(text) > MAX_SLUG or not text[:2].isupper():
        return False
    if text.startswith(_SLUG_FLAGS):
        text = text.split(" ", 1)[1]  # "URGENT HW-BRITAIN-COURTS/FRAUD (UPDATE 1)"
    topic = text.split("(", 1)[0].split(" ", 1)[0]
    return "/" in topic or topic.count("-") > 1 or topic != text.rstrip()


def _agency_credit_gate(text: str) -> bool:
    """Whether a line may end on a wire picture's credit (``. Agency/Name``)."""
    return "/" in text[-_MAX_AGENCY_CREDIT:] and ". " in text


_WIRE_VERSIONS = ("UPDATE", "REFILE", "CORRECTED", "RPT", "REPEAT")
# What a wire's version note says it did: "(adds union comment …)".
_NOTE_VERBS = ("adds", "updates", "recasts", "corrects", "changes", "rewrites")
_NOTE_VERB = "(?:" + "|".join(_NOTE_VERBS) + ")"
_MAX_SIGN_OFF_CODE = 30  # characters of "ASN/LP/OF/11:42 GMT"
_WIRE_NOTES = ("SUBSTITUTE", "KILL", "WITHDRAWN", "ELIMINATE", "CORRECTION")
WIRE_MARKS = ("BC-", "(END)", "(MORE)", "(ENDS)")
"""How a wire's slug or end line starts."""
_MAX_AGENCY_CREDIT = 45  # characters of "PHOTO | Agency/Photographer Name"
_MAX_SECTION_TYPE = 60  # characters of "Environment · Long read"

CREDIT_RULES: tuple[tuple[str, Gate, str], ...] = (
    (
        "source",
        frozenset({"source", "sources", "figures", "projection"}),
        # "Source: Eurostat", "Figures: Voluntary Services Office.",
        # "Projection: Dunmere Post election unit. Figures rounded."
        r"(?:sources?|figures|projection)\s*[:–—]\s*\S.{0,200}",
    ),
    (
        "caption",
        _agency_credit_gate,
        # A wire picture's caption, its credit last: "Displaced families queue
        # for water on March 2. Kestrel/Idris Sane", "… on Sunday. PHOTO |
        # OPA/KEVIN LUBEGA".
        # (or in brackets: "… on May 9. (DPS/Le Thi Hoa)")
        r"[^|]{10,300}[.!] (?:photo\s*[|:]\s*)?(?P<open>\()?(?-i:\p{Lu}[\p{L}.&-]*)"
        r"/(?-i:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})(?:\s\(file\))?"
        r"(?(open)\))",
    ),
    (
        "caption",
        frozenset({"chart", "figure", "fig", "graphic", "map"}),
        # A chart's or a figure's caption: "Figure 1: Number of vacancies,
        # rolling three-month average", "Chart 2. Monthly on-time rate …",
        # "Figure 2 | Cost by store type"
        r"(?:chart|figure|fig\.?|graphic|map) \d{1,2}[a-z]?\s*[:.|–-]\s*\S.{0,250}",
    ),
    (
        "caption",
        lambda t: t[-1] == ")" and " for " in t[-60:],
        # A picture's caption, its photographer and outlet in brackets: "Women
        # collect water from a tanker on Saturday. (Amara Bell for The Courier)"
        r"[^|]{10,300}[.!] \((?-i:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})"
        r" for (?:the )?(?-i:\p{Lu})[^()]{1,40}\)",
    ),
    (
        "caption",
        lambda t: t[-1] == ")" and t[-2:-1] != ")",
        # … or the photographer alone, or with the outlet: "Commuters wait at
        # the station on Monday. (Lena Oduya)", "… (Hana Lee/Port Aldine Post)"
        r"[^|]{10,300}[.!] \((?!(?:updated|corrected|see|read|more|continued"
        r"|click|source|reporting|writing|editing|with|via|file)\b)"
        r"(?-i:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})"
        r"(?: ?/ ?[^()/]{1,40})?\)",
    ),
    (
        "caption",
        frozenset({"photo", "photos", "image", "images", "picture", "pictures"})
        | {"photograph", "photographs", "caption", "credit", "illustration", "video"}
        | {"graphic", "photography"}
        | {"file", "chart", "map", "infographic"},
        r"(?:photo|image|picture|photograph|caption|credit|photo credit"
        r"|illustration|video|graphic|file photo|chart|map|infographic|photography)s?"
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
        # (or the photographer after "Photo /": "… on Monday. Photo / Lena Marsh")
        r".{3,300}[.!]\s+(?:photo|picture|image)s?\s/\s(?-i:\p{Lu})[\p{L} .'’-]{2,40}"
        r"|.{3,300}\s/\s(?:afp|reuters|ap|epa|getty images|shutterstock"
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
        r"(?:©|copyright\b)\s*.{0,300}|all rights reserved\.?(?:\s+[^!?]{1,300})?"
        r"|\(c\)\s*(?=.{0,80}(?:\b(?:19|20)\d\d\b|rights reserved|copyright))"
        r".{0,120}",
    ),
    (
        "date",
        frozenset({"published", "updated", "posted", "first", "last"}),
        r"(?:first |last )?(?:published|updated|posted)(?: on)?\s*:?"
        # how often, then perhaps when last: "Updated every Friday. Last
        # update: 15 August 2025, 12:00"
        r"|(?:updated|published) (?:every|each) (?:day|weekday|week|month|quarter"
        r"|\p{L}+day)(?:[.,;] [^!?]{0,100})?\.?",
    ),
    (
        "copyright",
        frozenset({"copyright"}),
        r"copyright\s+(?:©\s*)?(?:19|20)\d\d\b.{0,300}",
    ),
    (
        "copyright",
        lambda t: "opyright " in t[:60],
        # "Calder Newswire. Copyright 2025. Not for redistribution …"
        r"[^.!?]{1,40}\.\s+copyright\s+(?:©\s*)?(?:19|20)\d\d\b.{0,200}"
        # "Script copyright Harbour Radio. Not for rebroadcast without permission."
        r"|(?:script|text|content|audio|material) copyright"
        r" (?-i:\p{Lu})[^!?]{1,150}",
    ),
    (
        "copyright",
        frozenset({"crown", "parliamentary"}),
        # "Crown copyright 2025", "Parliamentary copyright 2025. This
        # information may be reused under the Open Data Licence."
        r"(?:crown|parliamentary) copyright(?: (?:19|20)\d\d)?(?:[.,;] .{0,300}|\.)?",
    ),
    (
        "copyright",
        frozenset({"acquire", "purchase"}),
        r"(?:acquire|purchase) licensing rights.{0,30}",
    ),
    (
        "caption",
        frozenset({"image", "media", "video"}),
        r"(?:image|media|video) (?:source|caption|credit)s?\s*[,:].{1,200}",
    ),
    (
        "caption",
        frozenset({"watch", "listen"}),
        r"(?:watch|listen)(?: to this (?:article|story))?\s*[:·|–—-].{0,120}"
        # with its length: "Listen to this article 03:12", "… (4 min)"
        r"|listen to this (?:article|story)\s*\(?\d{1,2}(?::\d\d| min(?:ute)?s?)\)?",
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
        r"|embargoed\b.{0,120}",
    ),
    (
        "release",
        lambda t: t.startswith(_WIRE_VERSIONS),
        # A wire update's note on what changed: "UPDATE 2-Adds union
        # statement in paragraphs 5-6, updates prices", "REFILE-Corrects
        # spelling of minister's name in paragraph 3" (not the headline of
        # an update: "UPDATE 2-Copper climbs to five-week high").
        r"(?-i:UPDATE|REFILE|CORRECTED|RPT|REPEAT)(?:\s+\d{1,2})?\s*[-–]\s*"
        rf"(?:{_NOTE_VERB}|writes through|fixes"
        r"|removes|inserts|deletes|tops|refiles|repeats)\b[^|]{2,200}",
    ),
    (
        "notice",
        frozenset({*_NOTE_VERBS, "inserts", "removes"}),
        # The note without its version: "Updates with company statement in
        # paragraphs 7-8, share price", "Adds minister's quote in paragraph 4"
        rf"(?:{_NOTE_VERB}|inserts|removes)\b"
        r"[^.!?|]{0,100}\bparagraphs? \d{1,2}(?:\s*[-–]\s*\d{1,2})?\b[^.!?|]{0,60}",
    ),
    (
        "release",
        lambda t: t[:2].isupper() and t[-1] == ")",
        # A story's keyword over its headline, with what the version adds:
        # "FLOODS Roads (adds school closures, rail)"
        r"(?-i:\p{Lu}{2,}(?: \p{Lu}{2,}| \p{Lu}\p{Ll}+){0,3})"
        rf" \({_NOTE_VERB}\b[^()]{{1,80}}\)",
    ),
    (
        "release",
        frozenset({"(copy", "(story"}),
        # Where a filing stops: "(Copy ends 0915 - further updates to follow)"
        r"\((?:copy|story) ends\b[^()]{0,80}\)",
    ),
    (
        "release",
        frozenset({"corrected", "refiled", "updated", "repeated"}),
        # "Corrected version of story first issued at 0942 GMT."
        r"(?:corrected|refiled|updated|repeated) (?:version|copy) of (?:a |the |this )?"
        r"(?:story|item|report|alert)\b[^|]{0,120}",
    ),
    (
        "release",
        frozenset({"words"}),
        # A wire feature's advisory: "Words: 340 / Pictures available".
        r"words\s*:\s*\d{2,5}\b[^.!?]{0,60}",
    ),
    (
        "reading_time",
        lambda t: t[0].isdigit(),
        r"\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read",
    ),
    ("byline", _credit_gate, r"the associated press"),
    (
        "byline",
        lambda t: " contributed" in t,
        r"(?:[^.!?]{2,120}\s)?contributed (?:(?:reporting|research)(?: to this"
        r" (?:report|story|article))?|to this (?:report|story|article))"
        r"(?: from [^.!?]{1,60})?\.?"
        # "Reporter Lin Hale contributed from Tarrant City."
        r"|(?:(?:staff )?reporter|correspondent|staff writer) (?-i:\p{Lu})[^.!?]{1,60}"
        r" contributed from [^.!?]{1,60}\.?",
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
        rf"|{_CAPTION_WORD}\s*:\s*(?:(?-i:[\p{{Lu}}\d])|reader|supplied|submitted"
        r"|handout|file|courtesy)[^:]{1,80})",
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
        "references",
        frozenset({"journal", "reference", "references", "citation", "doi", "cite"})
        | {"https", "suggested", "how to"},
        r"(?:journal )?references?\s*:.{0,400}|citation\s*:.{1,400}"
        r"|doi\s*:\s*\S.{0,200}|https?://(?:dx\.)?doi\.org/\S+"
        r"|cite this (?:page|article)\s*:?.{0,400}"
        # "Cite as: Ruiz, A. (2026), "Ferry Fares …", Policy Summary No. 31"
        r"|(?:cite as|suggested citation|how to cite)\s*:\s*\S.{0,400}",
    ),
    (
        "source",
        frozenset({"story", "materials", "material", "data"}),
        r"story source\s*:?|materials? (?:provided|supplied) by .{1,300}"
        r"|data(?: source)?s?\s*:\s*\S.{0,100}"
        # "Data from the Northern Forecasting Service and transport operators."
        r"|data (?:from|supplied by|provided by|courtesy of) (?:the )?"
        r"(?-i:\p{Lu}[\p{L}’'&.-]*)"
        r"(?: (?-i:\p{Lu}[\p{L}’'&.-]*)|,| of| for| the| &){0,8}"
        r"(?:,? and (?:the )?[\p{L}’' -]{1,40})?\.?",
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
        r"|media advisory|press advisory"
        r"|press release|media statement|(?:radio|television|tv) interview"
        r"|(?:press|media) briefing|news conference)(?:\s*[-–—:,]\s*[^.!?]{1,80})?",
    ),
    (
        "byline",
        lambda t: t.rsplit(None, 1)[-1].lower() in _DESK_ENDS,
        # "Meridian News Agency – Energy Desk": the agency, then its desk.
        r"(?:(?-i:[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){0,3})(?:,|\s+[–—-])\s+)?"
        r"(?:(?:compiled|edited|written|reported|produced) by (?:the |our )?)?"
        # Not "Letters to the editor", "Talk to the reporter", "A New Welcome
        # Desk": a heading. "Levant & Gulf Desk", "Island Desk, with agencies".
        r"(?!an?\s)(?:(?!(?:to|for|with|about|and)\s)(?:[\p{L}’'.-]+|&)\s+){0,3}"
        r"(?:bureau|desk|staff|correspondent|reporter"
        r"|editor|staff writer|newsroom|spokes(?:person|man|woman)|press office"
        r"|media office|communications office|(?:news|reporting|wire) service"
        r"|(?:affairs|business|sports?|political|legal|science|health) writer"
        r"|(?:senior |research |visiting )?fellow"
        r"|(?:political|investigations?|data) unit"
        r"|(?:parish|town|council) clerk)"
        r"(?:,?\s+(?:with|and)\s+agencies)?"
        # "Ana Ruiz | Local Democracy Reporting Service": a reporter, then hers
        r"|(?-i:[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){1,3}) \| "
        r"(?:[\p{L}’'.-]+\s+){0,3}(?:reporter|correspondent|editor|writer|bureau"
        r"|desk|(?:news|reporting|wire) service)",
    ),
    (
        "byline",
        # The agency or service a story came through, on a line of its own:
        # "Local Democracy Reporting Service", "Press Association News Service".
        lambda t: t.rsplit(None, 1)[-1].lower() in AGENCY_WORDS,
        r"(?-i:\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,4})\s+"
        r"(?:reporting|news|wire|press|weather|meteorological)\s+(?:service|agency)",
    ),
    # Bylines and credits in the forms of blogs, agencies and government pages.
    (
        "byline",
        frozenset({"author", "authors", "byline", "from", "about the", "with inputs"})
        | {"with input", "thomson", "the hon", "the rt", "—", "–", "--"},
        r"(?:authors?|byline)\s*:\s*(?-i:[\p{Lu}])[^.!?:]{1,80}"
        r"|from\s*:\s*(?-i:[\p{Lu}])[^.!?]{1,120}"
        r"|from\s*:\s*[^<>]{0,80}<[^<>\s@]+@[^<>\s]+>"  # an e-mail's sender
        r"|about the authors?(?:\s*:\s*\S.{0,400})?"
        r"|with inputs? from [^.!?,]{1,40}\.?|thomson reuters"
        r"|the (?:rt\.?\s+)?hon\.?\s+(?-i:\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)"
        r"{0,4})(?:,\s*[^.!?]{1,80})?"
        r"|(?:—|–|--)\s*(?:the associated press|reuters|afp|ap|bloomberg"
        r"|(?:staff and )?agencies|(?:reporting|writing|editing) by [^.!?]{1,200})",
    ),
    (
        "reading_time",
        frozenset({"reading", "estimated", "read", "approx.", "approx", "approximate"}),
        r"(?:(?:estimated|approx\.?|approximate) )?(?:reading|read) time\s*:?\s*"
        r"(?:about |approx\.? )?"
        r"\d{1,3}\s*(?:-\s*\d{1,3}\s*)?min(?:ute)?s?\.?",
    ),
    (
        "reading_time",
        lambda t: t.endswith(("min read", "minute read", "mins read", "minutes read")),
        r".{1,80}\s[·|•,–—-]\s*\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read",
    ),
    (
        "caption",
        frozenset({"pictured", "above", "top", "main", "inset", "left", "right"})
        | {"below", "header", "lead", "featured", "image", "photographer"}
        | {"opposite", "overleaf", "facing"}
        | {"supplied", "video", "audio", "play", "next", "previous", "fullscreen"}
        | {"photos", "photo", "reuters", "afp", "ap", "bloomberg"},
        # (what it shows opens with a capital: not "Below: the day in numbers …")
        r"(?:pictured|above|below|inset|left|right|opposite|overleaf|facing page"
        r"|(?:top|main|header|lead|featured) (?:image|photo|picture))"
        r"\s*:\s*(?-i:[\p{Lu}\d\"“‘'(]).{0,250}"
        r"|pictured\s*:\s*(?:the|a|an) .{1,250}"  # "Pictured: the launch team"
        r"|image copyright\s+.{1,80}|photographer\s*:\s*.{1,80}"
        r"|(?:(?:image|photo)s? )?supplied|(?:image|photo) supplied"
        r"|video|audio|play(?: video| audio)?|(?:next|previous) (?:image|photo|slide)"
        r"|fullscreen|(?:reuters|afp|ap|bloomberg) graphics?",
    ),
    (
        "source",
        frozenset({"prices", "data", "quotes", "figures", "market", "all prices"})
        | {"results", "scores", "times", "standings"}
        | {"all data", "all figures", "all quotes", "online", "source"},
        r"(?:all )?(?:prices|data|figures|quotes|rates) (?:are )?(?:as of|as at"
        r"|correct as (?:of|at))\s+(?:the close|close|\d[\d:.]*(?:\s*[ap]\.?m\.?)?)"
        r"(?:\s+(?:gmt|utc|bst|cet|cest|et|edt|est|pt|local time|on \w+(?: \d{1,2})?))?"
        r"\.?|(?:all )?quotes (?:are )?delayed (?:by )?(?:at least |a minimum of )?\d"
        r".{0,60}"
        r"|(?:market )?data (?:provided|compiled|supplied) by (?-i:\p{Lu})"
        r"[^.!?,]{0,40}\.?"
        r"|(?:all )?figures are (?:provisional|preliminary|rounded)\.?"
        # "Scores correct at 19:40 BST"
        r"|(?:scores|results|standings|times) (?:are )?correct (?:at|as of)"
        r" \d{1,2}[:.]\d\d\s*(?:[ap]m)?(?: [A-Z]{2,4})?"
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
        frozenset({"published"}),
        # A notice's paper and date: "Published in the Valley Gazette on 7
        # March 2025"
        r"published (?:in|by) (?:the )?[^.!?]{2,50} on \d{1,2} \p{L}+ \d{4}",
    ),
    (
        "byline",
        frozenset({"signed", "name"}),
        # A clerk's signature: "Signed: R. Castellano, Clerk to the Council";
        # a letter's: "Name and address supplied"
        r"signed\s*:\s*\S.{1,80}|name (?:and address )?(?:supplied|withheld)"
        r"(?: (?:by|on) request)?\.?",
    ),
    (
        "advert",
        frozenset({"to place"}),
        # "To place a notice, call our announcements team on …"
        r"to place (?:a|an|your) (?:notice|announcement|advert(?:isement)?|tribute)"
        r"\b.{0,200}",
    ),
    (
        "date",
        frozenset({"version"}),
        # A document's version and when it changed: "Version 3.2, revised March 2025"
        r"version \d{1,3}(?:\.\d{1,3}){0,2},? (?:revised|updated|published|issued)"
        r"(?: on| in)? [\w ,]{3,30}",
    ),
    (
        "byline",
        lambda t: t.rsplit(None, 1)[-1].lower() in _BODY_ENDS,
        # The division that wrote it, then its body: "Prices and Housing
        # Division, Northvale Statistics Agency"
        r"(?-i:\p{Lu})[\p{L} &'’-]{2,50} (?:division|directorate|unit|branch|team)"
        r", (?:the )?(?-i:\p{Lu})[\p{L} &'’-]{2,50}",
    ),
    (
        "date",
        frozenset({"latest", "last", "recent"}),
        # What the last revision of a page changed: "Latest update: new rules …".
        # (Not a headline in Title Case: "Latest Updates: Flood Relief Fund …")
        r"(?:latest|last|recent) (?:update|change|changes|revision)s?\s*:\s*"
        r"(?!(?-i:\p{Lu}[\p{L}’'-]*,?\s+){3})\S.{0,200}",
    ),
    (
        "release",
        frozenset({"notes", "note", "editors", "editor's", "editor’s"}),
        r"(?:notes? (?:to|for) editors|editors['’]? notes?)(?:\s*:(?:\s*\S.{0,400})?)?",
    ),
    (
        "caption",
        frozenset({"swipe", "click", "tap"}),
        r"swipe (?:for|to see) more(?: photos| images)?|(?:click|tap) to (?:enlarge"
        r"|expand|zoom)",
    ),
    (
        "caption",
        lambda t: "ourtesy" in t[-MAX_CREDIT:] or "©" in t[-MAX_CREDIT:],
        r".{3,300}[.!?”\")\]]\s+(?:(?:photo(?:graph)?|image|picture)s?\s*:?\s+)?"
        r"courtesy(?: of)?\s"
        r"[^.!?]{1,80}\.?|.{3,300}\s\(?©\s?[^.!?()]{1,80}\)?",
    ),
    (
        "caption",
        lambda t: t[-1] == ")" and "/" in t[-MAX_CREDIT:],
        # "… on Saturday (Jane Doe/Nordic Wire)": a person and an outlet.
        r".{3,300}\s\((?-i:\p{Lu}[\p{L}.'’-]*\s\p{Lu}[^()/]{0,40})/(?-i:\p{Lu})"
        r"[^()/]{1,40}\)",
    ),
    (
        "release",
        frozenset({"news", "nnnn", "-0-", "--"}),
        # (with its number: "News release 2025/017", "News release No. 41")
        r"news release(?: (?:no\.? ?)?\d{1,4}(?:/\d{2,4})?)?|n{4}|-0-|--? ?0 ?--?",
    ),
    (
        "release",
        frozenset({"end"}),
        r"end of (?:transmission|feed|file|bulletin|service)",  # a feed's last line
    ),
    (
        "caption",
        lambda t: t[:2] == "![",
        r"!\[[^\]]{0,200}\]\([^()\s]{1,200}\)",  # a Markdown image: "![Chart](c.png)"
    ),
    (
        "references",
        # (not a title in italics opening a line: "*The Ferryman* at the …")
        lambda t: t[0] == "*" and t[1:2].isupper() and "*" not in t[1:],
        r"\*(?-i:\p{Lu}).{1,300}",  # a table's footnote: "*Provisional: …"
    ),
    (
        "notice",
        lambda t: " = " in t[:10],
        # "RPS = Regional …", "CR = county record; PB = personal best",
        # "pp = percentage points"
        r"(?-i:[A-Z]{1,6}|[a-z]{2,4}) = [\p{L}’' -]{3,60}"
        r"(?:[;,·|]\s*(?-i:[A-Z]{1,6}|[a-z]{2,4}) = [\p{L}’' -]{3,60})*",
    ),
    (
        "related",
        frozenset({"read", "download", "view"}),
        # "Read the full report (PDF, 1.4 MB)"
        r"(?:read|download|view) the (?:full|complete) (?:report|document|judgment"
        r"|study|paper|statement|text|decision)(?:\s*\([^()]{1,30}\))?\.?",
    ),
    (
        "release",
        frozenset({"briefing", "press", "decision", "policy", "position", "media"}),
        # What kind of document it is, alone on its line: "BRIEFING NOTE".
        r"(?-i:BRIEFING NOTE|PRESS SUMMARY|POLICY BRIEF|POSITION PAPER|MEDIA NOTE)",
    ),
    (
        "date",
        frozenset({"published"}),
        # "Published on 19 April 2024 by authority of the Assembly",
        # "Published by the Homes First Alliance, 9 May 2024"
        r"published (?:on [^.!?]{3,30} )?by (?:authority of )?(?:the )?"
        r"(?-i:\p{Lu})[^.!?]{1,80}?(?:,\s*\d{1,2} \w+ \d{4}|\d{4})?",
    ),
    (
        "release",
        lambda t: t.startswith("BC-"),
        # An agency's slug: "BC-Harbour-Dam-Release, 1st Ld-Writethru", "BC-Tarn-
        # Ports-Strike 1stLd-Writethru",
        # "BC-Tarn-Copper-Strike/ 2nd Ld-Writethru", "BC-Oil-Cut,0451 (URGENT)",
        # "BC-CHILE-MINING-STRIKE/UPDATE 1".
        r"(?-i:BC)-[\w-]{3,60}(?:/[\w-]{1,40})?/?"
        r"(?:(?:,|/)?\s*\d(?:st|nd|rd|th)\s*ld-writethru"
        r"|/(?:update|urgent|refile|correction|writethru)(?:\s*\d{1,2})?"
        r"|(?:\s+\d(?:st|nd|rd|th)\s*ld)?,\s*\d{3,4}"  # "BC-Oil-Cut 1st Ld,0412"
        r"(?:\s*\((?:urgent|bulletin|flash|advisory)\))?)?"
        # and when it moved: "BC-Chile-Port-Strike 1stLd-Writethru 02-14-2024 1147GMT"
        r"(?:\s+\d{2}-\d{2}-(?:\d{4}|\d{2}))?(?:\s+\d{4}\s?(?:gmt|utc|et|edt|est))?",
    ),
    (
        "release",
        lambda t: t[:7] in ("UPDATE ", "CORRECT", "REFILE-"),
        # A version's code over the story, alone on its line: "CORRECTED-UPDATE
        # 2-Philippines-Ferry/Accident", "REFILE-UPDATE 1-Chile-Copper/Strike"
        # (with the headline after it, it is the headline's)
        r"(?-i:(?:(?:CORRECTED|REFILE)-)?(?:UPDATE \d{1,2}|CORRECTED|REFILE)"
        r"-[\w]+(?:-[\w]+){0,5}(?:/[\w-]+){0,2})",
    ),
    (
        "release",
        lambda t: " Ld" in t,
        # any desk's slug and lead: "HW-COURTS-EXTRADITION 1st Ld-Writethru"
        r"(?-i:[A-Z]{2,5}(?:-[A-Z0-9]{2,20}){1,4})\s+\d(?:st|nd|rd|th)\s*ld"
        r"(?:-writethru)?",
    ),
    (
        "notice",
        frozenset({"for", "corrects", "correcting", "clarifies"}),
        # The terms of a picture feed, and its correction notes: "For
        # editorial use only. No archiving, no resale.", "CORRECTS spelling
        # of name in caption (…)".
        r"for editorial use only\b.{0,160}"
        r"|(?-i:CORRECTS|CORRECTING|CLARIFIES)\b.{0,200}",
    ),
    (
        "byline",
        frozenset({"readers'", "readers’", "readers", "managing", "deputy", "letters"})
        | {"news", "picture", "pictures", "night", "production", "sports", "sport"},
        # "Readers' editor: Ana Ruiz", "Picture editor: Tom Hale".
        r"(?:readers['’]?|managing|deputy|letters|news|pictures?|night|production"
        r"|sports?) editor\s*:\s*"
        r"(?-i:\p{Lu}[\p{L}’'.-]+(?:[ \t]+\p{Lu}[\p{L}’'.-]+){1,3})",
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
        rf"(?:\s*[,:–—-]\s*|\s+(?:as of|as at|at|on)\s+){AS_OF_PART}"
        rf"(?:[\s,]+{AS_OF_PART}){{0,8}}\.?",
    ),
    (
        "byline",
        frozenset({"read", "narrated", "produced", "presented", "hosted", "mixed"})
        | {"recorded", "music", "theme", "original", "sound", "artwork"}
        | {"executive", "series", "moderated", "chaired"},
        # A show's credits one after another: "Read by Ewan Macrae. Produced
        # by Sol Bennett. Theme music by Quiet Harbour."; a debate's chair:
        # "Moderated by Priya Anand, Opinion Editor"; a guest: "Hosted by Colm
        # Reyes, with guest Dr Hanne Vestergaard"
        rf"(?:(?:read|narrated|produced|presented|hosted|mixed|recorded|moderated"
        rf"|chaired|{_CREDIT_JOB}) by {_CREDITED}(?:,? with (?:guests?|panellists?)"
        rf" {_CREDITED})?[.;]?\s*){{1,6}}",
    ),
    (
        "byline",
        role_gate,
        # A sign-off naming the writer and the job: "Sam Okafor, editor of the
        # Morning Briefing", "Ana Ruiz, our Lisbon correspondent", "Filed by
        # Ana Ruiz, local democracy reporter", "Tom Hale, court reporter, at
        # Wexley Crown Court", "Marit Oyel, Senior Fellow, Maritime Programme".
        r"(?:(?:filed|written|reported) by )?"
        r"(?-i:\p{Lu}[\p{L}’'.-]+(?: \p{Lu}[\p{L}’'.-]+){1,2}),\s+(?:the\s+|our\s+)?"
        r"(?:[\p{L}’'-]+\s+){0,3}?(?:editor|reporter|correspondent|writer|columnist"
        r"|producer|presenter|economist|strategist|analyst|fellow|researcher"
        # "R. Castell, Head of Planning Services" (in capitals: not "…, the
        # observatory's head of storage research", a quote's attribution)
        r"|(?-i:Head of) (?:[\p{L}&’'-]+\s*){1,4})s?"
        r"(?:,?\s+(?:of|at|for|on|in)\s+(?:the\s+)?(?-i:\p{Lu})[^.!?,]{0,50}"
        # "Marit Oyel, Senior Fellow, Maritime Security Programme"
        r"|,\s+(?-i:\p{Lu})[^.!?,]{0,50})?\.?",
    ),
    (
        "byline",
        _show_credit_gate,
        # "The Long Road is produced by Hannah Vine. Music by The Sorrel Band.";
        # a paper's colophon: "The Voice is published by Voice Media CIC.
        # Registered in Scotland."
        rf"{_SHOW} (?:is|are) (?:produced|presented|hosted|made|published)"
        r"(?: and (?:produced"
        rf"|presented|hosted|edited|mixed|written))? by {_CREDITED}"
        r"(?:,? and (?:produced|presented|hosted|edited|mixed|written)"
        rf" by {_CREDITED})?"
        r"\.?"
        rf"(?:\s+{_CREDIT_JOB}(?: (?:and|&) {_CREDIT_JOB})?(?: by|\s*:)\s+"
        rf"{_CREDITED}\.?){{0,5}}"
        r"(?:\s+(?:registered|incorporated) in [^!?]{1,80})?",
    ),
    (
        "copyright",
        lambda t: "©" in t,
        # After a label: "Forecast data © 2026 Northfield Weather Ltd."; after
        # a sentence: "The Echo, part of the Dale News network. © 2025 …"
        r"(?:(?:[\p{L}’'&-]+\s+){1,4}|(?-i:\p{Lu})[^©.!?]{0,100}\.\s+)(?:©|\(c\))"
        r"\s*(?:19|20)\d\d"
        r"(?:\s*[-–]\s*(?:19|20)?\d\d)?\b.{0,150}",
    ),
    (
        "references",
        lambda t: t[0] in NOTE_MARKERS,
        # A footnote its mark opens: "¹ Typical household: 2,700kWh …".
        r"[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}\s*\S.{0,400}|[†‡]{1,3}\s*\S.{0,400}",
    ),
    (
        "release",
        lambda t: _slug_gate(t),
        # The slug of wire copy over its headline: topic words in capitals
        # joined by hyphens and slashes, perhaps its version
        # ("SHIPPING-REDSEA/INSURANCE (UPDATE 2)", "USA-TRADE-CHINA").
        # "TERRAVIA-QUAKE/ (UPDATE 2)", "SELVARA-DAM/ (UPDATE 3, PIX, TV)"
        r"(?-i:(?:(?:URGENT|FLASH|PRIORITY|BULLETIN) )?"
        r"[\p{Lu}\d]{2,}(?:[-/][\p{Lu}\d]{2,}){1,5}/?"
        # (or a desk's code: "UK-COURTS-FRAUD/PARISH (SPA)")
        # and its tags: "(UPDATE 2)", "(Q&A)", "(PIX, TABLE)", "(FEATURE)",
        # "(adv for Sunday editions)"
        r"(?:\s*\((?:\d{1,2}(?:st|nd|rd|th) )?[A-Z][A-Z&]{1,11}(?:\s+\d{1,2})?"
        r"(?:,\s*(?:\d{1,2}(?:st|nd|rd|th) )?[A-Z][A-Z&]{1,11}(?:\s+\d{1,2})?)*"
        # (with what the version adds: "(UPDATE 1, adds union comment in
        # paragraphs 5-7)")
        rf"(?:,\s*(?i:{_NOTE_VERB})\b[^()]{{1,80}})?\)"
        # (or the agency's name and when it may run: "(Nordwire) ADV 0600 GMT")
        r"|\s*\(\p{Lu}[\p{L}-]{2,30}\)\s+ADV\s+\d{4}\s*(?:GMT|UTC)"
        r"|\s*\((?i:adv|advance|for release|embargoed)\b[^()]{0,40}\)"
        r"|\s*\((?i:[^()]{1,40}\b\d{2,5} words)\)"
        r"|\s+(?:-\s+)?(?:UPDATE|REFILE|CORRECTED)\s+\d{1,2}"
        # (corrected without a number after two joins: "ZZT-NZ-DAIRY CORRECTED")
        r"|(?<=-[\p{Lu}\d]{2,40}-[\p{Lu}\d]{2,40})\s+CORRECTED)?"
        # then when it moved: "MW-ECON-BUDGET 11-NOV-2025 09:12 GMT"
        r"(?:\s+\d{1,2}-[A-Z]{3}-\d{4}(?:\s+\d{1,2}:\d{2}(?:\s+[A-Z]{2,4})?)?"
        r"|\s+\d{4}\s*(?:GMT|UTC)"
        # "HPA-ENERGY-FUEL-PRICES 19/11/2025 11:05 GMT"
        r"|\s+\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2}(?:\s+[A-Z]{2,4})?)?"
        # "FIRE-DEPOT/EVACUATION (MNA) 3 April 2025 07:41 GMT"
        r"|\s+\d{1,2} \p{Lu}\p{L}{2,8} \d{4}(?:\s+\d{1,2}:\d{2}(?:\s+[A-Z]{2,4})?)?"
        # and its length: "AGR-GRAIN/EXPORTS (NPA) -- 402 words"
        r"|\s+(?:--?|–|—)\s+\d{2,5} words)?)",
    ),
    (
        "release",
        lambda t: len(t) <= _MAX_SIGN_OFF_CODE and "/" in t and t[:2].isupper(),
        # The initials a wire story ends on, with the time it moved:
        # "ASN/LP/OF/11:42", "KW/JT/1942 GMT".
        r"(?-i:[A-Z]{2,5}(?:/[A-Z]{1,5}){1,5}/\d{1,2}:?\d{2}(?:\s*[A-Z]{2,4})?)"
        # or the editors' initials: "EANA wk/ob", "ONA sb/gf"
        r"|(?-i:[A-Z]{2,6} [a-z]{1,3}(?:/[a-z]{1,3}){1,3}(?: \d{4,6}(?: ?[A-Z]{2,4})?"
        r"(?: [A-Z]{3} \d{2})?)?)"  # "APA lp/df 020958 GMT SEP 25"
        # (or the day before the time: "NNA ms/jh 10-12-24 0611GMT")
        r"|(?-i:[A-Z]{2,6} [a-z]{1,3}(?:/[a-z]{1,3}){1,3} \d{1,2}-\d{1,2}-\d{2}"
        r" \d{4} ?[A-Z]{2,4})"
        # a wire's header and footer codes: "NPA0217 4 A 0389 /NPA-BC",
        # "NPA-WF-05-16-24 0914GMT"
        r"|(?-i:[A-Z]{2,5}\d{3,5} \d [A-Z]{1,4} \d{3,5} /[A-Z]{2,6}(?:-[A-Z]{2,6})?)",
    ),
    (
        "release",
        lambda t: t.startswith(_WIRE_NOTES),
        # A wire's note on a story it replaces: "SUBSTITUTE - KENYA-FERTILISER/PLANT"
        r"(?-i:SUBSTITUTE|WITHDRAWN|ELIMINATE|KILL|CORRECTION)\s*[-–:]\s*"
        r"(?-i:[A-Z]{2,}(?:[-/][A-Z]{2,}){1,5})",
    ),
    (
        "release",
        lambda t: (
            t.startswith(WIRE_MARKS)
            or (t[:2].isupper() and (t[-1].isupper() or t[-1].isdigit()))
        ),
        # An AP-style slug: "BC-Copper-Strike/Andeluz, 2nd Ld-Writethru"; a
        # story's end with its code: "(END) NPA-CUL 2034", "(END) 131004 GMT
        # Sep 24"; a desk's code, time and flag: "MWS-BUS 0932 URGENT"
        r"(?-i:BC-[\w/-]{3,60}(?:, \d(?:st|nd|rd|th) Ld(?:-Writethru)?)?"
        r"(?:\s*\([A-Z][A-Z0-9 ,&]{1,30}\))?)"
        r"|\((?:end|ends|more)\)(?: [\w:/ -]{1,40})?"
        # the desk's code and when it moved: "MNS 141120 GMT Mar 24", "NPA
        # 0412 GMT 14 MAY 2025"
        r"|(?-i:[A-Z]{2,6} \d{6} GMT [A-Z][a-z]{2} \d{1,2})"
        r"|(?-i:[A-Z]{2,6} \d{4} GMT \d{1,2} [A-Z]{3,9} \d{4})"
        r"|(?-i:[A-Z]{2,5}-[A-Z]{2,5} \d{4}(?: GMT)?(?: \d{2}-[A-Z][a-z]{2}-\d{4})?"
        r"(?: (?:URGENT|FLASH|PRIORITY|BULLETIN|ROUTINE))?)"
        r"|(?-i:[A-Z]{2,5}(?:-[A-Z0-9]{2,4}){2,6} \d{4} ?[A-Z]{2,4})",
    ),
    (
        "date",
        lambda t: t[:2].isupper() and "/" in t and ":" in t,
        # An agency's code and when the story moved: "EANA 04/03/2025 10:02 GMT"
        r"(?-i:[A-Z]{2,6}) \d{1,2}/\d{1,2}/\d{2,4} \d{1,2}:\d\d(?: (?-i:[A-Z]{2,4}))?",
    ),
    (
        "navigation",
        service_gate,
        # An agency's name over its copy, with its section: "Meridian News
        # Service — Courts and Justice"; or alone in capitals: "CSW TENNIS
        # RESULTS SERVICE"
        r"(?-i:\p{Lu})[^.!?|]{1,50} (?:news service|news agency|newswire|wire service"
        r"|press agency|press association)(?: \((?-i:[A-Z]{2,6})\))?\s[|–—-]\s"
        r"[^.!?|]{2,50}"
        # (and its desk and town: "East Africa News Agency, Business Desk, Nairobi")
        r"|(?-i:\p{Lu})[^.!?|,]{1,50} (?:news service|news agency|newswire|wire service"
        r"|press agency), [^.!?|,]{2,40} desk(?:, [^.!?|,]{2,30})?"
        r"|(?-i:[A-Z][A-Z&' -]{1,40} (?:NEWS|RESULTS|WIRE|PRESS|SPORTS?|DATA)"
        r" SERVICE|[A-Z][A-Z&' -]{1,40} NEWSWIRE)",
    ),
    (
        "navigation",
        service_gate,
        # An agency's service over its copy: "Agencia Sur — English Service".
        r"[^.!?|]{2,60} [|–—-] (?:english|international|world) (?:service|edition"
        r"|desk|wire)(?: [|–—-] [^!?|]{2,60})?",
    ),
    (
        "copyright",
        lambda t: "©" in t[:40],
        # "Wire copy © Meridian Press, used under licence."
        r"[\w ’'-]{1,30} © [^.!?]{1,60}(?:,? (?:used|reproduced|republished) (?:under"
        r"|with) (?:licen[cs]e|permission))?\.?",
    ),
    (
        "notice",
        lambda t: " commission" in t,
        # "Gadgetry may earn a commission when you buy through links on our site."
        r"[\w’'&. -]{1,40} (?:may|might|can|will|could) (?:earn|receive|get|make)"
        r" (?:a )?(?:small )?(?:affiliate )?commission\b[^.!?]{0,80}\b(?:links?|buy"
        r"|purchases?|products?|retailers?)\b.{0,120}"
        # "We test every product we recommend. If you buy through our links, we
        # may earn a commission."
        r"|(?:[^.!?]{1,80}\. )?(?:if|when) you (?:buy|shop|purchase|click)[^.!?]{0,60}"
        r"\blinks?\b[^.!?]{0,40}, [\w’'&. -]{1,40} (?:may|might|can|could)"
        r" (?:earn|receive|get|make) (?:a )?(?:small )?(?:affiliate )?commission"
        r"\b.{0,120}",
    ),
    (
        "tags",
        lambda t: " · " in t and len(t) <= _MAX_SECTION_TYPE,
        # "Environment · Long read": a section and the kind of piece.
        r"(?-i:\p{Lu}[\p{L}&’' -]{1,30}) · (?:long read|analysis|opinion|explainer"
        r"|feature|interview|review|comment|live|podcast|video|obituary)",
    ),
)
