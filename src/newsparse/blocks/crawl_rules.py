"""Block parse: what a page says of its own parts, and what a crawler keeps.

A page labels its own parts (``Top five shown``, ``Enter your postcode in
the box above``, ``Full table at …``), notes how its story came (translated,
supplied and published unedited, reposted from another outlet), asks its
readers for things and walls them off (``You have 1 free article remaining
this month``, ``WEBINAR | …``); a crawler that drops a page's separators
leaves its menu and buttons run together (``Advertisement Scroll to continue
reading``); a chamber's and a court's pages carry their record (``Asked by
…``, ``Judges: …``, ``On appeal from: …``). Each rule a kind of
:data:`~.furniture.KINDS`, a gate and a whole-line pattern, as
:mod:`.page_rules` explains. The gates that test a line's end are admitted
by :func:`.site_rules.site_test`.
"""

from __future__ import annotations

from .notes import Gate

__all__ = ["CRAWL_RULES"]


CRAWL_RULES: tuple[tuple[str, Gate, str], ...] = (
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
        | {"event", "session", "updates", "refreshes", "refreshed", "auto-updating"},
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
        # "Refreshes every 5 minutes", "Auto-updating summary · Updates every
        # 10 mins": a live page's clock
        r"|(?:updated|updates|refreshe[sd]) (?:every|each) \d{1,3} ?(?:seconds?|secs?"
        r"|minutes?|mins?|hours?)\.?"
        r"|auto-updating (?:summary|page|feed|coverage|live page|blog)\.?"
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
