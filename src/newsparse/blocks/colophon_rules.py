"""Block parse: what a newsletter, a briefing or a chat window says of itself.

A publication names its edition (``July 2025 edition``), its sponsor
(``SPONSOR · This issue is supported by …``), who prepared it (``Prepared
by the parish clerk, Helen Marsh``), where else it may be had (``This
newsletter is also available in large print …``) and whose views it is not;
an interview says who asked and how it was cut; a chat window warns that
its answers may be wrong; a paper is marked (``OFFICIAL-SENSITIVE``,
``DRAFT – subject to approval``) and signed. Each rule a kind of
:data:`~.furniture.KINDS`, a gate and a whole-line pattern, as
:mod:`.page_rules` explains.
"""

from __future__ import annotations

from .notes import NOT_SAID, Gate

__all__ = ["COLOPHON_RULES", "colophon_test", "court_gate"]

# A name in capitals: "Helen Marsh", "Callum O'Rees".
_NAME = r"(?-i:\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})"
_PUBLICATIONS = (
    r"(?:newsletter|briefing|bulletin|digest|report|paper|document|publication"
    r"|leaflet|magazine|guide|summary|analysis|note|information|page|article"
    r"|episode|podcast|programme|video)"
)

_EDITION = (" edition", " Edition", " EDITION", " issue", " Issue")
_GUARANTEE = "limited by guarantee"


def colophon_test(text: str) -> bool:
    """Whether a line may pass a gate here that reads more than its first word."""
    return text.endswith(_EDITION) or _GUARANTEE in text


def court_gate(text: str) -> bool:
    """Whether a line may name a court or a tribunal in capitals (a cheap test)."""
    return text.isupper() and (
        "COURT" in text or "TRIBUNAL" in text or text.startswith("ON APPEAL FROM ")
    )


COLOPHON_RULES: tuple[tuple[str, Gate, str], ...] = (
    (
        "notice",
        frozenset({"official", "official-sensitive", "draft"}),
        # A paper's marking: "OFFICIAL-SENSITIVE", "DRAFT – subject to
        # approval at the next meeting"
        r"(?-i:OFFICIAL(?:[- ]SENSITIVE| – SENSITIVE)?)"
        r"|draft(?:\s*[–—:-]\s*|\s+)(?:subject to|for (?:discussion|comment|approval"
        r"|consultation)|not for|awaiting|pending|until)\b[^!?]{0,100}",
    ),
    (
        "byline",
        frozenset({"signed"}),
        # A form's line to sign: "Signed (Chair) ........ Date ........"
        r"signed(?: \([^()]{1,30}\))?\s*:?\s*[.…_]{3,}[^!?]{0,60}",
    ),
    (
        "notice",
        frozenset({"ai", "ai-generated", "generated", "chatbot", "assistant"}),
        # A chat window's warning: "AI responses can be inaccurate. Check
        # important information with official sources."
        r"(?:ai|ai-generated|generated|chatbot|assistant)(?: chat)? (?:responses?"
        r"|answers?|content|output|summaries|replies) (?:can|may|might|could)"
        r" (?:be (?:inaccurate|wrong|incorrect|misleading|out of date)"
        r"|contain (?:errors|mistakes|inaccuracies)|make mistakes)\b[^!?]{0,200}",
    ),
    (
        "date",
        frozenset({"generated", "compiled"}),
        # When a summary was made, and by what: "Generated: 12 February 2025,
        # 08:14 by MinuteMate 3.2"
        r"(?:generated|compiled)\s*:?\s*(?:on\s+)?\d{1,2} \p{L}{3,9},? \d{4}\b"
        r"[^!?]{0,80}",
    ),
    (
        "date",
        lambda t: t.endswith(_EDITION),
        # An issue's date: "July 2025 edition", "Friday 4 July 2025 edition"
        r"(?:\p{L}+day,? )?(?:\d{1,2} )?\p{L}{3,9},? (?:19|20)\d\d (?:edition|issue)",
    ),
    (
        "byline",
        frozenset({"interview", "interviews", "interviewed", "questions"}),
        # Who asked: "Interview by Callum Rees.", "Questions by Ana Ruiz"
        rf"(?:interviews?|interviewed|questions) by {_NAME}\.?",
    ),
    (
        "notice",
        frozenset({"transcript", "interview", "conversation", "this interview"})
        | {"this transcript", "this conversation", "the interview"}
        | {"the transcript", "the conversation"},
        # How it was cut: "Transcript condensed with AI assistance and edited
        # by the business desk.", "This interview has been edited for length."
        r"(?:(?:the|this) )?(?:transcript|interview|conversation)"
        r"(?: (?:has been|was|is|have been))? (?:lightly )?(?:condensed|edited"
        r"|shortened|abridged)\b[^!?]{0,200}",
    ),
    (
        "byline",
        frozenset({"prepared", "compiled"}),
        # Who prepared a paper or a digest: "Prepared by the parish clerk,
        # Helen Marsh", "Compiled by the Harbour Wire energy desk."
        r"(?:prepared|compiled) by (?:the )?[\p{L}&'’ -]{0,60}?(?:clerk|secretary"
        r"|editor|desk|team|office|newsroom|secretariat|unit)"
        rf"(?:,? {_NAME})?\.?",
    ),
    (
        "advert",
        frozenset({"sponsored", "sponsor", "promoted", "paid", "partner"})
        | {"sponsor’s", "sponsor's"},
        # A sponsor's slot: "SPONSOR · This issue is supported by Vaultwick,
        # …", "Sponsored · Northgate Cold Chain: warehousing at …"
        r"(?:sponsored(?: content| post| message)?|sponsor(?:['’]s message)?"
        r"|promoted|paid (?:post|partnership|content)|partner (?:content|message))"
        r"\s*[·|•–—]\s*[^\n]{1,300}"
        r"|(?:sponsored(?: content| post| message)?|paid (?:post|partnership"
        r"|content)|partner (?:content|message))\s*:\s*[^\n]{1,300}",
    ),
    (
        "byline",
        frozenset({"words", "text", "photographs", "photos", "pictures", "our"})
        | {"illustrations", "graphics"},
        # Who made it: "Words: Oliver Penrose, legal affairs editor",
        # "Photographs and text by Nadia Holm", "Our reporters in court: Dana
        # Whitcombe and Raj Malhotra"
        r"(?:(?:words|text|photographs?|photos|pictures|illustrations?|graphics)"
        r"(?: (?:and|&) (?:words|text|photographs?|photos|pictures|illustrations?))?"
        r"(?:\s*:\s*| by )"
        r"|our (?:reporters?|correspondents?|team) (?:in|at) [\w ]{1,30}\s*:\s*)"
        rf"{_NAME}(?:(?:,| and| &) {_NAME}){{0,3}}"
        r"(?:, (?:the |our )?[\p{Ll} ]{0,40}(?:editor|reporter|correspondent|writer"
        r"|photographer))?\.?",
    ),
    (
        "notice",
        frozenset({"if", "we", "table", "figures", "standings", "this"}),
        # Where to send a correction, how products are chosen, when a table
        # stood, under what code a release is made: "If you believe any detail
        # in this column is inaccurate, contact the editor at …", "We test
        # every product ourselves, and brands cannot pay to be included.",
        # "Table correct at 18:50 GMT.", "This release is produced under the
        # Code of Practice for Official Statistics."
        r"if you (?:believe|think|spot|notice|find|see) [^!?]{0,40}\b(?:in|on) this"
        r" (?:column|article|story|report|page|piece|newsletter)\b[^!?]{0,40}"
        r"\b(?:inaccurate|incorrect|wrong|an error|a mistake|an inaccuracy)\b"
        r"[^!?]{0,150}"
        r"|we (?:independently )?(?:choose|test|review|select|pick|research|rate)"
        r" (?:every|each|all|the) [^.!?]{1,60}\b(?:independently|ourselves"
        r"|on our own)\b[^!?]{0,250}"
        r"|(?:table|figures|standings|results|prices) (?:correct|accurate)"
        r" (?:at|as at|as of) [^!?]{1,40}"
        r"|this (?:release|publication|bulletin|report) (?:is|was|has been)"
        r" (?:produced|prepared|published) (?:under|in line with|in accordance with)"
        r" the code of practice\b[^!?]{0,150}",
    ),
    (
        "release",
        frozenset({"location"}),
        # Where a briefing is held, labelled: "Location: Press Room, Department
        # of Health, Westford" (a venue is left to its place: an event's
        # under the title, a match's in the story)
        r"location\s*:\s*(?-i:\p{Lu})[^.!?]{2,100}",
    ),
    (
        "references",
        frozenset({"case", "neutral", "complaint", "decision", "claim", "appeal"}),
        # A case's reference: "Case ref: 1402217/2024, Okonjo v Brookvale Ltd",
        # "Neutral Citation Number: [2025] CACB 214", "Complaint reference: …"
        r"(?:case|neutral citation|complaint|decision|claim|appeal)"
        r" (?:ref\.?|reference|no\.?|number)\s*:\s*[^!?]{1,120}(?<!,)",
    ),
    (
        "references",
        lambda t: t[0] == "[",
        # A judgment's neutral citation alone: "[2025] SC 19", "[2024] KBCA Civ 117"
        r"\[(?:19|20)\d\d\] (?-i:[A-Z]{1,6}(?: [A-Z][a-z]{1,5})?) \d{1,5}",
    ),
    (
        "byline",
        frozenset({"lady", "lord", "employment", "judge", "justices", "before", "his"})
        | {"her"},
        # Who gives the judgment: "Lady Justice Aldous:", "Employment Judge
        # Haverford", "Justices: Lord Ferrier (President), Lady Okafor, …"
        r"(?:lady|lord|mr|mrs|ms) justice (?-i:\p{Lu}[\p{L}'’-]+):?"
        # "Her Honour Judge Anwen Pryce"
        r"|(?:his|her) honour judge (?-i:\p{Lu}[\p{L}'’-]+)"
        r"(?: (?-i:\p{Lu}[\p{L}'’-]+)){0,2}"
        r"|(?:employment |district |circuit )?judge (?-i:\p{Lu}[\p{L}'’-]+)"
        r"(?: (?-i:\p{Lu}[\p{L}'’-]+))?"
        r"|(?:justices|before)\s*:\s*(?:(?:lady|lord|sir|dame|mr|mrs|ms"
        r"|(?:employment |district |circuit )?judge)"
        r"(?: justice)? (?-i:\p{Lu}[\p{L}'’-]+)(?: \([^()]{1,30}\))?(?:, | and |$))+",
    ),
    (
        "references",
        frozenset({"claimant", "claimants", "respondent", "respondents", "appellant"})
        | {"appellants", "applicant", "applicants", "defendant", "defendants"}
        | {"complainant", "complainants", "heard"},
        # A case's parties and where it was heard: "Claimant: Ms R Okonjo",
        # "Respondent: Marlowe Distribution Ltd", "Heard at: Eastport, on 9 …"
        r"(?:claimants?|respondents?|appellants?|applicants?|defendants?"
        r"|complainants?)\s*:\s*(?-i:\p{Lu})[^.!?]{1,100}\.?"
        r"|heard (?:at|on|in)\s*:\s*(?-i:\p{Lu})[^!?]{1,100}",
    ),
    (
        "source",
        court_gate,
        # A judgment's court in capitals, with its place or its division:
        # "IN THE COURT OF APPEAL OF KESTREL BAY (CIVIL DIVISION)", "ON APPEAL
        # FROM THE COUNTY COURT AT WEXLEY", "EMPLOYMENT TRIBUNALS (WESTMERE)",
        # "HIGH COURT OF BRANNOCK" ("CROWN COURT" alone heads a round-up's
        # section)
        r"(?-i:IN THE [A-Z '’,]{0,60}(?:COURT|TRIBUNAL)[A-Z '’,()]{0,80}"
        r"|ON APPEAL FROM [A-Z '’,()]{1,80}"
        r"|(?:[A-Z'’]+ ){0,5}(?:COURT|TRIBUNALS?)"
        r"(?: OF [A-Z '’]{2,40}(?: \([A-Z '’]{2,40}\))?| \([A-Z '’]{2,40}\)))",
    ),
    (
        "notice",
        frozenset({"this"}),
        # "This judgment was handed down remotely by circulation to the parties …"
        r"this judge?ment was handed down\b[^!?]{0,300}",
    ),
    (
        "release",
        frozenset({"approved", "judgment"}),
        # A judgment's running header: "Approved Judgment: Harbour Pilots' Guild
        # v Kestrel Bay Port Authority", "Judgment approved by the court for
        # handing down      Okonjo v Fernhill HA"
        r"(?:approved judgment|judgment approved by the court for handing down)"
        r"\b[^.!?]{0,120}",
    ),
    (
        "release",
        lambda t: t[:2].isupper() and ("/" in t or "-" in t),
        # A desk's stamp: "HWS COMMODITIES 09/09/2025 14:32 GMT", "HWN
        # AGRICULTURE 18-AUG-2025 09:14 GMT"
        r"(?-i:\p{Lu}{2,}(?: [\p{Lu}&]{2,}){0,3}"
        r" (?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2}-[A-Z]{3}-\d{4}))"
        r" \d{1,2}:\d{2}(?: [A-Z]{2,4})?"
        # or the desk, its story's keyword, the time and the date: "NPA
        # WEATHER Floods 0915 09/02/25"
        r"|(?-i:\p{Lu}{2,6} \p{Lu}{2,}(?: \p{Lu}\p{Ll}+){1,2}) \d{4}"
        r" \d{1,2}/\d{1,2}/\d{2}(?:\d{2})?",
    ),
    (
        "byline",
        frozenset({"published", "issued", "produced", "prepared", "compiled"}),
        # Who issued a paper, labelled: "Published by: Fenland Occupational
        # Health Agency"
        r"(?:published|issued|produced|prepared|compiled) by\s*:\s*[^!?]{1,100}",
    ),
    (
        "contact",
        frozenset({"for"}),
        # A label over where to ask: "For more information:" over the lines
        # and addresses
        r"for (?:more|further) (?:information|details)(?: (?:contact|see|visit))?\s*:",
    ),
    (
        "notice",
        frozenset({"how"}),
        # "How we report: Equator Newswire editorial standards"
        r"how we (?:report|work|fact-check|verify|cover [\w ]{1,20})\s*:"
        r"\s*[^!?]{1,100}",
    ),
    (
        "byline",
        frozenset({"from", "news"}),
        # Who writes, unnamed: "From our politics team at the count in
        # Castlebeck"; a press wire's "NEWS PROVIDED BY" over the company
        r"from our [\w ]{1,30}? (?:team|desk|correspondents?|reporters?|staff)"
        r"(?: (?:at|in) [^.!?]{1,60})?\.?"
        r"|news provided by(?:\s+[^!?]{1,80})?",
    ),
    (
        "date",
        frozenset({"statistical", "press", "news", "data", "last"}),
        # What a page is, and when: "Statistical release – 19 November,
        # 07:00"; when a dashboard last changed: "Last refresh: 14:00,
        # Wednesday 16 July"
        r"(?:statistical|press|news|data) release\s*[–—:|-]\s*(?:\p{L}+day,? )?"
        r"\d{1,2} \p{L}{3,9}(?:,? \d{4})?(?:,? \d{1,2}[:.]\d{2})?"
        r"|last refresh(?:ed)?\s*:?\s*[^!?]{1,60}",
    ),
    (
        "advert",
        frozenset({"get"}),
        # A newsletter's promotion: "Get Vale Data Weekly, our Friday e-mail
        # of charts and numbers. Sign up at www.valepost.example/data"
        r"get [^,.!?]{1,40}, our (?:free )?(?:[\w-]+ ){0,4}(?:e-?mail|newsletter"
        r"|briefing|digest|bulletin)\b[^!?]{0,150}",
    ),
    (
        "release",
        lambda t: t[:1].islower() and "/" in t,
        # The editors' initials alone, a story's last line: "ic/rmt/jl"
        r"(?-i:[a-z]{2,4}(?:/[a-z]{2,4}){2,4})",  # (not "and/or")
    ),
    (
        "release",
        lambda t: t[:2].isupper() and " GMT " in t,
        # When a wire story moved: "CPA 031812 GMT MAR 25"
        r"(?-i:[A-Z]{2,5} \d{6} GMT [A-Z]{3} \d{2})",
    ),
    (
        "byline",
        frozenset({"reporting"}),
        # Who reports from where: "Reporting from the count at Ellerby Leisure
        # Centre: Kofi Brandt and Aoife Lusk"
        rf"reporting (?:from|at) [^:]{{1,80}}:\s*{_NAME}"
        rf"(?:(?:,| and| &) {_NAME}){{0,3}}\.?",
    ),
    (
        "share",
        frozenset({"follow"}),
        # Where a desk posts: "Follow our politics team on Chirpline: @ellerbypol",
        # "Follow Harlow Wind on social media: @harlowwind"
        r"follow (?:(?:our|the) )?[\w ]{1,30}? (?:on|at) [\w ]{1,20}\s*:\s*@[\w.]{2,40}"
        r"(?:\s*(?:,|and|·)\s*@[\w.]{2,40}){0,3}",
    ),
    (
        "notice",
        frozenset({"this", "to"}),
        # A broadcaster's transcript notes: "THIS IS A RUSH TRANSCRIPT. THIS
        # COPY MAY NOT BE IN ITS FINAL FORM …", "TO ORDER A VIDEO OF THIS
        # TRANSCRIPT, PLEASE CALL …"
        r"this is an? (?:rush|unedited|uncorrected|draft) transcript\b.{0,200}"
        r"|to order an? (?:video|copy|transcript|recording|dvd) of this\b.{0,200}",
    ),
    (
        "date",
        frozenset({"day"}),
        # A hearing's day: "Day 14 – Tuesday, 11 March 2025"
        r"day \d{1,3}\s*[–—:-]\s*(?:\p{L}+day,? )?\d{1,2} \p{L}{3,9},? \d{4}",
    ),
    (
        "related",
        frozenset({"listen"}),
        # "Listen again to the full programme on the Harbour FM app for 30 days."
        r"listen again (?:to|on) [^!?]{1,120}",
    ),
    (
        "notice",
        frozenset({"nothing", "the author", "the writer", "the columnist"})
        | {"the reviewer", "this editorial", "this leader", "this column"},
        # What a page is not, and whose view it gives: "Nothing in this
        # newsletter is financial advice.", "The author has no commercial
        # relationship with any supplier named in this article.", "This
        # editorial represents the view of the Marrowby Courier."
        rf"nothing (?:in|on) this {_PUBLICATIONS} (?:is|constitutes|should be"
        r" (?:taken|read|treated) as) (?:\w+ )?advice\b[^!?]{0,200}"
        r"|the (?:author|writer|columnist|reviewer)s? (?:has|have) no (?:commercial"
        r" |financial |personal )?(?:relationship|interest|ties|connection)s?\b"
        r"[^!?]{0,200}"
        r"|this (?:editorial|leader|column) (?:represents|reflects|is) the"
        r" (?:view|views|opinion|position) of\b[^!?]{0,200}",
    ),
    (
        "notice",
        frozenset({"this", "views", "the views", "opinions", "the opinions"}),
        # Whose views a paper does not give: "This briefing is non-partisan
        # and does not represent the views of the Marrowgate Institute."
        rf"{NOT_SAID}this {_PUBLICATIONS} (?:is|was) (?:non-partisan|nonpartisan"
        r"|independent|impartial|for information only)\b[^!?]{0,200}"
        r"|(?:the )?(?:views|opinions) expressed"
        r" (?:here |in this [\w-]+ |by [\w ]{1,30}? )?(?:are"
        r" (?:those of the (?:authors?|writers?)|the (?:authors?|writers?)['’]s?"
        r"(?: own)?|their own)|do not (?:necessarily )?(?:represent|reflect))\b"
        r"[^!?]{0,200}",
    ),
    (
        "notice",
        frozenset({"this"}),
        # Where else it may be had: "This newsletter is also available in large
        # print, Braille and audio. Call 01632 960700 to ask for a copy."
        rf"this {_PUBLICATIONS} (?:is|can be) (?:also )?(?:available|provided"
        r"|made available|supplied) in (?:large print|braille|audio|easy read"
        r"|other formats|alternative formats|other languages|welsh|irish|gaelic"
        r"|māori)\b[^!?]{0,200}",
    ),
    (
        "notice",
        lambda t: _GUARANTEE in t,
        # A publisher's status: "Corran Valley Schools Trust is a charitable
        # company limited by guarantee, registered in England (No. 0812345)."
        # (not what someone said of it)
        rf"{NOT_SAID}[^.!?]{{1,100}}\s(?:is|are) an?"
        r" (?:charitable |private |not-for-profit )?company limited by guarantee\b"
        r"[^!?]{0,200}",
    ),
    (
        "byline",
        frozenset({"speakers", "speaker", "live", "by our", "guest", "delivered"}),
        # Who speaks, writes or reports: "Speakers: Dr Anwen Pryce, Chief
        # Medical Officer; Gareth Lusk, Director", "Live reporting: Ana Petrov
        # and Sam Hollis", "By our live team: …", "Guest essay by Dr Alun
        # Berwick", "Delivered by Dr Ilse Varnholt, Director of Public Health"
        r"(?:speakers?|live reporting|by our live team)\s*:\s*(?-i:\p{Lu})[^.!?]{2,200}"
        r"|guest (?:essay|column|post|opinion|comment) by (?-i:\p{Lu})[^.!?]{2,80}"
        r"|delivered by (?:(?:dr|mr|mrs|ms|prof)\.? )?(?-i:\p{Lu}[\p{L}'’-]+"
        r"(?: \p{Lu}[\p{L}'’-]+){1,3}),[^.!?]{2,120}",
    ),
    (
        "contact",
        frozenset({"statistical", "statistician", "statistics", "lead"}),
        # A label over the contact lines under it: "Statistical contact: Imogen
        # Treadwell", "Statistician contact:" (a bare "Contact" is one only
        # over them: see boilerplate.py)
        r"(?:statistical|statistician|statistics|lead) contacts?\s*:.{0,80}",
    ),
    (
        "notice",
        frozenset({"the full", "credits", "end"}),
        # A show's and a briefing's own notes: "The full transcript of this
        # episode is available to subscribers.", "Credits: Presented by Mara
        # Quell. Produced by …", "END 10:31 CET"
        r"the full transcript (?:of this [\w ]{1,20} )?is available\b[^!?]{0,120}"
        r"|credits\s*:\s*(?-i:\p{Lu}).{1,300}"
        r"|(?-i:END) \d{1,2}[:.]\d{2}(?: (?-i:[A-Z]{2,5}))?",
    ),
    (
        "release",
        frozenset({"report", "presented", "laid", "ordered", "a"}),
        # A parliamentary paper's notes: "Report by the Regional Auditor
        # General, presented to the Assembly on 12 June 2024", "Laid before
        # the Regional Assembly on 9 July 2024", "Ordered by the Assembly to
        # be printed 21 May 2024"
        r"(?:(?:a )?report by [^.!?,]{1,80},\s*)?"
        r"(?:presented to|laid before|ordered by) (?:the )?[^.!?]{1,100}?"
        r"(?:\s+to be (?:printed|published))?"
        r"(?:,?\s+(?:on\s+)?\d{1,2} \p{L}{3,9} \d{4}|,?\s+\p{L}{3,9} \d{4})",
    ),
    (
        "notice",
        frozenset({"this"}),
        # "This is a transcript of the briefing as it was delivered."
        r"this is (?:a|an|the) (?:edited |unofficial |full |uncorrected )?transcript"
        r" of [^.!?]{1,80}[.!]?",
    ),
    (
        "release",
        frozenset({"zczc"}),
        # A teleprinter's start of message: "ZCZC MWR0412 3 BUS 0387"
        r"(?-i:ZCZC)(?: [A-Z0-9]{1,10}){0,6}",
    ),
    (
        "release",
        lambda t: t[:2].isupper() and "/" in t and t[-1].isdigit(),
        # A desk's sign-off code: "SCSD KW/ML 1642"
        r"(?-i:[A-Z]{2,6} [A-Z]{1,3}/[A-Z]{1,3}(?:/[A-Z]{1,3})? \d{4})",
    ),
    (
        "byline",
        frozenset({"staff", "from"}),
        # "Staff and agency reports", "From staff and wire reports"
        r"(?:from )?staff and (?:agency|wire|agencies) reports?",
    ),
    (
        "related",
        frozenset({"more"}),
        # "More by this Author", "More from this writer"
        r"more (?:by|from) (?:this|the) (?:author|writer|reporter|columnist)",
    ),
    (
        "notice",
        frozenset({"rate", "generative"}),
        # A generated page's own lines: "Rate this summary: Useful / Not
        # useful", "Generative AI is experimental. For legal advice, …"
        r"rate this (?:summary|answer|article|page|overview|response)\b[^.!?]{0,60}"
        r"|generative ai is experimental\b[^!?]{0,200}",
    ),
    (
        "release",
        lambda t: t[0] == "(" and " moved " in t,
        # A digest's note on each story: "(MALAYSIA-PORTS/STRIKE, moved at 0412
        # GMT, 410 words)"
        r"\((?-i:[A-Z0-9-]+/[A-Z0-9/-]*),? moved at \d{4} GMT[^()]{0,40}\)",
    ),
    (
        "notice",
        frozenset({"comments", "editorials", "editorial", "results", "responses"}),
        # A page's notes on what it carries: "Comments on this editorial are
        # moderated …", "Editorials represent the institutional view of the
        # Courier …", "Results and scorers are supplied by club secretaries.
        # To report an error, email …", "Responses to this essay can be sent
        # to ideas@… A selection will be published."
        r"comments on this [\w-]+ (?:are|will be) (?:moderated|pre-moderated|reviewed"
        r"|closed|open)\b[^!?]{0,150}"
        r"|editorials? (?:represents?|reflects?|(?:is|are) the) (?:the )?"
        r"(?:institutional )?(?:view|opinion|position)\b[^!?]{0,200}"
        r"|results(?: and [\w ]{1,20})? are (?:supplied|provided|compiled) by"
        r" [^!?]{1,80}[.!](?: to report an error\b[^!?]{0,100})?"
        r"|responses to this [\w-]+ (?:can|may) be sent to [^!?]{1,200}",
    ),
)
