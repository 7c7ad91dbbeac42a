"""One error hierarchy for everything a user can get wrong, caught once by the CLI."""

from __future__ import annotations

import difflib
import errno
from collections.abc import Iterable
from enum import IntEnum
from typing import Any


class ExitCode(IntEnum):
    """Exit statuses of every command: a contract for scripts (README, "Exit status")."""

    SUCCESS = 0
    """`screen`, `validate`, `schema`, `compile`, `show`: everything was read and done."""
    ELIGIBLE = 0
    """`check`: eligible; `match`: eligible for at least one posting (the same status as success)."""
    NOT_ELIGIBLE = 1
    BAD_INPUT = 2
    """Bad input or usage: one line on standard error says what and where."""
    NEEDS_REVIEW = 3
    INTERRUPTED = 130
    """Stopped by Ctrl-C (128 + SIGINT, as shells report it)."""
    OUTPUT_CLOSED = 141
    """Standard output was closed before the output was complete (`| head`): 128 + SIGPIPE, as shells report a
    writer the closed pipe stopped."""
    TERMINATED = 143
    """Stopped by SIGTERM (128 + SIGTERM), after removing temporary files and worker processes."""


class EligibilityError(Exception):
    """Base class: something the user supplied is wrong; shown as one line, exit 2."""


class InputError(EligibilityError):
    """A problem in one input file, located by line and field path."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.hint = hint

    def __str__(self) -> str:
        where = self.file or "<input>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: "
        if self.field:
            text += f"{self.field}: "
        text += self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


RESULTS_WRITTEN = "results written by `eligibility`"
"""What results the tool wrote (`screen -o`, `check --json`) are called where a profile belongs: set aside with a note
when found in a folder (`screen`, `validate`), an error when named."""


class NotAProfile(InputError):
    """A file given where a profile belongs that is plainly something else: a rule set, results the tool wrote, a
    vacancy notice. In a folder of profiles it is set aside (named in a note), not screened as a bad profile."""

    def __init__(self, message: str, *, what: str, **where: Any) -> None:
        super().__init__(message, **where)
        self.what = what
        """What it is, for the note: 'a rule set', 'results written by `eligibility`', 'a vacancy notice'."""


def not_a_profile(exc: BaseException) -> NotAProfile | None:
    """The NotAProfile an error is, or holds as its only problem; else None."""
    if isinstance(exc, NotAProfile):
        return exc
    errors = getattr(exc, "errors", None)
    if isinstance(exc, InputErrors) and errors and len(errors) == 1 and isinstance(errors[0], NotAProfile):
        return errors[0]
    return None


class InputErrors(EligibilityError):
    """Several problems found in one pass (used by `validate` to report all at once)."""

    def __init__(self, errors: list[InputError]) -> None:
        super().__init__(str(errors[0]))
        self.errors = errors

    def __str__(self) -> str:
        first = str(self.errors[0])
        more = len(self.errors) - 1
        return (
            first
            if not more
            else f"{first} (and {more} more problem{'s' if more > 1 else ''}; run `eligibility validate` to list them)"
        )


class UsageError(EligibilityError):
    """A command-line argument is wrong (a posting id that does not exist, say)."""


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """A 'did you mean' hint for a misspelt key or value, or None."""
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


BROKEN_LINK = "broken symbolic link: it points to nothing"
"""What a link to nothing is called, wherever one is met (a screened folder, a rules folder, a file given)."""

_REASONS = {
    errno.ENOENT: "no such file or folder",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ELOOP: "too many levels of symbolic links (a link loop?)",
    errno.ENAMETOOLONG: "the name is too long for the file system",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.EROFS: "the file system is read-only",
    errno.ENOSPC: "no space left on the device",
    errno.EISDIR: "is a directory",
    errno.EIO: "input/output error (not a file that can be read as text)",
    errno.EINVAL: "invalid argument (not a file that can be read as text)",
}
MAX_SHOWN_NAME = 160
"""File names longer than this are shortened in messages, keeping both ends."""


def shown_name(name: str) -> str:
    """A file name fit for a one-line message."""
    name = str(name)
    if len(name) <= MAX_SHOWN_NAME:
        return name
    return f"{name[:100]}…{name[-50:]} ({len(name):,} characters)"


def os_error(exc: OSError, file: str | None, *, doing: str) -> InputError:
    """An operating-system fault on `file`, as the one-line input error every command reports.

    `doing` is what was attempted, such as 'reading the profile' or 'writing the output'.
    """
    reason = _REASONS.get(exc.errno) if exc.errno is not None else None
    if reason is None:
        reason = (exc.strerror or type(exc).__name__).lower()
    return InputError(f"{doing}: {reason}", file=shown_name(file) if file is not None else None)


def fault(exc: BaseException, file: str | None, *, doing: str = "reading") -> InputError:
    """Any fault met while handling one input (system, arithmetic, nesting) as a located input error."""
    if isinstance(exc, InputError):
        if exc.file is None:
            exc.file = file
        return exc
    if isinstance(exc, OSError):
        return os_error(exc, file, doing=doing)
    if isinstance(exc, RecursionError):
        return InputError("nested too deeply to read", file=file)
    if isinstance(exc, OverflowError):
        return InputError(f"a number or date is out of range ({exc})", file=file)
    return InputError(f"cannot be read: {exc}", file=file)
