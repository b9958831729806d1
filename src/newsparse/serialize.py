"""Serialise: ``newsparse/1`` dicts and JSON, Markdown and plain-text output."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from typing import Any

from .errors import SchemaError
from .extract import Record, Stance
from .nodes import (
    Block,
    Boilerplate,
    Document,
    Heading,
    Item,
    ListBlock,
    Paragraph,
    Section,
    Span,
    Table,
)
from .normalizer import Edit

__all__ = [
    "from_dict",
    "json_schema",
    "record_to_dict",
    "stance_to_dict",
    "table_to_dict",
    "to_dict",
    "to_json",
    "to_markdown",
    "to_text",
]

SCHEMA = "newsparse/1"


# --- to_dict ---------------------------------------------------------------


def _span(span: Span) -> list[int]:
    return [span.start, span.end]


def _block_dict(node: Block | Heading | Item) -> dict[str, Any]:
    if isinstance(node, Paragraph):
        return {"type": node.type, "text": node.text, "span": _span(node.span)}
    if isinstance(node, Boilerplate):
        return {
            "type": node.type,
            "kind": node.kind,
            "text": node.text,
            "span": _span(node.span),
        }
    if isinstance(node, Heading):
        return {
            "type": node.type,
            "level": node.level,
            "text": node.text,
            "span": _span(node.span),
        }
    if isinstance(node, ListBlock):
        return {
            "type": node.type,
            "ordered": node.ordered,
            "span": _span(node.span),
            "items": [_block_dict(i) for i in node.items],
        }
    if isinstance(node, Item):
        return {
            "type": node.type,
            "text": node.text,
            "term": node.term,
            "span": _span(node.span),
            "children": [_block_dict(c) for c in node.children],
        }
    if isinstance(node, Table):
        return {
            "type": node.type,
            "span": _span(node.span),
            "header": list(node.header),
            "rows": [list(r) for r in node.rows],
            "row_spans": [_span(r) for r in node.row_spans],
        }
    return {
        "type": node.type,
        "span": _span(node.span),
        "heading": _block_dict(node.heading),
        "children": [_block_dict(c) for c in node.children],
    }


def _edit_dict(edit: Edit) -> dict[str, Any]:
    return {
        "span": [edit.start, edit.end],
        "before": edit.before,
        "after": edit.after,
        "rule": edit.rule,
    }


def to_dict(doc: Document) -> dict[str, Any]:
    """Return the JSON-ready ``newsparse/1`` dict of ``doc``.

    Besides its children, the document carries ``metadata`` (see
    :class:`~newsparse.Metadata`; derived from the tree, so :func:`from_dict`
    does not read it), ``edits``: the normalisation edits with spans into
    the original input, and ``repairs`` (see :attr:`Document.repairs`).
    """
    return {
        "type": doc.type,
        "schema": SCHEMA,
        "children": [_block_dict(c) for c in doc.children],
        "metadata": doc.metadata.to_dict(),
        "edits": [_edit_dict(e) for e in doc.edits],
        "repairs": [_edit_dict(e) for e in doc.repairs],
    }


def to_json(doc: Document, *, indent: int | None = None) -> str:
    """Return ``doc`` as ``newsparse/1`` JSON, non-ASCII characters kept as is."""
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=indent)


def stance_to_dict(stance: Stance) -> dict[str, Any]:
    """Return the JSON fields of a stance: actor, issue, stance, column, row.

    Example:
        >>> import newsparse
        >>> doc = newsparse.parse("Issue | EU Position\\n---|---\\nGas | Firm")
        >>> stance_to_dict(newsparse.extract_stances(doc)[0])
        {'actor': 'EU', 'issue': 'Gas', 'stance': 'Firm', 'column': 'EU Position', 'row': 0}
    """  # noqa: E501
    return {
        "actor": stance.actor,
        "issue": stance.issue,
        "stance": stance.stance,
        "column": stance.column,
        "row": stance.row,
    }


def table_to_dict(index: int, table: Table) -> dict[str, Any]:
    """Return the JSON fields of a table: index, span, header, rows, records.

    Example:
        >>> import newsparse
        >>> table = newsparse.parse("Plan | Cost\\n---|---\\nWait | 0").tables()[0]
        >>> table_to_dict(0, table)
        {'index': 0, 'span': [0, 28], 'header': ['Plan', 'Cost'], 'rows': [['Wait', '0']], 'records': [{'Plan': 'Wait', 'Cost': '0'}]}
    """  # noqa: E501
    return {
        "index": index,
        "span": [table.span.start, table.span.end],
        "header": list(table.header),
        "rows": [list(row) for row in table.rows],
        "records": table.records(),
    }


def record_to_dict(record: Record) -> dict[str, Any]:
    """Return the JSON fields of a key/description record: key, description, source, span.

    Example:
        >>> import newsparse
        >>> record = newsparse.extract_records(newsparse.parse("- Gas: Firm."))[0]
        >>> record_to_dict(record)
        {'key': 'Gas', 'description': 'Firm.', 'source': 'list', 'span': [0, 12]}
    """  # noqa: E501
    return {
        "key": record.key,
        "description": record.description,
        "source": record.source,
        "span": [record.span.start, record.span.end],
    }


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the ``newsparse/1`` tree.

    The file ships in the package as ``schemas/newsparse-1.schema.json``.

    Example:
        >>> json_schema()["$defs"]["document"]["properties"]["schema"]
        {'const': 'newsparse/1'}
    """
    path = resources.files("newsparse") / "schemas" / "newsparse-1.schema.json"
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


# --- from_dict ---------------------------------------------------------------


def _need(data: Any, key: str, kind: type | tuple[type, ...], path: str) -> Any:
    if not isinstance(data, dict):
        msg = f"{path or 'document'}: expected an object, got {type(data).__name__}"
        raise SchemaError(msg)
    if key not in data:
        msg = f"{path or 'document'}: missing key {key!r}"
        raise SchemaError(msg)
    value = data[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = (
            kind.__name__
            if isinstance(kind, type)
            else "/".join(k.__name__ for k in kind)
        )
        msg = f"{path}.{key}: expected {names}, got {type(value).__name__}"
        raise SchemaError(msg.lstrip("."))
    return value


def _read_span(data: Any, path: str) -> Span:
    value = _need(data, "span", list, path)
    ok = len(value) == 2 and all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    )
    if not ok or not 0 <= value[0] <= value[1]:
        msg = (
            f"{path}.span: expected [start, end] with 0 <= start <= end, got {value!r}"
        )
        raise SchemaError(msg.lstrip("."))
    return Span(value[0], value[1])


def _strings(values: Any, path: str) -> tuple[str, ...]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        msg = f"{path}: expected a list of strings"
        raise SchemaError(msg)
    return tuple(values)


def _read_heading(data: Any, path: str) -> Heading:
    level = _need(data, "level", int, path)
    if not 1 <= level <= 6:
        msg = f"{path}.level: expected 1 to 6, got {level}"
        raise SchemaError(msg)
    return Heading(
        level=level, text=_need(data, "text", str, path), span=_read_span(data, path)
    )


def _read_block(data: Any, path: str) -> Block:
    kind = _need(data, "type", str, path)
    reader = _READERS.get(kind)
    if reader is None:
        msg = f"{path}.type: unknown block type {kind!r}"
        raise SchemaError(msg)
    return reader(data, path)


def _read_children(data: Any, key: str, path: str) -> tuple[Block, ...]:
    values = _need(data, key, list, path)
    return tuple(_read_block(v, f"{path}.{key}[{i}]") for i, v in enumerate(values))


def _read_item(data: Any, path: str) -> Item:
    term = data.get("term") if isinstance(data, dict) else None
    if term is not None and not isinstance(term, str):
        msg = f"{path}.term: expected a string or null"
        raise SchemaError(msg)
    return Item(
        text=_need(data, "text", str, path),
        term=term,
        span=_read_span(data, path),
        children=_read_children(data, "children", path),
    )


def _read_list(data: Any, path: str) -> ListBlock:
    items = _need(data, "items", list, path)
    return ListBlock(
        ordered=_need(data, "ordered", bool, path),
        items=tuple(_read_item(v, f"{path}.items[{i}]") for i, v in enumerate(items)),
        span=_read_span(data, path),
    )


def _read_table(data: Any, path: str) -> Table:
    rows = _need(data, "rows", list, path)
    row_spans = data.get("row_spans", [])
    if not isinstance(row_spans, list):
        msg = f"{path}.row_spans: expected a list"
        raise SchemaError(msg)
    return Table(
        header=_strings(_need(data, "header", list, path), f"{path}.header"),
        rows=tuple(_strings(r, f"{path}.rows[{i}]") for i, r in enumerate(rows)),
        span=_read_span(data, path),
        row_spans=tuple(
            _read_span({"span": r}, f"{path}.row_spans[{i}]")
            for i, r in enumerate(row_spans)
        ),
    )


def _read_section(data: Any, path: str) -> Section:
    return Section(
        heading=_read_heading(_need(data, "heading", dict, path), f"{path}.heading"),
        children=_read_children(data, "children", path),
        span=_read_span(data, path),
    )


def _read_paragraph(data: Any, path: str) -> Paragraph:
    return Paragraph(text=_need(data, "text", str, path), span=_read_span(data, path))


def _read_boilerplate(data: Any, path: str) -> Boilerplate:
    return Boilerplate(
        kind=_need(data, "kind", str, path),
        text=_need(data, "text", str, path),
        span=_read_span(data, path),
    )


_READERS: dict[str, Callable[[Any, str], Block]] = {
    "paragraph": _read_paragraph,
    "boilerplate": _read_boilerplate,
    "list": _read_list,
    "table": _read_table,
    "section": _read_section,
}


def _read_edit(data: Any, path: str) -> Edit:
    span = _read_span(data, path)
    return Edit(
        start=span.start,
        end=span.end,
        before=_need(data, "before", str, path),
        after=_need(data, "after", str, path),
        rule=_need(data, "rule", str, path),
    )


def from_dict(data: dict[str, Any]) -> Document:
    """Rebuild a :class:`Document` from a ``newsparse/1`` dict.

    Raises:
        SchemaError: the dict does not follow the schema; the message names
            the path of the first offending value.
    """
    if _need(data, "type", str, "") != "document":
        msg = "type: expected 'document'"
        raise SchemaError(msg)
    schema = _need(data, "schema", str, "")
    if schema != SCHEMA:
        msg = f"schema: expected {SCHEMA!r}, got {schema!r}"
        raise SchemaError(msg)
    return Document(
        children=_read_children(data, "children", ""),
        edits=_read_edits(data, "edits"),
        repairs=_read_edits(data, "repairs"),
    )


def _read_edits(data: dict[str, Any], key: str) -> tuple[Edit, ...]:
    edits = data.get(key, [])
    if not isinstance(edits, list):
        msg = f"{key}: expected a list"
        raise SchemaError(msg)
    return tuple(_read_edit(e, f"{key}[{i}]") for i, e in enumerate(edits))


# --- Markdown and plain text -----------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _render(blocks: tuple[Block, ...], markdown: bool) -> list[str]:
    """Render blocks to a list of chunks (one per block), without recursion."""
    chunks: list[str] = []
    stack: list[tuple[Block, ...]] = [blocks]
    positions = [0]
    while stack:
        if positions[-1] >= len(stack[-1]):
            stack.pop()
            positions.pop()
            continue
        node = stack[-1][positions[-1]]
        positions[-1] += 1
        if isinstance(node, Section):
            heading = node.heading
            prefix = "#" * heading.level + " " if markdown else ""
            chunks.append(prefix + heading.text)
            stack.append(node.children)
            positions.append(0)
        elif isinstance(node, (Paragraph, Boilerplate)):
            chunks.append(node.text)
        elif isinstance(node, ListBlock):
            chunks.append("\n".join(_list_lines(node)))
        else:
            chunks.append("\n".join(_table_lines(node, markdown)))
    return chunks


def _list_lines(node: ListBlock) -> list[str]:
    lines: list[str] = []
    stack: list[tuple[ListBlock, int, int]] = [(node, 0, 0)]
    while stack:
        current, index, depth = stack.pop()
        if index >= len(current.items):
            continue
        item = current.items[index]
        stack.append((current, index + 1, depth))
        number = f"{index + 1}." if current.ordered else "-"
        lines.append(f"{'    ' * depth}{number} {item.text}")
        for child in reversed(item.children):
            if isinstance(child, ListBlock):
                stack.append((child, 0, depth + 1))
    return lines


def _table_lines(node: Table, markdown: bool) -> list[str]:
    if not markdown:
        return [" | ".join(row) for row in (node.header, *node.rows)]
    width = (
        max(len(node.header), *(len(r) for r in node.rows))
        if node.rows
        else len(node.header)
    )
    header = list(node.header) + [""] * (width - len(node.header))
    lines = ["| " + " | ".join(_cell(c) for c in header) + " |"]
    lines.append("|" + "|".join(["---"] * width) + "|")
    for row in node.rows:
        cells = list(row) + [""] * (width - len(row))
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return lines


def to_markdown(doc: Document) -> str:
    """Render ``doc`` as Markdown: ATX headings, ``-``/``1.`` lists, pipe tables."""
    return "\n\n".join(_render(doc.children, markdown=True)) + "\n"


def to_text(doc: Document) -> str:
    """Render ``doc`` as plain text, one block per paragraph, cells joined by `|`."""
    return "\n\n".join(_render(doc.children, markdown=False)) + "\n"
