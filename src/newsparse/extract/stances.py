"""Extract: issue–stance records from tables, with the actor read from headers."""

from __future__ import annotations

import attrs
import regex

from ..nodes import Document, Item, Span, Table

__all__ = [
    "Record",
    "Stance",
    "extract_records",
    "extract_stances",
    "parse_actor",
    "stance_columns",
]

# Header words that name the subject column of an issue–stance table.
SUBJECT_WORDS = frozenset(
    [
        "issue",
        "issues",
        "topic",
        "topics",
        "area",
        "areas",
        "question",
        "questions",
        "aspect",
        "aspects",
        "factor",
        "factors",
        "file",
        "files",
        "division",
        "divisions",
        "subject",
        "subjects",
        "matter",
        "matters",
        "point",
        "points",
        "theme",
        "themes",
        "dimension",
        "dimensions",
        "item",
        "items",
        "policy",
        "policies",
        "concern",
        "concerns",
    ]
)
# Header words that name a position column.
POSITION_WORDS = frozenset(
    [
        "stance",
        "stances",
        "position",
        "positions",
        "view",
        "views",
        "response",
        "responses",
        "outlook",
        "attitude",
        "attitudes",
        "perspective",
        "perspectives",
        "approach",
        "approaches",
        "standpoint",
        "opinion",
        "opinions",
    ]
)
_WORDS = regex.compile(r"[\p{L}\p{N}]+")
# The possessive ending of an actor: "Russia’s" -> "Russia", "Unions’" -> "Unions";
# "Players’ Union" keeps its inner apostrophe.
_POSSESSIVE_END = regex.compile(r"['’]s?$")
# "Position of the EU" -> "EU".
_OF = regex.compile(r"(?P<rest>.+?)\s+of\s+(?:the\s+)?(?P<actor>.+)", regex.IGNORECASE)
# "Stance (China)" -> "China".
_BRACKET = regex.compile(r"(?P<rest>.+?)\s*\((?P<actor>[^()]+)\)")


@attrs.frozen(kw_only=True)
class Stance:
    """One actor's position on one issue, read from one table cell."""

    actor: str | None
    """Who holds the position (``"Russia"`` from ``Russia’s Stance``), or ``None``."""
    issue: str
    """The subject-column cell of the row."""
    stance: str
    """The position cell."""
    column: str
    """The header of the position column."""
    row: int
    """The row's index in :attr:`Table.rows`."""
    table_span: Span
    """The span of the table the record comes from."""
    row_span: Span | None = None
    """The span of the row the record comes from, when the table knows it."""


@attrs.frozen(kw_only=True)
class Record:
    """A key and its description: a two-column table row or a ``Term: …`` item."""

    key: str
    """The first cell, or the item's term."""
    description: str
    """The second cell, or the item's text after the term."""
    source: str
    """``"table"`` or ``"list"``."""
    span: Span
    """The span of the row or item."""


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORDS.findall(text)]


def _is_subject(header: str) -> bool:
    words = _words(header)
    return (
        bool(words)
        and len(words) <= 3
        and any(w in SUBJECT_WORDS for w in words)
        and not any(w in POSITION_WORDS for w in words)
    )


def _is_position(header: str) -> bool:
    return any(w in POSITION_WORDS for w in _words(header))


def parse_actor(header: str) -> str | None:
    """Read the actor from a position-column header, or ``None`` when it names none.

    Example:
        >>> [parse_actor(h) for h in ["Russia’s Stance", "US Position",
        ...  "Position of the EU", "Stance (China)", "Kyiv's View",
        ...  "Players’ Union Position", "Stance"]]
        ['Russia', 'US', 'EU', 'China', 'Kyiv', 'Players’ Union', None]
    """
    text = " ".join(header.split())
    for pattern in (_BRACKET, _OF):
        match = pattern.fullmatch(text)
        if match and _is_position(match.group("rest")):
            return match.group("actor").strip() or None
    words = text.split()
    while words and words[-1].casefold().strip(".,:") in POSITION_WORDS:
        words.pop()
    if not words or len(words) == len(text.split()):
        return None
    return _POSSESSIVE_END.sub("", " ".join(words)) or None


def stance_columns(table: Table) -> tuple[int, list[int]] | None:
    """Return ``(subject column, position columns)`` of a stance table, or ``None``.

    Example:
        >>> header = ("Issue", "EU Position", "UK Position")
        >>> t = Table(header=header, rows=(), span=Span(0, 1))
        >>> stance_columns(t)
        (0, [1, 2])
    """
    subject = next((i for i, h in enumerate(table.header) if _is_subject(h)), None)
    if subject is None:
        return None
    positions = [
        i for i, h in enumerate(table.header) if i != subject and _is_position(h)
    ]
    return (subject, positions) if positions else None


def extract_stances(doc: Document | Table) -> tuple[Stance, ...]:
    """Return one record per row and position column of every issue–stance table.

    A table is an issue–stance table when one header cell names a subject
    (Issue, Topic, Area, Question, Aspect, Key point, Factor, …) and at
    least one other names a position (Stance, Position, View, Response,
    Outlook, …). Other tables give no records.

    Example:
        >>> import newsparse
        >>> text = "Issue | Russia’s Stance |\\n---|---|\\nSanctions | Opposed |"
        >>> doc = newsparse.parse(text)
        >>> [(s.actor, s.issue, s.stance) for s in extract_stances(doc)]
        [('Russia', 'Sanctions', 'Opposed')]
    """
    tables = [doc] if isinstance(doc, Table) else doc.tables()
    records: list[Stance] = []
    for table in tables:
        columns = stance_columns(table)
        if columns is None:
            continue
        subject, positions = columns
        for index, row in enumerate(table.rows):
            issue = row[subject] if subject < len(row) else ""
            for column in positions:
                stance = row[column] if column < len(row) else ""
                if not issue and not stance:
                    continue
                records.append(
                    Stance(
                        actor=parse_actor(table.header[column]),
                        issue=issue,
                        stance=stance,
                        column=table.header[column],
                        row=index,
                        table_span=table.span,
                        row_span=_row_span(table, index),
                    )
                )
    return tuple(records)


def _row_span(table: Table, index: int) -> Span | None:
    return table.row_spans[index] if index < len(table.row_spans) else None


def extract_records(doc: Document) -> tuple[Record, ...]:
    """Return key/description records from two-column tables and ``Term:`` items.

    Issue–stance tables give stances (see :func:`extract_stances`), not
    records; tables of other widths are reachable through
    :meth:`Table.records`. Records come in reading order.

    Example:
        >>> import newsparse
        >>> text = "- Crimea: Annexed.\\nPlan | Description\\n---|---\\nWait | Nothing"
        >>> records = extract_records(newsparse.parse(text))
        >>> [(r.key, r.description, r.source) for r in records]
        [('Crimea', 'Annexed.', 'list'), ('Wait', 'Nothing', 'table')]
    """
    records: list[Record] = []
    for node in doc.walk():
        if isinstance(node, Item) and node.term is not None:
            records.append(
                Record(
                    key=node.term,
                    description=node.description,
                    source="list",
                    span=node.span,
                )
            )
        elif (
            isinstance(node, Table)
            and len(node.header) == 2
            and stance_columns(node) is None
        ):
            for index, row in enumerate(node.rows):
                span = _row_span(node, index) or node.span
                records.append(
                    Record(key=row[0], description=row[1], source="table", span=span)
                )
    return tuple(records)
