"""A kind's parameters, declared once in its module.

`PARAMS` in a kind module lists `Param`s: name, value type, whether required,
default and the sentence that documents it. From that one declaration come
the rule-set reader (`read_params`, with the same located messages and did-you-mean
hints as every other field), the kind's part of the JSON Schema (`schema_of`)
and the README table (`checks.kinds_table`). A value type knows how to read
a node and how to describe itself in JSON Schema.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from eligibility.degrees import LEVEL_ALIASES, LEVELS, parse_degree_level
from eligibility.errors import did_you_mean
from eligibility.fields import Node
from eligibility.languages import CEFR, NATIVE, language_hint, language_name, parse_level

TEXT_SCHEMA: dict[str, Any] = {"type": "string", "minLength": 1}
COUNTRY_SCHEMA: dict[str, Any] = {
    "type": "string",
    "minLength": 2,
    "description": "ISO 3166-1 code or English name; XK for Kosovo",
}
DEGREE_LEVEL_SCHEMA: dict[str, Any] = {"enum": list(LEVELS) + sorted(LEVEL_ALIASES)}
CEFR_SCHEMA: dict[str, Any] = {"enum": list(CEFR) + [c.lower() for c in CEFR] + [NATIVE]}


@dataclass(frozen=True)
class Value:
    """A parameter's type: how to read it from a rule set, and its JSON Schema."""

    read: Callable[[Node], Any]
    """Reads the node, reporting problems on it; returns None when the value cannot be used."""
    schema: dict[str, Any]
    shown: str
    """A few words for the README table ('years, 0-60')."""


@dataclass(frozen=True)
class Param:
    name: str
    value: Value
    doc: str
    """What it means, for the README table and the JSON Schema's description."""
    required: bool = False
    default: Any = None
    """Used when the rule set does not give it."""


def read_params(node: Node, params: tuple[Param, ...]) -> dict[str, Any]:
    """Every declared parameter, read and checked: a problem is reported on its node, and its default is used."""
    values = {}
    for p in params:
        got = node.get(p.name, p.value.read, required=p.required, default=None)
        values[p.name] = p.default if got is None else got
    return values


def schema_of(params: tuple[Param, ...]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The JSON Schema properties of these parameters, and which are required."""
    properties = {p.name: {**p.value.schema, "description": p.doc} for p in params}
    return properties, tuple(p.name for p in params if p.required)


def keys(params: tuple[Param, ...]) -> tuple[str, ...]:
    return tuple(p.name for p in params)


# --- value types ----------------------------------------------------------------------------


def _years(node: Node) -> float | None:
    return node.number(low=0, high=60)


def _texts(node: Node) -> tuple[str, ...] | None:
    values = node.text_list()
    return None if values is None else tuple(values)


def _degree_level(node: Node) -> str | None:
    level = parse_degree_level(node.value) if isinstance(node.value, (str, int, float)) else None
    if level is None:
        node.error(
            f"unknown degree level '{node.value}'",
            did_you_mean(str(node.value), LEVELS) or f"use one of: {', '.join(LEVELS)}",
        )
    return level


def _degree_levels(node: Node) -> tuple[str, ...] | None:
    values = node.text_list()
    if values is None:
        return None
    levels = []
    for value in values:
        level = parse_degree_level(value)
        if level is None:
            node.error(
                f"unknown degree level '{value}'", did_you_mean(value, LEVELS) or f"use one of: {', '.join(LEVELS)}"
            )
        else:
            levels.append(level)
    return tuple(levels)


def _years_by_degree(node: Node) -> dict[str, float] | None:
    if not node.is_mapping():
        return None
    by_level = {}
    for key in node.value:
        level = parse_degree_level(key)
        if level is None:
            node.child(key).error(f"unknown degree level '{key}'", did_you_mean(str(key), LEVELS))
            continue
        years = node.child(key).number(low=0, high=60)
        if years is not None:
            by_level[level] = years
    return by_level


def _languages(node: Node) -> tuple[str, ...] | None:
    values = node.text_list()
    if values is None:
        return None
    names = []
    for value in values:
        name = language_name(value)
        if name is None:
            node.error(f"unknown language '{value}'", language_hint(value))
        else:
            names.append(name)
    return tuple(names)


def _cefr(node: Node) -> str | None:
    text = node.text()
    level = parse_level(text) if text else None
    if text and level is None:
        node.error(f"unknown level '{text}'", "use a CEFR level A1 … C2")
    return "C2" if level == NATIVE else level  # native speakers count as C2


def _flag(node: Node) -> bool | None:
    return node.boolean()


def _countries(node: Node) -> tuple[str, ...] | None:
    return node.countries()


TEXT = Value(Node.text, TEXT_SCHEMA, "text")
YEARS = Value(_years, {"type": "number", "minimum": 0, "maximum": 60}, "years, 0–60")
FLAG = Value(_flag, {"type": "boolean"}, "true or false")
FIELDS = Value(_texts, {"oneOf": [TEXT_SCHEMA, {"type": "array", "items": TEXT_SCHEMA}]}, "phrases")
COUNTRIES = Value(_countries, {"oneOf": [COUNTRY_SCHEMA, {"type": "array", "items": COUNTRY_SCHEMA}]}, "countries")
DEGREE_LEVEL = Value(_degree_level, DEGREE_LEVEL_SCHEMA, "a degree level")
DEGREE_LEVELS = Value(_degree_levels, {"type": "array", "items": DEGREE_LEVEL_SCHEMA}, "degree levels")
YEARS_BY_DEGREE = Value(
    _years_by_degree,
    {
        "type": "object",
        "additionalProperties": {"type": "number", "minimum": 0, "maximum": 60},
        "propertyNames": DEGREE_LEVEL_SCHEMA,
    },
    "degree level → years",
)
LANGUAGES = Value(_languages, {"oneOf": [TEXT_SCHEMA, {"type": "array", "items": TEXT_SCHEMA}]}, "languages")
CEFR_LEVEL = Value(_cefr, CEFR_SCHEMA, "a CEFR level or native")


def choice(*options: str) -> Value:
    """One of a few words."""

    def read_choice(node: Node) -> str | None:
        text = node.text()
        if text is not None and text not in options:
            node.error(
                f"unknown {node.path.rsplit('.', 1)[-1]} '{text}'",
                did_you_mean(text, options) or f"use one of: {', '.join(options)}",
            )
            return None
        return text

    return Value(read_choice, {"enum": list(options)}, " | ".join(options))


def records(params: tuple[Param, ...], build: Callable[[Node, dict[str, Any]], Any], shown: str) -> Value:
    """A list of small mappings with their own declared parameters (an education criterion's in-lieu paths)."""

    def read_records(node: Node) -> tuple[Any, ...] | None:
        if not node.is_sequence():
            return None
        built = []
        for item in node.items():
            if not item.is_mapping():
                continue
            item.only_keys(keys(params))
            record = build(item, read_params(item, params))
            if record is not None:
                built.append(record)
        return tuple(built)

    properties, required = schema_of(params)
    item_schema: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": properties}
    if required:
        item_schema["required"] = list(required)
    return Value(read_records, {"type": "array", "items": item_schema}, shown)
