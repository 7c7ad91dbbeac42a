"""`validate`: read rule sets and profiles and report every problem, without assessing anyone."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from eligibility.batch import FAULTS, Item, items_of, load_item
from eligibility.cv.notice import instead
from eligibility.errors import EligibilityError, InputError, InputErrors, fault, not_a_profile
from eligibility.fields import root
from eligibility.profile import RESULTS_WRITTEN, other_document, read_profile
from eligibility.rules import RULESET_KEYS, read_ruleset
from eligibility.setaside import why_set_aside
from eligibility.yamlio import load_file

# Keys that only rule sets have: how a file says what it is.
_RULESET_ONLY = set(RULESET_KEYS)


class Problem(str):
    """One problem as `validate` prints it (a line naming file, line and field), with its parts for `--json`."""

    file: str | None
    line: int | None
    field: str | None
    message: str
    hint: str | None

    @classmethod
    def of(cls, error: BaseException, file: str | None = None) -> Problem:
        """A located input error's parts; any other error is its message, in `file`."""
        if isinstance(error, InputError):
            return cls.made(
                str(error),
                file=error.file or file,
                line=error.line,
                field=error.field,
                message=error.message,
                hint=error.hint,
            )
        text = str(error)
        return cls.made(text, file=file, message=text.removeprefix(f"{file}: ") if file else text)

    @classmethod
    def made(
        cls,
        text: str,
        *,
        file: str | None,
        message: str,
        line: int | None = None,
        field: str | None = None,
        hint: str | None = None,
    ) -> Problem:
        made = cls(text)
        made.file, made.line, made.field, made.message, made.hint = file, line, field, message, hint
        return made

    def as_dict(self) -> dict:
        """The problem for `validate --json` (schema `validate`)."""
        return {"file": self.file, "line": self.line, "field": self.field, "message": self.message, "hint": self.hint}


def _errors(exc: EligibilityError, file: str | None = None) -> list[Problem]:
    if isinstance(exc, InputErrors):
        return [Problem.of(e, file) for e in exc.errors]
    return [Problem.of(exc, file)]


RESULTS = RESULTS_WRITTEN
"""What `validate_file` calls results the tool wrote (the output of `screen`, `check --json`): no profile or rule set,
so an error when given by name, and set aside with a note when found in a folder, as `screen` does."""


def validate_file(path: str) -> tuple[str | None, list[Problem], list[Problem]]:
    """(what the file is, with a word on it, or None; the problems found; warnings: what reads but contradicts
    itself). Results the tool wrote are `RESULTS`, with the problem they are where a profile belongs."""
    from eligibility import cv

    if cv.is_cv_file(path):
        try:
            data = cv.read_file(path)
            draft = cv.read_bytes(data, path)
            if draft is not None:
                profile = cv.to_profile(draft)
                return f"profile{' of ' + profile.name if profile.name else ''} from a {draft.format}", [], []
        except EligibilityError as exc:
            return None, _errors(instead(path, exc), path), []
    try:
        data = load_file(path, what="file")
    except EligibilityError as exc:
        return None, _errors(instead(path, exc), path), []
    other = other_document(data)
    if other is not None and other[0] == "result":
        return RESULTS, [Problem.of(InputError(other[1], file=path, line=other[3], hint=other[2]))], []
    if isinstance(data, dict) and _RULESET_ONLY & set(data):
        try:
            ruleset = read_ruleset(data, path)
        except EligibilityError as exc:
            return None, _errors(exc, path), []
        n = len(ruleset.criteria)
        what = f"rule set {ruleset.posting.id} ({n} {'criterion' if n == 1 else 'criteria'})"
        return what, [], _ruleset_warnings(data, path, ruleset)
    try:
        profile = read_profile(data, path)
    except EligibilityError as exc:
        return None, _errors(instead(path, exc), path), []
    return f"profile{' of ' + profile.name if profile.name else ''}", [], _profile_warnings(data, path)


def _profile_warnings(data, path: str) -> list[Problem]:
    """A country given twice in a profile's list of countries ('nationalities: [AT, Austria]'): read once, as the
    profile reader does, and named, since a second entry may be a typo for another country."""
    found = []
    for key in ("nationalities", "permanent_residence"):
        node = root(data, path).child(key)
        if not isinstance(node.value, list):
            continue
        seen: set[str] = set()
        for item in node.items():
            code = item.country()
            if code is None or code not in seen:
                seen.add(code or "")
                continue
            message = f"warning: {code} is given twice; it is read once"
            found.append(
                Problem.made(
                    f"{path}:{item.line}: {key}: {message}", file=path, line=item.line, field=key, message=message
                )
            )
    return found


_SECONDED_GRADE = re.compile(r"S[\s-]?[1-9]", re.I)
"""An OSCE seconded grade (S1 to S4, 'S-2'): a post at it is filled by secondment."""


def _ruleset_warnings(data, path: str, ruleset) -> list[Problem]:
    """What a valid rule set states that contradicts itself: a contracted post at a seconded grade (S grades are
    filled by secondment), which the organisation rules judge by the contract (a Partner's national fails)."""
    posting = ruleset.posting
    if posting.contract != "contracted" or not posting.grade or not _SECONDED_GRADE.fullmatch(posting.grade.strip()):
        return []
    node = root(data, path).child("posting").child("contract")
    message = (
        f"warning: 'contracted' at grade {posting.grade}, a seconded grade; give the contract the posting states "
        "(secondment) or its grade"
    )
    return [
        Problem.made(
            f"{path}:{node.line}: posting.contract: {message}",
            file=path,
            line=node.line,
            field="posting.contract",
            message=message,
        )
    ]


def _targets(paths: Iterable[str], repeated: list[tuple[str, str]]) -> Iterable[tuple[str | Item, bool]]:
    """Each file to validate by its path, and as an item each JSON Lines line and each entry that cannot be read.

    A file is validated once however often it is given (by itself, in a folder, under another spelling or through
    a link), as `screen` screens it once: each name it was given again by goes to `repeated`, with the first.
    """
    first: dict[tuple[int, int], tuple[str, int]] = {}
    for given, raw in enumerate(paths):
        keys: dict[str, tuple[int, int] | None] = {}
        for item in items_of(raw):
            if item.problem is None:
                if item.path not in keys:
                    try:
                        info = os.stat(item.path)
                        keys[item.path] = (info.st_dev, info.st_ino)
                    except (OSError, ValueError):
                        keys[item.path] = None  # its reader says why
                key = keys[item.path]
                if key is not None and first.setdefault(key, (item.path, given)) != (item.path, given):
                    if item.lineno in (None, 1) or (item.path, first[key][0]) not in repeated:
                        repeated.append((item.path, first[key][0]))
                    continue
            yield (item.path if item.line is None and item.problem is None and not item.tried else item), item.walked


def validate_paths(
    paths: Iterable[str],
    *,
    ok: Callable[[str, str], None],
    problem: Callable[[Problem, str], None],
    warning: Callable[[Problem, str], None] | None = None,
    repeated: Callable[[list[tuple[str, str]]], None] | None = None,
    aside: Callable[[dict[tuple[str, str], int]], None] | None = None,
) -> int:
    """Report each file's state; returns how many problems were found (warnings are not problems).

    `ok(name, what)` for a valid file ('profile of Ana'); `problem(problem, name)` and `warning(problem, name)` for
    each problem of the file (or JSON Lines line) of that name.

    A file found in a folder under a name no profile or CV has (batch.Item.tried) is validated when it reads as a
    profile or CV; else it is set aside, as `screen` sets it aside, and named by `aside`, not counted a problem.

    Rule sets in one folder that state the same posting id are a problem too: that id would name neither. Results
    the tool wrote found in a folder (not named) are set aside too: no problem, named by `aside` with how many of
    their lines.
    """
    count = 0
    rulesets: list[str] = []
    again: list[tuple[str, str]] = []
    set_aside: dict[tuple[str, str], int] = {}
    for target, walked in _targets(paths, again):
        warnings: list[Problem]
        if isinstance(target, Item) and target.tried:
            try:
                what, errors, warnings = validate_file(target.path)
            except FAULTS as exc:
                what, errors, warnings = None, [Problem.of(fault(exc, target.path))], []
            kind = why_set_aside(target.path) if errors else None
            if kind is not None:
                set_aside[(target.path, kind)] = 1
                continue
            name = target.path
        elif isinstance(target, Item):
            try:
                load_item(target)
                what, errors, warnings = "profile", [], []
            except EligibilityError as exc:
                other = not_a_profile(exc)
                if walked and other is not None and other.what == RESULTS:
                    set_aside[(target.path, other.what)] = set_aside.get((target.path, other.what), 0) + 1
                    continue
                what, errors, warnings = None, _errors(exc, target.path), []
            except FAULTS as exc:
                what, errors, warnings = None, [Problem.of(fault(exc, target.name))], []
            name = target.name
        else:
            try:
                what, errors, warnings = validate_file(target)
            except FAULTS as exc:
                what, errors, warnings = None, [Problem.of(fault(exc, target))], []
            name = target
            if walked and what == RESULTS:
                set_aside[(target, RESULTS)] = 1
                continue
        if errors:
            count += len(errors)
            for line in errors:
                problem(line, name)
        else:
            ok(name, what or "")
            for line in warnings:
                (warning or problem)(line, name)
            if what and what.startswith("rule set"):
                rulesets.append(name)
    for line in _shared_ids(rulesets):
        count += 1
        problem(line, line.file or "")
    if again and repeated is not None:
        repeated(again)
    if set_aside and aside is not None:
        aside(set_aside)
    return count


def _shared_ids(files: list[str]) -> list[Problem]:
    """A line for each rule set whose posting id another rule set in the same folder states as well."""
    import os

    from eligibility.catalogue import posting_id, shared_ids

    lines = []
    by_folder: dict[str, list[str]] = {}
    for file in files:
        by_folder.setdefault(os.path.dirname(os.path.abspath(file)), []).append(file)
    for group in by_folder.values():
        for paths in shared_ids((f, posting_id(Path(f))) for f in group).values():
            for path in paths:
                others = ", ".join(str(p) for p in paths if p != path)
                message = (
                    f"posting id '{posting_id(path)}' is also the id of {others} in the same folder; "
                    "give each rule set its own id"
                )
                given = next((f for f in group if Path(f) == path), str(path))  # the name it was validated by
                lines.append(Problem.made(f"{path}: {message}", file=given, message=message))
    return lines
