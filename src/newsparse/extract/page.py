"""Extract: the page around the story (metadata) and question–answer pairs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeGuard

import attrs
import regex

from ..blocks.boilerplate import MONTH
from ..nodes import Boilerplate, Document, Heading, ListBlock, Paragraph, Section, Span

__all__ = ["Metadata", "QuestionAnswer", "dateline", "extract_faq", "extract_metadata"]

_MONTH = rf"(?i:{MONTH})"
# "BRUSSELS, May 3 (Reuters) – ", "LONDON (AP) — ", "Nairobi, Kenya, 4 June – ".
_DATELINE = regex.compile(
    r"(?P<place>\p{Lu}[\p{L}.'’ -]{1,40}?)(?:,\s*\p{Lu}[\p{L}.'’ ]{1,30}?)?"
    rf"(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?))?"
    r"\s*(?:\((?P<agency>[^()\n]{2,40})\))?\s*(?:[–—]|--?)\s"
)
# The agency first: "(AP) — NAIROBI, Kenya — ", "(Reuters) - LONDON ", where
# the place, in capitals, ends at a dash, at the end, or before the story.
_AGENCY_FIRST = regex.compile(
    r"\((?P<agency>[^()\n]{2,40})\)\s*(?:[–—]|--?)\s*"
    r"(?P<place>\p{Lu}[\p{Lu}.'’ -]{1,40}?)(?:,\s*\p{Lu}[\p{L}.'’ ]{1,30}?)?"
    r"(?:\s*(?:[–—]|--?)(?:\s|$)|\s+(?=[\p{Lu}\d“‘\"'])|$)"
)
_CITATION = regex.compile(r"\[\d{1,3}\]")
_QUESTION_WORDS = 20


def dateline(text: str) -> str | None:
    """Return the dateline that opens a paragraph, without its dash, or ``None``.

    The place must be in capitals, or come with a date or a news agency; with
    the agency first (``(AP) — NAIROBI, Kenya``), in capitals.

    Example:
        >>> dateline("GENEVA, May 3 (Reuters) – Talks resumed on Friday.")
        'GENEVA, May 3 (Reuters)'
        >>> dateline("(AP) — NAIROBI, Kenya — Prices rose on Friday.")
        '(AP) — NAIROBI, Kenya'
        >>> dateline("Officials said – again – that no deal was near.") is None
        True
    """
    match = _DATELINE.match(text)
    if match is None:
        agency_first = _AGENCY_FIRST.match(text)
        if agency_first is None or not _in_capitals(agency_first.group("place")):
            return None
        return text[: agency_first.end()].rstrip().rstrip("–—-").rstrip()
    if not (
        _in_capitals(match.group("place"))
        or match.group("date")
        or match.group("agency")
    ):
        return None
    return text[: match.end()].rstrip().rstrip("–—-").rstrip()


def _in_capitals(place: str) -> bool:
    """Whether a dateline's place is written in capitals (``NAIROBI``)."""
    place = place.strip()
    return place.upper() == place and sum(c.isalpha() for c in place) >= 3


@attrs.frozen(kw_only=True)
class Metadata:
    """What the page says about the story, read from the tree.

    Every field is ``None`` (or empty) when the article does not have it.
    """

    title: str | None = None
    """The level-1 heading that opens the article."""
    byline: str | None = None
    """The first byline, as written (``By Ana Ruiz, Madrid``)."""
    date: str | None = None
    """The first date line, as written (``Published: 3 May 2025, 14:05 GMT``)."""
    dateline: str | None = None
    """The dateline opening the first paragraph (``GENEVA, May 3 (Reuters)``)."""
    source: str | None = None
    """The first source line (``Source: Eurostat``, ``SOURCE Acme Corp``)."""
    citations: tuple[str, ...] = ()
    """Citation markers such as ``[1]`` in the running text, first mention order."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict (the ``metadata`` key of the document)."""
        return {
            "title": self.title,
            "byline": self.byline,
            "date": self.date,
            "dateline": self.dateline,
            "source": self.source,
            "citations": list(self.citations),
        }


def extract_metadata(doc: Document) -> Metadata:
    """Read the title, byline, date, dateline, source and citations of ``doc``.

    Example:
        >>> from newsparse import parse
        >>> doc = parse("By Ana Ruiz\\nLISBON (AP) – The port reopened [1].")
        >>> meta = extract_metadata(doc)
        >>> meta.byline, meta.dateline, meta.citations
        ('By Ana Ruiz', 'LISBON (AP)', ('[1]',))
    """
    first: dict[str, str] = {}
    for block in doc.boilerplate():
        first.setdefault(block.kind, block.text)
    citations: dict[str, None] = {}
    for node in doc.walk():
        if isinstance(node, Paragraph) or node.type == "item":
            for marker in _CITATION.findall(getattr(node, "text", "")):
                citations.setdefault(marker, None)
    return Metadata(
        title=doc.title,
        byline=first.get("byline"),
        date=first.get("date"),
        dateline=_first_dateline(doc),
        source=first.get("source"),
        citations=tuple(citations),
    )


def _first_dateline(doc: Document) -> str | None:
    """The dateline opening the first paragraph, or standing on its own line.

    Set apart from the story by a blank line, a dateline is a byline block.
    """
    paragraphs = doc.paragraphs()
    found = dateline(paragraphs[0].text) if paragraphs else None
    if found is None:
        for block in doc.boilerplate():
            if block.kind == "byline":
                found = dateline(block.text.strip() + " ")
                if found is not None:
                    break
    return found


@attrs.frozen(kw_only=True)
class QuestionAnswer:
    """A question and its answer, from an FAQ block or a question heading."""

    question: str
    """The question as written, ending in ``?``."""
    answer: str
    """The paragraphs (and list items) after the question, joined by newlines."""
    span: Span
    """From the question to the end of the answer."""


def _flat(doc: Document) -> Iterator[Heading | Paragraph | ListBlock | Boilerplate]:
    """Headings and top-level blocks in reading order (list items stay in lists)."""
    stack: list[Iterator[Any]] = [iter(doc.children)]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
        elif isinstance(node, Section):
            yield node.heading
            stack.append(iter(node.children))
        elif isinstance(node, (Paragraph, ListBlock, Boilerplate)):
            yield node


def _is_question(node: object) -> TypeGuard[Heading | Paragraph]:
    if isinstance(node, Heading):
        return node.text.endswith("?")
    if isinstance(node, Paragraph):
        text = node.text
        return text.endswith("?") and len(text.split()) <= _QUESTION_WORDS
    return False


def _answer_text(block: Paragraph | ListBlock) -> str:
    if isinstance(block, Paragraph):
        return block.text
    return "\n".join(item.text for item in block.items)


def extract_faq(doc: Document) -> list[QuestionAnswer]:
    """Return the question–answer pairs of ``doc``.

    A question is a heading ending in ``?``, or a short paragraph ending in
    ``?``; its answer is the paragraphs and lists after it, up to the next
    heading or question. A question without an answer gives no pair.

    Example:
        >>> from newsparse import parse
        >>> doc = parse("Who can apply?\\nAny resident over 18.\\nIs it free?\\nYes.")
        >>> [(qa.question, qa.answer) for qa in extract_faq(doc)]
        [('Who can apply?', 'Any resident over 18.'), ('Is it free?', 'Yes.')]
    """
    pairs: list[QuestionAnswer] = []
    question: Heading | Paragraph | None = None
    answer: list[Paragraph | ListBlock] = []

    def close() -> None:
        if question is not None and answer:
            text = "\n".join(_answer_text(block) for block in answer)
            span = Span(question.span.start, answer[-1].span.end)
            pairs.append(QuestionAnswer(question=question.text, answer=text, span=span))

    for node in _flat(doc):
        if _is_question(node):
            close()
            question, answer = node, []
        elif isinstance(node, (Paragraph, ListBlock)) and question is not None:
            answer.append(node)
        elif isinstance(node, Heading):
            close()
            question, answer = None, []
    close()
    return pairs
