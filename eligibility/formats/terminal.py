"""The rich terminal view of one result, and of what a posting requires."""

from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from eligibility.countries import country_name
from eligibility.outcome import Finding, Result, Status, Verdict
from eligibility.periods import human_date

MARKS = {
    Status.PASS: ("✔ pass", "green"),
    Status.FAIL: ("✘ fail", "bold red"),
    Status.UNKNOWN: ("? unknown", "yellow"),
    Status.REVIEW: ("◐ review", "cyan"),
}
VERDICTS = {
    Verdict.ELIGIBLE: ("ELIGIBLE", "bold green"),
    Verdict.NEEDS_REVIEW: ("NEEDS REVIEW", "bold yellow"),
    Verdict.NOT_ELIGIBLE: ("NOT ELIGIBLE", "bold red"),
}


def _order(f: Finding) -> int:
    if f.criterion.kind == "competency":
        return 2
    return 0 if f.criterion.mandatory else 1


def _heading(ruleset) -> Text:
    p = ruleset.posting
    where = ", ".join(x for x in (p.duty_station, country_name(p.country) if p.country else None) if x)
    title = Text(f"{p.title}", style="bold")
    title.append(f"  {p.id}", style="dim")
    details = " · ".join(
        x
        for x in (p.issued_by, where, p.grade and f"grade {p.grade}", p.closes and f"closes {human_date(p.closes)}")
        if x
    )
    if details:
        title.append(f"\n{details}", style="dim")
    return title


def result_view(result: Result) -> Group:
    table = Table(show_header=True, header_style="bold", expand=True, show_lines=False, pad_edge=False)
    table.add_column("", width=10, no_wrap=True)
    table.add_column("criterion", ratio=1, min_width=22, overflow="fold")
    table.add_column("explanation", ratio=2)
    for f in sorted(result.findings, key=_order):
        mark, style = MARKS[f.outcome.status]
        dim = f.criterion.kind == "competency"
        label = Text(f.criterion.id, style="dim" if dim else "")
        label.append(f"\n{f.criterion.kind}" + ("" if f.criterion.mandatory else " · desirable"), style="dim")
        if dim:
            # A competency: nothing to explain but what the panel will look for.
            explanation = Text("For the selection panel: ", style="dim")
            explanation.append(f"“{f.criterion.source}”", style="dim italic")
        else:
            explanation = Text(f.outcome.reason)
            explanation.append(f"\n“{f.criterion.source}”", style="dim italic")
        table.add_row(Text(mark, style="dim" if dim else style), label, explanation)
    word, style = VERDICTS[result.verdict]
    verdict = Text("Verdict: ", style="bold")
    verdict.append(word, style=style)
    verdict.append(f"   score {result.score}/100   as of {human_date(result.as_of)} ({result.as_of_basis})")
    candidate = Text(f"Candidate: {result.profile.display_name}", style="bold")
    parts = [_heading(result.ruleset), candidate, table, verdict]
    advice = [
        (f.criterion.id, a)
        for f in result.findings
        if f.decisive and f.outcome.status in (Status.FAIL, Status.UNKNOWN)
        for a in f.outcome.advice
    ]
    if advice:
        lines = Text("What it would take:", style="bold")
        for cid, text in advice:
            lines.append(f"\n  • {cid}: ", style="")
            lines.append(text)
        when = result.qualifies_on
        if when is not None:
            closes = result.ruleset.posting.closes
            lines.append(
                f"\nIf your current jobs continue, every failed requirement is met on {human_date(when)}", style="bold"
            )
            if closes and when > closes:
                lines.append(f": after this posting closes ({human_date(closes)}).", style="bold")
            else:
                lines.append(f" (see it with --as-of {when.isoformat()}).", style="bold")
        parts.append(lines)
    return Group(*parts)


def ruleset_view(ruleset) -> Group:
    table = Table(show_header=True, header_style="bold", expand=True)
    table.add_column("criterion", ratio=1, overflow="fold")
    table.add_column("", no_wrap=True)
    table.add_column("requires", ratio=2)
    table.add_column("posting's words", ratio=2, style="dim italic")
    for c in ruleset.criteria:
        need = "mandatory" if c.mandatory else "desirable"
        if c.origin == "organisation":
            need += "\n(organisation)"
        requires = c.describe() + (f"\n{c.note}" if c.note else "")
        table.add_row(f"{c.id}\n[dim]{c.kind}[/dim]", need, requires, c.source)
    return Group(_heading(ruleset), table)


def print_result(result: Result, console: Console | None = None) -> None:
    (console or Console()).print(result_view(result))
