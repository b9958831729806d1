"""Block parse: the table of page-furniture patterns, indexed for :mod:`.furniture`.

Each rule is a kind of :data:`~.furniture.KINDS`, a gate and a whole-line
pattern (matched ignoring case). The gate is a set of first words (lower
case, trailing ``:.,`` dropped) or a cheap test on the line, so most prose
lines cost one dictionary look-up, not a regex per kind: :data:`BY_FIRST_WORD`
and :data:`TESTED` index the rules by their gates, and :func:`any_test`
passes whenever a test may. Rules are tried in table order.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .app_rules import APP_RULES, MAX_REACTIONS
from .colophon_rules import COLOPHON_RULES, colophon_test, court_gate
from .crawl_rules import CRAWL_RULES
from .credit_rules import (
    AGENCY_WORDS,
    CREDIT_END,
    CREDIT_RULES,
    DESK_WORDS,
    MAX_CREDIT,
    MAX_SLUG,
    NOTE_MARKERS,
    WIRE_MARKS,
    caption_colon,
    role_gate,
    service_gate,
)
from .dates import MONTH, SECTION_NAME, SENTENCE_CASE_SECTION
from .feed_rules import FEED_RULES, feed_test
from .notes import NOTE_RULES, Gate, note_test, transcript_note_gate
from .portal_rules import PORTAL_RULES, made_test, portal_test, tool_test
from .site_rules import SITE_RULES, site_test
from .thread_rules import THREAD_RULES, thread_test

__all__ = [
    "BY_FIRST_WORD",
    "MASTHEAD_ENDS",
    "TESTED",
    "TWO_WORD_STARTS",
    "Rule",
    "any_test",
]

_MAX_COUNTER = 20  # "1,024 comments"

# Notices that open with words prose opens with too ("A", "If", "We"): a
# prefix test admits them, not a regex on every line starting with "A".
_NOTICE_STARTS = (
    "an earlier version",
    "if you or someone",
    "if you have been",
    "if you are affected",
    "if you need",
    "if you are struggling",
    "read our editorial",
    "read our standards",
    "for support",
    "for confidential",
    "a version of this",
    "we use cookies",
    "we value your privacy",
    "we and our partners",
    "this site uses",
    "this website uses",
    "our standards",
)


def _notice_gate(text: str) -> bool:
    return text[:24].lower().startswith(_NOTICE_STARTS)


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
MASTHEAD_ENDS = frozenset(
    {"newsletter", "briefing", "bulletin", "digest", "roundup", "round-up"}
    | {"dispatch"}
)

# A social network a page asks readers to follow it on.
_NETWORK = (
    r"(?:bluesky|x|twitter|facebook|instagram|threads|mastodon|linkedin|tiktok"
    r"|youtube|whatsapp|telegram)"
)
# Where a page offers to send itself: "Facebook", "Copy link", "Messenger".
_SHARE_TO = (
    r"(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|reddit|telegram|print|copy link"
    r"|messenger|sms|bluesky|threads|mastodon|pinterest|tumblr|instagram|youtube|tiktok"
    r"|line|wechat|weibo|viber|vk|kakaotalk)"
)
# A reference code: letters, figures and marks, a figure among them ("NWS-2611-04").
_CODE = r"[\p{L}\d][\p{L}\d/._-]*\d[\p{L}\d/._-]*"


_PAGE_RULES: tuple[tuple[str, Gate, str], ...] = (
    (
        "navigation",
        lambda t: ">" in t or "»" in t or "›" in t or "→" in t,
        # (no question in it: "Deposit protected? → Use the dispute service.")
        r"(?:[^>»›→/|?!]{1,40}\s+[>»›→]\s+){1,6}[^>»›→?!]{1,40}"
        # a site named in full first, three pieces or more: "Statistics Office
        # of the Northern Provinces > Labour Market > Releases"
        r"|[^>»›→/|?!.,]{41,70}\s+[>»›→]\s+(?:[^>»›→/|?!]{1,40}\s+[>»›→]\s+){1,5}"
        r"[^>»›→?!]{1,40}",
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
        | {"subject", "subjects", "suggested", "related"},
        r"(?:tags|topics|categories|category|filed under|posted in|subjects?"
        r"|suggested (?:topics|tags|keywords)|related topics)\s*:.*"
        # without the colon: "Posted in Football", "Filed under Local news"
        r"|(?:filed under|posted in) (?-i:\p{Lu})[\p{L}&'’, -]{1,40}",
    ),
    (
        "tags",
        frozenset({"related", "topics", "tags"}),
        r"(?:related topics|topics|tags)",
    ),
    (
        "tags",
        frozenset({"topic", "category", "section", "topics", "categories", "live"}),
        r"(?:topics?|category|categories|section|live)\s*\|\s*[^|]{1,60}"
        r"(?:\s*\|\s*[^|]{1,60}){0,8}",
    ),
    (
        "share",
        frozenset({"share", "tweet", "email", "print", "copy", "save", "follow"})
        | {"pin"},
        r"(?:share|share this(?: article| story| page| post| chart| graph| video"
        r"| live blog| blog| guide| explainer| report| briefing| newsletter"
        r"| live page| entry| update| post| essay| piece| review| interview"
        r"| sketch| column| feature| analysis| tracker| dashboard| map| chart)?"
        r"|share on \w+|share on(?=\s*:)|tweet|pin(?: it)?"
        r"|email|print|copy link|save|follow us(?: on .{1,40})?"
        r"|follow us (?:for|on) [^:]{1,40}:\s*@[\w.]{2,40}"
        # "Follow us: Instagram · Facebook · WhatsApp channel"
        rf"|follow us\s*:\s*{_SHARE_TO}(?: channel)?(?:\s*[|·•,/]\s*{_SHARE_TO}"
        r"(?: channel)?)*)"
        rf"(?:(?:\s*[:|·•,/]\s*|\s{{2,}})(?:{_SHARE_TO}|tweet|post|pin(?: it)?|share))*"
        r"\s*[:.]?"
        # "Share this forecast: Facebook | X", "Share this live blog: X":
        # any noun, then the networks.
        rf"|share (?:this|your) [\w-]+(?: [\w-]+)?\s*:\s*{_SHARE_TO}"
        rf"(?:(?:\s*[|·•,/]\s*|\s{{2,}}){_SHARE_TO})*",
    ),
    (
        "share",
        frozenset(
            {"facebook", "twitter", "x", "linkedin", "whatsapp", "email", "reddit"}
            | {"telegram", "print", "copy"}
        ),
        rf"(?:{_SHARE_TO}\s*[|·•,/]?\s*){{2,}}",
    ),
    (
        "share",
        frozenset({"share"}),
        # "Share on Facebook  Share on X  Email"
        rf"share (?:on|via) \w+(?:\s*[|·•,/]?\s*(?:share (?:on|via) \w+|{_SHARE_TO}))+",
    ),
    (
        "related",
        frozenset({"listen", "watch"}),
        # "Listen to the full interview on The Courier Politics Podcast."
        r"(?:listen|watch) (?:to )?(?:the|our) (?:full|whole|complete|entire)"
        r" (?:interview|conversation|episode|debate|speech|discussion|podcast)"
        # Where: a named podcast or site (not "below", an embed in the story).
        r" (?:on|at|via|in|from) (?:the |our )?(?-i:\p{Lu})[^.!?]{0,100}[.!]?"
        # "Listen again: The Morning Show, 19 May, from 08:10"
        r"|(?:listen|watch) again\s*:\s*(?-i:\p{Lu})[^!?]{0,100}",
    ),
    (
        "advert",
        frozenset({"newsletter"}),
        # "Newsletter: get the week's health stories in your inbox. Sign up"
        r"newsletter\s*[:–—-]\s*.{0,120}\b(?:inbox|sign up|subscribe)\b.{0,80}",
    ),
    (
        "related",
        frozenset({"read", "also", "related", "see", "more", "recommended", "you"})
        | {"further", "full"},
        # "Full results are available at www.example.org/results."
        r"full (?:results|scorecards?|standings|details|report|text|story|list)"
        r" (?:is |are )?available (?:at|on|from) [^!?]{1,120}"
        # "Read the full story at the Wexcombe Standard →", "Read the original
        # story on The Courier:" over its address
        r"|read (?:the )?(?:full|whole|original|complete) (?:story|article|report"
        r"|piece)(?: (?:at|on|in) [^.!?:]{1,60})?\s*:?"
        r"|(?:read more(?: (?:from|of|in) (?:the |our )?[^.!?:|]{1,30})?|read also"
        # "Read more sketches by Oliver Strand"
        r"|read more [\w-]+ (?:by|from) (?-i:\p{Lu})[^.!?:|]{1,40}"
        r"|also read|related(?: articles| stories| coverage"
        r"| content| links| reading| news| posts| videos| indicators| data"
        r"| publications| insights| analysis| trackers| reports"
        r"| briefings| datasets| tables| releases| statistics| guides| explainers"
        r"| pages| questions| documents| downloads| transcripts| speeches"
        r"| statements| remarks| episodes| recalls| alerts| consultations| reviews"
        r"| interviews| features| columns| letters| podcasts| obituaries| events)?"
        r"|see also|also in this series|more on this story|recommended(?: reading)?"
        r"|(?:also )?worth (?:reading|a look|your time)\s*:?"
        # "More weekend reading", "Read more on the blog:"
        r"|more (?:[\w-]+ ){0,2}reading\s*:?|read more on (?:the|our) [\w ]{1,30}\s*:?"
        r"|you may also like"
        r"|further reading|more (?:\w+ ){0,2}?(?:recipes|stories|articles|news"
        r"|explainers|features|briefings|trackers|analysis|sport"
        r"|videos|guides|reviews|podcasts|episodes))\s*(?:[:|].*|[.…]{0,3})",
    ),
    (
        "advert",
        frozenset({"advertisement", "advert", "sponsored", "promoted", "ad"})
        | {"subscribe", "sign", "register", "want", "get", "like"},
        r"(?:advertisement|advert|sponsored(?: content)?|promoted|ad)"
        r"|(?:advertisement|advert|sponsored(?: content)?|ad)\s*[:|]\s*\S.{0,200}"
        # "Sponsored by Bellwether Books: 20% off all orders over £30 …"
        r"|sponsored by (?-i:\p{Lu})[^.!?:]{1,50}:\s*\S.{0,200}"
        # "Get these alerts by text: send SNOW to 01632 960123."
        r"|get (?:these|our|this|the) (?:\w+ )?(?:alerts?|updates?|bulletins?"
        r"|newsletters?|briefings?) (?:by|via|on) (?:text|sms|e-?mail|whatsapp)\b"
        r"[^!?]{0,120}"
        # "Get storm alerts for your area: text STORM to 01632 960123"
        r"|get [^.!?:]{1,40}\b(?:alerts?|updates?)\b[^.!?:]{0,30}:\s*(?:text|send|sms)"
        r" \S{1,20} to \+?[\d ]{4,20}\d\.?"
        r"|(?:subscribe|sign up|register)\b.{0,80}(?:newsletter|subscribe|free"
        r"|inbox|updates?|updated|alerts?|e-?mails?|brief(?:ing)?|digest|bulletin)"
        r".{0,80}"
        # "Want this in your inbox every Sunday? Sign up to Markets Weekly."
        # "Want briefings like this in your inbox? Sign up …"
        r"|(?:want|get|like) (?:this|these|it|us|more (?:\w+ )?"
        r"|\w+ like (?:this|these))(?: \w+){0,3} in your"
        r" inbox\b[^.!?]{0,40}\?\s*(?:sign up|subscribe|register)\b.{0,80}"
        # "Subscribe to The Fieldnote from £4 a month and get every issue …"
        r"|(?:subscribe|sign up)\b.{0,60}\b(?:from|for)(?: just| only)? [£$€]\d.{0,120}"
        # "Subscribe to Grid Weekly for full auction results every round."
        r"|subscribe to [^.!?]{1,60} for (?:full|all|more|every|unlimited)\b.{0,80}"
        # "Get the best of culture in your inbox every Friday. Sign up to …"
        # "Get the best of our sailing coverage every Friday. Sign up to …"
        r"|get the best of [^.!?]{1,60}[.!]\s*(?:sign up|subscribe)\b.{0,80}"
        r"|get [^.!?]{1,60} in your inbox\b[^.!?]{0,40}[.!]\s*(?:sign up|subscribe"
        r"|register)\b.{0,80}",
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
        frozenset({"media", "press", "communications", "investor", "investors"}),
        r"(?:media|press|investors?)\s+(?:contact|enquiries|inquiries)s?\s*:?.*"
        r"|investor\s+relations\s*(?::.*)?"
        # A press office's label over its lines: "Press office", "Media team:".
        r"|(?:media|press|communications)\s+(?:office|team|desk)\s*(?::.*)?"
        # "Press office contacts:" over the names and numbers
        r"|(?:media|press|communications)(?:\s+(?:office|team|desk))?\s+contacts?\s*:?",
    ),
    (
        "navigation",
        frozenset({"contents", "table", "in", "jump", "on"}),
        r"(?:(?:table of )?contents|in this (?:article|story|guide|page)"
        r"|jump to(?: section)?|on this page)\s*:?"
        # with its entries: "Jump to: Key Takeaways · The Steps · Grow Bags"
        r"|(?:jump to|on this page|in this (?:article|guide))\s*:\s*[^.!?·|]{1,60}"
        r"(?:\s*[·|]\s*[^.!?·|]{1,60}){1,9}",
    ),
    (
        "notice",
        frozenset({"disclaimer", "disclosure", "disclosures", "affiliate", "editor's"})
        | {"editor’s", "advertiser", "advertising", "cautionary"}
        | {"correction", "corrections", "clarification", "this", "was", "is", "privacy"}
        | {"data", "for the", "all content", "all material", "all information"}
        | {"the interview", "the transcript", "the conversation", "the exchange"}
        | {"legal", "update", "forward-looking", "these"},
        r"(?:disclaimer|disclosures?|(?:affiliate|advertiser|advertising) disclosure"
        r"|cautionary (?:statement|note)"
        rf"|editor['’]s note|corrections?(?: \((?:\d{{1,2}} {MONTH}(?: \d{{4}})?"
        rf"|{MONTH} \d{{1,2}}(?:, \d{{4}})?)\))?"  # "Correction (19 September):"
        r"|clarification|update(?=,)|forward-looking statements?"
        r"|privacy (?:notice|statement)|data protection(?: notice"
        r"| statement)?|legal notice)(?:,\s*(?=[^:,]{0,30}\d)[^:,]{1,30})?\s*:.{0,400}"
        r"|editor['’]s note"
        r"|this (?:article|post|page|story|content|column|guide|site|website"
        r"|information|release|announcement|explainer|factsheet|fact sheet"
        r"|newsletter|summary|guidance|answer|tracker|dashboard|report|transcript"
        r"|briefing|overview) (?:contains|may contain|is for|does not replace"
        r"|doesn['’]t replace"
        r"|is not|was (?:updated|amended|corrected)|has been (?:updated|amended"
        r"|corrected)|is (?:general )?information,? not (?:legal|financial"
        r"|medical|tax|investment|professional) advice"
        r"|is (?:general )?information,? and not (?:legal|financial|medical|tax"
        r"|investment|professional) advice).{0,300}"
        r"|(?:was|is) this (?:article |page |story |guide |information |briefing "
        r"|newsletter |summary |explainer |overview |answer |forecast |update "
        r"|tracker |dashboard |advice |post |content |message |alert )?(?:helpful"
        r"|useful)\??"
        r".{0,80}"
        r"|this (?:article|story) is (?:more|over) than \d+ (?:years?|months?|days?)"
        r" old\.?|this (?:is a (?:developing|breaking(?: news)?) story|story is"
        r" (?:still )?developing)\b.{0,120}"
        # "This live blog is no longer being updated."
        # "This explainer was produced with support from the Digital Rights Fund."
        r"|this (?:article|explainer|report|series|project|story|guide|reporting"
        r"|journalism|investigation) (?:was|is) (?:produced|made|funded|supported"
        r"|published) (?:with (?:the )?(?:financial )?support (?:from|of)|with"
        r" funding from|thanks to (?:a grant|funding) from)\b.{0,250}"
        # "All content is available under the Open Data Licence, except …"
        r"|all (?:content|material|information|data)(?: on this (?:site|page))? is"
        r" (?:available|published|licensed|released) under\b.{0,160}"
        # "The interview has been edited for length and clarity."
        r"|(?:the|this) (?:interview|transcript|conversation|exchange) (?:has been"
        r"|was|is) (?:lightly )?(?:edited|condensed)\b[^!?]{0,120}"
        # "This publication is available under the Open Data Licence v2."
        r"|for the \w+(?:-language)? version of this (?:story|article|report)\b"
        r".{0,120}"
        r"|this (?:publication|release|dataset|data|report|content|page) is"
        r" (?:available|published|licensed|released|reproduced) under\b.{0,160}"
        # "These statistics are published under the Open Statistics Licence."
        r"|these (?:statistics|figures|tables|data) are (?:available|published"
        r"|licensed|released|reproduced) under [^.!?]{0,60}\b(?:licen[cs]e|cc by"
        r"|creative commons)\b.{0,120}"
        # "This e-mail and any attachments are intended for the named recipients"
        r"|this (?:e-?mail|message)(?: and any attachments?)? (?:is|are|may be)"
        r" (?:intended|confidential|privileged)\b[^!?]{0,300}"
        r"|this (?:live blog|live page|blog|page|live coverage|story)(?: is| has)"
        r" (?:no longer being updated|now closed|ended|been archived)\b.{0,120}"
        # "This page updates automatically.", "This is an edited transcript."
        r"|this page (?:updates|refreshes|is (?:updated|refreshed)) (?:automatically"
        r"|regularly|every \d+ \w+)\b.{0,160}"
        r"|this is an? (?:edited|unedited|uncorrected|abridged|lightly edited)"
        r" (?:transcript|version|record)\b.{0,240}",
    ),
    (
        "notice",
        _notice_gate,
        r"an earlier version of this (?:article|story|report)\b.{0,400}"
        r"|if you (?:or someone you know|have been affected|are affected|need"
        r" (?:help|support)|are struggling)\b.{0,300}"
        r"|for (?:confidential )?support,? (?:call|contact|visit|text)\b.{0,200}"
        r"|a version of this (?:article|story) (?:appeared|appears|was published)"
        r".{0,200}|(?:we|we and our (?:\d+ )?partners|this (?:web)?site) uses?"
        r" cookies\b.{0,300}|our standards(?:\s*:.{0,80})?"
        # "We value your privacy. We and our 143 partners store … I Accept"
        r"|we value your privacy(?:[.!:]\s.{0,300}|[.!]?)"
        # "Read our editorial standards at www.example.org/standards"
        r"|read our (?:editorial )?standards\b[^!?]{0,120}",
    ),
    (
        "related",
        frozenset({"most", "trending", "recommended", "more", "explore", "don't"})
        | {"don’t", "read", "up", "what", "editor's", "editor’s", "editors'"}
        | {"editors’", "top", "latest", "popular", "you", "also", "go"},
        r"most (?:read|popular|viewed|shared|watched|commented)(?: (?:this|last)"
        r" (?:week|month|year)| today| now| in [\w&’' -]{1,30})?"
        # "Trending on NewsNest", "Also on RailWatch", "More on renting"
        r"|trending(?: now| today)?(?: (?:on|in) [^.!?:]{1,30})?"
        # "Trending: Festival line-ups · Awards season · Royal Gala 2025"
        r"(?:\s*:\s*[^.!?:]{1,40}(?: · [^.!?:]{1,40}){1,6})?"
        r"|latest on [^.!?:]{1,40}"  # "Latest on Mara Quill" over links
        r"|recommended (?:for you|stories|articles)|more (?:stories|like this)"
        # "More election coverage" over its links
        r"|more (?:[\w-]+ ){1,2}coverage(?:\s*:)?"
        # "More from Share Clinic: New issues calendar · Past verdicts"
        r"|(?:more from|more on) [^.!?:]{1,40}(?::\s*[^!]{1,200})?"
        # (not "Also on our radar", a section of the story)
        r"|also on (?!our\b)(?-i:\p{Lu})[^.!?:]{0,40}"
        r"|explore more on (?:this|these) topics?(?:\s*:\s*[^.!?]{1,150})?"
        r"|(?:don[’']t miss|read (?:next|this next)|up next|what to read next)"
        r"(?:\s*:)?"
        r"|editor[’']?s[’']? picks?|top stories|latest (?:news|stories)|go deeper\s*:?"
        r"|popular (?:now|stories)|you (?:might|may) (?:also )?(?:like|be interested"
        r" in)[^.!?]{0,100}",
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
        | {"join", "leave", "add", "log", "like", "repost", "open", "sign", "be"}
        | {"kindly", "please", "copy", "regenerate"},
        # "View comments", "Show all 38 comments", "Comments (12)"
        r"(?:(?:view|show|see|read) )?(?:all )?(?:\d[\d,]* )?comments?(?: \(\d+\))?"
        # "Comments (14) · Sign in to join the conversation"
        r"(?:\s*[·|]\s*(?:sign|log) in to (?:join the (?:conversation|discussion)"
        r"|comment))?|(?:sign|log) in to join the (?:conversation|discussion)"
        r"|comments?(?: on this (?:page|article|story))? (?:are |have been )?"
        r"(?:closed|open|disabled|turned off|subject to moderation"
        r"|switched off|not enabled|moderated|pre-moderated)"
        r"(?: (?:on|for|under) (?:this \w+|[\w ]{1,30}))?"
        r"(?: for legal reasons| because [^.!?]{1,80})?"
        # "Comments are open to subscribers. Read our community guidelines"
        r"(?: (?:to|for) (?:subscribers|members|registered users))?\.?"
        r"(?:\s+[^.!?]{0,60}\b(?:guidelines|rules|policy)\b\.?)?"
        r"|join the (?:conversation|discussion)"
        r"(?: \(\d[\d,]*(?: comments?)?\)|\s*:\s*\d[\d,]* comments?)?"
        # "Comments on this appeal have been turned off. Please do not …"
        r"|comments (?:on|for|to|under) this [\w-]+ (?:have been|are|were|has been)"
        r" (?:turned|switched|closed|disabled|suspended)(?: off)?\b[^.!?]{0,80}[.!]?"
        r"(?:\s+[^.!?]{1,200}[.!]?)?"
        r"|(?:leave|add) a comment|log in to comment|shares?|link copied"
        r"|be the first to comment(?: on this [\w-]+)?[.!]?"
        r"|bookmark(?: this)?"
        r"|(?:kindly |please )?share this (?:story|article|page)\s*:?"
        r"|save(?: this)? (?:article|story|for later)|share (?:full article|this"
        r" (?:post|video))|share (?:on|via|by|to) \w+|print (?:this )?(?:page|article)"
        r"|reuse this content|gift (?:this )?article|give this article|follow"
        # An aggregator's lines: "Like · Comment · Share", "Open the original
        # article at …"
        r"|(?:like|comment|share|save|repost|copy|regenerate)(?:\s*[·|•]\s*(?:like"
        r"|comment|share|save|repost|copy|regenerate|retry|listen(?: \(\d{1,3} ?min\))?"
        r")){1,4}"
        r"|open (?:the )?(?:original|full) (?:article|story)\b.{0,80}"
        # "Follow our politics team on Bluesky @…", "Follow us on Facebook, X
        # and WhatsApp: @Agency", "Follow us on X for live results from …"
        rf"|follow (?:us|our [\w ]{{1,30}}|the [\w ]{{1,30}}"
        rf"|(?-i:\p{{Lu}})[\w ]{{1,30}}) on {_NETWORK}"
        rf"(?:(?:,| and| or| &) {_NETWORK})*(?:,? (?:and|or|at) [\w ]{{1,20}})?"
        r"(?::? @\S+| for [^.!?]{1,80})?\.?"
        r"|follow us\s*:\s*@\S+(?:\s*[|·,]\s*@\S+)*"
        # "Follow the club: Facebook · Instagram · Play-Cricket"
        rf"|follow (?:us|the [\w ]{{1,20}}|our [\w ]{{1,20}})\s*:\s*{_NETWORK}"
        r"(?:\s*[·|,]\s*[\w-]{1,20}){0,6}"
        # "Follow live coverage of every match on Saturdays at echo.example/sport"
        r"|follow (?:live|all|our|the|every) [^.!?]{1,80}\b(?:at|on) (?:https?://)?"
        r"[\w-]+(?:\.[\w-]+)+(?:/\S*)?\.?",
    ),
    (
        "navigation",
        frozenset({"close", "search", "sign", "log", "login", "sections", "next"})
        | {"previous", "more", "expand", "about", "contact", "privacy", "terms"}
        | {"cookie", "accept", "manage", "download", "key", "show", "←", "‹", "«"}
        | {"add", "printable"},
        r"close|search|sign (?:in|out)|log ?(?:in|out)|sections|more|expand"
        r"|[←‹«]?\s*(?:next|previous)(?: (?:article|story|page|report|post|item"
        r"|result))?(?:\s*:\s*[^|·]{1,60}?)?\s*[→›»]?|about us|contact us"
        r"|privacy (?:policy|notice)|terms (?:of (?:use|service)|(?:and|&) conditions)"
        r"|cookie (?:policy|settings|preferences)|accept(?: all)? cookies"
        r"|manage (?:your )?(?:cookies|(?:email )?preferences|consent|subscriptions?)"
        r"|download (?:the )?(?:data|chart|csv|xlsx?|ods|json|image|pdf|full report)"
        r"(?:\s*\([^()]{1,30}\))?(?:\s*[·|]\s*download (?:the )?(?:data|chart|csv"
        r"|xlsx?|ods|json|image|pdf|full report)(?:\s*\([^()]{1,30}\))?){0,4}"
        r"|key events"
        r"|show key events only"
        # "Printable version – generated 04/06/2025 from www.example.org/…"
        r"|printable version\b[^!?]{0,200}"
        # "Download this newsletter (PDF, 412 KB)"
        r"|download (?:this|the) (?:newsletter|bulletin|issue|page|leaflet|report"
        r"|notice|guide)(?:\s*\([^()]{1,30}\))?"
        # "Add to calendar: Google · Outlook · iCal"
        r"|add to (?:your )?calendar\b[^.!?]{0,60}",
    ),
    (
        "advert",
        frozenset({"subscribe", "newsletter", "newsletters", "support", "become"})
        | {"donate", "already", "enter", "thank", "download", "skip", "paid"}
        | {"partner", "branded", "supported", "presented", "powered", "brought"}
        | {"get", "check", "book", "buy", "shop", "compare", "advertisement"}
        | {"click", "sign", "give", "tap"},
        r"sign up(?: here| now| (?:at|on|via) (?:https?://)?[\w-]+(?:\.[\w-]+)+\S*)?[.!]?"
        r"|(?:click|tap) here\b[^.!?]{0,60}[.!]?"
        # "Get the tracker by email every Friday."
        r"|get (?:the|our) [\w ]{1,30} (?:by|via|in your) (?:e-?mail|inbox)\b"
        r"[^.!?]{0,60}[.!]?"
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
        | {"editorial", "continued", "continues", "turn"},
        # "This article appears in the Spring 2025 issue of Horizon Quarterly."
        r"this (?:article|story|piece|feature|essay) (?:appears|appeared|will appear)"
        r" in\b.{0,200}|"
        r"\(?this (?:article|story|post|report|piece|item|essay|extract|excerpt"
        r"|column|commentary|interview|chapter|feature) (?:was|is|has been)"
        r" (?:(?:originally|first) (?:published|appeared)|republished|refiled"
        r"|reproduced|reprinted|produced|adapted)\b.{0,300}?\)?"
        r"|\(this (?:article|story) has been (?:updated|amended|corrected)[^)]{0,200}\)"
        r"|originally (?:published|appeared) (?:on|in|by|at)\b.{0,200}"
        r"|this (?:site|website) uses cookies\b.{0,300}"
        r"|please (?:enable|turn on) javascript.{0,120}|loading(?:\.\.\.|…)?"
        r"|note\s*:\s*content may be edited.{0,80}|(?:please )?check against delivery"
        r"|(?:continued|continues) (?:on|from) page \d{1,3}\.?|turn to page \d{1,3}\.?"
        r"\.?|e&oe\b.{0,40}|(?:full |edited |official )?transcript"
        r"|\[(?:begin|end(?: of)?) (?:transcript|video|audio)\]"
        r"|end of (?:transcript|statement)"
        r"|(?:funding|competing interests?|conflicts? of interests?|declarations?"
        r" of interests?)\s*:.{1,400}|report an error|(?:corrections|editorial)"
        r" (?:policy|standards|guidelines)",
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
        "related",
        frozenset({"follow"}),
        # A pointer to live coverage: "Follow all the action on our live blog
        # from 13:00 on Saturday."
        r"follow (?:all )?(?:the )?(?:action|latest|coverage|updates|match|race"
        r"|game) (?:(?:live )?on|in|with|via) (?:our|the) (?:live (?:blog|coverage"
        r"|page|text)|app|website|site)\b[^.!?]{0,60}[.!]?",
    ),
    (
        "notice",
        frozenset({"refresh", "report"}),
        r"refresh (?:the|this) page(?: for (?:the )?(?:latest|new|more)"
        r" (?:updates|posts|news))?\.?|report a (?:problem|bug|mistake|fault)"
        r"(?: (?:with|on) this page)?\.?",
    ),
    (
        "navigation",
        # The links of a newsletter's e-mail: "View this email in your
        # browser", "Unsubscribe", "Forward to a friend".
        frozenset({"view", "open", "unsubscribe", "forward", "update", "having"})
        | {"trouble"}
        | {"can't", "can’t", "cannot"},
        # with its address: "… in your browser <https://…>"; after the trouble:
        # "Having trouble reading this email? View it online: https://…"
        r"(?:(?:having )?trouble (?:reading|viewing|seeing) this (?:email|e-mail"
        r"|newsletter|message|alert|bulletin|digest)\?\s*"
        r"|can(?:'t|’t|not) (?:read|see|view) (?:this|the)"
        r" (?:email|e-mail|images)\?\s*)?"
        r"(?:view|open) (?:(?:this|the) (?:email|e-mail|newsletter|message|issue"
        r"|bulletin|briefing|digest|edition|update|alert) |it )?"
        r"(?:online|in (?:(?:your|a|the) )?(?:web )?browser)"
        r"(?:\.|:|(?::|\s+at)?\s*<?(?:https?://|www\.)\S+?>?)?"
        r"|unsubscribe(?: here)?\.?"
        r"|forward (?:this (?:email|e-mail|newsletter) )?to a (?:friend|colleague)\.?"
        r"|update (?:your )?(?:email )?(?:preferences|subscriptions?)\.?",
    ),
    (
        "related",  # links to the items either side, which read as prose
        frozenset({"previous", "prev"}),
        # "Previous item: Dental contract | Next item: Pharmacy funding review"
        r"prev(?:ious)?(?: [\w-]+){0,2}\s*:\s*[^|]{1,80}\|\s*next(?: [\w-]+){0,2}"
        r"\s*:\s*.{1,80}",
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
        "notice",
        # The reference of a warning, a case or a paper: "Warning reference:
        # NWS-2611-04", "Case no. 2026/0415", "ISSN 2049-3630".
        frozenset({"ref", "reference", "warning", "bulletin", "alert", "advisory"})
        | {"case", "notice", "report", "document", "issn", "isbn"},
        r"(?:(?:warning|bulletin|alert|advisory|case|notice|report|document)\s+)?"
        r"(?:ref(?:erence)?\.?|no\.|number|id)\s*[:#]?\s*"
        + _CODE
        + r"|(?:issn|isbn)\s*:?\s*"
        + _CODE,
    ),
    (
        "advert",
        frozenset({"get", "newsletter", "join", "open", "install", "read", "report"})
        | {"ad", "adchoices", "promoted", "paid", "sponsored", "in partnership"}
        | {"produced"}
        | {"thanks", "thank", "subscribe", "sign", "log", "subscribers", "this"}
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
        # "This issue is supported by Tradewell Freight. Compare rates at …"
        r"|this (?:issue|newsletter|edition|briefing|e-?mail|episode|podcast|digest)"
        r" is (?:supported|sponsored|brought to you|powered|made possible) by\b.{1,200}"
        r"|(?:produced )?in partnership with [^.!?]{1,60}"
        # "Thanks for reading The Notes! Subscribe for free to …" (not "Thank
        # you for reading this far." nor "Thanks for reading.", the writer's
        # own words)
        r"|thank(?:s| you) for reading (?-i:\p{Lu})[^.!?]{0,60}[.!]?"
        r"(?:\s*(?:subscribe|sign up)\b[^!?]{0,150})?"
        r"|thank(?:s| you) for reading[.!]?\s*(?:subscribe|sign up)\b[^!?]{0,150}"
        r"|(?:subscribe|sign in|log ?in) to (?:read|continue|unlock|keep reading)"
        r"[^.!?]{0,60}[.!]?|subscribers? only|create (?:a |your )?(?:free )?account"
        r"|register(?: now| here)?|already have an account\?.{0,30}",
    ),
    (
        "advert",
        # The small print of a sign-up box: "We use your sign-up to send you
        # content in ways you have consented to …", "By subscribing, you agree …".
        frozenset({"we", "by", "you"}),
        r"we (?:will )?use your (?:sign-?up|e-?mail(?: address)?|details|data)"
        r" (?:to|for) .{1,300}|by (?:signing up|subscribing|registering|clicking"
        r" (?:sign up|subscribe|register)),? you (?:agree|accept|consent)\b.{0,300}"
        r"|you can unsubscribe at any time\b.{0,200}",
    ),
    (
        "contact",
        frozenset({"enquiries", "inquiries"}),
        # "Enquiries: Port Aldane pier office, 01632 960418, 08:00–18:00 daily"
        r"(?:enquiries|inquiries)\s*:\s*[^.!?]{0,120}(?:\d{3}[\d ]{5,}|@)[^!?]{0,80}"
        r"|(?:enquiries|inquiries)\s*:?",  # the label over the contact's lines
    ),
    (
        "notice",
        lambda t: " no liability" in t or " no responsibility" in t,
        # "Westwater Island Ferries accepts no liability for missed connections."
        # Not a sentence reporting a claim: "…, the judge ruled, …".
        r"(?![^.!?]*\b(?:said|says|ruled|rules|told|added|argued|claimed)\b)"
        r"[^.!?,]{2,80}\b(?:accepts?|takes?|can accept|assumes?) no (?:liability"
        r"|responsibility)\b.{0,250}",
    ),
    (
        "advert",
        frozenset({"get", "download"}),
        # "Get the Harbour Post app for breaking news alerts. Download now"
        r"(?:get|download) (?:the|our) (?:(?-i:\p{Lu})[\w’'-]* ){0,4}(?:news )?app\b"
        r".{0,120}",
    ),
    (
        "navigation",
        frozenset({"inside"}),
        # A print page's index: "INSIDE: Letters 12 · Puzzles 28 · TV guide 30".
        r"inside\s*:?\s*(?:[\p{L}’'& ]{2,30}\s\d{1,3}\s*[·|,•;]\s*)+"
        r"[\p{L}’'& ]{2,30}\s\d{1,3}",
    ),
    (
        "advert",
        frozenset({"to", "get"}),
        # A shop's line under a review: "To support the Courier, order your
        # copy at …"; a newsletter's: "Get our weekly TV newsletter: sign up …".
        r"to support (?:the |our )?[\w’' ]{1,40}(?: and its journalism)?,?"
        r" (?:order|buy|shop)\b.{0,200}"
        r"|get (?:our|the) (?:[\w’'-]+ ){0,4}newsletters?\b.{0,120}",
    ),
    (
        "advert",
        lambda t: " published by " in t,
        # "The Tidewater Hours by Ilse Maren is published by Corvel Press. To
        # order a copy for £16.99, visit …"
        r".{2,150}? (?:is|are) published by [^.!?]{2,80}[.!]\s+(?:to order|order"
        r"|buy|available)\b.{0,200}",
    ),
    (
        "notice",
        lambda t: " guest" in t,
        # "Oren Vask travelled as a guest of the tourist board. The board had
        # no say over the content of this article."
        r"(?:[\p{L}’'.-]+\s+){1,4}(?:travelled|traveled|stayed|was hosted|were"
        r" hosted)\s+(?:[^.!?]{0,40}\s)?as (?:a |the )?guests? of [^.!?]{0,80}\b"
        r"(?:tourist|tourism|board|hotels?|resorts?|airlines?|operators?|cruises?"
        r"|festival|rail|ferr(?:y|ies)|visit\w*)\b.{0,300}",
    ),
    (
        "byline",
        frozenset({"editorial"}),
        r"editorial(?: board| team| desk)?",  # the desk's line under an editorial
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
        "related",
        frozenset({"more", "full", "read", "keep", "in other", "learn", "find"})
        | {"continue"},
        r"more\s*:\s*\S.{0,150}|full coverage\s*:.{1,150}"
        r"|continue reading\s*:\s*\S.{0,120}"  # "Continue reading: Chapter Eight"
        r"|read (?:the )?full (?:article|story|report|statement)(?: here)?[.:]?"
        r"|keep reading|in other news|more in [^.!?:]{1,30}|learn more"
        r"|find out more",
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
        frozenset({"report", "submit", "suggest", "send", "tip", "got", "we value"})
        | {"to report"},
        r"(?:report|submit|suggest) an? (?:correction|typo|error)"
        # "To report an error, please email corrections@… or write to …"
        r"|to report an? (?:error|mistake|correction|inaccuracy)\b.{0,200}"
        r"|send us (?:your )?(?:tips?|a tip|feedback|a story)\b[^.!?]{0,60}[.!]?"
        r"|tip us off[^.!?]{0,40}|got a (?:news )?(?:tip|story)\?.{0,100}"
        r"|we value your privacy[.!]?",
    ),
    (
        "navigation",
        frozenset({"accept", "reject", "privacy", "terms", "careers", "advertise"})
        | {"site", "sitemap", "rss", "skip", "navigation", "home"},
        r"(?:accept|reject) all(?: cookies)?|privacy|terms|careers"
        r"|advertise with us|site ?map|rss(?: feeds?)?|skip (?:to )?navigation"
        r"|navigation|home",
    ),
    (
        "contact",
        frozenset({"contact", "contacts", "email", "e-mail", "tel", "telephone"})
        | {"desk", "editorial", "newsroom", "duty"}
        | {"phone", "fax"}
        | {"mobile", "for more", "for further", "for queries", "for enquiries"}
        | {"for interviews", "for interview", "for media", "for press"}
        | {"for inquiries", "for questions"},
        # ("Contacts" alone over the contact's lines too; "Contact" alone is
        # a footer's link)
        r"contacts|contacts?(?: us)?\s*:(?:\s*\S.{0,120})?"
        # "Contact details for this statistical bulletin" over its lines
        r"|contact details(?: for this [\w ]{1,40})?\s*:?"
        # "Contact the parking services team" over its channels
        r"|contact (?:the|our) [\w ]{1,40}\b(?:team|office|desk|service|department)"
        r"\s*:?"
        r"|(?:e-?mail|tel(?:ephone)?|phone|mobile|fax)\s*:"
        r"\s*(?=[^\s@]*@|[+(]?\d)\S.{0,120}"
        # a number without the colon: "Telephone 01632 960 902."
        r"|(?:tel\.?|telephone|phone|mobile|fax)\s+\+?[\d ()-]{6,20}\.?"
        # "For interviews contact:" over the contact's lines
        r"|for (?:interviews|interview requests|media enquiries|press enquiries),?"
        r" (?:please )?contact(?: (?:the|our) [^.!?:]{1,60})?\s*:(?:\s*\S.{0,120})?"
        r"|for (?:more|further) information,? (?:please )?(?:contact|visit|call"
        r"|email|see|go to)\b.{0,150}"
        # "For queries, call the World Desk on +44 20 7946 0815 or email …"
        r"|for (?:queries|enquiries|inquiries|questions),? (?:please )?(?:call|contact"
        r"|email|e-mail|ring|phone)\b.{0,150}|(?:contact|email) the (?:author|reporter"
        r"|writer)\b.{0,100}"
        r"|(?:desk|editorial|newsroom|duty) contacts?\s*:"
        # "Contact Electoral Services:" over the office's lines
        r"|contact (?:the )?(?-i:\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3})\s*:",
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
        "related",
        frozenset({"related", "around", "elsewhere"}),
        r"related (?:internet )?links|around the (?-i:\p{Lu}{2,})"
        r"|elsewhere on (?:the )?(?-i:\p{Lu}{2,}|web|site)",
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
        # A breadcrumb of sections: "World / Americas", "Business / Markets";
        # past the first, one may be in sentence case: "Guides / Travel
        # documents", "Money / Cost of living"; a section may hold its year:
        # "Local Elections 2025 / Live"; the first in sentence case too: "Get
        # involved / Volunteer", "Local elections 2025 / Westmoor".
        rf"(?-i:(?:{SECTION_NAME}|{SENTENCE_CASE_SECTION})(?: (?:19|20)\d\d)?"
        rf"(?:\s/\s(?:{SECTION_NAME}"
        rf"|{SENTENCE_CASE_SECTION})(?: (?:19|20)\d\d)?){{1,5}})",
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
        r"(?:listen|watch|subscribe|stream|follow)(?: (?:now|free|again|to (?:the"
        r"|this|our) (?:podcast|show|episode|programme|series)|the (?:meeting|debate"
        r"|hearing|session|briefing|programme|show|match|event)))?(?: (?:and|or)"
        r" (?:subscribe|follow|listen|watch))?(?:\s*:\s*|\s+(?:on|via|in|at|with):?\s+)"
        rf"{_PLATFORM}(?:\s*(?:[|·•,/]|\bor\b|\band\b)\s*{_PLATFORM}){{0,8}}"
        r"(?:,? (?:or )?wherever you (?:get|listen to) (?:your )?podcasts)?\.?",
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
        "notice",
        frozenset({"comments", "for", "open", "data", "excerpted", "extracted"})
        | {"reprinted", "join", "members'", "members’", "not", "please", "do", "we"},
        # Where comments stand, and who a document is for: "Comments are
        # moderated and may take a while to appear.", "For professional
        # investors only."
        r"(?:join the (?:conversation|discussion|debate)\s*[–—:-]\s*)?"
        r"comments (?:are|will be) (?:moderated|pre-moderated|reviewed|closed|open)"
        r"\b[^!?]{0,150}"
        # A comment section's rules: "Please keep the discussion respectful. We
        # reserve the right to remove comments that break our guidelines."
        r"|please keep (?:the|this|your) (?:discussion|conversation|comments?|debate)"
        r" (?:civil|respectful|polite|on topic|constructive|friendly)\b[^!?]{0,200}"
        r"|we reserve the right to (?:remove|delete|edit|moderate|reject)"
        r" (?:any )?(?:comments?|posts?|contributions?)\b[^!?]{0,150}"
        r"|for (?:professional|institutional|qualified|accredited) (?:investors"
        r"|clients|advisers|advisors)(?: only)?\b[^!?]{0,150}"
        # A page's notes on its own reporting: "Open justice: we report court
        # cases …", "Data notes: positions are coded from …"
        r"|open justice\s*:.{1,300}|data notes?\s*:.{1,300}"
        # Where a text was taken from: "Excerpted from The Salt Ledger by
        # Mara Ellison.", "Reprinted by permission of Northfold Press."
        r"|(?:excerpted|extracted) from (?-i:\p{Lu}).{1,250}"
        r"|reprinted (?:with|by) (?:kind )?permission\b.{0,200}"
        # Who may read it: "Members' edition. Not for publication.", "For
        # members only. Please do not forward outside your organisation."
        r"|members['’] edition|for (?:members|subscribers|internal use|internal"
        r" circulation) only|not for (?:publication|distribution|circulation"
        r"|onward distribution)|(?:please )?do not (?:forward|distribute|circulate"
        r"|share this)\b(?![^!?]*\b(?:said|says|told|warned|added|urged"
        r"|according)\b)[^!?]{0,80}",
    ),
    (
        "notice",
        lambda t: len(t) <= _MAX_QUALIFIED and _qualified_gate(t),
        # What a page's figures are: "Box office figures are estimates and may
        # be revised.", "Rates are indicative mid-market rates and are not
        # offers to deal.", "*Fees are as reported and have not been
        # confirmed by all clubs.*"
        r"(?:(?:all|the) )?(?:[\p{L}-]+ ){0,2}?(?:figures|rates|prices|fees|data"
        r"|numbers|results|totals|values|quotes|positions|estimates|ratings)"
        r" (?:are|is) (?![^!?]*\b(?:said|says|told|warned|added|noted|stressed"
        r"|cautioned|according)\b)(?:[\p{L}-]+ ){0,2}?"
        r"(?:indicative|estimates|estimated|provisional|as reported|unaudited"
        r"|approximate)\b[^!?]{0,120}\."
        # "Results are based on figures declared overnight and may be subject
        # to formal confirmation."
        r"|(?:(?:all|the) )?(?:[\p{L}-]+ ){0,2}?(?:figures|rates|prices|fees|data"
        r"|numbers|results|totals|values|estimates) (?:are|is) based on [^!?]{1,100}?"
        r" (?:and )?(?:may|might|could) be subject to (?:formal )?(?:confirmation"
        r"|change|revision|correction)\b[^!?]{0,100}\.",
    ),
    (
        "navigation",
        lambda t: t.rsplit(None, 1)[-1].lower() in MASTHEAD_ENDS,
        # A newsletter's masthead: its name, a mark, what it is ("THE FIELD
        # NOTES -- a weekly science briefing"); addressed to its reader, it is
        # the newsletter's title ("The Ledger: your Tuesday money briefing").
        r"(?-i:[\p{Lu}\d][\p{L}\d&’'.-]*(?:\s+[\p{Lu}\d&][\p{L}\d&’'.-]*){0,4})"
        r"\s*(?:--|—|–|:|\||·)\s*(?:a|an|the|daily|weekly|monthly"
        r"|fortnightly)\s+(?:[\p{L}’'-]+\s+){0,5}(?:newsletter|briefing|bulletin"
        r"|digest|round-?up|dispatch)",
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
        r"(?:[^@\s]+\s+){0,12}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?"
        # after a question, perhaps with a number to ring: "Is an issue
        # missing? Tell us at …", "Affected? Email … or call 01632 960458."
        r"|[^?@]{1,60}\?\s+(?:[^@\s]+\s+){0,12}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
        r"(?: or (?:call|phone|ring|text|message us on|text us on|whatsapp us on)"
        r" \+?[\d ()-]{7,20}\d| and we[^!?]{1,100})?\.?",
    ),
)


_RULES = (
    *(*_PAGE_RULES, *CREDIT_RULES, *FEED_RULES, *PORTAL_RULES),
    *(*SITE_RULES, *CRAWL_RULES, *THREAD_RULES, *APP_RULES, *COLOPHON_RULES),
)
Rule = tuple[int, str, regex.Pattern[str]]  # (order in _RULES, kind, pattern)


_Tested = tuple[Callable[[str], bool], tuple[Rule, ...]]


def _index_rules() -> tuple[dict[str, tuple[Rule, ...]], tuple[_Tested, ...]]:
    """Index the rules by first word; the others by their test, run once each."""
    by_word: dict[str, list[Rule]] = {}
    tested: dict[Callable[[str], bool], list[Rule]] = {}
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


BY_FIRST_WORD, TESTED = _index_rules()
TWO_WORD_STARTS = frozenset(w.split(" ", 1)[0] for w in BY_FIRST_WORD if " " in w)
_START_WORDS = ("copyright", "all right", "(c) ")


_CAPS_JOINS = regex.compile(rf"^.{{0,{MAX_SLUG}}}-| [–—|] ")


_MAX_QUALIFIED = 200  # characters of a note on what the figures are
_QUALIFIERS = (
    *("indicative", "estimate", "provisional", "as reported", "unaudited"),
    "subject to",
)


def _qualified_gate(text: str) -> bool:
    """Whether a line may say what a page's figures are (a cheap test)."""
    return (" are " in text or " is " in text) and any(q in text for q in _QUALIFIERS)


def any_test(text: str) -> bool:
    """Passes whenever a test of TESTED may pass, so most lines skip them all.

    The cheap checks come first; the last word is split off once.
    """
    if text[-1] in ")]" or text[0] in "©0123456789[" or text[0] in _STARS:
        return True
    if text.startswith(WIRE_MARKS) or text[:3] == "---":
        # "(END) 131004 GMT Sep 24", "BC-Copper-Strike/Andeluz", "----------
        # Forwarded message ---------"
        return True
    tail = text[-MAX_CREDIT:]
    if ">" in text or "»" in text or "›" in text or "/" in tail or "@" in text:
        return True
    if "→" in text or (
        text[:2].isupper() and (" GMT" in text or _CAPS_JOINS.search(text))
    ):
        # "Read the report → https://…", "USA-TRADE-CHINA", "OCEANIA NEWSWIRE –
        # INTERVIEWS", "CLIENT WIRE FEED | Sanctions", "MNS 141120 GMT Mar 24"
        return True
    if caption_colon(tail) or role_gate(text) or service_gate(text):
        return True
    opening = text[:24].lower()
    if opening.startswith(_START_WORDS) or opening.startswith(_NOTICE_STARTS):
        return True
    if " contributed" in text or " is a" in text[:60] or " is the" in text[:60]:
        return True
    if note_test(text) or text[0] in NOTE_MARKERS or transcript_note_gate(text):
        return True  # "… is a registered charity (no. 1234567).", "¹ Typical …"
    if "©" in text[:60] or "ed by " in text or " guest" in text:
        return True  # "Forecast data © 2026 …", "The Long Road is produced by …"
    if tool_test(text) or site_test(text) or made_test(text) or thread_test(text):
        return True  # "Orca Assist said:" over an assistant's answer
    if len(text) <= _MAX_QUALIFIED and _qualified_gate(text):
        return True  # "Rates are indicative mid-market rates …"
    if " no liability" in text or " no responsibility" in text:
        return True  # "Tarn Ferries accepts no liability for …"
    if " commission" in text or " · " in text or "  " in text:
        return True  # "… may earn a commission …", "Environment · Long read",
        # buttons set apart by spaces: "↗ Share    ☆ Save"
    if feed_test(text) or portal_test(text) or colophon_test(text):
        return True
    if text[0] == "*" or text[:2] == "![" or " = " in text[:10]:
        return True  # "*Provisional figures", "![Chart](c.png)", "RPS = …"
    if text[-1].isdigit() and len(text) <= MAX_REACTIONS and not text[0].isalnum():
        return True  # reactions and their counts: "❤️ 6"
    if (
        text[-7:] == " others"
        or "day at " in text
        or " reacted " in text
        or " shared this " in text
    ):
        return True  # a chat's members and its message heads: "… — Today at 16:04"
    if court_gate(text):
        return True  # "EMPLOYMENT TRIBUNALS (WESTMERE)"
    if text[0] == "#" and text[1:2] not in ("#", " "):
        return True  # "#CalderMoor #Lowmoor", not a Markdown heading
    last = text.rsplit(None, 1)[-1].lower()
    if "." in last[:-1] and _address_gate(text):
        return True  # "Full programme and booking: example.org"
    if last in ("read", "here.", "here", "here!") or "ourtesy" in tail or "©" in tail:
        return True  # "Jane Doe · 4 min read", "… newsletter. Sign up here."
    if last in MASTHEAD_ENDS:
        return True  # "THE FIELD NOTES -- a weekly science briefing"
    return last in DESK_WORDS or last.strip(")(.") in CREDIT_END or last in AGENCY_WORDS
