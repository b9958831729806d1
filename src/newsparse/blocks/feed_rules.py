"""Block parse: the furniture patterns of feeds, portals and newsletters.

Live blogs (a match clock, a pinned post, who writes the blog, an embedded
post's author and its counts), portals that carry other people's stories
(reaction counts, ratings, app prompts, edition switchers, notes on where a
story came from, bylines as papers abroad print them) and e-mail
newsletters (why you receive it, how to leave or pass it on): each rule a
kind of :data:`~.furniture.KINDS`, a gate and a whole-line pattern, as
:mod:`.page_rules` explains; it puts these last.
"""

from __future__ import annotations

import regex

from .notes import Gate

__all__ = ["FEED_RULES", "SIGN_OFF", "SPONSOR_LABEL", "feed_test"]

# What people do with a post, as a portal counts it.
_ACTS = (
    r"(?:likes?|comments?|shares?|reposts?|repl(?:y|ies)|views?|reactions?|votes?"
    r"|ratings?|retweets?|bookmarks?|saves?|quotes?|restacks?)"
)
_COUNT = r"\d[\d,.]*\s*[km]?"
# One count: "1.4K reposts", "👍 412", "💬 Comment 204", "↗ Share".
_TALLY = (
    rf"(?:[^\s\d\p{{L}}]{{1,4}}\s*)?"  # an emoji, perhaps with its variation mark
    rf"(?:{_ACTS}\s*{_COUNT}|{_COUNT}(?:\s*{_ACTS})?|{_ACTS})"
)
_NAME = r"(?-i:\p{Lu}[\p{L}'’.-]*)"
_MAX_CLOCK = 10  # characters of a match clock: "90+5 min"
_MAX_STAMP = 40  # characters of a post's time and its writer: "6.15pm, Jamie Orr"


def _tally_gate(text: str) -> bool:
    """Whether a line may be counts alone: a figure or a symbol first, then ``·``."""
    return (
        text[0].isdigit() or not text[0].isalnum() or text.startswith("Share")
    ) and (" · " in text)


def _handle_gate(text: str) -> bool:
    return "(@" in text


def _feed_note_gate(text: str) -> bool:
    return (
        "nsubscri" in text
        or "NSUBSCRI" in text
        or " not a substitute" in text
        or " not discriminate" in text
        or "interest journalism" in text
        or " not been independently" in text
        or "nformation only" in text
        or "not be available to all" in text
    )


def _byline_gate(text: str) -> bool:
    """Whether a line may be a byline of a paper abroad or a blog's host."""
    return ", from " in text or " live with " in text or "esk, " in text


def _postcode_gate(text: str) -> bool:
    """Whether a line may hold a postcode (``PA1 2QT``) or a charity's number."""
    return (
        (len(text) > _MIN_ADDRESS and text[-1].isupper() and text[-3].isdigit())
        or "harity n" in text
        or (text[-1].isdigit() and text.count(",") >= _ADDRESS_COMMAS + 1)
        or (
            text.count(",") + text.count(" · ") >= _ADDRESS_COMMAS
            and len(text) <= _MAX_ADDRESS
            and _POSTCODE.search(text) is not None
        )
    )


def _postal_gate(text: str) -> bool:
    """Whether a line may be an address closed by a telephone or a charity."""
    return (
        text.count(",") >= _ADDRESS_COMMAS
        and len(text) <= _MAX_ADDRESS
        and ("Tel" in text or "Phone" in text or text.endswith(("charity.", "charity")))
    )


def _appeal_gate(text: str) -> bool:
    """Whether a line may appeal for support (``If you value …, consider …``)."""
    return "f you " in text and " consider " in text


def feed_test(text: str) -> bool:
    """Passes whenever a tested rule of :data:`FEED_RULES` may (a cheap test).

    The other tests are admitted by what :func:`.page_rules.any_test` reads
    first: an ``@``, a `` · ``, a figure first.
    """
    return (
        _feed_note_gate(text)
        or _postcode_gate(text)
        or _postal_gate(text)
        or _appeal_gate(text)
        or _byline_gate(text)
    )


# What a newsletter calls itself, and how often it comes.
_LETTERS = ("newsletter", "digest", "bulletin")
_EVERY = ("daily", "weekly", "fortnightly", "monthly", "twice-weekly")
_MIN_ADDRESS = 12
_MAX_ADDRESS = 200
_ADDRESS_COMMAS = 2  # "Name, 4 Mill Lane, Town PA1 2QT"
_POSTCODE = regex.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")

# A reporter's sign-off under a post: "– Lena Marsh, Kessvik", "*Ana Ruiz in
# Leeds*" (matched on the line without its dash or its italics, where it
# stands: see .boilerplate and .furniture).
SIGN_OFF = regex.compile(
    rf"{_NAME}(?:[ -]{_NAME}){{1,3}}(?:,\s*|\s+in\s+){_NAME}(?:[ -]{_NAME}){{0,2}}"
)
# A sponsor's label over its copy: "Partner message", "A word from our partner",
# "Sponsored · Marlow & Sons" (not "Sponsored: Compare rates …", the copy itself).
SPONSOR_LABEL = regex.compile(
    r"(?:sponsored(?: by [^.!?]{1,40}|\s*[·|]\s*[^.!?]{1,60})?|partner message"
    r"|(?:a )?(?:word|message)"
    r" from our (?:partners?|sponsors?)|sponsor(?:ed)? message|presented by"
    r" [^.!?]{1,40}|in partnership with [^.!?]{1,40}|supported by [^.!?]{1,40})",
    regex.IGNORECASE,
)


FEED_RULES: tuple[tuple[str, Gate, str], ...] = (
    # Counts under a post: "318 replies · 1.4K reposts · 5.2K likes",
    # "👍 Like 1.1K · 💬 Comment 204 · ↗ Share".
    ("share", _tally_gate, rf"{_TALLY}(?:\s*·\s*{_TALLY})+"),
    # An embedded post's author: "Ana Ruiz MP (@anaruiz) · 26 Nov", "… · Follow".
    (
        "source",
        _handle_gate,
        rf"(?:[—–-]\s*)?{_NAME}(?:\s+{_NAME}){{0,4}}\s+\(@[\w.]{{1,40}}\)"
        r"(?:\s*·\s*(?:follow|\d{1,2} \w{3,9}|\w{3,9} \d{1,2}|\d{1,2}[:.]\d{2}"
        r"|\d+[hm]))*"
        # "— Jonas Brekke (@jbrekke.example), 14 September 2025"
        r"(?:,?\s*[\w .:,]{1,30})?",
    ),
    # A live blog's own lines: its writers, a post pinned to the top, the clock.
    (
        "byline",
        frozenset({"live", "rolling"}),
        r"(?:live(?: updates| coverage| blog)?|rolling (?:coverage|updates)) by"
        r" [^.!?]{1,80}|rolling (?:coverage|updates) from (?:our|the) [^.!?]{1,60}",
    ),
    (
        "byline",
        frozenset({"from the", "from our"}),
        # "From the Ashdown Post newsroom, with agency reporting"
        r"from (?:the|our) [^,.!?]{1,40}\b(?:newsroom|desk|team|bureau|staff)"
        r"(?:,? with (?:agency|additional|wire) reporting)?",
    ),
    ("tags", frozenset({"pinned"}), r"pinned(?: post| update| message)?"),
    # A post's time and who wrote it: "6.15pm, Jamie Orr"; a time ago: "1h 24m ago".
    (
        "date",
        lambda t: t[0].isdigit() and len(t) <= _MAX_STAMP,
        rf"\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{{2,4}})?,\s+{_NAME}"
        rf"(?:\s+{_NAME}){{1,3}}|\d{{1,2}}h(?:\s*\d{{1,2}}m)?\s+ago",
    ),
    # The page's controls: "Show 4 new posts", "View full scorecard".
    (
        "navigation",
        frozenset({"show", "view"}),
        r"show \d+ (?:new|more) \w+|view (?:the )?full [\w ]{1,20}",
    ),
    (
        "notice",
        frozenset({"refresh"}),
        r"refresh (?:for|to see) (?:the )?latest(?: updates| posts| news)?\.?",
    ),
    (
        "notice",
        frozenset({"this live"}),
        r"this live (?:coverage|blog|page|report) (?:has|is) (?:now )?(?:ended|closed)"
        r"[^!?]{0,100}",
    ),
    (
        "notice",
        frozenset({"email", "e-mail"}),
        # "Email nadia.kerr@dailyledger.example with your thoughts."
        r"e-?mail \S+@\S+ with your (?:thoughts|views|questions|comments|stories"
        r"|pictures|photos)[^!?]{0,60}",
    ),
    ("share", frozenset({"follow"}), r"follow @[\w.]{2,40}\b[^!?]{0,80}"),
    # ("Half-time" may be a post's time or head the post: it is left alone.)
    ("date", frozenset({"just"}), r"just now"),
    # A match clock where a post's time stands: "71 min", "90+2 min", "45'".
    (
        "date",
        lambda t: t[0].isdigit() and len(t) <= _MAX_CLOCK,
        r"\d{1,3}(?:\+\d{1,2})?\s*(?:min|mins|')",
    ),
    (
        "advert",
        frozenset({"partner", "a", "word", "message", "sponsor", "sponsored"}),
        SPONSOR_LABEL.pattern,
    ),
    (
        "date",
        frozenset({"status"}),
        # "Status at 06:50. Live updates: metrocommute.example/status"
        r"status (?:at|as of) \d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\.?(?:\s+.{0,80})?",
    ),
    # Portals: their menus, ratings, the app, other editions, where a story
    # came from, what else is read.
    (
        "navigation",
        frozenset({"☰", "menu"}),
        r"(?:☰\s*)?menu(?:\s*[·|•]\s*[\w ]{1,20}){1,8}",
    ),
    (
        "related",
        frozenset({"trending", "popular"}),
        r"(?:trending|popular)(?: now| today| stories| news| in [\w &]{1,30})?\s*:?",
    ),
    (
        "share",
        frozenset({"rate", "ratings", "rating"}),
        r"rate this (?:article|story|page|post|report|guide|explainer|review|answer"
        r"|summary|briefing|recipe)\s*:?\s*[★☆⭐✩✪]{0,10}"
        r"\s*(?:\d(?:[.,]\d)?)?\s*(?:\((?:\d[\d,.]*k?\s+)?(?:reviews?|ratings?|votes?)\))?"
        rf"|ratings?\s*:\s*\d(?:[.,]\d)?\s*/\s*(?:5|10)(?:\s+from\s+{_COUNT}\s+readers)?"
        rf"(?:\s*[|·]\s*{_COUNT}\s*{_ACTS})*",
    ),
    (
        "share",
        lambda t: t[0].isdigit() and "★" in t,
        # "4.3 ★ average from 87 readers"
        rf"\d(?:[.,]\d)?\s*★\s*(?:average\s+)?(?:from|by|based on)\s+{_COUNT}"
        r"\s+(?:readers|ratings|votes|reviews)",
    ),
    (
        "advert",
        frozenset({"get", "open", "read", "continue", "view"}),
        # "Get alerts for stories like this in the Portal News app"
        r"(?:get|open|read|continue|view)\b[^.!?]{0,60}\bin (?:the|our)"
        r" (?:[\w’'-]+ ){0,4}app\b[^.!?]{0,50}[.!]?"
        r"(?:\s+(?:not now|no thanks|close|dismiss|later|open))?"
        # "Get local news faster: download the NewsNest app for iPhone"
        r"|get [^.!?:]{1,40}:\s*(?:download|install|get) (?:the|our)"
        r" (?:[\w’'-]+ ){0,4}app\b[^.!?]{0,80}[.!]?",
    ),
    (
        "source",
        frozenset(
            f"{article} {word}"
            for article in ("the", "a", "an", "your", "our")
            for word in (*_LETTERS, *_EVERY, "free")
        ),
        # A newsletter's tagline under its name, which says where it comes
        # from: "The newsletter of the Kellby Rowing Club", "A weekly letter
        # from the editor of the …"
        # (a letter or a briefing says how often it comes: not "The letter
        # from the minister arrived on Tuesday").
        rf"(?:the|an?|your|our) (?:(?:(?:{'|'.join(_EVERY)}|free) )+(?:letter|briefing"
        rf"|dispatch|{'|'.join(_LETTERS)})|(?:free )?(?:{'|'.join(_LETTERS)}))"
        r" (?:of|from|for|by) [^.!?]{1,80}",
    ),
    (
        "navigation",
        frozenset({"edition", "editions", "language", "languages", "read"})
        | {"switch", "change", "choose", "select", "your"},
        # "Edition: UK | US | Asia", "Read in: English · Nederlands", "Switch
        # edition: North | South", "Your edition: Eastby ▸ change", "Edition:
        # Scotland ▾ · Sign in · Get the app"
        r"(?:(?:(?:switch|change|choose|select|your) )?(?:editions?|languages?)"
        r"|read (?:this )?in)\s*:?\s*\p{L}+(?: \p{L}+)?(?:\s*[▾▸▼›»]\s*(?:change)?)?"
        r"(?:\s*[|·,/]\s*\p{L}+(?: \p{L}+){0,3}){0,8}",
    ),
    (
        "source",
        frozenset({"press", "published", "republished"})
        | {f"this {noun}" for noun in ("content", "story", "article", "report")}
        | {"this piece", "this release", "this statement"},
        # "This content is republished under the Open Government Licence v3.0."
        r"this (?:content|story|article|report|piece|release|statement)"
        r" (?:is|was|has been) (?:(?:republished|distributed|syndicated)"
        r" (?:under|by|with|from|via|through)|(?:re)?published (?:under|with"
        r" (?:the )?permission|courtesy|by arrangement))\b[^!?]{0,150}"
        # "Press release distributed by Brightline Wire. The content is …"
        r"|press release (?:distributed|issued) (?:by|via|through) [^.]{1,60}\."
        r"(?:\s+[^!?]{1,200}[.!])?"
        # "Published by the Ministry · Republished by MoneyDesk"
        r"|(?:re)?published by [^·|.]{1,60}(?:\s*[·|]\s*(?:re)?published by"
        r" [^·|.]{1,60})+",
    ),
    # Bylines as papers abroad and live pages print them: "From Chinedu Okafor,
    # Abuja", "Luana Campos, from Rio de Janeiro", "Marc Roy · The Example
    # Press", "Sports Desk, The Deccan Example", "Politics live with Ellis Ward",
    # "The Morning Brief is written by Ines Carvalho and edited by Tom Hale."
    (
        "byline",
        frozenset({"from"}),
        rf"from (?:our (?:correspondent|reporter) )?{_NAME}(?:[ -]{_NAME}){{1,3}},"
        rf"\s*{_NAME}(?: {_NAME}){{0,2}}"
        # "From Meridian Wire and our foreign desk"
        r"|from [^.!?,]{1,40} (?:and|with) (?:our|the) [\w ]{1,20}(?:desk|team|bureau)"
        # "From Sana Iqbal, co-founder and chief executive of Tallyloop"
        rf"|from {_NAME}(?:[ -]{_NAME}){{1,3}},\s*(?:our |the )?[\w -]{{0,30}}"
        r"\b(?:founder|ceo|chief executive|director|editor|chair|chairman|chairwoman"
        r"|president|secretary|head of [\w ]{1,30})\b[^.!?]{0,40}",
    ),
    (
        "byline",
        _byline_gate,
        rf"{_NAME}(?:[ -]{_NAME}){{1,3}},\s+from\s+{_NAME}"
        rf"(?: (?:de |do |da )?{_NAME}){{0,3}}"
        rf"|[\w ]{{1,30}} desk,\s+(?:the )?{_NAME}(?: {_NAME}){{0,4}}"
        rf"|[\w ]{{1,30}} live with {_NAME}(?: {_NAME}){{1,2}}",
    ),
    (
        "byline",
        lambda t: " · " in t,
        rf"{_NAME}(?:[ -]{_NAME}){{1,3}}\s*·\s*(?:the )?{_NAME}(?: {_NAME}){{0,4}}",
    ),
    (
        "byline",
        lambda t: "ed by " in t,
        r"[^.!?,]{1,60} is (?:written|edited|compiled|produced|curated) by "
        rf"{_NAME}(?:[ -]{_NAME}){{1,3}}(?:,? and (?:edited|produced|designed) by "
        rf"{_NAME}(?:[ -]{_NAME}){{1,3}})?\.?",
    ),
    (
        "share",
        frozenset({"join"}),
        r"join (?:our|us on) (?:[\w ]{0,20})?(?:whatsapp|telegram|signal)"
        r" (?:channel|group|community)\b[^!?]{0,80}",
    ),
    (
        "notice",
        frozenset({"generated"}),
        # "Generated by Meridian Assist on 14 May 2025, 07:30 UTC. Verify all …"
        r"generated (?:by|with|using) [^.!?]{1,60}(?: on [^!?]{3,40}?)?\."
        r"(?:\s+(?:verify|check|review)\b[^!?]{0,200})?",
    ),
    (
        "notice",
        frozenset({"generated", "drafted", "written", "produced", "compiled"})
        | {"created", "summarised", "summarized"},
        # A generator's name and the person who checked its text: "Generated
        # by NewsDesk Assist, reviewed by the energy team", "Drafted with
        # SummaryKit and edited by Ana Ruiz"
        r"(?:generated|drafted|written|produced|compiled|created|summari[sz]ed)"
        r" (?:by|with|using) (?-i:\p{Lu})[^.!?,;]{1,40}?,?(?: and)?"
        r" (?:reviewed|checked|edited|verified|fact-checked|approved) by"
        r" [^.!?]{1,60}\.?",
    ),
    (
        "notice",
        frozenset({"ai-generated", "ai"}),
        r"ai[- ]generated (?:summary|article|text|content|report|overview)"
        r"(?:,? (?:reviewed|checked|edited|verified) by [^.!?]{1,80})?\.?",
    ),
    (
        "notice",
        frozenset({"important", "please", "note"}),
        # "Important: This page is for general information and is not …"
        r"(?:important|please note|note)\s*:\s*(?=.*\b(?:not (?:financial|legal"
        r"|medical|investment|tax) advice|for (?:general )?information(?:al purposes)?"
        r" only))[^!?]{0,300}",
    ),
    (
        "notice",
        frozenset({"this comparison", "this guide", "this summary", "this explainer"})
        | {"this table", "this list", "this content", "this page"},
        r"this \w+ is (?:for|intended for|provided for) (?:general )?"
        r"information(?:al purposes)? only\b.{0,250}",
    ),
    (
        "notice",
        _feed_note_gate,
        # "Local Democracy Reporting is public interest journalism funded by …"
        r"(?![^!?]*\b(?:said|says|told|warned|argued)\b)"
        r"[^.!?]{1,60} is public[- ]interest journalism\b[^!?]{0,200}",
    ),
    # Wires and data pages: what else the desk wrote, the editors' note, the
    # raw slug, notes on how far to trust the figures, update stamps.
    (
        "related",
        frozenset({"further"}),
        r"further (?:company |market )?coverage\s*:\s*.{1,60}",
    ),
    ("notice", frozenset({"eds", "ed", "editors"}), r"(?:eds?|editors)\s*:\s*.{1,200}"),
    (
        "navigation",
        lambda t: t[:3].isupper() or t[:3] == "BC-",
        # "BC-NorthSea-Fishing Quotas, 1st Ld-Writethru"
        r"(?-i:[A-Z]{2})-[\w-]+(?: [\w-]+){0,5},\s*(?:\d(?:st|nd|rd|th) )?"
        r"(?:ld-writethru|writethru|ld|add|sub|urgent|advisory)\b.{0,40}",
    ),
    (
        "notice",
        _feed_note_gate,
        # "Briefs are produced from company statements and have not been
        # independently verified.", "Rates are mid-market and for information
        # only.", "Rates shown are averages and may not be available to all …"
        r"[^!?]{0,120}\b(?:(?:has|have) not been independently (?:verified|checked)"
        r"|for (?:general )?information only|may not be available to all)\b"
        r"[^!?]{0,200}",
    ),
    (
        "date",
        frozenset({"updated"}),
        # "Updated 28 January 2026 at 12:15 to correct the completions figure."
        r"updated [^.!?]{3,40}? to (?:correct|amend|add|clarify|reflect|remove)\b"
        r"[^!?]{0,150}"
        # "Updated every weekday at 10:00. Last updated: Tuesday 4 November …"
        r"|updated (?:every|each) (?:weekday|day|hour|week|morning|evening"
        r"|month|quarter)\b[^.!?]{0,30}\.?(?:\s+last updated\s*:?\s*.{3,60})?",
    ),
    # A flash's last line, in capitals as wires send it: "MORE TO FOLLOW".
    ("release", frozenset({"more"}), r"(?-i:MORE TO FOLLOW)\.?"),
    (
        "related",
        frozenset({"for more"}),
        # "For more world news, visit harwickpress.example/world"
        r"for more [\w ]{1,30},? (?:visit|go to|see|head to) \S+\.\S+",
    ),
    (
        "source",
        frozenset({"instagram", "facebook", "x", "tiktok", "twitter", "threads"})
        | {"bluesky"},
        # "Instagram post by @gwen.ablett.gardens, 6 May 2025"
        r"(?:instagram|facebook|x|tiktok|twitter|threads|bluesky) (?:post|video)"
        r" (?:by|from) @[\w.]{2,40}(?:,\s*[\w .:,]{1,30})?",
    ),
    # A release's contact label alone over its lines: "Media:", "Investors:".
    (
        "contact",
        frozenset({"media", "investors", "investor"}),
        r"(?:media|investors|investor relations)\s*:",
    ),
    (
        "notice",
        frozenset({"this email", "this e-mail", "this message", "preview"}),
        # "This email and any attachments are confidential and intended …"
        r"this (?:e-?mail|message)(?: and any attachments?)? (?:is|are)"
        r" (?:strictly )?(?:private and )?confidential\b.{0,300}"
        # "PREVIEW – This article has not been published"
        r"|preview\s*[–—:-]\s*this (?:article|story|page|post) (?:has not been"
        r"|is not yet) published\b.{0,100}",
    ),
    # Newsletters: who sends them, their sponsors, notes on figures and
    # personal data, how to leave, pass on or read the e-mail elsewhere.
    (
        "byline",
        frozenset({"sent"}),
        r"sent (?:to you )?(?:by|from|on behalf of) [^.!?]{2,80}",
    ),
    ("advert", frozenset({"sponsor"}), r"sponsor(?: message)?\s*:\s*\S.{0,300}"),
    (
        "notice",
        frozenset({"figures", "all figures", "all numbers", "numbers", "results"})
        | {"all values", "values", "data", "all data", "scores", "scorecards"},
        # "Figures are provisional until our annual accounts are audited." (not
        # "…, the ministry warned": reported, the story's own words)
        r"(?![^!?]*\b(?:said|says|told|warned|added|noted|stated|announced"
        r"|according to)\b)"
        r"(?:(?:all )?(?:figures|numbers|values|data)(?: (?:in|on) this [\w ]{1,20})?"
        r" (?:are|is) (?:provisional|unaudited|estimates?|subject to (?:change"
        r"|revision|audit))"
        # "Results are provisional until certified by the returning officer.",
        # "Scorecards are provisional until confirmed by the official scorers."
        r"|(?:results|scores|scorecards) (?:are|is) (?:provisional|unofficial)"
        r" until)\b[^!?]{0,150}",
    ),
    (
        "notice",
        frozenset({"we process", "we use", "we handle", "we store", "we hold"}),
        r"we (?:process|use|handle|store|hold) your (?:personal )?(?:data|information"
        r"|details)\b[^!?]{0,250}",
    ),
    (
        "notice",
        _feed_note_gate,
        r"[^.!?]{2,80} does not discriminate (?:on the basis of|against)\b[^!?]{0,300}",
    ),
    (
        "notice",
        frozenset({"you're", "you’re", "you are"}),
        # "You're reading Byte Harbour Weekly. Forward it to a friend, or …"
        r"you(?:'re|’re| are) reading [^.!?]{1,60}\.\s.{0,200}",
    ),
    # The links of a newsletter's foot: "Unsubscribe | Change your lines".
    ("navigation", _feed_note_gate, r"unsubscribe(?:\s*[|·•]\s*[^|·•]{1,40})+"),
    (
        "notice",
        _feed_note_gate,
        # "Unsubscribe at any time", "… · Unsubscribe", "Reply with
        # UNSUBSCRIBE", "You can unsubscribe at any time": not "he would
        # never unsubscribe".
        r"(?:[^.!?]{0,120}(?:[·|•]\s*|\bto\s+|\bwith\s+|\bcan\s+|[.!?]\s+))?"
        r"unsubscribe\b.{0,200}",
    ),
    (
        "notice",
        _feed_note_gate,
        # "Medical information in The Daily Dose is general and is not a substitute …"
        r"[^.!?]{0,120}\bis not a substitute for\b[^!?]{0,160}",
    ),
    (
        "notice",
        frozenset({"you're", "you’re", "you are", "you can"}),
        # "You are subscribed to Orrin investor alerts at … To unsubscribe, …"
        # (the other forms after it).
        r"you(?:'re|’re| are) (?:receiving|getting) [^.!?]{1,60}(?:because (?:you|your)"
        r"|as (?:an? )?[^.!?]{1,40}(?:subscriber|member|customer|client))\b"
        r"[^!?]{0,250}"
        r"|you(?:'re|’re| are) all caught up[.!]?"  # the end of a feed
        r"|you(?:'re|’re| are) (?:subscribed|signed up) (?:to|for) [^.!?]{1,80}[.!]"
        r"[^!?]{0,250}"
        # "You can change what appears in this briefing under Settings > …"
        r"|you can (?:change|choose|manage|update) (?:what|which|how)[^.!?]{0,80}"
        r"\b(?:briefing|newsletter|emails?|settings|preferences)\b.{0,100}",
    ),
    (
        "share",
        frozenset({"forward", "forwarded", "read", "was"}),
        r"forward (?:this|it)(?: email| e-mail| newsletter| briefing| issue)? to"
        r" (?:a|your|any)\b[^.!?]{0,60}[.!]?(?:\s*·\s*[^·]{1,40})*"
        r"|(?:was this (?:(?:newsletter|email|e-mail|briefing|issue|digest) )?)?"
        r"forwarded (?:to you|this)\??[^!]{0,120}"
        r"|read (?:this|the|today's) (?:bulletin|newsletter|email|e-mail|issue"
        r"|briefing|edition) (?:online|in (?:your|a) browser)\b.{0,80}",
    ),
    (
        "share",
        frozenset({"know"}),
        # "Know someone who would enjoy this letter? Forward it to them."
        r"know (?:someone|anyone|a friend)\b[^.!?]{0,80}\?\s*(?:forward|share|send)\b"
        r"[^!?]{0,100}",
    ),
    (
        "advert",
        _appeal_gate,
        # An appeal: "Local reporting costs money. If you value it, please
        # consider becoming a supporter: ledger.example/support"
        r"(?:[^.!?]{1,80}[.!]\s+)?if you (?:value|enjoy|enjoyed|like|appreciate"
        r"|rely on)\b[^.!?]{1,80},\s*(?:please\s+)?consider (?:becoming a"
        r" (?:supporter|member|subscriber|patron)|supporting|subscribing|donating"
        r"|(?:making )?a (?:donation|contribution))\b[^!?]{0,120}",
    ),
    (
        "notice",
        frozenset({"how was", "how did", "what did"}),
        # "How was today's briefing? Reply to this email and tell us."
        r"(?:how (?:was|did you (?:like|find))|what did you think of)"
        r" (?:today's|this|this week's|the)"
        r" (?:briefing|newsletter|issue|email|edition|bulletin)\?.{0,120}",
    ),
    (
        "advert",
        frozenset({"want", "enjoyed", "like", "love"}),
        # "Want the budget explained in your inbox? Sign up for our free …"
        r"(?:want|enjoyed|like|love)\b[^?]{1,80}\?\s*(?:sign up|subscribe|get)\b"
        r"[^!?]{0,150}",
    ),
    (
        "advert",
        frozenset({"get"}),
        # A newsletter's offer: "Get The Final Whistle every Sunday at
        # finalwhistle.example/signup", "Get our markets briefing every weekday
        # morning: sign up at …", "Get weather alerts in your inbox: sign up
        # for the Morning Drift …", "Get every verdict first: sign up for …"
        r"get [^.!?]{1,40} (?:every|each) \w+ (?:at|from) \S+\.\S+"
        r"|get [^.!?:]{1,60}\b(?:every|each) \w+(?: \w+)?[:,]?\s*(?:sign up"
        r"|subscribe)\b.{0,100}"
        r"|get [^.!?:]{1,80} (?:in|delivered to|straight to|sent to) your inbox\b"
        r"[^!?]{0,120}"
        r"|get [^.!?:]{1,60}(?::|\s[–—-])\s*sign up\b[^!?]{0,150}"
        # "Get the Cold Chain Weekly briefing – the week's news, every Friday."
        r"|get (?:the|our) [^.!?:]{1,50}\b(?:newsletter|briefing|digest|bulletin)"
        r" [–—-] [^!?]{1,150}",
    ),
    (
        "share",
        frozenset({"share"}),
        # "Share TechWire: Email | X | LinkedIn"
        r"share [^:|]{1,30}:\s*(?:facebook|twitter|x|linkedin|whatsapp|email|reddit"
        r"|telegram|copy link)(?:\s*[|·•,/]\s*(?:facebook|twitter|x|linkedin"
        r"|whatsapp|email|reddit|telegram|copy link))+",
    ),
    (
        "source",
        lambda t: "ed by " in t,
        # "Travel information is provided by the Metro Transport Authority."
        r"(?:[\w-]+ )?(?:information|data|figures|content|prices|listings|forecasts?)"
        r" (?:is|are) (?:provided|supplied|compiled) by\b[^!?]{0,200}"
        # "Results provided by RaceTime Data. All times are provisional."
        r"|(?:[\w-]+ )?(?:results|scores|statistics|odds|data|figures|prices)"
        r"(?: (?:is|are))? (?:provided|supplied|powered) by (?-i:\p{Lu}[\p{L}&.’'-]*"
        r"(?:\s+(?:\p{Lu}[\p{L}&.’'-]*|of|and|&|the)){0,6})(?:\.\s+[^!?]{0,200}|\.)?",
    ),
    (
        "contact",
        _postcode_gate,
        # A publisher's address: "Harbourline Media Ltd, 4 Chandler's Yard,
        # Port Averly PA1 2QT"; a charity's: "…, Wexley. Charity no. 1099876."
        r"(?-i:[\p{Lu}\d])[^,.!?·]{1,60}(?:(?:,|\s·)\s*[^,!?·]{2,60}){1,5}(?:,|\s·)?\s+"
        r"(?-i:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})"
        # then its registration: "… BR2 7TW. Registered in England and Wales, …"
        r"(?:\.\s+registered (?:in|office|as|with)\b[^!?]{0,200})?\.?"
        # then a telephone number, an address or the privacy link: "… WX4 9RB |
        # 01632 960733 | office@school.example"
        r"(?:\s*[|·.]\s*(?:(?:tel|telephone|phone)\s*:?\s*)?[\d ()+-]{6,20}"
        r"|\s*[|·]\s*[\w.+-]+@[\w.-]+|\.?\s*privacy(?: policy| notice)?){0,3}"
        # a town's numeric code: "The Capital Ledger, Office 4, Blue Area,
        # Islamabad 44000"
        r"|(?-i:[\p{Lu}\d])[^,.!?]{1,60}(?:,\s*[^,!?]{2,60}){1,4},\s*"
        r"(?-i:\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2})\s+\d{4,6}"
        r"|[^!?]{2,160}[.,]\s*(?:registered )?charity (?:no\.?|number)\s*:?\s*"
        r"(?-i:[A-Z]{0,2})\d{5,8}\.?",
    ),
    (
        "contact",
        _postal_gate,
        # An address without a postcode, closed by a telephone number or a
        # charity's status: "Wexley Town Council, The Guildhall, High Street,
        # Wexley. Tel 01632 960 100.", "…, Storgatan 4, Lund. Registered charity."
        r"(?-i:\p{Lu})[^,.!?]{1,60}(?:,\s*(?-i:[\p{Lu}\d])[^,.!?]{1,60}){2,5}[.,]\s*"
        r"(?:(?:tel|telephone|phone)\.?:?\s*\+?[\d ()-]{6,20}|a registered charity"
        r"|registered charity)\.?",
    ),
)
