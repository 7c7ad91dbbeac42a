"""One candidate against many postings: a table best first, or one JSON object."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from eligibility.formats.brief import failed, main_reason, open_items
from eligibility.formats.json import SCHEMA_VERSION
from eligibility.formats.terminal import VERDICTS


def match_dict(profile, results, errors) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "candidate": {"name": profile.name, "file": profile.file},
        "matches": [
            {
                "posting": {
                    "id": r.ruleset.posting.id,
                    "title": r.ruleset.posting.title,
                    "file": r.ruleset.file,
                    "closes": r.ruleset.posting.closes.isoformat() if r.ruleset.posting.closes else None,
                },
                "as_of": r.as_of.isoformat(),
                "verdict": r.verdict.value,
                "score": r.score,
                "main_reason": main_reason(r),
                "failed": failed(r),
                "open": open_items(r),
            }
            for r in results
        ],
        "errors": [{"posting": ref, "error": message} for ref, message in errors],
    }


def print_matches(profile, results, errors, console: Console) -> None:
    table = Table(title=f"Postings for {profile.display_name}", title_justify="left", expand=True, header_style="bold")
    table.add_column("posting", ratio=2, overflow="fold")
    table.add_column("verdict", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("main reason", ratio=4)
    for r in results:
        word, style = VERDICTS[r.verdict]
        p = r.ruleset.posting
        table.add_row(f"{p.title}\n[dim]{p.id}[/dim]", Text(word.lower(), style=style), str(r.score), main_reason(r))
    console.print(table)
    for _, message in errors:
        console.print(Text(f"error: {message}", style="magenta"))
