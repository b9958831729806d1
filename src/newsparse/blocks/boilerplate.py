"""Block parse: lines around the content (bylines, dates, navigation, share links).

Each line is classified on its own (:func:`.furniture.classify`). A label that
introduces a run (``Read more:``, ``Tags:``, ``Media contact:``) takes the
short lines under it, up to a blank line. The block keeps its text, so
nothing is lost; it is typed so that users can drop it. Lines that are
furniture by where they stand are found in :mod:`.page_top` (section labels
round the title) and :mod:`.names` (a name alone as the byline); how far a
block reaches, in :mod:`.runs` and :mod:`.widgets`. The tests that keep a
classified line as content (a table's header, a link naming a section, the
first field of a list) are here, with the rule.
"""

from __future__ import annotations

import regex
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from .credit_rules import NOTE_MARKERS
from .feed_rules import SIGN_OFF, SPONSOR_LABEL
from .furniture import (
    DIGIT,
    KINDS,
    MONTH,
    WRAPPED_KINDS,
    classify,
    finishes_sentence,
    lone_dateline,
)
from .labels import field_opening
from .lines import (
    OPEN_WORDS,
    block_above,
    content_range,
    is_blank,
    last_word,
    line_text,
    match_bare_marker,
    match_marker,
    next_content_line,
    opens_item,
    section_date,
    split_words,
    stripped_text,
    under_heading,
)
from .names import (
    DATELINE,
    closing_end,
    credit_line,
    letter_signed,
    name_line,
    note_authors,
    role_under,
    signature,
    unemphasised,
)
from .notes import DISCLAIMER_LABEL
from .numbered import numbered_paragraph
from .page_top import (
    category_line,
    event_label,
    issuing_body,
    kicker,
    label_over_byline,
    masthead,
    sections_over_byline,
)
from .print_pages import page_head, page_number, running_head
from .runs import (
    FOOTNOTE,
    MENU_LABEL,
    briefs_under,
    contacts_end,
    date_under,
    footnotes_end,
    items_end,
    link_item,
    mid_sentence,
    opens_run,
    run_end,
    sentence_end,
    wrapped_credit_end,
    wrapped_footer_end,
)
from .tables import is_delimiter
from .unmarked import bare_list_at
from .widgets import (
    ad_copy_under,
    advert_box_end,
    answers_end,
    buttons_end,
    comment_end,
    comments_end,
    feedback_prompt,
    pull_quote_end,
    signup_label,
)
from .wrapping import subject_over_verb, wraps_at_width

__all__ = ["KINDS", "MONTH", "boilerplate_plugin", "classify"]


def _names_table_below(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a line on prices or figures names the table right under it.

    ``Prices at 1430 GMT`` or ``Settlement prices, Friday`` over a table's
    rows is its heading (``All figures are in £ million.`` its note): the
    same words under a table, or alone, give the table's source.
    """
    if _FIGURES_LABEL.match(text) is None:
        return False
    first = next_content_line(state, line, end_line)
    return (
        first is not None
        and first + 1 < end_line
        and "|" in line_text(state, first)
        and "|" in line_text(state, first + 1)
    )


# What the source of a table's figures opens on: "PRICES AT …", "All figures …".
_FIGURES_LABEL = regex.compile(
    r"(?i)[*_]?(?:all )?(?:[\w-]+ )?(?:prices|quotes|rates|data|figures|levels)\b"
)


def _dateline_apart(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a dateline stands alone, set apart from the paragraph below.

    ``(AP) — NAIROBI, Kenya`` over a blank line opens no paragraph: it
    credits the agency and names the place, as a byline does. (Right over
    the story's first line, it is part of that paragraph.)
    """
    return lone_dateline(text) and (line + 1 >= end_line or is_blank(state, line + 1))


def _boilerplate(
    state: StateBlock, start_line: int, end_line: int, silent: bool
) -> bool:
    text = line_text(state, start_line).strip()
    if text[:1] == "[" and numbered_paragraph(state, start_line):
        return False  # "[3] Mrs Okonjo has lived …": a judgment's paragraph
    kind = classify(text)
    if (
        kind is None
        and text.lower() in ("contact", "contacts")
        and contacts_end(state, start_line, end_line) > start_line
    ):
        kind = "contact"  # "Contact" over "Tel: …" and "Email: …"
    if kind is None and text[:1] == "#":
        kind = _marked_label(text)
    if kind == "date" and section_date(state, start_line, end_line, text):
        return False  # "Friday 4 December" over the day's events: a heading
    if kind == "source" and _names_table_below(state, start_line, end_line, text):
        return False  # "PRICES AT 1547 GMT" over the rows it names: their heading
    last = start_line
    found = kind  # the kind its words give (the rules below look at its place)
    if kind is None:
        if (
            kicker(state, start_line, end_line, text)
            or category_line(state, text)
            or sections_over_byline(state, start_line, end_line, text)
        ):
            kind = "navigation"
        elif credit_line(state, start_line, end_line, unemphasised(text)):
            kind = "byline"
        elif label_over_byline(state, start_line, end_line, text) or masthead(
            state, start_line, end_line, text
        ):
            kind = "navigation"
        elif issuing_body(state, start_line, end_line, text):
            kind = "source"  # "Marrow Hill District Council" over its report
        elif event_label(state, text):
            kind = "release"
        elif text[:1] == "[" and FOOTNOTE.match(text):
            kind = "references"
        elif _dateline_apart(state, start_line, end_line, text):
            kind = "byline"
        elif signup_label(state, start_line, end_line, text):
            kind = "advert"
        elif text[:2] == "* " and _table_footnote(state, start_line, end_line):
            kind = "references"
        elif _table_source(state, start_line, end_line, text):
            kind = "source"  # "Figures in tonnes. Source: Ore Board" under rows
        elif _caption_over_credit(state, start_line, end_line, text):
            kind = "caption"
        elif _wrapped_caption(state, start_line, end_line, text):
            kind, last = "caption", start_line + 1  # "… on March" / "10. PHOTO | X"
        elif signature(state, start_line, end_line, text):
            kind, last = "byline", start_line + 1  # "Ana Ruiz" / "Chief Executive"
        elif _sign_off(state, start_line, end_line, text) or letter_signed(
            state, start_line, end_line, text
        ):
            # "– Lena Marsh, Kessvik" under a live blog's post, "Dr Ann Ruiz,
            # Lower Hatch" under her letter
            kind = "byline"
        elif text[-1:] == "," and (
            (signed := closing_end(state, start_line, end_line, text)) > start_line
        ):
            kind, last = "byline", signed  # "Kind regards," / "Ana Ruiz" / "Editor"
        elif (
            page_number(text)
            or running_head(state, start_line, end_line, text)
            or page_head(state, text)
        ):
            # "— 87 —", "HARBOUR QUARTERLY  |  AUTUMN 2024  31", a running
            # header: "Tarn plc | Annual Report", "15 · Tarn plc · Annual Report"
            kind = "navigation"
        elif (
            text[:1] in '“"'
            and (last := pull_quote_end(state, start_line, end_line, text)) > start_line
        ):
            kind = "caption"  # a pull quote and who said it
        elif text[:1] == "(" and text[-1] != ")":
            last = wrapped_credit_end(state, start_line, end_line, text)
            if last == start_line:
                return False
            kind = "byline" if "by " in text.lower() else "notice"
        elif _DISCLAIMER.fullmatch(text) and _notice_under(state, start_line, end_line):
            # "IMPORTANT DISCLOSURES" over "Analyst certification: …" and the
            # rest: the label and its text (below)
            kind = "notice"
        elif (footer := wrapped_footer_end(state, start_line, end_line)) is not None:
            kind, last = footer  # "… KM1 1QA. You are" / "receiving this digest …"
        elif (said := comment_end(state, start_line, end_line)) is not None:
            kind, last = "share", said  # a reader's comment under "Comments (3)"
        else:
            return False
    if "|" in text and _table_next(state, start_line, end_line, kind):
        return False  # the header of a table ("Topic | Stance")
    if (
        found == "navigation"
        or (found == "notice" and text.lower().startswith(_SECTION_NOTICES))
        or (found is not None and text[:1] == "#" and _prose_next(state, start_line))
    ) and _names_a_section(
        state, start_line, end_line, unemphasised(text.lstrip("#").strip())
    ):
        # "Contact us", "Have your say", "## Latest news" over prose: a heading
        return False
    if found == "release" and _notes_over_items(state, start_line, end_line, text):
        return False  # "Notes to editors" over "1. The union represents …"
    if found is not None and _first_term(state, start_line, end_line):
        return False  # "Reference: 26/00977/FUL" over "Address: …": an item
    if found == "byline" and _profile_under_heading(state, text):
        return False  # "About Fjordline" over "Fjordline is a ferry producer …"
    if found == "byline" and subject_over_verb(state, start_line, end_line, text):
        return False  # "Dr Ana Ruiz, an economist at the" over "Institute, said …"
    if (
        kind == "date"
        and start_line > 0
        and not under_heading(state)
        and finishes_sentence(line_text(state, start_line - 1), text)
    ):
        return False  # "… takes effect on 2 March, not" over "2 February."
    if kind == "date" and not DIGIT.search(text):
        if date_under(state, start_line, end_line):
            last += 1  # "Published" over "2 hours ago"
    elif kind == "references" and text[:1] == "[":
        last = footnotes_end(state, start_line, end_line)
    elif kind == "references" and text[:1] in NOTE_MARKERS:
        last = footnotes_end(state, start_line, end_line, NOTE_MARKERS)
    elif kind == "navigation" and MENU_LABEL.fullmatch(text):
        last = items_end(state, start_line, end_line, menu=True)
    elif kind == "navigation" and text == "Home":
        last = _sections_end(state, start_line, end_line)  # "Home" / "News" / …
    elif kind == "notice" and "cookie" in text.lower():
        last = buttons_end(state, start_line, end_line)
        if (
            last == start_line
            and start_line + 1 < end_line
            and mid_sentence(text, stripped_text(state, start_line + 1))
        ):
            # "We use cookies to … how you" over "use it. Accept all | Reject all"
            last = sentence_end(state, start_line, end_line, kind)
    elif kind == "share" and (text[-1] == ")" or text[0].isdigit()):
        last = comments_end(state, start_line, end_line, text)  # "Comments (2)"
    elif (
        kind == "related"
        and opens_run(unemphasised(text), kind)
        and briefs_under(state, start_line, end_line)
    ):
        return False  # "TOP STORIES" over "▸ Dockworkers … will strike on Friday."
    elif opens_run(unemphasised(text), kind):  # "Read more:", "**Sources:**"
        last = run_end(state, start_line, end_line, kind)
        if kind == "references" and last == start_line:
            return False  # "Notes" over prose is a heading, not a reference list
    elif kind == "navigation" and link_item(text):
        last = items_end(state, start_line, end_line, menu=False)
    elif found == "contact":
        last = contacts_end(state, start_line, end_line)  # "Tel: …" / "Email: …"
    elif kind == "notice" and text[-1] == "?" and feedback_prompt(text):
        last = answers_end(state, start_line, end_line)
    elif kind == "notice" and _DISCLAIMER.fullmatch(text):
        last = _text_end(state, start_line, end_line)  # the label and its text
    elif kind == "notice" and _label_over_notice(state, start_line, end_line, text):
        last += 1  # "Have your say" over where to send letters: one unit
    elif (
        kind == "advert"
        and SPONSOR_LABEL.fullmatch(unemphasised(text))
        and not _presenter(unemphasised(text))
    ):
        last = _text_end(state, start_line, end_line, kind)  # "Partner message" + copy
    elif kind == "references" and _CITATION.match(text):
        last = _text_end(state, start_line, end_line, kind)  # "Cite as: …" wrapped
    elif kind == "notice" and text[:3] == "---" and "essage" in text:
        last = _headers_end(state, start_line, end_line)  # "From:", "Date:", …
    elif kind == "notice" and "orward-looking statements" in text[:120]:
        # "This release contains forward-looking statements, including" over
        # the rest of the statement, wrapped or a sentence a line: one notice
        last = _text_end(state, start_line, end_line)
    elif (
        kind == "notice"
        and _DISCLAIMER.match(text)
        and start_line + 1 < end_line
        and (
            mid_sentence(text, stripped_text(state, start_line + 1))
            # "… prepared by Harrowgate" over "Markets Ltd for information …"
            or text[-1] not in ".!?:"
        )
    ):
        # "Disclaimer: The information … is general in" over its wrapped lines
        last = _text_end(state, start_line, end_line)
    elif found == "byline" and text[-1] == ";" and _credit_under(state, start_line):
        last += 1  # "Reporting by …;" over "Editing by …": one credit
    elif found == "byline" and _credit_broken(state, start_line, end_line, text):
        last += 1  # "… additional reporting by Diego" over "Salas; Editing by …"
    elif (
        found == "byline"
        and text.lower().rstrip(":") in _AUTHOR_BOX
        and start_line + 1 < end_line
        and not is_blank(state, start_line + 1)
    ):
        last = _text_end(state, start_line, end_line, "byline")
        # "About the Author" over the author's lines, up to a blank: one box
    elif (
        kind == "advert"
        and (box := advert_box_end(state, start_line, end_line, text)) > start_line
    ):
        last = box
    elif kind == "advert" and ad_copy_under(state, start_line, end_line, text):
        last += 1  # "Advertisement" over the advertisement's copy
    elif (
        kind == "byline"
        and last == start_line
        and role_under(state, start_line, end_line, text)
    ):
        last += 1  # "Ana Ruiz" over "Crime Reporter": one byline
    elif (
        found == "byline"
        and text.lower() == "live reporting"
        and start_line + 1 < end_line
        and classify(stripped_text(state, start_line + 1)) == "byline"
    ):
        last += 1  # "Live Reporting" over "Edited by Ana Ruiz": one credit
    elif (
        kind in WRAPPED_KINDS
        and last == start_line  # not a wire credit in brackets, already taken
        and (
            mid_sentence(
                text,
                stripped_text(state, start_line + 1)
                if start_line + 1 < end_line
                else "",
            )
            # "… because you subscribed to Farmgate" over "Weekly. Unsubscribe | …"
            or (
                start_line + 1 < end_line
                and _name_then_links(stripped_text(state, start_line + 1))
            )
            # "You are receiving this because you support" over "Animal Rescue. …"
            or (
                text[-1].isalpha()
                # not a byline or a source over the story, full or not
                and kind not in ("byline", "source")
                and wraps_at_width(state, start_line, end_line)
                and not stripped_text(state, start_line + 1).isupper()  # a heading
            )
        )
    ):
        last = sentence_end(state, start_line, end_line, kind)
    if (
        kind == "release"
        and last == start_line
        and last + 1 < end_line
        and stripped_text(state, last + 1)[:1].islower()
    ):
        # "Note to editors: photographs of the warrants are" over "available
        # on request …": the note goes on to the blank line
        last = _text_end(state, start_line, end_line, kind)
    if (
        kind in WRAPPED_KINDS
        and last + 1 < end_line
        and stripped_text(state, last + 1)[:1].islower()
        and (footer := wrapped_footer_end(state, start_line, end_line)) is not None
        and footer[1] > last
    ):
        # "You are receiving this alert because you registered for" over
        # "alerts on our website. Manage your alerts:" over its address
        last = footer[1]
    if silent:
        return True
    token = state.push("boilerplate", "", 0)
    token.map = [start_line, last + 1]
    token.meta = {
        "kind": kind,
        "content": content_range(state, state.bMarks[start_line], state.eMarks[last]),
    }
    state.line = last + 1
    if kind == "byline" and start_line == last:
        note_authors(state, text)
    return True


def _presenter(text: str) -> bool:
    """Whether a ``Presented by`` line names a person: a programme's presenter.

    ``Presented by Dev Aurelio`` credits the host of a broadcast, and the
    introduction under it is the story's; ``Presented by Harbour Mutual`` is
    a sponsor's label over its copy (a firm's name is not a person's).
    """
    head, _, name = text.partition(" by ")
    return head.lower() == "presented" and name_line(name) and not _FIRM.search(name)


_FIRM = regex.compile(
    r"\b(?:ltd|plc|inc|llp|group|bank|mutual|insurance|foods?|motors|partners"
    r"|holdings|sons|co|company|pensions|energy|homes|estates?)\b\.?$",
    regex.IGNORECASE,
)
_MAX_LABEL_WORDS = 5
_DISCLAIMER = regex.compile(DISCLAIMER_LABEL, regex.IGNORECASE)


# The label of an author's box, over the line about the author.
_AUTHOR_BOX = frozenset(
    {"about the author", "about the authors", "about the writer"}
    | {"about the reviewer", "about the contributors", "about the contributor"}
)


def _sign_off(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a dashed name and place (or role) signs off the text above it.

    ``– Lena Marsh, Kessvik`` under the post's last line, ``— Ingrid
    Sørvik, editor`` under a newsletter's (a name with a role may stand a
    blank line below it), a blank line (or nothing) under it; not an item
    among others.
    """
    if (
        text[:2] not in ("– ", "— ", "- ")
        or line == 0
        or not (line + 1 >= end_line or is_blank(state, line + 1))
    ):
        return False
    name = text[2:].strip()
    if is_blank(state, line - 1):
        above = line - 1
        while above > 0 and is_blank(state, above):
            above -= 1
        below = next_content_line(state, line, end_line)
        return (
            (
                _NAME_AND_ROLE.fullmatch(name) is not None
                or _NAME_AND_TEAM.fullmatch(name) is not None
            )
            and not opens_item(line_text(state, above))
            and (below is None or not opens_item(line_text(state, below)))
        )
    return match_marker(line_text(state, line - 1)) is None and (
        SIGN_OFF.fullmatch(name) is not None
        or _NAME_AND_ROLE.fullmatch(name) is not None
        or _NAME_AND_TEAM.fullmatch(name) is not None
    )


# A newsletter's sign-off: "Nadia and the Lantern team", "The Morning Wire team".
_NAME_AND_TEAM = regex.compile(
    r"(?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)? (?:and|&) the|The)"
    r"(?: [\p{L}'’&-]+){1,4} team"
)
# A signature: "Ingrid Sørvik, editor", "Tom Hale, head of news".
_NAME_AND_ROLE = regex.compile(
    r"\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){1,3},\s+(?:\p{Ll}[\p{L} ]{1,40}"
    # (or a title of its own: "— Priya Raman, Editor")
    r"|(?:Deputy |Managing |Executive )?(?:Editor|Publisher|Founder|Director|Chair"
    r"|Host|Presenter)(?: of [\p{L} ]{1,40})?)"
)


def _text_end(state: StateBlock, line: int, end_line: int, kind: str = "notice") -> int:
    """The last line of the text right under ``line``, up to a blank line.

    ``Forward-Looking Statements`` over ``This press release contains …``:
    the label and the statement are one notice; ``Sponsored`` over ``This
    issue is supported by …`` one advert (the label's ``kind``).
    """
    last = line
    while (
        last + 1 < end_line
        and last - line < _MAX_NOTICE_LINES
        and not is_blank(state, last + 1)
    ):
        below = stripped_text(state, last + 1)
        if _RULE_LINE.fullmatch(below):
            break  # "---" under the sponsor's copy closes the box
        if not below[:1].islower() and classify(below) not in (None, "notice", kind):
            break  # (a line going on in lower case is the statement's; "©" is none)
        if _ABOUT.fullmatch(below):
            break  # "About Harbourne Foods" opens the company's own section
        last += 1
    return last


_ABOUT = regex.compile(r"(?-i:About \p{Lu})[^.!?:]{1,60}")


_MAX_NOTICE_LINES = 12  # lines a disclaimer's text takes under its label


def _notice_under(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether the line right under a label is a notice: the label's text."""
    if line + 1 >= end_line or is_blank(state, line + 1):
        return False
    return classify(stripped_text(state, line + 1)) in ("notice", "copyright")


_CITATION = regex.compile(r"(?:cite as|suggested citation|how to cite)\s*:", regex.I)
_RULE_LINE = regex.compile(r"(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}")


# An e-mail's header fields: "From: …", "Date: …", "Subject: …".
_HEADER = regex.compile(
    r"(?:from|sent|date|to|cc|bcc|subject|reply-to)\s*:\s*\S", regex.I
)


def _headers_end(state: StateBlock, line: int, end_line: int) -> int:
    """The last of the e-mail headers under a forwarded message's marker."""
    last = line
    while last + 1 < end_line and _HEADER.match(stripped_text(state, last + 1)):
        last += 1
    return last


_MAX_SECTION_WORDS = 2
_MIN_SECTIONS = 2


def _sections_end(state: StateBlock, line: int, end_line: int) -> int:
    """The last of a site's sections under its ``Home`` link, one a line.

    ``Home`` over ``News``, ``Health``, ``Wellbeing``: two or more lines of
    one or two words each, without punctuation. (A title under ``Home`` is
    left alone: ``Harbour Wall Vote``.)
    """
    last = line
    while last + 1 < end_line:
        words = stripped_text(state, last + 1).split()
        if not 0 < len(words) <= _MAX_SECTION_WORDS or not all(
            word.isalpha() and word[0].isupper() for word in words
        ):
            break
        last += 1
    return last if last - line >= _MIN_SECTIONS else line


def _credit_under(state: StateBlock, line: int) -> bool:
    """Whether the line under a credit broken after ``;`` credits on."""
    return classify(stripped_text(state, line + 1)) == "byline"


# Notices that may name a section of the story instead (a heading over prose).
_SECTION_NOTICES = ("have your say", "get in touch", "get involved", "transcript")


def _credit_broken(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a wire credit breaks off mid-name onto the line under it.

    ``Reporting by Ana Ruiz; additional reporting by Diego`` over ``Salas in
    Lagos; Editing by Tom Hale``: read together they are one credit.
    """
    if not text[-1:].isalpha() or line + 1 >= end_line or is_blank(state, line + 1):
        return False
    below = stripped_text(state, line + 1)
    return (
        " by " in below
        and DATELINE.match(below) is None  # "By Ana Ruiz" over "LAGOS, May 3 (…) -"
        and classify(f"{text} {below}") == "byline"
        # (not over furniture of its own: "Originally published by …")
        and classify(below) is None
    )


_WORDS_ONLY = regex.compile(r"[\p{L}'’ ]+")


def _label_over_notice(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a notice's short label stands right over the notice it heads.

    ``Have your say`` over ``Email letters@… or write to …``: a label of a
    few words, no sentence, and under it, with no blank line, another notice.
    """
    if len(text.split()) > _MAX_LABEL_WORDS or not _WORDS_ONLY.fullmatch(text):
        return False  # "Verdict: 4/5" is a notice of its own
    return line + 1 < end_line and classify(stripped_text(state, line + 1)) == "notice"


_CREDIT_WORDS = ("Photograph", "Photo", "PHOTO", "Picture", "Image", "Credit")
_MAX_CAPTION_WORDS = 40
_MAX_CREDIT_WORDS = 10  # "Photograph: Rui Sequeira for The Atlantic Courier"


def _wrapped_caption(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a caption breaks off onto the line that ends in its credit.

    ``Passengers queue for a matatu in Nairobi on March`` over ``10, 2025.
    PHOTO | EVANS OTIENO``: the two lines read together as a caption, and
    the first does not end a sentence.
    """
    if (
        text[-1:] in ".!?:"
        or line + 1 >= end_line
        or is_blank(state, line + 1)
        or len(text.split()) > _MAX_CAPTION_WORDS
    ):
        return False
    below = stripped_text(state, line + 1)
    goes_on = (
        below[:1].isdigit() or below[:1].islower() or last_word(text) in OPEN_WORDS
    )
    return (
        goes_on
        and classify(below) == "caption"
        and classify(f"{text} {below}") == "caption"
    )


def _caption_over_credit(
    state: StateBlock, line: int, end_line: int, text: str
) -> bool:
    """Whether a line describes the picture whose credit is right under it.

    ``Passengers wait at an empty tram stop on Thursday.`` over
    ``Photograph: Rui Sequeira for The Courier``: one sentence, right over a
    line that only credits the picture, where the line above is no prose it
    could go on from, and no dateline opens it. Both may be in italics.
    """
    text = unemphasised(text)
    if line + 1 >= end_line or not text[:1].isupper():
        return False
    below = unemphasised(line_text(state, line + 1).strip())
    if (
        not below.startswith(_CREDIT_WORDS)
        or len(split_words(below)) > _MAX_CREDIT_WORDS
        or ". " in below  # a caption of its own: "Photo: The ferry leaves. (…)"
        or classify(below) != "caption"
    ):
        return False
    words = split_words(text)
    if len(words) > _MAX_CAPTION_WORDS or ". " in text.rstrip("."):
        return False
    if DATELINE.match(text):
        return False  # "VIGO, March 3 (Wire) – …" opens the story
    if line == 0 or is_blank(state, line - 1) or text[-1] not in '.!?"”':
        return True  # under prose, a line without a stop is no sentence of it
    return not state.tokens or state.tokens[-1].type != "paragraph"


_RUN_LABELS = frozenset({"references", "related"})


def _marked_label(text: str) -> str | None:
    """The kind of a Markdown heading that labels references or links.

    ``## Sources`` or ``## Related`` over its list of links is one block of
    furniture, as the bare label would be; any other ``#`` heading is none.
    """
    inner = text.lstrip("#")
    if not inner[:1].isspace():
        return None
    inner = inner.strip()
    kind = classify(inner) if inner else None
    return kind if kind in _RUN_LABELS and opens_run(inner, kind) else None


def _first_term(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether a line opens unmarked items under a lead-in ending in ``:``.

    ``One appeal was lodged this week:`` (or a label, ``Key Facts:``) over
    ``Reference: 26/00977/FUL``,
    ``Address: …``, ``Proposal: …``: the fields are the items the sentence
    announces, whatever one of them would be on its own.
    """
    if not state.tokens or state.tokens[-1].type not in ("paragraph", "heading"):
        return False  # (a label may be a heading: "Key Facts:" over "Date – …")
    end = state.tokens[-1].map[1] if state.tokens[-1].map else -1
    if end != line and not (end == line - 1 and is_blank(state, line - 1)):
        return False  # right under it, or a blank line between
    above = line_text(state, end - 1).rstrip()
    return above.endswith(":") and bare_list_at(state, line, end_line)


_MAX_SECTION_LINK_WORDS = 3
_MIN_PROSE_WORDS = 8
_MIN_ITEM_WORDS = 5


def _notes_over_items(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a release's ``Notes to editors`` heads a list of notes.

    The notes are content, as the ``About`` section is: over a marked list
    the label is their heading (alone, with no list under it, it is still
    the release's furniture).
    """
    if not text.lower().rstrip(":").startswith("notes to editor"):
        return False
    following = next_content_line(state, line, end_line)
    return following is not None and opens_item(line_text(state, following))


def _names_a_section(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a link's name (``Contact us``) heads a section of prose under it.

    A footer or a menu puts other links under it; a page of the story puts
    the section's prose: a line of eight words or more, no furniture, ending
    as a sentence does or introducing what follows; or a list whose first
    item reads as a statement (``Key events`` over ``• Red wind warnings
    for three counties``).
    """
    words = text.split()
    if len(words) > _MAX_SECTION_LINK_WORDS or not text.replace(" ", "").isalpha():
        return False
    if text.lower() in _CONTENTS:
        return False  # "Contents" over its entries, whatever they read like
    following = next_content_line(state, line, end_line)
    if following is None:
        return False
    below = line_text(state, following).strip()
    marker = match_marker(below)
    if marker is None and match_bare_marker(below) and following + 1 < end_line:
        marker, below = (0, 0, False), stripped_text(state, following + 1)  # "•" alone
    if marker is not None:
        item = below[marker[1] :]
        return len(item.split()) >= _MIN_ITEM_WORDS and classify(item) is None
    return (
        len(below.split()) >= _MIN_PROSE_WORDS
        and below[-1] in ".:!?"
        and classify(below) is None
    )


_CONTENTS = frozenset(
    {"contents", "table of contents", "in this article", "in this guide"}
    | {"in this story", "on this page", "jump to", "jump to section"}
)


# A word a footnote keys to, a cell or a word ending in an asterisk: "Affordable
# rent*", "4.2%*" (not emphasis: "*very*").
_STARRED = regex.compile(
    r"(?:^|[\s|])[^\s*|]*[\w%)]\*(?=[\s|.,;:)]|$)", regex.MULTILINE
)
# A sentence keyed to a note: "… sells for £30 a bottle.*"
_STARRED_SENTENCE = regex.compile(r"[\w%)][.!?]\*(?=\s|$)")
_NOTE_KINDS = frozenset({"notice", "source", "references"})


def _table_footnote(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether a line opened by ``* `` is a footnote under a table, not a list.

    ``* Includes homes built by housing associations.``: one line, no item
    under it, right under a table or its note (``Source: …``), or under a
    block with a word the asterisk keys to (``Affordable rent*``), or under
    prose with such a word further up. A one-item list under prose with no
    such word stays a list.
    """
    if line + 1 < end_line and line_text(state, line + 1).lstrip()[:2] == "* ":
        return False  # a list of several items
    if not state.tokens:
        return False
    previous = state.tokens[-1]
    if previous.type == "table":
        return True
    if previous.type == "boilerplate" and previous.meta["kind"] in _NOTE_KINDS:
        begin = previous.meta["content"][0]
        # A source or a note, not any notice ("We use cookies …").
        return previous.meta["kind"] != "notice" or (
            state.src[begin : begin + 4].lower() == "note"
        )
    if previous.map is None:
        return False
    begin = state.bMarks[previous.map[0]]
    end = state.eMarks[previous.map[1] - 1]
    if _STARRED.search(state.src, begin, end) is not None:
        return True
    # The keyed word further up, the note at the foot of the story, in prose
    # ("… sells for £30 a bottle.*" … "* Figures supplied by the grower.")
    return (
        previous.type != "list"
        and _foot_note(state, line, end_line)
        and (
            _STARRED.search(state.src, 0, state.bMarks[line]) is not None
            or _STARRED_SENTENCE.search(state.src, 0, state.bMarks[line]) is not None
        )
    )


def _foot_note(state: StateBlock, line: int, end_line: int) -> bool:
    """Whether a ``* `` line is one sentence set apart, no item of a list.

    It ends in a full stop, and no item follows it, after a blank line or
    not; nor does the rest of it, broken off.
    """
    if line_text(state, line).rstrip()[-1:] != ".":
        return False
    following = line + 1
    while following < end_line and is_blank(state, following):
        following += 1
    if following >= end_line:
        return True
    text = line_text(state, following)
    if following == line + 1 and (text[:1] in " \t" or text[:1].islower()):
        return False  # the note goes on: "* Figures supplied by the" / "grower."
    return match_marker(text) is None


def _profile_under_heading(state: StateBlock, text: str) -> bool:
    """Whether a line read as a bio (``X is a producer …``) opens a section.

    Right under a heading (not under furniture such as ``About the
    author``), it is the section's prose: a press release's ``About
    Fjordline Carriers`` over the company's profile.
    """
    return under_heading(state) and " is " in text and text[:3].lower() != "by "


def _prose_next(state: StateBlock, line: int) -> bool:
    """Whether the next line with text is no item of a list (``-``, ``1.``, ``[1]``)."""
    following = next_content_line(state, line, state.lineMax)
    if following is None:
        return False
    below = line_text(state, following).lstrip()
    return below[:1] != "[" and match_marker(below) is None


_MAX_NAME_TAIL = 3  # words of a name a wrapped notice ends on: "Farmgate Weekly."


def _name_then_links(text: str) -> bool:
    """Whether a line ends a notice's sentence in a few words, then gives links.

    ``Weekly. Unsubscribe | Update your preferences`` under ``You are
    receiving this email because you subscribed to Farmgate``.
    """
    head, _, rest = text.partition(". ")
    return (
        bool(rest)
        and len(head.split()) <= _MAX_NAME_TAIL
        and head[:1].isupper()
        and classify(rest) == "navigation"
    )


_CITED_SOURCE = regex.compile(r"(?:^|[.;)] )Sources?: \S")


def _table_source(state: StateBlock, line: int, end_line: int, text: str) -> bool:
    """Whether a line right under a table's last row names the table's source.

    ``Figures in tonnes of ore. Source: Ore Board``, alone on its line with
    no blank line above it: a note on the rows, not prose. (A line that
    opens with ``Source:`` is furniture wherever it stands.)
    """
    if "Source" not in text:
        return False
    above = block_above(state, line)
    return (
        above is not None
        and above.type == "table"
        and (line + 1 >= end_line or is_blank(state, line + 1))
        and _CITED_SOURCE.search(text) is not None
    )


def _table_next(state: StateBlock, line: int, end_line: int, kind: str) -> bool:
    """Whether the line under a line with a pipe may be the next row of a table.

    It holds a pipe too, and is not page furniture with another number of
    cells: a cookie banner (``Accept all | Reject all``) over a menu
    (``Home | News | Contact``) makes no table; ``Name | Role`` over
    ``Ana | Chair`` does. Nor do links over links, however many
    (``More recipes: A | B | C`` over ``Save | Print | Share``), nor a line
    of bylines under furniture.
    """
    if line + 1 >= end_line:
        return False
    following = line_text(state, line + 1)
    if "|" not in following:
        return is_delimiter(following)  # "-----+-----", the columns crossing
    found = classify(following.strip())
    if found in (None, "byline"):
        # not bylines side by side: "Ines Varga, Chief Economist | Rohan
        # Mehta, Rates Strategist" under the desk's date line
        cells = [cell.strip() for cell in following.split("|") if cell.strip()]
        if all(classify(cell) == "byline" for cell in cells):
            return False
    if found is None:
        return True
    if kind in _LINK_KINDS and found in _LINK_KINDS:
        return False
    if kind in _LINK_KINDS and found in _META_KINDS and _WORD.search(following):
        # a path over the byline: "Home | Courts" over "By … | …" (not a row
        # of times under a header: "09:00 | 09:35")
        return False
    if kind in _META_KINDS and found in _META_KINDS:
        return False  # "By Ana Ruiz | The Sentinel" over "March 19, 2025 | 4 min read"
    if field_opening(line_text(state, line)) and field_opening(following):
        # furniture over furniture, each opening on a label: "Release date: 19
        # March | Next release: 16 April" over "Statistician: Ana Ruiz |
        # stats@office.example"
        return False
    return following.count("|") == line_text(state, line).count("|")


_LINK_KINDS = frozenset({"navigation", "related", "share", "tags"})
_WORD = regex.compile(r"\p{L}{3}")
_META_KINDS = frozenset({"byline", "date", "reading_time"})


def boilerplate_plugin(md: MarkdownIt) -> None:
    """Add boilerplate lines, typed by :data:`KINDS`; they run before tables."""
    md.block.ruler.before("paragraph", "news_boilerplate", _boilerplate)
