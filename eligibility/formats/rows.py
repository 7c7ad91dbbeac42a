"""One row per screened candidate, in each output format. Rendered where the result is made."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

import orjson

from eligibility.formats.brief import OPEN, brief, failed, failed_ids, gaps, main_reason, open_ids, open_items
from eligibility.formats.columns import CSV_HEADER as CSV_HEADER
from eligibility.formats.json import SCHEMA_VERSION, result_bytes
from eligibility.formats.safe import file_text, line
from eligibility.outcome import Status, Verdict

VERDICT_ORDER = {**{v.value: v.rank for v in Verdict}, None: len(Verdict)}
"""Rows sort by verdict, best first; unreadable files last."""
VERDICTS = tuple(v.value for v in Verdict)


@dataclass(frozen=True)
class Batch:
    """What every row of one screening shares: the posting, the assessment date, and which rows to keep."""

    posting: dict[str, Any] = field(default_factory=dict)
    """{"id": …, "title": …} of the rule set screened against."""
    as_of: str | None = None
    only: frozenset[str] = frozenset()
    """Verdicts to keep (empty: all); 'error' keeps unreadable profiles."""
    min_score: int | None = None
    after_degree: bool = False
    """The counting option, recorded in each JSON row."""

    def keeps(self, verdict: str | None, score: int | None) -> bool:
        if self.only and (verdict or "error") not in self.only:
            return False
        return self.min_score is None or verdict is None or (score or 0) >= self.min_score


class Skipped(NamedTuple):
    """A row left out by --only or --min-score: still counted, never written."""

    verdict: str | None


class Aside(NamedTuple):
    """A file (or a line of one) found in a folder that is no profile but a rule set, results or a vacancy notice:
    set aside, not a candidate; never written, not counted as one, named in a note (counted under `Aside.key`)."""

    file: str
    what: str

    @property
    def key(self) -> tuple[str, str, str]:
        return ("aside", self.file, self.what)


def json_row(result, item, error: str | None, batch: Batch) -> bytes:
    """One JSON row, as UTF-8 bytes (rows of a chunk are joined and written as bytes)."""
    if error is not None:
        data = {
            "schema_version": SCHEMA_VERSION,
            "posting": batch.posting or {"id": None, "title": None},
            "candidate": {"name": None, "file": file_text(item.name)},
            "as_of": batch.as_of,
            "verdict": None,
            "score": None,
            "error": file_text(error),
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    return result_bytes(result, after_degree=batch.after_degree)


def brief_json_row(result, item, error: str | None, batch: Batch) -> bytes:
    """One short JSON row (`screen --brief`): who, the verdict and score, the main reason, and the ids of the
    failed and open criteria, as `match` gives them; an unreadable profile's row is the full format's."""
    if error is not None:
        return json_row(result, item, error, batch)
    posting = result.ruleset.posting
    data = {
        "schema_version": SCHEMA_VERSION,
        "posting": batch.posting or {"id": posting.id, "title": posting.title},
        "candidate": {"name": result.profile.name, "file": file_text(result.profile.file)},
        "as_of": result.as_of.isoformat(),
        "options": {"experience_after_degree": batch.after_degree},
        "verdict": result.verdict.value,
        "score": result.score,
        "main_reason": main_reason(result),
        "failed": failed_ids(result),
        "open": open_ids(result),
    }
    return orjson.dumps(data)


def _cell(text: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas; a leading quote keeps them text."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@lru_cache(maxsize=64)
def _posting_cell(posting_id: object) -> str:
    return _cell(str(posting_id or ""))


@lru_cache(maxsize=64)
def _day(when: date) -> str:
    return when.isoformat()


def csv_row(result, item, error: str | None, batch: Batch) -> list[str]:
    posting = _posting_cell(batch.posting.get("id"))  # the same for every row of a batch: written once
    if error is not None:
        return [
            "",
            _cell(file_text(item.name)),
            posting,
            batch.as_of or "",
            "error",
            "",
            "",
            "",
            "",
            _cell(file_text(error)),
        ]
    return [
        _cell(result.profile.name or ""),
        _cell(file_text(item.name)),
        posting,
        _day(result.as_of),
        result.verdict.value,
        str(result.score),
        _cell(main_reason(result)),
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
        return (VERDICT_ORDER[self.verdict], -(self.score or 0), name_key(self.candidate))


SHOWN = 6
"""Criteria a table row names at most, failing ones always all (the CSV lists every one)."""


def table_row(result, item, error: str | None, batch: Batch) -> TableRow:
    if error is not None:
        name = line(file_text(item.name))
        return TableRow(name, name, None, None, "", line(file_text(error)))
    # The table is human output: what the inputs state is laid out as one line each (formats/safe.py).
    name = line(file_text(item.name))
    return TableRow(
        line(result.profile.name) if result.profile.name else name,
        name,
        result.verdict.value,
        result.score,
        line(_why(result)),
    )


def _why(result) -> str:
    """Every failing criterion, then open ones up to SHOWN in all, after 'open:' (unknown ones marked '?', those a
    person judges 'to judge'), so that an open criterion never reads as a failing one: 'degree 3y/4y; open:
    driving-licence?, experience 0y/2y to judge', and how many open ones are left out ('+2 more')."""
    f = failed(result)
    o = [brief(g) + (" to judge" if g.status is Status.REVIEW else "") for g in gaps(result, *OPEN)]
    shown = o[: max(0, SHOWN - len(f))]
    more = f" +{len(o) - len(shown)} more" if len(o) > len(shown) else ""
    opened = f"open: {', '.join(shown)}" if shown else ""
    if not f:
        return opened + more
    return ", ".join(f) + (f"; {opened}" if opened else "") + more


def _verdict_score(result) -> tuple[str | None, int | None]:
    return (None, None) if result is None else (result.verdict.value, result.score)


@dataclass(frozen=True)
class Renderer:
    """How one output format renders rows, and a chunk of rows (text formats join them into text)."""

    make: Any
    join: Any
    read_verdict: Any
    batch: Batch = Batch()
    keep_rows: bool = False
    """Return rows as a list, unjoined (to sort them before writing)."""
    explained: bool = False
    """Rows show every criterion's explanation: assessments write them all at once."""

    def with_batch(self, batch: Batch, *, keep_rows: bool = False) -> Renderer:
        return replace(self, batch=batch, keep_rows=keep_rows)

    def row(self, result, item, error: str | None):
        batch = self.batch
        if batch.only or batch.min_score is not None:  # --only, --min-score: rows left out are counted, not written
            verdict, score = _verdict_score(result)
            if not batch.keeps(verdict, score):
                return Skipped(verdict)
        return self.make(result, item, error, batch)

    def payload(self, rows: list) -> tuple[Any, int]:
        """(the chunk's payload, how many rows it holds)."""
        kept = [r for r in rows if not isinstance(r, (Skipped, Aside))]
        return (kept if self.keep_rows else self.join(kept)), len(kept)

    def verdict(self, row) -> str | tuple[str, str, str] | None:
        if isinstance(row, Aside):
            return row.key
        return row.verdict if isinstance(row, Skipped) else self.read_verdict(row)


def _json_verdict(row: bytes) -> str | None:
    # The verdict without parsing the row again: result_line puts it before the criteria.
    end = row.find(b'"criteria"')
    head = row[:end] if end >= 0 else row
    for verdict, written in _VERDICTS_WRITTEN:
        if written in head:
            return verdict
    return None


_VERDICTS_WRITTEN = tuple((verdict, f'"verdict":"{verdict}"'.encode()) for verdict in VERDICTS)
"""Each verdict as a JSON row writes it."""


def _csv_text(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def _jsonl_text(rows: list[bytes]) -> bytes:
    return b"\n".join([*rows, b""])  # each row ends with a line break; joined once (a chunk's rows are megabytes)


def _json_text(rows: list[bytes]) -> bytes:
    return b",\n".join(rows)


def _csv_verdict(row: list[str]) -> str | None:
    return None if row[4] == "error" else row[4]


def _table_verdict(row: TableRow) -> str | None:
    return row.verdict


JSONL = Renderer(json_row, _jsonl_text, _json_verdict, explained=True)
JSON = Renderer(json_row, _json_text, _json_verdict, explained=True)
JSONL_BRIEF = Renderer(brief_json_row, _jsonl_text, _json_verdict)
JSON_BRIEF = Renderer(brief_json_row, _json_text, _json_verdict)
CSV = Renderer(csv_row, _csv_text, _csv_verdict)
TABLE = Renderer(table_row, list, _table_verdict)


# --- sorting (--sort) ----------------------------------------------------------

SORTS = ("verdict", "score", "name", "input")


def name_key(name: str) -> tuple[str, str]:
    """A name as an index orders it: case and accents set aside ('Émile' beside 'emile', 'ÄBC' among the a's),
    then the name itself, so that the order is the same on every run."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c)), name


def sort_key(renderer: Renderer, how: str):
    """A key for rows of this renderer: 'verdict' (eligible first, then by score), 'score', 'name', or 'input' (one
    key for every row: a stable sort keeps the order the profiles were given in)."""
    if how == "input":
        return lambda row: 0

    def facts(row) -> tuple[str | None, int | None, str]:
        if isinstance(row, TableRow):
            return row.verdict, row.score, row.candidate
        if isinstance(row, list):
            return _csv_verdict(row), int(row[5]) if row[5] else None, row[0] or row[1]
        data = json.loads(row)
        return data.get("verdict"), data.get("score"), (data["candidate"].get("name") or data["candidate"]["file"])

    def key(row):
        verdict, score, name = facts(row)
        by_score = -(score if score is not None else -1)
        if how == "verdict":
            return (VERDICT_ORDER[verdict], by_score, name_key(name))
        if how == "score":
            return (by_score, VERDICT_ORDER[verdict], name_key(name))
        return (name_key(name), VERDICT_ORDER[verdict], by_score)

    return key
