"""Pipeline: prepare → block parse → tree (with normalisation) in ``parse``."""

from __future__ import annotations

from bisect import bisect_right

import attrs

from .blocks import tokenize
from .errors import require_str
from .nodes import Document
from .normalizer import Edit, Normalizer
from .normalizer.context import SEP
from .options import NormalizeOptions, ParseOptions
from .prepare import PreparedText, prepare
from .tree import RawBlock, build, compact, text_ranges

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
    tokens = compact(tokenize(prepared.text, options))
    if normalize is False:
        return build(tokens, prepared, options=options)
    fixed, edits = _normalize_texts(
        text,
        prepared,
        tokens,
        normalize if isinstance(normalize, NormalizeOptions) else None,
    )
    if prepared.text is not text:  # line breaks or repairs changed it
        prepared, edits = _fold_repairs(text, prepared, edits)
    return build(tokens, prepared, fixed, edits, options)


def _normalize_texts(
    text: str,
    prepared: PreparedText,
    tokens: list[RawBlock],
    options: NormalizeOptions | None,
) -> tuple[dict[tuple[int, int], str], list[Edit]]:
    """Normalise every text of the tree in one pass over the document.

    Returns the normalised texts keyed by prepared range, and the edits with
    offsets into the original ``text`` (see :func:`_to_original`).
    """
    source = prepared.text
    # running: paragraphs and items; starts: texts whose first letter starts
    # a sentence (not the items of a list of fragments).
    normalizer = Normalizer(options)
    ranges, running, starts = text_ranges(
        tokens, source, normalizer.lexicon.is_ordinary_word
    )
    if len(ranges) < 2 or SEP in source:
        # The engine takes the vote from the running texts (see Normalizer).
        raws = [source[s:e] for s, e in ranges]
        origins = [s for s, _ in ranges]
        results = normalizer.explain_many(
            raws, starts, running=running, origins=origins
        )
    else:
        results = normalizer.explain_ranges(source, ranges, starts, running=running)
    fixed: dict[tuple[int, int], str] = {}
    edits: list[Edit] = []
    for where, result in zip(ranges, results, strict=True):
        fixed[where] = result.text
        edits.extend(result.edits)
    edits.sort(key=lambda e: (e.start, e.start != e.end, e.end))
    if prepared.text is not text:  # line breaks or repairs changed it
        edits = [_to_original(e, text, prepared) for e in edits]
    return fixed, edits


def _to_original(edit: Edit, text: str, prepared: PreparedText) -> Edit:
    """Move an edit from prepared offsets to the original input's.

    ``before`` becomes what the input holds there: ``"\\r\\n"`` for a line
    break the normaliser turned into a space, say.
    """
    start = prepared.offsets.to_original(edit.start)
    end = prepared.offsets.to_original(edit.end) if edit.end > edit.start else start
    return attrs.evolve(edit, start=start, end=end, before=text[start:end])


def _fold_repairs(
    text: str, prepared: PreparedText, edits: list[Edit]
) -> tuple[PreparedText, list[Edit]]:
    """Fold each repair that lies inside an edit into it (``mojibake+whitespace``).

    The repairs left and the edits then never overlap, so applying both to
    the input gives the tree's texts.
    """
    if not prepared.repairs or not edits:
        return prepared, edits
    starts = [e.start for e in edits]
    folded: dict[int, list[str]] = {}
    kept: list[Edit] = []
    for repair in prepared.repairs:
        index = bisect_right(starts, repair.start) - 1
        if (
            index >= 0
            and repair.end <= edits[index].end
            and edits[index].end > edits[index].start
        ):
            folded.setdefault(index, []).append(repair.rule)
        else:
            kept.append(repair)
    for index, rules in folded.items():
        edit = edits[index]
        rule = "+".join([*dict.fromkeys(rules), edit.rule])
        edits[index] = attrs.evolve(edit, rule=rule)
    return attrs.evolve(prepared, repairs=tuple(kept)), edits
