"""`service-limit`: a maximum period already served in this post, this mission, or the organisation.

Counts the profile's `osce_service` up to the assessment date, overlaps once;
local (national) posts do not count. A candidate who has already served the
maximum is not eligible. `osce_service: []` says there was none; a profile
that does not say (no `osce_service`, or `unknown`) leaves the criterion unknown.

Each assignment is placed by its country, or else by its mission's name
(eligibility.missions: 'OSCE Kosovo' is in Kosovo); for a post's limit, by its
post title too. One that can be neither placed nor ruled out is never counted
as elsewhere: if it could reach the maximum, the criterion is unknown and the
explanation names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from functools import cache, lru_cache

from eligibility.checks.common import named
from eligibility.checks.params import YEARS, Param, choice, keys, plain_number, read_params
from eligibility.fields import Node
from eligibility.missions import countries_named, same_office, same_post
from eligibility.outcome import Outcome, Status
from eligibility.periods import Span, add_months, credited_months, describe_months, describe_years, human_date
from eligibility.phrases import YEARS as WRITTEN_YEARS
from eligibility.phrases import clip, lazy_pattern
from eligibility.profile import Service, YearAlone

KIND = "service-limit"
SCOPES = ("post", "mission", "organisation")
PARAMS = (
    Param("max_years", YEARS, "the most years of earlier service allowed", required=True, default=0.0),
    Param(
        "scope",
        choice(*SCOPES),
        "where earlier service counts: this post, the same mission or the organisation",
        default="mission",
    ),
)
KEYS = keys(PARAMS)
DECIDES = True
"""Mandatory criteria of this kind decide the verdict."""
MARGIN = False
"""Met or not, nothing in between: no margin in the score."""
FINAL = True
"""Its failure is the answer: no qualification can change it, so screening rows list it first."""


@dataclass(frozen=True)
class Params:
    max_years: float
    scope: str


def read(node: Node) -> Params:
    return Params(**read_params(node, PARAMS))


class Place(Enum):
    """Where an earlier assignment stands against this posting's limit."""

    IN = "in"
    OUT = "out"
    UNPLACED = "unplaced"
    """Neither placed in scope nor ruled out: no country, and a mission name that names no known place."""


@lru_cache(maxsize=256)
def _posting_countries(country: str | None, issued_by: str | None, duty_station: str | None) -> frozenset[str]:
    if country:
        return frozenset((country,))
    return frozenset(c for name in (issued_by, duty_station) if name for c in countries_named(name))


def _same_mission(service, posting) -> Place:
    where = frozenset((service.country,)) if service.country else countries_named(service.mission or "")
    there = _posting_countries(posting.country, posting.issued_by, posting.duty_station)
    if where and there:
        if not where & there:
            return Place.OUT
        if len(where) == 1 and len(there) == 1:
            return Place.IN
    if service.mission and posting.issued_by and same_office(service.mission, posting.issued_by):
        return Place.IN
    return Place.UNPLACED


def _place(service, params: Params, posting) -> Place:
    if service.local:
        return Place.OUT
    if params.scope == "organisation":
        return Place.IN
    mission = _same_mission(service, posting)
    if params.scope == "mission" or mission is Place.OUT:
        return mission
    if not service.post:
        return Place.UNPLACED
    if not same_post(service.post, posting.title, posting.id):
        return Place.OUT
    return mission


def _where(params: Params, posting) -> str:
    return {
        "post": "this post",
        "mission": f"the same mission ({posting.issued_by or posting.duty_station or posting.country})",
        "organisation": "the OSCE (international posts)",
    }[params.scope]


@dataclass(frozen=True)
class _Count:
    months: float
    """Months served in scope, counting only the assignments placed there."""
    at_most: float
    """The same, counting the unplaced ones as in scope too."""
    unplaced: tuple[Service, ...]
    """The assignments neither placed in scope nor ruled out."""


def _count(params: Params, ctx) -> _Count:
    """Months of earlier service in scope, up to the assessment date, overlaps once."""
    posting = ctx.ruleset.posting
    cap = ctx.as_of + timedelta(days=1)
    placed: list[Service] = []
    unplaced: list[Service] = []
    for s in ctx.profile.osce_service:
        place = _place(s, params, posting)
        if place is not Place.OUT:
            (placed if place is Place.IN else unplaced).append(s)

    def months(services) -> float:
        return credited_months(
            Span(s.start.first_day, min(s.end.end_exclusive if s.end else cap, cap)) for s in services
        )

    served = months(placed)
    return _Count(served, months(placed + unplaced) if unplaced else served, tuple(unplaced))


def _status(params: Params, ctx) -> tuple[Status, _Count | None]:
    if ctx.profile.osce_service is None:
        return Status.UNKNOWN, None
    count = _count(params, ctx)
    limit = params.max_years * 12 - 1e-6
    if count.months >= limit:
        return Status.FAIL, count
    return (Status.UNKNOWN if count.at_most >= limit else Status.PASS), count


def plan(criterion):
    """The status alone: the months served in scope against the maximum (`check` writes the outcome when it is
    shown)."""
    params: Params = criterion.params

    def judge(ctx):
        served = ctx.profile.osce_service
        if served is None:
            return Status.UNKNOWN, None, {}
        if not served and params.max_years > 0:  # none served: nothing to count
            return Status.PASS, None, {}
        return _status(params, ctx)[0], None, {}

    return judge


def _label(service) -> str:
    place = service.mission or named(service.country)
    held = f"{service.post}, " if service.post else ""
    return f"{held}{place} ({_said(service.start)} to {_said(service.end) if service.end else 'present'})"


def _said(when) -> str:
    """A date as the profile gives it: a year alone stays a year."""
    return str(when.year) if isinstance(when, YearAlone) else str(when)


def _advice(service, params: Params, posting) -> str:
    """What would place an unplaced assignment: its country, its post, or both."""
    label = _label(service)
    placed = _same_mission(service, posting) is Place.IN
    if params.scope == "post" and service.post:
        return f"give the country of {label}, so that it can be told whether it was this post"
    if params.scope == "post":
        return f"give the post you held in {label}" + ("" if placed else ", and its country")
    return f"give the country of {label}"


def check(criterion, ctx) -> Outcome:
    params: Params = criterion.params
    posting = ctx.ruleset.posting
    where = _where(params, posting)
    maximum = describe_years(params.max_years)
    status, count = _status(params, ctx)
    if count is None:
        return Outcome(
            Status.UNKNOWN,
            f"The profile does not say whether it has earlier OSCE service; the maximum in {where} is {maximum}.",
            advice=("list your earlier OSCE assignments (mission, country, dates), or say there were none",),
        )
    if not ctx.profile.osce_service:
        return Outcome(
            Status.PASS, f"No earlier OSCE service, so none in {where}; the maximum is {maximum}.", facts={"months": 0}
        )
    facts: dict = {"months": round(count.months, 2), "max_months": params.max_years * 12}
    served = describe_months(count.months)
    if count.unplaced:
        facts["months_at_most"] = round(count.at_most, 2)
        facts["unplaced"] = [_label(s) for s in count.unplaced]
    if status is Status.FAIL:
        return Outcome(
            Status.FAIL,
            f"Has served {served} in {where}; the maximum is {maximum}.",
            facts=facts,
            advice=(f"none that qualifications can close: the maximum period of service in {where} is reached",),
        )
    unplaced = "; ".join(_label(s) for s in count.unplaced)
    if status is Status.UNKNOWN:
        them = "it" if len(count.unplaced) == 1 else "them"
        return Outcome(
            Status.UNKNOWN,
            f"Cannot tell whether {unplaced} {'was' if len(count.unplaced) == 1 else 'were'} in {where}: "
            f"counting {them}, {describe_months(count.at_most)}; without {them}, {served}; the maximum is {maximum}.",
            facts=facts,
            advice=tuple(_advice(s, params, posting) for s in count.unplaced),
        )
    remaining = params.max_years * 12 - count.at_most
    left = describe_months(remaining) if remaining >= 1 - 1e-6 else "less than a month"
    counted = f", counting {unplaced} as if there" if count.unplaced else ""
    continuing = _continuing(params, ctx)
    reached = ""
    if continuing is not None:
        # Met on the assessment date; an assignment still under way reaches the maximum on a day to be told, if it
        # runs that long: one stated to end first never reaches it.
        after = add_months(ctx.as_of + timedelta(days=1), remaining)
        if after is not None:
            on = after - timedelta(days=1)
            if continuing.end is None:
                facts["maximum_reached_on"] = on.isoformat()
                reached = f" If {_label(continuing)} continues, the maximum is reached on {human_date(on)}."
            elif continuing.end.end_exclusive > on:
                facts["maximum_reached_on"] = on.isoformat()
                reached = f" {_label(continuing)} reaches the maximum on {human_date(on)}, before its stated end."
            else:
                reached = f" {_label(continuing)} ends, as stated, before the maximum is reached."
    return Outcome(
        Status.PASS,
        f"Has served {describe_months(count.at_most)} in {where}{counted}; the maximum is {maximum} ({left} left).{reached}",
        facts=facts,
    )


def _continuing(params: Params, ctx) -> Service | None:
    """An assignment counted here that is still under way on the assessment date (the first, if several)."""
    cap = ctx.as_of + timedelta(days=1)
    posting = ctx.ruleset.posting
    for s in ctx.profile.osce_service:
        if (
            s.start.first_day <= ctx.as_of
            and (s.end is None or s.end.end_exclusive > cap)
            and _place(s, params, posting) is not Place.OUT
        ):
            return s
    return None


def describe(params: Params) -> str:
    return (
        f"at most {describe_years(params.max_years)} already served in "
        + {"post": "this post", "mission": "the same mission", "organisation": "the OSCE"}[params.scope]
    )


def reads_sections(criterion, ctx) -> tuple[str, ...]:
    """The profile section this criterion rests on: where it dates an assignment by a year alone, the months
    decide (engine.lift_open_months)."""
    return ("osce_service",)


ASKS: tuple[str, ...] = ("osce_service",)
"""What the guided self-check asks for a posting with this kind (profile keys; `management`: whether jobs managed people)."""


def brief(facts: dict) -> str:
    """In screening rows: nothing beyond the criterion's id."""
    return ""


# --- how the compiler writes it ------------------------------------------------------------------------


def emit(params: dict) -> dict:
    return {"max_years": plain_number(params["max_years"]), "scope": params["scope"]}


def merge_key(draft) -> tuple:
    return (KIND, draft.params.get("scope"))


READS = "condition"
"""Read wherever it stands: a sentence that states a service limit states nothing else."""
READS_AFTER = ("nationality",)
"""A sentence that says whose nationals may apply is the nationality kind's, whatever else it names."""


@cache
def _service_phrase() -> re.Pattern[str]:
    from eligibility.phrases import NUMBER

    return re.compile(
        rf"maximum\s+(?:(?:period|duration|length)\s+of\s+(?:service|assignment)|tour\s+of\s+duty)\b(?P<scope>[^.]*?)\b"
        rf"(?:is|of|will\s+be)\s+"
        rf"(?P<n>{NUMBER})\s+years?",
        re.I,
    )


@cache
def _limited_phrase() -> re.Pattern[str]:
    """'The total length of service of staff is limited to seven years', 'cumulative service … may not exceed seven
    years': a limit of service in the organisation, however it is worded."""
    from eligibility.phrases import NUMBER

    return re.compile(
        r"\b(?:total|cumulative|overall|maximum)\s+(?:length|period|duration)\s+of\s+(?:service|employment)\b"
        r"(?P<scope>[^.;]*?)\b(?:is|are|shall\s+be|will\s+be)\s+(?:limited|restricted)\s+to\s+"
        rf"(?:a\s+maximum\s+of\s+)?(?P<n>{NUMBER})\s+years?",
        re.I,
    )


@cache
def _served_phrase() -> re.Pattern[str]:
    """'Candidates who have already served 7 years or more with the OSCE are not eligible' (or 'at least 7 years … are
    not eligible', 'who have served seven years … are not eligible': served that long, the same limit), 'Staff may not serve more
    than 7 years in total with the OSCE', 'Previous OSCE service must not exceed 10 years', 'may serve a maximum of 7
    years in any one field operation', 'more than 7 years of cumulative service in OSCE executive structures': a limit
    said of the service itself. It is one only where the sentence also says
    it bars (`_BARS`) and where it counts (`_SCOPES`)."""
    from eligibility.phrases import NUMBER

    bound = (
        r"(?:more\s+than|over|in\s+excess\s+of|beyond|exceed(?:s|ing)?|(?:a|the)\s+maximum\s+of|at\s+most|up\s+to|"
        r"(?:no|not)\s+more\s+than|longer\s+than)"
    )
    return re.compile(
        rf"\b(?:serve[sd]?|serving|service|seconded)\b(?P<scope>[^.;]*?)\b(?:{bound}\s+(?:a\s+(?:total|period)\s+of\s+)?"
        rf"(?P<n>{NUMBER})\s+{_RUN}years?|(?P<n2>{NUMBER})\s+{_RUN}years?\s+or\s+(?:more|longer)"
        rf"|(?:at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of)\s+(?P<n4>{NUMBER})\s+years?)\b"
        rf"|\b{bound}\s+(?:a\s+(?:combined|cumulative|total)\s+)?(?P<n3>{NUMBER})\s+years?\s+(?:or\s+more\s+)?of\s+"
        rf"(?:[\w-]+\s+){{0,3}}?service\b"
        # 'Staff who have served seven years with the OSCE are not eligible': served that long, the same limit
        # '… who have previously served with the OSCE for a combined period of ten years …': the place before the years
        rf"|\b(?:have|has)\s+(?:already\s+|previously\s+)?(?:served\s+(?:(?:with|in|for|at)\s+(?:the\s+)?[\w-]+\s+)?(?:for\s+)?"
        rf"(?:a\s+(?:total|(?:(?:combined|cumulative|total)\s+)?period)\s+of\s+)?(?P<n5>{NUMBER})\s+{_RUN}years?\b"
        # '… who have already completed seven years of service in OSCE field operations are not eligible'
        rf"|(?:completed|accumulated)\s+(?:a\s+total\s+of\s+)?(?P<n6>{NUMBER})\s+{_RUN}years?\s+of\s+(?:[\w-]+\s+){{0,2}}?service\b)"
        r"(?!\s+or\s+(?:less|fewer))",
        re.I,
    )


@cache
def _minimum_phrase() -> re.Pattern[str]:
    """'served at least 2 years with the OSCE', 'a minimum of three years of service in the OSCE', 'at least one year
    of prior OSCE service', 'worked with the OSCE for at least 2 years': a least period of service, with where it was
    served."""
    from eligibility.phrases import NUMBER

    least = r"(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|no\s+less\s+than|not\s+less\s+than)"
    where = r"(?:\s+(?:in|with|within|for|at)\s+(?:the\s+|an?\s+|this\s+|one\s+)?[\w-]+(?:\s+[\w-]+){0,3})?"
    # 'must have served 2 years with the OSCE', '… worked at least two years for the OSCE': with or without a word of
    # least, a period of service asked is a least one (a period that bars says so: `_BARS`).
    return re.compile(
        rf"\b(?:served|serving|worked|working|been\s+(?:employed|working|serving))\s+(?:for\s+)?(?:{least}\s+)?"
        rf"(?:\(?{NUMBER}\)?\s+)?(?P<n>{NUMBER})\s+(?:full\s+)?years?{where}"
        rf"|\b{least}\s+(?:\(?{NUMBER}\)?\s+)?(?P<n2>{NUMBER})\s+years?\s+of\s+(?:[\w-]+\s+){{0,3}}?service{where}"
        # 'must have worked with the OSCE for at least 2 years': the organisation named first, the years after 'for'.
        rf"|\b(?:served|worked|been\s+(?:employed|working|serving))\s+(?:in|with|within|for)\s+(?:the\s+)?"
        rf"(?:OSCE|organi[sz]ation)\b[^.;]{{0,40}}?\s+for\s+(?:{least}\s+)?(?P<n3>{NUMBER})\s+years?",
        re.I,
    )


_RUN = r"(?:(?:consecutive|continuous|uninterrupted|cumulative|total)\s+)?"
"""A word between a limit's figure and 'years': 'more than 7 consecutive years' is a limit on one unbroken stretch,
which this kind does not count (it counts all service in its scope); 'cumulative' and 'total' are what it counts."""


_HELD_NOW = lazy_pattern(
    r"\b(?:currently|presently|already)\s+(?:employed|serving|holding|on\s+an?\s+(?:[\w-]+\s+){0,2}?(?:contract|"
    r"appointment))\b|\b(?:fixed-term|temporary)\s+(?:contract|appointment)s?\b|\bwill\s+have\s+served\b",
    re.I,
)
"""Words that place the service on the employer's own posts held now ('currently employed on a fixed-term contract',
'who will have served'): a limit of the candidate's service though no place is named."""


_UNBROKEN = lazy_pattern(r"\b(?:consecutive|continuous|uninterrupted)\b", re.I)


_BARS = (
    r"\b(?:not|never|cannot|ineligible|maximum|at\s+most|up\s+to|exceed\w*|limit\w*|no\s+(?:more|longer)\s+than|"
    r"no\s+one\s+(?:may|can|shall|will))\b"
)
"""Words that make a period of service a limit: 'may not', 'are not eligible', 'a maximum of', 'must not exceed', 'no one
may be seconded … longer than'."""


_SCOPES = (
    (
        "mission",
        r"\b(?:same|this|one|(?:a|any)\s+single|any)\s+(?:mission|field\s+operation|field\s+office|operation)\b"
        r"|\bin\s+the\s+mission\b",
    ),
    ("post", r"\b(?:this|the\s+same|the)\s+(?:post|position)\b"),
    (
        "organisation",
        r"\b(?:in|with|within|across|for|at)\s+(?:the\s+)?(?:OSCE|organi[sz]ation|secretariat\s+and\s+(?:its\s+)?institutions)\b"
        r"|\bOSCE\s+(?:service|executive\s+structures)\b"
        r"|\bcumulative\b|\bin\s+total\b|\bin\s+all\b|\btotal\s+(?:period\s+of\s+)?service\b",
    ),
)
"""Where a limit counts, by the words that name it, most specific first ('… in the OSCE …, of which … in the same field
operation': the OSCE's for the first figure, the mission's for the second)."""


def _scope(words: str) -> str | None:
    return next((scope for scope, pattern in _SCOPES if re.search(pattern, words, re.I)), None)


@cache
def _part_phrase() -> re.Pattern[str]:
    from eligibility.phrases import NUMBER

    most = r"(?:(?:no|not)\s+more\s+than|at\s+most|a\s+maximum\s+of|up\s+to|maximum)"
    them = r"of\s+(?:them|those|these|which)"
    # '… of which no more than 5 in the same field operation', '…, no more than seven of them in field missions',
    # '…, seven of them at most in the same field operation', '…, seven in any single field operation'
    # '… ten years in total, and for no more than seven years in the same field operation': a second bound joined by
    # 'and', a word of most required (its own scope is read from its words; one with none is left to a person)
    return re.compile(
        rf"(?:\b(?:(?:of\s+which|including|with)\s+{most}?\s*|{most}\s+(?=\S+\s+{them}\b)"
        rf"|and\s+(?:(?:for|to\s+serve)\s+)?{most}\s+)"
        rf"|,\s*(?=\S+\s+(?:years?\s+)?(?:(?:{them}\s+)?at\s+most\b|in\s+(?:the\s+same|any|one|a\s+single|this)\b)))"
        rf"(?P<n>{NUMBER})(?:\s+years?\b|\s+{them}\b|(?<=\w)(?=\s+(?:in|with|within|at)\b))(?:\s+at\s+most\b)?"
        rf"(?P<scope>[^.;]*)",
        re.I,
    )


def extract(sentence, reading) -> list:
    """'The maximum period of service in this post or in the same Mission is seven years'; '… as a seconded mission
    member in the OSCE is seven years, of which no more than five years in the same field operation': seven years in
    the organisation and five in the mission, each a limit of its own."""
    from eligibility.compiler.draft import Draft
    from eligibility.phrases import number

    text = sentence.text
    least = _minimum_phrase().search(text)
    if least and _scope(least.group(0)) and not re.search(_BARS, text, re.I):
        # 'Candidates must have served at least 2 years with the OSCE': a minimum of earlier service. This kind holds
        # a maximum only, and experience counts jobs, not service on the organisation's posts, so a person judges
        # it; never a competency, never dropped.
        issue = (
            f"a minimum of earlier service ('{least.group(0).strip()}'): no criterion checks one (`service-limit` "
            "holds a maximum), so a person must judge it"
        )
        return [Draft("requirement", text, True, id="minimum-service", review=[issue])]
    m = _service_phrase().search(text) or _limited_phrase().search(text)
    said: str
    if m:
        scope = _scope(m.group("scope")) or ("organisation" if m.re is _limited_phrase() else "post")
        unscoped = _scope(m.group("scope")) is None and scope == "post"
        said = m.group("n")
    else:
        unscoped = False
        m = _served_phrase().search(text)
        # '… 10 years with the OSCE, of which no more than 7 years in the same field operation': the limit's scope is
        # named before its part's, which is read after.
        ahead = _part_phrase().search(text, m.end()) if m else None
        placed = (_scope(text[: ahead.start()]) or _scope(text)) if ahead else _scope(text) if m else None
        if m is not None and placed is None and re.search(_BARS, text, re.I) and _HELD_NOW.search(text):
            # 'Persons currently employed on a fixed-term contract who will have served more than seven years by the
            # date of appointment cannot be recruited': a limit of the candidate's service where the words name no
            # place this kind counts (the employer's own posts, which no profile records): a person checks it, never
            # dropped as a note.
            said = next((m.group(g) for g in ("n", "n2", "n3", "n4", "n5", "n6") if m.group(g)), "")
            issue = (
                f"a limit of {number(said) or 0:g} years of service ('{clip(m.group(0).strip())}') whose scope the "
                "words do not name: a person checks the candidate's service"
            )
            return [Draft("requirement", text, True, id="maximum-service", review=[issue])]
        if m is None or placed is None or not re.search(_BARS, text, re.I):
            return []
        scope = placed
        if (m.group("n5") or m.group("n6")) and (
            getattr(reading.posting, "organisation", None) != "OSCE"
            or (ahead is None and WRITTEN_YEARS.search(text, m.end()))
        ):
            # 'Staff who have served seven years at UNIFIL …' (another organisation's service, which no profile
            # records), '… seven years with the OSCE, or five years in this Mission, …' (a second limit the words
            # place nowhere this reads): a person judges them, as before.
            return []
        said = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5") or m.group("n6") or ""
        run = _UNBROKEN.search(m.group(0))
        if run:
            # 'must not have served … for more than 7 consecutive years': total service over the limit may be in
            # several stretches, each under it, so counting it all could refuse a candidate the posting admits.
            issue = (
                f"a limit of {number(said) or 0:g} {run.group(0).lower()} years of service: the check counts all "
                "service, not one unbroken stretch, so a person must check the candidate's longest stretch"
            )
            return [Draft("requirement", text, True, id="maximum-service", review=[issue])]
    organisation = getattr(reading.posting, "organisation", None)
    if scope == "organisation" and organisation not in (None, "OSCE"):
        # 'The total length of service of staff is limited to seven years' in another organisation's notice: the
        # profile records OSCE service only, so a person checks the service in that organisation.
        issue = (
            f"a limit of {number(said) or 0:g} years of service in the {organisation}: a profile records OSCE "
            "service only, so a person checks the candidate's service there"
        )
        return [Draft("requirement", text, True, id="maximum-service", review=[issue])]
    found = [Draft(KIND, text, True, {"max_years": number(said), "scope": scope}, id="maximum-service")]
    if unscoped and organisation != "OSCE":
        # 'The maximum period of service is 7 years.' in another organisation's notice: the OSCE's rules say whose
        # service it counts; here the words do not, so the post's is read and a person confirms it.
        found[0].review.append(
            f"'{m.group(0).strip()}' names no scope: it is read as service on this post; a person must confirm "
            "whose service it limits"
        )
    part = _part_phrase().search(text, m.end())
    if part:
        inner = _scope(part.group("scope"))
        years = number(part.group("n"))
        if inner is not None and inner != scope and years is not None:
            found.append(Draft(KIND, text, True, {"max_years": years, "scope": inner}, id=f"maximum-{inner}-service"))
        else:
            found[0].review.append(
                f"'{part.group(0).strip()}' is a further limit whose scope is not read: a person must set it"
            )
    return found
