"""What a CV gives: profile data, a note on every value inferred from it, and what it leaves open."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Path = tuple
"""A place in the profile data: ('experience', 0, 'management')."""


@dataclass
class Draft:
    """A profile in the making, read from one CV."""

    source: str
    """The file the CV came from."""
    format: str
    """A name for the CV's format, as shown to the user ('Europass CV (2020 format)')."""
    data: dict[str, Any] = field(default_factory=dict)
    """The profile, as plain data in the profile format."""
    notes: dict[Path, str] = field(default_factory=dict)
    """A comment on each value that was inferred (not copied) from the CV."""
    questions: list[Question] = field(default_factory=list)
    """What the CV does not say and a person should answer."""
    withheld: dict[str, Any] = field(default_factory=dict)
    """Sections read but kept out of the profile until the questions about them are answered (`education` while a
    degree's level or completion is open, `experience` while a job's start or share is, `languages` while a level
    is): a section stated without one of its entries would read as that entry absent."""

    def set(self, path: Path, value: Any, note: str | None = None) -> None:
        target = self.data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        if note:
            self.notes[path] = note

    def ask(self, path: Path, text: str, kind: str, **context: Any) -> None:
        self.questions.append(Question(path, text, kind, context))


@dataclass(frozen=True)
class Question:
    """One thing the CV leaves open, with where its answer goes in the profile."""

    path: Path
    text: str
    """As listed in the imported file: 'was it management?'."""
    kind: str
    """How it is asked: management, fields, manual, residence, nationalities, language, completed, degree-level,
    obtained, start, fraction, end-or-present, other-languages, month (of a date the CV gives as a year alone),
    volunteer (whether volunteer work counts); `note` is a remark, not asked. Its context's
    `blocks` names the section it holds back, and `open` says in a few words what is open there."""
    context: dict[str, Any]
