"""Block parse: the furniture of news apps and social platforms.

A story copied out of an app or a feed carries the app's own lines: the
way back (``‹ Back``, ``← Council Updates``), counters and buttons side by
side (``👁 9.8K · 06:41 · edited``, ``⬆ 482 · 💬 97 comments · Share``),
who posted (``Posted by u/quayside_kat · 5h``, ``Ines Farrow @inesfarrow ·
Follow``, ``Linnea Okafor · Haddon Vale · 6h``), a push alert's sender and
time, a forum thread's notes (``Thread · 86 posts · Pinned by moderator``),
a notification centre's days, and the gestures and controls a screen asks
for (``Swipe left to start ›``, ``Pull down to refresh``, ``2/8``): each
rule a kind of :data:`~.furniture.KINDS`, a gate and a whole-line pattern,
as :mod:`.page_rules` explains. Every gate here admits only lines that
:func:`.page_rules.any_test` already lets through (a ``·``, an ``@``, a
slash, a figure or a bracket first), or names first words.
"""

from __future__ import annotations

from .notes import Gate
from .thread_rules import AGO

__all__ = ["APP_RULES", "MAX_REACTIONS"]

# One piece of a row of counters and buttons: a count with its sign or its
# noun ("♥ 4.2K", "97 comments"), a time, a date, an age ("5h", "now") or a
# button ("Share", "Follow", "edited", "Saved ✓").
_MARK = (
    "(?:[^\\w\\s·]\ufe0f?)"  # a sign or an emoji, perhaps with its variation selector
)
_SIGN = rf"(?:{_MARK}{{1,2}}\s?)?"
_COUNT = (
    rf"{_SIGN}\d[\d.,]*[km]?(?: [▲▼△▽↑↓⬆⬇])?"  # "▲ 41 ▼": a score between its votes
    r"(?: (?:followers|following|comments?|replies|updates"
    r"|likes|views|shares|reposts|quotes|bookmarks|subscribers|members|votes|points"
    r"|people reading(?: now)?|posts|answers|claps|responses|highlights))?"
)
_TIME = (
    r"(?:(?:last )?(?:updated|edited) )?(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?"
    r"|\d{1,3} (?:minutes?|hours?) ago)"
)
_DATE = r"\p{L}{3,9}\.? \d{1,2}, \d{4}|\d{1,2} \p{L}{3,9}(?: \d{4})?"

_BUTTON = (
    rf"{_SIGN}(?:edited|follow|following|share|award|joined|op|manage|turn on|reply"
    r"|save|saved|like|report|more|channel|pinned|subscribe|subscribed|muted|unmuted"
    r"|email|copy link|play|download|up next|listen live|dismiss|show less|clear"
    r"|in share|posted in [\w &]{1,30}|send message|quote|repost)"
    rf"(?:\s?{_MARK}{{1,2}})?|{_MARK}{{1,2}}"
)
# A button with its count, and a thread's own notes: "Helpful (48)",
# "Comment (17)", "Pinned by moderator", "Started by hollyoak_rita", "Thread".
_LABELLED = (
    r"(?:helpful|comments?|replies|reply|likes?|shares?|reposts?|upvotes?|views?"
    r"|reactions?|answers?) \(\d[\d,.]*[km]?\)"
    r"|(?:pinned|started|posted|asked|locked) by [\w.-]{2,30}|thread|locked|solved"
    r"|saved to [\w ]{1,30}|finished|unread|archived"
    # "Like 48", "Reply 19"
    r"|(?:likes?|repl(?:y|ies)|shares?|comments?|reposts?) \d[\d,.]*[km]?"
    # "Thank (48)", "Showing 4 of 46 replies", "Load more"
    r"|thanks? \(\d[\d,.]*[km]?\)|showing \d{1,5} of \d[\d,]* \w+|load more"
)
_PIECE = (
    rf"(?:{_COUNT}|{_TIME}|{_DATE}|(?:(?:posted|edited|last edited) )?(?:{AGO})"
    rf"|{_BUTTON}|{_LABELLED})"
)
# Who posted and where, in a few words each: "Linnea Okafor", "Haddon Vale",
# "Carla_T (Moderator)", "FERRY WATCH (community group)".
_POSTER = r"[\p{L}\d][\p{L}\d_.'’&-]*(?: [\p{L}\d_.'’&-]+){0,4}(?: \([^()]{1,30}\))?"
_MAX_ROW = 100  # characters of a row of counters
# A stack of alerts, folded: "+ 2 more notifications from Pell Valley Power"
_FOLDED = (
    r"(?:\+ ?)?\d{1,3} more (?:notifications|updates|alerts|messages)"
    r"(?: from [^.!?]{1,60})?"
)


def _row_gate(text: str) -> bool:
    return (" · " in text or "  " in text) and len(text) <= _MAX_ROW


# A chat window's button under an answer: "Copy", "Regenerate", "Good response".
_ANSWER_BUTTON = (
    r"(?:copy|regenerate|retry|share|edit|read aloud|good response|bad response"
    r"|thumbs up|thumbs down|helpful|not helpful|show sources(?: \(\d{1,2}\))?)"
)

APP_RULES: tuple[tuple[str, Gate, str], ...] = (
    (
        "navigation",
        frozenset({"copy", "regenerate", "retry", "share", "edit", "read", "good"})
        | {"bad", "thumbs", "helpful", "show"},
        # A chat window's buttons under its answer: "Copy | Retry | Share |
        # Good response | Bad response", "Show sources (4)"
        rf"{_ANSWER_BUTTON}(?:\s*[|·•]\s*{_ANSWER_BUTTON}){{2,7}}"
        r"|show sources \(\d{1,2}\)",
    ),
    (
        "notice",
        frozenset({"table", "chart", "graphic", "image", "map", "figure"})
        | {"interactive"},
        # A converter's note where a table or a chart was lost: "[Table data
        # could not be displayed]", "Chart could not be loaded."
        r"(?:table|chart|graphic|image|map|figure|interactive)(?: data| content)?"
        r" (?:could not|cannot|can't|failed to) (?:be )?(?:displayed|loaded|shown"
        r"|rendered|load|display)\.?",
    ),
    (
        "share",
        _row_gate,
        # Counters and buttons side by side: "👁 9.8K · 06:41 · edited", "8:12
        # AM · Jun 3, 2025 · ♥ 4.2K · 💬 1.1K", "Channel · 12,408 followers ·
        # 🔔 Following", "Updated 11:52 · 38 updates", "Saved ✓ · Share ↗"
        # (or set apart by spaces: "💬 14   🔁 22   ♡ 118   📊 9.1K", "↗ Share
        # ☆ Save    💬 48 comments")
        rf"{_PIECE}(?:(?: · |\s{{2,}}){_PIECE}){{1,7}}",
    ),
    (
        "date",
        lambda t: t[0].isdigit() and len(t) <= _MAX_AGE,
        # A post's age alone: "2h", "45m"
        rf"(?:{AGO})",
    ),
    (
        "date",
        lambda t: t[0].isdigit() and " · " in t,
        # An alert's time and sender: "21:06 · Harbour News"
        rf"\d{{1,2}}:\d{{2}} · {_POSTER}",
    ),
    (
        "byline",
        frozenset({"reply", "post", "answer", "comment"}),
        # A forum's numbered post alone: "Reply #1"
        r"(?:reply|post|answer|comment) #\d{1,5}",
    ),
    (
        "share",
        lambda t: " reacted " in t,
        # "Karl Mendes reacted 👍 to your message"
        rf"{_POSTER} reacted \S{{1,3}} to (?:your|a|this|their)"
        r" (?:message|post|comment)",
    ),
    (
        "notice",
        frozenset({"messages", "not", "you", "you've", "you’ve"}),
        # A chat's and a channel's own notes: "Messages in this group are
        # end-to-end encrypted. Tap for more info.", "Not affiliated with any
        # bus operator. We pass on information in good faith.", "You have
        # reached the end of today's alerts."
        r"messages (?:in this (?:group|chat|channel)|and calls) are end-to-end"
        r" encrypted\.?(?: [^.!?]{1,60}[.!])?"
        r"|not (?:affiliated|associated|endorsed) (?:with|by) [^.!?,]{1,60}"
        r"(?:[.!](?: [^.!?]{1,100}[.!])?)?"
        r"|you(?: have|['’]ve) reached the end of [^.!?]{1,40}[.!]?",
    ),
    (
        "share",
        lambda t: t[0] == "[",
        # A chat export's lines that hold no message: "[08:24, 14/03/2025] Hana
        # Whitlock: IMG-20250314-WA0007.jpg (file attached)", "… This message
        # was deleted", "… <Media omitted>"
        r"\[[\d:/.,\s apm]{5,30}\] [^:]{1,40}: (?:this message was deleted"
        r"|you deleted this message|<media omitted>|(?:image|video|audio) omitted"
        r"|[\w-]{1,60}\.(?:jpe?g|png|gif|webp|pdf|mp4|opus|docx?)"
        r"(?: \((?:file attached|\d{1,4} pages?)\))?)",
    ),
    (
        "date",
        _row_gate,
        # A push alert's sender and its age: "DAILY HARBOUR · now"
        r"(?-i:[\p{Lu}\d][\p{Lu}\d &'.-]{2,40}) · (?:now|just now"
        r"|\d{1,3}\s?(?:m|h|min|mins|hr|hrs)(?: ago)?|\d{1,2}:\d{2})",
    ),
    (
        "byline",
        _row_gate,
        # A post's head, with its age: "Linnea Okafor · Haddon Vale · 6h",
        # "Carla_T (Moderator) · 1 hour ago", "45m · Public"
        rf"(?:{_POSTER} · ){{1,2}}(?:{AGO})(?: · (?:public|edited|members|friends"
        r"|followers|pinned))?"
        rf"|(?:{AGO}) · (?:public|edited|members|friends|followers|pinned)"
        # who posts, and to whom: "Dunmore Policing Team · Public agency", "2
        # days ago · Shared with Eastfield and 9 nearby neighbourhoods"
        rf"|{_POSTER} · (?:public agency|verified|official account|community group"
        r"|government organisation)"
        rf"|(?:{AGO}) · shared with [^·]{{1,80}}"
        # a chat's message head, a name and the clock: "Lena Marsh · 07:41"
        r"|(?-i:\p{Lu}[\p{L}’'.-]+(?: \p{Lu}[\p{L}’'.-]+){1,3}) · \d{1,2}:\d{2}"
        # a forum's numbered post: "Reply #2 · Tarrow Council (verified) · 10
        # April", "#1 · GreenfingersGwen · Plot holder, Row F · Posts: 1,208"
        r"|(?:(?:reply|post|answer|comment) )?#\d{1,5}(?: · [^·.!?]{1,40}){0,4}"
        # a channel and its followers: "WhatsApp channel · 9.1K followers"
        r"|[^·]{1,40} · \d[\d.,]*[km]? (?:followers|subscribers|members)",
    ),
    (
        "byline",
        lambda t: " — " in t,
        # A chat's message head: "Mira (Community) — Today at 16:04"
        rf"{_POSTER} — (?:today|yesterday) at \d{{1,2}}:\d{{2}}(?:\s?[ap]m)?",
    ),
    (
        "byline",
        lambda t: t[-7:] == " others",
        # A group's members: "Jo, Priya, Marcus, Dee, Tomás and 23 others"
        r"(?:(?-i:\p{Lu})[\p{L}'’-]+, ){1,8}(?-i:\p{Lu})[\p{L}'’-]+ and \d{1,4} others",
    ),
    (
        "byline",
        _row_gate,
        # A writer's profile: "2.1K followers · Writer on books and slow media"
        r"\d[\d.,]*[km]? (?:followers|subscribers) · [^·]{1,80}",
    ),
    (
        "byline",
        lambda t: "u/" in t[:13] or t[:2] in ("p/", "r/"),
        # Who posted, on a forum of communities: "Posted by u/quayside_kat ·
        # 5h", "u/quayside_kat · OP · 4h", "p/Portneath · Joined"
        rf"(?:posted by )?[upr]/[\w-]{{2,30}}(?: · (?:op|joined|mod|{AGO}))*",
    ),
    (
        "byline",
        lambda t: " @" in t,
        # A post's author and handle: "Dana Whitlow @DanaWhitlowCllr", "Ines
        # Farrow @inesfarrow_news · Follow"
        r"(?-i:\p{Lu}[\p{L}’'.&-]+(?: (?:\p{Lu}[\p{L}’'.&-]+|&)){0,3})(?: ✓)?"
        r" @\w[\w.]{1,40}\w"
        rf"(?: · (?:follow|following|{AGO}))?",
    ),
    (
        "navigation",
        frozenset({"←", "‹", "<"}),
        # The way back: "‹ Back", "← Coastshire Council Updates", "← Post"
        r"[←‹<]\s*(?-i:\p{Lu})[^.!?|]{0,40}",
    ),
    (
        "navigation",
        lambda t: t[:1].isdigit() and len(t) <= _MAX_SLIDE,
        # A story's slide, of its slides: "2/8"
        r"\d{1,2}/\d{1,2}",
    ),
    (
        "share",
        frozenset({"embedded", "view", "show", "clear", "swipe", "pull", "mute"})
        | {"turn", "follow", "tap", "load", "write", "most", "newest", "oldest"}
        | {"top", "all", "scroll", "subscribe"},
        # What a screen offers or asks for: "Embedded post", "View on
        # platform", "View 88 more comments", "Show less", "Clear all", "Swipe
        # left to start ›", "Pull down to refresh", "Mute for 1 hour", "Turn
        # on notifications", "Follow Transport +"
        r"embedded (?:post|tweet|video|content)|view on (?:platform|[\w ]{1,20})"
        r"|view \d[\d,]* more (?:comments|replies)|show (?:less|more)|clear all"
        r"|swipe (?:left|right|up|down)\b[^.!?]{0,60}|pull down to refresh\.?"
        r"|mute for \d{1,2} (?:hours?|minutes?|days?)|turn on (?:notifications|alerts)"
        r"|follow [\w ]{1,30} \+"
        # "Load 14 earlier updates", "Write a comment…", "Most relevant ⌄",
        # "Tap to continue ›", "Follow The Briefing wherever you get your podcasts."
        r"|load (?:\d{1,4} )?(?:more|earlier|older|newer) (?:updates|posts|comments"
        r"|stories|replies)|write a (?:comment|reply)\W{0,3}"
        r"|(?:most relevant|newest first|oldest first|top comments|all comments)"
        r"\s*[⌄▾▼]?"
        r"|(?:tap|swipe|scroll) (?:to|for) (?:continue|start|next|more|read more"
        r"|read the full story)\b.{0,40}"
        r"|follow [\w ]{1,40} for (?:updates|more|the latest)[.!]?"
        r"|(?:follow|subscribe to) [^.!?]{1,60} wherever you get your podcasts\.?",
    ),
    (
        "notice",
        frozenset({"you're", "you’re", "this"}),
        # An app's notes on the story: "You're getting alerts for this story ·
        # Manage", "This story is being updated. Pull down to refresh." (a live
        # page's "Pinned: What we know so far" heads its summary)
        r"you['’]re (?:getting|receiving|subscribed to) (?:alerts|notifications"
        r"|updates) (?:for|on|about) [^.!?·]{1,60}(?: · manage)?"
        r"|this (?:story|article|page|explainer|tracker|live page|guide) (?:is being"
        r"|will be) updated(?: (?:as|when|with|throughout|regularly|through|once)"
        r" [^,!?]{1,120})?[.!]?(?:\s+pull down to refresh\.?)?",
    ),
    (
        "share",
        lambda t: len(t) <= MAX_REACTIONS,
        # Reactions and their counts alone: "❤️ 6", "👍 12 😂 3"
        r"(?:\p{So}\ufe0f?\s?\d[\d.,]*[km]?\s*){1,4}",
    ),
    (
        "share",
        frozenset({"pinned", "📌"}),
        # A thread's pin: "📌 Pinned by Mira (Community)"
        r"(?:📌\s?)?pinned by [\w.-]{2,30}(?: \([^()]{1,30}\))?",
    ),
    (
        "notice",
        frozenset({"this"}),
        # "This channel is read-only. Chat about it in #tidewrack-chat."
        r"this (?:channel|group|thread|chat) is (?:read-only|archived|locked)\."
        r"(?: [^.!?]{1,80}[.!])?",
    ),
    (
        "notice",
        frozenset({"this"}),
        # A thread's or a Q&A's end: "This Q&A has ended. Comments are closed.",
        # "🔒 This thread has been locked by a moderator."
        r"this (?:q&a|live (?:blog|page|q&a)|thread|discussion|chat|ama)"
        r" has (?:ended|closed|been (?:locked|closed|archived))"
        r"(?: by (?:a |the )?(?:moderators?|admins?))?\.?"
        r"(?: comments are (?:now )?closed\.?)?",
    ),
    (
        "share",
        lambda t: " shared this " in t,
        # "Rachel shared this article with you from the Courier app."
        rf"{_POSTER} shared this (?:article|story|post|page|video|link) with you"
        r"\b[^!?]{0,80}",
    ),
    (
        "advert",
        frozenset({"sent"}),
        # "Sent from the Northgate Courier app. Get it free on iOS and Android."
        r"sent from (?:the |my )?[\w ]{1,40}? app\.?(?: [^.!?]{1,80}[.!]?)?",
    ),
    (
        "notice",
        frozenset({"you", "you're", "you’re"}),
        # "You received this email because a friend shared an article with you."
        r"you(?:['’]re| are)? receiv(?:ed|ing) this (?:email|e-mail|message"
        r"|newsletter|alert)\b[^!?]{0,150}",
    ),
    (
        "share",
        frozenset({"fwd", "fw"}),
        # A forwarded e-mail's subject: "Fwd: Five things to know about …"
        r"fwd?\s*:\s*\S.{0,150}",
    ),
    (
        "byline",
        lambda t: t[0].isdigit(),
        # A channel's subscribers alone: "18,204 subscribers"
        r"\d[\d,.]*[km]? (?:subscribers|followers|members)",
    ),
    (
        "source",
        frozenset({"auto-posted", "auto-shared"}),
        # "*Auto-posted from The Weekly Ledger. Reply in a thread to discuss.*"
        r"auto-(?:posted|shared) from [^.!?]{1,60}[.!]?(?: [^.!?]{1,80}[.!]?)?",
    ),
    (
        "share",
        frozenset({"+"}),  # (the sign is a word of its own)
        _FOLDED,
    ),
    (
        "share",
        lambda t: t[0].isdigit(),
        # "2 more notifications from Harbour Daily"; a post's counters run
        # together: "214 Reposts 58 Quotes 1,097 Likes"
        rf"{_FOLDED}|(?:\d[\d,.]*[km]? (?:reposts?|quotes?|likes?|bookmarks?"
        r"|replies|views|comments?|shares?)\s*){2,6}",
    ),
    (
        "share",
        frozenset({"post", "license", "licence", "reprints", "add", "type", "posted"}),
        # A page's and an app's last controls: "Post your reply", "License
        # this article", "Reprints and permissions"
        r"post your (?:reply|comment)|add a (?:comment|reply)(?:…|\.\.\.)?"
        # "Type a message", "Posted in Safety to Elmfield and 11 nearby
        # neighbourhoods"
        r"|type a (?:message|comment|reply)(?:…|\.\.\.)?"
        r"|posted in [\w &]{1,30} to [^.!?]{1,80}"
        r"|licen[cs]e this (?:article|story|content|photo|image)"
        r"|reprints? (?:and|&) permissions",
    ),
    (
        "date",
        frozenset({"today", "yesterday", "updated"}),
        # A notification centre's day labels and an app's clock: "Today",
        # "Yesterday", "Updated just now" (not a forecast's "TODAY")
        r"(?-i:Today|Yesterday)|updated (?:just )?now",
    ),
    (
        "notice",
        frozenset({"mod", "moderator", "admin", "moderators", "mods"}),
        # A forum's own note: "Mod note: questions were collected over the
        # past week and put to the councillor on Thursday."
        r"(?:mods?|moderators?|admin)(?:['’]s)? note\s*:\s*.{1,300}",
    ),
    (
        "share",
        frozenset({"show", "notification", "notifications", "replying", "most", "hide"})
        | {"manage"},
        # A thread's and an app's controls: "Show 6 older notifications",
        # "Show more replies", "Notification settings", "Replying to @jen_aske",
        # "Most relevant replies"
        r"(?:show|hide) (?:all )?replies"
        r"|show (?:\d{1,4} )?(?:more|older|newer|earlier|all|previous|hidden)"
        r" (?:replies|comments|notifications|posts|messages|updates|answers)"
        r"|(?:notification|alert) settings|manage (?:notifications|alerts)"
        r"|replying to @[\w.]{2,40}(?:(?:,| and) @[\w.]{2,40}){0,4}"
        r"|most relevant (?:replies|comments)",
    ),
    (
        "tags",
        lambda t: t[0] == "#",
        # A post's hashtags alone: "#CalderMoor #Lowmoor #Harrowdale", "#prices
        # | #potatoes"
        r"#[\p{L}\d_]{2,40}(?:(?:\s+|\s*[|·,]\s*)#[\p{L}\d_]{2,40})+",
    ),
    (
        "byline",
        lambda t: t[0] == "@",
        # An account's handle alone, under its name: "@corranecho"
        r"@[\w.]{2,30}",
    ),
    (
        "source",
        frozenset({"forwarded"}),
        # A channel's post passed on from another: "↪ Forwarded from Coastline
        # Buses", a chat's "↪ Forwarded"
        r"forwarded(?: from (?-i:\p{Lu})[^.!?]{1,60})?",
    ),
    (
        "advert",
        frozenset({"get"}),
        # An app's offer of its alerts: "Get push alerts for Portneath news ·
        # Turn on", "Get the Morning Brief every weekday · Turn on notifications"
        r"get [^·]{3,60} · turn on(?: (?:notifications|alerts))?"
        # "🔔 Get alerts for Kestle Island news"
        r"|get (?:push )?(?:alerts|notifications) (?:for|about|on) [^.!?]{1,60}\.?"
        # "Get breaking news alerts. Turn on notifications in Settings."
        r"|get [\w ]{1,40} (?:alerts|notifications)\. turn on (?:notifications|alerts)"
        r"(?: in settings)?\.?",
    ),
    (
        "share",
        lambda t: t[0] == "[",
        # An app's buttons in brackets: "[Share] [Save] [🎧 Listen]"
        r"(?:\[\s*(?:\S\s)?(?:share|save|saved|listen|print|email|copy link|bookmark"
        r"|follow|gift)\s*\]\s*){2,6}",
    ),
)
_MAX_AGE = 8  # characters of a post's age alone: "45 mins"
MAX_REACTIONS = 24
"""Characters, at most, of a line of reactions and their counts (``👍 12 😂 3``)."""
_MAX_SLIDE = 5  # characters of a slide's number: "12/14"
