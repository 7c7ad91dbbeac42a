"""Screen many profiles against one rule set: find them, assess each, stream the rows in input order.

A profile that cannot be read becomes an error row and the batch goes on.
Large batches are spread over all cores; inputs are fed in bounded windows,
so memory does not grow with the batch.
"""

from __future__ import annotations

import errno
import gc
import io
import os
import signal
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from itertools import islice
from pathlib import Path
from typing import NamedTuple

import orjson

from eligibility import fileio
from eligibility.cv.detect import NOT_READ, office_document
from eligibility.engine import assess
from eligibility.errors import BROKEN_LINK, EligibilityError, InputError, fault, not_a_profile, os_error
from eligibility.made import made
from eligibility.profile import read_profile
from eligibility.quickread import load_profile_file, quick_profile
from eligibility.yamlio import (
    JSONL_SUFFIXES,
    MAX_BYTES,
    decode,
    load_json,
    may_repeat_a_key,
    special_kind,
    utf16_encoding,
)

PROFILE_SUFFIXES = (".yaml", ".yml")
CV_SUFFIXES = (".xml", ".pdf", ".json")
"""CVs read as profiles (eligibility.cv): Europass XML and PDF, JSON Resume."""

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
    walked: bool = False
    """Found in a folder (not named itself): a rule set, results or a vacancy notice there is set aside, not an
    error row."""
    tried: bool = False
    """Found in a folder under a name no profile or CV has (`notes.md`, `cv.txt`, `scan.png`): screened if it reads
    as a profile or CV, else set aside and named in the note, never an error row."""
    key: tuple[int, int] | None = None
    """(device, inode) of a file found in a folder, as the walk read them: the file is not looked up again to tell
    it from another name of itself."""


@dataclass(frozen=True)
class Lines:
    """Up to CHUNK lines of a UTF-8 JSON Lines file, as the byte range they fill: whoever screens them reads them,
    so that a batch's main process only finds where each range ends, and only the range crosses between
    processes."""

    path: str
    start: int
    end: int
    lineno: int
    """The number of the range's first line, as an editor numbers it."""
    stamp: tuple[int, int, int]
    """The file's size, time of change and inode when the range was found."""
    walked: bool = False
    """The file was found in a folder (Item.walked)."""

    def items(self) -> list[Item]:
        """An item for each line in the range that is not blank; one error item for the range if the file is no
        longer what it was when the range was found (it changed meanwhile: its lines may have moved)."""
        try:
            with open(self.path, "rb") as handle:
                if _stamp(os.fstat(handle.fileno())) != self.stamp:
                    data = None
                else:
                    handle.seek(self.start)
                    data = handle.read(self.end - self.start)
        except OSError as exc:
            return [Item(self.path, self.path, problem=os_error(exc, None, doing="cannot read the file").message)]
        if data is None or len(data) != self.end - self.start:
            where = f"{self.path}:{self.lineno}"
            return [Item(where, self.path, problem="the file changed while it was read; screen it again")]
        found = []
        path, walked = self.path, self.walked
        for lineno, line in enumerate(io.BytesIO(data), self.lineno):
            if line.strip():
                found.append(
                    made(
                        Item,
                        {"name": f"{path}:{lineno}", "path": path, "line": line, "lineno": lineno, "walked": walked},
                    )
                )
        return found


def _stamp(info: os.stat_result) -> tuple[int, int, int]:
    return (info.st_size, info.st_mtime_ns, info.st_ino)


Walks = dict[str, tuple[list[Item], list[str]]]
"""A command's walks of its folders, by the name given: a folder is walked once however often the command asks."""


def discover(
    paths: Iterable[str], walks: Walks | None = None
) -> tuple[list[tuple[str, int]], Callable[[], Iterator[Item | Lines]], list[tuple[str, str]]]:
    """(sources with their profile counts, a function that yields the items, UTF-8 JSON Lines as ranges of lines;
    the files given more than once, each as (the name it was given again by, the name first given)).

    Nothing given is skipped in silence: a path that cannot be read, and every
    entry of a folder that looks like a profile but cannot be one, becomes an
    item with its problem, so that it gets an error row. A file is screened
    once however often it is given (by itself, in a folder, under another
    spelling or through a link): the same file twice is one candidate, and the
    names it was given again by are returned, to be said. `walks`: the command's walks so far (`input_files`).
    """
    seen: dict[object, str] = {}
    repeated: list[tuple[str, str]] = []

    def first(path: str, key: tuple[int, int] | None = None) -> bool:
        """Whether `path` is a file not met before (one that cannot be found is never a repeat: its row says why)."""
        if key is None:
            try:
                info = os.stat(path)
            except (OSError, ValueError):
                return True
            key = (info.st_dev, info.st_ino)
        if key in seen:
            repeated.append((path, seen[key]))
            return False
        seen[key] = path
        return True

    sources: list[tuple[str, int]] = []
    plan: list[tuple[list[Item], list[str], bool]] = []
    for raw in paths:
        kind = _kind(raw)
        if kind == "folder":
            found, jsonl = _walked(raw, walks)
            found = [item for item in found if item.problem is not None or first(item.path, item.key)]
            jsonl = [file for file in jsonl if first(file)]
        elif kind == "jsonl":
            found, jsonl = [], [raw] if first(raw) else []
        elif not os.path.lexists(raw):
            # A path given that is not there is a mistake in the command, not a candidate: said before any work.
            raise InputError("no such file or folder" + _posting_hint(raw), file=raw)
        else:
            found, jsonl = [Item(raw, raw)] if first(raw) else [], []
        plan.append((found, jsonl, kind == "folder"))
        sources.append((raw, len(found) + sum(_lines(file) for file in jsonl)))

    def items() -> Iterator[Item | Lines]:
        for found, jsonl, walked in plan:
            yield from found
            for file in jsonl:  # JSON Lines files in a folder are read too, one profile a line
                yield from (
                    (replace(task, walked=True) for task in _jsonl_ranges(file)) if walked else _jsonl_ranges(file)
                )

    return sources, items, repeated


def input_files(paths: Iterable[str], walks: Walks | None = None) -> Iterator[str | tuple[int, int]]:
    """Every file the paths name or hold (folders walked as `discover` walks them, each walk kept in `walks` for
    it): what an output must not be. A file found in a folder is given as its (device, inode), as the walk read
    them."""
    for raw in paths:
        yield raw
        if _kind(raw) == "folder":
            found, jsonl = _walked(raw, walks)
            yield from (item.key or item.path for item in found if item.problem is None)
            yield from jsonl


def _walked(folder: str, walks: Walks | None) -> tuple[list[Item], list[str]]:
    if walks is None:
        return _walk(folder)
    found = walks.get(folder)
    if found is None:
        found = walks[folder] = _walk(folder)
    return found


HEAD = 4096
"""Bytes read from the start of a JSON Lines file to tell UTF-16 from UTF-8."""


def _lines(file: str) -> int:
    try:
        with open(file, "rb") as handle:
            if utf16_encoding(handle.read(HEAD)) is None:
                handle.seek(0)
                return sum(1 for line in handle if line.strip())
    except OSError:
        return 1  # its error row
    return sum(1 for _ in _jsonl_items(file))


def _jsonl_ranges(file: str) -> Iterator[Item | Lines]:
    """A UTF-8 file as ranges of up to CHUNK lines that are not blank (UTF-16 files as items, line by line)."""
    try:
        with open(file, "rb") as handle:
            if utf16_encoding(handle.read(HEAD)) is not None:
                yield from _jsonl_items(file)
                return
            handle.seek(0)
            stamp = _stamp(os.fstat(handle.fileno()))
            start = end = 0
            first = count = 0
            for lineno, line in enumerate(handle, 1):
                end += len(line)
                if line.strip():
                    if not count:
                        first = lineno
                    count += 1
                    if count == CHUNK:
                        yield Lines(file, start, end, first, stamp)
                        start, count = end, 0
                elif not count:
                    start = end  # blank lines before a range's first profile are not part of it
            if count:
                yield Lines(file, start, end, first, stamp)
    except OSError as exc:
        yield Item(file, file, problem=os_error(exc, None, doing="cannot read the file").message)


def _jsonl_items(file: str) -> Iterator[Item]:
    """An item for each line that is not blank, numbered as an editor numbers it, in whichever encoding the
    file is saved (UTF-8, or UTF-16 as Windows saves 'Unicode' text: read a line at a time all the same)."""
    try:
        with open(file, "rb") as handle:
            encoding = utf16_encoding(handle.read(HEAD))
            handle.seek(0)
            if encoding is None:
                for lineno, line in enumerate(handle, 1):
                    if line.strip():
                        yield Item(f"{file}:{lineno}", file, line, lineno)
                return
            yield from _utf16_items(file, io.TextIOWrapper(handle, encoding=encoding, newline=None))
    except OSError as exc:
        yield Item(file, file, problem=os_error(exc, None, doing="cannot read the file").message)


def _utf16_items(file: str, text: io.TextIOWrapper) -> Iterator[Item]:
    lineno = 0
    try:
        for lineno, line in enumerate(text, 1):
            if line.strip():
                yield Item(f"{file}:{lineno}", file, line.encode("utf-8"), lineno)
    except UnicodeDecodeError:
        yield Item(
            file,
            file,
            problem=f"cannot be read as UTF-16 after line {lineno} (the file starts as UTF-16); the rest is not read",
        )


def _kind(raw: str) -> str:
    """'folder', 'jsonl' or 'file' (anything else: a file, or a path whose problem reading will report)."""
    try:
        info = os.stat(raw)
    except (OSError, ValueError):
        return "file"
    if stat.S_ISDIR(info.st_mode):
        return "folder"
    if stat.S_ISREG(info.st_mode) and raw.lower().endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "file"


def items_of(raw: str) -> Iterator[Item]:
    """The items one command-line path holds."""
    return _of(raw, _jsonl_items)  # type: ignore[return-value]  # no ranges


def _tasks_of(raw: str) -> Iterator[Item | Lines]:
    """The items one command-line path holds, UTF-8 JSON Lines files as ranges of lines."""
    return _of(raw, _jsonl_ranges)


def _of(raw: str, lines: Callable[[str], Iterator[Item | Lines]]) -> Iterator[Item | Lines]:
    kind = _kind(raw)
    if kind == "folder":
        found, jsonl = _walk(raw)
        yield from found
        for file in jsonl:  # JSON Lines files in a folder are read too, one profile a line; found there, as `walked`
            yield from (replace(task, walked=True) for task in lines(file))
    elif kind == "jsonl":
        yield from lines(raw)
    elif not os.path.lexists(raw):
        yield Item(raw, raw, problem="no such file or folder" + _posting_hint(raw, "validate"))
    else:
        yield Item(raw, raw)


def _posting_hint(raw: str, command: str = "screen") -> str:
    """Where a missing path is a posting's id: for `screen` ('screen SEC000821 KOS000396 profiles'), that it takes
    one posting; for `validate`, which takes files only, the rule set's file."""
    if "/" in raw or raw.lower().endswith(PROFILE_SUFFIXES + CV_SUFFIXES + JSONL_SUFFIXES):
        return ""
    from eligibility import catalogue

    found = catalogue.find(raw)
    if found is None:
        return ""
    if command == "validate":
        return f" ('{raw}' is a posting id; `validate` takes files: give the rule set's file, {found})"
    return f" ('{raw}' is a posting: `screen` takes one posting and then profiles; screen against each in turn)"


MAX_FOLDERS = 10_000
"""Folders entered in one walk at most: links between folders cannot make a walk endless."""


def walk(folder: str | Path) -> list[Item]:
    """Profile files below `folder`, sorted by name, with an item for each entry that cannot be read."""
    return _walk(folder)[0]


def _walk(folder: str | Path) -> tuple[list[Item], list[str]]:
    """(profile files below `folder` with an item for each entry that cannot be read; JSON Lines files), sorted.

    Symbolic links to folders are followed, except one that leads back into a
    folder it sits in (a loop); a broken link, a folder that cannot be listed,
    and a FIFO, device or socket named like a profile each become a problem
    item. Nothing is opened here, so a FIFO never blocks the walk.
    """
    found: list[Item] = []
    jsonl: list[str] = []
    root = str(folder)
    try:
        top = os.stat(root)
    except OSError as exc:
        return [Item(root, root, problem=os_error(exc, None, doing="cannot open the folder").message)], []
    stack: list[tuple[str, frozenset]] = [(root, frozenset({(top.st_dev, top.st_ino)}))]
    entered = 0
    while stack:
        current, ancestors = stack.pop()
        entered += 1
        if entered > MAX_FOLDERS:
            found.append(Item(current, current, problem=f"more than {MAX_FOLDERS:,} folders to walk; not entered"))
            continue
        try:
            with os.scandir(current) as listing:
                entries = list(listing)
        except OSError as exc:
            found.append(Item(current, current, problem=os_error(exc, None, doing="cannot list the folder").message))
            continue
        for entry in entries:
            link = False
            try:
                link = entry.is_symlink()
                info = entry.stat(follow_symlinks=True)
            except OSError as exc:
                if link and exc.errno in (errno.ENOENT, errno.ENOTDIR):
                    problem = BROKEN_LINK
                elif link and exc.errno == errno.ELOOP:
                    problem = "symbolic link loop: the link leads back to itself"
                else:
                    problem = os_error(exc, None, doing="cannot read the entry").message
                found.append(Item(entry.path, entry.path, problem=problem))
                continue
            if stat.S_ISDIR(info.st_mode):
                key = (info.st_dev, info.st_ino)
                if key in ancestors:
                    found.append(
                        Item(entry.path, entry.path, problem="symbolic link loop: it leads back to a folder it is in")
                    )
                else:
                    stack.append((entry.path, ancestors | {key}))
            elif entry.name.lower().endswith(JSONL_SUFFIXES) and stat.S_ISREG(info.st_mode):
                jsonl.append(entry.path)
            elif entry.name.lower().endswith(PROFILE_SUFFIXES + CV_SUFFIXES + JSONL_SUFFIXES):
                if stat.S_ISREG(info.st_mode):
                    found.append(Item(entry.path, entry.path, walked=True, key=(info.st_dev, info.st_ino)))
                else:
                    kind = special_kind(info.st_mode) or "not a regular file"
                    found.append(Item(entry.path, entry.path, problem=f"is {kind}, not a profile; not read"))
            elif entry.name.startswith(".") or not stat.S_ISREG(info.st_mode):
                continue  # a hidden file (a system's own, '.DS_Store'), or a pipe or device named like no profile
            elif (office := office_document(entry.name)) is not None:
                # A CV kept as a word processor's file is named, never silently left out of the count.
                found.append(Item(entry.path, entry.path, problem=f"{office}: not read; {NOT_READ}"))
            else:  # any other name, or none: tried, so that a profile saved as `r.yaml.txt` is not lost (setaside)
                found.append(Item(entry.path, entry.path, walked=True, tried=True, key=(info.st_dev, info.st_ino)))
    found.sort(key=lambda item: item.name)
    return found, sorted(jsonl)


def profile_files(folder: Path) -> list[str]:
    """Paths of the readable-looking profile files below `folder`, sorted."""
    return [item.path for item in walk(folder) if item.problem is None]


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
    # The fast way first: a line that orjson reads, gives no key twice (orjson keeps the last) and holds a plainly
    # valid profile. Anything else (and every message) is the located reader's, exactly as before.
    try:
        data = orjson.loads(item.line)
    except orjson.JSONDecodeError:
        profile = None
    else:
        profile = None if may_repeat_a_key(item.line, data) else quick_profile(data, item.name)
    if profile is not None:
        return profile
    try:
        text = decode(item.line, name=item.path, what="line")
    except InputError as exc:
        exc.line, exc.column = item.lineno, None  # where the line is in its file ('f.jsonl:2'), not in itself
        raise
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


def _init(job: Screening, spool_dir: str | None, parent: int | None = None) -> None:
    global _job, _spool_dir
    _job, _spool_dir = job, spool_dir
    # A worker is stopped by its pool with SIGTERM: it ends at once; the main process owns and cleans up
    # every temporary file. A terminal's Ctrl-C reaches every process of the job: the workers leave it to the main
    # process, which stops them and says it was interrupted (no worker prints a traceback).
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _end_with(parent)
    # A worker whose main process is gone ends quietly when it next writes to it, without a traceback.
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    fileio.forget_all()


def _end_with(parent: int | None) -> None:
    """On Linux, a worker is killed when the main process ends, however it ends: a main process stopped by a
    signal kills the workers it knows of, but the pool may be starting a replacement at that moment, which
    would wait for work forever."""
    if parent is None or not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the main process ended before the line above
        os._exit(0)


FAULTS = (OSError, OverflowError, RecursionError, ValueError, MemoryError)
"""Faults met on one profile that must not end the batch: each becomes that profile's error row."""


def screen_one(item: Item, job: Screening):
    try:
        profile = load_item(item)
        result = assess(
            job.ruleset,
            profile,
            as_of=job.as_of,
            after_degree=job.after_degree,
            explained=getattr(job.renderer, "explained", False),
        )
    except EligibilityError as exc:
        if item.line is None:
            from eligibility.cv.notice import instead

            exc = instead(item.path, exc)  # a vacancy notice's text is named as one
        other = not_a_profile(exc) if item.walked else None
        if other is not None or item.tried:  # a posting's rule set or notice, results, an image… in a folder
            from eligibility.formats.rows import Aside
            from eligibility.setaside import why_set_aside

            what = other.what if other is not None else why_set_aside(item.path)
            if what is not None:  # else a profile with a mistake, saved under another name: its error row
                return Aside(item.path, what)
        return job.renderer.row(None, item, str(exc))
    except FAULTS as exc:
        return job.renderer.row(None, item, str(fault(exc, item.name)))
    return job.renderer.row(result, item, None)


class Done(NamedTuple):
    """A chunk screened: its payload (text, UTF-8 bytes, or a list of rows), how many of its profiles got each
    verdict, and how many rows the payload holds (rows left out by --only or --min-score are counted, not held)."""

    payload: object
    counts: dict
    rows: int


def _chunk(tasks: list[Item | Lines], job: Screening) -> Done:
    # An assessment builds many small objects and leaves no reference cycle (tests/test_no_cycles.py holds it to
    # that): reference counting frees them all, and the cyclic collector, which would only walk the chunk's live
    # rows again and again, is held off until the chunk is done. Anything cyclic a chunk did leave would be
    # collected after it, so memory stays bounded by one chunk.
    collecting = gc.isenabled()
    gc.disable()
    try:
        rows = [screen_one(item, job) for item in _expanded(tasks)]
        counts: dict[object, int] = {}
        for row in rows:
            verdict = job.renderer.verdict(row)
            counts[verdict] = counts.get(verdict, 0) + 1
        payload, held = job.renderer.payload(rows)
        return Done(payload, counts, held)
    finally:
        if collecting:
            gc.enable()


def _work(tasks: list[Item | Lines]):
    """In a worker: render a chunk; its text goes to a spool file, and only the file's name comes back."""
    assert _job is not None
    done = _chunk(tasks, _job)
    payload = done.payload
    if _spool_dir is None or not isinstance(payload, (str, bytes)):
        return done
    import tempfile

    data = payload if isinstance(payload, bytes) else payload.encode("utf-8")
    fd, path = tempfile.mkstemp(dir=_spool_dir, suffix=".part")
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return done._replace(payload=fileio.Spooled(path, len(data)))


def _spool_faults(done: Iterator[Done], spool_dir: str) -> Iterator[Done]:
    """The workers' chunks; a fault a worker meets outside its profiles (each of which has its own error row) is
    one writing its spool file: said as the batch's, naming the folder, never as an input's."""
    try:
        yield from done
    except OSError as exc:
        raise os_error(exc, spool_dir, doing="cannot write the batch's working files") from None


def _spool_root() -> str | None:
    """Memory-backed /dev/shm where there is one, unless TMPDIR names another place: the spool holds at most
    one window of chunks."""
    if os.environ.get("TMPDIR"):
        return None
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK) else None


def _batches(items: Iterator[Item | Lines], size: int) -> Iterator[list[Item | Lines]]:
    """Items in lists of `size`; a range of lines is a list of its own (it holds up to CHUNK profiles)."""
    batch: list[Item | Lines] = []
    for item in items:
        if isinstance(item, Lines):
            if batch:
                yield batch
                batch = []
            yield [item]
            continue
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _expanded(tasks: list[Item | Lines]) -> Iterator[Item]:
    for task in tasks:
        if isinstance(task, Lines):
            yield from task.items()
        else:
            yield task


def _held_off(make, *signals: signal.Signals):
    """`make()` with these signals held off until it returns; each still acts right after.
    - Ctrl-C while a pool is being made: a pool interrupted then leaves half-made finalizers that print a traceback
      on the way out (SIGTERM is never held there: the workers would inherit it held, and their pool stops them
      with it).
    - Ctrl-C and SIGTERM while the spool folder is made: one between its making and its being remembered for
      removal would leave it behind."""
    block = getattr(signal, "pthread_sigmask", None)
    if block is None:
        return make()
    held = block(signal.SIG_BLOCK, set(signals))
    try:
        return make()
    finally:
        block(signal.SIG_SETMASK, held)


@cache
def _pool_class() -> type:
    """multiprocessing's pool, with a worker handler that wakes for its own events alone (a worker gone, the pool
    closed or its work done). The standard one wakes whenever a result waits in the pipe from the workers, and
    spins until the result handler has read it: in a screening, about 7% of all the CPU the batch took, spent in the
    main process while the workers need the cores."""
    from multiprocessing.pool import Pool

    class Quiet(Pool):
        def _get_sentinels(self) -> list:
            # Pool's own names (Python 3.8 to 3.13); where another version names them otherwise, its own wake-ups.
            reader = getattr(getattr(self, "_change_notifier", None), "_reader", None)
            return [reader] if reader is not None else super()._get_sentinels()  # type: ignore[misc]

    return Quiet


def _made_spool() -> str:
    """A folder for the workers' spool files, remembered for removal on the way out of an interrupted command (a
    signal meanwhile acts once it is)."""
    import tempfile

    def make() -> str:
        path = tempfile.mkdtemp(prefix="eligibility-screen-", dir=_spool_root())
        fileio.remember(path)
        return path

    return _held_off(make, signal.SIGINT, signal.SIGTERM)


def worker_count(jobs: int | None, total: int) -> int:
    """The worker processes a batch of `total` profiles runs on: `jobs` (all cores when None), never more than the
    cores (more would only take turns on them) nor than the batch has chunks."""
    cores = os.cpu_count() or 1
    return max(1, min(jobs or cores, cores, -(-total // CHUNK) if total else cores))


def run(items: Iterator[Item | Lines], job: Screening, *, jobs: int | None = None, total: int = 0) -> Iterator[Done]:
    """Each chunk of profiles screened (`Done`), in input order.

    The payload is chunk text for text formats (UTF-8 bytes for JSON formats), a list of rows otherwise. A
    large batch is spread over worker processes; they spool their text to
    files of their own, so that only small messages cross between processes
    (the payload is then a `fileio.Spooled` file, there until the next chunk is asked for),
    and inputs are fed in bounded windows, so memory does not grow with the batch.
    """
    workers = worker_count(jobs, total)
    if workers <= 1 or total < PARALLEL_FROM:
        for chunk in _batches(items, CHUNK):
            yield _chunk(chunk, job)
        return
    import multiprocessing
    import shutil

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    spool_dir = _made_spool()
    try:
        # What the workers inherit (the program, the rule set) lives as long as they do: the garbage collector
        # need not walk it again on every full collection, and its pages stay shared with the main process.
        gc.freeze()
        with (
            fileio.stopped_cleanly_on_ctrl_c(),
            _held_off(
                lambda: _pool_class()(
                    workers, initializer=_init, initargs=(job, spool_dir, os.getpid()), context=context
                ),
                signal.SIGINT,
            ) as pool,
        ):
            chunks = _batches(items, CHUNK)
            while True:
                window = list(islice(chunks, max(2, WINDOW // CHUNK)))
                if not window:
                    break
                for done in _spool_faults(pool.imap(_work, window), spool_dir):
                    yield done  # a spooled payload is copied to the output, then removed
                    if isinstance(done.payload, fileio.Spooled):
                        os.unlink(done.payload.path)
    finally:
        gc.unfreeze()
        shutil.rmtree(spool_dir, ignore_errors=True)
        fileio.forget(spool_dir)
