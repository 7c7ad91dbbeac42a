"""A Draft written as a profile file: the profile format, a comment on every inferred value, the open questions."""

from __future__ import annotations

import re
from typing import Any

import yaml

from eligibility.cv import open_entries, profile_data
from eligibility.cv.draft import Draft
from eligibility.profile import PROFILE_KEYS

_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_JOB_KEYS = ("title", "employer", "start", "end", "fields", "management", "fraction")
_DEGREE_KEYS = ("level", "field", "completed")
_HELD_BACK = "what the CV leaves open there: a criterion those sections fail is unknown until it is answered"


def _scalar(value: Any) -> str:
    if isinstance(value, str) and _DATE.fullmatch(value):
        return value  # the profile reader keeps dates as text
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10_000).strip()
    return text[: -len("\n...")].strip() if text.endswith("\n...") else text.removesuffix("...").strip()


def _line(indent: str, key: str, value: Any, note: str | None) -> str:
    line = f"{indent}{key}: {_scalar(value)}"
    return f"{line}  # {note}" if note else line


def render(draft: Draft, *, header: str = "") -> str:
    """The profile text; every comment line starts with '#', so the file reads as the profile it states."""
    out = [header.rstrip("\n")] if header else []
    out.append(f"# Imported from {draft.source} ({draft.format}) by `eligibility import`.")
    out.append("# Values with a comment were inferred from the CV by the documented rules: check them.")
    open_questions = [q.text for q in draft.questions]
    if open_questions:
        out.append("# What the CV does not say (until answered, criteria that need it stay unknown):")
        out += [f"#   - {text}" for text in open_questions]
    for key in draft.withheld:
        entries = open_entries(draft, key)
        if entries:
            out.append(f"# {key} read from the CV, not stated until the questions above about it are answered:")
            out += ["#   " + line for line in _section(draft, key, entries, indexed=draft.withheld[key])]
    data = profile_data(draft)
    for key in PROFILE_KEYS:
        if key in data:
            out += _section(draft, key, data[key], indexed=draft.withheld.get(key, data[key]))
    return "\n".join(out) + "\n"


def _section(draft: Draft, key: str, value: Any, *, indexed: Any = None) -> list[str]:
    """The lines of one section; `indexed`: the whole list its entries are from, where the notes are kept."""
    note = draft.notes.get((key,)) or (_HELD_BACK if key == "held_back" else None)
    out = []
    if key in ("experience", "education"):
        order = _JOB_KEYS if key == "experience" else _DEGREE_KEYS
        out.append(f"{key}:")
        whole = indexed if isinstance(indexed, list) else value
        for entry in value:
            if entry is None:
                continue  # answered as not obtained
            index = next(i for i, e in enumerate(whole) if e is entry)
            first = True
            if key == "education" and "level" not in entry:
                out.append("  - level: unknown  # the CV does not say")
                first = False
            for field in order:
                if field not in entry:
                    continue
                prefix = "  - " if first else "    "
                out.append(_line(prefix, field, entry[field], draft.notes.get((key, index, field))))
                first = False
    elif isinstance(value, dict) and value:
        out.append(f"{key}:" + (f"  # {note}" if note else ""))
        for sub, item in value.items():
            out.append(_line("  ", str(sub), item, draft.notes.get((key, sub))))
    else:
        out.append(_line("", key, value, note))
    return out
