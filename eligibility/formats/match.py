"""One candidate against many postings: a table (open postings first), or one JSON object."""

from __future__ import annotations

import os
import sys
from datetime import date
from typing import TYPE_CHECKING

from eligibility.formats.brief import (
    SCORE_MEANING,
    VERDICTS,
    closing_words,
    failed_ids,
    is_closed,
    main_reason,
    open_ids,
    verdict_word,
)
from eligibility.formats.json import SCHEMA_VERSION
from eligibility.formats.safe import file_text, shown

if TYPE_CHECKING:  # rich is imported where something is drawn: a long list to a file or a pipe needs none
    from rich.console import Console


def match_dict(profile, results, errors, *, today: date | None = None, after_degree: bool = False) -> dict:
    today = today or date.today()
    return {
        "schema_version": SCHEMA_VERSION,
        "candidate": {"name": profile.name, "file": file_text(profile.file)},
        "options": {"experience_after_degree": after_degree},
        "matches": [
            {
                "posting": {
                    "id": r.ruleset.posting.id,
                    "title": r.ruleset.posting.title,
                    "file": file_text(r.ruleset.file) if r.ruleset.file else r.ruleset.file,
                    "closes": r.ruleset.posting.closes.isoformat() if r.ruleset.posting.closes else None,
                    "open": not is_closed(r.ruleset.posting, today),
                },
                "as_of": r.as_of.isoformat(),
                "as_of_basis": r.as_of_basis,
                "verdict": r.verdict.value,
                "score": r.score,
                "main_reason": main_reason(r),
                "failed": failed_ids(r),
                "open": open_ids(r),
            }
            for r in results
        ],
        "errors": [{"posting": ref, "error": message} for ref, message in errors],
    }


LONG = 40
"""Beyond this many postings the list is printed one line a posting: a table of wrapped cells costs about
a millisecond a row to draw, and hundreds of rows several lines high read worse than one line each."""


def print_matches(profile, results, console: Console | None = None, *, today: date | None = None) -> None:
    """The results (problems reading postings are the caller's to report, on standard error), on `console` (by
    default one made for standard output, when one is needed: a long list written to a file or a pipe is plain
    text, written as the console would write it, without loading the terminal library)."""
    today = today or date.today()
    shared = _shared(results)
    if console is None and len(results) > LONG and not may_be_terminal(sys.stdout):
        sys.stdout.write("".join(words for words, _ in _lines(profile, results, today, shared)) + SCORE_MEANING + "\n")
        return
    from rich.text import Text

    if console is None:
        from eligibility.formats.safe import console as made

        console = made(highlight=False)
    if len(results) > LONG:
        _print_lines(profile, results, console, today, shared)
    else:
        _print_table(profile, results, console, today, shared)
    console.print(Text(SCORE_MEANING, style="dim"))


def may_be_terminal(file, environ=None) -> bool:
    """Whether a rich console writing to `file` could treat it as a terminal (and colour what it writes): as rich
    decides (`TTY_COMPATIBLE`, `FORCE_COLOR`, then the file itself), and yes wherever in doubt (an interactive
    shell of Jupyter or IDLE). A test holds this to rich's own answer."""
    environ = os.environ if environ is None else environ
    if "ipykernel" in sys.modules or "idlelib" in sys.modules:
        return True
    compatible = environ.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "1"
    force = environ.get("FORCE_COLOR")
    if force is not None:
        return force != ""
    isatty = getattr(file, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:
        return False


def _shared(results) -> set[str]:
    """Posting ids (lower case) that more than one of the results' rule sets state: those are shown with their
    files, so that two postings of one id are told apart."""
    from eligibility.catalogue import shared_ids

    return set(shared_ids((r.ruleset.file, r.ruleset.posting.id) for r in results))


def _lines(profile, results, today: date, shared: set[str]) -> list[tuple[str, str]]:
    """One line a posting, in aligned columns: verdict, score, id, closing date, then title and main reason; as
    pieces of text with the style each takes on a terminal. Control characters in the data are escaped."""
    rows = []
    for r in results:
        p = r.ruleset.posting
        rows.append((r, shown(p.id, one_line=True), closing_words(p, today) or "", verdict_word(r.verdict)))
    wide_id = max(len("posting"), *(len(i) for _, i, _, _ in rows))
    wide_closing = max(len("closes"), *(len(c) for _, _, c, _ in rows))
    wide_verdict = max(len(w) for _, _, _, w in rows)
    parts: list[tuple[str, str]] = [
        (f"Postings for {shown(profile.display_name, one_line=True)}: {len(rows)}\n", "bold"),
        (
            f"{'verdict':<{wide_verdict}}  score  {'posting':<{wide_id}}  {'closes':<{wide_closing}}  "
            "title: main reason\n",
            "bold",
        ),
    ]
    for r, posting_id, closing, word in rows:
        p = r.ruleset.posting
        parts.append((f"{word:<{wide_verdict}}", VERDICTS[r.verdict][1]))
        parts.append((f"  {r.score:>5}  {posting_id:<{wide_id}}  ", ""))
        parts.append((f"{closing:<{wide_closing}}", "yellow" if is_closed(p, today) else "dim"))
        title = shown(p.title, one_line=True)
        if p.id.lower() in shared:
            title += f" ({shown(r.ruleset.file, one_line=True)})"
        parts.append((f"  {title}: {shown(main_reason(r), one_line=True)}\n", ""))
    return parts


def _print_lines(profile, results, console: Console, today: date, shared: set[str]) -> None:
    """The lines of `_lines`: nothing is cut off (a terminal wraps long lines); on a terminal the verdicts are
    coloured, elsewhere the lines are written as plain text."""
    parts = _lines(profile, results, today, shared)
    if console.is_terminal:
        from rich.text import Text

        text = Text()
        for words, style in parts:
            text.append(words, style=style)
        console.print(text, soft_wrap=True, end="")
    else:
        console.file.write("".join(words for words, _ in parts))


def _print_table(profile, results, console: Console, today: date, shared: set[str]) -> None:
    """A table where the window fits it with every posting id and verdict whole, else one entry a posting."""
    from rich.table import Table  # imported when drawn: beyond LONG postings none is
    from rich.text import Text

    from eligibility.formats.fit import NARROWEST, Fitted, widest

    rows = []
    for r in results:
        p = r.ruleset.posting
        closing = closing_words(p, today)
        closing_text = Text(closing, style="yellow" if is_closed(p, today) else "dim") if closing else None
        file = Text(r.ruleset.file, style="dim") if p.id.lower() in shared else None
        rows.append((r, p, closing_text, file, Text(verdict_word(r.verdict), style=VERDICTS[r.verdict][1])))
    table = Table(
        title=f"Postings for {shown(profile.display_name, one_line=True)}",
        title_justify="left",
        expand=True,
        header_style="bold",
    )
    posting_width = widest((p.id for _, p, _, _, _ in rows), *(c.plain for _, _, c, _, _ in rows if c), "posting")
    table.add_column("posting", ratio=1, width=posting_width, overflow="fold")
    table.add_column("verdict", width=widest((w.plain for *_, w in rows), "verdict"), no_wrap=True)
    table.add_column("score", justify="right", width=5, no_wrap=True)
    table.add_column("main reason", ratio=2, width=NARROWEST, overflow="fold")
    for r, p, closing, file, word in rows:
        posting = Text(shown(p.title, one_line=True))
        posting.append(f"\n{shown(p.id, one_line=True)}", style="dim")
        if file is not None:
            posting.append("\n").append_text(file)
        if closing is not None:
            posting.append("\n").append_text(closing)
        table.add_row(posting, word, str(r.score), shown(main_reason(r), one_line=True))

    def listing():
        """One entry a posting: its verdict, score and id on a line, then its title (with its file where two
        postings share an id), its closing date on a line of its own (a date is never broken) and the main
        reason."""
        from rich.console import Group
        from rich.padding import Padding

        wide = max(len(w.plain) for *_, w in rows)
        entries: list = []
        for r, p, closing, file, word in rows:
            head = Text.assemble(word, " " * (wide - len(word.plain)), f"  {r.score:>5}  ", (p.id, "bold"))
            about = Text(shown(p.title, one_line=True))
            if file is not None:
                about.append(" (").append_text(file).append(")")
            if closing is not None:
                about.append("\n").append_text(closing)
            about.append(f"\n{shown(main_reason(r), one_line=True)}")
            entries += [Text(""), head, Padding(about, (0, 0, 0, 2))]
        return Group(Text(f"Postings for {shown(profile.display_name, one_line=True)}", style="italic"), *entries)

    console.print(Fitted(table, listing))
