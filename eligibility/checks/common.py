"""Small readers and phrases shared by the check modules."""

from __future__ import annotations

from functools import lru_cache

from eligibility.countries import country_name
from eligibility.fields import Node


def fields_of(node: Node, key: str = "fields") -> tuple[str, ...]:
    return tuple(node.get(key, Node.text_list, default=[]) or ())


def countries_of(node: Node, key: str) -> tuple[str, ...]:
    return node.get(key, Node.countries, default=()) or ()


def years_of(node: Node, key: str, *, required: bool = False) -> float | None:
    return node.get(key, lambda n: n.number(low=0, high=60), required=required)


def join_or(items: list[str] | tuple[str, ...], word: str = "or") -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


@lru_cache(maxsize=1024)
def field_label(fields: tuple[str, ...], limit: int = 3) -> str:
    """'police, law enforcement or security' (shortened for long lists): a criterion's own fields, worded once."""
    if not fields:
        return "professional"
    shown = list(fields[:limit])
    if len(fields) > limit:
        return ", ".join(shown) + " …"
    return join_or(shown)


def named(code: str) -> str:
    return f"{country_name(code)} ({code})"
