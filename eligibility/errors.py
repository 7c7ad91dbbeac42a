"""One error hierarchy for everything a user can get wrong, caught once by the CLI."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from enum import IntEnum


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
