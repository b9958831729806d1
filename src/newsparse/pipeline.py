"""Pipeline: prepare → block parse → tree (with normalisation) in ``parse``."""

from __future__ import annotations

from .blocks import tokenize
from .errors import require_str
from .nodes import Document
from .normalizer import Normalizer
from .options import NormalizeOptions, ParseOptions
from .prepare import prepare
from .tree import build, running_texts

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
    fixer = None
    if normalize is not False:
        chosen = normalize if isinstance(normalize, NormalizeOptions) else None
        fixer = Normalizer(chosen, running_texts(tokens, text, prepared))
    return build(tokens, text, prepared, fixer)
