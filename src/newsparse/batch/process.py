"""Batch: parse one article into its output records, never raising for a bad one."""

from __future__ import annotations

from typing import Any, Literal, get_args

import attrs

from ..extract import extract_records, extract_stances
from ..pipeline import parse
from ..serialize import record_to_dict, stance_to_dict, table_to_dict
from .inputs import Article, ArticleId

__all__ = ["RECORD_KINDS", "RecordKind", "Result", "process_article"]

RecordKind = Literal["documents", "stances", "tables", "records"]
"""What one output line holds: a whole document, a stance, a table or a record."""

RECORD_KINDS: tuple[RecordKind, ...] = get_args(RecordKind)
"""All :data:`RecordKind` values, the default first."""


@attrs.frozen(kw_only=True)
class Result:
    """What :func:`process_article` made of one article."""

    id: ArticleId
    """The article's id."""
    lines: tuple[dict[str, Any], ...]
    """The output records, each one JSON line; one error record on failure."""
    tables: int = 0
    """Tables in the article."""
    stances: int = 0
    """Issue–stance records in the article."""
    edits: int = 0
    """Normalisation edits made."""
    error: str | None = None
    """Why the article failed, or ``None``."""


def process_article(
    article: Article, *, records: RecordKind = "documents", normalize: bool = True
) -> Result:
    """Parse one article into its output records; never raises for a bad article.

    Args:
        article: the article; one with an :attr:`~Article.error` becomes an
            error record.
        records: what each output record holds. ``"documents"``: one record
            ``{"id", "document"}`` with the ``newsparse/1`` tree;
            ``"stances"``: one ``{"id", "actor", "issue", "stance", "column",
            "row"}`` per issue–stance record; ``"tables"``: one ``{"id",
            "index", "span", "header", "rows", "records"}`` per table;
            ``"records"``: one ``{"id", "key", "description", "source",
            "span"}`` per key/description record.
        normalize: ``False`` keeps texts as written.

    Returns:
        The records and counts. A failure gives one record ``{"id", "error"}``
        and sets :attr:`Result.error`; the message of an exception raised while
        parsing starts with the exception's class name.

    Example:
        >>> process_article(Article("x", error="no such file")).lines
        ({'id': 'x', 'error': 'no such file'},)
        >>> process_article(Article("y", "Talks\\nthe envoys met.")).edits
        1
    """
    ident = article.id
    if article.error is not None or article.text is None:
        error = article.error or "no text"
        return Result(id=ident, lines=({"id": ident, "error": error},), error=error)
    try:
        doc = parse(article.text, normalize=normalize)
        tables = doc.tables()
        stances = extract_stances(doc)
        lines: tuple[dict[str, Any], ...]
        if records == "stances":
            lines = tuple({"id": ident, **stance_to_dict(s)} for s in stances)
        elif records == "tables":
            lines = tuple(
                {"id": ident, **table_to_dict(i, t)} for i, t in enumerate(tables)
            )
        elif records == "records":
            lines = tuple(
                {"id": ident, **record_to_dict(r)} for r in extract_records(doc)
            )
        else:
            lines = ({"id": ident, "document": doc.to_dict()},)
    except Exception as exc:  # one bad article must not stop a batch
        error = f"{type(exc).__name__}: {exc}"
        return Result(id=ident, lines=({"id": ident, "error": error},), error=error)
    return Result(
        id=ident,
        lines=lines,
        tables=len(tables),
        stances=len(stances),
        edits=len(doc.edits),
    )
