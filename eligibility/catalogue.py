"""Where rule sets are found by id: folders named with --rules, the ELIGIBILITY_RULES folders, ./rules, the bundled set.

The bundled rule sets ship inside the package, so an id such as KOS000396 works from any working directory.
The first folder that holds an id wins; a folder of one's own can therefore replace a bundled rule set.
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
            if path.suffix.lower() in SUFFIXES and path.is_file():
                chosen.setdefault(path.stem.lower(), Entry(path.stem, path, folder.origin))
    return sorted(chosen.values(), key=lambda e: e.id.lower())


def find(ref: str) -> Path | None:
    """The rule set with this id (case-insensitive), or None.

    An id is first a file's name; failing that, the `posting.id` written inside a file, so that a rule set
    saved under another name is still found by the id its own heading shows.
    """
    known = entries()
    for entry in known:
        if entry.id.lower() == ref.lower():
            return entry.path
    for entry in known:
        if (posting_id(entry.path) or "").lower() == ref.lower():
            return entry.path
    return None


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
