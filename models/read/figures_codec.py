"""Figures as plain JSON and back, by their types: a frozen month's 统计, 通报 and 考核 read as they were written."""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin

from models.errors import Message

T = TypeVar("T")
_MESSAGE = "$message"  # a Message keeps its template and values, so the window can still say it in English


def to_plain(value: Any) -> Any:
    """A dataclass, NamedTuple, enum, day, Message or a collection of them as JSON's lists, dicts and scalars."""
    if isinstance(value, Message):
        return {_MESSAGE: value.template, "values": {key: to_plain(item) for key, item in value.values.items()}}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {item.name: to_plain(getattr(value, item.name)) for item in dataclasses.fields(value)}
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a NamedTuple: its fields by name
        return {name: to_plain(getattr(value, name)) for name in value._fields}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_plain(item) for key, item in value.items()}
    return value


def from_plain(kind: type[T], data: Any) -> T:
    """`data` (what to_plain made of a `kind`) as a `kind` again."""
    return typing.cast(T, _read(kind, data))


@cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def _read(kind: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        options = [option for option in get_args(kind) if option is not type(None)]
        return _read(options[0], data) if len(options) == 1 else data
    if origin in (list, tuple, set, frozenset, dict):
        args = get_args(kind)
        if origin is dict:
            return {key: _read(args[1], item) for key, item in data.items()}
        items = [_read(args[0], item) for item in data]
        return items if origin is list else origin(items)
    if isinstance(data, dict) and _MESSAGE in data:
        return Message(data[_MESSAGE], **{key: _message_value(item) for key, item in data["values"].items()})
    if kind is Any or kind is str or kind is int or kind is bool:
        return data
    if kind is float:
        return float(data)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    if kind is datetime:
        return datetime.fromisoformat(data)
    if kind is date:
        return date.fromisoformat(data)
    if isinstance(kind, type) and (dataclasses.is_dataclass(kind) or hasattr(kind, "_fields")):
        hints = _hints(kind)
        names = ([item.name for item in dataclasses.fields(kind) if item.init] if dataclasses.is_dataclass(kind)
                 else list(kind._fields))
        return kind(**{name: _read(hints[name], data[name]) for name in names if name in data})
    return data


def _message_value(data: Any) -> Any:
    return _read(str, data) if isinstance(data, dict) else data
