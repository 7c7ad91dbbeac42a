"""Where rule sets are found by id: folders named with --rules, the ELIGIBILITY_RULES folders, ./rules, the bundled set.

The bundled rule sets ship inside the package, so an id such as KOS000396 works from any working directory.
The first folder that holds a file of a name wins; a folder of one's own can therefore replace a bundled rule
set. Two rule sets that answer to one id otherwise are never chosen between in silence (see `find`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ENV = "ELIGIBILITY_RULES"
"""Folders of rule sets, separated like PATH (':' on Unix, ';' on Windows)."""
SUFFIXES = (".yaml", ".yml")

_extra: list[str] = []


@dataclass(frozen=True)
class Folder:
    path: Path
    origin: str
    """How it was named: '--rules', 'ELIGIBILITY_RULES', './rules' or 'bundled'."""


@dataclass(frozen=True)
class Entry:
    id: str
    """The file's name without its suffix: what users type."""
    path: Path
    origin: str


def use(folders: Iterable[str] | None) -> None:
    """Folders named on the command line (--rules), searched before any other."""
    _extra[:] = list(folders or ())


def bundled() -> Path:
    return Path(__file__).resolve().parent / "data" / "rules"


def folders() -> list[Folder]:
    """Every folder searched, in order, each once."""
    named = [Folder(Path(p), "--rules") for p in _extra]
    named += [Folder(Path(p), ENV) for p in os.environ.get(ENV, "").split(os.pathsep) if p.strip()]
    if Path("rules").is_dir():
        named.append(Folder(Path("rules"), "./rules"))
    named.append(Folder(bundled(), "bundled"))
    seen: set[Path] = set()
    found = []
    for folder in named:
        key = folder.path.resolve()
        if key not in seen:
            seen.add(key)
            found.append(folder)
    return found


def missing_folders() -> list[Folder]:
    """Folders the user named that do not exist: worth one line, not a silent skip."""
    return [f for f in folders() if f.origin in ("--rules", ENV) and not f.path.is_dir()]


def entries() -> list[Entry]:
    """Every rule set found, one per id (the first folder wins), sorted by id."""
    chosen: dict[str, Entry] = {}
    for folder in folders():
        if not folder.path.is_dir():
            continue
        for path in sorted(folder.path.iterdir()):
            # A link that leads nowhere (or back to itself) is kept: reading it says so, never a silent skip.
            if path.suffix.lower() in SUFFIXES and (path.is_file() or (path.is_symlink() and not path.exists())):
                chosen.setdefault(path.stem.lower(), Entry(path.stem, path, folder.origin))
    return sorted(chosen.values(), key=lambda e: e.id.lower())


def find(ref: str) -> Path | None:
    """The rule set with this id (case-insensitive), or None; an id that several rule sets share is refused.

    An id is first a file's name; it is also the `posting.id` written inside a file, so that a rule set
    saved under another name is still found by the id its own heading shows. When more than one file answers
    to the id, none is picked: the message names them all, and the user gives the path of the one meant.
    """
    found = matches(ref)
    if len(found) > 1:
        from eligibility.errors import UsageError

        files = ", ".join(str(e.path) for e in found[:-1]) + f" and {found[-1].path}"
        raise UsageError(
            f"posting '{ref}' is ambiguous: {'both ' if len(found) == 2 else ''}{files} have that id; "
            "give the path of the file you mean instead of the id"
        )
    return found[0].path if found else None


def matches(ref: str) -> list[Entry]:
    """Every rule set that answers to an id: by its file's name, or by the `posting.id` written inside it."""
    wanted = ref.lower()
    known = entries()
    found = [e for e in known if e.id.lower() == wanted]
    for entry in known:
        if entry not in found and _mentions(entry.path, wanted) and (posting_id(entry.path) or "").lower() == wanted:
            found.append(entry)
    return found


def _mentions(path: Path, wanted: str) -> bool:
    """Whether the file's text holds the id at all: only those are read in full."""
    from eligibility.errors import EligibilityError
    from eligibility.yamlio import read_text

    try:
        return wanted in read_text(path, what="rule set").lower()
    except EligibilityError:
        return False


def shared_ids(pairs) -> dict[str, list[Path]]:
    """For (rule-set file, posting id) pairs: each id (lower case) that more than one file states, with the files."""
    files: dict[str, list[Path]] = {}
    for path, posting in pairs:
        if posting is None:
            continue
        files.setdefault(str(posting).lower(), []).append(Path(path))
    return {posting: sorted(paths, key=str) for posting, paths in files.items() if len(paths) > 1}


def posting_id(path: Path) -> str | None:
    """The `posting.id` a rule-set file states, or None when it cannot be read (its own check says why)."""
    from eligibility.errors import EligibilityError
    from eligibility.yamlio import load_file

    try:
        data = load_file(path, what="rule set")
    except EligibilityError:
        return None
    posting = data.get("posting") if isinstance(data, dict) else None
    value = posting.get("id") if isinstance(posting, dict) else None
    return str(value) if value is not None else None


def describe_search() -> str:
    """Where ids are looked up, in words, for error messages."""
    names = []
    for folder in folders():
        if folder.origin == "bundled":
            names.append("the bundled rule sets")
        elif folder.origin == "./rules":
            names.append("./rules")
        else:
            names.append(f"{folder.path} ({folder.origin})")
    return ", ".join(names)
