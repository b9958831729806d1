"""Errors: the one base exception newsparse raises, and its kinds."""

from __future__ import annotations

__all__ = ["DecodeError", "NewsparseError", "SchemaError", "require_str"]


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class SchemaError(NewsparseError, ValueError):
    """A dict given to :meth:`Document.from_dict` is not a valid ``newsparse/1`` tree.

    The message names the path of the offending value, for example
    ``children[2].items[0].span``.
    """


class DecodeError(NewsparseError, ValueError):
    """Bytes could not be decoded as text.

    Attributes:
        position: byte offset of the first undecodable byte.
        encoding: the encoding that was tried.
    """

    def __init__(self, message: str, *, position: int, encoding: str) -> None:
        """Create the error with the byte ``position`` and the ``encoding`` tried."""
        super().__init__(message)
        self.position = position
        self.encoding = encoding


def require_str(value: object, function: str) -> None:
    """Raise a ``TypeError`` naming what ``function`` was given instead of a ``str``."""
    if isinstance(value, str):
        return
    msg = f"{function}() takes str, not {type(value).__name__}"
    if isinstance(value, (bytes, bytearray, memoryview)):
        msg += f"; decode it first, e.g. {function}(newsparse.decode(data))"
    raise TypeError(msg)
