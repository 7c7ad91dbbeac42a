"""Fields declared once: how a field of a file is read, and what the JSON Schema says of it.

A `Param` names a field, its value type (`Value`: a reader of located nodes and
a piece of JSON Schema), whether it is required, its default and what it means.
A tuple of them describes a mapping in a file: a profile, a job in it, a rule
set's `posting` block, a criterion kind's parameters. The reader of that mapping
(`read_params`) and its JSON Schema (`object_schema`) both come from the tuple,
so the two never disagree; the readers keep their located messages and
did-you-mean hints (eligibility.fields).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from eligibility.degrees import LEVEL_ALIASES, LEVELS
from eligibility.fields import Node
from eligibility.languages import CEFR, NATIVE
from eligibility.periods import parse_day

TEXT_SCHEMA: dict[str, Any] = {"type": "string", "minLength": 1}
COUNTRY_SCHEMA: dict[str, Any] = {
    "type": "string",
    "minLength": 2,
    "description": "ISO 3166-1 code or English name; XK for Kosovo",
}
DATE_SCHEMA: dict[str, Any] = {
    "type": "string",
    "pattern": r"^\d{4}-\d{1,2}(-\d{1,2})?$",
    "description": "YYYY-MM or YYYY-MM-DD",
}
DAY_SCHEMA: dict[str, Any] = {"type": "string", "pattern": r"^\d{4}-\d{1,2}-\d{1,2}$", "description": "YYYY-MM-DD"}
DEGREE_LEVEL_SCHEMA: dict[str, Any] = {"enum": list(LEVELS) + sorted(LEVEL_ALIASES)}
CEFR_SCHEMA: dict[str, Any] = {"enum": list(CEFR) + [c.lower() for c in CEFR] + [NATIVE]}


@dataclass(frozen=True)
class Value:
    """A field's type: how to read it from a file, and its JSON Schema."""

    read: Callable[[Node], Any]
    """Reads the node, reporting problems on it; returns None when the value cannot be used."""
    schema: dict[str, Any]
    shown: str
    """A few words for the README table ('years, 0-60')."""


@dataclass(frozen=True)
class Param:
    name: str
    value: Value
    doc: str = ""
    """What it means, for the README table and the JSON Schema's description (none when empty)."""
    required: bool = False
    default: Any = None
    """Used when the file does not give it (or gives it wrongly, which is reported)."""
    then: Callable[[Node, dict[str, Any]], None] | None = None
    """A check against the fields read before it (an end after its start), run on the mapping's node
    as soon as this field is read, so that its problem is reported in reading order."""


def read_params(node: Node, params: tuple[Param, ...], order: tuple[str, ...] = ()) -> dict[str, Any]:
    """Every declared field, read and checked: a problem is reported on its node, and its default is used.

    `order` names the fields read first, where one field's reading depends on another's."""
    by_name = {p.name: p for p in params}
    values: dict[str, Any] = {}
    for p in [by_name[name] for name in order] + [p for p in params if p.name not in order]:
        got = node.get(p.name, p.value.read, required=p.required, default=None)
        values[p.name] = p.default if got is None else got
        if got is not None and p.then is not None:
            p.then(node, values)
    return {p.name: values[p.name] for p in params}


def schema_of(params: tuple[Param, ...]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The JSON Schema properties of these fields, and which are required."""
    properties = {p.name: {**p.value.schema, "description": p.doc} if p.doc else p.value.schema for p in params}
    return properties, tuple(p.name for p in params if p.required)


def object_schema(params: tuple[Param, ...], description: str | None = None) -> dict[str, Any]:
    """The JSON Schema of a mapping holding these fields and no others."""
    properties, required = schema_of(params)
    return closed_object(properties, tuple(required), description)


def closed_object(
    properties: dict[str, Any], required: tuple[str, ...] = (), description: str | None = None
) -> dict[str, Any]:
    """The JSON Schema of a mapping with these properties and no others."""
    schema: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": properties}
    if required:
        schema["required"] = list(required)
    if description:
        schema["description"] = description
    return schema


def keys(params: tuple[Param, ...]) -> tuple[str, ...]:
    return tuple(p.name for p in params)


def each(node: Node, params: tuple[Param, ...], build: Callable[[Node, dict[str, Any]], Any], order=()) -> tuple | None:
    """The records of a list of mappings holding these fields, each built from its values (None: left out)."""
    if not node.is_sequence():
        return None
    built = []
    for item in node.items():
        if not item.is_mapping():
            continue
        item.only_keys(keys(params))
        record = build(item, read_params(item, params, order))
        if record is not None:
            built.append(record)
    return tuple(built)


def records(params: tuple[Param, ...], build: Callable[[Node, dict[str, Any]], Any], shown: str, order=()) -> Value:
    """A list of small mappings with their own declared fields (a profile's jobs, an education criterion's paths)."""
    return Value(
        lambda node: each(node, params, build, order), {"type": "array", "items": object_schema(params)}, shown
    )


def _texts(node: Node) -> tuple[str, ...] | None:
    values = node.text_list()
    return None if values is None else tuple(values)


def _flag(node: Node) -> bool | None:
    return node.boolean()


def _countries(node: Node) -> tuple[str, ...] | None:
    return node.countries()


TEXT = Value(Node.text, TEXT_SCHEMA, "text")


def short_text(limit: int) -> Value:
    """Text of at most `limit` characters (a profile's name, a job's title): a longer value is refused with its
    length and the limit, never carried into every output."""
    return Value(lambda node: node.text(limit=limit), {**TEXT_SCHEMA, "maxLength": limit}, f"text, {limit:,} at most")


def short_phrases(limit: int) -> Value:
    """`FIELDS` with each phrase at most `limit` characters."""
    schema = {**TEXT_SCHEMA, "maxLength": limit}
    return Value(
        lambda node: None if (values := node.text_list(limit=limit)) is None else tuple(values),
        {"oneOf": [schema, {"type": "array", "items": schema}]},
        f"phrases, {limit:,} characters each at most",
    )


FLAG = Value(_flag, {"type": "boolean"}, "true or false")
FIELDS = Value(_texts, {"oneOf": [TEXT_SCHEMA, {"type": "array", "items": TEXT_SCHEMA}]}, "phrases")
COUNTRY = Value(Node.country, COUNTRY_SCHEMA, "a country")


def _day(node: Node) -> date | None:
    try:
        return parse_day(node.value)
    except ValueError as exc:
        node.error(str(exc))
        return None


DAY = Value(_day, DAY_SCHEMA, "a day, YYYY-MM-DD")
COUNTRIES = Value(_countries, {"oneOf": [COUNTRY_SCHEMA, {"type": "array", "items": COUNTRY_SCHEMA}]}, "countries")
DATE = Value(Node.date, DATE_SCHEMA, "a date, YYYY-MM or YYYY-MM-DD")
