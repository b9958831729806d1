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
        r"|ai-assisted (?:briefing|summary|article|report|review|content|story"
        r"|comparison|explainer|analysis|overview|guide)"
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
)
