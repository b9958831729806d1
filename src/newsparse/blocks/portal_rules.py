"""Block parse: furniture of portals, aggregators, monitoring tools and desks.

A story a portal carries says where it came from (``Carried by NewsNest from
the Fenby Gazette``) and what the portal is (``NewsNest brings together
stories from 400 publishers``); a monitoring tool's copy adds its own header,
clip marks and counts; a trading desk's or a statistics office's note, who
it is for and where to get the data. Rules as in :mod:`.page_rules`: a kind,
a gate (first words, or a cheap test that :func:`portal_test` admits) and a
whole-line pattern matched ignoring case.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .notes import Gate

__all__ = ["PORTAL_RULES", "made_test", "portal_test", "tool_test"]

# What a portal calls the stories it carries.
_STORY = r"(?:story|article|report|analysis|feature|piece|content|coverage)"
# How a story came to the portal.
_CARRIED = r"(?:carried|shared|republished|syndicated|aggregated|distributed|provided)"
_ADDRESS_COMMAS = 2
# The word a street's name ends in.
_STREET = (
    r"(?:Street|Road|Lane|Place|Square|Avenue|Row|Way|Yard|Quay|Hill|Park|Close"
    r"|Drive|Court|Gardens|Crescent|Terrace|Walk|Wharf|Parade|St|Rd|Ave)"
)
# What the street rule's _STREET needs in a line, for its gate.
_STREET_WORDS = (
    *(" Street", " Road", " Lane", " Place", " Square", " Avenue", " Row", " Way"),
    *(" Yard", " Quay", " Hill", " Park", " Close", " Drive", " Court", " Garden"),
    *(" Crescent", " Terrace", " Walk", " Wharf", " Parade", " St", " Rd", " Ave"),
)
# A person a credit names: "Ana Ruiz", "Ifeoma Achebe-Lund".
_PERSON = r"(?-i:\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3})"
# A field of a monitoring tool's or a wire's header, and its value.
_FIELD = (
    r"(?:(?:distributed|issued|prepared|compiled|monitored) by [^|!?]{1,50}"
    r"|(?:source|period|language|prepared for|outlet|medium|media type|sentiment"
    r"|reach|circulation|word count|words|ref(?:erence)?|items|search terms?"
    r"|date range|coverage window|confidence|sources|priority|category)\s*:"
    r"\s*[^|!?]{1,70})"
)
# A link to more among a row of links.
_MORE_LINK = (
    r"(?:more [^|]{1,40}|all [^|]{0,30}\b(?:releases|news|stories|articles|posts"
    r"|updates|videos|podcasts)|subscribe(?: to)?[^|]{0,30}|rss(?: feed)?"
    r"|follow us[^|]{0,20}|back to top|view all[^|]{0,30}"
    r"|about (?:us|this [^|·]{1,20})|accessibility|privacy(?: policy| notice)?"
    r"|contact(?: us)?|terms(?: of use| and conditions)?|cookies?(?: policy)?)"
)
# The substrings of a disclaimer about a portal's partners.
_PARTNER_NOTES = (
    " was supported by ",
    " was funded by ",
    " was paid for by ",
    " was made possible by ",
    " expressed ",
    " not responsible for ",
    " the time of ",
    " brings together ",
    " provided to ",
    " supplied to ",
    " licensed to ",
    " with reporting ",
    *("artner content", "ermission of", "yndicated ", "rom our partners", "upplied by"),
    *("istributed through", "istributed by", "rovided by the"),
    "for internal use",
    "not verbatim",
)


def _advice_gate(text: str) -> bool:
    """Whether a line may end in ``Not investment advice.``."""
    return "advice" in text[-20:]


def _fields_gate(text: str) -> bool:
    """Whether a line may be a row of labelled fields (``Items: 4 | …``)."""
    return (
        " | " in text
        and (":" in text or " by " in text)
        and text[0] != "|"
        and text[-1] != "|"
    )


def _links_gate(text: str) -> bool:
    """Whether a line may be a row of three links or more (``A | B | C``).

    A row of ``|`` needs a link to more among them (not a table's row); a
    row of ``·`` has no figure (not scores or dates).
    """
    if text[0] == "|" or text[-1] == "|":
        return False
    if text.count(" · ") >= 2 and _DIGIT.search(text) is None:
        return True
    return text.count(" | ") >= 2 and any(word in text for word in _LINK_WORDS)


# What a row of links to more holds (see _MORE_LINK), for _links_gate.
_LINK_WORDS = (
    *("More", "more", "All ", "all ", "ubscribe", "RSS", "Follow", "follow"),
    *("View", "view", "Back to", "About", "Accessibility", "Privacy", "privacy"),
    *("Contact", "contact", "Terms", "terms", "Cookie", "cookie"),
)


# The words the gates below look for (each gate admits a line holding one).
_CLIENT_WORDS = (" constitute ", "edistribut", "istribution")
_REGISTERED_WORDS = (
    *(" is registered ", " is authorised ", " is regulated "),
    *("egistered address", "egistered office"),
)
_FORWARD_WORDS = ("orward-looking", "orward looking")
# A deal's or an offer's small print: "… is acting exclusively for Tarn plc and
# no one else …", "Fares are one way and subject to availability."
_TERMS_WORDS = ("cting exclusively for", "ubject to availability")
_AI_WORDS = (" can make mistakes", " can contain mistakes", " AI", "AI-", "AI ")
_PHOTO_WORDS = ("hoto", "PHOTO", "Image")
_AUTOMATED_WORDS = (
    *("utomat", "uto-generated", "utogenerated", " generated from ", " generated by "),
    " generated at ",
)
_MISSING_WORDS = (
    *("navailable", "not available", "not supported", "not be displayed"),
    "ditorially independent",
)
# A public body's name over a section of its site: "… Council | Planning".
_BODIES = (
    *("Office for ", "Office of ", "Ministry of ", "Department of ", "Department for "),
    *(" Council |", " Authority |", " Office |", " Agency |", " Ministry |"),
    *(" Department |", " Commission |", " Board |", " Institute |", " Bureau |"),
)
# A page's warnings and appeals: "Capital at risk. …", "Live rates … could not
# be loaded.", "Your home may be repossessed …", "Money newsletter: … Sign up
# now", "Support our foreign reporting. Subscribe from £1 a week."
_APPEAL_WORDS = (
    *("apital at risk", "could not be loaded", "failed to load", "be repossessed"),
    *("newsletter:", "Newsletter:", "upport our ", "upport independent "),
)
# The fields a content generator prints around its article: "Meta description:
# …", "Slug: …", "Focus keyword: …", "Note to editor: …", "Word count: 640".
_GENERATOR_WORDS = (
    *("dited for length", "dited for clarity", "dited for brevity"),
    *("Meta ", "meta ", "Slug:", "slug:", "Focus key", "focus key", "SEO ", "URL slug"),
    *("Readability", "nternal link", "xternal link", "uggested image", "CTA:"),
    *("META ", "FOCUS KEY", "SLUG:", "chema:", "FAQ generated", " words · "),
    *("all to action:", "lt text:", "eading level:", "ary keyword", "arget keyword"),
    *(
        "Note to editor",
        "note to editor",
        "Notes to editor:",
        "Word count",
        "Keywords:",
    ),
    *("Summary length", "Original coverage", "Original story", "Original article"),
)
# What a monitoring service says of itself: "MediaPulse tracks print, broadcast
# and online coverage", "RailWatch is a service of …", "… are prepared for
# clients", "Questions about this report:", "Auto-refreshing every 5 minutes".
_SERVICE_WORDS = (
    *(" tracks ", " monitors ", " service of ", " is a product of ", " automated "),
    *(" independent service", " subscription service", " is an independent"),
    *("repared for clients", "repared for subscribers", "about this report"),
    *("uto-refresh", "uto-summary", " based on open-source", " based on public"),
)


def _holding(words: tuple[str, ...]) -> Callable[[str], bool]:
    """A gate that admits a line holding one of ``words``."""

    def gate(text: str) -> bool:
        return any(word in text for word in words)

    return gate


# A note about a portal's partners; who a desk's note is for; where a firm
# is registered; forward-looking statements; an AI notice; a picture's
# credit after its caption; a text made by a machine.
_partner_gate = _holding(_PARTNER_NOTES)
_client_gate = _holding(_CLIENT_WORDS)
_registered_gate = _holding(_REGISTERED_WORDS)
_forward_gate = _holding(_FORWARD_WORDS)
_terms_gate = _holding(_TERMS_WORDS)
_ai_gate = _holding(_AI_WORDS)


_TOOL_ENDS = ("Generator", "Summariser", "Summarizer", "Writer", "Assistant")


def tool_test(text: str) -> bool:
    """Whether a line may be a writing tool's masthead or a chat's speaker."""
    return text.endswith(_SPEAKER_OR_TOOL) or " Generator " in text


_SPEAKER_OR_TOOL = (" said:", *_TOOL_ENDS)


def _settings_gate(text: str) -> bool:
    """Whether a line may be a tool's settings or notes (a cheap test)."""
    return (
        ((" · " in text or " | " in text) and ": " in text)
        or text[:4] == "<!--"
        or text[:5].lower() in ("draft", "fact-", "fact ", "summa", "auto-", "auto ")
        or text[:6].lower() in ("editor", "writte")
    )


def made_test(text: str) -> bool:
    """Whether a line may say how the page was made (a cheap test)."""
    return _settings_gate(text) or (
        "enerated" in text
        or "utomated" in text
        or " with AI" in text
        or "AI-assisted" in text
        or "] Output" in text
    )


_photo_gate = _holding(_PHOTO_WORDS)
_automated_gate = _holding(_AUTOMATED_WORDS)
_missing_gate = _holding(_MISSING_WORDS)
_generator_gate = _holding(_GENERATOR_WORDS)
_appeal_gate = _holding(_APPEAL_WORDS)
_service_gate = _holding(_SERVICE_WORDS)


def _note_subject_gate(text: str) -> bool:
    """Whether a line may be a note on who a document is for, or who made it."""
    return (
        text[:5].lower() == "this "
        or "trading name" in text
        or "duty to report" in text
        or "ISCLOSURE" in text[:22].upper()
    )


def _joined_contact_gate(text: str) -> bool:
    """Whether a line may be an office's contact details joined by ``|`` or ``·``."""
    return (" | " in text or " · " in text) and (
        "@" in text or "+" in text or "0" in text
    )


def _marking_gate(text: str) -> bool:
    """Whether a line may mark a document as confidential, or say who it is for."""
    return (
        "onfidential" in text
        or "ot for " in text
        or text[:13] == "Prepared for "
        or "prepared for " in text
        or "o not forward" in text
        or "o not share" in text
        or " advice" in text
    )


def _street_gate(text: str) -> bool:
    """Whether a line may be an address with its street, or a number to ring."""
    if ": " in text and text[-1:] in ")0123456789":
        return True
    seps = text.count(",") + text.count(" · ")
    return (
        seps >= _ADDRESS_COMMAS
        and any(word in text for word in _STREET_WORDS)
        and _DIGIT.search(text) is not None
    )


_DIGIT = regex.compile(r"\d")


def _role_bio_gate(text: str) -> bool:
    """Whether a line may be a writer's bio or a desk's staff line."""
    return (
        " covers " in text
        or " correspondent" in text
        or " editor" in text
        or " reporter" in text
        or "desk:" in text
        or "team:" in text
    )


def _holds_gate_word(text: str) -> bool:
    """Whether a line holds one of :data:`_GATE_WORDS` (a loop beats any() here)."""
    for word in _GATE_WORDS:  # noqa: SIM110
        if word in text:
            return True
    return False


def portal_test(text: str) -> bool:
    """Passes whenever a tested rule of :data:`PORTAL_RULES` may (a cheap test).

    The gates that look for words are read in one pass (:data:`_GATE_WORDS`).
    """
    return (
        _holds_gate_word(text)
        or _advice_gate(text)
        or _note_subject_gate(text)
        or _street_gate(text)
        or _role_bio_gate(text)
        or _marking_gate(text)
        or _joined_contact_gate(text)
        or "end us your" in text
        or "ave information" in text
        or "/20" in text
        or "/19" in text
        or ("f you " in text and "rror" in text)
        or ("ull " in text and ":" in text)
        or text.endswith(_TESTED_ENDS + _PRESS_OFFICE_ENDS)
        or _fields_gate(text)
        or _links_gate(text)
    )


# The words the gates above look for, read in one pass (``in`` on each is
# several times faster here than one regex of them all): what _partner_gate,
# _client_gate, _registered_gate, _forward_gate, _terms_gate, _ai_gate, _automated_gate,
# _missing_gate, _generator_gate, _appeal_gate, _service_gate and _photo_gate
# test, and the gates of the rules with a word of their own.
_GATE_WORDS = (
    *_PARTNER_NOTES,
    *_CLIENT_WORDS,
    *_REGISTERED_WORDS,
    *_FORWARD_WORDS,
    *_TERMS_WORDS,
    *_AI_WORDS,
    *_AUTOMATED_WORDS,
    *_MISSING_WORDS,
    *_GENERATOR_WORDS,
    *_APPEAL_WORDS,
    *_BODIES,
    *_SERVICE_WORDS,
    *_PHOTO_WORDS,
    *(" No. ", " no. ", "review "),
    *(" is written by ", " is edited by ", " compiled by ", " compiled from "),
)


# Line ends that admit a rule: "… – News release", "… consumer team".
_TESTED_ENDS = ("release", "Release", "RELEASE", " team", "logo", "Logo", "banner")
_PRESS_OFFICE_ENDS = ("Press Office", "Press office", "Media Office", "Media office")


PORTAL_RULES: tuple[tuple[str, Gate, str], ...] = (
    # Where a carried story came from: "Story from the Calder Post, shared via
    # NewsNest", "Carried by NewsNest from the Fenby Gazette", "Via our partner
    # the Tarn Packet", "This article originally appeared in the Fenby Gazette".
    (
        "source",
        frozenset({"story", "article", "report", "analysis", "feature", "via"})
        | {"carried", "shared", "republished", "syndicated", "aggregated"}
        | {"originally", "first", "this article", "this story", "this report"},
        rf"{_STORY} from [^.!?]{{1,60}},?\s+{_CARRIED} (?:via|by|on|to) [^.!?]{{1,60}}"
        rf"|{_CARRIED} by [^.!?]{{1,60}} from [^.!?]{{1,60}}"
        r"|via (?:our (?:news |media |content )?partners?,? (?:the )?[^.!?]{1,60}"
        r"|(?-i:\p{Lu})[\p{L}’'&.-]*(?:\s+(?-i:\p{Lu})[\p{L}’'&.-]*){0,3})"
        r"|(?:this (?:article|story|report) )?(?:originally|first) (?:appeared|ran"
        r"|published) (?:in|on|at) [^!?]{1,120}",
    ),
    (
        "source",
        _partner_gate,
        # "Eastby Echo content is provided to NewsNest under a news partnership.",
        # "NewsNest brings together stories from 400 publishers. …"
        rf"[^.!?]{{1,60}} (?:{_STORY}|stories|articles|reports) (?:is|are)"
        r" (?:provided|supplied|licensed) to [^.!?]{1,60}\b(?:under|through|as part of"
        r"|by arrangement)\b[^!?]{0,200}"
        r"|[^.!?]{1,60} brings together (?:news|stories|articles|reports|headlines)"
        r" from\b[^!?]{0,250}",
    ),
    (
        "source",
        _partner_gate,
        # Where a portal's partner story comes from: "Syndicated from The
        # Weekender", "From our partners at the Eastmoor Star", "Republished
        # with the permission of …", "Distributed by Portalia Newswire. Press
        # release ID: …", "Coastline Wire, distributed by Meridian Newsdesk",
        # "This live page is supplied by Westerly Radio and has not been edited"
        r"syndicated (?:from|by) [^!?]{1,100}"
        r"|(?:[\w ]{1,30} )?from our partners? (?:at|in) [^.!?]{1,80}"
        r"|(?:re)?published (?:on|by|in) [^.!?]{1,60} with (?:the )?permission of"
        r" [^!?]{1,200}"
        r"|(?:[^.!?]{1,60}, )?distributed (?:by|through|via) (?-i:\p{Lu})[^.!?]{1,60}"
        r"(?:\.\s+[^!?]{1,100})?"
        r"|this (?:is an? )?(?:[\w ]{1,30} )?(?:is |was )?"
        r"(?:supplied|provided|distributed) (?:by|through) [^.!?]{1,60}"
        r"(?: and has not been (?:edited|checked|reviewed) by [^.!?]{1,40})?\.?"
        r"|provided by (?:the |our )?(?-i:\p{Lu})[^.!?]{1,60}",
    ),
    (
        "notice",
        _partner_gate,
        # "Partner content: this guide was written by the Standard and …"
        r"partner content(?:\s*[:|–—-]\s*[^!?]{1,250})?",
    ),
    (
        "notice",
        _partner_gate,
        # Who paid: "This trip was supported by the Regional Tourism Board. The
        # writer kept full editorial control.", "Reporting for this article was
        # funded by a grant from …"
        r"(?:this (?:trip|visit|journey|stay|article|story|series|report|feature"
        r"|project|reporting)|(?:the )?(?:reporting|travel|research) for this"
        r" (?:article|story|series|report|feature)) (?:was|is) (?:supported|funded"
        r"|paid for|made possible)(?: in part)? by [^!?]{1,250}",
    ),
    (
        "byline",
        _partner_gate,
        # "NewsNest staff, with reporting from the Ardley Evening Star"
        r"[^.!?,]{1,60} (?:staff|team|desk|reporters|newsroom),?\s+with"
        r" (?:additional )?reporting (?:from|by) [^.!?]{1,60}",
    ),
    (
        "byline",
        frozenset({"reporting", "reporters", "contributors", "live"}),
        # "Reporting team: Ana Ruiz, Tom Hale and Ines Roy", "Live updates
        # from the Valley Courier newsroom"
        rf"(?:reporting team|reporters|contributors)\s*:\s*{_PERSON}"
        rf"(?:(?:,\s*|,?\s+and\s+|\s*&\s*){_PERSON})*"
        r"|live (?:updates|coverage|reporting) (?:from|by) (?:the |our )?[^.!?]{1,60}"
        r"\b(?:newsrooms?|desks?|team|staff|reporters|correspondents|bureau)"
        # A live page's credit label, over who edits it: "Live Reporting"
        r"|live reporting",
    ),
    (
        "byline",
        lambda t: t.endswith(" team"),
        # A paper's desk: "Northgate Daily consumer team" (not "Meet the team").
        r"(?-i:\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){1,3}(?:\s+\p{Ll}+){0,2}"
        r"\s+team)",
    ),
    (
        "notice",
        _partner_gate,
        # "NewsNest carries analysis from partners. The views expressed are
        # those of the author", "Listings are correct at the time of
        # publication.", "PressLine is not responsible for the accuracy of …",
        # "This digest summarises coverage for internal use. …"
        r"(?:[^.!?]{1,120}[.!]\s+)?(?:the )?(?:views|opinions)(?: and opinions)?"
        r" expressed(?: [^.!?]{1,40}?)? (?:are|is|do not|does not) (?:those|solely"
        r"|not|entirely|the (?:author|writer))\b[^!?]{0,250}"
        r"|(?:[^.!?]{1,80}[.!]\s+)?[^.!?]{1,60} (?:is|are|was|were)"
        r" (?:correct|accurate) (?:at|as of) the time of (?:publication|publishing"
        r"|writing|going to press|issue|sending)\b[^!?]{0,200}"
        r"|[^.!?]{1,60} (?:is|are) not responsible for (?:the |its |their )?(?:accuracy"
        r"|content|contents)\b[^!?]{0,200}"
        r"|[^.!?]{0,120}\b(?:for internal use|not verbatim)\b[^!?]{0,250}",
    ),
    (
        "notice",
        _advice_gate,
        # "Prices at 06:30 London time. Data: Pulse Markets. Not investment advice."
        r"(?:[^!?]{1,160}[.!]\s+)?(?:this is )?not (?:investment|financial) advice\.?",
    ),
    (
        "notice",
        frozenset({"auto-refresh", "autorefresh", "auto", "refresh", "reload"}),
        # A live page's controls: "Auto-refresh is off. Reload the page for …"
        r"auto-? ?refresh(?: is)? (?:on|off|enabled|disabled|paused)\b[^!?]{0,120}"
        r"|(?:refresh|reload) (?:the|this) page (?:for|to see) (?:the )?latest\b"
        r"[^!?]{0,80}",
    ),
    (
        "notice",
        frozenset({"check", "generated", "compiled", "automatically", "transcript"}),
        # "Check against delivery. This transcript has been edited for clarity.",
        # "Generated 06:30 CET from 212 monitored sources. Coverage window: …",
        # "Transcript by Harbour Monitoring. Speech-to-text output checked by …"
        r"check against delivery\b[^!?]{0,200}"
        r"|(?:automatically )?(?:generated|compiled) (?:at |on )?[^.!?]{0,40}\bfrom"
        r" [^.!?]{1,80}(?:\.(?:\s+[^!?]{1,160})?)?"
        r"|transcript (?:by|from|produced by|provided by) [^.!?]{1,60}"
        r"(?:\.[^!?]{0,200})?",
    ),
    (
        "advert",
        frozenset({"read", "add", "get", "contribute", "tips", "tip"}),
        # "Read RailWatch in the app: offline reading … Open the app", "Add
        # NewsNest as a preferred source to see more of our stories", "Get
        # breaking news alerts with the free Harbour app. Download now",
        # "Contribute: Send photos and tips to fire@courier.example. …"
        r"read [^.!?:]{1,40} in (?:the|our) app\b[^!?]{0,200}"
        r"|add [^.!?]{1,40} as (?:a |your )?(?:preferred|trusted|favourite|favorite)"
        r" source\b[^!?]{0,120}"
        r"|get [^.!?]{1,80}\b(?:with|in|on|from) (?:the|our) (?:free )?[^.!?]{0,40}"
        r"\bapp[.!]?(?:\s+(?:download|get|install)(?: it| the app)? (?:now|here|today"
        r"|free)[.!]?)?"
        r"|(?:contribute|tips?)\s*:\s*(?:send|email|share|tell)\b[^!?]{0,250}",
    ),
    (
        "related",
        lambda t: t.startswith(("http://", "https://", "www.")),
        # A web address alone on its line: where a clipping or a story is.
        r"(?:https?://|www\.)[^\s<>\"]{3,300}",
    ),
    (
        "source",
        frozenset({"scorecard", "match", "race", "results", "market", "polling"})
        | {"weather", "price", "prices", "election"},
        # "Scorecard data: Riverside Scoring Ltd. Live text is updated every over."
        r"(?:scorecard|match|race|results|market|polling|weather|prices?|election)"
        r" data\s*:\s*(?-i:\p{Lu})[^.!?]{1,60}(?:\.\s+[^!?]{1,200})?",
    ),
    (
        "notice",
        _client_gate,
        # A desk's note on who may read it: "Prepared by the softs desk for
        # clients of Kestrel Brokers. Not for redistribution.", "This note is
        # for professional clients only and does not constitute investment
        # advice."
        r"(?:[^.!?]{0,120}\b(?:does not|do not|doesn't) constitute"
        r" (?:investment|financial|legal|tax)? ?(?:advice|a recommendation|an offer)"
        r"\b[^!?]{0,200}"
        r"|prepared (?:by|for) [^.!?]{1,80}\.\s+not for (?:redistribution"
        r"|distribution|publication)[^!?]{0,150}"
        r"|[^.!?]{0,120}\bnot for (?:redistribution|onward distribution"
        r"|onward circulation|circulation)\b"
        r"[^!?]{0,150})",
    ),
    (
        "contact",
        _registered_gate,
        # "The society is run by volunteers. Registered address: 3 Orchard Close, …"
        r"(?:[^.!?]{1,120}[.!]\s+)?registered (?:address|office)\s*:\s*[^!?]{1,150}",
    ),
    (
        "notice",
        _registered_gate,
        # A firm's regulatory line: "Tidewater Bank plc is registered in
        # Harbourtown (company no. 04127789) and authorised by …"
        r"(?-i:\p{Lu})[^.!?]{0,60} (?:plc|ltd|limited|llp|inc|ag|sa|gmbh|bank|group)\.?"
        r" is (?:registered|authori[sz]ed|regulated|incorporated)\b[^!?]{0,250}",
    ),
    (
        "notice",
        frozenset({"questions", "questions?", "question", "reply"}),
        # A prompt to write in: "Questions or comments: reply to this e-mail
        # or call the desk on …", "Reply to this email to tell us what we
        # missed, or write to …"
        r"questions?(?: or (?:comments|feedback))?\??\s*:?\s*(?:reply|e-?mail|call"
        r"|write|contact|visit|see|go to)\b[^!?]{0,160}"
        r"|reply to this (?:e-?mail|newsletter|message|note)\b[^!?]{0,200}",
    ),
    (
        "contact",
        frozenset({"contact", "club", "team", "secretary", "membership", "press"})
        | {"media", "editor", "general"},
        # "Contact the tracker team: tracker@example.org | +1 555 0142",
        # "Club secretary: Dean Hale, secretary@club.example, 01632 960418"
        r"contact (?:the|our|us)\b[^:.!?]{0,40}:(?:\s*[^!?]{1,120})?"
        r"|[^.!?:@]{1,40}:\s*[^.!?:@]{0,60}[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
        r"(?:,\s*|\s*[|·]\s*)\+?[\d ()-]{6,20}",
    ),
    (
        "navigation",
        frozenset({"download"}),
        # "Download the data: CSV (14 KB) | Excel (31 KB)", "Download: full
        # results (CSV, 22 KB) | Council map"
        r"download(?: the| this| all| full)?(?: data| results| figures| tables?"
        r"| report)?\s*:\s*[^.!?|·]{1,60}(?:\s*[|·]\s*[^.!?|·]{1,60}){0,5}",
    ),
    (
        "release",
        lambda t: t.endswith(("release", "Release", "RELEASE")),
        # A statistics office's or a company's masthead: "Harrowby Institute
        # of Statistics – News release"
        r"(?-i:\p{Lu})[^.!?]{1,80}\s[–—-]\s(?:news|press|media|statistical) release",
    ),
    (
        "advert",
        frozenset({"not"}),
        # "Not a member yet? Join for £5 a year at residents.example/join"
        r"not (?:a (?:member|subscriber|supporter)|subscribed|signed up)(?: yet)?\?\s*"
        r"(?:join|sign up|subscribe|become|support)\b[^!?]{0,150}",
    ),
    (
        "caption",
        lambda t: t.endswith(("logo", "Logo", "banner")),
        # An image's remnant, its brackets taken off: "[Tallyworks logo]"
        r"[\p{L}\d&’'. -]{1,40} (?:logo|banner)",
    ),
    (
        "notice",
        frozenset({"don't", "don’t", "do", "please", "printed", "deadline", "copy"}),
        # An e-mail's and a printed bulletin's small print: "Don't want these
        # emails? Reply STOP …", "Please do not reply to this email.", "Printed
        # by Denby Print on recycled paper.", "Deadline for the autumn edition:
        # 15 September. Send items to …"
        r"(?:don[’']t|do not) want (?:these|our|to receive|any more) [^?]{1,40}\?"
        r"\s*[^!?]{1,150}"
        r"|(?:please )?do not reply (?:to )?this (?:e-?mail|message|address)\b"
        r"[^!?]{0,150}"
        r"|printed (?:by|on) [^!?]{1,120}"
        r"|(?:the )?(?:copy )?deadline for (?:the )?(?:next |\w+ )?(?:edition|issue"
        r"|newsletter|bulletin)\b[^!?]{0,150}",
    ),
    (
        "notice",
        _forward_gate,
        # "This update contains forward-looking statements about planned …"
        r"[^.!?]{0,80}\bcontains? forward[- ]looking (?:statements|information)\b"
        r"[^!?]{0,250}",
    ),
    (
        "source",
        lambda t: " compiled from " in t,
        # Under a table: "*Table compiled from party statements, January 2025.*"
        r"(?:this |the )?(?:table|chart|data|figures) (?:was |is |were "
        r"|are )?compiled from [^!?]{1,150}",
    ),
    (
        "notice",
        _terms_gate,
        # "Lanyard Partners LLP is acting exclusively for Tarn plc and no one
        # else in connection with the acquisition …"; "Fares are one way,
        # include taxes and are subject to availability."
        r"[^.!?]{1,80} (?:is|are) acting exclusively for [^.!?]{1,60} and no(?: ?one|"
        r" other person|body) else\b[^!?]{0,300}"
        r"|[^.!?]{0,160}\bsubject to availability\b[^!?]{0,120}",
    ),
    (
        "notice",
        lambda t: " is written by " in t or " is edited by " in t,
        # A newsletter's colophon: "The Sunday Sieve is written by Dan Hale. If
        # a friend forwarded this to you, subscribe free at …"
        # (a name in capitals, and whose: not "The plan is written by hand")
        r"(?-i:\p{Lu}[\p{L}’'&.-]*(?:\s+\p{Lu}[\p{L}’'&.-]*){0,5}) is (?:written|edited"
        r"|produced|curated)(?: and (?:edited|produced|curated))? by (?:the )?"
        r"(?-i:\p{Lu})[^.!?]{1,60}\.(?:\s+[^!?]{1,250})?",
    ),
    (
        "source",
        frozenset({"news"}),
        # A sender's masthead over its release: "News from the Tarn Trust"
        r"news from (?:the )?(?-i:\p{Lu})[^.!?:]{1,60}",
    ),
    (
        "share",
        frozenset({"discussion", "comments"}),
        r"(?:discussion|comments) (?:about|on) this (?:post|article|story)",
    ),
    (
        "release",
        frozenset({"urgent", "flash", "priority", "advisory", "embargoed"}),
        # A wire's flag over its story, in capitals: "URGENT", "FLASH"; an
        # advisory to editors: "ADVISORY: Interviews are available on request."
        r"(?-i:URGENT|FLASH|PRIORITY|BULLETIN|ADVISORY)"
        r"|advisory\s*:\s*[^!?]{1,250}"
        # "PRIORITY: URGENT"
        r"|priority\s*:\s*(?:urgent|flash|high|routine|normal|bulletin)",
    ),
    (
        "navigation",
        lambda t: (
            t[:4].isupper() and (" | " in t or " – " in t or " — " in t or " - " in t)
        ),
        # An agency's or a service's name in capitals over its copy, then its
        # desk or section: "OCEANIA NEWSWIRE – INTERVIEWS – FISHERIES", "CLIENT
        # WIRE FEED | Sanctions & Export Controls" (a newsletter's name is its
        # title: "FARMGATE WEEKLY – COMMODITIES BRIEF")
        r"(?-i:(?=[A-Z&/.' -]*\b(?:WIRE|NEWSWIRE|FEED|DESK|SERVICE|AGENCY|MONITOR"
        r"|INSIGHT|MARKETS)\b)[A-Z][A-Z&/.' -]{2,40})"
        r"(?:\s[|–—-]{1,2}\s[^.!?|–—]{2,60}){1,3}",
    ),
    (
        "release",
        lambda t: " -- " in t and t.isupper(),
        # A wire's desk or slug line in capitals, its parts set apart by a
        # double dash: "TIDEWATER NEWSWIRE -- DISASTER DESK", "ANALYSIS/DIPLOMACY
        # -- KARESH-ACCORD" (a code or a desk in it; not "FLOODS -- WHAT WE KNOW")
        r"(?=.*(?:/|\b(?:DESK|WIRE|NEWSWIRE|SERVICE|AGENCY|BUREAU)\b))"
        r"(?-i:[A-Z][A-Z/&.'-]*(?: [A-Z][A-Z/&.'-]*){0,4})"
        r"(?: -- (?-i:[A-Z][A-Z/&.'-]*(?: [A-Z][A-Z/&.'-]*){0,4})){1,2}",
    ),
    (
        "notice",
        _service_gate,
        # What a monitoring service says of itself (see _SERVICE_WORDS).
        r"(?-i:\p{Lu})[\w&'’ -]{1,40} (?:tracks|monitors)"
        r" (?:[\d,]+ |more than [\d,]+ )?"
        r"(?:outlets|sources|titles|publications|print|media|news|coverage|broadcast"
        r"|online|social)\b[^!?]{0,250}"
        r"|(?-i:\p{Lu})[\w&'’ -]{1,40} is an? (?:subscriber |subscription |paid )?"
        r"(?:service|product) of [^!?]{1,250}"
        r"|(?-i:\p{Lu})[\w&'’ -]{1,40} is an? automated (?:digest|summary|service"
        r"|briefing|report|feed)\b[^!?]{0,250}"
        # "Greenline Briefings is an independent service. Content may be …",
        # "StanceMap is an automated monitoring tool. Outputs may contain …"
        r"|(?-i:\p{Lu})[\w&'’ -]{1,40} is an? (?:independent|automated|subscription)"
        r"(?: monitoring| research| news| analysis| briefing)?"
        r" (?:service|tool|platform)\b[^!?]{0,250}"
        r"|[^.!?]{1,80} (?:are|is) prepared for (?:clients|subscribers)\b[^!?]{0,200}"
        r"|questions about this (?:report|briefing|tracker|digest)\s*:\s*.{1,120}"
        r"|auto-refresh(?:ing|es|ed)? every [^!?]{1,150}"
        r"|auto-summary (?:generated|produced|written|of)\b[^!?]{0,150}"
        r"|this (?:briefing|report|tracker|digest|summary) is based on (?:open-source"
        r"|public|published)\b[^!?]{0,250}",
    ),
    (
        "notice",
        _marking_gate,
        # A document's markings, on their own or among its fields: "Strictly
        # confidential", "Board paper BP-25-031 · Strictly confidential · Not
        # for circulation outside the board", "Deal code: HT-JV-2025 | Sector:
        # Power transmission | Confidential"
        r"(?:[^.!?·|]{1,60}\s[·|]\s){0,4}(?:strictly |commercial in )?confidential"
        r"(?:\s[·|]\s[^.!?·|]{1,60}){0,4}"
        r"|(?:[^.!?·|]{1,60}(?:\s[·|–—-]\s|, )){0,4}not for (?:circulation|distribution"
        r"|redistribution|publication)\b[^.!?·|]{0,60}(?:\s[·|]\s[^.!?·|]{1,60}){0,4}"
        # "This note is confidential to members and must not be forwarded."
        r"|this (?:note|memo|briefing|report|document|e-?mail|update) is (?:strictly )?"
        r"confidential\b[^!?]{0,200}"
        # "Export ID 38-MF-0919 · Do not forward outside your organisation"
        r"|(?:[^.!?·|]{1,60}\s[·|]\s){0,3}do not (?:forward|share|circulate"
        r"|distribute|redistribute)\b[^.!?·|]{0,80}"
        # Who a paper is for: "Prepared for the board of Lowmere Foods plc, 9 April"
        r"|prepared (?:for|exclusively for) (?:the )?(?-i:\p{Lu})?[^.!?]{1,100}"
        r"|(?:[^.!?·|]{1,60}\s[·|]\s){1,3}prepared (?:exclusively )?for (?:subscribers"
        r"|clients|members)(?:\s[·|]\s[^.!?·|]{1,60}){0,3}"
        # "Tandem Intelligence does not provide legal advice. …"
        r"|(?-i:\p{Lu})[\w&'’ -]{1,40} does not (?:provide|give|offer) (?:legal"
        r"|financial|investment|tax|medical) advice\b[^!?]{0,250}",
    ),
    (
        "contact",
        lambda t: t.endswith(_PRESS_OFFICE_ENDS),
        # Who issues a release: "Orrin Valley District Council | Press Office"
        r"(?-i:\p{Lu})[^|.!?]{2,80}\s*[|·–—-]\s*(?:press|media) office",
    ),
    (
        "navigation",
        _holding(_BODIES),
        # A public body's name over its page, with the page's section:
        # "Brackenford District Council | Planning and Housing Statistics"
        r"(?-i:\p{Lu})[\w&'’ -]{2,50} (?-i:Council|Authority|Office|Agency|Ministry"
        r"|Department|Commission|Board|Institute|Bureau)\s\|\s[^|.!?]{2,60}"
        # "Office for Regional Statistics | Labour market overview"
        r"|(?-i:Office|Ministry|Department|Bureau) (?:of|for) [\w&'’ -]{2,50}\s\|\s"
        r"[^|.!?]{2,60}",
    ),
    (
        "contact",
        _joined_contact_gate,
        # An office's lines on one, joined by pipes, a number or an address
        # among them: "Northgate News Agency | newsdesk@northgate.example | +1
        # 555 0100", "Harbour Wire, 14 Quay Street, Port Harbour | +44 1632 960100"
        r"(?=.*(?:[\w.+-]+@[\w-]+\.[\w.]+|\+?\(?\d(?:[ ()-]?\d){6,}))"
        r"(?-i:\p{Lu})[^|·.!?]{1,80}(?: [|·] [^|·!?]{2,60}){1,3}",
    ),
    (
        "source",
        lambda t: " compiled by " in t,
        # "Profile compiled by the World Desk. Figures from the Bureau of Statistics."
        # (not what they show: "Data compiled by Meridian show rates rising")
        r"(?:[\p{L}-]+ ){0,2}compiled by (?:the |our )?(?-i:\p{Lu})"
        r"(?![^.!?]*\b(?:show|shows|showed|suggest|suggests|reveal|reveals|indicate"
        r"|indicates|point|points)\b)[^.!?]{1,60}"
        r"(?:\.\s+[^!?]{1,150})?\.?",
    ),
    (
        "notice",
        frozenset({"you", "exported", "shared"}),
        # A chat's export: "You said:" over the question, "Exported 22 November
        # 2024, 16:04"
        r"you said:"
        r"|(?:exported|shared) (?:on )?\d{1,2} \p{L}+ \d{4}(?:,? \d{1,2}:\d\d"
        r"(?: ?(?-i:[A-Z]{2,4}))?)?"
        # "You are here: Home / Business / Economy"
        r"|you are here\s*:\s*[^.!?]{1,120}",
    ),
    (
        "notice",
        frozenset({"how", "⚠", "response", "the response", "ask", "reply"})
        | {"information", "prompt", "model", "feed", "auto-summarised"}
        | {"auto-summarized", "rows", "row", "items", "sections", "content"}
        | {"user", "assistant", "was", "output", "topic", "credits", "credit"}
        | {"machine-assisted", "generated"},
        # An assistant's own lines: "⚠ The response was interrupted.
        # Regenerate", "Ask Herald AI another question", "Reply MORE for the
        # full table."; a publisher's note on them: "How we use AI: This
        # answer was drafted by …"
        r"how we use ai\s*:\s*.{1,300}|prompt\s*:\s*\S.{0,400}"
        # A generator's header and notes: "Model: Sable-7 | Mode: briefing",
        # "FEED: WIRE-AUTO / POLITICS / 0412 GMT", "Auto-summarised from agency
        # copy · 6 paragraphs", "[Rows omitted: the document was not available.]"
        r"|model\s*:\s*[^|·]{1,40}\s*[|·]\s*(?:mode|confidence|temperature|version"
        r"|length|tokens)\b.{0,120}"
        r"|feed\s*:\s*(?-i:[A-Z0-9][A-Z0-9 /:-]{2,80})"
        r"|auto-summari[sz]ed (?:from|by)\b.{1,150}"
        r"|(?:rows?|items?|sections?|content) omitted\b.{0,200}"
        # a chat's speakers and its feedback buttons: "User", "Assistant", "Was
        # this response helpful? Yes · No"
        r"|user|assistant|was this (?:response|answer|summary) helpful\b.{0,60}"
        # a generator's settings, runs and warnings: "Topic: … | Tone: Balanced",
        # "Output 2 of 3", "OUTPUT (model: scribe-large, temperature 0.4)",
        # "Output may contain invented quotes.", "Credits remaining this month:
        # 14", "Generated in 4.2 s · Tone: Neutral"
        r"|topic\s*:\s*[^|·]{1,80}[|·]\s*(?:tone|audience|length|style|format)\s*:"
        r".{1,120}"
        r"|output \d{1,3} of \d{1,3}|output\s*\(model\s*:[^()]{1,80}\)"
        r"|output may contain\b.{0,150}"
        r"|credits? (?:remaining|left|used)\b.{0,60}"
        r"|generated in \d+(?:\.\d+)? ?s\b.{0,100}"
        r"|machine-assisted (?:summary|translation|article|text|report)\b.{0,200}"
        r"|(?:⚠\s*)?(?:the )?response (?:was|has been) (?:interrupted|stopped|cut off"
        r"|truncated)\b[^!?]{0,80}"
        r"|ask (?:[\p{L}’'-]+ ){0,3}(?:another|a follow-up|a new) question"
        r"|reply (?-i:[A-Z]{2,12}) (?:for|to)\b[^!?]{0,100}"
        # "Information current as of the court's judgment."
        r"|information (?:is )?(?:current|correct|accurate) (?:as of|as at|at)\b"
        r"[^!?]{0,100}",
    ),
    (
        "notice",
        made_test,
        # How a page was made: "ExplainIt articles are generated from public
        # documents and checked by a human editor.", "Entries on this page are
        # assembled with automated tools …", "Parts of today's brief were
        # drafted with AI assistance …", "[AutoBrief] Output #4471 — topic: …",
        # "Generated by AutoBrief · model v0.9 · 612 words", "Generated 14 May,
        # 06:12 UTC · Based on 9 wire reports"
        r"(?![^!?]*\b(?:said|says|told)\b)[^.!?]{0,60}\b(?:articles|entries|summaries"
        r"|briefs?|stories|posts|updates|explainers?|fact-checks?|answers?)"
        r"(?: on this page)? (?:are|were|is|was|has been|have been) (?:\w+ )?"
        r"(?:generated|assembled|compiled|drafted|written|produced|summari[sz]ed)"
        r"\s+(?:automatically\b|(?:with|using|from|by)\b[^.!?,;]{0,80}\b(?:ai"
        r"|automated|tools?|models?|software|human editor|algorithms?)\b)[^!?]{0,250}"
        r"|(?:this|parts of (?:this|today['’]s|the)) [\w’' -]{1,40}? (?:was|were|is"
        r"|are|has been|have been) (?:drafted|written|generated|produced|prepared"
        r"|assembled|compiled) with (?:the help of )?(?:an? )?(?:ai|automated"
        r"|ai-assisted|machine)\b[^!?]{0,250}"
        r"|\[[^\]]{2,30}\] output #?\d+\b.{0,150}"
        r"|generated (?:by|with|using) [^.!?·|]{1,40}\s*[·|]\s*.{1,120}"
        r"|generated \d{1,2} (?:[a-z]{3,9})(?: \d{4})?,? \d{1,2}[:.]\d\d.{0,150}",
    ),
    (
        "byline",
        frozenset({"by"}),
        # "By the Explainer Desk, with AI assistance"
        r"by (?:the )?(?-i:\p{Lu})[^.!?,]{1,60},? (?:with|using) (?:the help of )?"
        r"(?:ai|artificial intelligence)(?: assistance| tools| help)?",
    ),
    (
        "notice",
        lambda t: t.endswith(" said:"),
        # A chat's speaker over the answer: "Orca Assist said:", "ChatGPT said:",
        # "Orbit said:" (a name of one word: not "Ana Ruiz said:")
        r"(?:[\p{L}-]{1,20} )?[\p{L}-]{0,20}(?-i:Assist|Assistant|AI|Bot|GPT|Copilot"
        r"|Chat|Gemini|Claude)[\p{L}-]{0,10} said:"
        r"|(?!(?:he|she|it|they|we|i|you|who)\b)(?-i:\p{Lu}[\p{L}-]{1,20}) said:",
    ),
    (
        "notice",
        _settings_gate,
        # A tool's or a CMS's settings, pieces side by side, one naming what a
        # tool names: "FAQ Builder output · Template: Housing explainer v3 ·
        # Tone: neutral", "Output generated 19 May 2025 · Mode: Balanced ·
        # Sources cited: 6", "New chat · History · Workspace: Gazette web team"
        r"(?=[^\n]*\b(?:template|tone|mode|reading age|workspace|owner|last saved"
        r"|audience|temperature|sources cited|word count|meeting)\s*:)"
        r"(?![^\n]*[.!?]\s)[^·|]{1,60}(?:\s[·|]\s[^·|]{1,60}){1,6}"
        # a CMS's comment, a draft's stamp, a tool's notes: "<!-- CMS draft … -->",
        # "[DRAFT – NOT FOR PUBLICATION]", "Fact-check status: not reviewed.",
        # "Summary accuracy: auto-checked …", "Auto-summary from the briefing, …"
        r"|<!--.{0,300}-->|draft\s*[–—:-]\s*not for (?:publication|distribution)"
        r"|fact-?check status\s*:.{1,200}|summary accuracy\s*:.{1,200}"
        r"|auto-?summary (?:from|of)\b.{1,150}|editor(?:['’]s|s)? notes\s*:.{1,300}"
        r"|written by [^.!?]{1,60} with (?:the )?(?:help|assistance) (?:from|of)"
        r" (?:our|an?|the) [^.!?]{0,30}(?:tool|ai|assistant|software)",
    ),
    (
        "source",
        frozenset({"sources"}),
        r"sources used\s*:.{1,300}",  # "Sources used: council papers (12 March)"
    ),
    (
        "navigation",
        tool_test,
        # A writing tool's masthead: "ArticleSmith AI — Pros & Cons Generator",
        # "ElectionBrief Generator · Template: Country Explainer · Draft saved"
        r"(?-i:\p{Lu})[^.!?]{1,40}\s[—–|·-]\s[^.!?]{1,40}\b(?:generator|summari[sz]er"
        r"|writer|assistant)"
        r"|(?-i:\p{Lu})[^.!?·|]{1,40}\bgenerator\s*[·|]\s*.{1,150}",
    ),
    (
        "notice",
        _ai_gate,
        # An assistant's or a publisher's AI notice: "Lumen can make mistakes.
        # Check important information.", "These summaries are written by AI
        # from reports by our partner publishers …"
        r"(?-i:\p{Lu})[\p{L}-]{1,30}(?: [\p{L}-]{1,30})? can (?:make|contain)"
        r" (?:mistakes|errors)\.?(?:\s+[^!?]{1,120})?"
        # "AI-generated overviews can contain mistakes. Check …", "AI Overview ·
        # generated from 6 sources · 2 October 2025"
        r"|ai-generated [^.!?]{1,40}\b(?:can|may) (?:make|contain) (?:mistakes|errors"
        r"|inaccuracies)\b[^!?]{0,200}|ai overview\b[^!?]{0,150}"
        # (not "This explainer, drafted with an AI assistant, walks through …")
        r"|(?:these|this|our|the) [\w ]{1,30} (?:is|are|was|were|has been|have been)"
        r" (?:written|generated|produced|drafted|created|summari[sz]ed) (?:by|with"
        r"|using) (?:an? |(?-i:\p{Lu})[\p{L}]{1,20} )?(?-i:AI)\b"
        r"(?! researchers| experts| scientists)[^!?]{0,250}",
    ),
    (
        "notice",
        lambda t: _ai_gate(t) or _automated_gate(t),
        # How a summary was made, said of the summary: "Summaries are generated
        # by AI from the sources shown and may contain mistakes.", "Transcript
        # summary generated automatically.", "This key points box was created
        # with the help of automated tools …", "An AI-assisted comparison,
        # checked by the politics team." (never without a word of machines, nor
        # with a word of reporting: "The summary was written by the chair",
        # "The briefing was drafted using AI, the minister admitted" are news)
        r"(?=.*\b(?:ai|automat\w*|generated|algorithms?)\b)"
        r"(?!.*\b(?:said|says|admitted|told|according|claimed|reported)\b)"
        r"(?:(?:the|these|this|our|your|an?) )?(?:[\w-]+ ){0,3}(?:summar(?:y|ies)"
        r"|overviews?|briefings?|digests?|answers?|transcripts?|comparisons?"
        r"|key points(?: box)?|highlights|translations?|brief|drafts?)\b[^.!?]{0,60}?"
        r"(?:(?:is|are|was|were|has been|have been) )?(?:(?:written|generated"
        r"|produced|drafted|created|compiled|prepared|refreshed|updated|translated)"
        r"(?: automatically)? (?:by|with|using|from|automatically)\b"
        r"|automatically (?:generated|produced|refreshed|updated))[^!?]{0,250}"
        r"|an? ai-(?:assisted|generated|written|produced) [^!?]{1,250}",
    ),
    (
        "navigation",
        lambda t: "%" in t and " | " in t,
        # A market ticker: "TOKYO +0.8% | HONG KONG −0.3% | SEOUL +1.1%"
        r"(?:(?-i:[A-Z][A-Z .&-]{1,24}) [+−-]?\d[\d.,]*%\s*\|\s*){2,9}"
        r"(?-i:[A-Z][A-Z .&-]{1,24}) [+−-]?\d[\d.,]*%",
    ),
    (
        "notice",
        _appeal_gate,
        # A page's warnings (see _APPEAL_WORDS)
        r"(?:(?:your )?capital (?:is )?at risk|(?:important\s*:\s*)?your home"
        r" (?:may|could|might) be repossessed)\b[^!?]{0,300}"
        r"|[^.!?]{1,80} (?:could not be loaded|failed to load)[.!]?"
        r"(?:\s+(?:please )?(?:refresh|reload|try again)\b[^!?]{0,150})?",
    ),
    (
        "advert",
        _appeal_gate,
        # and its appeals (see _APPEAL_WORDS)
        r"[\w&'’ -]{1,30} newsletter\s*[:–—-]\s*.{0,120}\b(?:inbox|sign up|subscribe)"
        r"\b.{0,80}"
        r"|support (?:our|independent|local|quality)\b[^.!?]{0,60}(?:journalism"
        r"|reporting|newsroom)\.?\s*(?:subscribe|donate|become a (?:member"
        r"|subscriber)|join)\b.{0,120}",
    ),
    (
        "notice",
        _generator_gate,
        # A generator's fields around the article (see _GENERATOR_WORDS)
        r"(?:meta (?:description|title)|seo (?:title|description)|(?:url )?slug"
        r"|focus (?:keyphrase|keywords?)|keywords|word count|summary length"
        r"|original (?:coverage|story|article)"
        # what an SEO tool adds: "Readability: 68 (fairly easy)", "Internal
        # links: /a, /b", "[Suggested image: … | alt text: …]", "[CTA: …]"
        r"|readability(?: score)?|reading level|(?:internal|external) links"
        r"|suggested images?|image suggestion|alt text|cta|call to action"
        r"|(?:primary|secondary|target) keywords?|schema"
        r"|notes? to (?:the )?editors?)\s*:\s*\S.{0,300}"
        # "Bucharest, 14 August 2025. Edited for length and clarity."
        # "FAQ generated with AnswerBlock · 3 questions · schema: FAQPage",
        # "[QuillDesk note: 612 words · readability grade 7 · …]"
        r"|faq generated with [^!?]{1,150}"
        r"|[\w ]{1,30}\bnote\s*:\s*\d[\d,]* words\b[^!?]{0,150}"
        r"|(?:[^.!?]{1,60}\.\s+)?(?:it has been |this (?:interview|transcript) has"
        r" been )?edited for (?:length|clarity|brevity)\b[^!?]{0,60}",
    ),
    (
        "notice",
        _missing_gate,
        # What a copied page lost: "Interactive table unavailable. View the
        # full tracker on our website.", "This embedded map is not supported."
        r"(?:this |the )?(?:interactive|embedded) (?:table|chart|graphic|map|content"
        r"|element|map|video|tool)s? (?:is |are )?(?:unavailable|not available"
        r"|not supported)\b[^!?]{0,160}"
        # "Table could not be displayed. View the original at …"
        r"|(?:this |the )?(?:table|chart|graphic|map|image|content)s? could not be"
        r" (?:displayed|shown|loaded)\b[^!?]{0,160}"
        # "Green Hearth is editorially independent and does not accept payment …"
        r"|[^.!?]{1,60} (?:is|are) editorially independent\b[^!?]{0,200}",
    ),
    (
        "share",
        frozenset({"views", "reads", "shares", "likes"}),
        r"(?:views|reads|shares|likes)\s*:\s*\d[\d,.]*\s*[km]?",  # "Views: 1,204"
    ),
    (
        "notice",
        frozenset({"send", "to stop", "to unsubscribe", "to opt", "data", "figures"})
        | {"prices", "results", "this page", "the page", "readings", "rates"},
        # A call for tips: "Send your news stories to news@… and via WhatsApp …";
        # how to stop: "To stop receiving this bulletin, reply … UNSUBSCRIBE.";
        # a page's clock: "Data refreshes every hour"
        r"send (?:us )?(?:your |in your )?(?:news|stories|news stories|tips|photos"
        r"|pictures|videos|results|listings|letters|events|announcements|memories"
        r"|tributes)"
        r"(?: and (?:pictures|photos|results|videos))?\b[^!?]{0,200}"
        r"|to (?:stop receiving|unsubscribe|opt out)\b[^.!?]{0,100}\b(?:reply|e-?mail"
        r"|click|write|visit|text|send)\b[^!?]{0,150}"
        r"|(?:data|figures|prices|results|readings|this page|the page)"
        r" (?:refresh(?:es)?|updates?|(?:is|are) (?:updated|refreshed)) (?:every|each)"
        r" [^.!?]{1,30}\.?"
        # and with the rest of the line: "Readings refresh every hour · Last
        # refresh 14:00", "Data refreshed hourly. Last refresh: 14:00"
        r"|(?:readings|data|rates|prices|figures) (?:refresh(?:ed)?|update[sd]?)"
        r" (?:every|hourly|daily|weekly)\b.{0,150}",
    ),
    (
        "caption",
        _photo_gate,
        # A caption and its credit on one line: "Labourers rest under a flyover.
        # | Photo Credit: ARVIND SAHNI", "Residents board a truck. MANILA
        # COURIER PHOTO / ANA REYES", "Students leave a school. — File photo"
        r"[^|]{10,300}\s*\|\s*(?:photo(?: credit)?|image|picture|credit)\s*:"
        r"\s*[^|]{2,80}"
        r"|[^|]{4,300}[.!] (?-i:(?:[\p{Lu}][\p{Lu} ]{1,40} )?(?:PHOTO|PICTURE|IMAGE))"
        r"\s*[/|]\s*(?-i:\p{Lu})[\p{L} .'-]{2,40}"
        r"|[^|]{5,200}[.!]\s*[—–-]\s*(?:file photo|photo|file|image)"
        r"(?:\s*[:/]\s*.{1,40})?",
    ),
    (
        "notice",
        lambda t: "review unit" in t or "review sample" in t,
        # "Tarn Mobility lent us a review unit for two weeks. We do not accept …"
        r"[^!?]{0,80}\b(?:lent|loaned|provided|supplied|sent)\b[^.!?]{0,50}\breview"
        r" (?:unit|sample)\b[^!?]{0,250}",
    ),
    (
        "related",
        frozenset({"read", "also"}),
        r"(?:also )?read\s*:\s*\S[^!]{0,150}",  # "READ: Where to get updates"
    ),
    (
        "notice",
        _automated_gate,
        # How a brief was made: "This brief was generated automatically from
        # public statements …", "Atlas summaries are generated automatically
        # and checked by an editor", "Lattice combines automated monitoring of
        # statements with editing by our staff", "Auto-generated profile · …"
        r"[^!?]{0,80}\b(?:(?:is|are|was|were|has been|have been) (?:generated|produced"
        r"|compiled|written) automatically|(?:is|are|was|were) automatically"
        r" (?:generated|produced|compiled))\b[^!?]{0,250}"
        r"|[^.!?]{1,60}\b(?:combines|uses|relies on) automated\b[^!?]{0,250}"
        # "Automated bulletin, refreshed every 10 minutes.", "Forecasts are
        # generated from model data and checked by a duty meteorologist."
        r"|automated (?:bulletin|summary|report|update|page|feed)\b[^!?]{0,150}"
        r"|(?:forecasts|summaries|reports|results|figures|these [\w ]{1,20})"
        r" (?:are|is) (?:automatically )?(?:generated|produced) from\b[^!?]{0,200}"
        r"|auto-?generated\b[^!?]{0,150}"
        # "Markets summary generated at 17:35 GMT, 11 April 2025"
        r"|[^.!?]{1,40} generated at \d{1,2}[:.]\d\d\b[^!?]{0,80}"
        # "GENERATED SUMMARY – automated, not reviewed by a journalist"; "This
        # page was generated from operator notices and may not reflect …"
        r"|generated summary\b[^!?]{0,150}"
        r"|this (?:page|summary|digest|briefing|report|article|story|brief|post)"
        r" (?:was|is|has been) (?:automatically )?(?:generated|compiled|produced)"
        r" from\b[^!?]{0,250}",
    ),
    (
        "notice",
        _note_subject_gate,
        # Who a note is for and how it was made: "This tracker is produced from
        # public records and is provided for information only", "This material
        # is for institutional investors only", "This newspaper follows the
        # Editors' Code of Practice. To complain …", "IMPORTANT DISCLOSURES: …"
        # (not what someone said: "…, the judge said.")
        r"(?!.*\b(?:said|says|added|told [\w ]{1,30})\.?$)"
        r"(?:important disclosures?\s*:\s*)?this (?:tracker|brief|briefing|summary"
        r"|report|digest|dashboard|database|profile|note|material|document"
        r"|communication|publication|newspaper|site|title) (?:is|was|has been)"
        r" (?:(?:produced|compiled|prepared|generated|built) (?:from|using|with|by)"
        r"|(?:intended |directed )?"
        r"(?:for|at) [^.!?]{1,60}\bonly|(?:regulated by|a member of))\b[^!?]{0,250}"
        r"|this (?:newspaper|publication|site|title) (?:follows|adheres to|abides by)"
        r"\b[^!?]{0,250}"
        r"|we (?:have a duty|are committed) to report\b[^!?]{0,250}"
        r"|[^.!?]{1,60} is a trading name of [^.!?]{1,80}\.(?:\s+[^!?]{1,150})?",
    ),
    (
        "contact",
        lambda t: "f you " in t and "rror" in t,
        # "If you believe a report contains an error, contact the editor at …"
        r"if you (?:believe|think|spot|notice|see|find)\b[^.!?]{1,80}\berrors?\b,?\s*"
        r"(?:please )?(?:contact|e-?mail|write to|tell|let)\b[^!?]{0,120}",
    ),
    (
        "source",
        frozenset({"poll", "survey", "polling"}),
        # "Poll: Kvarta Research for the Tarsis Herald, 1,204 adults, 14–18 November."
        r"(?:poll|survey|polling)\s*:\s*[^!?]{1,120}\b\d[\d,]* (?:adults|people|voters"
        r"|respondents|residents|members)\b[^!?]{0,80}",
    ),
    (
        "byline",
        frozenset({"updates", "live"}),
        # "Updates from the Lattice Briefs live desk"
        r"(?:live )?updates from (?:the |our )?[^.!?]{1,60}\b(?:desk|newsroom|team"
        r"|reporters|correspondents)",
    ),
    (
        "contact",
        _street_gate,
        # A publisher's address with its street: "Westford Gazette, 14 Market
        # Place, Westford"; a number to ring: "Report a fallen tree: 01632
        # 960450 (24 hours)"
        rf"(?-i:\p{{Lu}})[^,.!?·]{{1,60}}(?:,|\s·)\s*\d{{1,4}}[a-z]?\s+"
        rf"(?-i:\p{{Lu}})[\p{{L}}' ]{{1,30}}\b{_STREET}"
        r"(?:(?:,|\s·)\s*(?-i:\p{Lu})[\p{L}' -]{1,30}){1,2}"
        r"(?:\s*·\s*\(?\+?[\d ()-]{7,20})?\.?"
        # (perhaps who first: "Duty editor: Nadia Farouk, +44 1632 960188",
        # "Tarn plc: Ana Ruiz, Finance Director, +44 1632 960811")
        r"|(?-i:\p{Lu})[^:.!?]{2,60}:\s*(?:(?-i:\p{Lu})[\p{L} .'-]{2,40},\s*){0,2}"
        r"\+?[\d ()-]{8,20}\d(?:\s*\([^()]{1,30}\))?",
    ),
    (
        "source",
        frozenset({f"this {noun}" for noun in ("interview", "article", "story")})
        | {"this piece", "this feature", "this review", "this column"},
        # "This interview appears in the weekend magazine. Subscribe at …"
        r"this (?:interview|article|story|piece|feature|review|column) (?:appears"
        r"|appeared|first appeared|was first published|is published) in\b[^!?]{0,200}",
    ),
    (
        "related",
        lambda t: "ull " in t and ":" in t,
        # "Top five only. Full table: sport.example/league"
        r"(?:[^.!?]{1,60}[.!]\s+)?full (?:table|results|standings|scorecard|fixtures"
        r"|list|coverage|report|story)\s*:\s*\S.{0,100}",
    ),
    (
        "notice",
        frozenset({"the reviewer", "the writer", "the critic", "our reviewer"}),
        # "The reviewer paid for her meal. Restaurants are not told …"
        r"(?:the|our) (?:reviewer|writer|critic) (?:paid|travelled|stayed|was a guest)"
        r"\b[^!?]{0,250}",
    ),
    (
        "release",
        lambda t: " No. " in t or " no. " in t,
        # "Public Health Bulletin No. 2025-07"
        r"(?-i:\p{Lu})[\p{L} ]{1,40} (?:bulletin|briefing|report|update|notice|release"
        r"|advisory|circular) no\.? ?[\d/-]{2,12}",
    ),
    (
        "related",
        frozenset({"more"}),
        # "More interviews: "Rivers remember floods" | Five questions for …"
        r"more (?:interviews|stories|reviews|articles|coverage|news|analysis"
        # (links, not a sentence: "More coverage: the council will …, he said.")
        r"|explainers|podcasts|videos|guides|profiles)\s*:\s*\S.{0,250}(?<![.!?])",
    ),
    (
        "related",
        frozenset({"read", "download"}),
        # "Read the full item at trademonitor.example/…", "Download the 2025
        # fare table (PDF, 312 KB)"
        r"read the full (?:item|story|article|report|briefing|piece|statement)"
        r"(?: at| on|:)\s*\S{3,200}"
        r"|download (?:the|our) [^.!?]{1,50}\((?:pdf|csv|xlsx?|docx?|zip)\b"
        r"[^()]{0,30}\)",
    ),
    (
        "notice",
        frozenset({"distribution"}),
        # "Distribution: subscribers only | Not for onward circulation"
        r"distribution\s*:\s*[^|]{1,40}(?:\|\s*[^|]{1,60})?",
    ),
    (
        "release",
        lambda t: "/20" in t or "/19" in t,
        # "NEGOTIATION WATCH – POSITION NOTE 27/2025"
        r"[^.!?]{1,60}\b(?:note|brief|briefing|bulletin|report|paper|update)"
        r"\s+(?:no\.?\s*)?\d{1,4}/(?:19|20)\d\d",
    ),
    (
        "byline",
        _role_bio_gate,
        # The writer's bio: "Marta Villanueva is legal affairs correspondent of
        # The Sunday Ledger."; a desk's staff: "Staff reporter, Justice Desk",
        # "Business desk: Anna Lindqvist and Rafael Mendes"
        # or the paper's: "Henrik Solberg is the Ledger Post's industry editor.
        # He holds no positions in the companies mentioned."
        rf"{_PERSON} is (?:the |a |an |our )?"
        r"(?:(?-i:\p{Lu})[\p{L} .&-]{1,40}['’]s )?"
        r"[\p{L} -]{0,30}(?:correspondent|editor|reporter|writer|columnist)"
        r"(?: (?:of|at|for) (?:the )?(?-i:\p{Lu})[^.!?]{1,60})?\.?"
        r"(?:\s+(?:he|she|they) (?:holds?|owns?|has|have|does not|do not)\b"
        r"[^!?]{1,160})?"
        # "Ana Ruiz covers health policy.", "… covers the courts for the Ledger."
        rf"|{_PERSON} covers (?:the |local |national )?(?:[\p{{L}}-]+ ){{0,2}}?"
        r"(?:policy|affairs|politics|government|health|business|sport|courts"
        r"|crime|education|transport|science|technology|climate|environment"
        r"|economy|economics|energy|housing|culture|arts|markets|beat)"
        r"(?: (?:for|at) (?:the )?(?-i:\p{Lu})[^.!?]{1,40})?\."
        r"(?:\s+[^!?]{1,200}\b(?:supported|funded|paid for) by\b[^!?]{1,160})?"
        r"|(?:staff|senior|chief|political|our) (?:reporter|correspondent|writer),"
        r"\s+[\p{L} &]{1,40}\b(?:desk|bureau|team|newsroom)"
        rf"|[\p{{L}}]+ (?:desk|team)\s*:\s*{_PERSON}(?:(?:,\s*|,?\s+and\s+){_PERSON})*",
    ),
    (
        "notice",
        _note_subject_gate,
        # "This report is updated monthly. Next update: 4 June 2024.", "This
        # explainer is updated regularly. The information is general …"
        r"this (?:report|page|dashboard|explainer|guide|bulletin|tracker|article"
        r"|data|table) is updated (?:monthly|weekly|daily|regularly|hourly|every"
        r" [^.!?]{1,20})\b[^!?]{0,200}",
    ),
    (
        "tags",
        frozenset({"tickers", "ticker"}),
        r"tickers?\s*:\s*[A-Z0-9.:, -]{1,60}",  # "Tickers: HGF.L"
    ),
    (
        "notice",
        lambda t: "end us your" in t or "ave information" in t,
        # "Stuck in traffic? Send us your travel news at …", "Do you have
        # information about this story? Contact the Investigations Unit …"
        r"(?:[^.!?]{1,40}\?\s*)?send us your\b[^!?]{0,200}"
        r"|do you have information\b[^?]{0,60}\?\s*[^!?]{0,200}",
    ),
    (
        "tags",
        frozenset({"mentions", "mentioned", "entities", "keywords"}),
        # A monitoring tool's counts: "Mentions: Orme Bridge (6), the council (1)"
        r"(?:mentions|mentioned|entities|keywords)\s*:\s*[^,()]{1,40}\(\d+\)"
        r"(?:,\s*[^,()]{1,40}\(\d+\))*",
    ),
    (
        "notice",
        frozenset({"clip", "audio", "video", "recording", "segment", "item"}),
        # A clip's marks in a transcript: "Clip ends 07:49:12" (in brackets).
        r"(?:clip|audio|video|recording|segment|item) (?:ends|begins|starts|ended"
        r"|began|started)(?: at)?\s*:?\s*[\d:.]+",
    ),
    (
        "source",
        _fields_gate,
        # A row of labelled fields about the copy, not about the story:
        # "Distributed by PressLine | Source: Tarn Energy | Language: English",
        # "Period: 9 June | Items: 4 | Prepared for: Corporate Affairs".
        rf"{_FIELD}(?:\s*\|\s*{_FIELD}|\s*\|\s*[^|:.!?]{{1,30}}:\s*[^|!?]{{1,50}}"
        r"|\s*\|\s*(?:version|v\.?|rev\.?)\s*[\d.]+){1,6}",
    ),
    (
        "navigation",
        _links_gate,
        # A row of links to more: "More releases from Tarn Energy | All energy
        # releases | Subscribe to RSS".
        rf"(?=(?:.*[|·])?\s*{_MORE_LINK}\s*(?:[|·]|$))[^|·.!?]{{1,40}}"
        r"(?:\s*\|\s*[^|·.!?]{1,40}){2,7}"
        # "About this data · Accessibility · Privacy · Contact" (no labelled
        # fields: "Date: 12 March · Decision: Hold · Vote: 6–3", no scores:
        # "Food 9/10 · Service 8/10 · Value 7/10")
        r"|[^|·.!?:\d]{1,40}(?:\s·\s[^|·.!?:\d]{1,40}){2,7}",
    ),
)
