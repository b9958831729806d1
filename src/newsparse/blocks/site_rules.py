"""Block parse: the furniture patterns of news sites abroad, wires and chambers.

Credits in brackets after a caption (``(Supplied: Leanne Hart)``), files
from other reporters, language switches, reading times in words, paywall
counters, embedded posts, calls for readers' news and notes that a text is
someone else's release; wires' codes and initials; the record of a chamber
(``Volume 771: debated on …``, ``Uncorrected evidence: …``, a minute's
signature line): each rule a kind of :data:`~.furniture.KINDS`, a gate and
a whole-line pattern, as :mod:`.page_rules` explains.
"""

from __future__ import annotations

from .notes import Gate

__all__ = ["SITE_RULES", "site_test"]

_LANGUAGES = (
    r"(?:español|english|français|deutsch|português|italiano|te reo(?: māori)?"
    r"|māori|gaeilge|cymraeg|samoan|tongan)"
)


def _bracket_credit_gate(text: str) -> bool:
    """Whether a line may end in a credit in brackets: ``(Supplied: Ana Ruiz)``."""
    return text[-1] in ")*" and ": " in text[-60:]


def _release_gate(text: str) -> bool:
    return " this content" in text or " press release" in text


def _project_gate(text: str) -> bool:
    return " journalism " in text and " is a" in text


def _code_gate(text: str) -> bool:
    """Whether a line may be a wire's codes: no lower case, a slash or a hyphen."""
    return (
        len(text) <= _MAX_CODES
        and ("/" in text or "-" in text)
        and text.upper() == text
        and any(c.isdigit() for c in text)
    )


def _initials_gate(text: str) -> bool:
    return len(text) <= _MAX_CODES and "/" in text and text[:2].isupper()


_MAX_CODES = 40  # characters of a wire's slug line or its desk's initials


def _posted_gate(text: str) -> bool:
    """Whether a line may be who posted a quoted update and when: a dash, a year."""
    return (
        text[:2] in ("— ", "– ")
        and text[-1:].isdigit()
        and ("," in text or "(@" in text)
    )


def _staff_gate(text: str) -> bool:
    return text.endswith(_AGENCY_ENDS)


_AGENCY_ENDS = (
    *("Correspondents", "Correspondent", "Reporters", "Writers"),
    *("Newswire", "News Agency", "Wire Service", "Press Agency"),
)


def _team_gate(text: str) -> bool:
    return any(word in text for word in _TEAM_WORDS)


_TEAM_WORDS = (" Team, ", " Unit, ", " Office, ", " Secretariat, ", " Desk, ")


def _signed_gate(text: str) -> bool:
    """Whether a line may be a signature with its role, or a desk's name."""
    return (text.endswith(_ROLE_ENDS) and "," in text) or text.endswith(
        (" desk", " Desk")
    )


_ROLE_ENDS = (
    *("Director", "Officer", "Reporter", "Editor", "Correspondent", "Secretary"),
    *("Chair", "Chairman", "Chairwoman", "Manager", "Presenter", "President"),
    *("Chief Executive", "Founder", "Spokesperson", "Producer"),
    *("director", "officer", "reporter", "editor", "correspondent", "presenter"),
)


def site_test(text: str) -> bool:
    """Whether a line may pass one of the tests of :data:`SITE_RULES` (cheap)."""
    if len(text) <= _MAX_CODES and (_initials_gate(text) or _code_gate(text)):
        return True
    return (
        _bracket_credit_gate(text)
        or " this content" in text
        or " press release" in text
        or (" journalism " in text and " is a" in text)
        or _posted_gate(text)
        or text.endswith(_AGENCY_ENDS)
        or _team_gate(text)
        or text.endswith(("statistics", "Statistics", " ENDS", "new tab", "new window"))
        or " Box " in text
        or " BOX " in text
        or " is a member of " in text
        or _signed_gate(text)
    )


SITE_RULES: tuple[tuple[str, Gate, str], ...] = (
    (
        "caption",
        _bracket_credit_gate,
        # A photo's caption with its credit in brackets: "A burnt-out shed
        # south of Yarrabin in February. (Supplied: Leanne Hart)", "(ABC News:
        # Tom Hale)"
        r"(?-i:\p{Lu})[^()]{10,250}[.!?]\s+"
        r"\((?:supplied|(?-i:\p{Lu})[\p{L} .&'-]{1,30}):\s*(?-i:\p{Lu})[^()]{1,60}\)",
    ),
    (
        "byline",
        frozenset({"with"}),
        # Canadian papers' credit: "With files from Dana Whitford and The
        # Canadian Press"
        r"with files from (?-i:\p{Lu}).{1,100}",
    ),
    (
        "notice",
        frozenset({"report", "send", "got", "know", "have"}),
        # "Report a typo or error", "Send us a news tip", "Got something for
        # the notebook? Email … by noon on Friday."
        r"report an? (?:typo|error|correction|mistake)(?: or (?:an? )?(?:typo|error"
        r"|mistake))?\.?"
        r"|send us (?:a |your )?(?:news )?tips?\.?"
        r"|(?:got|know of|have) (?:something|a story|a tip|news|an event|an item)\b"
        r"[^?]{0,60}\?\s*(?:email|e-mail|send|contact|call|message|tell)\b[^!?]{1,150}",
    ),
    (
        "navigation",
        frozenset({"leer", "lire", "read", "lesen", "ler", "leggi", "pānui"}),
        # A switch to the same story in another language: "Leer en español"
        rf"(?:leer|lire|read|lesen|ler|leggi|pānui)(?: (?:this|it|the story))?"
        rf" (?:en|in|auf|i te) {_LANGUAGES}",
    ),
    (
        "reading_time",
        lambda t: t[0].isdigit() and t.endswith(" to read"),
        r"\d{1,3}\s*(?:mins?|minutes?)\s+to\s+read",  # "5 mins to read"
    ),
    (
        "notice",
        _project_gate,
        # "Regional Voices is a public interest journalism project supported by
        # the Community Media Trust."
        r"(?![^!?]*\b(?:said|says|told)\b)[^.!?]{1,80} is an? (?:[\p{L}-]+ ){0,2}"
        r"journalism (?:project|initiative|partnership|programme|program|fund)"
        r"\b[^!?]{0,200}",
    ),
    (
        "caption",
        frozenset({"view", "a"}),
        # An embedded post copied as text: "View this post on Instagram" / "A
        # post shared by Pākihi Bay Trails (@pakihibaytrails)"
        r"view (?:this|the) (?:post|video|photo|reel|tweet) on (?:instagram|facebook"
        r"|x|twitter|tiktok|youtube|threads)"
        r"|an? (?:post|video|photo|reel) shared by [^.!?]{0,60}\(?@[\w.]{1,30}\)?",
    ),
    (
        "notice",
        _release_gate,
        # "The following is a press release.", "The Ridgeline Courier did not
        # write or edit this content."
        r"the following is an? (?:press release|news release|paid|sponsored"
        r"|statement)\b[^!?]{0,150}"
        r"|(?-i:\p{Lu})[^.!?]{1,60} (?:did|does) not (?:write|edit|produce|verify)"
        r"(?: or (?:edit|write|verify|produce))? this content\.?",
    ),
    (
        "advert",
        frozenset({"you've", "you’ve", "you"}),
        # A paywall's counter: "You've read 3 of 3 free articles this month."
        r"you(?:'ve|’ve| have) read \d{1,3} of \d{1,3} (?:free )?(?:articles|stories"
        r"|pieces)\b[^!?]{0,60}",
    ),
    (
        "byline",
        _posted_gate,
        # Who posted a quoted update, and when: "— Prairie Lands Electric
        # Cooperative, Jan. 14, 2025", "— Wenlow Fire (@WenlowFire) 21 May 2025"
        r"[—–]\s+(?-i:\p{Lu})[^,.!?()]{1,60}(?:,|\s+\(@\w{1,30}\))\s+"
        r"(?:[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.? \d{4})",
    ),
    (
        "release",
        _code_gate,
        # A wire's header: its number, desk and slug ("SIS0412 3 ECO 0389
        # SAHEL/GRAIN", "SRPA SPORTS 2241 CRI/T20", "CWS-ECON-RAIL-TENDER
        # 04-03 0812"): a time code of four figures, not a year, and a slug
        r"(?-i:(?=.*(?<![\d-])(?!19\d\d\b|20\d\d\b)\d{4}\b)"
        r"(?=.*\b(?:[A-Z0-9]*[A-Z]{3}[A-Z0-9]*(?:[-/][A-Z0-9]+)+"
        r"|[A-Z0-9]+(?:[-/][A-Z0-9]+)*[-/][A-Z0-9]*[A-Z]{3}[A-Z0-9]*)\b)"
        r"[A-Z0-9][A-Z0-9 /-]{5,39})"
        # and its lead: "CW-PERU-QUAKE/ (2ND LEAD)"
        r"|(?-i:[A-Z]{2,5}(?:-[A-Z0-9]{2,20}){1,4})/?\s*\(\d(?:st|nd|rd|th) lead\)",
    ),
    (
        "release",
        _initials_gate,
        # The desk's initials at the foot of the copy, perhaps with the time
        # it moved: "LCA/rq/sh", "SRPA/NK/DW 071822 JUL 24"
        r"(?-i:[A-Z]{2,6}(?:/[A-Za-z]{1,4}){2,4}(?:\s+\d{6}\s+[A-Z]{3}\s+\d{2})?)",
    ),
    (
        "byline",
        _staff_gate,
        # An agency's staff as the byline: "BDN Staff Correspondents"
        r"(?:(?-i:[A-Z]{2,6}) )?staff (?:correspondents?|reporters|writers)",
    ),
    (
        "navigation",
        _staff_gate,
        # An agency's name over its copy: "BDN Bengal Delta Newswire"
        r"(?:(?-i:[A-Z]{2,6}) )?(?-i:\p{Lu}[\p{L}-]+ ){0,4}(?:newswire|news agency"
        r"|wire service|press agency)",
    ),
    (
        "byline",
        _team_gate,
        # Who wrote a report, under its title: "Planning Policy Team, Oakridge
        # District Council"
        r"(?-i:(?:\p{Lu}[\p{L}-]+ ){1,4})(?:team|unit|office|secretariat|desk),"
        r"\s+(?:the )?"
        r"(?-i:\p{Lu}[\p{L}’'-]+(?: (?:of |and |for )?\p{Lu}[\p{L}’'-]+){0,6})",
    ),
    (
        "date",
        frozenset({"volume"}),
        # A chamber's record: "Volume 771: debated on Wednesday 14 May 2025"
        r"volume \d{1,4}\s*:\s*debated on [^!?]{5,40}",
    ),
    (
        "notice",
        frozenset({"text", "the text", "uncorrected", "signed", "this"}),
        # "Text of this debate is published under the Open Record Licence.",
        # "Uncorrected evidence: witnesses have not yet checked this text …",
        # the signature line of approved minutes: "Signed ……… Chair Date ………"
        r"(?:the )?text of this (?:debate|report|transcript|page|record) is"
        r" (?:published|reproduced|available|made available) under\b.{0,250}"
        r"|uncorrected (?:evidence|transcript|contributions?|text)\s*:?.{0,250}"
        r"|signed\s*[.…_]{3,}.{0,80}"
        # what a public body's page is: "This release is produced in line with
        # the Code of Practice for Official Statistics.", "This alert is
        # general guidance and does not replace advice from your own doctor."
        r"|this (?:release|publication|bulletin|report|statistical release) (?:is|was"
        r"|has been) (?:produced|prepared|published|compiled) in (?:line|accordance)"
        r" with\b.{1,200}"
        r"|this (?:alert|guide|guidance|page|information|advice|leaflet|factsheet)"
        r" (?:is|provides|gives|offers) general (?:guidance|information|advice)"
        r"\b.{0,200}",
    ),
    (
        "navigation",
        lambda t: t.endswith(("statistics", "Statistics")),
        # A statistics body's masthead: "Environment Monitoring Office –
        # Official statistics"
        r"(?-i:\p{Lu})[^.!?]{2,60}\s+[–—|-]\s+(?:official|national|experimental)"
        r" statistics",
    ),
    (
        "release",
        frozenset({"statement", "press", "media", "–", "—", "-"}),
        # A ministry's numbered statement, and the end mark between dashes:
        # "Statement No. 112/2025", "– ENDS –"
        r"(?:press |media )?statement no\.? ?\d{1,4}(?:/\d{2,4})?"
        r"|[–—-]{1,2}\s*ends\s*[–—-]{1,2}",
    ),
    (
        "navigation",
        frozenset({"filter", "sort", "feed"}),
        # A data page's controls, a feed's title: "Filter by: Topic | Status",
        # "Feed: Kestrel Bay Statistics Authority – Latest releases"
        r"(?:filter|sort) by\s*:.{1,150}|feed\s*:\s*(?-i:\p{Lu})[^.!?]{2,80}",
    ),
    (
        "related",
        frozenset({"also"}),
        # "Also published this week:" over the other releases
        r"also (?:published|released|out) (?:this|last) (?:week|month)\s*:?",
    ),
    (
        "advert",
        frozenset({"never"}),
        # "Never miss a release. Sign up for e-mail alerts at …"
        r"never miss (?:a|an|another) [\w-]+(?: [\w-]+)?[.!]?"
        r"(?:\s+(?:sign up|subscribe|get|register)\b.{1,150})?",
    ),
    (
        "byline",
        frozenset({"from"}),
        # "From our reporters in Dorrow and the capital"
        r"from our (?:reporters?|correspondents?|team|staff|teams)\b[^.!?]{0,80}",
    ),
    (
        "notice",
        frozenset({"filed", "sent"}),
        # How a report was sent: "Filed via NewsRelay Mobile", "Sent from my
        # phone"
        r"(?:filed|sent) (?:via|from|using) (?:my |our )?[^.!?]{1,40}",
    ),
    (
        "byline",
        frozenset({"reporting", "live", "explainer", "analysis"}),
        # Credits with roles: "Reporting by Sujata Shrestha (City Affairs
        # Editor) and Bikash Rai (Reporter)", "Live reporting by Tena Markovic,
        # correspondent, and Ivo Radic, live page editor", "Explainer by Eleni
        # Papadaki, Northern Greece Correspondent"
        r"(?![^!?]*\b(?:found|finds|showed|shows|revealed|reveals|suggests?)\b)"
        r"(?:(?:live )?reporting|explainer|analysis) by"
        r" (?-i:\p{Lu})[^;!?]{2,150}",
    ),
    (
        "notice",
        frozenset({"cookies", "accept", "risk", "all", "views", "planning", "notices"})
        | {"got", "dates"},
        # Banners, warnings and notes on a page's own workings: "Cookies help
        # us deliver our services.", "Accept cookies? We and our partners use
        # cookies …", "Risk warning: …", "All times are local to the primary
        # exchange.", "Views are those of the author …", "Planning notices are
        # published every Thursday.", "Got a question? Just hit reply."
        r"cookies help us\b.{0,250}|accept (?:all )?cookies\??.{0,250}"
        r"|risk warnings?\s*:.{1,400}"
        r"|all times (?:are|shown are|given are) (?:local|in|uk|gmt|utc|bst|cet|et)\b"
        r"(?![^!?]*\b(?:said|says)\b)[^!?]{0,100}"
        r"|views (?:expressed )?are (?:those of the authors?|the authors?['’]s? own)"
        r"\b[^!?]{0,150}"
        r"|[^.!?]{1,40} (?:are|is) published every (?:day|week|weekday|month|monday"
        r"|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^!?]{0,150}"
        r"|got a (?:question|tip|story)(?: or a (?:question|tip|story))?\?\s*(?:just )?"
        r"(?:hit reply|reply to this (?:e-?mail|newsletter))\b[^!?]{0,60}"
        r"|dates? (?:are|is) (?:supplied|provided|confirmed) by (?:the )?(?:companies"
        r"|organisers|issuers|exchanges)\b[^!?]{0,100}",
    ),
    (
        "navigation",
        frozenset({"download"}),
        # A file to download: "Download term dates 2026 to 2027 (PDF, 84KB)"
        r"download [^()]{1,80}\((?:pdf|csv|xlsx?|docx?|odt|ods|zip|ics)\b[^()]{0,20}\)",
    ),
    (
        "date",
        frozenset({"notice"}),
        # "Notice date: 12 March 2026", "Notice issued 2 June 2026"
        r"notice (?:date\s*:|issued(?: on)?)\s*\d{1,2} [a-z]{3,9} \d{4}",
    ),
    (
        "contact",
        lambda t: " Box " in t or " BOX " in t,
        # An address with a post box: "Levant Press Agency, PO Box 55501, Doha"
        r"[^.!?]{1,60}, (?:po|p\.o\.) box \d{1,6}\b[^!?]{0,80}",
    ),
    (
        "notice",
        lambda t: " is a member of " in t,
        # "Nordlys Press is a member of the Norwegian Press Complaints system."
        r"(?-i:\p{Lu})[^.!?]{1,60} is a member of (?:the )?[^.!?]{0,60}"
        r"(?:press|complaints|standards|regulat|ombudsman|ipso|impress)[^!?]{0,200}",
    ),
    (
        "notice",
        frozenset({"this", "get", "(graphic"}),
        # What a briefing is for, and how to get it: "This briefing is
        # prepared for members and their staff …", "This bulletin is issued
        # for public information and may be reproduced …", "Get this digest by
        # e-mail: subscribe at …", "Get the Morning Briefing: … Sign up"
        r"this (?:briefing|note|report|document|paper|bulletin|release|notice) (?:is"
        r"|was) (?:prepared|produced|intended|written|issued) for\b.{1,200}"
        r"|get this [\w-]+ by e-?mail\s*:.{1,150}"
        r"|get (?:the )?(?-i:\p{Lu})[^:]{1,40}:.{1,150}\bsign up\b.{0,40}"
        # a wire's pointer to its graphic: "(Graphic: Dollar index | https://…)"
        r"|\(graphic\s*:.{1,200}\)",
    ),
    (
        "release",
        lambda t: t.endswith(" ENDS"),
        r"(?-i:[A-Z][A-Z ]{2,40} ENDS)",  # "MERIDIAN WIRE ADVISORY ENDS"
    ),
    (
        "notice",
        frozenset({"regulatory", "generated", "curated", "updated", "reporting"})
        | {"figures", "together", "key"},
        # A release's and a generator's stamps, a data page's update notes, a
        # sponsor's label, a contacts label: "Regulatory announcement · Half-year
        # report", "Generated summary · Source document: …", "Curated by our
        # editors, summarised with AI", "Updated daily at 07:00.", "Reporting
        # period: April 2025", "Figures to week ending Sunday 10 August 2025",
        # "Together with Quillbase", "Key contacts"
        r"regulatory announcement\b.{0,80}"
        r"|generated summary\b.{0,150}|curated by [^.!?]{1,40}, summari[sz]ed with ai"
        r"|updated (?:daily|hourly|weekly|every \w+) at \d{1,2}[:.]\d\d\b.{0,100}"
        r"|reporting period\s*:.{1,60}|figures to (?:the )?week ending\b.{1,60}"
        r"|together with (?-i:\p{Lu})[^.!?]{1,40}|key contacts\s*:?",
    ),
    (
        "byline",
        frozenset({"desk", "data", "lead", "our", "written", "filed"}),
        # Who made a page: "Desk: Regional / South", "Data owner: Transport
        # Performance Unit", "Lead statistician: Dr Anneke Voss", "Our politics
        # team at the count in …", "Written up by Graham Pettifer, volunteer
        # correspondent", "Filed 0612 GMT 3 Oct 2025 / North America desk"
        r"desk\s*:\s*[^.!?]{1,60}|data owner\s*:\s*.{1,60}"
        r"|lead (?:statistician|analyst|author|economist)\s*:\s*.{1,60}"
        r"|our [\w ]{1,30} team (?:at|in|from) (?-i:[\p{Lu}the])[^.!?]{1,80}"
        r"|written up by (?-i:\p{Lu})[^.!?]{1,80}"
        r"|filed \d{3,4}\s*(?:gmt|utc)\b[^!?]{1,80}\bdesk",
    ),
    (
        "byline",
        _signed_gate,
        # A signature with the role: "Maya Okonjo-Reyes, Director", "Karen
        # Osei-Lindqvist, Chief Customer Officer", "Felix Amankwah, Health and
        # Social Affairs Reporter", "Filed by Tevita Moala, Maritime
        # Correspondent"; a desk's name: "Obzornik24 election desk", "Mining
        # and Metals Desk"
        r"(?:(?:filed|written|reported) by )?"
        r"(?-i:\p{Lu}[\p{L}’'.-]+(?: \p{Lu}[\p{L}’'.-]+){1,3}),"
        r" (?:(?-i:\p{Lu})[\p{L}-]+ |and |of |for |the ){0,5}"
        r"(?:director|officer|reporter|editor|correspondent|secretary|chair"
        r"|chairman|chairwoman|manager"
        r"|presenter|chief executive|president|founder|spokesperson|producer)"
        r"|(?-i:\p{Lu})[\w-]{1,30}(?: [\w-]{1,20})? desk"
        r"|(?-i:\p{Lu}[\w-]{1,30}(?: (?:\p{Lu}[\w-]{1,20}|and|&)){1,3} Desk)",
    ),
    (
        "notice",
        frozenset(
            {"our", "editorial", "journalistic", "this", "important", "ai-generated"}
        )
        | {"generated", "summary", "(transcript", "transcript", "these", "published"}
        | {"have", "is", "we", "photographs", "photograph", "photos", "ai-assisted"},
        # A page's notes on how it was made and what it is: "Our editorial
        # standards: …", "This story was automatically rewritten from agency
        # copy …", "Summary generated on 21 November 2024 from the report.",
        # "This is a service email about your account …", "Important
        # information about your account.", "AI-generated content may be
        # inaccurate.", "(Transcript as delivered; minor edits for clarity.)",
        # "These notes are an informal summary and are not the official
        # minutes.", "This post is now closed to new comments.", "Published and
        # promoted by …", "This is an accredited official statistic."; calls
        # to readers: "Have you been affected by the storm? …", "Is something
        # missing? Tell us …"; "We update this page every Friday.",
        # "Photographs of the switch-on are available to download at …"
        r"(?:our )?(?:editorial|journalistic) standards\b[^!?]{0,100}"
        r"|this (?:story|article|report|summary) was (?:automatically )?rewritten"
        r" from\b.{1,200}"
        r"|summary generated (?:on|at|from)\b.{1,150}"
        r"|ai-assisted (?:briefing|summary|article|report|review|content|story)"
        r"|this is an? (?:service|automated|transactional) e-?mail\b.{0,200}"
        r"|important information about your (?:account|policy|booking|order)\b.{0,150}"
        r"|(?:ai-generated|generated) (?:content|answers?|summaries|text) (?:may|can"
        r"|might) be (?:inaccurate|wrong|incorrect)\b.{0,100}"
        r"|\(?transcript as (?:delivered|spoken|broadcast)\b[^)]{0,100}\)?"
        r"|these (?:notes|minutes) are (?:an? )?(?:informal|unofficial|draft)\b.{0,150}"
        r"|this (?:post|story|article|thread|page) is (?:now )?closed (?:to|for)"
        r" (?:new )?comments\.?"
        r"|published and promoted by\b.{1,150}"
        r"|this is an? (?:accredited )?(?:official|national|experimental)"
        r" statistics?\.?"
        r"|have you been affected by\b.{1,200}|is something missing\?.{0,150}"
        r"|we update this (?:page|tracker|list|table) (?:every|each|daily|weekly)"
        r"\b.{0,60}"
        r"|photo(?:graph)?s? (?:of [^.!?]{1,60} )?(?:are|is) available (?:to download"
        r" |on request )?(?:at|from)\b.{1,100}",
    ),
    (
        "related",
        frozenset({"follow", "for"}),
        # "Follow our live coverage of the count from 9.30pm.", "For the latest
        # Africa coverage, follow @MeridianAfrica", "FOR A LIVE BLOG ON ASIAN
        # STOCK MARKETS, SEE: ASIA/LIVE"
        r"follow our live (?:coverage|blog|updates)\b.{0,120}"
        r"|for (?:the latest|more) [^,]{1,40} coverage, follow @\w{2,30}"
        r"|for (?:a|the) live blog on .{1,80}, see\s*:.{1,40}",
    ),
    (
        "navigation",
        frozenset({"browse", "download", "embed", "explore", "view"}),
        # A row of links: "Browse listings: Yesterday | Tomorrow | Full week",
        # "Download the data (CSV) | Read our methodology | Embed this tracker"
        r"(?:browse|download|embed|explore|view) [^|]{1,40}(?:\s\|\s[^|.!?]{1,40})"
        r"{2,6}",
    ),
    (
        "related",
        frozenset({"more"}),
        # "More travel: Ferry timetable changes | Rail engineering works | …",
        # "More in Work & Careers: Four-day week trial results | …"
        r"more (?:in |from |on )?[\w-]+(?: (?:[\w-]+|&)){0,3}\s*:\s*[^|.!?]{1,60}"
        r"(?:\s\|\s[^|.!?]{1,60}){1,6}",
    ),
    (
        "byline",
        frozenset({"staff", "recipe", "styling", "illustrations", "illustration"}),
        # "Staff Reporter, Muscat", "Recipe by Leyla Demirci"
        r"staff (?:reporter|correspondent|writer)s?(?:,\s*[^|.!?]{1,40})?"
        r"|(?:recipe|styling|illustrations?) by (?-i:\p{Lu})[^|;.!?]{1,60}",
    ),
    # What a page says of its own parts: a label, a widget, a credit.
    (
        "notice",
        frozenset({"automated", "generated", "ai-generated", "machine-generated"})
        | {"top", "first", "enter"},
        # "Automated story | Generated 03:17 from official data" (its first
        # piece), "Top five shown. Full table at …" (its first sentence),
        # "Enter your postcode in the box above to find your polling station."
        # (not an instruction: "Enter your address on the county's map at …")
        r"(?:automated|(?:ai|machine)-generated|generated) (?:story|article|report"
        r"|summary|content|text|results? page)"
        r"|(?:top|first) (?:\d{1,3}|three|five|ten|twenty) (?:shown|listed|displayed)"
        r"(?: (?:here|below|above))?\.?"
        r"|enter your (?:postcode|post code|zip(?: code)?|address|location|town"
        r"|email(?: address)?) (?:in|into) the (?:box|field|search box|form)\b"
        r"[^!?]{0,100}",
    ),
    (
        "related",
        frozenset({"full", "read"}),
        # "Full table at www.league.example/table", "Read the rest of the series
        # at www.quarterly.example/small-places"
        r"full (?:table|results|list|standings|report|data(?:set)?|story|fixtures"
        r"|rankings|text|transcript) (?:at|on|via|here)\b[^!?]{0,100}"
        r"|read (?:the rest of|all of|more from|more in"
        r"|every (?:part|essay|story|episode) (?:of|in))"
        r" (?:the|our|this) series\b[^!?]{0,120}",
    ),
    (
        "caption",
        frozenset({"portrait", "photograph", "photo", "picture", "illustration"})
        | {"image"},
        # A picture's credit: "Portrait of Ruth Okafor by Ilse Marten"
        r"(?:portrait|photograph|photo|picture|illustration|image)s? of [^.!?]{1,80}"
        r" by (?-i:\p{Lu})[\p{L}’'.-]+(?: (?-i:\p{Lu})[\p{L}’'.-]+){0,3}\.?",
    ),
    (
        "share",
        frozenset({"have"}),
        # "Have your say: comments are open for 48 hours and are moderated."
        r"have your say\s*[:–—-]\s*comments\b[^!?]{0,200}",
    ),
    (
        "notice",
        frozenset({"our reporters", "our reporter", "our correspondents"})
        | {"our correspondent", "our journalists", "our team", "our live"}
        | {"our coverage"},
        # A live page's note on who is on it: "Our reporters Kit Amberley and
        # Jonah Reyes are following the campaign."
        r"our (?:reporters?|correspondents?|journalists|team|live team)"
        r" (?:[\p{L}’'.-]+ ){0,6}(?:is|are) (?:following|covering|reporting (?:on|from)"
        r"|bringing you|tracking|watching) [^.!?]{1,80}\.?"
        # "Our live coverage from the count is led by Hannah Okoro and Jamie Hale."
        r"|our (?:live )?(?:coverage|blog|updates) (?:from|of|on) [^.!?]{1,60}"
        r" (?:is|are) (?:led|run|written|brought to you|edited) by [^.!?]{1,80}\.?",
    ),
    (
        "notice",
        frozenset({"letters", "the views", "these"}),
        # A letters page's rules and a paper's disclaimer: "Letters should be no
        # longer than 250 words …", "The views in this paper are those of the
        # authors and not necessarily those of the Institute."
        r"letters (?:should|must) (?:be (?:no longer|under|fewer|kept|sent|addressed"
        r"|emailed|signed)|include|not exceed)\b[^!?]{0,300}"
        r"|letters (?:may|will) be (?:edited|shortened|cut)\b[^!?]{0,300}"
        r"|the views (?:expressed )?(?:in|of) this (?:paper|article|report"
        r"|brief(?:ing)?|piece|commentary|publication|essay|column|blog)"
        r" (?:are|is) (?:those|that)"
        r" of the (?:authors?|writers?|contributors?)\b[^!?]{0,200}"
        # "These are accredited official statistics, produced to the standards …"
        r"|these (?:are|statistics are) (?:accredited |experimental )?(?:official"
        r"|national) statistics\b[^!?]{0,200}",
    ),
    (
        "byline",
        frozenset({"issued", "released"}),
        # "Issued 9 September by the Planning and Performance Division"
        r"(?:issued|released)(?: on)? (?:\d{1,2} \p{L}{3,9}\.?(?: \d{4})?"
        r"|\p{L}{3,9}\.? \d{1,2}(?:, \d{4})?) by (?:the )?(?-i:\p{Lu})[^.!?]{1,80}",
    ),
    (
        "source",
        frozenset({"shared", "reposted", "republished", "reprinted", "cross-posted"})
        | {"this post", "this article", "this story", "this piece", "this essay"},
        # Where a repost comes from: "Shared from the Coastline News app",
        # "Republished from The Northfell Tribune", "Reposted from the Green
        # Energy newsletter with permission.", "This post first appeared in the
        # Green Energy newsletter. Subscribe at …"
        r"(?:shared|reposted|republished|reprinted|cross-posted) (?:from|via)"
        r" (?:the )?(?-i:\p{Lu})[^.!?]{1,80}(?: with (?:kind )?permission)?\.?"
        r"|this (?:post|article|story|piece|essay) (?:first|originally) appeared"
        r" (?:in|on) [^!?]{1,160}",
    ),
    (
        "related",
        frozenset({"read"}),
        # "Read next: What a rate cut would mean for your mortgage"
        r"read next\s*:\s*\S.{0,120}",
    ),
    (
        "contact",
        frozenset({"responsible", "lead", "chief", "statistician"}),
        # "Responsible statistician: Dr Nia Holloway", "Statistician: Ana Ruiz"
        r"(?:(?:responsible|lead|chief) )?statistician\s*:\s*\S.{0,80}",
    ),
    (
        "date",
        frozenset({"next", "updated", "delivered", "recorded", "meeting", "hearing"})
        | {"event", "session"},
        # When a page changes, and when a speech was given: "Next update: 6:00
        # PM PDT, or sooner if conditions change.", "Updated every Friday at
        # noon.", "Delivered on 6 November 2025 at the Ministry of Health"
        r"next update\s*:?\s*[^!?]{1,60},? or (?:sooner|earlier) if [^!?]{1,80}"
        # "Next update: by 14:00 today"
        r"|next update\s*:?\s*(?:by|at|from|before|after)?\s*\d{1,2}[:.]\d{2}"
        r"(?:\s?[ap]\.?m\.?)?(?: (?:today|tomorrow|tonight))?"
        r"|updated (?:every|each) (?:\p{L}+day|day|week|month|hour|morning|evening"
        r"|weekday)(?: (?:morning|evening|afternoon))?(?: (?:at|on|by|from|before"
        r"|after) [^.!?,]{1,30})?\.?"
        r"|(?:delivered|recorded) on \d{1,2} \p{L}{3,9} \d{4}(?: at [^.!?]{1,80})?\.?"
        # "Meeting held on 1 February 2025 at St Columba's Church Hall"
        r"|(?:meeting|hearing|event|session) held on (?:\p{L}+day,? )?\d{1,2}"
        r" \p{L}{3,9} \d{4}(?: at [^.!?]{1,80})?\.?",
    ),
    # What a crawler keeps of a page, its separators lost.
    (
        "advert",
        frozenset({"advertisement"}),
        # "Advertisement Scroll to continue reading"
        r"advertisement\s*(?:[-–—·|:]\s*)?(?:(?:scroll|continue) (?:down )?(?:to )?"
        r"(?:continue )?reading|(?:the )?story continues below)\.?",
    ),
    (
        "notice",
        frozenset({"market", "data", "prices", "quotes"}),
        # "Market data delayed by at least 15 minutes. Prices are indicative …"
        r"(?:market )?(?:data|prices|quotes) (?:is |are )?delayed (?:by )?(?:at least"
        r" |up to )?\d{1,3} (?:minutes|mins)\b[^!?]{0,200}",
    ),
    (
        "navigation",
        lambda t: t.endswith(("new tab", "new window")),
        # A link's label and its screen reader's note: "Licensing Rights, opens
        # new tab"
        r"[^,.!?]{2,40},? opens (?:in )?(?:a )?new (?:tab|window)",
    ),
    (
        "date",
        frozenset({"posted"}),
        # "Posted on 3 March 2025 by Dr Amara Lindgren in Health, Local services"
        r"posted (?:on )?(?:\d{1,2} \p{L}{3,9}\.? \d{4}|\p{L}{3,9}\.? \d{1,2},? \d{4})"
        r"(?: at \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?(?: by [^|.!?]{1,60}?)?"
        r"(?: in [^|.!?]{1,80})?",
    ),
    (
        "share",
        frozenset({"share"}),
        # The buttons run together: "Share this article: Facebook X WhatsApp Email"
        r"share(?: this (?:article|story|page|post))?\s*:?\s*(?:(?:facebook|twitter|x"
        r"|linkedin|whatsapp|email|e-mail|reddit|telegram|copy link|print|bluesky"
        r"|threads)\s*){2,10}",
    ),
    (
        "reading_time",
        frozenset({"by"}),
        # A byline run into its reading time: "By Joan Pellew Markets reporter
        # 3 min read Share"
        r"by (?-i:\p{Lu})[^.!?|]{1,60}? \d{1,2} min(?:ute)?s? read(?: share)?",
    ),
    # A chamber's and a court's record: who asked, who answered, who sat.
    (
        "byline",
        frozenset({"asked", "answered", "judges", "judge", "before"}),
        # "Asked by Harriet Colborne (Eastmarsh and the Levels)", "Answered by
        # Alun Prideaux, Minister for Water, on 11 June 2025", "Judges: Lady
        # Justice Harcastle, Lord Justice Emery"
        r"asked by (?-i:\p{Lu})[^()!?]{1,60}(?:\([^()]{1,60}\))?"
        r"|answered by (?-i:\p{Lu})[^!?]{1,120}"
        r"|(?:judges?|before)\s*:\s*(?:(?:the )?(?:lady|lord|mr|mrs|ms) justice"
        r"|(?:his|her) honour|judge|justice)\b[^!?]{1,150}",
    ),
    (
        "release",
        frozenset({"question", "on"}),
        # "Question UIN 4471, tabled on 3 June 2025", "On appeal from: County
        # Court at Aldbury, [2024] CC (Ald) 88"
        r"question (?:uin |ref(?:erence)? |no\.? )?\d{1,7},? tabled on \d{1,2}"
        r" \p{L}{3,9} \d{4}|on appeal from\s*:\s*\S.{0,120}",
    ),
    (
        "notice",
        frozenset({"corrects", "for", "embargoed"}),
        # A wire's correction and its release time: "Corrects spelling of union
        # president's surname in paragraph 3.", "FOR RELEASE AT 07:00, 27
        # FEBRUARY 2025", "EMBARGOED UNTIL 00:01 GMT, 3 MARCH"
        r"corrects [^!?]{1,150}\b(?:paragraph|para|graf|headline|dateline|byline)"
        r"[^!?]{0,40}"
        r"|for release (?:at|on|after|from) [^!?]{1,60}|embargoed (?:until|till|to)"
        r" [^!?]{1,60}",
    ),
    (
        "advert",
        frozenset({"event", "webinar", "conference", "masterclass", "you"})
        | {"subscriber"},
        # A trade paper's promotions and its wall: "EVENT | Farm Business
        # Conference, 23 April …", "WEBINAR | Marine Renewals 2026 …", "You have
        # 1 free article remaining this month. Subscribe …", "Subscriber
        # exclusive — You are reading premium content from …"
        r"(?:event|webinar|live event|conference|masterclass)\s*[|:–—]\s*\S.{0,300}"
        r"|you have (?:\d{1,2}|one|two|three) free (?:articles?|stories|reads)"
        r" (?:left|remaining)\b.{0,250}"
        r"|subscriber exclusive\b[^!?]{0,40}(?:you are reading [^!?]{1,200})?",
    ),
    (
        "notice",
        frozenset({"the information", "information"}),
        # "The information on this page is general guidance, not financial advice."
        r"(?:the )?information (?:on|in) this (?:page|article|guide|site|website"
        r"|story) is (?:general )?(?:information|guidance)\b[^!?]{0,250}",
    ),
    (
        "notice",
        frozenset({"this", "briefing", "meeting", "hearing", "transcript", "call"})
        | {"recording", "session"},
        # What a warning stands on, and where a transcript ends: "This warning
        # is based on the best information available at the time of issue and
        # may change.", "[Briefing ends]"
        r"this (?:warning|forecast|alert|advice|information|guidance|map) is based on"
        r" (?:the )?(?:best|latest) (?:information|data|evidence) available\b"
        r"[^!?]{0,150}"
        r"|(?:briefing|meeting|hearing|transcript|recording|call|session)"
        r" (?:ends|ended|closes|concludes)\.?",
    ),
    (
        "navigation",
        frozenset({"show", "view", "filter", "sort", "period", "range"}),
        # A chart's or a list's controls: "Show: 24 hours | 7 days | 30 days"
        r"(?:show|view|filter|sort(?: by)?|period|range)\s*:\s*[^|]{1,20}"
        r"(?:\s*\|\s*[^|]{1,20}){1,6}",
    ),
)
