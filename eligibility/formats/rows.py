"""One row per screened candidate, in each output format. Rendered where the result is made."""

from __future__ import annotations

import csv
import io
import json
from typing import NamedTuple

from eligibility.formats.brief import failed, open_items
from eligibility.formats.json import SCHEMA_VERSION, result_line
from eligibility.outcome import Verdict

CSV_HEADER = ["candidate", "file", "verdict", "score", "failed criteria", "criteria to review", "error"]
VERDICT_ORDER = {**{v.value: v.rank for v in Verdict}, None: len(Verdict)}
"""Rows sort by verdict, best first; unreadable files last."""


def json_row(result, item, error: str | None) -> str:
    if error is not None:
        data = {
            "schema_version": SCHEMA_VERSION,
            "candidate": {"name": None, "file": item.name},
            "verdict": None,
            "score": None,
            "error": error,
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return result_line(result)


def _cell(text: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas; a leading quote keeps them text."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_row(result, item, error: str | None) -> list[str]:
    if error is not None:
        return ["", _cell(item.name), "error", "", "", "", _cell(error)]
    return [
        _cell(result.profile.name or ""),
        _cell(item.name),
        result.verdict.value,
        str(result.score),
        "; ".join(failed(result)),
        "; ".join(open_items(result)),
        "",
    ]


class TableRow(NamedTuple):
    """A tuple, so that a chunk of them crosses between processes cheaply."""

    candidate: str
    file: str
    verdict: str | None
    score: int | None
    why: str
    error: str | None = None

    @property
    def order(self) -> tuple:
        return (VERDICT_ORDER[self.verdict], -(self.score or 0), self.candidate.lower())


def table_row(result, item, error: str | None) -> TableRow:
    if error is not None:
        return TableRow(item.name, item.name, None, None, "", error)
    f, o = failed(result), open_items(result)
    why = ", ".join(f) if f else (", ".join(o[:6]) + (" …" if len(o) > 6 else "") if o else "")
    return TableRow(result.profile.name or item.name, item.name, result.verdict.value, result.score, why)


class Renderer:
    """How one output format renders rows, and a chunk of rows (text formats join them into text)."""

    def __init__(self, row, payload, verdict) -> None:
        self.row = row
        self.payload = payload
        self.verdict = verdict


def _json_verdict(row: str) -> str | None:
    # The verdict without parsing the row again: result_line puts it before the criteria.
    head = row[: row.find('"criteria"')] if '"criteria"' in row else row
    for verdict in ("eligible", "needs-review", "not-eligible"):
        if f'"verdict":"{verdict}"' in head:
            return verdict
    return None


def _csv_text(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


JSONL = Renderer(json_row, lambda rows: "".join(r + "\n" for r in rows), _json_verdict)
JSON = Renderer(json_row, lambda rows: ",\n".join(rows), _json_verdict)
CSV = Renderer(csv_row, _csv_text, lambda row: None if row[2] == "error" else row[2])
TABLE = Renderer(table_row, list, lambda row: row.verdict)
