"""Shared test helpers: where fixtures live, how to compare trees."""

from __future__ import annotations

from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parent
ARTICLES = TESTS / "fixtures" / "articles"
SHARED = TESTS.parent.parent / "shared"


def read_article(path: Path) -> str:
    """Read a fixture exactly as stored: BOM and line endings untouched."""
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def schema_diff(got: Any, expected: Any, path: str = "") -> list[str]:
    """List the differences on every key ``expected`` names (extra keys in ``got`` pass)."""
    if isinstance(expected, dict):
        if not isinstance(got, dict):
            return [f"{path}: expected an object, got {got!r}"]
        out: list[str] = []
        for key, value in expected.items():
            if key not in got:
                out.append(f"{path}.{key}: missing")
            else:
                out.extend(schema_diff(got[key], value, f"{path}.{key}"))
        return out
    if isinstance(expected, list):
        if not isinstance(got, list) or len(got) != len(expected):
            return [f"{path}: expected {len(expected)} entries, got {got!r}"[:300]]
        out = []
        for index, (a, b) in enumerate(zip(got, expected, strict=True)):
            out.extend(schema_diff(a, b, f"{path}[{index}]"))
        return out
    return [] if got == expected else [f"{path}: got {got!r}, expected {expected!r}"]
