"""Tables that never cut an id or a verdict: those columns keep their full width, free text (titles, reasons,
requirements, the posting's words) wraps in what is left, and where that leaves too little to read, the same rows
are laid out as a list instead. The choice is made at the width the output is drawn at."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.table import Table

NARROWEST = 20
"""A free-text column narrower than this wraps a word or two a line and reads worse than a list."""


def widest(words: Iterable[str], *more: str) -> int:
    """The width of the widest of `words` and `more` on a terminal (each line of a word with line breaks)."""
    from rich.cells import cell_len

    return max((cell_len(line) for word in (*words, *more) for line in str(word).splitlines()), default=1)


UNBOUNDED = 10_000


class Fitted:
    """A table where it fits the width it is drawn at with every fixed column whole and every free-text column at
    least its declared width; elsewhere the list `listing` makes of the same rows."""

    def __init__(self, table: Table, listing: Callable[[], RenderableType]) -> None:
        self.table = table
        self.listing = listing

    def fits(self, console: Console, options: ConsoleOptions) -> bool:
        from rich.measure import Measurement

        # Measured without the window's limit (a measurement is capped at the width it is given): the table's
        # least width with every column at its own least.
        unbounded = options.update_width(UNBOUNDED)
        return Measurement.get(console, unbounded, self.table).minimum <= options.max_width

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.table if self.fits(console, options) else self.listing()
