"""Screen many profiles against one rule set: find them, assess each, stream the rows in input order.

A profile that cannot be read becomes an error row and the batch goes on.
Large batches are spread over all cores; inputs are fed in bounded windows,
so memory does not grow with the batch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path

import orjson

from eligibility.engine import assess
from eligibility.errors import EligibilityError, InputError
from eligibility.profile import read_profile
from eligibility.quickread import load_profile_file, quick_profile
from eligibility.yamlio import MAX_BYTES, decode, load_json

PROFILE_SUFFIXES = (".yaml", ".yml")
CV_SUFFIXES = (".xml", ".pdf", ".json")
"""CVs read as profiles (eligibility.cv): Europass XML and PDF, JSON Resume."""
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARALLEL_FROM = 200
"""Below this many profiles, starting worker processes costs more than it saves."""
WINDOW = 16384
"""Profiles read ahead at most: the pool drains at each window's end, and memory holds one window of inputs."""


@dataclass(frozen=True)
class Item:
    """One profile to read: a file, or one line of a JSON Lines file."""

    name: str
    path: str
    line: bytes | None = None
    lineno: int | None = None
    problem: str | None = None
    """Set when the input could not even be found."""


def discover(paths: Iterable[str]) -> tuple[list[tuple[str, int]], Callable[[], Iterator[Item]]]:
    """(sources with their profile counts, a function that yields the items)."""
    sources: list[tuple[str, int]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            sources.append((raw, len(profile_files(path)) + sum(_lines(f) for f in jsonl_files(path))))
        elif path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
            sources.append((raw, _lines(raw)))
        else:
            sources.append((raw, 1))

    def items() -> Iterator[Item]:
        for raw, _ in sources:
            path = Path(raw)
            if path.is_dir():
                for file in profile_files(path):
                    yield Item(file, file)
                for file in jsonl_files(path):
                    yield from _jsonl_items(file)
            elif path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
                yield from _jsonl_items(raw)
            elif not path.exists():
                yield Item(raw, raw, problem="no such file or folder")
            else:
                yield Item(raw, raw)

    return sources, items


def _lines(file: str | Path) -> int:
    with open(file, "rb") as handle:
        return sum(1 for line in handle if line.strip())


def _jsonl_items(file: str) -> Iterator[Item]:
    with open(file, "rb") as handle:
        for lineno, line in enumerate(handle, 1):
            if line.strip():
                yield Item(f"{file}:{lineno}", file, line, lineno)


def jsonl_files(folder: Path) -> list[str]:
    """JSON Lines files below `folder`, sorted: read with the profile files, one profile a line."""
    return sorted(str(p) for p in folder.rglob("*") if p.suffix.lower() in JSONL_SUFFIXES and p.is_file())


def profile_files(folder: Path) -> list[str]:
    """Profile files below `folder`, sorted; os.scandir avoids a stat call per file."""
    found: list[str] = []
    stack = [str(folder)]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                elif entry.name.lower().endswith(PROFILE_SUFFIXES + CV_SUFFIXES) and entry.is_file():
                    found.append(entry.path)
    return sorted(found)


def load_item(item: Item):
    """The profile an item holds; raises InputError naming the file (and line) on bad input."""
    if item.problem:
        raise InputError(item.problem, file=item.name)
    if item.line is None:
        from eligibility import cv

        if cv.claims(item.path):  # a CV (Europass XML or PDF, JSON Resume)
            return cv.load_profile(item.path)
        return load_profile_file(item.path)
    if len(item.line) > MAX_BYTES:
        raise InputError(
            f"line is {len(item.line):,} bytes; the limit is {MAX_BYTES:,}", file=item.path, line=item.lineno
        )
    # The fast way first: a line that orjson reads and that holds a plainly valid profile.
    # Anything else (and every message) is the located reader's, exactly as before.
    try:
        profile = quick_profile(orjson.loads(item.line), item.name)
    except orjson.JSONDecodeError:
        profile = None
    if profile is not None:
        return profile
    text = decode(item.line, name=item.name, what="line")
    data = load_json(text, name=item.path, line=item.lineno)
    try:
        return read_profile(data, item.name)
    except EligibilityError as exc:
        for error in getattr(exc, "errors", []):
            error.file, error.line = item.path, item.lineno
        raise


@dataclass(frozen=True)
class Screening:
    """One posting's screening: what every worker needs (the rule set, the date, the output format's renderer)."""

    ruleset: object
    as_of: date | None
    renderer: object
    """formats.rows.Renderer: turns results into rows and rows into chunk text."""
    after_degree: bool = False
    """Count only experience gained after the qualifying degree."""


CHUNK = 128
"""Profiles a worker renders at a time."""

_job: Screening | None = None
_spool_dir: str | None = None


def _init(job: Screening, spool_dir: str | None) -> None:
    global _job, _spool_dir
    _job, _spool_dir = job, spool_dir


def screen_one(item: Item, job: Screening):
    try:
        profile = load_item(item)
    except EligibilityError as exc:
        return job.renderer.row(None, item, str(exc))
    return job.renderer.row(assess(job.ruleset, profile, as_of=job.as_of, after_degree=job.after_degree), item, None)


def _chunk(items: list[Item], job: Screening) -> tuple[object, dict]:
    rows = [screen_one(item, job) for item in items]
    counts: dict[str | None, int] = {}
    for row in rows:
        verdict = job.renderer.verdict(row)
        counts[verdict] = counts.get(verdict, 0) + 1
    return job.renderer.payload(rows), counts


def _work(items: list[Item]):
    """In a worker: render a chunk; its text goes to a spool file, and only the file's name comes back."""
    assert _job is not None
    payload, counts = _chunk(items, _job)
    if _spool_dir is None or not isinstance(payload, str):
        return payload, counts
    import tempfile

    fd, path = tempfile.mkstemp(dir=_spool_dir, suffix=".part")
    with os.fdopen(fd, "wb") as handle:
        handle.write(payload.encode("utf-8"))
    return (path,), counts


def _spool_root() -> str | None:
    """Memory-backed /dev/shm where there is one: the spool holds at most one window of chunks."""
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK) else None


def _batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while True:
        batch = list(islice(items, size))
        if not batch:
            return
        yield batch


def run(
    items: Iterator[Item], job: Screening, *, jobs: int | None = None, total: int = 0
) -> Iterator[tuple[object, dict]]:
    """(payload, verdict counts) for each chunk of profiles, in input order.

    The payload is chunk text for text formats, a list of rows otherwise. A
    large batch is spread over worker processes; they spool their text to
    files of their own, so that only small messages cross between processes,
    and inputs are fed in bounded windows, so memory does not grow with the batch.
    """
    workers = jobs or os.cpu_count() or 1
    if workers <= 1 or total < PARALLEL_FROM:
        for chunk in _batches(items, CHUNK):
            yield _chunk(chunk, job)
        return
    import multiprocessing
    import shutil
    import tempfile

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    spool_dir = tempfile.mkdtemp(prefix="eligibility-screen-", dir=_spool_root())
    try:
        with context.Pool(workers, initializer=_init, initargs=(job, spool_dir)) as pool:
            chunks = _batches(items, CHUNK)
            while True:
                window = list(islice(chunks, max(2, WINDOW // CHUNK)))
                if not window:
                    break
                for payload, counts in pool.imap(_work, window):
                    if isinstance(payload, tuple):
                        with open(payload[0], "rb") as handle:
                            text = handle.read().decode("utf-8")
                        os.unlink(payload[0])
                        payload = text
                    yield payload, counts
    finally:
        shutil.rmtree(spool_dir, ignore_errors=True)
