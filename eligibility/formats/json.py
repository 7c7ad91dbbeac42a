"""The JSON shape of a result: a stable contract for scripts (README, 'JSON output')."""

from __future__ import annotations

import json
from typing import Any

import orjson

from eligibility.formats.brief import advice, advice_items, changed_today
from eligibility.formats.safe import file_text
from eligibility.outcome import Finding, Result, Status
from eligibility.rules import SCHEMA_VERSION as SCHEMA_VERSION  # one version for rule sets and results

_VALUE = {status: status.value for status in Status}
"""Each status's value, read from a dict: an enum member's `.value` is a Python-level property."""


def criterion_dict(finding: Finding) -> dict[str, Any]:
    """One criterion's entry under "criteria"."""
    c, o = finding.criterion, finding.outcome
    return {
        "id": c.id,
        "kind": c.kind,
        "mandatory": c.mandatory,
        "decisive": finding.decisive,
        "status": _VALUE[o.status],
        "reason": o.reason,
        "source": c.source,
        "origin": c.origin,
        "advice": list(advice(finding)),
        "facts": o.facts,
    }


def result_dict(
    result: Result, *, criteria: bool = True, after_degree: bool = False, rows: list[Any] | None = None
) -> dict[str, Any]:
    """`after_degree`: the counting option the result was made with, recorded so a reader knows how years were counted.
    `rows`: the criteria's entries, where the caller has made them (result_bytes passes entries encoded already)."""
    posting = result.ruleset.posting
    if rows is None:
        rows = [criterion_dict(f) for f in result.findings] if criteria else []
    counts = dict.fromkeys(_VALUE.values(), 0)
    for f in result.with_status(*Status):  # the decisive findings
        counts[_VALUE[f.outcome.status]] += 1
    data = {
        "schema_version": SCHEMA_VERSION,
        "posting": {
            "id": posting.id,
            "title": posting.title,
            "organisation": posting.organisation,
            "duty_station": posting.duty_station,
            "country": posting.country,
            "closes": posting.closes.isoformat() if posting.closes else None,
            "file": file_text(result.ruleset.file) if result.ruleset.file else result.ruleset.file,
        },
        "candidate": {"name": result.profile.name, "file": file_text(result.profile.file)},
        "as_of": result.as_of.isoformat(),
        "as_of_basis": result.as_of_basis,
        "options": {"experience_after_degree": after_degree},
        "verdict": result.verdict.value,
        "score": result.score,
        "counts": counts,
        "criteria": rows,
        "qualifies_on": result.qualifies_on.isoformat() if result.qualifies_on else None,
        # One item per gap, those no qualification can close first (as in the terminal view).
        "advice": [{"criterion": f.criterion.id, "text": text} for f, text in advice_items(result)],
        "open_review": [{"criterion": r.criterion, "issue": r.issue} for r in result.ruleset.review],
    }
    if not criteria:
        del data["criteria"]
    return data


def today_dict(result: Result, now: Result) -> dict[str, Any]:
    """`check --json`'s "today", where the result is as of a closing date still ahead: the assessment as of today
    (current jobs counted to today, not to the closing date) and the decisive criteria whose status differs."""
    return {
        "as_of": now.as_of.isoformat(),
        "verdict": now.verdict.value,
        "score": now.score,
        "changed": changed_today(result, now),
    }


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


_constant: dict[int, tuple[object, list[tuple[Finding, orjson.Fragment] | None]]] = {}


def _constant_rows(ruleset) -> list[tuple[Finding, orjson.Fragment] | None]:
    """The findings of a rule set that are the same for every candidate, each with its encoded entry, in the
    criteria's order (None for the others)."""
    cached = _constant.get(id(ruleset))
    if cached is None or cached[0] is not ruleset:
        known = ruleset.constant_findings
        rows = [
            (known[i], orjson.Fragment(orjson.dumps(criterion_dict(known[i])))) if i in known else None
            for i in range(len(ruleset.criteria))
        ]
        if len(_constant) > 64:
            _constant.clear()
        cached = _constant[id(ruleset)] = (ruleset, rows)
    return cached[1]


def result_line(result: Result, *, after_degree: bool = False) -> str:
    """`result_dict` as one compact JSON line, encoded by orjson; constant findings are encoded once per rule set.

    The text is json.dumps's (ensure_ascii=False, no spaces; tests compare them), except that orjson
    writes a number below 0.0001 without an exponent (0.00001, not 1e-05): the same value, and no
    figure in a result is that small."""
    return result_bytes(result, after_degree=after_degree).decode()


def result_bytes(result: Result, *, after_degree: bool = False) -> bytes:
    """`result_line` as UTF-8 bytes: JSON Lines rows go to their file as encoded, never decoded and encoded again."""
    constant = _constant_rows(result.ruleset)
    # Each finding's place is its criterion's; a constant entry stands only for the very finding it encodes.
    rows = [
        encoded[1]
        if i < len(constant) and (encoded := constant[i]) is not None and encoded[0] is f
        else criterion_dict(f)
        for i, f in enumerate(result.findings)
    ]
    return orjson.dumps(result_dict(result, after_degree=after_degree, rows=rows))
