"""Extract: records from the tree.

Issue–stance tables and key/description records (:mod:`.stances`), the page's
metadata and question–answer pairs (:mod:`.page`).
"""

from __future__ import annotations

from .page import Metadata, QuestionAnswer, dateline, extract_faq, extract_metadata
from .stances import (
    Record,
    Stance,
    extract_records,
    extract_stances,
    parse_actor,
    stance_columns,
)

__all__ = [
    "Metadata",
    "QuestionAnswer",
    "Record",
    "Stance",
    "dateline",
    "extract_faq",
    "extract_metadata",
    "extract_records",
    "extract_stances",
    "parse_actor",
    "stance_columns",
]
