"""The list of postings available by id (`eligibility postings`): a table, or one JSON object."""

from __future__ import annotations

from datetime import date

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from eligibility.errors import EligibilityError
from eligibility.formats.brief import is_closed
from eligibility.formats.fit import NARROWEST, Fitted, widest
from eligibility.formats.json import SCHEMA_VERSION
from eligibility.formats.safe import line
from eligibility.periods import human_date


def read_entries(entries) -> tuple[list, list[tuple[str, str]]]:
    """(catalogue entry, rule set) for each that loads; (file, error) for each that does not."""
    from eligibility.rules import load_ruleset

    listed, errors = [], []
    for entry in entries:
        try:
            listed.append((entry, load_ruleset(str(entry.path))))
        except EligibilityError as exc:
            errors.append((str(entry.path), str(exc)))
    # Open postings first, soonest closing first; then closed ones, most recently closed first.
    far = date.max.toordinal()

    def order(pair):
        closes = pair[1].posting.closes
        if closes is None:
            return (0, far, pair[0].id.lower())
        if pair[1].posting.closes >= date.today():
            return (0, closes.toordinal(), pair[0].id.lower())
        return (1, -closes.toordinal(), pair[0].id.lower())

    listed.sort(key=order)
    return listed, errors


def _shared(listed) -> dict[str, list]:
    from eligibility.catalogue import shared_ids

    return shared_ids((entry.path, ruleset.posting.id) for entry, ruleset in listed)


def postings_dict(listed, errors, today: date) -> dict:
    shared = _shared(listed)
    return {
        "schema_version": SCHEMA_VERSION,
        "postings": [
            {
                "id": ruleset.posting.id,
                "title": ruleset.posting.title,
                "organisation": ruleset.posting.organisation,
                "closes": ruleset.posting.closes.isoformat() if ruleset.posting.closes else None,
                "open": not is_closed(ruleset.posting, today),
                "file": str(entry.path),
                "found_in": entry.origin,
                "same_id_as": [
                    str(other) for other in shared.get(ruleset.posting.id.lower(), []) if other != entry.path
                ],
            }
            for entry, ruleset in listed
        ],
        "errors": [{"file": file, "error": message} for file, message in errors],
    }


def print_postings(listed, console: Console, today: date) -> None:
    """The table; an id that several rule sets state is marked, and a note under the table names their files.
    (Problems reading rule sets are the caller's to report, on standard error.)"""
    shared = _shared(listed)
    origins = len({entry.origin for entry, _ in listed}) > 1
    rows = []
    for entry, ruleset in listed:
        p = ruleset.posting
        if p.closes is None:
            closes = Text("not given", style="dim")
        elif is_closed(p, today):
            closes = Text(f"closed {human_date(p.closes)}", style="dim")
        else:
            closes = Text(human_date(p.closes), style="green")
        posting_id = Text(p.id)
        if p.id.lower() in shared:
            posting_id.append(" *", style="bold yellow")
        rows.append((posting_id, line(p.title), closes, entry.origin))
    table = Table(title="Postings", title_justify="left", expand=True, header_style="bold", pad_edge=False)
    table.add_column("id", width=widest((i.plain for i, _, _, _ in rows), "id"), no_wrap=True)
    table.add_column("title", ratio=1, width=NARROWEST, overflow="fold")
    table.add_column("closes", width=widest((c.plain for _, _, c, _ in rows), "closes"), no_wrap=True)
    if origins:
        table.add_column("found in", width=widest((o for *_, o in rows), "found in"), no_wrap=True, style="dim")
    for posting_id, title, closes, origin in rows:
        table.add_row(posting_id, title, closes, *([origin] if origins else []))

    def listing() -> Group:
        """One entry a posting: its id and closing date, then its title (and where it was found)."""
        wide = max((len(i.plain) for i, _, _, _ in rows), default=0)
        entries: list = [Text("Postings", style="italic")]
        for posting_id, title, closes, origin in rows:
            about = Text(title)
            if origins:
                about.append(f"\nfound in {origin}", style="dim")
            entries += [Text.assemble(posting_id, " " * (wide - len(posting_id.plain) + 2), closes)]
            entries.append(Padding(about, (0, 0, 0, 2)))
        return Group(*entries)

    console.print(Fitted(table, listing))
    if not listed:
        console.print("No postings found: add rule sets with --rules DIR or ELIGIBILITY_RULES.")
    for files in shared.values():
        posting = next(r.posting.id for e, r in listed if e.path == files[0])
        names = ", ".join(str(f) for f in files)
        console.print(
            Text(f"* {posting} is the id of {len(files)} rule sets ({names}): name the one you mean by its file path"),
            soft_wrap=True,
        )
