"""A criterion's finding in a few words, for tables and spreadsheets: 'experience 7y10m/8y'."""

from __future__ import annotations

import re
from functools import lru_cache

from eligibility.outcome import Finding, Result, Status, Verdict

VERDICTS = {
    Verdict.ELIGIBLE: ("ELIGIBLE", "bold green"),
    Verdict.NEEDS_REVIEW: ("NEEDS REVIEW", "bold yellow"),
    Verdict.NOT_ELIGIBLE: ("NOT ELIGIBLE", "bold red"),
}
"""Each verdict as a heading says it, with its style on a terminal."""
WORDS = {Verdict.ELIGIBLE: "eligible", Verdict.NEEDS_REVIEW: "needs review", Verdict.NOT_ELIGIBLE: "not eligible"}
"""The one spelling of each verdict in human output (JSON and CSV keep the values: eligible, needs-review, ...)."""


def verdict_word(value: str | Verdict) -> str:
    return WORDS[Verdict(value)]


SCORE_MEANING = "Score 0-100: 60 or more is eligible; higher is further above the minimums."


def brief(finding: Finding) -> str:
    """The criterion's id, with the few words its kind gives for its facts ('language B2/C1'); '?' when unknown."""
    c = finding.criterion
    if finding.status is Status.UNKNOWN:
        return f"{c.id}?"
    facts = finding.brief_facts
    short = c.module.brief(finding.outcome.facts if facts is None else facts)
    return f"{c.id} {short}" if short else c.id


def gaps(result: Result, *statuses: Status) -> list[Finding]:
    """The decisive findings with these statuses, those no qualification can change first."""
    # Asked for several times a row (the main reason, the failed and the open criteria): sorted once, the
    # failed and the open ones in one pass.
    known: dict | None = result.__dict__.get("_gaps")
    if known is None:
        known = result.__dict__["_gaps"] = _failed_and_open(result)
    found = known.get(statuses)
    if found is None:
        found = known[statuses] = _final_first(result.with_status(*statuses))
    return list(found)


_FAILED = (Status.FAIL,)
OPEN = (Status.UNKNOWN, Status.REVIEW)
"""The statuses of a criterion still open: the profile does not say, or a person judges."""


def _failed_and_open(result: Result) -> dict[tuple[Status, ...], list[Finding]]:
    """{(FAIL,): the failed findings, (UNKNOWN, REVIEW): the open ones}, each final ones first, each group in the
    rule set's order (what a stable sort on `not final` gives)."""
    failed: tuple[list[Finding], list[Finding]] = ([], [])
    open_: tuple[list[Finding], list[Finding]] = ([], [])
    fail, unknown, review = Status.FAIL, Status.UNKNOWN, Status.REVIEW
    for f in result.with_status(fail, unknown, review):
        status = f.status
        (failed if status is fail else open_)[not f.criterion.final].append(f)
    return {_FAILED: failed[0] + failed[1], OPEN: open_[0] + open_[1]}


def _final_first(found: list[Finding]) -> list[Finding]:
    # Final ones first, each group in the rule set's order (what a stable sort on `not final` gives).
    final = [f for f in found if f.criterion.final]
    if not final or len(final) == len(found):
        return found
    return final + [f for f in found if not f.criterion.final]


def failed(result: Result) -> list[str]:
    return [brief(f) for f in gaps(result, Status.FAIL)]


def failed_ids(result: Result) -> list[str]:
    return [f.criterion.id for f in gaps(result, Status.FAIL)]


def open_items(result: Result) -> list[str]:
    return [brief(f) for f in gaps(result, Status.UNKNOWN, Status.REVIEW)]


def open_ids(result: Result) -> list[str]:
    return [f.criterion.id for f in gaps(result, Status.UNKNOWN, Status.REVIEW)]


def main_reason(result: Result) -> str:
    """The one sentence that most explains the verdict."""
    for statuses in ((Status.FAIL,), (Status.UNKNOWN, Status.REVIEW)):
        found = gaps(result, *statuses)
        if found:
            return f"{found[0].criterion.id}: {found[0].outcome.reason}"
    review = result.ruleset.review
    if review:
        first = review[0]
        return f"{first.criterion or 'rule set'}: open for review: {first.issue}"
    return "meets every checkable requirement"


def advice_items(result: Result) -> list[tuple[Finding, str]]:
    """What it would take, one item per gap: decisive failures first, then what is open (what the profile does
    not say, and what a person must judge), repeated advice given once."""
    seen: set[str] = set()
    items = []
    for f in gaps(result, Status.FAIL) + gaps(result, *OPEN):
        for text in advice(f):
            if text not in seen:
                seen.add(text)
                items.append((f, text))
    return items


def advice(finding: Finding) -> tuple[str, ...]:
    """A finding's advice; for a criterion left to a person with none of its own, what the person must judge, in
    the words of its explanation (a competency, for the selection panel, decides nothing and gets none)."""
    found = finding.outcome.advised
    if found or finding.status is not Status.REVIEW or not finding.criterion.module.DECIDES:
        return found
    return (to_judge(finding.outcome.reason, finding.criterion.source),)


_WHETHER = re.compile(
    r"(?:[Aa] person must judge\s+|\(|^|[.;:]\s+)(?P<what>whether\b.*?)(?:\s+is for a person to judge)?\)?\.?$"
)
_JUDGE_TAIL = re.compile(
    r"(?:[;:,]\s*|\s+)(?:and\s+)?a person must judge\b.*$|\s*\(?(?:this\s+)?is for a person to judge\)?\.?$"
)


@lru_cache(maxsize=4096)
def to_judge(reason: str, source: str = "") -> str:
    """What a person must judge, from an explanation: 'a person must judge whether this work is related: Officer;
    counting it gives 7 years', 'a person must judge whether 'Philosophy' is a field related to law'; where the
    explanation names no question, its own sentence and the posting's words: 'a person must judge: <the
    explanation>; the posting's words: “…”'."""
    sentences = [s.strip() for s in re.split(r"(?<=[.)])\s+(?=[A-Z])", reason.strip()) if s.strip()]
    said = next((s for s in sentences if "judge" in s), sentences[0] if sentences else reason)
    whether = _WHETHER.search(said)
    if whether is not None:
        return f"a person must judge {whether.group('what').rstrip('.').rstrip(')')}"
    what = _JUDGE_TAIL.sub("", said).rstrip(".").strip()
    words = f"; the posting's words: “{source}”" if source else ""
    return f"a person must judge: {what[:1].lower()}{what[1:]}{words}" if what else f"a person must judge this{words}"


def changed_today(result: Result, now: Result) -> list[str]:
    """The decisive criteria whose status as of today (`now`) differs from the result's, as of a closing date ahead."""
    then = {f.criterion.id: f.status for f in result.findings}
    return [f.criterion.id for f in now.findings if f.criterion.decisive and then.get(f.criterion.id) is not f.status]


def is_closed(posting, today) -> bool:
    """Whether the posting's closing date is before `today` (a posting with no closing date stays open)."""
    return posting.closes is not None and posting.closes < today


def is_open(posting, today) -> bool:
    """Whether the posting is known to be open on `today`: it gives a closing date, not yet past (what `--open`
    keeps; a posting with no closing date may have closed long ago)."""
    return posting.closes is not None and posting.closes >= today


def undated_note(ids: list[str]) -> str:
    """The note on postings that `--open` leaves out for giving no closing date."""
    many = len(ids) > 1
    return (
        f"eligibility: note: {len(ids)} posting{'s' if many else ''} with no closing date left out by --open "
        f"(not known to be open): {', '.join(ids)}"
    )


NO_CLOSING_DATE = "no closing date given"


def closing_words(posting, today) -> str:
    """'closes 11 Nov 2025', 'closed on 11 Nov 2025', or 'no closing date given': whether a posting without one is
    still open cannot be told, and a list of postings says so rather than show it as open."""
    from eligibility.periods import human_date

    if posting.closes is None:
        return NO_CLOSING_DATE
    return f"{'closed on' if is_closed(posting, today) else 'closes'} {human_date(posting.closes)}"
