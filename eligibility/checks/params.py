"""A kind's parameters, declared once in its module.

`PARAMS` in a kind module lists `Param`s: name, value type, whether required,
default and the sentence that documents it. From that one declaration come
the rule-set reader (`read_params`, with the same located messages and did-you-mean
hints as every other field), the kind's part of the JSON Schema (`schema_of`)
and the README table (`checks.kinds_table`). A value type knows how to read
a node and how to describe itself in JSON Schema.
"""

from __future__ import annotations

from typing import Any

from eligibility.declared import (
    CEFR_SCHEMA as CEFR_SCHEMA,
)
from eligibility.declared import (
    COUNTRIES as COUNTRIES,
)
from eligibility.declared import (
    DEGREE_LEVEL_SCHEMA,
    TEXT_SCHEMA,
    Value,
)
from eligibility.declared import (
    FIELDS as FIELDS,
)
from eligibility.declared import (
    FLAG as FLAG,
)
from eligibility.declared import (
    TEXT as TEXT,
)
from eligibility.declared import (
    Param as Param,
)
from eligibility.declared import (
    keys as keys,
)
from eligibility.declared import (
    read_params as read_params,
)
from eligibility.declared import (
    records as records,
)
from eligibility.declared import (
    schema_of as schema_of,
)
from eligibility.degrees import LEVELS, parse_degree_level
from eligibility.errors import did_you_mean
from eligibility.fields import Node
from eligibility.languages import NATIVE, language_hint, language_name, parse_level

# --- value types ----------------------------------------------------------------------------


def _years(node: Node) -> float | None:
    return node.number(low=0, high=60)


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


def _fields_by_degree(node: Node) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """((level, fields), …): a hashable mapping, as parameters are kept."""
    if not node.is_mapping():
        node.error("must map a degree level to its fields", "for example {bachelor: [finance, accounting]}")
        return None
    by_level = []
    for key in node.value:
        level = parse_degree_level(key)
        if level is None:
            node.child(key).error(f"unknown degree level '{key}'", did_you_mean(str(key), LEVELS))
            continue
        fields = node.child(key).text_list()
        if fields:
            by_level.append((level, tuple(fields)))
    return tuple(by_level)


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


YEARS = Value(_years, {"type": "number", "minimum": 0, "maximum": 60}, "years, 0–60")
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
FIELDS_BY_DEGREE = Value(
    _fields_by_degree,
    {
        "type": "object",
        "additionalProperties": {"oneOf": [TEXT_SCHEMA, {"type": "array", "items": TEXT_SCHEMA}]},
        "propertyNames": DEGREE_LEVEL_SCHEMA,
    },
    "degree level → fields",
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


def plain_number(value: float) -> float | int:
    """A number as a rule set writes it: 2, not 2.0."""
    return int(value) if float(value).is_integer() else value


def merged_list(mine: list[Any] | None, theirs: list[Any] | None) -> list[Any]:
    """Both lists in order, each item once (two statements of one criterion merged)."""
    return list(dict.fromkeys(list(mine or []) + list(theirs or [])))
