"""`nationality`: nationals of participating States only; nationals of excluded countries not eligible.

Any one nationality that is a participating State meets the first rule. Any
nationality of an excluded country excludes, dual nationals included: the
OSCE's field rule says holding another citizenship does not help.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from eligibility.checks.common import join_or, named
from eligibility.checks.common import named as _country_named
from eligibility.checks.params import COUNTRIES, FIELDS, FLAG, Param, keys, read_params
from eligibility.countries import country_code, demonym_code, spelt_like
from eligibility.fields import Node
from eligibility.outcome import Outcome, Status
from eligibility.phrases import clip, lazy_pattern
from eligibility.profile import held_back

KIND = "nationality"
PARAMS = (
    Param(
        "participating_states_only", FLAG, "only nationals of the organisation's participating States", default=False
    ),
    Param("only", COUNTRIES, "open only to nationals of these countries (as local posts are)", default=()),
    Param(
        "residents_too",
        FLAG,
        "with only: residents of these countries may apply too (the posting says so, often with a permit): a resident "
        "who is not a national is for a person to judge",
        default=False,
    ),
    Param("excluded", COUNTRIES, "nationals of these countries are not eligible, dual nationals included", default=()),
    Param(
        "partners_at_grades",
        FIELDS,
        "with participating_states_only: nationals of the Partners for Co-operation may be nominated for seconded "
        "posts at these grades",
        default=(),
    ),
    Param(
        "open_to_partners",
        FLAG,
        "with participating_states_only: nationals of the Partners for Co-operation may apply too, at any grade (the "
        "posting says so)",
        default=False,
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
    participating_states_only: bool = False
    only: tuple[str, ...] = ()
    """Open only to nationals of these countries (a local post, say)."""
    residents_too: bool = False
    """With `only`: their residents may apply too ('nationals of Poland, or foreign nationals residing in Poland who
    hold a valid work and residence permit'); a person judges a resident who is not a national."""
    excluded: tuple[str, ...] = ()
    partners_at_grades: tuple[str, ...] = ()
    """Partners for Co-operation may be nominated for seconded posts at these grades (S1, S2 at the OSCE)."""
    open_to_partners: bool = False
    """The posting opens itself to the Partners for Co-operation's nationals too ('open to nationals of OSCE
    participating States and Partners for Co-operation'), whatever its grade."""


def _grade(text: str | None) -> str:
    """'S-2', 's 2', 'S2' -> 'S2'."""
    return re.sub(r"[\s-]", "", text or "").upper()


def _partner_status(params: Params, posting) -> Status:
    """For a candidate whose only nationalities are Partners for Co-operation: PASS on a post at a grade Partners
    may be nominated for; REVIEW where the posting does not say its grade level and the post may be seconded (a
    person must judge); FAIL otherwise. The contract decides before the grade: Partners are nominated for seconded
    posts, and a post stated to be contracted is open to participating States' nationals only, whatever its grade
    (`validate` warns of a contracted post at a seconded grade)."""
    if posting.contract in _NOT_SECONDED:
        return Status.FAIL
    grade = _grade(posting.grade)
    if grade and grade in {_grade(g) for g in params.partners_at_grades}:
        return Status.PASS
    if re.fullmatch(r"[A-Z]+\d", grade):
        return Status.FAIL  # a grade level Partners are not nominated for
    return Status.REVIEW


_NOT_SECONDED = ("contracted", "local", "programme")
"""Contracts of posts no State nominates for: the OSCE employs the person directly."""


def read(node: Node) -> Params:
    params = Params(**read_params(node, PARAMS))
    if not (params.participating_states_only or params.only or params.excluded):
        node.error("a nationality criterion needs `participating_states_only: true`, `only` or `excluded` countries")
    if params.open_to_partners and not params.participating_states_only:
        node.child("open_to_partners").error(
            "`open_to_partners: true` opens a post to the Partners for Co-operation as well as the "
            "participating States: give `participating_states_only: true` with it"
        )
    if params.residents_too and not params.only:
        node.child("residents_too").error(
            "`residents_too: true` admits the residents of the countries in `only`: give `only` with it"
        )
    both = [c for c in params.only if c in params.excluded]
    if both:
        node.child("excluded").error(
            f"{', '.join(both)} is both in `only` and in `excluded`: no national of it could be judged; give it once"
        )
    return params


def contradictions(criteria) -> list[str]:
    """What makes a rule set's nationality criteria, taken together, shut out everyone they name."""
    rules = [c.params for c in criteria if c.kind == "nationality" and c.mandatory]
    only = [set(p.only) for p in rules if p.only]
    excluded = {c for p in rules for c in p.excluded}
    problems = []
    if only:
        open_to = set.intersection(*only)
        if len(only) > 1 and not open_to:
            problems.append(
                "the nationality criteria's `only` lists have no country in common: no one could be eligible"
            )
        elif open_to and open_to <= excluded:
            problems.append(
                f"every country in `only` ({', '.join(sorted(open_to))}) is also excluded: no one could be eligible"
            )
        elif open_to and any(p.participating_states_only for p in rules):
            from eligibility.organisation import osce

            states = osce().participating_states
            if not open_to & states:
                problems.append(
                    f"`only` ({', '.join(sorted(open_to))}) names no participating State, "
                    "but the posting is open only to nationals of participating States: no one could be eligible"
                )
    return problems


def plan(criterion):
    """The status alone, for a candidate (`check` writes the outcome when it is shown)."""
    params: Params = criterion.params
    excluded, only = frozenset(params.excluded), frozenset(params.only)

    def judge(ctx):
        held = ctx.profile.nationalities
        if not held:  # not stated, or an empty list: no nationality to judge
            return Status.UNKNOWN, None, {}
        # Sets against the few nationalities held, each test in one call (isdisjoint).
        if not excluded.isdisjoint(held):
            return Status.FAIL, None, {}
        if only and only.isdisjoint(held):
            return (_resident_status(params, ctx.profile) if params.residents_too else Status.FAIL), None, {}
        if params.participating_states_only:
            organisation = ctx.organisation
            if not organisation.participating_states.isdisjoint(held):
                return Status.PASS, None, {}
            if params.open_to_partners and not organisation.partners.isdisjoint(held):
                return Status.PASS, None, {}
            if params.partners_at_grades and not organisation.partners.isdisjoint(held):
                return _partner_status(params, ctx.ruleset.posting), None, {}
            return Status.FAIL, None, {}
        return Status.PASS, None, {}

    return judge


def check(criterion, ctx) -> Outcome:
    params: Params = criterion.params
    held = ctx.profile.nationalities
    if not held:
        open_in_cv = held_back(ctx.profile, "nationalities")
        if open_in_cv:
            return Outcome(
                Status.UNKNOWN,
                f"The CV lists nationalities but not {open_in_cv}.",
                advice=("state your nationalities as countries (e.g. Austria or AT)",),
            )
        return Outcome(
            Status.UNKNOWN, "The profile does not state its nationalities.", advice=("state your nationalities",)
        )
    facts = {"nationalities": list(held)}
    barred = [c for c in held if c in params.excluded]
    if barred:
        others = [c for c in held if c not in params.excluded]
        also = f"; holding {join_or([named(c) for c in others], 'and')} as well does not help" if others else ""
        return Outcome(
            Status.FAIL,
            f"Holds the nationality of {named(barred[0])}, which is excluded{also}.",
            facts=facts,
            advice=(
                f"none that qualifications can close: nationals of {named(barred[0])} are not eligible for this post",
            ),
        )
    if params.only and not any(c in params.only for c in held) and params.residents_too:
        return _resident_outcome(params, ctx.profile, facts)
    if params.only and not any(c in params.only for c in held):
        return Outcome(
            Status.FAIL,
            f"{join_or([named(c) for c in held], 'and')}: the post is open only to nationals of {_whom(params.only)}.",
            facts=facts,
            advice=(f"none that qualifications can close: the post is open only to nationals of {_whom(params.only)}",),
        )
    if params.participating_states_only:
        states = ctx.organisation.participating_states
        qualifying = [c for c in held if c in states]
        partners = [c for c in held if c in ctx.organisation.partners]
        if not qualifying and partners and params.open_to_partners:
            return Outcome(
                Status.PASS,
                lambda: (
                    f"{named(partners[0])} is a Partner for Co-operation, and the posting is open to their "
                    "nationals too."
                ),
                facts=facts,
            )
        if not qualifying and partners and params.partners_at_grades:
            return _partner_outcome(params, ctx.ruleset.posting, partners[0], facts)
        if not qualifying:
            what = (
                "a Partner for Co-operation, not an OSCE participating State"
                if partners == list(held)
                else "not an OSCE participating State"
            )
            return Outcome(
                Status.FAIL,
                f"{join_or([named(c) for c in held], 'and')}: {what}.",
                facts=facts,
                advice=(
                    "none that qualifications can close: the posting is open only to nationals of OSCE participating States",
                ),
            )
        return Outcome(Status.PASS, lambda: f"{named(qualifying[0])} is an OSCE participating State.", facts=facts)
    if params.only:
        return Outcome(
            Status.PASS,
            lambda: f"A national of {named(next(c for c in held if c in params.only))}, as the post requires.",
            facts=facts,
        )
    return Outcome(
        Status.PASS, lambda: f"No nationality of {join_or([named(c) for c in params.excluded])}.", facts=facts
    )


def _resident_status(params: Params, profile) -> Status:
    """A candidate who is no national of the countries in `only`, on a post their residents may apply to as well:
    UNKNOWN where the profile does not say where they reside, REVIEW where it is one of those countries (a person
    checks the permit the posting names), FAIL otherwise."""
    residence = profile.permanent_residence
    if residence is None:
        return Status.UNKNOWN
    return Status.REVIEW if any(c in params.only for c in residence) else Status.FAIL


def _resident_outcome(params: Params, profile, facts: dict) -> Outcome:
    status = _resident_status(params, profile)
    whom = _whom(params.only)
    held = join_or([named(c) for c in profile.nationalities], "and")
    if status is Status.UNKNOWN:
        return Outcome(
            status,
            f"{held}: the post is open to nationals of {whom} and to residents there; the profile does not say where "
            "you reside.",
            facts=facts,
            advice=("state your countries of permanent residence (`permanent_residence`)",),
        )
    if status is Status.REVIEW:
        return Outcome(
            status,
            f"{held}, resident in {whom}: the post admits its residents too; a person checks the residence (and any "
            "permit) the posting asks.",
            facts=facts,
        )
    return Outcome(
        status,
        f"{held}, not resident in {whom}: the post is open only to nationals and residents of {whom}.",
        facts=facts,
        advice=(f"none that qualifications can close: the post is open only to nationals and residents of {whom}",),
    )


def _partner_outcome(params: Params, posting, partner: str, facts: dict) -> Outcome:
    grades = join_or(list(params.partners_at_grades))
    rule = f"Partners for Co-operation may be nominated for seconded posts at {grades} only"
    facts = {**facts, "rule": rule, "grade": posting.grade}
    status = _partner_status(params, posting)
    who = f"{named(partner)} is a Partner for Co-operation, not an OSCE participating State"
    if status is Status.PASS:
        return Outcome(Status.PASS, lambda: f"{who}; {rule}, and this post is {posting.grade}.", facts=facts)
    if status is Status.REVIEW:
        said = f"graded {posting.grade}" if posting.grade else "without a grade"
        return Outcome(
            Status.REVIEW,
            f"{who}; {rule}, and the posting gives the post {said}: a person must judge whether it is one of them.",
            facts=facts,
            advice=(f"ask the nominating authority whether the post is seconded at {grades}",),
        )
    # 'an S3 post' (a letter's name said), 'a P2 post', 'a contracted post'
    post = (
        f"{'an' if posting.grade[0].upper() in 'AEFHILMNORSX' else 'a'} {posting.grade} post"
        if posting.grade and posting.contract not in _NOT_SECONDED
        else f"a {posting.contract} post" + (f" (graded {posting.grade})" if posting.grade else "")
    )
    return Outcome(
        Status.FAIL,
        f"{who}; {rule}, and this is {post}.",
        facts=facts,
        advice=(f"none that qualifications can close: {rule}",),
    )


def _whom(countries: tuple[str, ...]) -> str:
    """'Kazakhstan (KZ)'; a long list (the members of the European Union, say) by its first few and a count."""
    if len(countries) <= 6:
        return join_or([named(c) for c in countries])
    return f"one of {len(countries)} countries ({', '.join(named(c) for c in countries[:3])} and {len(countries) - 3} more)"


def describe(params: Params) -> str:
    parts = []
    if params.participating_states_only:
        partners = (
            " or of a Partner for Co-operation"
            if params.open_to_partners
            else f" (or of a Partner for Co-operation, on seconded posts at {join_or(list(params.partners_at_grades))})"
            if params.partners_at_grades
            else ""
        )
        parts.append("a national of an OSCE participating State" + partners)
    if params.only:
        parts.append(("a national or resident of " if params.residents_too else "a national of ") + _whom(params.only))
    if params.excluded:
        parts.append("not a national of " + join_or([named(c) for c in params.excluded]))
    return "; ".join(parts)


ASKS: tuple[str, ...] = ("nationalities",)
"""What the guided self-check asks for a posting with this kind (profile keys; `management`: whether jobs managed people)."""


def brief(facts: dict) -> str:
    """In screening rows: nothing beyond the criterion's id."""
    return ""


# --- how the compiler writes it ------------------------------------------------------------------------


def emit(params: dict) -> dict:
    return {
        key: params[key]
        for key in ("participating_states_only", "open_to_partners", "only", "residents_too", "excluded")
        if key in params
    }


def merge_key(draft) -> tuple:
    p = draft.params
    return (
        KIND,
        p.get("participating_states_only", False),
        p.get("open_to_partners", False),
        tuple(p.get("only", ())),
        p.get("residents_too", False),
        tuple(p.get("excluded", ())),
    )


_BESIDE_CUT = lazy_pattern(r"\s*[:;]\s+")
_ABOUT_WHO = lazy_pattern(
    r"nationa|citizen|passport|residen|foreign|countr|\bstates?\b|eligib|\bapply|consider|permit|\bopen\b|"
    r"\bdual\b|\bonly\b|invit|encourag|welcome|except|exclud|\bnon-|recruit|\bborn\b",
    re.I,
)


_ASKED_OF_THEM = lazy_pattern(
    r"(?:with|having|holding|holders?\s+of|who\s+(?:hold|have|possess))\s+"
    # An age the sentence names is read beside the nationality already ('who have reached 21 years of age').
    r"(?![^.;]*\b(?:age|aged|years?\s+old|born|reached|attained|turned)\b)(?P<what>.*\S)",
    re.I | re.S,
)


_A_LICENCE = lazy_pattern(r"\b(?:driving|driver['\u2019]?s?)\s+(?:licen[cs]es?|permits?)\b", re.I)


def beside(text: str) -> list[str]:
    """The parts of a nationality rule's line that ask something else after a colon or a semicolon ('Open to
    nationals of the Czech Republic: candidates must hold a degree in law': 'candidates must hold a degree in law'),
    each read on its own; none that says anything more of who may apply ('…; foreigners with a work permit are not
    eligible'), and no label's word before a colon ('Eligibility: …')."""
    holding = _ONLY_HOLDING.search(text)
    also = holding and holding.group("also")
    if also and not _A_LICENCE.search(also):
        # 'Only candidates who hold Austrian citizenship and five years of experience may apply': the years are asked
        # of them too (a driving licence beside the citizenship is its own kind's, read with the nationality).
        return [also.strip()]
    named = _ONLY.search(text) or _HOST_MAY_APPLY.search(text)
    qualifier = named and named.re.groupindex.get("qual") and named.group("qual")
    asked = qualifier and _ASKED_OF_THEM.match(qualifier)
    if asked:
        # 'Nationals of Slovakia, holders of a university degree, are eligible': the degree is asked of them.
        return [asked.group("what")]
    parts = [p.strip(" ,.;:") for p in _BESIDE_CUT.split(text)]
    if len(parts) < 2:
        return []
    return [p for p in parts if len(p.split()) > 2 and not _ABOUT_WHO.search(p)]


# --- how the compiler reads it ---------------------------------------------------------------------------

READS = "condition"
"""Read wherever it stands, closing notes included: a sentence that says whose nationals may (or may not) apply
says nothing else. The residence of the same sentence ('nationals and residents of …') is read with it."""

# The place a post is in, however a notice names it: 'the duty station', 'the host country', 'the country
# of assignment', 'the receiving State', 'the country where the post is located'.
_HOST = (
    r"(?:the\s+)?(?:(?:country|state)\s+of\s+(?:the\s+)?)?(?:duty[- ]station|assignment|deployment)"
    r"|(?:the\s+)?(?:host|receiving|hosting)\s+(?:country|state|nation|government)"
    r"|(?:the\s+)?(?:country|state)\s+(?:where|in\s+which)\s+(?:the\s+)?(?:post|position|mission|office|"
    r"vacancy|job|duty\s+station)\s+is\s+(?:located|based)"
    r"|(?:the\s+)?(?:country|state)\s+(?:hosting|that\s+hosts)\s+(?:the\s+)?(?:duty[- ]station|mission|post|"
    r"position|office|operation)"
)
_EXCLUSION = lazy_pattern(
    r"(?:nationals?|citizens?|nationality|citizenship)(?:\s+(?:and|or|and/or)\s+(?:permanent\s+)?residents?)?\s+of\s+"
    r"(?:" + _HOST + ")",
    re.I,
)
# 'who hold the citizenship of, or permanently reside in, Serbia': the nationality and a residence said of the same
# places, named once after both.
_AND_RESIDING = (
    r"\s+(?i:of),\s+(?i:or|and|and/or)\s+(?:(?i:who)\s+)?(?:(?i:are|have|hold|have\s+their)\s+)?"
    r"(?:(?i:permanent(?:ly)?)\s+)?(?i:resid\w*|live|living|residents?)(?:\s+(?i:status))?\s+(?i:in|of),\s+"
)
# The same in the other order: 'who permanently reside in, or hold the citizenship of, Serbia'.
_RESIDING_AND = (
    r"(?:(?i:permanent(?:ly)?)\s+)?(?i:resid\w*|live|living)\s+(?i:in|of),\s+(?i:or|and|and/or)\s+(?:(?i:who)\s+)?"
    r"(?:(?i:are|hold|have|possess)\s+)?(?:(?i:the|an?)\s+)?(?i:nationals?|citizens?|nationality|citizenship)\s+"
    r"(?i:of),\s+"
)
_NAMED_EXCLUSION = lazy_pattern(
    r"(?:" + _RESIDING_AND + r"|"
    r"(?i:nationals?|citizens?|nationality|citizenship)(?:\s+(?:and|or|and/or)\s+(?:permanent\s+)?residents?)?"
    r"(?:" + _AND_RESIDING + r"|\s+of\s+))"
    r"(?:the\s+)?"
    r"(?P<where>[A-Z][\w]*(?:(?:\s+|,\s*|\s+and\s+|\s+or\s+|\s+of\s+(?:the\s+)?)[A-Z][\w]*)*)"
)
_NOT_ELIGIBLE = lazy_pattern(
    r"not\s+(?:be\s+)?eligible|ineligible|cannot\s+apply|may\s+not\s+apply|are\s+excluded|\bnot\s+open\s+to\b"
    # 'Candidates must not be nationals of the duty station'.
    r"|\b(?:must|shall|should|may)\s+not\s+be\s+(?:an?\s+)?(?:nationals?|citizens?)\b"
    # 'must not hold the nationality of Serbia', 'must not hold Serbian citizenship', '… a Serbian passport'.
    r"|\b(?:must|shall|should|may)\s+not\s+(?:hold|have|possess)\s+(?:the\s+|an?\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
    r"(?:nationality|citizenship|passports?)\b"
    # 'Nationals … cannot be considered' (not 'applications submitted late will not be considered').
    r"|\b(?:nationals?|citizens?|residents?|residence)\b(?:(?!\bapplications?\b)[^.;]){0,120}?"
    r"\b(?:cannot|can\s*not|will\s+not|may\s+not|shall\s+not)\s+be\s+(?:considered|accepted|appointed|recruited)",
    re.I,
)
# 'Candidates of all nationalities are eligible, except nationals and residents of the country of assignment'.
_EXCEPT = lazy_pattern(
    r"\b(?:except(?:\s+for)?|excluding|other\s+than|with\s+the\s+exception\s+of|apart\s+from)\s+(?:the\s+)?"
    r"(?:nationals?|citizens?)\b",
    re.I,
)
# 'Serbian nationals', 'holders of Serbian or Kosovo nationality', 'a Serbian passport': those shut out, named by
# their country's adjective (not 'Non-Serbian nationals', who are everyone else).
_DEMONYM_EXCLUSION = lazy_pattern(
    r"(?<![\w-])(?P<who>"
    + r"[A-Z][a-z\u00e9-]+(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)[A-Z][a-z\u00e9-]+)*"
    + r")\s+(?i:nationals?|citizens?|nationality|citizenship|passports?(?:\s+holders?)?)\b"
)
# 'Candidates who are not nationals of …', 'those who do not hold …': a denial before the nationals named, which
# with 'are not eligible' after them opens the post to those nationals only.
_WHO_ARE_NOT = lazy_pattern(r"\b(?:who|that)\s+(?:are|is|do|does)\s+not\b(?:\s+\w+){0,3}\s*$|\bnon-?\s*$", re.I)
_DUAL = lazy_pattern(r"multiple\s+nationalities|dual\s+national|another\s+citizenship", re.I)
# 'dual nationals holding Tajik citizenship', 'dual nationals who also hold the citizenship of Tajikistan': the other
# citizenship named.
_DUAL_NAMED = lazy_pattern(
    r"(?i:dual|multiple)\s+(?i:nationals?|citizens?)\s+(?:(?i:holding|with|who\s+(?:also\s+)?(?:hold|have|possess))\s+)"
    r"(?:(?i:also)\s+)?(?:(?i:an?|the)\s+)?(?:(?P<who>"
    + r"[A-Z][a-z\u00e9-]+(?:\s+[A-Z][a-z]+)?(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)[A-Z][a-z\u00e9-]+(?:\s+[A-Z][a-z]+)?)*"
    + r")\s+(?i:citizenship|nationality|passports?)\b"
    r"|(?i:citizenship|nationality)\s+of\s+(?:the\s+)?(?P<where>[A-Z][\w ,]*?[a-z])(?=\s*[.,;()]|\s+(?i:are|is|may|can|will)\b))"
)
# '(dual nationals … are not eligible)': who of those named before may not apply, in brackets.
_EXCLUSION_ASIDE = lazy_pattern(
    r"\s*\((?P<inner>[^()]*?\b(?:not\s+(?:be\s+)?eligible|ineligible|cannot\s+apply|may\s+not\s+apply|are\s+excluded)"
    r"\b[^()]*)\)",
    re.I,
)
# '… a citizen of Slovenia and not also hold the citizenship of Kosovo', '…, but must not hold a Serbian passport as
# well': a bar on a second citizenship joined to whose nationals may apply, read as its own sentence.
_CONJOINED_BAR = lazy_pattern(
    r"\s*,?\s+(?:and|but)\s+(?:(?:must|should|shall|may)\s+)?(?:not|never)\s+(?:also\s+)?"
    r"(?P<verb>have|hold|possess|be)\s+(?:also\s+|in\s+addition\s+|additionally\s+)?"
    r"(?P<what>(?:(?:the|an?|any)\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
    r"(?:(?i:citizenship|nationality|passport)|(?i:nationals?|citizens?)\s+of)\b[^.;()]*)",
    re.I,
)
# 'nationals of OSCE participating States', 'be a national of an OSCE participating State', 'citizens of one of the
# participating States', 'hold the nationality of a participating State'.
_PARTICIPATING = lazy_pattern(
    r"(?:nationals?|citizens?|nationality)\s+of\s+(?:the\s+|an?\s+|one\s+of\s+the\s+)?(?:OSCE\s+|57\s+)?"
    r"participating\s+States?\b",
    re.I,
)
_RESIDENTS_TOO = r"(?:\s+(?:of\s+)?(?:/|or|and/or|and)\s+(?i:permanent\s+)?(?i:residents?))?"
# 'nationals of the following countries: Denmark; Finland': the list after the colon is where.
# 'citizens of the participants from the region: Albania, Serbia', 'citizens of the partner countries, namely …': a
# plural noun phrase that names them, then the list.
_FOLLOWING = (
    r"(?:(?i:either)\s+|(?i:the\s+)?(?i:following)\s+(?i:countries|states)(?:\s+(?i:only))?\s*:\s*"
    r"|(?i:the\s+)(?:(?-i:[a-z][\w-]*)(?:\s+[\w-]+){0,6}?|(?:[\w-]+\s+){0,5}?(?-i:[a-z][\w-]*s))"
    r"\s*(?::|,?\s+(?i:namely|i\.e\.),?)\s*)?"
)
# 'Citizens of Ukraine who have reached 18 …', 'Nationals of Slovakia, holders of a university degree, …': what the
# sentence asks of those it names as who may apply.
_QUALIFIER = (
    r"(?:\s*,?\s+(?P<qual>(?i:who|aged|over|under|between|with|having|holding|holders?\s+of|from)\b[^.;]*?)\s*,?)?"
)
_MAY_APPLY = (
    r"(?i:(?:may|can|shall)\s+(?:apply|take\s+part|participate|compete|be\s+(?:admitted|considered))|"
    r"(?:are|is)\s+(?:eligible|entitled|admitted)\b)"
)
_PERMIT = r"(?:residence|work)(?:\s+and\s+residence)?\s+permits?|right\s+to\s+(?:work|reside)"
"""A permit or a right that admits its holder ('a valid work and residence permit', 'the right to work')."""
_ONLY = lazy_pattern(
    r"(?i:open|reserved)\s+(?:only\s+|exclusively\s+)?(?:to|for)\s+(?i:nationals|citizens)"
    + _RESIDENTS_TOO
    + r"\s+of\s+"
    + _FOLLOWING
    + r"(?:the\s+)?(?P<where>[A-Z][\w ]*?[a-z])(?=\s+only\b|\s*[.,;(/]|\s*$)"
    # 'Only applicants who are nationals of Montenegro … will be considered': those who may apply named as who they are
    r"|(?i:only)\s+(?:to\s+)?(?:(?i:candidates|applicants|persons|those|people|individuals)\s+(?i:who|that)\s+"
    r"(?i:are)\s+)?(?i:nationals|citizens)"
    + _RESIDENTS_TOO
    + r"\s+of\s+"
    + _FOLLOWING
    + r"(?:the\s+)?(?P<where2>[A-Z][\w ]*?[a-z])(?=\s*[.,;(]|\s*$|\s+(?:are|may|can|will)\b)"
    # 'Nationals of Armenia only' (after a label such as 'Eligibility:').
    r"|^\W*(?i:nationals|citizens)"
    + _RESIDENTS_TOO
    + r"\s+of\s+(?:the\s+)?(?P<where3>[A-Z][\w ,;/]*?[a-z])\s+(?i:only)\b"
    # 'Applicants must be citizens of Denmark, Finland or Sweden': who the candidate must be.
    r"|\b(?i:must|shall|should)\s+(?i:be)\s+(?:(?i:an?)\s+)?(?i:nationals?|citizens?)\s+of\s+"
    + _FOLLOWING
    + r"(?:the\s+)?(?P<where4>[A-Z][\w ]*?[a-z])(?=\s*[.,;(]|\s*$|\s+(?:only|and|or)\b)"
    # 'Citizens of Ukraine who have reached 18 years of age may take part in the competition': those named as who
    # may apply, whatever else the sentence asks of them.
    r"|^\W*(?i:nationals|citizens)\s+of\s+(?:the\s+)?(?P<where5>[A-Z][\w ,]*?[a-z])"
    r"(?=" + _QUALIFIER + r"\s+" + _MAY_APPLY + r")"
    # 'must hold a valid work permit for Poland or be citizens of Poland': the nationals after a permit (its holders
    # admitted beside them, `_only`).
    r"|\b(?i:"
    + _PERMIT
    + r")\b[^.;]{0,40}?\b(?i:or)\s+(?:(?i:be)\s+)?(?:(?i:an?)\s+)?(?i:nationals?|citizens?)\s+of\s+"
    + _FOLLOWING
    + r"(?:the\s+)?(?P<where6>[A-Z][\w ]*?[a-z])(?=\s*[.,;(]|\s*$|\s+(?:only|and|or)\b)"
)
# 'open to nationals of the host country only', 'reserved for citizens of the country of assignment': a national
# post, open to the duty station's country's own nationals.
_ONLY_HOST = lazy_pattern(
    r"\b(?:(?:open|reserved)\s+(?:only\s+|exclusively\s+)?(?:to|for)\s+|only\s+"
    r"(?:(?:candidates|applicants|persons|those|people|individuals)\s+(?:who|that)\s+are\s+)?)"
    r"(?:nationals|citizens)\s+of\s+(?:" + _HOST + r")(?:\s+only\b|\s+(?:may|can)\s+apply\b)?",
    re.I,
)
# 'Nationals of the host country, holders of a university degree, are eligible': the host country's nationals named
# as who may apply.
_HOST_MAY_APPLY = lazy_pattern(
    r"^\W*(?i:nationals|citizens)\s+of\s+(?i:" + _HOST + r")(?=" + _QUALIFIER + r"\s+" + _MAY_APPLY + r")"
)
# 'open to Dutch nationals only', 'Only Kenyan citizens may apply', 'reserved for Swiss nationals'; several
# adjectives in a list ('open only to Danish, Finnish or Swedish nationals') name several countries.
_DEMONYM = r"(?:[A-Z][a-z\u00e9-]+(?:\s+[A-Z][a-z]+)?|(?:[A-Z]\.){2,3}|[A-Z]{2,3}(?![\w.]))"
"""A country's nationals' adjective ('Danish', 'New Zealand'), or its initials ('U.S.', 'UK')."""


def _nationals_code(word: str) -> str | None:
    """The country an adjective or a country's initials name ('Danish' -> 'DK', 'U.S.' -> 'US', 'UK' -> 'GB'), or
    None; initials that name a grouping ('EU') name no country."""
    if re.fullmatch(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}", word.strip()):
        return country_code(word.replace(".", "").strip())
    return demonym_code(word)


_ONLY_DEMONYM = lazy_pattern(
    r"(?:(?i:open|reserved)\s+(?:only\s+|exclusively\s+)?(?:to|for)\s+|(?i:only)\s+|^\W*(?=[A-Z][a-z\u00e9-]+(?:\s+[A-Z][a-z]+)?"
    r"\s+(?i:nationals|citizens)\s+(?i:only)\b))(?P<who>"
    + _DEMONYM
    + r"(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
    + _DEMONYM
    + r")*)"
    r"\s+(?i:nationals|citizens)\b(?P<rest>[^.;]*)"
)
_OPEN_TO_ITEM = lazy_pattern(r"^\W*(?:(?:the\s+)?(?:post|position|vacancy|call)\s+is\s+)?open\s+to\s+$", re.I)
"""An item that says whom the post is open to, its nationals first ('Open to Swiss nationals and holders of a valid
Swiss work permit'): who may apply, as 'open only to' is."""
_MORE_NATIONALS = lazy_pattern(
    r"\b(?:and|or)\s+(?:to\s+|for\s+)?(?:the\s+)?(?:nationals|citizens)\s+of\b"
    r"|\b(?:and|or)\s+(?:to\s+)?[A-Z][a-z\u00e9-]+\s+(?:nationals|citizens)\b"
)
"""Nationals named after the adjectives' list ('… and to nationals of Austria', '… or Austrian citizens')."""
# An item that is a citizenship alone: 'Finnish citizenship', 'hold Austrian or German nationality', 'Citizenship of
# Norway'. Only the whole item: 'citizenship' in passing ('… regardless of citizenship') names no one.
_ITEM_NUMBER = r"(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?"
"""'2.1 ', '3) ': an item's number before its words."""
_CITIZENSHIP = lazy_pattern(
    r"^\W*" + _ITEM_NUMBER + r"(?:(?i:only)\s+)?(?:(?i:candidates?|applicants?)\s+)?(?:(?i:must|shall|should)\s+)?"
    r"(?:(?i:hold|have|possess|be\s+of|possession\s+of|holders?\s+of)\s+)?"
    # 'Must hold a valid Serbian passport': a country's passport is its nationals' alone.
    r"(?:(?i:an?|the)\s+)?(?:(?i:valid)\s+)?(?P<who>"
    + _DEMONYM
    + r"(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
    + _DEMONYM
    + r")*)\s+(?i:citizenship|nationality|passport)"
    # 'Ukrainian citizenship or a permanent residence permit for Ukraine': the residents admitted beside (`_only`).
    r"(?:\s*,?\s*(?i:or|and/or)\s+[^.;]{0,60}?\b(?i:residen\w*)\b[^.;]{0,60}?)?"
    # 'Moldovan citizenship is required', 'Only holders of a Moldovan passport may apply'.
    r"(?:\s+(?i:is|are)\s+(?i:required|mandatory|essential|compulsory|a\s+must)|\s+(?i:may|can)\s+apply)?\s*[.;]?\s*$"
    # 'are Danish citizens', 'be a Danish national': the item of a list of who may apply ('open to candidates who:').
    r"|^\W*"
    + _ITEM_NUMBER
    + r"(?:(?i:candidates?|applicants?|you)\s+(?i:must|shall|should)\s+)?(?i:be|are|is)\s+(?:(?i:an?)\s+)?(?P<who2>"
    + _DEMONYM
    + r"(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
    + _DEMONYM
    + r")*)\s+(?i:citizens?|nationals?)"
    # 'be a Norwegian citizen, or a citizen of another Nordic country with permanent residence in Norway'.
    r"(?:\s*,?\s*(?i:or|and/or)\s+[^.;]{0,60}?\b(?i:residen\w*)\b[^.;]{0,60}?)?\s*[.;]?\s*$"
    r"|^\W*"
    + _ITEM_NUMBER
    + r"(?:(?i:candidates?|applicants?)\s+(?i:must|shall|should)\s+(?i:hold|have|possess)\s+)?(?:(?i:the)\s+)?"
    r"(?i:citizenship|nationality)\s+of\s+(?P<where>[A-Z][^.;]*?)\s*[.;]?\s*$"
    # 'National of Moldova.', 'Be a citizen of Georgia.': who the candidate is, as the whole item.
    r"|^\W*"
    + _ITEM_NUMBER
    + r"(?:(?:(?i:candidates?|applicants?)\s+(?i:must|shall|should)\s+)?(?i:be)\s+)?(?:(?i:an?)\s+)?"
    r"(?i:nationals?|citizens?)\s+of\s+(?:(?i:either)\s+)?(?:the\s+)?"
    r"(?P<where2>[A-Z][\w'\u2019-]*(?:(?:\s+(?:of\s+(?:the\s+)?|(?:and|or)\s+(?:of\s+(?:the\s+)?)?)?"
    r"|\s*[,/]\s*(?:(?:and|or)\s+)?(?:of\s+(?:the\s+)?)?)[A-Z][\w'\u2019-]*)*)(?:\s+(?i:only))?\s*[.;]?\s*$"
)
# 'Only persons holding Swiss citizenship can be put forward by Switzerland', 'Only candidates who hold the nationality
# of Austria may be seconded': those who may apply named by the citizenship they hold, in a sentence of its own; with
# what else they hold beside it (`also`: '… Swiss citizenship and a Swiss driving licence may apply', '… Austrian
# citizenship and five years of experience may apply'), which the other kinds read (`beside`).
_LIVES_THERE = lazy_pattern(
    r"\band\s+(?:who\s+)?(?:(?:also\s+)?(?:live|lives|living|reside|resides|residing)|(?:are|is|be)\s+(?:permanently\s+)?"
    r"resident|resident)\s+(?:permanently\s+)?in\b[^.;]*?(?=\s*,?\s+(?:may|can|shall|will|are|is)\b|\s*[.;]|\s*$)",
    re.I,
)


def _lives_there(text: str, draft):
    """Where the nationals asked must also live ('Only applicants who hold the nationality of X and live in the
    country may apply'): asked of them besides, never a door for residents who are not nationals; no criterion checks
    a residence asked (the residence kind holds exclusions), so a person checks it, never dropped."""
    lives = _LIVES_THERE.search(text)
    if lives is not None:
        draft.params.pop("residents_too", None)
        draft.review.append(
            f"it also asks where the candidate lives ('{lives.group(0).strip()}'): no criterion checks a residence "
            "asked, so a person checks it"
        )
    return draft


_ONLY_HOLDING = lazy_pattern(
    r"\b(?i:only)\s+(?:(?i:persons|candidates|applicants|those|people|individuals|staff|experts)\s+)?"
    r"(?i:holding|who\s+(?:hold|have|possess)|with|having|possessing|holders\s+of)\s+(?:(?i:an?|the)\s+)?(?:(?i:valid)\s+)?"
    r"(?:(?P<who>"
    + _DEMONYM
    + r"(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
    + _DEMONYM
    + r")*)\s+(?i:citizenship|nationality|passports?)"
    r"|(?i:citizenship|nationality)\s+of\s+(?:the\s+)?(?P<where>[A-Z][\w ,]*?[a-z]))"
    r"(?=(?:\s*,?\s+(?i:and|as\s+well\s+as|plus)\s+(?:(?i:holding|having|possessing|with)\s+)?"
    r"(?:(?i:(?:also\s+)?(?:residing|living|live|lives|reside|resides)\b)[^.;,]{1,80}?|"
    r"(?!(?i:who|that|which|are|is|be|being|residing|living|resident|based|not)\b)(?P<also>[^.;,]{1,80}?)))?"
    r"\s*,?\s+(?i:(?:may|can|shall|will)\s+(?:apply|be\s+(?:put\s+forward|nominated|seconded|proposed|considered|"
    r"accepted|appointed|recruited|admitted))|(?:are|is)\s+eligible)\b)"
)
# 'Open to: Ethiopian nationals only': a short label before a colon (not a sentence, and no clause of one).
_LABEL = lazy_pattern(r"^\s*(?P<label>[A-Za-z][\w /-]{1,40}?)\s*:\s*(?P<rest>\S.*)$", re.S)
# 'Open to residents of Tajikistan only', 'Only residents of Tajikistan may apply', 'residents of Tajikistan only'.
_RESIDENTS_ONLY = lazy_pattern(
    r"(?:\b(?i:only|exclusively)\s+(?:to\s+|for\s+)?(?:\w+\s+){0,1}?)(?i:residents?)\s+of\s+(?:the\s+)?"
    r"(?P<where>[A-Z][\w ]*?[a-z])(?=\s*[.,;(]|\s*$|\s+(?:only|are|may|can|will)\b)"
    r"|(?i:residents?)\s+of\s+(?:the\s+)?(?P<where2>[A-Z][\w ]*?[a-z])\s+(?i:only)\b"
    # 'Only candidates residing in Kosovo …', in capitals as in small letters: each word of the place capitalised.
    r"|\b(?i:only)\s+(?:(?i:candidates|applicants|persons|those|people|individuals)\s+)?(?:(?i:who\s+(?:are|live))\s+)?"
    r"(?i:residing|resident|living|based)\s+(?i:in)\s+(?:(?i:the)\s+)?"
    r"(?P<where3>[A-Z][\w]*(?:\s+(?!(?i:and|or|who|holding|with|are|is|may|can|will|only|at|on|for)\b)[A-Z][\w]*)*)"
)
# 'Only candidates residing in the country of the duty station or within commuting distance of it will be
# considered': where those who may apply live, named by the post's place rather than by a country's name.
_RESIDING_NEAR = lazy_pattern(
    r"\b(?:only|exclusively)\s+(?:(?:candidates|applicants|persons|those|people|individuals)\s+)?"
    r"(?:who\s+(?:are|live)\s+)?(?:residing|resident|living|based)\s+(?:in|within|near)\s+(?:either\s+)?"
    r"(?:" + _HOST + r"|(?:a\s+|easy\s+|reasonable\s+)?commuting\s+distance|the\s+(?:area|vicinity|region)\s+of)\b",
    re.I,
)
# 'Candidates can be nationals of any country other than the host country (Mozambique)'.
_OTHER_THAN = lazy_pattern(
    r"(?i:nationals?|citizens?)\s+of\s+any\s+(?:country|state|nationality)\s+(?:other\s+than|except(?:\s+for)?)\s+"
    r"(?:(?P<host>" + _HOST + r")|(?:the\s+)?(?P<where>[A-Z][\w]*(?:\s+(?:and\s+)?[A-Z][\w]*)*))",
    re.I,
)
# 'Permanent residents of Mozambique (of the host country) are not eligible either': residence alone.
# 'Candidates holding permanent residence in Ukraine cannot apply', 'holders of permanent residence in the country of
# assignment': the same residents, named by their residence.
_RESIDENTS = lazy_pattern(
    r"(?:(?i:permanent\s+)?(?i:residents?)\s+of|(?i:permanent\s+)(?i:residence|residency)(?:\s+status)?\s+(?i:in|of))\s+"
    r"(?:(?P<host>" + _HOST + r")|(?:the\s+)?(?P<where>[A-Z][\w]*(?:\s+(?:and\s+)?[A-Z][\w]*)*))"
)


# '…, nor are persons holding permanent residence there', '…; permanent residents are not eligible either': the
# host country's permanent residents excluded in a clause of their own.
_RESIDENCE_CLAUSE = lazy_pattern(
    r"\b(?:nor|neither)\b[^.;]{0,80}?\b(?:permanent\s+residen(?:ce|ts?)|(?:hold|have|has)\s+(?:their\s+)?residen(?:ce|cy))\b"
    r"(?:\s+(?:in|of)\s+(?:the\s+)?(?P<where>[A-Z][\w]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w]*)*))?"
    r"|\bpermanent\s+residen(?:ce|ts?)\b[^.;]{0,60}?\b(?:are|is)\s+(?:also\s+)?(?:not\s+eligible|excluded|ineligible)\b",
    re.I,
)


# 'Citizens of Serbia who are not registered with the roster …', '… holding a diplomatic passport …', '… without a
# work permit …': words right after the nationals (or residents) named that pick some of them out; 'are not eligible
# unless they …', '… if they …': a condition after the denial. Either shuts out only those who meet it, never the
# nationality ('including', 'included' and 'either' pick no one out).
_PICKED_OUT = lazy_pattern(
    r"^\s*(?:\([^()]*\)\s*)?,?\s*(?P<cond>(?:who|whom|whose|that|which|with|without|unless|if|provided|except|save|"
    r"currently|already|still|registered|employed|enrolled|listed|resident|residing|based|living|serving|working|"
    r"(?!including\b|excluding\b)[a-z]+ing)\b[^.;]*)",
    re.I,
)
_ON_CONDITION = lazy_pattern(
    r"^[^.;]*?(?P<cond>\b(?:unless|provided|(?<!even\s)if|as\s+long\s+as|except\s+(?:where|when|if|those|for\s+those)|"
    r"without(?!\s+exception))\b"
    r"[^.;]*)",
    re.I,
)


def _conditioned(text: str, named_end: int, whose: str, codes: list):
    """A shutting out of nationals (or residents) narrowed by a condition: a requirement a person judges, and the
    nationality itself stays eligible ('Citizens of Serbia who are not on the roster are not eligible' shuts out no
    Serbian on the roster). None where no condition narrows it."""
    from eligibility.compiler.draft import Draft

    denial = _NOT_ELIGIBLE.search(text, named_end)
    picked = _PICKED_OUT.match(text[named_end : denial.start() if denial else len(text)])
    cond = picked.group("cond") if picked else None
    if cond is None and denial is not None:
        after = _ON_CONDITION.match(text[denial.end() :])
        cond = after.group("cond") if after else None
    if cond is None:
        return None
    cond = re.sub(r"[\s,]+(?:(?:are|is|will|shall|may|be)\b[\s,]*)*$", "", cond)
    who = f"{whose} of " + (join_or([named(c) for c in codes]) if codes else "the duty station")
    issue = (
        f"only {who} who meet a condition are shut out ('{clip(cond.strip(), 80)}'): a person judges it; "
        f"{who} as such stay eligible"
    )
    return Draft("requirement", text, True, id="excluded-on-condition", review=[issue])


# 'Applications from candidates of other nationalities will not be considered', 'Nationals of other countries are not
# eligible': everyone but the nationals a rule of the notice names, shut out.
_INTERNATIONAL_ONLY = lazy_pattern(
    r"\b(?:open|restricted|limited|reserved)\s+(?:only\s+)?to\s+international\s+(?:candidates|applicants|staff)\s+only\b"
    r"|\b(?:open|restricted|limited|reserved)\s+(?:only|exclusively)\s+to\s+international\s+(?:candidates|applicants|staff)\b"
    r"|\bonly\s+international\s+(?:candidates|applicants)\s+(?:will|can|may|are)\b",
    re.I,
)
"""'open to international candidates only', 'restricted exclusively to international applicants': the nationals of
the country the post is in may not apply."""
_OTHER_NATIONALS = lazy_pattern(
    r"\b(?:(?:candidates?|applicants?|applications?|persons?|nationals?|citizens?|people)\s+(?:from|of|with|holding)\s+"
    r"(?:an?\s+|any\s+)?other\s+(?:nationalit(?:y|ies)|countries|country|states?|citizenships?)"
    r"|(?:other|foreign)\s+(?:nationals|citizens|applicants|candidates))\b"
    r"(?=[^.;]{0,60}?\b(?:not\s+(?:be\s+)?(?:eligible|considered|accepted)|ineligible|cannot\s+(?:apply|be\s+considered)|"
    r"may\s+not\s+apply|are\s+excluded|will\s+be\s+(?:rejected|disregarded)))",
    re.I,
)


_INVITATION = lazy_pattern(
    r"\b(?:encourag(?:es?|ed|ing)|welcom(?:es?|ed|ing)|invit(?:es?|ed|ing))\s+(?:\w+\s+){0,3}?(?:applications?|candidates?|"
    r"applicants?|nominations?)\s+(?:from|of)\b|\b(?:are|is)\s+(?:(?:strongly|particularly|especially|also)\s+)?"
    r"(?:encouraged|welcome[d]?|invited)\s+to\s+apply\b",
    re.I,
)
"""An invitation ('encourages applications from all qualified candidates who are nationals of member countries',
'Nationals of EU Member States are encouraged to apply'): it shuts no one out."""
# 'welcomes applications from qualified candidates who are nationals of OECD member countries': the welcome names
# the pool itself, the whole of a grouping's members, so no one outside it is welcomed; a welcome that singles some out
# ('particularly nationals of under-represented member countries', 'also from non-member countries') is a wish.
_WELCOMED_POOL = lazy_pattern(
    r"\bwelcom(?:es?|ed|ing)\s+(?:the\s+)?applications?\s+(?:from|of)\s+(?:all\s+)?"
    r"(?:(?:suitably\s+|well[\s-]|highly\s+)?qualified\s+|eligible\s+|interested\s+)?"
    r"(?:(?:candidates|applicants|persons|people|individuals)\s+(?:who\s+are\s+|that\s+are\s+)?)?"
    r"(?:nationals|citizens)\s+of\b",
    re.I,
)
_SINGLED_OUT = lazy_pattern(
    r"\b(?:under-?|un-?|non-?|less\s+|poorly\s+)represented\b|\b(?:particularly|especially|notably|in\s+particular|"
    r"also|priority|preference|preferred|non-?members?)\b",
    re.I,
)
_RESTRICTING = lazy_pattern(
    r"\b(?:only|exclusively|solely|must|restricted|limited|reserved|not\s+eligible|ineligible|cannot|may\s+not)\b", re.I
)


def extract(sentence, reading) -> list:
    """'Nationals of the duty station are not eligible', 'open to nationals of Kazakhstan only', 'open only to
    nationals of OSCE participating States'."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    widening = _widening(sentence, reading) or _partners_also(sentence, reading)
    if widening:
        return widening
    if _INVITATION.search(text) and not _RESTRICTING.search(text):
        if _WELCOMED_POOL.search(text) and not _SINGLED_OUT.search(text):
            return _members(text, reading.posting.organisation) or []
        return []
    labelled = _LABEL.match(text)
    if labelled and _WHOSE_LABEL.fullmatch(labelled.group("label").strip()):
        # 'Eligible nationalities: Austria, Germany', 'Nationality: Austrian': a label that says whose nationals may
        # apply, and the countries it lists.
        codes = _listed(labelled.group("rest"))
        if codes:
            return [Draft(KIND, text, True, {"only": codes}, id="nationals-only")]
        found = _grouping(sentence, labelled.group("rest"), reading)
        if found:
            return found
    whose_heading = bool(sentence.heading and _WHOSE_LABEL.fullmatch(sentence.heading.strip(" :")))
    if whose_heading or (sentence.heading and _OPEN_HEADING.search(sentence.heading)):
        items = (_listed(text) if whose_heading else []) or _nationals_item(text)
        if items:
            # 'Eligible nationalities:' / '- Austria' / '- Germany', 'open to the following groups:' / '- UK
            # nationals': each item one more country of the same list.
            return [_heading_item(sentence, items, reading)]
        # Only what names whose nationals may apply, with no label of its own: a line after an inline
        # 'Nationality: …' ('Age: be under 65', 'Before applying, tick every box') is not one of them.
        own_label = labelled and not _WHOSE_LABEL.fullmatch(labelled.group("label").strip())
        found = (
            _grouping(sentence, text, reading) if whose_heading and _NAMES_WHOM.search(text) and not own_label else []
        )
        if found:
            return found
    if labelled:
        # 'Open to: Ethiopian nationals only', 'Locally recruited: residents of Tajikistan only': a label and a colon
        # say what the same words say without them.
        label, rest = labelled.group("label"), labelled.group("rest")
        for words in (f"{label} {rest}", rest):
            found = extract(replace(sentence, text=words), reading)
            if found:
                for draft in found:
                    draft.source = text
                return found
        return []
    aside = _EXCLUSION_ASIDE.search(text)
    if aside:
        # 'Swiss citizenship (dual nationals holding Tajik citizenship are not eligible)': who may apply, and in
        # brackets who of them may not; each read on its own, both kept.
        outer = extract(replace(sentence, text=(text[: aside.start()] + text[aside.end() :]).strip()), reading)
        inner = extract(replace(sentence, text=aside.group("inner")), reading)
        if outer and inner:
            for draft in outer + inner:
                draft.source = text
            return outer + inner
    bar = _CONJOINED_BAR.search(text)
    if bar:
        # 'must be a citizen of Slovenia and not also hold the citizenship of Kosovo': who may apply, and who of them
        # may not; both kept where each reads alone.
        outer = extract(replace(sentence, text=text[: bar.start()].strip() + "."), reading)
        inner = extract(
            replace(sentence, text=f"Candidates must not {bar.group('verb')} {bar.group('what').strip()}."), reading
        )
        if outer and inner:
            for draft in outer + inner:
                draft.source = text
            return outer + inner
    country = reading.posting.country
    found = []
    if _INTERNATIONAL_ONLY.search(text) and not (_NAMED_EXCLUSION.search(text) or _DEMONYM_EXCLUSION.search(text)):
        # 'This position is open to international candidates only': the nationals of the country the post is in are
        # shut out; with no country named, the exclusion the notice names elsewhere ('Lebanese nationals cannot be
        # considered') says whose, and with none a person says it.
        by_exclusion: tuple[str, str, frozenset[str]] = (KIND, "excluded", frozenset())
        if country:
            note = [f"'{clip(text)}' read as: nationals of the country the post is in are not eligible."]
            return [Draft(KIND, text, True, {"excluded": [country]}, id="excluded-nationals", notes=note)]
        issue = (
            f"'{clip(text)}' opens the post to international candidates only, but the notice names no country whose "
            "nationals are shut out: a person sets `excluded`"
        )
        return [Draft("requirement", text, True, id="international-only", review=[issue], settled_by=by_exclusion)]
    if _OTHER_NATIONALS.search(text) and not (_NAMED_EXCLUSION.search(text) or _DEMONYM_EXCLUSION.search(text)):
        # 'Candidates of other nationalities will not be considered': it restates a rule of the notice that opens the
        # post to some nationals only, and adds nothing beside it; with none, the nationals of the country the notice
        # is in, and with no country named, a person says whose.
        settled: tuple[str, str, frozenset[str]] = (KIND, "only", frozenset())
        if country:
            return [Draft(KIND, text, True, {"only": [country]}, id="nationals-only", settled_by=settled)]
        issue = (
            f"'{clip(text)}' shuts out other nationalities, but the notice names no country whose nationals may "
            "apply: a person sets `only`"
        )
        return [Draft("requirement", text, True, id="nationals-only", review=[issue], settled_by=settled)]
    dual = _DUAL_NAMED.search(text)
    if dual and _NOT_ELIGIBLE.search(text):
        # 'Dual nationals holding Tajik citizenship are not eligible': the country named, never the duty station's.
        codes, unread = _country_list(dual.group("who"), demonym_code) if dual.group("who") else ([], [])
        if not codes and dual.group("where"):
            codes, unread = _country_list(dual.group("where"), country_code)
        if codes and not unread:
            note = ["Dual nationals are excluded too: " + text]
            return [Draft(KIND, text, True, {"excluded": codes}, id="excluded-nationals", notes=note)]
        issue = (
            f"'{text.strip()}' names a citizenship that is no country the data knows"
            f" ({', '.join(repr(u) for u in unread or [dual.group('who') or dual.group('where')])}): set `excluded`"
        )
        return [Draft("requirement", text, True, id="excluded-nationals", review=[issue])]
    residing = _RESIDENTS_ONLY.search(text)
    if residing and not re.search(r"\b(?:nationals?|citizens?)\b", text, re.I):
        # 'Open to residents of Tajikistan only': the residence kind excludes residents and cannot hold who lives
        # where, so a person checks it; never dropped.
        said = residing.group("where") or residing.group("where2") or residing.group("where3")
        where = _codes(said) or [said]
        issue = (
            f"open only to residents of {', '.join(where)}: no criterion checks where a candidate lives; a person "
            "must confirm it"
        )
        return [Draft("requirement", text, True, id="residents-only", review=[issue])]
    near = _RESIDING_NEAR.search(text)
    if near and not re.search(r"\b(?:nationals?|citizens?)\b", text, re.I):
        # 'Only candidates residing in the country of the duty station or within commuting distance of it …': who
        # may apply by where they live, which no criterion checks (the residence kind excludes residents); a person
        # confirms it, never a wish and never dropped.
        station = f" ({_country_named(country)})" if country else ""
        issue = (
            f"open only to candidates living in or near the duty station's country{station}: no criterion checks where "
            "a candidate lives; a person must confirm it"
        )
        return [Draft("requirement", text, True, id="residents-only", review=[issue])]
    named = _NAMED_EXCLUSION.search(text)
    codes = _codes(named.group("where")) if named else []
    if named and codes and _NOT_ELIGIBLE.search(text) and _WHO_ARE_NOT.search(text[: named.start()]):
        # 'Candidates who are not nationals of Serbia are not eligible': a double denial opens the post to that
        # country's nationals only, never shuts them out.
        return [_only(text, codes, named.group(0), [])]
    if named and codes and _NOT_ELIGIBLE.search(text):
        conditioned = _conditioned(text, named.end(), "nationals", codes)
        if conditioned:
            return [conditioned]
        # 'Nationals and permanent residents of Moldova are not eligible, including persons who hold another
        # citizenship as well': the named country, its residents too, dual nationals included.
        note = ["Dual nationals are excluded too: " + text] if _DUAL.search(text) else []
        found.append(Draft(KIND, text, True, {"excluded": codes}, id="excluded-nationals", notes=note))
        clause = _RESIDENCE_CLAUSE.search(text)
        if re.search(r"resid|\bliv", named.group(0), re.I) or clause:
            where = (_codes(clause.group("where")) if clause and clause.group("where") else []) or codes
            found.append(Draft("residence", text, True, {"excluded": where}, id="excluded-residents"))
        return found
    barred = _DEMONYM_EXCLUSION.search(text)
    if barred and _NOT_ELIGIBLE.search(text):
        # 'Holders of Serbian nationality are not eligible', 'Applicants must not hold Serbian citizenship': the
        # country its nationals' adjective names; an adjective the data does not know is left to the words' review.
        codes, unread = _country_list(barred.group("who"), demonym_code)
        if codes and not unread and _WHO_ARE_NOT.search(text[: barred.start()]):
            return [_only(text, codes, barred.group(0), [])]  # 'Candidates who are not Serbian nationals …'
        if codes and not unread:
            conditioned = _conditioned(text, barred.end(), "nationals", codes)
            if conditioned:
                return [conditioned]
            note = ["Dual nationals are excluded too: " + text] if _DUAL.search(text) else []
            return [Draft(KIND, text, True, {"excluded": codes}, id="excluded-nationals", notes=note)]
    other = _OTHER_THAN.search(text)
    if other:
        where = [country] if other.group("host") and country else _codes(other.group("where") or "")
        if where:
            return [Draft(KIND, text, True, {"excluded": where}, id="excluded-nationals")]
        issue = "the host country is not named in the posting: set `excluded` (and `country`)"
        return [Draft("requirement", text, True, id="not-duty-station-national", review=[issue])]
    residents = _RESIDENTS.search(text)
    if residents and _NOT_ELIGIBLE.search(text) and not re.search(r"\b(?:nationals?|citizens?)\b", text, re.I):
        where = [country] if residents.group("host") and country else _codes(residents.group("where") or "")
        conditioned = _conditioned(text, residents.end(), "residents", where)
        if conditioned:
            return [conditioned]
        if where:
            return [Draft("residence", text, True, {"excluded": where}, id="excluded-residents")]
        if residents.group("host"):
            # Kept, not dropped: a person names the country before relying on it.
            issue = "the duty station's country is not named in the posting: set `excluded` (and `country`)"
            return [Draft("requirement", text, True, id="not-duty-station-resident", review=[issue])]
    if (
        _DUAL.search(text)
        and not _EXCLUSION.search(text)
        and not re.search(_HOST, text, re.I)
        and (_NOT_ELIGIBLE.search(text) or _EXCEPT.search(text))
    ):
        # 'Dual nationals are not eligible', no country named: those who hold any second citizenship, which no
        # criterion checks (never the duty station's nationals, whom the words do not name).
        issue = (
            f"'{text.strip()}': no criterion checks that a candidate holds no second citizenship; a person must "
            "confirm it"
        )
        return [Draft("requirement", text, True, id="no-dual-nationals", review=[issue])]
    if (_EXCLUSION.search(text) or _DUAL.search(text)) and (_NOT_ELIGIBLE.search(text) or _EXCEPT.search(text)):
        exclusion = _EXCLUSION.search(text)
        conditioned = exclusion and _conditioned(text, exclusion.end(), "nationals", [country] if country else [])
        if conditioned:
            return [conditioned]
        if exclusion and not country:
            # 'the country of assignment (Kyrgyzstan)': the place named where the notice names it.
            named_here = re.match(r"\s*\((?P<c>[^()]+)\)", text[exclusion.end() :])
            country = country_code(named_here.group("c").strip()) if named_here else None
        if not country:
            # Kept, not dropped: a person names the country (or the posting's duty station) before relying on it.
            issue = "the duty station's country is not named in the posting: set `excluded` (and `country`)"
            return [Draft("requirement", text, True, id="not-duty-station-national", review=[issue])]
        note = ["Dual nationals are excluded too: " + text] if _DUAL.search(text) else []
        found.append(Draft(KIND, text, True, {"excluded": [country]}, id="not-duty-station-national", notes=note))
        clause = _RESIDENCE_CLAUSE.search(text)
        if (exclusion and re.search(r"residents?", exclusion.group(), re.I)) or clause:
            # '…, nor hold residence in the Democratic Republic of the Congo': the place the clause names, where
            # it names one the data knows.
            where = (_codes(clause.group("where")) if clause and clause.group("where") else []) or [country]
            found.append(Draft("residence", text, True, {"excluded": where}, id="not-duty-station-resident"))
        return found
    members = _members(text, reading.posting.organisation)
    if members is not None:
        return members
    only = _ONLY.search(text)
    if only and not _PARTICIPATING.search(text):
        named_at = next(g for g in ("where", "where2", "where3", "where4", "where5", "where6") if only.group(g))
        codes, unread = _country_list(text[only.start(named_at) :], country_code)
        run = _LIST.match(text, only.start(named_at))
        if codes and run and _MORE_UNNAMED.match(text, run.end()):
            # 'Open to nationals of Georgia or of a neighbouring country': more nationals than the list names,
            # never shut out; a person sets them.
            issue = f"'{clip(text)}' names more nationals than the countries before it: a person sets `only`"
            return [Draft("requirement", text, True, id="nationals-only", review=[issue])]
        if not codes:
            bracketed, inside = _members_in_brackets(text[only.end(named_at) :])
            codes, unread = (bracketed, inside) if bracketed else (codes, unread)
        if codes or any(spelt_like(u) for u in unread):
            return [_lives_there(text, _only(text, codes, only.group(0), unread))]
        # 'open to citizens of the Nordic countries (see below)': a restriction kept for a person, never dropped.
        issue = (
            f"open only to nationals of '{only.group(named_at)}', which names no country the data knows: a person "
            "sets `only`"
        )
        return [Draft("requirement", text, True, id="nationals-only", review=[issue])]
    host_only = _ONLY_HOST.search(text)
    if (host_only and re.search(r"\bonly\b|\bexclusively\b|\breserved\b", host_only.group(0), re.I)) or (
        _HOST_MAY_APPLY.search(text)
    ):
        if country:
            return [Draft(KIND, text, True, {"only": [country]}, id="nationals-only")]
        issue = (
            "open only to nationals of the host country, which the posting does not name: set `only` (and `country`)"
        )
        return [Draft("requirement", text, True, id="nationals-only", review=[issue])]
    held = _CITIZENSHIP.search(text)
    if held:
        who = held.group("who") or held.group("who2")
        country_named = held.group("where") or held.group("where2")
        codes, unread = _country_list(who, _nationals_code) if who else _country_list(country_named, country_code)
        if codes:
            return [_lives_there(text, _only(text, codes, held.group(0), unread))]
    holding = _ONLY_HOLDING.search(text)
    if holding and not _NOT_ELIGIBLE.search(text):
        who = holding.group("who")
        codes, unread = (
            _country_list(who, _nationals_code) if who else _country_list(holding.group("where"), country_code)
        )
        if codes:
            return [_lives_there(text, _only(text, codes, holding.group(0), unread))]
    demonym = _ONLY_DEMONYM.search(text)
    if demonym and (
        only is not None
        or re.search(r"\bonly\b|\bmay\s+apply|\bexclusively|\breserved", text, re.I)
        or _OPEN_TO_ITEM.match(text[: demonym.start("who")])
    ):
        codes, unread = _country_list(demonym.group("who"), _nationals_code)
        if codes and _MORE_NATIONALS.search(demonym.group("rest")):
            # 'Open to Swiss nationals and to nationals of Austria': more nationals than the list names, never
            # shut out; a person sets them.
            issue = f"'{clip(text)}' names more nationals than the adjectives before it: a person sets `only`"
            return [Draft("requirement", text, True, id="nationals-only", review=[issue])]
        if codes:
            return [_only(text, codes, demonym.group(0), unread)]
    if _PARTNERS_BARRED.search(text) and _NOT_ELIGIBLE.search(text):
        # 'Nationals of the Partners for Co-operation are not eligible for this position': open to the participating
        # States' nationals alone, as 'open only amongst nationals of participating States' is.
        return [Draft(KIND, text, True, {"participating_states_only": True}, id="participating-states")]
    with_partners = _WITH_PARTNERS.search(text)
    if with_partners and not re.search(r"\bnot\b|\bexcept\b|\bexcluding\b", text, re.I):
        if _PARTNER_GRADES.search(text, with_partners.end()):
            # '… and Partners for Co-operation (S1 and S2 posts only)': the organisation's own rule, or a narrower
            # one; a person says which grades the Partners may apply at.
            issue = (
                "open to the Partners for Co-operation at some grades or contracts only: a person sets "
                "`partners_at_grades` (or `open_to_partners: true` where they may apply to this post)"
            )
            return [
                Draft(KIND, text, True, {"participating_states_only": True}, id="participating-states", review=[issue])
            ]
        params = {"participating_states_only": True, "open_to_partners": True}
        return [Draft(KIND, text, True, params, id="participating-states", notes=[_partners_note()])]
    if _PARTICIPATING.search(text) and not re.search(r"\bnot\b|partners?", text, re.I):
        return [Draft(KIND, text, True, {"participating_states_only": True}, id="participating-states")]
    return []


# 'nationals of candidate countries may also apply', 'exceptionally, nationals of accession countries may be
# considered', 'Contributing Third States upon invitation', 'third-state nationals are also invited': more nationals
# admitted than a list before names.
_WIDENS = lazy_pattern(
    r"\b(?:may|can|will|shall)\s+also\s+(?:apply|second|be\s+(?:considered|accepted|eligible|admitted|invited|"
    r"appointed|recruited|seconded|nominated|offered))\b"
    r"|\b(?:are|is)\s+also\s+(?:eligible|invited|welcome[d]?|accepted|admitted|considered)\b"
    r"|\bexceptionally\b[^.;]{0,80}?\b(?:may|can)\b"
    r"|\b(?:upon|on|by)\s+(?:(?:special|express)\s+)?invitation\b"
    r"|\b(?:where|if|when|once)\s+(?:(?:expressly|specifically|explicitly|formally)\s+)?invited\b"
    r"|\bmay\s+(?:also\s+)?be\s+offered\s+to\b"
    # 'Nationals of Norway may apply as well', '… are eligible too', '… are welcome to apply as well', '… are equally
    # welcome': the same admission, however it is worded.
    r"|\b(?:may|can|shall)\s+(?:equally\s+)?(?:apply|be\s+(?:considered|accepted|admitted|nominated|seconded))"
    r"\s+(?:as\s+well|too)\b"
    r"|\b(?:are|is)\s+(?:equally\s+)?(?:eligible|welcome[d]?|admitted)\s+(?:to\s+apply\s+)?(?:as\s+well|too)\b"
    r"|\b(?:are|is)\s+equally\s+(?:eligible|welcome[d]?|admitted|invited)\b|\b(?:may|can)\s+equally\s+apply\b",
    re.I,
)
_WELCOME_TO_APPLY = lazy_pattern(
    r"\b(?:are|is)\s+(?:(?:most|very|warmly|particularly|strongly)\s+)?(?:welcome[d]?|encouraged|invited)\s+to\s+apply\b",
    re.I,
)
_NATIONALS_OR_STATES = lazy_pattern(r"\b(?:nationals?|citizens?|states?|countries)\b", re.I)


def _widening(sentence, reading) -> list:
    """A sentence that admits more nationals than the list read before it ('Nationals of EU Member States only;
    nationals of Norway may also apply'): the countries it names join that list; where it names nationals the data
    cannot list ('nationals of candidate countries', 'contributing third states'), the list goes to a person, never
    refusing those it admits. Nothing where no list comes before it."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    if not (_WIDENS.search(text) and _NATIONALS_OR_STATES.search(text)) or _NOT_ELIGIBLE.search(text):
        return []
    target = next((d for d in reversed(reading.before) if d.kind == KIND and d.params.get("only")), None)
    if target is None:
        return []
    codes, unknown = _admitted(text)
    issue = (
        f"'{clip(text.strip())}' admits nationals besides the list before it"
        + (f" ({unknown}, which the data does not list)" if unknown else "")
        + ": a person sets `only` to every country whose nationals may apply, and judges the others"
    )
    draft = Draft("requirement", text, True, id="nationals-also", review=[issue])
    said = f"Also open to nationals of {', '.join(codes)}: '{clip(text.strip(), 120)}'"
    target_key = target.key()

    def widen(drafts: list) -> None:
        lists = [d for d in drafts if d is target] or [d for d in drafts if d.kind == KIND and d.key() == target_key]
        if not lists:
            return  # the placeholder stays: a person reads it
        for d in lists:
            if unknown:
                d.kind, d.params = "requirement", {}
                d.review.append(issue)
            else:
                d.params["only"] = list(dict.fromkeys([*d.params["only"], *codes]))
                d.notes.append(said)
            if text not in d.source:
                d.source += (" " if d.source.rstrip().endswith((".", ";", ":")) else "; ") + text
        drafts[:] = [d for d in drafts if d is not draft]

    reading.amend(widen)
    return [draft]


def _partners_note() -> str:
    """What a rule opened to the Partners for Co-operation admits: their names, from the organisation's data."""
    from eligibility.organisation import osce

    listed = ", ".join(sorted(osce().partners))
    return (
        "Open to nationals of the participating States and of the Partners for Co-operation "
        f"({listed}; eligibility/data/osce.yaml), whatever the post's grade, as the posting says."
    )


def _partners_also(sentence, reading) -> list:
    """'Nationals of the Partners for Co-operation may apply as well', '… may also apply': the Partners admitted
    beside the participating States, at any grade, as 'open to nationals of participating States and Partners for
    Co-operation' reads; a rule of the notice that names the participating States alone is widened to them, wherever
    it stands. Restricted to some grades or contracts, a person says which. Nothing where the Partners are not the
    sentence's subject, or are barred. The Partners 'welcome to apply' or 'encouraged to apply' are admitted the same:
    a notice that names them as its subject invites no one it shuts out."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    admits = _WIDENS.search(text) or _WELCOME_TO_APPLY.search(text)
    if not (_PARTNERS_BARRED.search(text) and admits) or _NOT_ELIGIBLE.search(text):
        return []
    if re.search(r"\bnot\b|\bexcept\b|\bexcluding\b", text, re.I):
        return []
    if _PARTNER_GRADES.search(text):
        issue = (
            "open to the Partners for Co-operation at some grades or contracts only: a person sets "
            "`partners_at_grades` (or `open_to_partners: true` where they may apply to this post)"
        )
        return [Draft(KIND, text, True, {"participating_states_only": True}, id="participating-states", review=[issue])]
    params = {"participating_states_only": True, "open_to_partners": True}
    draft = Draft(KIND, text, True, params, id="participating-states", notes=[_partners_note()])

    def widen(drafts: list) -> None:
        # The participating States' rule said elsewhere in the notice, the Partners left out: the same rule, widened.
        plain = [
            d
            for d in drafts
            if d is not draft
            and d.kind == KIND
            and d.params.get("participating_states_only")
            and not d.params.get("open_to_partners")
            and not d.params.get("only")
            and not d.params.get("partners_at_grades")
            and not d.review
        ]
        for d in plain:
            if d.source not in draft.source:
                draft.source = d.source + (" " if d.source.rstrip().endswith((".", ";", ":")) else "; ") + draft.source
            draft.notes += [n for n in d.notes if n not in draft.notes]
        drafts[:] = [d for d in drafts if not any(d is p for p in plain)]

    reading.amend(widen)
    return [draft]


def _admitted(text: str) -> tuple[list[str], str]:
    """The countries a sentence admits (a grouping's members, countries named, their nationals' adjectives), and what
    it admits that names no country the data knows ('' where it names none)."""
    from eligibility.memberships import groupings

    named = [g for g in groupings() if g.pattern.search(text)]
    codes = [c for g in named for c in g.members]
    other = _other_countries(text, named)
    if other:
        return codes, other
    unread: list[str] = []
    for at in re.finditer(r"(?i:nationals?|citizens?)\s+of\s+(?:the\s+)?(?=[A-Z])", text):
        got, more = _country_list(text[at.end() :], country_code)
        codes, unread = codes + got, unread + more
    demonyms = _DEMONYM_EXCLUSION.search(text)
    if demonyms:
        got, more = _country_list(demonyms.group("who"), demonym_code)
        codes, unread = codes + got, unread + (more if not named else [])
    if unread:
        return codes, ", ".join(repr(u) for u in unread)
    return list(dict.fromkeys(codes)), "" if codes else "no country named"


# 'Open to nationals of OSCE participating States and Partners for Co-operation', '… participating States or of the
# OSCE Partners for Co-operation': the Partners named beside the participating States as those who may apply.
_WITH_PARTNERS = lazy_pattern(
    _PARTICIPATING.pattern
    + r"\s*,?\s*(?:and|or|and/or|as\s+well\s+as|plus)\s+(?:(?:of|from)\s+)?(?:the\s+)?(?:(?:OSCE|its|Asian|"
    r"Mediterranean)\s+(?:and\s+Mediterranean\s+)?)?(?:nationals\s+of\s+(?:the\s+)?)?(?:OSCE\s+)?Partners?\s+for\s+"
    r"Co-?operation\b",
    re.I,
)
_PARTNERS_BARRED = lazy_pattern(
    r"^\W*(?:(?:candidates|applicants|nationals|citizens)\s+(?:of|from)\s+)?(?:the\s+)?(?:OSCE\s+)?(?:(?:Asian|"
    r"Mediterranean)\s+(?:and\s+Mediterranean\s+)?)?Partners?\s+for\s+Co-?operation\b",
    re.I,
)
# What restricts the Partners to some posts after they are named: a grade, a secondment.
_PARTNER_GRADES = lazy_pattern(r"\b(?:S\s*-?\s*[1-4]|grades?|levels?|seconded|secondment|contracted)\b", re.I)


# 'Eligible nationalities', 'Nationality', 'Citizenship required', 'Eligible countries': a label or heading that says
# whose nationals may apply ('Countries' alone may be where the work is).
_OPEN_TO_ALL = lazy_pattern(
    r"\W*(?:(?:(?:eligible|required|accepted)\s+)?(?:nationality|nationalities|citizenships?)\s*:\s*"
    r"(?:any(?:\s+(?:nationality|nationalities|country))?|all(?:\s+nationalities)?|open\s+to\s+all(?:\s+nationalities)?|"
    r"no\s+restrictions?|not\s+restricted|unrestricted|none)"
    r"|(?:this\s+(?:post|position|vacancy)\s+is\s+)?open\s+to\s+(?:candidates\s+of\s+)?all\s+nationalities)\W*",
    re.I,
)


def open_to_all(text: str) -> bool:
    """'Nationality: any', 'Nationality: open to all nationalities', 'Open to all nationalities.': whose nationals may
    apply, said to be anyone's: no nationality rule (never a requirement a person must settle)."""
    return bool(_OPEN_TO_ALL.fullmatch(text))


_WHOSE_LABEL = lazy_pattern(
    r"(?:(?:eligible|required|accepted|admissible)\s+)?(?:nationality|nationalities|citizenships?)"
    r"(?:\s+(?:required|requirements?|eligible|accepted))?"
    r"|(?:eligible|participating)\s+countries(?:\s+of\s+(?:nationality|citizenship))?",
    re.I,
)


def _listed(words: str) -> list[str]:
    """The countries a text is wholly a list of, by their names or their nationals' adjectives ('Austria, Germany',
    'Austrian or German', 'Austria and Germany only'); none when any word of it names no country."""
    words = re.sub(r"(?i:\s+only)?\s*[.;]?\s*$", "", words.strip())
    for code_of in (country_code, demonym_code):
        run = _LIST.fullmatch(words)
        codes, unread = _country_list(words, code_of) if run else ([], [])
        if codes and not unread:
            return codes
    return []


# A heading that says who may apply ('This job is broadly open to the following groups:').
_OPEN_HEADING = lazy_pattern(r"\bopen\s+(?:only\s+)?to\b|\bwho\s+(?:may|can)\s+apply\b", re.I)
# What names whose nationals may apply: nationals, a grouping's words, or a name in capitals past the first word.
_NAMES_WHOM = lazy_pattern(
    r"\b(?i:nationals?|citizens?|countries|country|states?|members?|union|area|nationalit\w*|citizenship|residents?)\b"
    r"|(?<=\s)[A-Z][a-z]"
)
_NATIONALS_FIRST = lazy_pattern(r"(?:[\w.]+\s+){0,3}?(?i:nationals|citizens)\b")
_NATIONALS_ITEM = lazy_pattern(
    r"\W*(?:(?P<who>" + _DEMONYM + r"(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)" + _DEMONYM + r")*)"
    r"\s+(?i:nationals|citizens)|(?i:nationals|citizens)\s+of\s+(?P<where>[^.;]+?))\s*[.;]?\s*"
)


def _nationals_item(words: str) -> list[str]:
    """The countries an item that is wholly nationals names ('UK nationals', 'nationals of Ireland'); none when any
    name in it names no country."""
    item = _NATIONALS_ITEM.fullmatch(words)
    if item is None:
        return []
    if item.group("who"):
        codes, unread = _country_list(item.group("who"), _nationals_code)
        return codes if not unread else []
    return _listed(item.group("where"))


def _grouping(sentence, words: str, reading) -> list:
    """'all OSCE participating States', 'EU Member States', 'the host country' after a label (or under a heading) that
    says whose nationals may apply: read as 'Open only to nationals of …' reads; nothing where the words say more
    than whose nationals they are."""
    if len(words.split()) > 8 or re.search(r"\b(?:is|are|must|may|can|not|no|eligible|apply|only)\b", words, re.I):
        return []
    grouped = re.sub(r"^(?i:all|any)\s+(?:(?i:of)\s+)?", "", words.strip(" .;"))
    # 'Estonian citizens and permanent residents of Estonia': the nationals named, not a place.
    whom = grouped if _NATIONALS_FIRST.match(grouped) else f"nationals of {grouped}"
    found = extract(replace(sentence, text=f"Open only to {whom}", heading=None), reading)
    for draft in found:
        draft.source = sentence.text
    return found


def _heading_item(sentence, codes: list[str], reading):
    """One country of a list under a heading that says whose nationals may apply: the items of the same heading are
    one criterion open to all of them, never one criterion per country (which no one could meet together)."""
    from eligibility.compiler.draft import Draft

    draft = Draft(KIND, sentence.text, True, {"only": list(codes)}, id="nationals-only", heading=sentence.heading)

    def gather(drafts: list) -> None:
        listed = [
            d
            for d in drafts
            if d.kind == KIND and d.heading == draft.heading and d.params.get("only") and d.id == "nationals-only"
        ]
        if not any(d is draft for d in listed[1:]):
            return
        first = listed[0]
        first.params["only"] = list(dict.fromkeys([*first.params["only"], *draft.params["only"]]))
        first.source = f"{first.source}; {draft.source}"
        del drafts[next(i for i, d in enumerate(drafts) if d is draft)]

    reading.amend(gather)
    return draft


def _only(text: str, codes: list[str], said: str, unread: list[str]):
    """A post open only to some countries' nationals; where their permanent residents may apply too, the criterion
    holds the nationals and a person judges a resident who is not one. A name in the list that is no country the
    data knows is a review item: the criterion never holds fewer countries than the notice names unnoticed."""
    from eligibility.compiler.draft import Draft

    near, unread, review = _misspelt(unread)
    params: dict = {"only": list(dict.fromkeys([*codes, *near]))}
    if re.search(r"\bresidents?\b", said, re.I) or _RESIDENTS_ADMITTED.search(text):
        # 'Only nationals of / permanent residents of …', '… nationals of Poland, or foreign nationals residing in
        # Poland who hold a valid work and residence permit', 'an EU citizen or hold a valid work permit for Belgium':
        # its residents are admitted too, never shut out.
        params["residents_too"] = True
    if unread:
        review.append(
            f"the notice also names {', '.join(repr(u) for u in unread)}, which is no country the data knows: add "
            "its code to `only`"
        )
    return Draft(KIND, text, True, params, id="nationals-only", review=review)


def _misspelt(unread: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The countries names in a list that name none as written are one letter away from ('Lichtenstein'), the names
    still unread, and a review item for each name read so: a list never refuses those a slip of the pen left out."""
    codes, still, review = [], [], []
    for name in unread:
        code = spelt_like(name)
        if code:
            codes.append(code)
            review.append(f"read '{name}' in the list as {named(code)}, the country nearest it: a person confirms it")
        else:
            still.append(name)
    return codes, still, review


_NOT_BARRED = r"(?![^.;]{0,60}\b(?:not\s+eligible|cannot|may\s+not|excluded|not\s+be\s+considered)\b)"
"""Unless the words after it shut its holders out ('… with a work permit are not eligible')."""
_PERMIT_FIRST = rf"\b(?:{_PERMIT})\b{_NOT_BARRED}[^.;]{{0,40}}?\bor\s+(?:be\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:nationals?|citizens?|nationality)\b"
"""A permit named before the nationals it stands beside ('must hold a valid Swiss work permit or be nationals of a
member state of the European Union'): its holders admitted as they are when it follows them."""
_RESIDENTS_ADMITTED = lazy_pattern(
    r"\bor\b[^.;]{0,80}?\bresidence\s+in\b|"
    r"(?:/|\bor\b|\band\b)[^.;]{0,80}?\b(?:resid(?:ents?|ing|e)|(?:holders?\s+of\s+)?(?:a\s+)?(?:valid\s+)?"
    rf"(?:permanent\s+)?(?:{_PERMIT}))\b{_NOT_BARRED}|{_PERMIT_FIRST}",
    re.I,
)


# Countries named one after another: 'Denmark, Finland, Norway or Sweden', 'Denmark; Finland; Sweden', 'Bosnia and
# Herzegovina, Serbia and Montenegro'; each name a run of capitalised words ('Republic of Moldova', 'the Netherlands',
# 'Åland').
_LIST_NAME = r"(?:(?:[A-Z]\.){2,3}|(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-ZÀ-ÖØ-Þ][\w'\u2019-]*)*[*\u2020]?)"
"""A country's name or its initials ('U.S.'), a footnote's mark after it aside ('Kosovo*')."""
_LIST_SEP = r"\s*[,;/]\s*(?:(?:and/or|and|or)\s+)?(?:of\s+(?:the\s+)?)?|\s+(?:and/or|and|or)\s+(?:of\s+(?:the\s+)?)?"
"""',', 'and', 'or', and 'of' after them ('Georgia or of Armenia')."""
_LIST = lazy_pattern(rf"{_LIST_NAME}(?:(?:{_LIST_SEP}){_LIST_NAME})*")
# '… or of a neighbouring country', '… and any other Nordic country': one more item of the list, named by no name.
_MORE_UNNAMED = lazy_pattern(
    r"\s*,?\s*(?:and/or|and|or)\s+(?:of\s+|from\s+)?(?:the\s+)?"
    r"(?:an?|another|other|any|one|some|all|every|each|neighbou?ring|nearby|adjacent)\b",
    re.I,
)
# What ends a list of countries in mid-word: 'Denmark, Finland and Sweden only', '… Sweden may apply'.
_LIST_WORDS = lazy_pattern(r"\b(?:only|may|can|are|is|will|and|or)$", re.I)


# 'the Nordic countries (Denmark, Finland, Iceland, Norway and Sweden) and of the Faroe Islands and Greenland': a
# grouping's members in brackets after its name, and the places named after them.
_BRACKETED_MEMBERS = lazy_pattern(r"^\s*\((?P<inner>[^()]+)\)(?:\s*,?\s*(?:and|or)\s+(?:of\s+)?(?P<more>.*))?", re.S)


def _members_in_brackets(after: str) -> tuple[list[str], list[str]]:
    """The countries listed in brackets after a grouping's name the data does not know, and those named after the
    bracket; nothing where the bracket names no country or names something else as well."""
    bracket = _BRACKETED_MEMBERS.match(after)
    if bracket is None:
        return [], []
    codes, unread = _country_list(bracket.group("inner").strip(), country_code)
    if not codes or unread:
        return [], []
    if bracket.group("more"):
        more, more_unread = _country_list(bracket.group("more").strip(), country_code)
        codes, unread = list(dict.fromkeys(codes + more)), more_unread
    return codes, unread


def _country_list(text: str, code_of) -> tuple[list[str], list[str]]:
    """The countries named one after another at the start of `text` (by `code_of`: a country's name, or its
    nationals' adjective) and the names in the list that name none. Names joined by 'and' are read as one first
    ('Bosnia and Herzegovina', 'Trinidad and Tobago'), then apart."""
    run = _LIST.match(text)
    if run is None:
        return [], []
    parts = re.split(rf"({_LIST_SEP})", run.group(0))
    names, seps = parts[0::2], parts[1::2]
    codes: list[str] = []
    unread: list[str] = []
    i = 0
    while i < len(names):
        for j in range(len(names) - 1, i - 1, -1):
            whole = names[i]
            for k in range(i, j):
                whole += seps[k] + names[k + 1]
            code = code_of(whole.strip().rstrip("*\u2020"))
            if code:
                codes.append(code)
                i = j + 1
                break
        else:
            name = _LIST_WORDS.sub("", names[i]).strip()
            if name and not re.fullmatch(r"(?i:only|may|can|are|is|will)", name):
                unread.append(name)
            i += 1
    return list(dict.fromkeys(codes)), unread


def _codes(where: str) -> list[str]:
    """'Serbia and Montenegro' -> ['RS', 'ME']; 'Bosnia and Herzegovina' -> ['BA']: a whole name first, and in a list
    ('Bosnia and Herzegovina, Serbia or Montenegro') each name joined by 'and' read whole before apart."""
    whole = country_code(where.strip())
    if whole:
        return [whole]
    listed, _ = _country_list(where.strip(), country_code)
    split = [c for c in (country_code(w.strip()) for w in re.split(r",|\band\b|\bor\b", where)) if c]
    return list(dict.fromkeys(listed + split))


# 'a national of a Member State of the European Union', 'citizens of the member states of the Council of Europe',
# 'nationality of a NATO member country', 'EU nationals', 'open to nationals of EU Member States, Iceland,
# Liechtenstein and Norway': a grouping of countries the data knows (eligibility/data/memberships.yaml).
_NATIONAL = lazy_pattern(r"\b(?:nationals?\s+of|nationals|nationality|citizens?|citizenship|passports?)\b", re.I)
# 'Experience of work with the national authorities of EU Member States': a skill, not who may apply.
_SKILL = lazy_pattern(
    r"\b(?:experience|knowledge|skills?|familiarity|understanding|expertise|working\s+with|services?\s+to)\b", re.I
)
_MEMBER = lazy_pattern(r"\b(?:members?|shareholders?)(?:\s+(?:states?|countries|country|nations?))?\b", re.I)
_MEMBER_OF = lazy_pattern(
    r"\bmember\s+(?:states?|countries|country|nations?)\s+of\s+(?:the\s+)?"
    r"(?P<of>[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?[A-Z][\w-]*)*)",
    re.I,
)
# 'nationals of an INTERPOL member country', 'OPCW Member States': the grouping named before the word 'member'.
# The whole name, every capitalised word of it ('Nordic Council member states'), a determiner before it aside.
_MEMBER_BEFORE = lazy_pattern(
    r"\b(?P<of>(?!(?-i:All|Any|The|Each|Every|Only|Of|From|An?|One|Its|Their|Our)\b)(?-i:[A-Z][A-Za-z-]+)"
    r"(?:\s+(?-i:[A-Z][A-Za-z-]+))*)\s+member\s+(?:states?|countries|country|nations?)\b",
    re.I,
)
# "the Bank's member countries", 'its member States', "the Bank's shareholder countries", 'one of its shareholders':
# the members of the organisation the notice is from. `part`: only some of them ('its regional member countries').
_MEMBER_OWN = lazy_pattern(
    r"\b(?:the\s+)?(?:(?-i:[A-Z])[A-Za-z-]+['\u2019]s|its|our|their)\s+(?:\d+\s+)?"
    r"(?P<part>(?:regional|non-regional|borrowing|founding|eligible)\s+)?"
    r"(?:(?:member|shareholder|shareholding)\s+(?:states?|countries|country|nations?)\b|shareholders\b)",
    re.I,
)
_BUT = lazy_pattern(r"\b(?:except(?:\s+for)?|excluding|other\s+than|with\s+the\s+exception|apart\s+from)\b", re.I)
_PLACE_RUN = lazy_pattern(r"[A-Z][\w'-]*[a-z][\w'-]*(?:(?:\s+of\s+(?:the\s+)?|\s+and\s+|\s+)[A-Z][\w'-]*[a-z][\w'-]*)*")


# 'the Council of Europe Development Bank', 'the EU Agency for Fundamental Rights': a grouping's name at the start of
# a longer name, another body whose members are not the grouping's ('EU Member States', 'NATO Allies' are its own).
_LONGER_NAME = lazy_pattern(
    r"\s+(?!(?:Members?|States?|Countries|Country|Nations?|Nationals?|Citizens?|Citizenship|Nationality|Passports?|"
    r"Allies|Only)\b)(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][a-z]"
)


def _names(g, text: str, at_start: bool = False) -> bool:
    """Whether `text` names the grouping itself (at its start, with `at_start`), not a body whose longer name begins
    with the grouping's ('Council of Europe Development Bank')."""
    found = [g.pattern.match(text)] if at_start else list(g.pattern.finditer(text))
    return any(m is not None and not _LONGER_NAME.match(text, m.end()) for m in found)


def _members(text: str, organisation: str | None) -> list | None:
    """A nationality rule over a grouping's members and the countries the sentence adds to them; a review item
    where the sentence names a grouping the data does not know or makes exceptions; None when it names none."""
    from eligibility.compiler.draft import Draft
    from eligibility.memberships import grouping, groupings

    if not _NATIONAL.search(text) or _NOT_ELIGIBLE.search(text) or _PARTICIPATING.search(text) or _SKILL.search(text):
        return None
    named = [g for g in groupings() if _names(g, text)]
    unknown = [
        m.group("of")
        for m in (*_MEMBER_OF.finditer(text), *_MEMBER_BEFORE.finditer(text))
        if not any(_names(g, m.group("of"), at_start=True) for g in groupings())
        # 'one of the Council of Europe member states': a grouping's name that ends where 'member' begins
        and not any(n.end() == m.end("of") for g in groupings() for n in g.pattern.finditer(text, 0, m.end("of")))
    ]
    own = grouping(organisation)
    possessive = _MEMBER_OWN.search(text)
    if not named and not unknown and possessive:
        # "citizens of the Bank's member countries": the members of the organisation whose notice it is; some of them
        # ("its regional member countries") are a list the data does not hold.
        if own is not None and not possessive.group("part"):
            named = [own]
        else:
            unknown = [possessive.group(0).strip()]
    if not named and unknown and _MEMBER.search(text):
        # 'nationals of an INTERPOL member country': a grouping whose members the data does not list.
        issue = (
            f"'{unknown[0]}' is not a grouping the data knows: set `only` to the countries whose nationals may apply"
        )
        return [Draft("requirement", text, True, id="nationals-of-members", review=[issue])]
    if not named and not unknown and own and _MEMBER.search(text):
        named = [own]  # 'a national of one of the Member States', in the notice of the EU
    if not named or (not _MEMBER.search(text) and not _adjacent(text, named)):
        return None
    others = _other_countries(text, named)
    if unknown or others or _BUT.search(text):
        what = (
            f"'{unknown[0]}' is not a grouping the data knows"
            if unknown
            else f"it names {others}, which the data does not list"
            if others
            else "the sentence makes exceptions"
        )
        issue = f"{what}: set `only` to the countries whose nationals may apply"
        return [Draft("requirement", text, True, id="nationals-of-members", review=[issue])]
    rest = text
    for g in named:
        rest = g.pattern.sub(" ", rest)
    extra = [c for run in _PLACE_RUN.findall(rest) for c in _codes(run)]
    # 'Member States of the EU, Iceland, Lichtenstein or Norway': a name in the list that names no country as written.
    near, unread, review = _misspelt(
        [
            name
            for m in _PLACE_RUN.finditer(rest)
            if re.search(r"(?:[,;]|\bor|\band)\s*$", rest[: m.start()])
            and re.match(r"\s*(?:[,;.)]|\bor\b|\band\b|$)", rest[m.end() :])
            for name in _country_list(m.group(0), country_code)[1]
        ]
    )
    extra += near
    review += [
        f"the notice also names '{name}', which is no country the data knows: add its code to `only`" for name in unread
    ]
    codes = list(dict.fromkeys([c for g in named for c in g.members] + extra))
    added = [c for c in extra if not any(c in g.members for g in named)]
    note = "Open to nationals of the " + " and of the ".join(f"{g.name} (as of {g.as_of}; {g.source})" for g in named)
    if added:
        note += ", and of " + ", ".join(added)
    living = _LIVING_IN.search(text)
    if living:
        # 'Irish citizens or EU/EEA citizens resident in Ireland for at least three years': who of the members may
        # apply depends on where they live, which no criterion checks; the members stay (never fewer than the notice
        # admits) and a person checks the residence.
        review.append(
            f"'{living.group(0).strip()}' limits by where they live who of them may apply, which no criterion "
            "checks; a person must confirm a candidate's residence"
        )
    params: dict = {"only": codes}
    if _PERMIT_ADMITTED.search(text):
        # 'an EU citizen or hold a valid work permit for Belgium': its residents are admitted too, never shut out.
        params["residents_too"] = True
    return [Draft(KIND, text, True, params, id="nationals-of-members", notes=[note + "."], review=review)]


_PERMIT_ADMITTED = lazy_pattern(rf"(?:/|\bor\b)[^.;]{{0,80}}?\b(?:{_PERMIT})\b{_NOT_BARRED}|{_PERMIT_FIRST}", re.I)
"""A permit admitted beside a grouping's nationals ('an EU citizen or hold a valid work permit for Belgium'); members
resident somewhere ('EU citizens resident in Ireland') are a condition on the members, not residents admitted."""


_LIVING_IN = lazy_pattern(
    r"\b(?:(?:permanently\s+)?(?:resident|residing|living|based|domiciled)|who\s+(?:reside|live)|with\s+(?:legal\s+|"
    r"permanent\s+)?residence)\s+in\s+(?:the\s+)?[A-Z][^.;,]*",
)
"""'EU citizens resident in Ireland for at least three years': a condition of residence on the members named."""


_COUNTRIES_WORD = r"(?:member\s+)?(?:states?|countries|country|nations?)"


def _other_countries(text: str, named) -> str:
    """Countries the sentence names besides the groupings' members and single countries ('EU candidate countries',
    'Schengen States'), which no list here holds; '' when there are none."""
    rest = text
    for g in named:
        rest = g.pattern.sub(" \u00a7 ", rest)
    rest = re.sub(rf"{_COUNTRIES_WORD}\s+(?:of\s+)?(?:the\s+)?\u00a7|\u00a7\s*{_COUNTRIES_WORD}", " ", rest, flags=re.I)
    rest = re.sub(
        r"\b(?:(?:one|any|each)\s+of\s+)?(?:the\s+)?(?:\d+\s+)?member\s+(?:states?|countries|country|nations?)\b",
        " ",
        rest,
        flags=re.I,
    )
    for other in re.finditer(
        r"(?:\b[\w-]+\s+){0,2}\b(?:countr(?:y|ies)|states?|nations?|territor(?:y|ies))\b", rest, re.I
    ):
        listed = re.match(r"\s*\((?P<names>[^()]+)\)", rest[other.end() :])
        names = [n for n in re.split(r",|\band\b|\bor\b", listed.group("names")) if n.strip()] if listed else []
        if names and all(country_code(n.strip()) for n in names):
            continue  # 'a contributing third State (Norway, Switzerland, Canada)': the countries it names
        return f"'{other.group(0).strip()}'"
    return ""


def _adjacent(text: str, named) -> bool:
    """'EU nationals', 'EU citizenship', 'citizens of the European Union', 'NATO nations': the grouping's own
    nationals without the word 'member'."""
    for g in named:
        for m in g.pattern.finditer(text):
            after, before = text[m.end() : m.end() + 30], text[max(0, m.start() - 30) : m.start()]
            # 'a valid EU passport': a passport of the grouping is its members' nationals' alone.
            if re.match(
                r"\s*(?:nationals?|citizens?|citizenship|nationality|nations|countries|states|passports?)\b",
                after,
                re.I,
            ):
                return True
            if re.search(r"\b(?:nationals?|citizens?|nationality)\s+of\s+(?:the\s+|an?\s+)?$", before, re.I):
                return True
    return False
