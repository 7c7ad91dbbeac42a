"""Writing a screened batch: a sorted rich table, or JSON, JSON Lines or CSV streamed in input order."""

from __future__ import annotations

import codecs
import csv
import os
from typing import IO, TYPE_CHECKING

from eligibility.fileio import Spooled
from eligibility.formats.brief import VERDICTS, verdict_word
from eligibility.formats.rows import CSV_HEADER, TableRow
from eligibility.outcome import Verdict

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


class Tally:
    """Counts of a batch, as rows stream past."""

    def __init__(self) -> None:
        self.counts = {**{v.value: 0 for v in Verdict}, "error": 0}
        self.written = 0
        """Rows handed to the output so far (rows left out by --only or --min-score are not among them)."""
        self.aside: dict[tuple[str, str], int] = {}
        """Files found in folders that are no profile (rows.Aside): (file, what it is) -> how many of its entries
        (1, or a JSON Lines file's lines), in input order."""

    @property
    def errors(self) -> int:
        return self.counts["error"]

    def line(self) -> str:
        c = self.counts
        total = sum(c.values())
        return (
            f"{total} candidate{'s' if total != 1 else ''}: {c['eligible']} eligible, {c['needs-review']} needs review, "
            f"{c['not-eligible']} not eligible, {c['error']} unreadable"
        )


def _counted(chunks, tally: Tally):
    """Each chunk's payload; the tally counts its verdicts, and its rows as written once the payload is handed on."""
    for payload, counts, rows in chunks:
        for verdict, n in counts.items():
            if isinstance(verdict, tuple):  # rows.Aside.key
                tally.aside[verdict[1:]] = tally.aside.get(verdict[1:], 0) + n
            else:
                tally.counts[verdict or "error"] += n
        yield payload
        tally.written += rows


def _is_utf8(out: IO[str]) -> bool:
    """Whether a text stream writes UTF-8 (a CSV file's, with its mark, too), so that UTF-8 text may go to its
    buffer as it is."""
    try:
        return codecs.lookup(getattr(out, "encoding", None) or "").name in ("utf-8", "utf-8-sig")
    except LookupError:
        return False


def _writer(out: IO[str]):
    """A function that writes UTF-8 bytes to `out`: straight to its buffer where it has one."""
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        return lambda data: out.write(data.decode("utf-8"))
    out.flush()  # what was written as text goes first
    return buffer.write


def write_jsonl(chunks, out: IO[str], tally: Tally) -> None:
    write = _writer(out)
    for data in _counted(chunks, tally):
        if isinstance(data, Spooled):
            data.copy_to(out)
        else:
            write(data)
    _flush(out)


def write_json(chunks, out: IO[str], tally: Tally) -> None:
    write = _writer(out)
    write(b"[")
    first = True
    for data in _counted(chunks, tally):
        if isinstance(data, Spooled) and data.size:
            write(b"\n" if first else b",\n")
            data.copy_to(out)
            first = False
        elif data and not isinstance(data, Spooled):
            write((b"\n" if first else b",\n") + data)
            first = False
    write(b"\n]\n")
    _flush(out)


def _flush(out: IO[str]) -> None:
    buffer = getattr(out, "buffer", None)
    if buffer is not None:
        buffer.flush()


def write_csv(chunks, out: IO[str], tally: Tally) -> None:
    csv.writer(out, lineterminator="\r\n").writerow(CSV_HEADER)
    utf8 = _is_utf8(out)
    for text in _counted(chunks, tally):
        if not isinstance(text, Spooled):
            out.write(text)
        elif utf8:
            text.copy_to(out)
        else:
            out.write(text.read().decode("utf-8"))


RICH_ROWS = 500
"""Above this, the table is laid out as plain fixed-width text: rich's layout is slow for thousands of rows."""


def short_paths(files: list[str]) -> tuple[str, list[str]]:
    """(the folder all files share, or '', each file relative to it): table rows name files briefly."""
    try:
        common = os.path.commonpath([os.path.dirname(f) or "." for f in files]) if files else ""
    except ValueError:  # absolute and relative paths mixed: keep them whole
        return "", list(files)
    if common in ("", "."):
        return "", list(files)
    return common, [os.path.relpath(f, common) for f in files]


def write_table(chunks, console: Console, tally: Tally, *, title: str, key=None) -> None:
    # rich is read only here: the streamed formats (CSV, JSON Lines) start without it.
    from rich.table import Table
    from rich.text import Text

    collected: list[TableRow] = []
    for rows in _counted(chunks, tally):
        collected.extend(rows)
    collected.sort(key=key or (lambda r: r.order))
    folder, files = short_paths([r.file for r in collected])
    collected = [r._replace(file=f) for r, f in zip(collected, files, strict=True)]
    if folder:
        title += f"  (files in {folder}{os.sep})"
    if len(collected) > RICH_ROWS:
        _plain_table(collected, console, title)
        console.print(tally.line(), style="bold")
        return
    table = Table(title=title, title_justify="left", expand=True, header_style="bold")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("candidate", ratio=2, min_width=10, max_width=28, overflow="fold")
    table.add_column("verdict", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    # A criterion id, an error's location or a file name too long for its column is folded onto the next line,
    # never cut: the reader can still find the criterion and the line.
    table.add_column("failing or open criteria", ratio=3, min_width=14, overflow="fold")
    widest = max((len(r.file) for r in collected), default=4)
    if console.is_terminal:
        table.add_column("file", ratio=3, min_width=10, max_width=widest, style="dim", overflow="fold")
    else:  # a file or a pipe: a path is never cut (folded only beyond the widest table written)
        table.add_column("file", min_width=min(widest, 10), style="dim", overflow="fold")
    for i, row in enumerate(collected, 1):
        if row.error:
            table.add_row(
                str(i),
                row.candidate,
                Text("error", style="bold magenta"),
                "",
                Text(row.error, style="magenta"),
                row.file,
            )
            continue
        style = VERDICTS[Verdict(row.verdict)][1]
        table.add_row(
            str(i), row.candidate, Text(verdict_word(row.verdict), style=style), str(row.score), row.why, row.file
        )
    if console.is_terminal:
        console.print(table)
    else:
        _print_wide(table, console)
    console.print(tally.line(), style="bold")


FILE_WIDTH = 240
"""The widest a table written to a file or a pipe grows to fit its rows (a terminal's table fits the terminal)."""


def _print_wide(table: Table, console: Console) -> None:
    """The table as wide as its rows need, from the console's width up to FILE_WIDTH (the console of a file or a
    pipe drops the spaces that pad its lines: formats/safe.py)."""
    from rich.measure import Measurement

    table.expand = False
    # Measured against the widest table written, not the console's width (which would cap what it needs).
    needed = Measurement.get(console, console.options.update_width(FILE_WIDTH), table).maximum
    width, saved = max(console.width, min(FILE_WIDTH, needed)), console.width
    console.width = width  # print(width=…) is capped at the console's own width
    try:
        console.print(table)
    finally:
        console.width = saved


def _plain_table(rows: list[TableRow], console: Console, title: str) -> None:
    """The same columns as the rich table, one line a candidate, cut to the console's width."""
    width = max(console.width, 100)
    name_w = min(32, max(9, max(len(r.candidate) for r in rows)))
    number_w = len(str(len(rows)))
    fixed = number_w + name_w + 12 + 5 + 8
    why_w = max(20, (width - fixed) * 3 // 5)
    file_w = max(10, width - fixed - why_w)

    def cut(text: str, n: int) -> str:
        return text if len(text) <= n else text[: n - 1] + "…"

    if not console.is_terminal:
        file_w = 10_000  # a file or a pipe: nothing to fit, so paths stay whole
    lines = [
        title,
        f"{'#':>{number_w}}  {'candidate':{name_w}}  {'verdict':12} {'score':>5}  {'failing or open criteria':{why_w}}  file",
    ]
    for i, r in enumerate(rows, 1):
        verdict = verdict_word(r.verdict) if r.verdict else "error"
        score = "" if r.score is None else str(r.score)
        why = r.error if r.error else r.why
        lines.append(
            f"{i:>{number_w}}  {cut(r.candidate, name_w):{name_w}}  {verdict:12} {score:>5}  {cut(why, why_w):{why_w}}  {cut(r.file, file_w)}"
        )
    console.file.write("\n".join(lines) + "\n")
