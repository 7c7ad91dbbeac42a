"""The JSON shape of a result: a stable contract for scripts (README, 'JSON output')."""

from __future__ import annotations

import json
from typing import Any

from eligibility.formats.brief import advice_items
from eligibility.outcome import Result, Status

SCHEMA_VERSION = 1


def result_dict(result: Result, *, criteria: bool = True, after_degree: bool = False) -> dict[str, Any]:
    """`after_degree`: the counting option the result was made with, recorded so a reader knows how years were counted."""
    posting = result.ruleset.posting
    rows = []
    for f in result.findings if criteria else ():
        c, o = f.criterion, f.outcome
        rows.append(
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
    counts = dict.fromkeys((s.value for s in Status), 0)
    for f in result.findings:
        if f.decisive:
            counts[f.outcome.status.value] += 1
    data = {
        "schema_version": SCHEMA_VERSION,
        "posting": {
            "id": posting.id,
            "title": posting.title,
            "organisation": posting.organisation,
            "duty_station": posting.duty_station,
            "country": posting.country,
            "closes": posting.closes.isoformat() if posting.closes else None,
            "file": result.ruleset.file,
        },
        "candidate": {"name": result.profile.name, "file": result.profile.file},
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


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_string = json.encoder.encode_basestring  # the C escaper json.dumps itself uses
_static: dict[int, tuple[object, str, str, dict]] = {}


def _criterion_parts(criterion) -> tuple[str, str, dict]:
    """The parts of a criterion's JSON that do not depend on the candidate, encoded once."""
    cached = _static.get(id(criterion))
    if cached is None or cached[0] is not criterion:
        head = (
            f'{{"id":{_string(criterion.id)},"kind":{_string(criterion.kind)},'
            f'"mandatory":{_encode(criterion.mandatory)},"decisive":{_encode(criterion.mandatory and criterion.kind != "competency")},'
        )
        middle = f'"source":{_string(criterion.source)},"origin":{_string(criterion.origin)},'
        cached = (criterion, head, middle, {})
        _static[id(criterion)] = cached
    return cached[1], cached[2], cached[3]


def _outcome_json(o, head: str, middle: str, memo: dict) -> str:
    if not o.advice and not o.facts:
        # Outcomes without numbers repeat across candidates ('not checkable from a profile'): encode once.
        key = (o.status, o.reason)
        text = memo.get(key)
        if text is None:
            text = memo[key] = (
                f'{head}"status":"{o.status.value}","reason":{_string(o.reason)},{middle}"advice":[],"facts":{{}}}}'
            )
        return text
    advice = "[" + ",".join(_string(a) for a in o.advice) + "]"
    return f'{head}"status":"{o.status.value}","reason":{_string(o.reason)},{middle}"advice":{advice},"facts":{_encode(o.facts)}}}'


_constant: dict[int, tuple[object, str]] = {}


def _finding_json(finding) -> str:
    # A finding shared by every candidate (a competency's) is encoded once, whole.
    cached = _constant.get(id(finding))
    if cached is not None and cached[0] is finding:
        return cached[1]
    text = _outcome_json(finding.outcome, *_criterion_parts(finding.criterion))
    if not finding.outcome.facts and not finding.outcome.advice and finding.criterion.kind == "competency":
        _constant[id(finding)] = (finding, text)
    return text


def result_line(result: Result, *, after_degree: bool = False) -> str:
    """`result_dict` as one compact JSON line, built faster for large batches (same text as json.dumps)."""
    parts = [_finding_json(f) for f in result.findings]
    text = _encode(result_dict(result, criteria=False, after_degree=after_degree))
    # Put the criteria back where result_dict has them: after "counts", before "qualifies_on".
    cut = text.rindex(',"qualifies_on":')
    return text[:cut] + ',"criteria":[' + ",".join(parts) + "]" + text[cut:]
