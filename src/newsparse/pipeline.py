"""Pipeline: prepare → block parse → tree (with normalisation) in ``parse``."""

from __future__ import annotations

from markdown_it.token import Token

from .blocks import tokenize
from .errors import require_str
from .nodes import Document
from .normalizer import Edit, Normalizer
from .options import NormalizeOptions, ParseOptions
from .prepare import PreparedText, prepare
from .tree import build, text_ranges

__all__ = ["parse"]


def parse(
    text: str,
    *,
    normalize: bool | NormalizeOptions = True,
    options: ParseOptions | None = None,
) -> Document:
    """Parse news text into a :class:`~newsparse.Document`.

    Args:
        text: the article. Any ``str`` is accepted: line endings may be mixed,
            a BOM is dropped, and nothing raises on odd content.
        normalize: ``True`` to repair spacing and casing in every text (the
            default), ``False`` to keep texts as written, or
            :class:`~newsparse.NormalizeOptions` to choose the rules.
        options: switches for the block parser's conventions.

    Returns:
        The document tree; every node's ``span`` indexes ``text``.

    Raises:
        TypeError: ``text`` is not a ``str`` (decode bytes with
            :func:`newsparse.decode` first).

    Example:
        >>> doc = parse("Talks Resume\\nthe envoys met in geneva,Switzerland.")
        >>> doc.children[0].heading.text
        'Talks Resume'
        >>> doc.children[0].children[0].text
        'The envoys met in Geneva, Switzerland.'
    """
    require_str(text, "parse")
    prepared = prepare(text)
    tokens = tokenize(prepared.text, options)
    if normalize is False:
        return build(tokens, text, prepared, options=options)
    fixed, edits = _normalize_texts(
        text,
        prepared,
        tokens,
        normalize if isinstance(normalize, NormalizeOptions) else None,
    )
    return build(tokens, text, prepared, fixed, edits, options)


def _normalize_texts(
    text: str,
    prepared: PreparedText,
    tokens: list[Token],
    options: NormalizeOptions | None,
) -> tuple[dict[tuple[int, int], str], list[Edit]]:
    """Normalise every text of the tree in one pass over the document.

    Returns the normalised texts keyed by prepared range, and the edits with
    offsets into the original ``text``.
    """
    to_original = prepared.offsets.to_original
    ranges = text_ranges(tokens)
    starts = [to_original(r.start) for r in ranges]
    raws = [text[s : to_original(r.end)] for s, r in zip(starts, ranges, strict=True)]
    flags = [r.block_start for r in ranges]  # paragraphs and items: running text
    normalizer = Normalizer(
        options, [raw for raw, f in zip(raws, flags, strict=True) if f]
    )
    results = normalizer.explain_many(raws, flags, running=flags, origins=starts)
    fixed: dict[tuple[int, int], str] = {}
    edits: list[Edit] = []
    for where, result in zip(ranges, results, strict=True):
        fixed[where.start, where.end] = result.text
        edits.extend(result.edits)
    edits.sort(key=lambda e: (e.start, e.start != e.end, e.end))
    return fixed, edits
