"""The JSON shape of a result: a stable contract for scripts (README, 'JSON output')."""

from __future__ import annotations

import json
from typing import Any

from eligibility.outcome import Result, Status

SCHEMA_VERSION = 1


def result_dict(result: Result) -> dict[str, Any]:
    posting = result.posting.posting
    criteria = []
    for f in result.findings:
        c, o = f.criterion, f.outcome
        criteria.append(
            {
                "id": c.id,
                "kind": c.kind,
                "mandatory": c.mandatory,
                "decisive": f.decisive,
                "status": o.status.value,
                "reason": o.reason,
                "source": c.source,
                "origin": c.origin,
                "advice": list(o.advice),
                "facts": o.facts,
            }
        )
    counts = {s.value: sum(1 for f in result.findings if f.decisive and f.outcome.status is s) for s in Status}
    return {
        "schema_version": SCHEMA_VERSION,
        "posting": {
            "id": posting.id,
            "title": posting.title,
            "organisation": posting.organisation,
            "duty_station": posting.duty_station,
            "country": posting.country,
            "closes": posting.closes.isoformat() if posting.closes else None,
            "file": result.posting.file,
        },
        "candidate": {"name": result.profile.name, "file": result.profile.file},
        "as_of": result.as_of.isoformat(),
        "as_of_basis": result.as_of_basis,
        "verdict": result.verdict.value,
        "score": result.score,
        "counts": counts,
        "criteria": criteria,
        "advice": [
            {"criterion": f.criterion.id, "text": text}
            for f in result.findings
            if f.decisive and f.outcome.status in (Status.FAIL, Status.UNKNOWN)
            for text in f.outcome.advice
        ],
    }


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def dumps_line(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
