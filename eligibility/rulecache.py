"""Rule sets read once: a rule set that was read without a problem is kept in the user's cache folder.

`match` reads every rule set for every candidate; reading one (YAML, then
every criterion's parameters) costs a millisecond or two, loading it back from
the cache a tenth of that. An entry is found by the rule set's bytes, its path
and the program's own files (any change to either reads the rule set afresh),
so a stale entry is never used. Entries are written atomically, into a folder
only the user can write to; a folder that others can write to is not used
(entries are Python pickles, which must come from the user alone). Rule sets
with problems are never kept: their messages come from reading them each time.

The folder is $ELIGIBILITY_CACHE, else $XDG_CACHE_HOME/eligibility, else
~/.cache/eligibility; ELIGIBILITY_CACHE=off turns the cache off.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import stat
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from eligibility import rules
from eligibility.errors import EligibilityError
from eligibility.yamlio import read_text

_PROTOCOL = 5


def load_ruleset(ref: str, *, stdin_text: str | None = None) -> rules.RuleSet:
    """rules.load_ruleset, from the cache when this rule set was read before."""
    path = rules.resolve_posting(ref)
    folder = cache_folder()
    if path is None or folder is None:
        return rules.load_ruleset(ref, stdin_text=stdin_text)
    name = str(path)
    text = read_text(path, what="rule set")
    entry = folder / (_key(name, text) + ".pickle")
    found = _read(entry)
    if found is not None:
        return found
    ruleset = rules.load_ruleset(ref)
    _write(folder, entry, ruleset)
    return ruleset


def load_rulesets(refs: list[str]) -> list[rules.RuleSet | EligibilityError]:
    """Each rule set (or the problem reading it), in order: `match` reads hundreds for one candidate.

    When every one of them was read before without a problem, they come back together from one entry
    for the whole list, found like a single entry by every file's path and bytes and the program's own
    files; otherwise each is read (or found) on its own and the list is kept for next time."""
    folder = cache_folder()
    if folder is None or not refs:
        return [_one(ref) for ref in refs]
    digest = hashlib.blake2b(digest_size=20)
    digest.update(_program().encode("utf-8", "surrogatepass") + b"\0")
    for ref in refs:
        try:
            path = rules.resolve_posting(ref)
            if path is None:  # standard input: never kept
                return [_one(r) for r in refs]
            name = str(path)
            text = read_text(path, what="rule set")
        except EligibilityError:
            return [_one(r) for r in refs]  # a problem: each read on its own, with its message as ever
        for part in (os.path.abspath(name), name, text):
            digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    entry = folder / ("list-" + digest.hexdigest() + ".pickle")
    found = _read(entry, list)
    if found is not None and len(found) == len(refs) and all(isinstance(r, rules.RuleSet) for r in found):
        return found
    loaded = [_one(ref) for ref in refs]
    if all(isinstance(r, rules.RuleSet) for r in loaded):
        _write(folder, entry, loaded)
    return loaded


def _one(ref: str) -> rules.RuleSet | EligibilityError:
    try:
        return load_ruleset(ref)
    except EligibilityError as exc:
        return exc


def cache_folder() -> Path | None:
    """The cache folder, made if need be; None when the cache is off or the folder is not the user's alone."""
    setting = os.environ.get("ELIGIBILITY_CACHE", "")
    if setting.lower() in ("off", "0", "no"):
        return None
    if setting:
        folder = Path(setting)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = Path(base) / "eligibility"
    folder = folder / "rulesets"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        info = os.stat(folder)
    except OSError:
        return None
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
        return None
    return folder


def _key(name: str, text: str) -> str:
    digest = hashlib.blake2b(digest_size=20)
    for part in (_program(), os.path.abspath(name), name, text):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _program() -> str:
    """The program's own files (sources and data) by name, size and time: a new version reads rule sets afresh."""
    root = Path(__file__).resolve().parent
    parts = []
    for folder, _, files in sorted(os.walk(root)):
        if "__pycache__" in folder:
            continue
        for file in sorted(files):
            if file.endswith((".py", ".yaml", ".json")):
                info = os.stat(os.path.join(folder, file))
                parts.append(f"{os.path.relpath(os.path.join(folder, file), root)}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(parts)


def _read(entry: Path, kind: type = rules.RuleSet) -> Any:
    try:
        with open(entry, "rb") as handle:
            data = handle.read()  # read whole: unpickling from the file object reads it piece by piece, slowly
        found = _unpickled(data)
    except FileNotFoundError:
        return None
    except Exception:  # a damaged entry (a full disk, a killed writer): read the rule set afresh
        return None
    return found if isinstance(found, kind) else None


def _unpickled(data: bytes) -> Any:
    """The kept object; the garbage collector waits meanwhile (unpickling makes many objects and no garbage).

    What it read lives as long as the command: it is moved out of the collector's way (`gc.freeze`), or
    every later full collection would walk hundreds of rule sets again (for `match`, about a third of
    its time)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        found = pickle.loads(data)
        gc.freeze()
        return found
    finally:
        if collecting:
            gc.enable()


def _write(folder: Path, entry: Path, kept: Any) -> None:
    try:
        data = pickle.dumps(kept, protocol=_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return  # something in it cannot be kept (a function): it is read each time
    try:
        fd, partial = tempfile.mkstemp(dir=folder, suffix=".partial")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(partial, entry)
        except BaseException:
            os.unlink(partial)
            raise
    except OSError:
        return  # a full or read-only disk: the cache is only a saving
