"""newsparse: semi-structured news text → a typed document tree.

Example:
    >>> import newsparse
    >>> doc = newsparse.parse("Talks Resume\\nthe envoys met in geneva.")
    >>> doc.sections()[0].children[0].text
    'The envoys met in Geneva.'
"""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

from .errors import DecodeError, NewsparseError, SchemaError
from .extract import (
    Metadata,
    QuestionAnswer,
    Record,
    Stance,
    extract_faq,
    extract_metadata,
    extract_records,
    extract_stances,
    parse_actor,
)
from .nodes import (
    Block,
    Boilerplate,
    Document,
    Heading,
    Item,
    ListBlock,
    Node,
    Paragraph,
    Section,
    Span,
    Table,
)
from .normalizer import Edit, Explained, apply_edits, normalize, normalize_and_explain
from .options import NormalizeOptions, ParseOptions
from .pipeline import parse
from .prepare import decode
from .serialize import json_schema

try:
    __version__ = version("newsparse")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Block",
    "Boilerplate",
    "DecodeError",
    "Document",
    "Edit",
    "Explained",
    "Heading",
    "Item",
    "ListBlock",
    "Metadata",
    "NewsparseError",
    "Node",
    "NormalizeOptions",
    "Paragraph",
    "ParseOptions",
    "QuestionAnswer",
    "Record",
    "SchemaError",
    "Section",
    "Span",
    "Stance",
    "Table",
    "__version__",
    "apply_edits",
    "decode",
    "extract_faq",
    "extract_metadata",
    "extract_records",
    "extract_stances",
    "json_schema",
    "normalize",
    "normalize_and_explain",
    "parse",
    "parse_actor",
]
