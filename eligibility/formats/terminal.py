"""The terminal view of one result (answer first; every row with --all), and of what a posting requires."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from rich.console import Console, Group
from rich.text import Text

from eligibility.countries import country_name
from eligibility.formats.brief import (
    SCORE_MEANING,
    VERDICTS,
    advice_items,
    changed_today,
    closing_words,
    gaps,
    is_closed,
    verdict_word,
)
from eligibility.formats.fit import NARROWEST, Fitted, widest
from eligibility.formats.safe import line
from eligibility.organisation import contract_note
from eligibility.outcome import Finding, Result, Status
from eligibility.periods import human_date

if TYPE_CHECKING:  # rich.table is imported where a table is drawn: `match` over many postings draws none
    from rich.table import Table

MARKS = {
    Status.PASS: ("✔ pass", "green"),
    Status.FAIL: ("✘ fail", "bold red"),
    Status.UNKNOWN: ("? unknown", "yellow"),
    Status.REVIEW: ("◐ review", "cyan"),
}


def _order(f: Finding) -> int:
    if not f.criterion.module.DECIDES:
        return 2
    return 0 if f.criterion.mandatory else 1


def _heading(ruleset, today: date | None = None) -> Text:
    p = ruleset.posting
    where = ", ".join(x for x in (p.duty_station, country_name(p.country) if p.country else None) if x)
    title = Text(line(p.title), style="bold")  # a rule set's words are input too: one line each
    title.append(f"  {line(p.id)}", style="dim")
    details = line(" · ".join(x for x in (p.issued_by, where, p.grade and f"grade {p.grade}") if x))
    if details:
        title.append(f"\n{details}", style="dim")
    # On a line of its own, so that a narrow terminal never breaks a date in two.
    closing = closing_words(p, today or date.today())
    if closing:
        title.append(f"\n{closing}", style="dim")
    return title


def _verdict_line(result: Result) -> Text:
    word, style = VERDICTS[result.verdict]
    line = Text("Verdict: ", style="bold")
    line.append(word, style=style)
    line.append(f"   score {result.score}/100   as of {human_date(result.as_of)} ({result.as_of_basis})")
    return line


def _closed_note(result: Result, today: date) -> Text | None:
    p = result.ruleset.posting
    if not is_closed(p, today):
        return None
    return Text(
        f"This posting closed on {human_date(p.closes)}; applications are no longer accepted.", style="bold yellow"
    )


def _today_note(result: Result, now: Result | None) -> Text | None:
    """Where the verdict as of a closing date still ahead differs from today's: what differs, and why."""
    if now is None or now.verdict is result.verdict:
        return None
    changed = changed_today(result, now)
    which = f" ({', '.join(changed)})" if changed else ""
    return Text(
        f"Today ({human_date(now.as_of)}) it would be {verdict_word(now.verdict)}{which}: the verdict above is as of "
        f"the closing date and counts what changes until then, such as current jobs continuing.",
        style="bold yellow",
    )


def _qualifies(result: Result) -> Text | None:
    when = result.qualifies_on
    if when is None:
        return None
    closes = result.ruleset.posting.closes
    # Jobs stated to start after the assessment date count from their start: the jobs go on as stated.
    later = any("later_jobs" in f.outcome.facts for f in result.with_status(Status.FAIL))
    going = "your jobs go on as stated" if later else "your current jobs continue"
    line = Text(f"If {going}, every failed requirement is met on {human_date(when)}", style="bold")
    if closes and when > closes:
        line.append(f": after this posting closes ({human_date(closes)}).")
    else:
        line.append(f" (see it with --as-of {when.isoformat()}).")
    return line


def _gap_block(title: str, findings: list[Finding], advice: dict[int, list[str]]) -> Group:
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for f in findings:
        mark, style = MARKS[f.outcome.status]
        body = Text(f.criterion.id, style="bold")
        body.append(f": {line(f.outcome.reason)}")
        for text in advice.get(id(f), ()):
            if f.outcome.status is Status.REVIEW and text not in f.outcome.advised:
                continue  # what a person must judge, drawn from the explanation just shown: said once
            body.append("\n→ ", style=style)
            body.append(line(text))
        grid.add_row(Text(mark.split()[0], style=style), body)
    return Group(Text(title, style="bold"), grid)


def _names(title: str, findings: list[Finding], style: str = "") -> Table:
    """'Met (14): a, b, c' with wrapped names indented under the first, not at column 0."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(
        Text(f"{title} ({len(findings)}):", style="bold"),
        Text(", ".join(f.criterion.id for f in findings), style=style),
    )
    return grid


def _open_review_line(result: Result) -> Text:
    """Above the verdict: the rule set itself is not settled, whatever this candidate's findings."""
    return Text(
        f"Open review items in the rule set: {len(result.ruleset.review)} "
        "(a person must settle them; until then no one is eligible)",
        style="yellow",
    )


def summary_view(result: Result, today: date | None = None, now: Result | None = None) -> Group:
    """Answer first: the verdict and what the score means, what failed or is open with advice, the rest folded.
    `now`: the same assessment as of today, where the verdict is as of a closing date still ahead."""
    from rich.table import Table

    today = today or date.today()
    parts: list = [
        _heading(result.ruleset, today),
        Text(f"Candidate: {line(result.profile.display_name)}", style="bold"),
    ]
    parts.append(Text(""))
    if result.ruleset.review:
        parts.append(_open_review_line(result))
    parts += [_verdict_line(result), Text(SCORE_MEANING, style="dim")]
    for note in (_closed_note(result, today), _today_note(result, now)):
        if note is not None:
            parts.append(note)
    nomination = contract_note(result.ruleset.posting)
    if nomination:
        parts.append(Text(nomination, style="dim"))
    advice: dict[int, list[str]] = {}
    for f, text in advice_items(result):
        advice.setdefault(id(f), []).append(text)
    failed = gaps(result, Status.FAIL)
    open_ = gaps(result, Status.UNKNOWN, Status.REVIEW)
    if failed:
        parts += [Text(""), _gap_block(f"Not met ({len(failed)}):", failed, advice)]
    if open_:
        parts += [Text(""), _gap_block(f"Open: for you to state or a person to judge ({len(open_)}):", open_, advice)]
    review = result.ruleset.review
    if review:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1)
        for item in review:
            body = Text(f"{item.criterion}: " if item.criterion else "", style="bold")
            body.append(item.issue)
            grid.add_row(Text("◐", style="cyan"), body)
        title = f"Open in the rule set: for a person to settle; until then no one is eligible ({len(review)}):"
        parts += [Text(""), Group(Text(title, style="bold"), grid)]
    qualifies = _qualifies(result)
    if qualifies is not None:
        parts.append(qualifies)
    met = gaps(result, Status.PASS)
    parts.append(Text(""))
    if met:
        parts.append(_names("Met", met, "green"))
    desirable = [f for f in result.findings if not f.criterion.mandatory and f.criterion.module.DECIDES]
    if desirable:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(
            Text(f"Desirable ({len(desirable)}, never decide):", style="bold"),
            Text(", ".join(f"{f.criterion.id} {MARKS[f.outcome.status][0].split()[1]}" for f in desirable)),
        )
        parts.append(grid)
    competencies = [f for f in result.findings if not f.criterion.module.DECIDES]
    if competencies:
        parts.append(
            Text(
                f"{len(competencies)} point{'s' if len(competencies) != 1 else ''} for the selection panel "
                "(competencies, never decide): --all to list",
                style="dim",
            )
        )
    return Group(*parts)


def _dim(f: Finding) -> str:
    """Competencies are drawn dim: nothing is decided on them."""
    return "dim" if not f.criterion.module.DECIDES else ""


def _mark(f: Finding) -> Text:
    mark, style = MARKS[f.outcome.status]
    return Text(mark, style=_dim(f) or style)


def _kind(f: Finding) -> Text:
    return Text(f.criterion.kind + ("" if f.criterion.mandatory else " · desirable"), style="dim")


def _explanation(f: Finding) -> Text:
    if _dim(f):
        # A competency: nothing to explain but what the panel will look for.
        explanation = Text("For the selection panel: ", style="dim")
        explanation.append(f"“{line(f.criterion.source)}”", style="dim italic")
        return explanation
    explanation = Text(line(f.outcome.reason))
    explanation.append(f"\n“{line(f.criterion.source)}”", style="dim italic")
    return explanation


def result_view(result: Result, today: date | None = None, now: Result | None = None) -> Group:
    """Every criterion, one row each (--all); `now` as for `summary_view`."""
    from rich.table import Table

    today = today or date.today()
    findings = sorted(result.findings, key=_order)
    table = Table(show_header=True, header_style="bold", expand=True, show_lines=False, pad_edge=False)
    heads = [(_mark(f), Text(f.criterion.id, style=_dim(f)), _kind(f)) for f in findings]
    table.add_column("criterion", width=widest((t.plain for head in heads for t in head), "criterion"), no_wrap=True)
    table.add_column("explanation", ratio=1, width=NARROWEST, overflow="fold")
    for f, (mark, criterion_id, kind) in zip(findings, heads, strict=True):
        table.add_row(Text("\n").join((mark, criterion_id, kind)), _explanation(f))

    def listing() -> Group:
        """One entry a criterion: its mark and id, then its kind, the explanation and the posting's words."""
        entries: list = []
        for f, (mark, criterion_id, kind) in zip(findings, heads, strict=True):
            entries += [Text(""), Text("  ").join((mark, criterion_id))]
            entries.append(_indented(Text("\n").join((kind, _explanation(f)))))
        return Group(*entries)

    candidate = Text(f"Candidate: {line(result.profile.display_name)}", style="bold")
    parts = [_heading(result.ruleset, today), candidate, Fitted(table, listing)]
    if result.ruleset.review:
        parts.append(_open_review_line(result))
    parts += [_verdict_line(result), Text(SCORE_MEANING, style="dim")]
    for note in (_closed_note(result, today), _today_note(result, now)):
        if note is not None:
            parts.append(note)
    items = advice_items(result)
    if items:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1)
        for f, text in items:
            grid.add_row("  •", Text(f"{f.criterion.id}: {line(text)}"))
        parts += [Text("What it would take:", style="bold"), grid]
    qualifies = _qualifies(result)
    if qualifies is not None:
        parts.append(qualifies)
    return Group(*parts)


def _weight(c) -> str:
    need = "for the panel" if not c.module.DECIDES else ("required" if c.mandatory else "desirable")
    return need + ("\n(organisation)" if c.origin == "organisation" else "")


def _requires(c) -> str:
    """What a criterion requires, with its note on a line of its own: each escaped as one line (`line`)."""
    return line(c.describe()) + (f"\n{line(c.note)}" if c.note else "")


def ruleset_view(ruleset, today: date | None = None) -> Group:
    """What a posting requires: a table where the window is wide enough for it with every criterion id whole,
    else one entry a criterion."""
    from rich.table import Table

    criteria = ruleset.criteria
    table = Table(show_header=True, header_style="bold", expand=True)
    table.add_column("criterion", width=widest((c.id for c in criteria), *(c.kind for c in criteria)), no_wrap=True)
    table.add_column("weight", width=widest((_weight(c) for c in criteria), "weight"), no_wrap=True)
    table.add_column("requires", ratio=1, width=NARROWEST, overflow="fold")
    table.add_column("posting's words", ratio=1, width=NARROWEST, overflow="fold", style="dim italic")
    for c in criteria:
        table.add_row(Text(line(c.id)) + Text(f"\n{c.kind}", style="dim"), _weight(c), _requires(c), line(c.source))
    return Group(_heading(ruleset, today), Fitted(table, lambda: _criteria_list(criteria)))


def _criteria_list(criteria) -> Group:
    """One entry a criterion: its id, its kind and weight, what it requires and the posting's words."""
    entries: list = []
    for c in criteria:
        body = Text(f"{c.kind} · {_weight(c).replace(chr(10), ' ')}", style="dim")
        body.append(f"\n{_requires(c)}")
        body.append(f"\n“{line(c.source)}”", style="dim italic")
        entries += [Text(""), Text(line(c.id), style="bold"), _indented(body)]
    return Group(*entries)


def _indented(body: Text):
    from rich.padding import Padding

    return Padding(body, (0, 0, 0, 2))


def print_result(
    result: Result, console: Console | None = None, *, full: bool = False, now: Result | None = None
) -> None:
    """`now`: the same assessment as of today, shown where its verdict differs (see `summary_view`)."""
    view = result_view(result, now=now) if full else summary_view(result, now=now)
    (console or Console()).print(view)
