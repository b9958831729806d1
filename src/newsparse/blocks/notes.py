"""Block parse: notes that read as sentences but are page furniture.

Market reports and data pages close with notes on their figures (``All
prices in US dollars per tonne unless otherwise stated.``, ``Figures may not
add up due to rounding.``), guides and blogs with disclaimers, series notes
and prompts for feedback. Each rule here is a whole-line pattern with the
gate :mod:`.furniture` tries it behind: a set of first words (lower case,
trailing ``:.,`` dropped) or a cheap test on the line. Every pattern names
the subject of the note and what is said of it, so a sentence of the story
that merely starts the same way (``Prices in Lagos rose 20%.``) stays
content.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["NOTE_RULES", "NOT_SAID", "Gate", "note_test", "transcript_note_gate"]

_UNITS = (
    r"(?:(?:us |u\.s\. |canadian |australian |hong kong |singapore )?dollars"
    r"|euros?|pounds(?: sterling)?|sterling|yen|yuan|renminbi|rupees|naira|rand"
    r"|pesos|reais|francs|won|local currency|nominal terms|real terms"
    r"|current prices|constant (?:\d{4} )?prices|(?:[a-z]{3})"
    r"|(?:millions|billions|thousands) of [a-z]+|percent|per ?cent|%"
    r"|(?:us|a|c|nz|hk|s)?\$|€|£|¥)"
    r"(?:\s?(?:m|mn|bn|millions?|billions?|thousands?))?"
    r"(?:\s?/\s?(?:t|tonne|ton|bbl|barrel|oz|mwh|kg|lb|share))?"
    r"(?: per (?:tonne|ton|metric ton|barrel|ounce|troy ounce|bushel|pound|kg"
    r"|kilogram|litre|liter|gallon|mwh|megawatt hour|therm|mmbtu|share|unit))?"
)
# Not what someone said of it: "…, the chair said on Monday." (a lookahead
# that opens a pattern)
NOT_SAID = r"(?![^!?]*\b(?:said|says|told|added)\b)"
_UNLESS = r"(?:,? unless (?:otherwise )?(?:stated|noted|indicated|specified|shown))?"
_SUBJECT = (
    r"(?:prices|figures|values|rates|quotes|amounts|numbers|data|market data"
    r"|volumes)"
)
_ZONES = (
    r"(?:gmt|utc|bst|cet|cest|eet|est|edt|cst|cdt|pst|pdt|et|pt|ist|jst|sgt|hkt"
    r"|aest|wat|eat|cat|local(?: time)?|(?:london|new york|tokyo|lagos|paris|uk"
    r"|us eastern|eastern|central european)(?: time)?)"
)
# What a publication calls one of its pieces: "article", "fact check", "episode".
_PIECE = (
    r"(?:article|story|piece|post|report|fact[- ]check|feature|interview|episode"
    r"|podcast|investigation|explainer|analysis|guide|newsletter|content"
    r"|coverage|series|column|review|briefing)"
)
# More sentences of the same note: "… Ledger Travel is not responsible for …".
DISCLAIMER_LABEL = (
    r"(?:(?:cautionary (?:note|statement)s? (?:regarding|on|about) )?forward[- ]looking"
    r" (?:statements?|information)|cautionary (?:note|statement)s?|safe harbou?r"
    r" (?:statements?|notice)|disclaimers?|legal notice"
    r"|important (?:information|notice|disclosures?))\s*:?"
)
# Artificial intelligence as a text's maker, not as a field ("AI researchers").
_AI = (
    r"(?:generative ai|ai|artificial intelligence)"
    r"(?![\w-]* (?:researchers|experts|scientists|companies|firms|labs?)\b)"
)
_MORE = r"(?:\s+(?:[^.!?]|\.(?=\w)){1,200}[.!]){0,2}"  # "… at ldrs.example."
# The end of a note's sentence, then perhaps more sentences (the full stop may
# be missing when it is the last).
_END = rf"(?:[.!]{_MORE})?"
# A date a price was checked on: "25 November 2026", "November 25, 2026", "2026".
_ON_DATE = (
    r"(?:\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}\.?(?: \d{4})?|[a-z]{3,9}\.? \d{1,2}"
    r"(?:st|nd|rd|th)?,?(?: \d{4})?|\d{1,2}/\d{1,2}/\d{2,4}|\d{4})"
)
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
# What may become of a price: ", and subject to availability", "and may change".
_PRICE_CHANGE = (
    r",? (?:and|but) (?:(?:are|is|remain) )?(?:subject to (?:change|availability)"
    r"|(?:may|might|can|could|are likely to) (?:change|vary|go up|rise|fall))"
)
# The substrings the tested notes below need, so most lines skip them.
_NOTE_MARKS = (
    " not responsible for ",
    " not liable for ",
    " no responsibility ",
    " no liability ",
    " as a public service",
    " as a free service",
    "egistered charity",
    " for this review",
    " for our review",
    " for review purposes",
    " purposes of this review",
    " on loan ",
)


def note_test(text: str) -> bool:
    """Whether a line holds what one of the tested notes needs (a cheap test).

    Every mark holds one of five fragments; most lines hold none of them.
    """
    if not (
        " no" in text
        or " as a " in text
        or "charity" in text
        or "review" in text
        or " on loan" in text
    ):
        return False
    for mark in _NOTE_MARKS:  # noqa: SIM110 - a loop is quicker than any() here
        if mark in text:
            return True
    return False


def transcript_note_gate(text: str) -> bool:
    """Whether a line may be a transcript's note on itself (a cheap test)."""
    return "ranscript" in text[:40] and " may " in text


_FEEDBACK_END = r"\b(?:comments?|e-?mail|@|in touch|feedback|form)\b.{0,80}"

Gate = frozenset[str] | Callable[[str], bool]
"""What a rule is tried behind: a set of first words, or a test on the line."""
NOTE_RULES: tuple[tuple[str, Gate, str], ...] = (
    # A wire's conversion note: "($1 = 11.07 Norwegian crowns)", "(£1 = $1.27)".
    (
        "notice",
        lambda t: t[0] == "(" and " = " in t[:12],
        r"\(\s*(?:[$£€¥]|us\$|a\$|c\$)?1 = [$£€¥]?[\d.,]+(?: [\p{L}-]+){0,3}\s*\)",
    ),
    # A schedule's note: "All times GMT. Items and times are subject to change."
    (
        "source",
        frozenset({"all"}),
        r"all times (?:are )?(?:shown in |in )?(?:gmt|utc|local(?: time)?|cet|cest|bst"
        r"|et|pt|est|edt|eat|wat|ist|sast|aest|jst)(?:[.,;] [^!?]{0,150}|\.)?",
    ),
    # Where listings come from: "Listings are supplied by the broadcasters and
    # may change at short notice."
    (
        "notice",
        frozenset({"listings", "times", "schedules", "programmes", "details"})
        | {"timings", "information", "figures", "results", "data", "statistics"},
        # "Figures supplied by network operators at 21:00.", "Results are
        # supplied by club secretaries and are subject to confirmation."
        r"(?:listings|times|schedules|programmes|details|timings|information"
        r"|figures|results|data|statistics)(?: (?:are|is))? (?:supplied|provided"
        r"|compiled)"
        # (not what they show: "Figures provided by the ministry show a rise")
        r" by (?![^.!?]*\b(?:show|shows|showed|suggest|suggests|reveal|reveals"
        r"|indicate|indicates|point|points)\b)[^.!?]{1,60}"
        r"(?: and (?:may|are subject to|can) [^.!?]{1,60})?\.?",
    ),
    # A data page's and a trade paper's small print.
    (
        "notice",
        frozenset({"methodology", "analyst", "subscriber", "data"}),
        # "Methodology: estimates of turnout by age are based on …", "Analyst
        # certification: The views expressed …", "Subscriber edition. Sharing
        # this article outside your organisation breaches our terms", "Data
        # from official results;
        # figures may not add up because of rounding."
        r"methodology\s*:\s*\S.{0,300}|analyst certification\s*:\s*\S.{0,300}"
        r"|subscriber (?:edition|copy|content)\b[.:]?(?:\s+[^!?]{1,200})?"
        r"|data (?:from|based on) [^.!?;]{1,60}[;,.] (?:figures|totals|numbers) may not"
        r" (?:add up|sum)\b[^!?]{0,80}",
    ),
    # What a feed, a transcript or a generated page says of itself.
    (
        "notice",
        lambda t: t[:3] == "---",
        # A forwarded e-mail's marker, over its headers
        r"-{3,}\s*(?:forwarded|original) message\s*-{3,}",
    ),
    (
        "notice",
        frozenset({"caveat", "keep", "important", "note", "i", "model", "cue"})
        | {"running"}
        | {"conversation", "shared", "chat"},
        # An assistant's caveats: "Caveat: positions can shift quickly …",
        # "Keep in mind: this summary covers polls up to 22 October …",
        # "Important: I do not have access to live results."; its export's
        # header: "Conversation export — Atlas Assistant", "Model: atlas-large
        # (knowledge cut-off: June 2025)"
        r"caveat\s*:\s*\S.{0,300}"
        # a radio script's cues: "CUE IN: "We are …" OUT: "…" DUR: 0'18"",
        # "Running time 3'55""
        r"|cue in\s*:.{1,200}|running time\s*:?\s*\d{1,2}['’:.]\d\d[\"”]?"
        r"|keep in mind\s*:\s*this (?:summary|answer|overview|briefing|table|list)"
        r"\b.{0,250}"
        r"|(?:(?:important|note)\s*:\s*)?i (?:do not|don['’]t|cannot|can['’]t)"
        r" (?:have )?(?:access to )?(?:live|real-time|current|up-to-date)\b.{0,300}"
        r"|model\s*:\s*.{1,60}\bknowledge cut-?off\b.{0,40}"
        r"|(?:conversation|chat) export\b.{0,60}|shared (?:conversation|chat)\b.{0,60}",
    ),
    (
        "notice",
        frozenset({"here", "here's", "here’s", "i hope"}),
        # An assistant's words on its answer: "Here is the briefing you asked
        # for, …"; and its close: "I hope this helps! Let me know …" (not its
        # opening, "Sure! Here's a clear explainer on …": most readers keep it
        # with the answer it opens)
        r"here(?:'s|’s| is| are) (?:the|a|an|your) [^.!?]{1,80}\b(?:you asked for"
        r"|you requested|as requested)\b.{0,250}"
        r"|i hope (?:this|that) helps[!.]?(?:\s+.{1,250})?",
    ),
    (
        "notice",
        frozenset({"this", "translations", "translation", "quotations", "quotes"})
        | {"forecast", "forecasts", "page", "content", "the post", "summary"}
        | {"the following", "in case"},
        r"this (?:transcript|translation|interview) (?:was|has been|is) .{1,200}"
        # How a story reached the page: "This article was translated from
        # Dutch by the newsroom. In case of doubt, the Dutch version prevails.",
        # "This story has not been edited by Post staff and is published from a
        # syndicated feed.", "The following statement was supplied by the
        # council and is published unedited."
        r"|this (?:article|story|report|text|page|piece) (?:was|has been|is)"
        r" (?:machine[- ])?translated from \p{L}+\b[^!?]{0,200}"
        r"|in case of (?:doubt|discrepancy|dispute|conflict), the \p{L}+"
        r" (?:version|text|original) (?:prevails|shall prevail|is authoritative)\.?"
        r"|this (?:article|story|report|text|item|piece) has not been edited by"
        r" [^.!?]{1,60}(?: and (?:is|was|has been) [^.!?]{1,80})?\.?"
        r"|the following (?:statement|text|article|release|content|piece|letter)"
        r" (?:was|has been|is) (?:supplied|provided|submitted|issued|sent) by"
        r" [^.!?]{1,80}(?: and (?:is|has been) (?:published|reproduced|printed)"
        r" (?:unedited|in full|as received|without (?:changes|editing)))?\.?"
        r"|(?:translations?|quotations|quotes) (?:are|is|have been|were) (?:our own"
        r"|by [^.!?]{1,60}|condensed|edited|shortened|translated)\b.{0,200}"
        r"|(?:this )?(?:forecast|forecasts|page|content|data|summary|digest|report"
        r"|article|briefing) (?:is |are |was |has been )?"
        r"(?:generated|updated|produced|compiled) automatically\b.{0,200}"
        # A blog feed's footer: "The post <title> appeared first on <site>."
        r"|the post .{1,200} appeared first on .{1,100}",
    ),
    # How a text was made: "Drafted with AI assistance; reviewed by …",
    # "Some content on this page was generated with AI tools …", "This recap
    # was generated automatically from league data.", "AI summary of agency
    # reports", "Compiled automatically from wire reports"; a writing tool's
    # own lines.
    (
        "notice",
        frozenset({"drafted", "written", "generated", "produced", "created"})
        | {"prepared", "compiled", "some", "parts", "this", "word", "regenerate"}
        | {"ai", "ai-generated", "live"},
        r"(?:(?:this|some|parts of (?:this|the)) [\w -]{0,40}? (?:was|were|is|are"
        r"|has been|have been) )?(?:drafted|written|generated|produced|created"
        r"|prepared|compiled) (?:with|using|by|through)(?: the (?:help|assistance"
        rf"|support|aid) of)? (?:an? )?{_AI}\b.{{0,300}}"
        r"|this (?:[\w-]+ )?(?:summary|briefing|recap|digest|article|explainer|report"
        r"|story|page|text|content|overview|roundup|round-up|update|post|piece"
        r"|newsletter|guide|wrap|preview|review|bulletin|timeline) (?:was|is|has been)"
        r" (?:\w+ )?(?:generated|produced|drafted|written|compiled|created|prepared"
        rf"|assembled|summari[sz]ed)\b[^.!?]{{0,60}}?\b(?:{_AI}|automat\w*"
        r"|(?:large )?language models?|news assistant)\b.{0,300}"
        r"|(?:live (?:coverage |blog )?summary )?(?:compiled|generated|produced)"
        r" automatically(?:\.|,? (?:from|by|using|with|for|at|on|\d)\b.{0,120})?"
        r"|(?:an? )?ai(?:-generated)? summary(?: of .{1,80})?"
        r"|word count\s*:\s*\d[\d,]*(?:\s*[|·]\s*[^|·]{1,40}){0,3}"
        r"|regenerate(?:\s*[·|•]\s*(?:copy|export(?: to \w+)?|share|edit|retry))+",
    ),
    # A chat product's and a generated page's small print: "Answers may
    # contain errors. Check important information.", "Shared on 21 January
    # 2025. Responses are generated and may contain errors.", "AI-generated
    # summary – not reviewed by a journalist", "Curated by Halcyon, our AI
    # news assistant, and checked by …", "Table could not be generated: …",
    # "This FAQ was generated from … using an automated content tool."
    (
        "notice",
        frozenset({"answers", "responses", "replies", "summaries", "shared"})
        | {"ai-generated", "curated", "table", "the table", "this"},
        r"(?:shared on [^.!?]{3,40}\. )?(?:answers|responses|replies|summaries)"
        r" (?:are (?:ai-|automatically )?generated and )?(?:may|can|might)"
        r" (?:contain|include|have|make) (?:errors|mistakes|inaccuracies)"
        r"(?:[.!](?:\s.{1,200})?)?"
        r"|ai-generated summary\s*[–—-]\s*[^.!?]{1,80}\.?"
        rf"|curated by [^.!?,]{{1,60}}, (?:our|an|the) (?:{_AI}|automated)\b.{{0,150}}"
        r"|(?:the )?table could not be (?:generated|created|built|rendered|produced)"
        r"\b.{0,200}"
        r"|this (?:faq|q&a|comparison|answer|transcript|list|table|timeline)"
        r" (?:was|is|has been) (?:\w+ )?(?:generated|produced|compiled|created)\b"
        rf"[^.!?]{{0,80}}\b(?:{_AI}|automat\w*|software|(?:large )?language models?"
        r"|assistant|tool)\b.{0,200}",
    ),
    # A transcript's own: "Transcripts are provided by an external supplier
    # and may not be fully accurate.", "Scribewell transcripts are
    # machine-generated and may contain errors."
    (
        "notice",
        transcript_note_gate,
        r"(?:[\p{L}-]+ )?transcripts? (?:are|is) [^.!?]{1,60}? and (?:may|might|can)"
        r" (?:contain (?:errors|mistakes|inaccuracies)|not be (?:fully |entirely )?"
        r"(?:accurate|verbatim))(?:[.!](?:\s.{1,200})?)?",
    ),
    # A writer's holdings: "The author does not hold shares in any of the
    # companies mentioned."
    (
        "notice",
        frozenset({"the"}),
        r"the (?:author|writer|columnist)s? (?:does|do|did) not (?:hold|own|have)"
        r" (?:any )?(?:shares|a position|positions|investments?)\b.{0,200}",
    ),
    # A summary an assistant wrote, and its offer to go on: "This summary
    # was produced by an AI assistant …", "Would you like me to …?"
    (
        "notice",
        frozenset({"this", "would", "let", "if", "want", "i can", "shall", "summary"})
        | {"need", "here", "here's", "here’s"}
        | {"prepared", "generated", "created", "produced", "digest", "comparison"}
        | {"table", "chart", "map", "analysis"},
        r"this (?:summary|article|text|content|answer|response|overview|page)"
        r" (?:was|has been|is) (?:produced|generated|written|created|drafted|prepared)"
        r" (?:by|with|using) (?:an? )?(?:ai|artificial intelligence|generative|large"
        r" language|language model)\b.{0,300}"
        # "This briefing was generated from public statements and may contain
        # errors."
        r"|this (?:summary|briefing|article|report|text|content|overview|page"
        r"|digest) (?:was|has been|is) (?:automatically )?(?:generated|compiled"
        r"|produced|written) (?:from|by|with|using) [^.!?]{1,100} and may contain"
        r" (?:errors|mistakes|inaccuracies)(?:[.!](?:\s.{1,300})?)?"
        # (not "Would you like me to compare …?", which most readers keep as
        # the answer's last paragraph)
        r"|let me know if you(?:'d| would)? like"
        r" .{1,200}|if you(?:'d| would) like,? i can .{1,200}"
        # "Would you like a version of this summary in bullet points?", "Want
        # me to turn this into a post …?", "I can also draft an explainer …"
        # (its question mark may be wrapped onto the next line)
        r"|would you like (?:a|an|this|the|more|another) [^?]{1,200}\??"
        r"|(?:want|shall) (?:me to|i) [^?]{1,200}\?"
        r"|i can (?:also )?(?:draft|write|prepare|produce|create|add|expand|turn"
        r"|summari[sz]e|make|put together|break|condense|shorten|rewrite|reformat"
        r"|adapt|simplify)\b.{1,200}"
        # "Need a version for a newsletter? I can condense this into …"
        r"|(?:need|want) (?:a|an|this) [^?]{1,100}\?\s*i can\b.{1,200}"
        # "Here is a short summary of the meeting, written in a neutral style."
        r"|here(?:'s|’s| is) (?:a|an|the|your) [^.!?]{1,80}\b(?:summary|overview|draft"
        r"|version|briefing|rundown|recap|explainer|breakdown)\b"
        r"(?=[^.!?]*\b(?:written in|as (?:you )?requested|you asked for|neutral"
        r"|for your)\b)[^!?]{0,150}"
        # "Prepared with DigestPro.", "Summary generated from official statements."
        r"|(?:(?:summary|digest|comparison|table|chart|map|analysis) |this summary )?"
        r"(?:prepared|generated|created|produced)"
        r" (?:with|by|using|from) [^.!?,;]{1,80}[.!]?(?:\s+check\b.{0,160})?"
        # "Comparison generated with our policy tool and checked by the desk.
        # Last updated 2 February 2026."
        r"(?:\s+(?:last )?updated\b[^.!?]{1,40}[.!]?)?",
    ),
    # Notes on the figures of a market report or a data page.
    (
        "source",
        frozenset({"all", "prices", "figures", "values", "rates", "quotes", "these"})
        | {"indicative"}
        | {"amounts", "numbers", "data", "volumes", "market"},
        rf"(?:all )?{_SUBJECT} (?:are |is )?(?:(?:quoted|expressed|shown|given"
        rf"|stated|reported) )?in {_UNITS}{_UNLESS}\.?"
        # (or after what they are: "Prices are averages compiled from
        # auction returns and are indicative only.")
        rf"|(?:all )?{_SUBJECT} (?:are|is) (?:[^.!?]{{1,80}}? and (?:are|is) )?"
        r"(?:indicative|provisional|preliminary"
        r"|estimates|unaudited|approximate)(?: only)?(?:,? (?:and )?(?:(?:are |is )?"
        r"subject to (?:change|revision)|(?:are |is )?for (?:information|reference"
        r"|guidance) (?:purposes )?only|may (?:be revised|change)"
        r"|(?:were|are|was|is) (?:collected|taken|recorded|compiled|fixed)"
        r" (?:at|on|as of) [^.!?]{1,60}"
        # "… and should not be used as the sole basis for trading decisions."
        r"|(?:and )?should not be (?:used|relied on)\b[^.!?]{1,80}))?\.?"
        # "Indicative mid-market rates at 16:00 UK time, Monday 9 June 2025"
        rf"|indicative (?:mid-market )?{_SUBJECT} (?:at|as at|as of) [^.!?]{{1,60}}\.?"
        # "Prices at 09:00 UTC, 3 July 2025. Source: Ledgerline Data."
        rf"|(?:all )?{_SUBJECT} (?:at|as at|as of) [^.!?]{{1,60}}\."
        r"(?:\s+sources?\s*:\s*[^!?]{1,100})"
        rf"|(?:all )?{_SUBJECT} (?:are |is |may be |can be )?delayed (?:by )?"
        r"(?:at least |a minimum of |up to )?\d{1,3} ?(?:min(?:ute)?s?|hours?)\.?"
        # and the warranty after it: "… SCP does not guarantee their accuracy."
        r"(?:\s+[^!?]{1,100}\b(?:guarantee|warrant|liable|responsib)[^!?]{0,80}"
        r"|\s+sources?\s*:\s*[^!?]{1,100})?"
        # "Figures are illustrative and assume …", "These figures are rough
        # illustrations; quotes vary by region."
        rf"|(?![^!?]*\b(?:said|says)\b)(?:these |the |all )?{_SUBJECT} (?:are|is)"
        r" (?:rough |purely |only )?(?:illustrative(?! of)|illustrations?"
        r"|for illustration(?: only)?)\b[^!?]{0,160}"
        rf"|{_SUBJECT} in (?:brackets|parentheses) (?:are|show|denote|indicate|give"
        r"|represent)\b[^.!?]{1,80}\.?",
    ),
    (
        "source",
        frozenset({"figures", "totals", "numbers", "percentages", "columns", "rows"})
        | {"components", "sums", "shares"},
        r"(?:figures|totals|numbers|percentages|columns|rows|components"
        r"|sums|shares) (?:may|might|do) not (?:add up|sum|total)\b[^.!?]{0,40}"
        r"\b(?:due to|because of|owing to) rounding\.?",
    ),
    (
        "source",
        frozenset({"changes", "change", "percentage", "percent", "%", "net"}),
        # "Changes are against the previous close."
        r"(?:(?:percentage|percent|%|net) )?changes? (?:are )?(?:against|from|vs\.?"
        r"|versus|on|compared with) (?:the )?(?:previous|prior|last) (?:close"
        r"|session|settlement|day|week|month|year)\.?",
    ),
    (
        "source",
        frozenset({"all"}),
        rf"all times (?:are |shown |given |quoted )?(?:in )?{_ZONES}\.?",
    ),
    # Disclaimers of reports, guides and data pages.
    (
        "notice",
        frozenset({"this", "for", "not", "information", "provided", "nothing"})
        | {"authorised", "authorized", "regulated", "content", "licensed", "text"}
        | {"the information"},
        r"(?:this (?:report|article|material|document|newsletter|page|summary"
        r"|commentary|publication|content|guide|information|analysis) (?:is )?"
        r"(?:provided )?)?(?:provided )?for (?:general )?information(?:al)?"
        r" (?:purposes )?only\b.{0,300}"
        # "This bulletin is issued for public information. For the latest …"
        r"|this (?:bulletin|warning|forecast|notice|report|page|summary) (?:is )?"
        r"(?:issued|provided|published) for (?:general |public )?information\b"
        r"(?: (?:purposes )?only)?[.;,].{0,300}"
        r"|this (?:\w+ ){0,4}(?:does not|do not|doesn['’]t) constitute"
        r" (?:an? )?(?:investment|financial|legal|tax|medical|professional)"
        r" advice\b.{0,200}"
        r"|nothing (?:in|on) this \w+ (?:constitutes|is intended as|should be"
        r" (?:construed|taken) as)\b.{0,200}"
        r"|(?:the )?information (?:(?:contained|provided|presented) )?(?:in|on|within)"
        r" this \w+ (?:is|does not|should not)\b[^.,]{0,200}\b(?:advice|general"
        r" in nature|informational|not intended|substitute|without notice"
        r"|no (?:liability|responsibility|warranty))\b.{0,300}"
        r"|not for (?:re)?(?:distribution|publication|broadcast)\b[^.!?,]{0,60}\.?"
        # a firm's regulator: "Authorised and regulated by the Financial …"
        r"|(?:authori[sz]ed and )?regulated by the (?-i:\p{Lu})[^.!?]{2,60}\.?"
        r"(?:\s+[^!?]{1,200})?"
        # a licence: "Content licensed under CC BY 4.0. …"
        r"|(?:(?:this )?(?:content|text|work|article|page|data) (?:is )?)?"
        r"licensed under (?:a |the )?(?:cc|creative commons|open government)\b"
        r"[^!?]{0,250}"
        # a deal's legend: "NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION, IN
        # WHOLE OR IN PART, IN, INTO OR FROM ANY JURISDICTION WHERE …"
        r"|not for (?:release|publication|distribution),? (?:or )?(?:publication"
        r"|distribution|release)\b[^.!?]{0,300}\.?",
    ),
    (
        "notice",
        frozenset({"terms", "t&cs", "t&c", "eligibility", "restrictions"})
        | {"conditions", "exclusions"},
        r"(?:terms (?:and|&) conditions|terms|t ?& ?cs?|eligibility (?:criteria|rules)"
        r"|restrictions|conditions|exclusions) (?:may )?apply\.?"
        # "Terms apply. Offer subject to availability and not valid on …"
        r"(?:\s+[^!?]{0,80}\bsubject to (?:availability|change)\b[^!?]{0,100})?",
    ),
    (
        "notice",
        frozenset({"information", "details", "all", "prices", "rates", "figures"})
        | {"data", "fees", "correct", "accurate"},
        r"(?:(?:all )?(?:information|details|prices|rates|figures|data|fees)"
        r"(?: and (?:information|details|prices|rates|figures|data|fees))?"
        r" (?:is |are |was |were )?)?(?:correct|accurate|valid|current)"
        r" (?:at|as (?:of|at)) (?:the )?(?:time of (?:writing|publication|publishing"
        # (perhaps a time first: "Rates correct at 09:00 on 22 November and
        # subject to change. Your home may be repossessed if …")
        r"|going to press)|(?:\d{1,2}[:.]\d\d(?: ?[ap]m)? on )?(?:\d{1,2} )?"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
        r"|nov|dec)[a-z]*\.?(?: \d{1,2},?)?(?: \d{4})?|\d{4})"
        r"(?: and subject to change)?\.?"
        r"(?:\s+your home may be repossessed\b[^!?]{0,200})?",
    ),
    (
        "notice",
        frozenset({"all", "prices", "rates", "fees", "offers", "availability"})
        | {"terms", "figures", "data", "deals"},
        r"(?:all )?(?:prices|rates|fees|offers|availability|terms|figures|data"
        r"|deals)(?: and (?:availability|prices|rates|fees|terms|conditions|offers))?"
        r" (?:are |is |may be )?subject to (?:change|revision)\b[^.!?]{0,60}\.?",
    ),
    (
        "notice",
        frozenset({"medical", "legal", "financial", "tax", "investment", "general"})
        | {"important", "note", "notes"},
        r"(?:medical|legal|financial|tax|investment|general|important) disclaimer"
        r"\s*:?.{0,400}|notes?\s*:\s*\S.{0,300}",
    ),
    (
        "notice",
        frozenset({"remarks", "speech", "text", "transcript", "issued", "as"}),
        r"(?:(?:remarks|speech|text) )?as (?:prepared|written) for delivery\.?"
        r"|transcript of (?:the |a |an )?(?:press conference|news conference"
        r"|interview|remarks|speech|doorstop|media conference|briefing|statement)"
        r"\b[^.!?]{0,80}"
        r"|issued by (?:the )?(?-i:\p{Lu})[^.!?]{1,80}\.?",
    ),
    # What a data page says about its series.
    (
        "source",
        frozenset({"frequency", "unit", "units", "base", "seasonal", "geography"})
        | {"reference", "coverage", "journal", "published"},
        r"(?:frequency|units?(?: of measure)?|base (?:year|period)|seasonal"
        r" adjustment|geography|reference area|coverage)\s*:\s*[^.!?]{1,80}\.?"
        r"|(?:journal|published in)\s*:\s*\S.{0,200}",
    ),
    # Affiliate links and the series an article belongs to.
    (
        "notice",
        frozenset({"some", "links", "as", "this", "we", "our"}),
        r"(?:some |the |our )?links (?:in|on) (?:this|our) (?:article|page|post"
        r"|story|guide|site|website) (?:are|may be) affiliate links\b.{0,200}"
        r"|as an? (?:amazon )?(?:associate|affiliate)(?: partner| member)?,?"
        r" (?:we|i|this (?:site|website|publication))\b.{0,200}"
        r"|(?:this (?:article|story|piece|post|report|guide|essay|interview|is)\s"
        r"(?:is\s)?)?(?:(?:the )?(?:first|second|third|fourth|fifth|sixth|final"
        r"|last|latest|next) (?:part|instal?lment|article|story|piece|guide)"
        r"|part (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|part)"
        r" (?:[\w-]+ )?(?:of|in) (?:a|an|our|the|this) (?:[\w’'-]+ ){0,4}series"
        r"(?! of)\b[^.!?]{0,120}[.!]?"
        # "This fact check is part of our verification programme. Read our …"
        rf"|this {_PIECE} (?:is|forms) (?:part|one) of (?:a|an|our|the)"
        r" (?:[\w’'-]+ ){0,4}(?:series|programme|program|project|initiative"
        r"|partnership|collaboration|investigation|coverage|guide|hub)(?! of)\b"
        r"[^.!?]{0,120}"
        r"[.!]?(?:\s+[^.!?]{1,160}[.!]?){0,2}"
        # "This article is part of Changing Tides, our series on coastal towns,
        # supported by the Harbour Trust."
        rf"|this {_PIECE} (?:is|forms) part of (?-i:\p{{Lu}})[^,.!?]{{1,50}},"
        r" (?:our|a|an|the) (?:[\w’'-]+ ){0,4}(?:series|programme|program|project)\b"
        r"[^.!?]{0,160}"
        r"[.!]?(?:\s+[^.!?]{1,160}[.!]?){0,2}",
    ),
    (
        "notice",
        frozenset({"part"}),
        r"part (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
        r" (?:of|in) (?:a|an|our|the|this) (?:[\w’'-]+ ){0,4}series(?! of)\b"
        r"[^.!?]{0,120}[.!]?",
    ),
    # Prompts for the reader's feedback.
    (
        "notice",
        frozenset({"let", "tell", "share", "what", "have", "send", "do", "got", "any"})
        | {"we'd", "we’d", "how", "did", "spotted", "found", "seen", "noticed"}
        | {"enjoyed", "liked", "loved", "were", "are", "has", "know", "still"},
        rf"(?:what do you think\?\s*)?(?:let us know|tell us)\b.{{0,80}}{_FEEDBACK_END}"
        r"|(?:what do you think|what are your thoughts)\?.{0,120}"
        # (not "Have your say on the town centre plan" over its text: a heading)
        r"|have your say(?:[.!:]?|\s+(?:in|below|here|by|via)\b.{0,100}"
        r"|\s+on\b.{0,100}[.!)]"
        r"|\s+on (?:facebook|twitter|x|instagram|our|this)\b.{0,100}"
        # "Have your say: reply to this e-mail or call the team on …"
        r"|:\s+(?:reply|e-?mail|write|call|contact|send|tell|comment|join)\b.{0,120})"
        rf"|share your (?:thoughts|views|experiences?|stories?|comments|memories"
        rf"|tributes|photos|pictures)\b.{{0,80}}"
        rf"{_FEEDBACK_END}"
        r"|send (?:us )?your (?:feedback|comments|questions|thoughts|views"
        rf"|stories)\b.{{0,80}}{_FEEDBACK_END}"
        r"|(?:do you have|have you got|got|have) (?:a |an |any )?(?:[\w-]+ )?"
        r"(?:questions?|story|stories|tips?|views?|comments?|events?|news|opinions?"
        r"|photos?|pictures?|ideas?|suggestions?|announcements?)\b.{0,100}"
        r"\b(?:e-?mail|contact|write to|get in touch|@|let us know|send|reply)\b"
        r".{0,100}"
        # "Got a gig coming up? Email …": a question, then where to send it.
        # "Got feedback? Just hit reply - we read everything."
        r"|(?:got|any) (?:feedback|thoughts|comments)\?\s*(?:just )?(?:hit |press )?"
        r"(?:reply|e-?mail|write|tell)\b.{0,100}"
        # ("Still have a question? Email … and we may add it to this page.")
        r"|(?:got|have you got|do you have|know (?:of|about)|still have)"
        r" (?:a|an|any) [^.!?]{1,50}\?\s*"
        r"(?:e-?mail|contact|write to|get in touch|send|tell us|call)\b.{0,120}"
        # "Have you been affected by the strike? Email news@… or call …"
        r"|(?:have|has|were|are|did) you\b[^.!?]{1,80}\?\s*(?:e-?mail|contact|call"
        r"|text|message|get in touch|tell us|send)\b[^?]{1,160}(?:@|\d[\d ]{5,}\d)"
        r"[^?]{0,80}"
        # "Spotted an error? Email …": a prompt to report a mistake.
        r"|(?:spotted|found|seen|noticed) (?:an?|any) (?:error|mistake|typo"
        r"|inaccuracy|problem)\b[^.!?]{0,40}\?.{0,200}"
        r"|we['’]d (?:love|like) to hear (?:from you|your (?:thoughts|views"
        r"|experiences?))(?:[.!](?:\s.{0,120})?|:.{0,100}|\s+(?:at|via|by|in|on"
        r"|if)\b.{0,100})?"
        r"|(?:how|did) (?:did )?you find this (?:article|guide|page)\?.{0,80}"
        # "Enjoyed this episode? Rate and review us on your podcast app."
        r"|(?:enjoyed|liked|loved) this (?:episode|podcast|show|article|story"
        r"|newsletter|piece)\?\s*.{0,200}"
        r"|did you find this (?:article|guide|page|information) (?:useful|helpful)"
        r"\?.{0,80}|how (?:useful|helpful) (?:was|is) this (?:article|guide|page"
        r"|information)\?.{0,80}",
    ),
    # What a letters page, a listings page or a court report says of itself.
    (
        "notice",
        frozenset({"letters", "comments", "submissions", "contributions", "entries"})
        | {"responses", "replies", "posts"},
        r"(?:letters|comments|submissions|contributions|entries|responses|replies"
        r"|posts)(?: (?:to|for) (?:the )?(?:editor|this (?:page|site|column)))?"
        r" (?:may|will|can) be (?:edited|shortened|moderated|cut|published)"
        r"(?: (?:and|or) (?:edited|shortened|moderated|cut|published))?\b"
        r"[^.!?]{0,80}[.!](?:\s.{1,200})?",  # "… Write to letters@example.com."
    ),
    (
        "notice",
        frozenset({"this"}),
        # "This page gives general advice only. If you are worried …", "This
        # summary is provided to help in understanding the Court's decision."
        rf"this (?:{_PIECE}|page|summary|leaflet|information|bulletin|forecast)"
        r" (?:gives|provides|offers|contains|is(?: issued| provided| published"
        r"| intended)?(?: for| as)?) (?:general |basic )?"
        r"(?:advice|information|guidance)(?: purposes)? only\b.{0,300}"
        rf"|this (?:{_PIECE}|page|summary) (?:is|has been) (?:provided|published"
        r"|intended|prepared)"
        r" (?:to help|for (?:general )?information (?:only|purposes)|as a guide"
        r"|to assist)\b.{0,300}",
    ),
    # The marks and fields of an office document: "OFFICIAL – SENSITIVE",
    # "INTERNAL – NOT FOR PUBLICATION", "Report of: Director of Place",
    # "Wards affected: …", "Status: For noting", "Licence reference: GDL/0417".
    (
        "notice",
        frozenset({"official", "internal", "confidential", "restricted", "not"})
        | {"protect", "secret"},
        r"(?-i:OFFICIAL|INTERNAL|CONFIDENTIAL|RESTRICTED|PROTECT|SECRET|NOT FOR"
        r" PUBLICATION)(?:\s*[-–—:]\s*(?-i:[A-Z][A-Z ]{2,40}))?",
    ),
    (
        "notice",
        frozenset({"report", "wards", "ward", "prepared", "status", "contact"})
        | {"background", "licence", "license", "our", "your", "ref", "agenda"}
        | {"rns", "classification", "to", "cc", "bcc", "re", "subject", "client"}
        | {"distribution"},
        r"(?:report of|wards? affected|prepared (?:for|by)|status|contact officer"
        r"|client|distribution"
        r"|background papers|licen[cs]e (?:ref(?:erence)?|number)|our ref(?:erence)?"
        r"|your ref(?:erence)?|ref(?:erence)? no|rns number|classification"
        r"|cc|bcc|re)\s*:\s*\S.{0,150}"
        r"|agenda item \d{1,3}[a-z]?"
        # An e-mail's or a memo's addressee: "To: All editorial staff".
        r"|to\s*:\s*(?-i:\p{Lu})[^.!?<]{0,80}(?:<[^<>\s]{3,80}>)?",
    ),
    (
        "notice",
        frozenset({"notice", "reporting", "your", "the value", "this faq"})
        | {"this guide", "this article", "this page", "this explainer"},
        # "NOTICE: This list is published for the convenience of court users
        # …", "Reporting restrictions: The judge has ordered …", "Your home
        # may be repossessed if …", "This FAQ is general guidance and not tax
        # advice."
        r"notice\s*:\s*this (?:list|page|notice|information|document)\b.{0,300}"
        r"|reporting restrictions?\s*:\s*\S.{0,400}"
        r"|your (?:home|property) may be repossessed\b.{0,200}"
        r"|the value of (?:your )?investments? (?:can|may) (?:fall|go down)\b.{0,200}"
        r"|this (?:faq|guide|article|page|explainer) is (?:general )?(?:guidance"
        r"|information) and not (?:tax|legal|financial|medical|investment) advice"
        r"\b.{0,200}",
    ),
    (
        "notice",
        frozenset({"these", "the minutes", "the route", "the names", "some", "names"})
        | {"all names", "route", "important"},
        # "These minutes are a summary and remain subject to approval …",
        # "Some names have been withheld at the request of …", "Route last
        # checked by the author in May.", "Important notice: these
        # particulars are a guide only …"
        r"(?:these|the) minutes (?:are|remain)\b[^.!?]{0,80}\b(?:subject to"
        r" approval|draft|unapproved|a summary)\b.{0,160}"
        r"|(?:some |the |all )?names? (?:has|have) been (?:withheld|changed)\b.{0,150}"
        r"|(?:the )?route (?:was )?(?:last )?(?:checked|walked|surveyed) (?:by|in|on)"
        r"\b.{0,200}"
        r"|important notice\s*:.{0,100}\b(?:guide only|do not (?:form|constitute)"
        r"|no liability|without prejudice)\b.{0,300}",
    ),
    (
        "notice",
        frozenset({"if"}),
        # "If your question is not answered here, email …": where to ask more.
        r"if (?:your question (?:is not|isn['’]t|was not|wasn['’]t) answered"
        r"|you (?:have|cannot find|can['’]t find|did not find|didn['’]t find)"
        r"(?: any| an| the)?(?: other| further| more)? (?:questions?|answers?"
        r"|information)(?: about [^,.!?]{1,40})?)(?: here| above| below| on this"
        r" page)?,?\s+(?:please\s+)?(?:e-?mail|call|contact|write|ring|phone)\b"
        r".{0,150}",
    ),
    (
        "notice",
        frozenset({"interview", "interviewed"}),
        # "Interview by Ana Ruiz, 17 October 2024. This transcript has been edited …"
        r"interview(?:ed)? by [^.!?]{2,80}[.]\s+(?:this|the) (?:transcript|interview"
        r"|conversation) (?:has been|was|is) (?:lightly )?(?:edited|condensed)\b"
        r".{0,100}",
    ),
    (
        "notice",
        frozenset({"forward-looking", "forward", "cautionary", "safe", "disclaimer"}),
        # A press release's label over its disclaimer: "Forward-Looking Statements".
        DISCLAIMER_LABEL,
    ),
    (
        "notice",
        frozenset({"email", "e-mail", "write", "send", "post"}),
        # "Email letters@example.com or write to The Editor, …": where
        # letters to the page go.
        r"(?:e-?mail|write|send|post)\b[^.!?]{0,60}"
        r"(?:\bletters?@|\b(?:to|at) the (?:letters )?editor\b)"
        r"[^!?]{0,300}",
    ),
    (
        "notice",
        frozenset({"all", "listings", "details", "times", "dates", "events"})
        | {"information", "prices", "schedules", "timetables", "fixtures"}
        | {"line-ups", "lineups", "programmes", "notices", "entries", "announcements"},
        # "Listings are checked before publication but may change. Please …"
        r"(?:all )?(?:listings|details|times|dates|events|information|prices"
        r"|schedules|timetables|fixtures)(?: and \w+)? (?:are|is|were|was)"
        r" (?:checked|believed to be correct|correct|accurate)\b[^.!?]{0,80}"
        r"\b(?:may|might|can|could) (?:change|alter|be changed)\b[^.!?]{0,40}[.!]?"
        r"(?:\s+please (?:confirm|check|call|contact|ring)\b[^.!?]{0,120}[.!]?)?"
        # "Listings may change at short notice. All times are UK time."
        r"|(?:all )?(?:listings|schedules|timetables|fixtures|line-?ups|programmes)"
        r" (?:are |is )?(?:may|might|can|could|are liable to|are subject to)"
        r" (?:change|alter|be changed)(?: at (?:short|any|little) notice| without"
        r" (?:prior )?(?:notice|warning))?[.!]"
        + _MORE
        # "All stage times are provisional and subject to change."
        + r"|(?:all )?(?:[\w-]+ )?(?:times|listings|line-?ups|schedules|dates"
        r"|programmes) (?:are|is) (?:provisional|subject to change)\b[^.!?]{0,60}[.!]"
        + _MORE
        # "Listings are supplied by organisers. Please check with venues …"
        + r"|(?:all )?(?:listings|details|notices|entries|events|announcements)"
        r" (?:are|is|were) (?:supplied|provided|submitted|compiled) by (?:the )?"
        r"(?:organisers|organizers|venues|promoters|readers|clubs|groups)"
        r"\b[^.!?]{0,60}[.!]" + _MORE,
    ),
    (
        "notice",
        frozenset({"notices", "listings", "announcements", "entries", "letters"}),
        # "Notices are printed free of charge at the editor's discretion …"
        r"(?:notices|listings|announcements|entries|letters) (?:are|is|will be)"
        r" (?:printed|published|included|listed|accepted) (?:free of charge|free"
        r"|at the editor['’]s discretion)\b[^.!?]{0,120}[.!]" + _MORE,
    ),
    (
        "notice",
        frozenset({"all", "defendants", "suspects", "those", "anyone", "accused"})
        | {"the accused", "the defendants", "everyone", "people"},
        r"(?:all |the )?(?:defendants|suspects|accused|(?:those|anyone|everyone"
        r"|people) (?:charged|accused|named|appearing)\b[^.!?]{0,30})"
        r" (?:are|is) (?:presumed|considered|deemed) innocent\b[^.!?]{0,80}[.!]?"
        r"(?:\s+[^.!?]{1,160}[.!]?){0,2}",
    ),
    (
        "notice",
        frozenset({"transcripts", "transcript", "captions", "subtitles"})
        | {"translations", "translation", "this transcript", "the transcript"}
        | {"the transcripts", "our transcripts", "the captions", "the subtitles"},
        # "Transcripts are generated automatically and may contain errors."
        r"(?:(?:this|the|our) )?(?:transcripts?|captions?|subtitles?|translations?)"
        r"(?: (?:of|for) (?:this|the|each) \w+)? (?:(?:is|are|was|were|has been"
        r"|have been) (?:(?:generated|produced|created|made|prepared|transcribed)"
        r" )?(?:automatically|by (?:machine|computer|software|ai|artificial"
        r" intelligence|speech recognition|an? automated \w+))|(?:is|are|was|were)"
        r" (?:machine|computer|ai|auto(?:matically)?)[- ]generated"
        r"|(?:may|might|can) contain (?:errors|mistakes|inaccuracies))\b[^.!?]{0,100}"
        r"[.!]?(?:\s.{1,200})?",
    ),
    # Notes on prices that read as sentences: "Prices checked on 25 November
    # 2026 and subject to availability.", "Prices were correct at the time of
    # writing and may change."
    (
        "notice",
        frozenset({"all", "prices", "price", "rates", "fares", "errors"}),
        r"(?:all )?(?:prices?|rates|fares)"
        r"(?: and (?:availability|details|rates|fares|opening (?:hours|times)))?"
        r" (?:(?:are|were|was|is|last) )?(?:checked|correct|accurate|right|valid"
        r"|verified|updated)(?: (?:at|on|as (?:of|at)) (?:the )?(?:time of (?:writing"
        r"|publication|publishing|going to press)"
        # "9am, Monday 11 March 2030"
        rf"|(?:\d{{1,2}}(?:[.:]\d{{2}})?\s*[ap]\.?m\.?,? (?:on )?)?"
        rf"{_WEEKDAY}{_ON_DATE})"
        rf"(?:{_PRICE_CHANGE})?"
        rf"|{_PRICE_CHANGE}"
        # "Prices checked by an automated comparison tool."
        r"| by (?:an? |our )?(?:automated|automatic) [^.!?]{1,40})[^.!?]{0,40}"
        + _END
        + r"|errors and omissions excepted\.?",
    ),
    # Who is not to blame for what: "The Courier accepts no responsibility for
    # errors …", "X is not responsible for the content of external sites.",
    # "Planning notices are published as a public service."
    (
        "notice",
        note_test,
        r"[^.!?]{1,80}\b(?:is|are) not (?:responsible|liable) for (?:the )?(?:content"
        r"|contents|availability|accuracy) of (?:any )?(?:external|third[- ]party"
        r"|linked|other) (?:sites|websites|links|pages|content)\b[^.!?]{0,60}"
        + _END
        + r"|[^.!?]{1,80}\b(?:accepts?|takes?|can accept|bears?) no (?:responsibility"
        r"|liability) for (?:any )?(?:errors|omissions|inaccurac\w+|mistakes"
        r"|the (?:content|accuracy))\b[^.!?]{0,100}" + _END + r"|[^.!?]{1,80}"
        r"\b(?:is|are) (?:published|provided|printed|listed) as a (?:public|free"
        r"|community) service\b[^.!?]{0,80}"
        + _END
        # "Northway Youth Trust is a registered charity (no. 1234567)."
        # (not what someone said of it: "…, the chair said on Monday.")
        + r"|"
        + NOT_SAID
        + r"(?:[^.!?]{1,100}\s(?:is|are) )?(?:an? )?registered charit(?:y|ies)"
        r"(?: in [^.!?()\d]{1,40})?(?:,?\s*\(?(?:(?:charity |registration |reg\.? )?"
        r"(?:no|number|num)\.?:?\s*)?[a-z]{0,3}\d[\d/ -]{2,12}\)?)?"
        r"(?:\s*\([^()]{1,40}\))?"  # "(England and Wales)"
        # "… and a company limited by guarantee (No. 11023344).", "…
        # Registered office: 4 Dock Street, Aldwick."
        r"(?:\s*(?:and|,)\s*[^!?]{1,120}|\.\s+registered office\s*:\s*[^!?]{1,120})?"
        r"\.?"
        # "Velora provided the car for this review.": who lent what was tested.
         + r"|[^.!?]{1,80}\b(?:provided|supplied|loaned|lent|sent|gave|on loan)\b"
        r"[^.!?]{0,60}\b(?:for (?:this|our) review|for review purposes"
        r"|for the purposes of (?:this|our) review|on loan for (?:this )?review)\b"
        r"[^.!?]{0,40}" + _END,
    ),
    # Who wrote and paid for a story, below it: "This story was written by a
    # Local Democracy Reporter. The scheme is funded by …"
    (
        "notice",
        frozenset({"this"}),
        r"this (?:story|article|report|piece|content|feature) (?:was|is|has been)"
        r" (?:written|produced|reported|researched|funded|supported|commissioned"
        r"|made possible)(?: and (?:written|produced|edited|funded))?"
        r" (?:by|with|through|thanks to|as part of|under) [^.!?]{1,120}" + _END,
    ),
    # An appeal for the reader's money: "Our journalism relies on your support."
    (
        "advert",
        frozenset({"our", "independent", "quality", "local", "good", "this"}),
        r"(?:our|independent|quality|local|good|this) (?:local )?journalism"
        r" (?:relies|depends|is funded|is paid for|survives) (?:on|by)"
        r" (?:the )?(?:your|readers['’]?|reader|you)\b[^.!?]{0,60}" + _END,
    ),
    # A company's legal line: "Ferrow Press is an imprint of Ferrow Publishing
    # Ltd.", "Harrowby Pell LLP is a limited liability partnership registered in
    # England and Wales (OC401122)."
    (
        "notice",
        lambda t: " is an imprint of " in t or " registered in " in t,
        r"(?-i:\p{Lu})[^.!?]{1,60} is an imprint of (?-i:\p{Lu})[^!?]{1,100}"
        r"|(?-i:\p{Lu})[^.!?]{1,60}\b(?:LLP|Ltd|Limited|plc|PLC) is a (?:limited"
        r" liability partnership|(?:private |public )?(?:limited )?company)"
        r" registered in\b[^!?]{1,150}",
    ),
    # The foot of a newsletter: who gets it, and the prompt to pass it on.
    (
        "notice",
        frozenset(
            {"you", "you're", "you’re", "to", "promoted", "printed", "published"}
            | {"registered"}
        ),
        r"you(?:['’]re| are) receiving this (?:(?:e-?mail|newsletter|message"
        r"|bulletin|digest|alert)\b|because you\b).{0,240}|to unsubscribe\b.{0,160}"
        r"|you (?:have )?(?:received|got|were sent) this (?:(?:e-?mail|newsletter"
        r"|message|bulletin|digest|alert|letter|update) )?because you\b.{0,240}"
        # "You are receiving Baltic Newsline alerts for: Poland, Transport."
        r"|you(?:['’]re| are) receiving [^.!?]{1,40}?\b(?:alerts|e-?mails|newsletters"
        r"|bulletins|updates|briefings)\b.{0,240}"
        # An aggregator's note: "You are seeing this story because you follow …"
        r"|you(?:['’]re| are) seeing this (?:story|article|post|item) because\b.{0,160}"
        # "Published by the Ministry of Transport press office. Media enquiries: …"
        r"|(?:issued|published) by (?:the )?[^.!?]{3,80} (?:press office|press team"
        r"|communications (?:team|unit|office)|media (?:team|office|unit))\.?"
        r"(?:\s+(?:media|press) (?:enquiries|contact)\b.{0,120})?"
        # A company's legal line: "Registered in England and Wales no. 0881234."
        r"|registered in (?:england|scotland|wales|northern ireland|ireland)"
        r"(?: and wales)?\b[^!?]{0,150}"
        # An election imprint: "Promoted by K. Arden on behalf of the Party, …"
        r"|(?:promoted|printed) (?:and (?:promoted|printed|published) )?by"
        r" [^.!?]{1,80}(?:\.[^.!?]{0,40})? on behalf of .{1,200}",
    ),
    (
        "advert",
        frozenset({"enjoying", "enjoyed", "enjoy", "like", "liked", "love", "loving"})
        | {"was", "forwarded"},
        r"(?:enjoying|enjoyed|enjoy|like|liked|love|loving)(?: reading)? [^.!?]{1,60}"
        r"\?\s*[^.!?]{0,40}\b(?:forward|share|sign up|subscribe|recommend|tell a"
        r" friend|pass it on)\b.{0,160}"
        r"|(?:was this|this (?:e-?mail|newsletter) was) forwarded to you\?.{0,160}"
        r"|forwarded this (?:e-?mail|newsletter)\?.{0,160}",
    ),
)
"""Notes, disclaimers and prompts: ``(kind, gate, pattern)`` for :mod:`.furniture`."""
