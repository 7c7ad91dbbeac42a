"""One candidate against many postings: a table (open postings first), or one JSON object."""

from __future__ import annotations

from datetime import date

from rich.console import Console
from rich.table import Table
from rich.text import Text

from eligibility.formats.brief import SCORE_MEANING, closing_words, failed_ids, is_closed, main_reason, open_ids
from eligibility.formats.json import SCHEMA_VERSION
from eligibility.formats.terminal import VERDICTS, verdict_word


def match_dict(profile, results, errors, *, today: date | None = None, after_degree: bool = False) -> dict:
    today = today or date.today()
    return {
        "schema_version": SCHEMA_VERSION,
        "candidate": {"name": profile.name, "file": profile.file},
        "options": {"experience_after_degree": after_degree},
        "matches": [
            {
                "posting": {
                    "id": r.ruleset.posting.id,
                    "title": r.ruleset.posting.title,
                    "file": r.ruleset.file,
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


def print_matches(profile, results, errors, console: Console, *, today: date | None = None) -> None:
    today = today or date.today()
    table = Table(title=f"Postings for {profile.display_name}", title_justify="left", expand=True, header_style="bold")
    table.add_column("posting", ratio=2)
    table.add_column("verdict", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("main reason", ratio=4)
    for r in results:
        style = VERDICTS[r.verdict][1]
        p = r.ruleset.posting
        posting = Text(p.title)
        posting.append(f"\n{p.id}", style="dim")
        closing = closing_words(p, today)
        if closing:
            posting.append(f"\n{closing}", style="yellow" if is_closed(p, today) else "dim")
        table.add_row(posting, Text(verdict_word(r.verdict), style=style), str(r.score), main_reason(r))
    console.print(table)
    console.print(Text(SCORE_MEANING, style="dim"))
    for _, message in errors:
        console.print(Text(f"error: {message}", style="magenta"))
