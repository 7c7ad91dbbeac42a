"""`age`: an age limit, a maximum and/or a minimum age on a stated date or at the closing date.

Some programmes cap the age at appointment: a junior programme open to those
'under 32', contracted staff appointed up to 63. The profile gives a date of
birth (`born`), as a day, a month or a year. A year alone leaves the answer
open where the birthday decides it: the check says so (unknown) and never
guesses. Ages are counted in completed years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from eligibility.checks.params import Param, Value, keys, read_params
from eligibility.declared import DAY
from eligibility.fields import Node
from eligibility.outcome import Outcome, Status
from eligibility.periods import days_in_month, human_date
from eligibility.phrases import NUMBER_WORDS, TENS, UNITS, clip, lazy_pattern

KIND = "age"


def _age(node: Node) -> int | None:
    number = node.number(low=0, high=120)
    if number is None:
        return None
    if not number.is_integer():
        node.error(f"{node.value} is not a whole number of years", "ages are counted in completed years")
        return None
    return int(number)


AGE = Value(_age, {"type": "integer", "minimum": 0, "maximum": 120}, "whole years, 0–120")
PARAMS = (
    Param("max_age", AGE, "at most this age, in completed years ('under 32' is 31)"),
    Param("min_age", AGE, "at least this age, in completed years"),
    Param("on_date", DAY, "the day the age is taken on; default: the assessment date (the closing date)"),
)
KEYS = keys(PARAMS)
DECIDES = True
"""Mandatory criteria of this kind decide the verdict."""
MARGIN = False
"""Within the limit or not, nothing in between: no margin in the score."""
FINAL = True
"""Its failure is the answer: no qualification can change it, so screening rows list it first."""
ASKS: tuple[str, ...] = ("born",)
"""What the guided self-check asks for a posting with this kind (profile keys; `management`: whether jobs managed people)."""


@dataclass(frozen=True)
class Params:
    max_age: int | None = None
    min_age: int | None = None
    on_date: date | None = None


def read(node: Node) -> Params:
    params = Params(**read_params(node, PARAMS))
    if params.max_age is None and params.min_age is None and not node.has("max_age") and not node.has("min_age"):
        node.error("an age limit needs max_age, min_age or both", "'under 32' is max_age: 31")
    elif params.max_age is not None and params.min_age is not None and params.min_age > params.max_age:
        node.child("min_age").error(f"min_age {params.min_age} is above max_age {params.max_age}")
    return params


def _completed_years(born: date, on: date) -> int:
    """Age in completed years on `on`; born on 29 February, the birthday is 1 March in other years."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _birth_range(born) -> tuple[date, date]:
    """The earliest and the latest day of birth the profile allows."""
    if born.month is None:
        return date(born.year, 1, 1), date(born.year, 12, 31)
    if born.day is None:
        return date(born.year, born.month, 1), date(born.year, born.month, days_in_month(born.year, born.month))
    day = date(born.year, born.month, born.day)
    return day, day


def _within(params: Params, age: int) -> bool:
    return (params.min_age is None or age >= params.min_age) and (params.max_age is None or age <= params.max_age)


def _limit(params: Params) -> str:
    if params.min_age is not None and params.max_age is not None:
        return f"aged {params.min_age} to {params.max_age}"
    if params.max_age is not None:
        return f"aged at most {params.max_age} (under {params.max_age + 1})"
    return f"aged at least {params.min_age}"


def check(criterion, ctx) -> Outcome:
    params: Params = criterion.params
    on = params.on_date or ctx.as_of
    closes = ctx.ruleset.posting.closes if ctx.ruleset is not None and ctx.ruleset.posting is not None else None
    if params.on_date is None and closes is not None and closes != on:
        # Taken on the assessment date asked for: the posting's own date is the closing date, and it is named.
        limit = (
            f"the post asks for candidates {_limit(params)} at the closing date ({human_date(closes)}); "
            f"checked here on the assessment date, {human_date(on)}"
        )
    else:
        limit = f"the post asks for candidates {_limit(params)} on {human_date(on)}"
    born = ctx.profile.born
    if born is None:
        return Outcome(
            Status.UNKNOWN,
            f"The profile does not give a date of birth; {limit}.",
            advice=("give your date of birth (a year, a month or a day)",),
        )
    earliest, latest = _birth_range(born)
    if earliest > on:  # assessed as of a date before the birth (`--as-of` far back): no candidate then
        return Outcome(
            Status.FAIL,
            f"Born in {born}: not yet born on {human_date(on)}; {limit}.",
            facts={"on": on.isoformat()}
            | {
                key: value
                for key, value in (("min_age", params.min_age), ("max_age", params.max_age))
                if value is not None
            },
            advice=(f"none that qualifications can close: {limit}",),
        )
    oldest, youngest = _completed_years(earliest, on), _completed_years(latest, on)
    facts = {"age": youngest if youngest == oldest else [youngest, oldest], "on": on.isoformat()}
    facts |= {
        key: value for key, value in (("min_age", params.min_age), ("max_age", params.max_age)) if value is not None
    }
    age = oldest if oldest == youngest else f"{youngest} or {oldest}"
    if _within(params, oldest) and _within(params, youngest):
        return Outcome(Status.PASS, f"Aged {age} on {human_date(on)}; {limit}.", facts=facts)
    if not _within(params, oldest) and not _within(params, youngest):
        return Outcome(
            Status.FAIL,
            f"Aged {age} on {human_date(on)}; {limit}.",
            facts=facts,
            advice=(f"none that qualifications can close: {limit}",),
        )
    return Outcome(
        Status.UNKNOWN,
        f"Born in {born}: aged {youngest} or {oldest} on {human_date(on)}, depending on the birthday; {limit}.",
        facts=facts,
        advice=("give your full date of birth: the birthday decides this age limit",),
    )


def describe(params: Params) -> str:
    return _limit(params) + (f" on {human_date(params.on_date)}" if params.on_date else " at the closing date")


def brief(facts: dict) -> str:
    """In screening rows: the age (or the two it may be) and the limit, as '33/≤31', '20/21-35' or '67-68/≤63'."""
    low, high = facts.get("min_age"), facts.get("max_age")
    limit = f"{low}-{high}" if low is not None and high is not None else f"≤{high}" if high is not None else f"≥{low}"
    age = facts.get("age", "not born")  # none: assessed as of a date before the birth
    return f"{age[0]}-{age[1]}/{limit}" if isinstance(age, list) else f"{age}/{limit}"


# --- how the compiler reads and writes it ----------------------------------------------------------------

READS = "condition"
"""Read wherever it stands, closing notes included: when a sentence states an age limit, that is all it states."""
READS_AFTER = ("nationality",)
"""A sentence that says whose nationals may apply is the nationality kind's, whatever else it names ..."""
READS_WITH = ("nationality",)
"""... but an age limit said of those nationals ('Nationals of participating States who were born on or after
1 January 1996') is read there too: both conditions hold."""
_TENS = "|".join(TENS)
_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if len(w) > 2), key=len, reverse=True))


def _number(name: str) -> str:
    """An age as written, in the group `name`: '32', 'thirty-two', 'eighteen'."""
    return rf"(?P<{name}>\d{{1,3}}|(?:{_TENS})(?:[- ](?:{'|'.join(UNITS)}))?\b|(?:{_WORDS})\b)"


_N = _number("n")
# 'You may apply up to 3 times', 'at least 2 referees': a figure that counts something else is no age, whatever
# words of age the sentence holds besides ('… as long as you meet the age criterion').
_COUNTED = (
    r"(?!\s+(?:more\s+|other\s+|further\s+|additional\s+|separate\s+)?(?:times?|occasions?|attempts?|rounds?|"
    r"applications?|submissions?|pages?|words?|characters?|months?|weeks?|days?|hours?|referees?|references?|"
    r"positions?|posts?|vacancies|calls?|candidates?|persons?|people|languages?|countries|documents?|files?)\b)"
)
_OF_AGE = r"(?:\s*\(\d{1,3}\))?(?:\s+years?(?:\s+of\s+age|\s+old)?)?" + _COUNTED
_AT_MOST = lazy_pattern(
    # 'not younger than 25' is a minimum (`_AT_LEAST`), never 'younger than 25'.
    rf"\b(?:(?<!\bnot\s)(?<!\bno\s)(?<!\bnot\sbe\s)(?P<under>under|below|younger\s+than|less\s+than)(?:\s+the\s+age\s+of)?"
    rf"|(?:not|no)\s+(?:be\s+)?older\s+than"
    rf"|up\s+to(?:\s+the\s+age\s+of)?"
    rf"|(?P<reached>(?:not|never)\s+(?:have\s+)?(?:yet\s+)?(?:reach(?:ed)?|attain(?:ed)?|turn(?:ed)?)(?:\s+the\s+age\s+of)?)"
    rf"|(?:maximum|max\.?|upper)\s+age(?:\s+limit)?(?:\s+(?:at|on|for)\s+[a-z ]{{1,40}}?)?(?:\s+(?:is|of))?\s*:?"
    # 'Age: maximum 64', 'Age (maximum): 64'
    rf"|age\s*(?:\(\s*(?:maximum|max\.?)\s*\)\s*:?|:\s*(?:maximum|max\.?)(?:\s+of)?)"
    rf"|(?<!\blower\s)(?<!\bminimum\s)age\s+limit(?:\s+(?:is|of))?\s*:?)\s+{_N}{_OF_AGE}",
    re.I,
)
_NOT_ABOVE = lazy_pattern(
    rf"\b(?:not|no)\s+(?:be\s+)?(?:more\s+than|over|above|exceed(?:ing)?)\s+"
    rf"(?:the\s+age\s+of\s+)?{_N}(?:\s+years?\s+(?:of\s+age|old))?",
    re.I,
)
"""'not more than 30 years old', 'no more than 30 years of age', 'must not exceed the age of 30': 30 at most. The
words of age are needed: 'not more than 5 years' alone is a length of experience."""
_AGE_SUBJECT = lazy_pattern(
    r"\b(?:the\s+)?(?:candidate'?s'?\s+|applicant'?s'?\s+)?age\s*:?\s+(?:(?:must|should|shall|may|will|is\s+to)\s+)?$",
    re.I,
)
"""'Age must not exceed 40 years', "The candidate's age should not be more than 35": the age is the sentence's subject,
so the figure the denial bounds is one (`_NOT_ABOVE`, where it is read up to where the denial starts)."""
_AT_LEAST = lazy_pattern(
    rf"\b(?:(?:aged\s+)?at\s+least|(?:minimum|min\.?|lower)\s+age(?:\s+limit)?(?:\s+(?:is|of))?\s*:?"
    rf"|age\s*(?:\(\s*(?:minimum|min\.?)\s*\)\s*:?|:\s*(?:minimum|min\.?)(?:\s+of)?)"
    rf"|not\s+(?:be\s+)?younger\s+than"
    # 'must have reached the age of 25' (never 'must not have reached', an age no candidate may reach)
    rf"|(?<!\bnot\s)(?<!\bnever\s)(?<!\byet\s)(?:have|has)\s+(?:reached|attained|turned)(?:\s+the\s+age\s+of)?)"
    rf"\s+{_N}{_OF_AGE}",
    re.I,
)
_BETWEEN = lazy_pattern(
    r"\b(?:(?:aged|between\s+the\s+ages\s+of|age[sd]?)(?:\s*:\s*|\s+)(?:between\s+|from\s+)?"
    rf"{_number('low')}\s*(?:and|to|-|–)\s*{_number('high')}(?:\s+years?(?:\s+of\s+age|\s+old)?)?"
    rf"|(?:between|from)\s+{_number('low2')}\s+(?:and|to)\s+{_number('high2')}\s+years?\s+(?:of\s+age|old))",
    re.I,
)
"""'aged between 21 and 35', 'Age: 27 - 80', 'between 21 and 30 years of age' (the words of age are needed there:
'between 2 and 5 years' alone is a length of experience)."""
_OR_BEYOND = lazy_pattern(
    rf"\b(?:aged\s+{_number('n')}(?:\s+years?(?:\s+of\s+age|\s+old)?)?"
    rf"|{_number('n2')}\s+years?\s+(?:old|of\s+age))"
    r"\s+or\s+(?:(?P<younger>younger|less|under|below)|older|more|over|above)\b"
    rf"|\b{_number('n3')}(?:\s+years?)?\s+(?:or|and)\s+(?:(?P<younger3>younger|under|below)|older|over|above)\b",
    re.I,
)
"""'aged 30 or under', '35 years old or younger', '18 years of age or older', '30 or younger': the figure itself is
within the limit. 'or more' and 'or less' need the words of age: '5 years or more' alone is experience."""
_BORN = lazy_pattern(
    r"\b(?:born|date\s+of\s+birth\s*:?)\s+(?:(?:(?P<after>on\s+or\s+after|after|not\s+before|(?:no|not)\s+earlier\s+than)"
    r"|(?P<before>on\s+or\s+before|before|not\s+after|(?:no|not)\s+later\s+than))\s+(?:the\s+)?"
    # 'January 1, 1965': a comma before the year is the date's own
    r"(?P<when>(?:[^,;()]|,(?=\s*\d{4}))*?\d{4})\b"
    # 'born on 1 March 1966 or later', 'Date of birth: 1 March 1966 or after': the side said after the day
    r"|(?:on\s+|in\s+)?(?P<when2>(?:[^,;().]|,(?=\s*\d{4}))*?\d{4})\s+or\s+(?:(?P<later>later|after)|earlier|before)\b)",
    re.I,
)
"""A cut-off date of birth: 'born on or after 1 January 1996', 'born before 2 March 2008', 'date of birth: not
earlier than 1 March 1966', 'born 1 March 1966 or later'. Only a whole day is read; a year alone ('born after 1990':
from 1990 or from 1991?) stays for a person."""
_SHUT_OUT = (
    r"(?:(?:can\s*not|may\s+not|will\s+not|shall\s+not|must\s+not)\s+(?:be\s+able\s+to\s+)?(?:be\s+)?"
    r"(?:selected|appointed|recruited|employed|engaged|accepted|considered|eligible|apply|take\s+part|participate)"
    r"|(?:are|is|will\s+be|shall\s+be)\s+(?:not\s+(?:be\s+)?(?:eligible|admissible|accepted|considered)|ineligible|"
    r"inadmissible|excluded)"
    r"|need\s+not\s+apply)\b"
)
"""The words that shut some candidates out ('cannot be selected', 'are not eligible', 'will not be considered'): the
limit a sentence saying so sets is the other side of what it names."""
_BORN_BARRED = lazy_pattern(r"[^.;]{0,40}?\b" + _SHUT_OUT, re.I)
"""What follows a cut-off date of birth when it names those shut out ('born before 1 March 1962 cannot be
selected', '… are not eligible'): the candidates allowed are born on the other side of the day."""
_NOT_BORN = lazy_pattern(r"\b(?:must|should|shall|may)\s+not\s+(?:have\s+been\s+|be\s+)?born\s*$", re.I)
"""'Candidates must not have been born before 1 March 1962': the words before 'born' deny the side named."""
_AGE_WORDS = lazy_pattern(
    r"\b(?:age[ds]?|years?\s+(?:of\s+age|old)|older|younger|born|date\s+of\s+birth|\d{1,3}\s*(?:st|nd|rd|th)\s+birthday)\b"
    # 'Must be under 65 at the closing date', 'should not be over 60': a person who must (not) be under or over a
    # figure is of an age.
    r"|\b(?:must|should|shall|to)\s+(?:not\s+)?be\s+(?:under|below|over|above)\s+\d{2}(?=\s*(?:$|[.,;(]|(?:years?\s+(?:of\s+age|old)|"
    r"(?:years?\s+)?(?:at|on|by|when|upon|before|as\s+(?:of|at)))\b))"
    # 'must not reach 65 before the end of the assignment': an age no candidate may reach.
    rf"|\b(?:not|never)\s+(?:have\s+)?(?:yet\s+)?(?:reach(?:ed)?|attain(?:ed)?|turn(?:ed)?)\s+(?:the\s+age\s+of\s+)?"
    rf"{_number('reached')}"
    # 'Must be 18 or over': a person who must be a figure or more (or less).
    r"|\b(?:must|should|shall|to)\s+be\s+\d{2}\s+(?:or|and)\s+(?:over|above|older|under|below|younger)\b",
    re.I,
)
_BIRTHDAY = lazy_pattern(
    r"\b(?:(?P<below>(?:(?:not|never)\s+(?:have\s+|having\s+|be\s+)?(?:yet\s+)?(?:passed|reached|celebrated|had|turned)"
    r"|before|prior\s+to|up\s+to))|(?:have|has|having)\s+(?:already\s+)?(?:passed|reached|celebrated|had))\s+"
    r"(?:their|his\s+or\s+her|his|her|the|one['\u2019]s)\s+(?P<n>\d{1,3})\s*(?:st|nd|rd|th)\s+birthday\b",
    re.I,
)
"""An age said by a birthday: 'must not have passed their 32nd birthday' (31 at most, as 'under 32' is), 'apply before
their 36th birthday' (35 at most); 'must have passed their 18th birthday' (18 at least), and those who 'have passed
their 35th birthday are not eligible' (34 at most)."""
_WHO_BEYOND = lazy_pattern(
    r"\b(?:candidates?|applicants?|persons?|people|individuals?|nominees?|those|anyone|staff)\s+(?:who\s+(?:are|is)\s+|aged\s+)?"
    rf"(?P<side>over|above|older\s+than|(?P<below>under|below|younger\s+than))\s+(?:the\s+age\s+of\s+)?{_number('who')}"
    # 'older than 60 years are not eligible': years with no word of age, where what follows says what becomes of them
    r"(?:\s+years?\s+(?:of\s+age|old)|\s+years?(?=\s+(?:are|is|will|shall|can|cannot|may|must|need)\b))?"
    r"(?![\d.,]\d|\d|\s*%|\s*per\s*cent|\s+(?:years?|months?|yrs?)\b)",
    re.I,
)
"""'Candidates over 60', 'applicants under 25', 'persons older than 55': those of an age past or short of a figure, in
completed years ('over 60' is 61 and more, as 'not over 60' is 60 at most). Read where the sentence says what becomes of them (they are not
eligible, or welcome): alone it names no limit."""
_BE_OVER = lazy_pattern(
    r"\b(?:must|should|shall|to)\s+not\s+be\s+(?:over|above)\s+\d{2}(?=\s*(?:$|[.,;(]|(?:at|on|by|when|upon|before|as\s+(?:of|at))\b))",
    re.I,
)
"""'Applicants should not be over 60': a person's age with no word of age, as '… must be under 65' is."""
_INVITED = lazy_pattern(
    r"\b(?:are|is)\s+(?:also\s+)?(?:(?:strongly|particularly|especially)\s+)?(?:encouraged|welcome[ds]?|invited)\s+to\s+apply\b",
    re.I,
)
"""'Candidates under 30 are encouraged to apply': an invitation, which shuts no one out."""
_ALSO_ADMITS = lazy_pattern(
    r"\b(?:may|can|could)\s+also\s+(?:apply|be\s+(?:considered|accepted|eligible))\b|\b(?:are|is)\s+also\s+eligible\b",
    re.I,
)
"""'Candidates may also apply if they are under 30', '… are also eligible': who else may apply, not a limit."""
# 'Candidates born before 1 January 1965 are not eligible', 'Applicants who have reached the age of 65 by the closing
# date are not eligible': the sentence names who is excluded; the limit is the other side of it.
_EXCLUDED = lazy_pattern(r"\b" + _SHUT_OUT, re.I)
_NONE_FROM = lazy_pattern(
    r"\bno\s+(?:applications?|nominations?|candidates?|applicants?|candidatures?)\s+(?:will|shall|can|may|are\s+to)\s+be\s+"
    r"(?:accepted|considered|entertained|admitted)\s+from\b",
    re.I,
)
"""'No applications will be accepted from persons over 60': those named after it are shut out, as '… are not
eligible' says after them."""
_NO_ONE = lazy_pattern(
    r"\b(?:no\s+one|nobody|none|no\s+(?:person|candidate|applicant|individual|nominee|staff\s+member)s?)\b[^.;]{0,60}?"
    r"\b(?:may|can|shall|will|is\s+to|are\s+to)\s+be\s+(?:selected|appointed|recruited|employed|engaged|accepted|"
    r"considered|seconded|deployed|admitted)\b",
    re.I,
)
"""'No one aged 62 or over may be appointed', 'No person over 65 will be recruited': the subject's own 'no' shuts out
those it names, as '… may not be appointed' after them does."""
_ON = lazy_pattern(r"\b(?:by|on|as\s+(?:of|at)|at|until|till)\s+(?:the\s+)?(?P<when>[^,;.()]*\d{4})", re.I)
# 'under 65 at the end of the secondment', 'must not reach 65 before the end of the assignment': the age is taken on the
# day the assignment ends, not at the closing date.
_AT_END = lazy_pattern(
    r"\b(?:at|by|before|on|upon|until)\s+the\s+(?:end|expiry|completion|conclusion|termination)\s+of\s+(?:the\s+|their\s+|his/her\s+)?"
    r"(?P<what>(?:[\w-]+\s+){0,2}?(?:secondment|assignment|contract|appointment|mission|deployment|tour\s+of\s+duty|"
    r"mandate|posting|term))\b",
    re.I,
)
_WHEN_IT_ENDS = lazy_pattern(
    r"\b(?:when|once|by\s+the\s+time|as\s+soon\s+as)\s+(?:the|their|his/her|his\s+or\s+her|its)\s+"
    r"(?P<what>(?:[\w-]+\s+){0,2}?(?:secondment|assignment|contract|appointment|mission|deployment|tour\s+of\s+duty|"
    r"mandate|posting|term))\s+(?:ends|expires|finishes|is\s+(?:over|completed|finished)|comes\s+to\s+an\s+end)\b",
    re.I,
)
"""'… not over 65 when their tour of duty ends': the age on the day a period ends, as 'at the end of' says."""


_THAT_AGE = lazy_pattern(r"\b(?:that|this|the\s+same|the\s+(?:said|above|retirement))\s+age\b(?!\s+of\b)", re.I)
"""An age named by the words before it ('candidates above that age', 'over the retirement age')."""
_AGE_STATED = lazy_pattern(
    r"\bretire\w*\s+(?:at|on\s+reaching)\s+(?:the\s+age\s+of\s+)?(?P<age>\d{2})\b"
    r"|\b(?:age\s+of\s+(?:mandatory\s+)?(?:retirement|separation)|(?:retirement|separation)\s+age)\s+"
    r"(?:\w+\s+){0,3}?(?:is|of)\s+(?P<age2>\d{2})\b",
    re.I,
)
"""The age a sentence states before its words name it again ('Staff retire at 65', 'The retirement age is 65', 'The
mandatory age of separation at the Organization is 65')."""
_SEPARATION = lazy_pattern(
    r"\b(?:(?:not|never)\s+(?:yet\s+)?(?:having\s+|have\s+|be\s+)?(?:yet\s+)?(?:reached|attained)|(?:before|prior\s+to)\s+"
    r"(?:reaching|attaining)|(?P<reached>(?:have|has|having)\s+(?:already\s+)?(?:reached|attained|passed|exceeded|gone\s+beyond)))\s+(?:the\s+|their\s+|its\s+)?(?:(?:organi[sz]ation['\u2019]s|mandatory|statutory|"
    r"compulsory|normal|official)\s+)*(?P<what>age\s+of\s+(?:mandatory\s+)?(?:separation|retirement)|"
    r"(?:separation|retirement)\s+age)(?:\s*\(\s*(?P<bracket>\d{2})(?:\s+years?)?\s*\)|\s*,?\s+(?:which\s+is|i\.\s?e\.|"
    r"that\s+is|of)\s+(?P<said>\d{2})\b)?",
    re.I,
)
"""'Appointment is subject to the candidate not having reached the mandatory age of separation', '… must not have
reached the statutory retirement age (65)': a candidate of that age or older cannot be appointed, whatever the
sentence's layout; so are those who 'have reached' it where the sentence shuts them out. The age is the one it gives,
or the one the sentence before it states."""

_NOT_NORMALLY = lazy_pattern(
    r"\b(?:are|is|will|would|shall)\s+(?:not\s+)?(?:normally|usually|generally|ordinarily|as\s+a\s+rule)\s+(?:not\s+)?(?:be\s+)?"
    r"(?:considered|appointed|selected|recruited|accepted|eligible)\b",
    re.I,
)
"""'… are not normally considered', '… will normally not be appointed': a soft rule, which shuts no one out."""
_SERVED_OUT = lazy_pattern(
    r"\b(?:complet\w*|finish\w*|assignment|contract|mission|secondment|tour\s+of\s+duty|deployment|term)\b", re.I
)
"""'… able to complete the full tour of duty before reaching the retirement age': the age at the end of a period whose
last day the posting does not state, which a person judges, never the age at the closing date."""


_COMPLETE_BEFORE_AGE = lazy_pattern(
    r"\b(?:complet\w*|serve|finish\w*)\s+(?:out\s+)?(?P<span>[^.;]{0,60}?)\b(?P<what>contract|assignment|appointment|"
    r"term|tour\s+of\s+duty|secondment|mission|deployment|mandate)\b(?P<span2>[^.;]{0,30}?)\b(?:before|prior\s+to)\s+"
    r"(?:reaching|attaining|turning|they\s+reach|he\s+or\s+she\s+reaches)\s+(?P<age>[^.;]{0,60})",
    re.I,
)
"""'Only candidates who can complete the four-year contract before reaching the pensionable age of 66 will be
appointed', '… able to complete the full tour of duty before reaching the retirement age': an age no candidate may
reach before a period ends."""
_TERM_YEARS = lazy_pattern(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*\(\s*\d{1,2}\s*\))?[\s-]+years?\b", re.I
)


def _served_before_age(served: re.Match, sentence):
    """A period of a whole number of years to be completed before an age stated: at most that age less the years,
    less one, when the period begins (checked at the closing date, as an age at the start of a post is); a period or
    an age not stated is for a person to judge, never dropped."""
    from eligibility.compiler.competency import mandatory
    from eligibility.compiler.draft import Draft

    text = sentence.text
    term = _TERM_YEARS.search(served.group("span") + " " + served.group("span2"))
    years = (NUMBER_WORDS.get(term.group("n").lower()) or int(term.group("n"))) if term else None
    age = re.match(r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:age\s+(?:of\s+)?)?(?P<a>\d{2})\b", served.group("age"), re.I)
    what = re.sub(r"\s+", " ", served.group("what"))
    if years and age and int(age.group("a")) - years - 1 > 0:
        limit = int(age.group("a")) - years - 1
        note = (
            f"The {what} of {years} year{'s' if years > 1 else ''} must end before the age of {age.group('a')}: "
            f"{limit} at most when it begins; checked at the closing date (or the date given)."
        )
        return Draft(KIND, text, mandatory(sentence), {"max_age": limit}, id="age-limit", notes=[note])
    issue = (
        f"'{clip(text)}': an age no candidate may reach before the {what} ends, whose "
        f"{'length' if not years else 'age'} the posting does not state: a person must check the candidate's age"
    )
    return Draft("requirement", text, True, id="age-limit", review=[issue], heading=sentence.heading)


def _whole_day(written: str) -> bool:
    """Whether a written date names its day, not only a month or a year."""
    return bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\s*$)|\d{4}-\d{1,2}-\d{1,2}", written.strip()))


def _anniversary(day: date, years: int) -> date:
    """The same day `years` later; 29 February falls on 1 March in other years, as birthdays do here."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def _by_birth_date(match: re.Match, posting) -> tuple[dict, str] | None:
    """A cut-off date of birth as an age on a day: born on or after C is younger than N on the day before C's N-th
    anniversary, for every N; N is taken so that day falls in the year the posting closes (or was issued), which
    reads naturally. None when the day or that year is not known (a person then reads the sentence)."""
    from datetime import timedelta

    from eligibility.compiler.layout import parse_date

    written = match.group("when") or match.group("when2")
    cut = parse_date(written) if _whole_day(written) else None
    reference = getattr(posting, "closes", None) or getattr(posting, "issued", None)
    if cut is None or reference is None:
        return None
    after = bool(match.group("after") or match.group("later"))
    # 'after' and 'before' leave the day out; 'on or after', 'not earlier than' and 'D or later' hold it.
    side = match.group("after") or match.group("before") or ""
    strictly = re.fullmatch(r"after|before", side.lower()) is not None
    text = match.string
    if _BORN_BARRED.match(text, match.end()) or _NOT_BORN.search(text[: match.start() + len("born")]):
        # Those born before the day are shut out: those allowed are born on or after it (and so on).
        after, strictly = not after, not strictly
    if after:
        first = cut + timedelta(days=1) if strictly else cut  # the earliest day of birth allowed
        years = max(1, reference.year - first.year)
        on = _anniversary(first, years) - timedelta(days=1)
        params = {"max_age": years - 1, "on_date": on.isoformat()}
        said = f"born on or after {human_date(first)}"
    else:
        last = cut - timedelta(days=1) if strictly else cut  # the latest day of birth allowed
        years = max(1, reference.year - last.year)
        on = _anniversary(last, years)
        params = {"min_age": years, "on_date": on.isoformat()}
        said = f"born on or before {human_date(last)}"
    note = f"The posting asks for candidates {said}: the same as {_limit(Params(**{k: v for k, v in params.items() if k != 'on_date'}))} on {human_date(on)}."
    return params, note


def _restated(text: str, limit: int, excluded: int) -> bool:
    """Whether the words that shut candidates out at `excluded` stand in brackets opened after the limit at `limit`
    ('Not older than 60 (those over 60 are not eligible)'): they restate the limit, never invert it. A bracket that
    holds who is shut out ('Persons (aged 65 or over) are not eligible') is no such one."""
    depth = 0
    for char in text[limit:excluded]:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
    return depth > 0


# 'those up to 35', 'candidates under 36': a further age that some candidates may be, beside the limit stated.
_WIDER = lazy_pattern(
    rf"\b(?:up\s+to|(?P<under>under|below|younger\s+than))(?:\s+the\s+age\s+of)?\s+{_number('wide')}"
    r"(?:\s+years?(?:\s+of\s+age|\s+old)?)?",
    re.I,
)


_EXCEPTIONALLY = lazy_pattern(
    r"\b(?:may|can|could|will)\s+(?:also\s+)?(?:exceptionally|still)\s+(?:also\s+)?(?:apply|be\s+(?:considered|accepted))\b",
    re.I,
)
"""'… may exceptionally be considered', '… may still apply': who else may apply, as 'may also' says."""


def _widened(sentence, reading) -> list | None:
    """'Applicants aged 18 to 30 may apply; those up to 35 may also be considered': an age limit and a wider one that
    some candidates may also be considered up to. The wider bound is the limit (no candidate it admits is refused),
    with a note of the narrower one; the limit the sentence (or the one right before it) states is replaced. None
    where the sentence says no such thing."""
    from dataclasses import replace

    from eligibility.compiler.draft import Draft
    from eligibility.phrases import number

    text = sentence.text
    also = _ALSO_ADMITS.search(text) or _EXCEPTIONALLY.search(text)
    if also is None:
        return None
    start = max(text.rfind(";", 0, also.start()), text.rfind(",", 0, also.start()), 0)
    wide = _WIDER.search(text, start, also.start())
    figure = number(wide.group("wide")) if wide else None
    if wide is None or figure is None or not figure.is_integer():
        return None
    head = text[:start].strip(" ,;")
    stated = [d for d in (extract(replace(sentence, text=head), reading) if head else []) if d.kind == KIND]
    earlier = reading.before[-1] if not head and reading.before and reading.before[-1].kind == KIND else None
    limit = stated[0] if stated else earlier
    wider = int(figure) - (1 if wide.group("under") else 0)
    if limit is None or limit.params.get("max_age") is None or limit.params["max_age"] >= wider:
        return None
    said = re.sub(r"^(?:and|but)\s+", "", text[start:].strip(" ,;"))
    note = (
        f"The posting may also consider candidates up to {wider} ('{clip(said)}'): the limit is {wider}, not the "
        f"{limit.params['max_age']} it states first."
    )
    params = {**limit.params, "max_age": wider}
    joined = " " if limit.source.rstrip().endswith((".", ";")) else "; "
    source = text if stated else f"{limit.source.rstrip()}{joined}{text}"
    draft = Draft(KIND, source, limit.mandatory, params, id="age-limit", notes=[*limit.notes, note])
    if earlier is not None:

        def replaced(drafts: list) -> None:
            at = next((i for i, d in enumerate(drafts) if d is earlier), None)
            if at is not None:
                del drafts[at]

        reading.amend(replaced)
    return [draft]


_OTHERS_AGE = lazy_pattern(
    r"\b(?:children|child|dependants?|dependents?|family\s+members?|spouses?|kids|sons?|daughters?)\b[^.;]{0,40}?"
    r"\b(?:up\s+to|under|below|until|over|above)\s+(?:the\s+)?age\s+of\b",
    re.I,
)
"""The age of others than the candidate: 'an education allowance for children up to the age of 25'."""


def extract(sentence, reading) -> list:
    """'under 32 years of age', 'not older than 63 at the time of appointment', 'must not have reached the age of 32
    by 31 December 2026', 'aged between 21 and 35', 'maximum age: 35', 'at least 21 years of age', 'not more than
    30 years old', 'under the age of 30', 'aged 30 or under', 'born on or after 1 January 1996'."""
    from eligibility.compiler.competency import mandatory
    from eligibility.compiler.draft import Draft
    from eligibility.compiler.layout import parse_date
    from eligibility.phrases import number

    text = sentence.text
    if _OTHERS_AGE.search(text):
        return []  # 'education allowance for children up to the age of 25': the age of others, asked of no one
    that_age = _THAT_AGE.search(text)
    said = that_age and _AGE_STATED.search(sentence.previous or text[: that_age.start()])
    if that_age and said:
        # 'Staff retire at 65; candidates above that age cannot be appointed': the age said before is the one meant.
        named = text[: that_age.start()] + (said.group("age") or said.group("age2")) + text[that_age.end() :]
        drafts = extract(replace(sentence, text=named), reading)
        for draft in drafts:
            draft.source = text
        return drafts
    served = _COMPLETE_BEFORE_AGE.search(text)
    if served:
        return [_served_before_age(served, sentence)]
    separation = _SEPARATION.search(text)
    if separation and separation.group("reached") and _NOT_NORMALLY.search(text, separation.end()):
        # 'Candidates who have passed the mandatory age of separation are not normally considered': a soft rule, which
        # shuts no one out; with its age stated, a wished limit, else a note for the panel (never a review item that
        # holds every candidate).
        age = separation.group("bracket") or separation.group("said")
        what = re.sub(r"\s+", " ", separation.group("what"))
        if age:
            note = f"Candidates past the {what} ({age}) are not normally considered: a wish, not a bar."
            return [Draft(KIND, text, False, {"max_age": int(age) - 1}, id="age-wish", notes=[note])]
        note = f"Candidates past the {what} are not normally considered: a wish, not a bar; the age is not stated."
        return [Draft("competency", text, False, id="age-of-separation", notes=[note], heading=sentence.heading)]
    if separation and separation.group("reached") and not _EXCLUDED.search(text, separation.end()):
        separation = None  # 'Staff who have reached the retirement age receive a pension': nobody shut out
    if separation and not _SERVED_OUT.search(text):
        # 'Appointment is subject to the candidate not having reached the mandatory age of separation': under the
        # age the sentence (or the one before it) gives; where none is given, a person sets it ('… before reaching
        # the retirement age' at the end of an assignment stays for a person: the day it ends is not known).
        before = _AGE_STATED.search(sentence.previous or "")
        age = (
            separation.group("bracket")
            or separation.group("said")
            or (before and (before.group("age") or before.group("age2")))
        )
        what = re.sub(r"\s+", " ", separation.group("what"))
        if age:
            note = f"The posting asks candidates not to have reached the {what} ({age}): {int(age) - 1} at most."
            return [Draft(KIND, text, mandatory(sentence), {"max_age": int(age) - 1}, id="age-limit", notes=[note])]
        issue = (
            f"'{clip(text)}': the {what} is not stated in the posting: set the age limit (`kind: age`, `max_age` one "
            "below that age), or check the candidate's age"
        )
        return [Draft("requirement", text, True, id="age-limit", review=[issue], heading=sentence.heading)]
    beyond_who = _WHO_BEYOND.search(text)
    none_from = _NONE_FROM.search(text)
    no_one = _NO_ONE.search(text)
    if (
        beyond_who
        and not (none_from and none_from.end() <= beyond_who.start())
        and not (no_one and no_one.start() <= beyond_who.start())
        and not (_EXCLUDED.search(text, beyond_who.end()) or _INVITED.search(text, beyond_who.end()))
    ):
        beyond_who = None  # 'Candidates over 60 must provide a medical certificate' sets no limit
    widened = _widened(sentence, reading)
    if widened is not None:
        return widened
    if not _AGE_WORDS.search(text) and not beyond_who:
        return []
    if _ALSO_ADMITS.search(text):
        # 'Candidates may also apply if they are under 30 years old': who else may apply, by age, beside the
        # conditions the notice states; never a limit on everyone, and no criterion states it: a person judges.
        issue = f"'{clip(text)}' says who else may apply by age, which no criterion states: a person judges it"
        return [Draft("requirement", text, review=[issue], heading=sentence.heading)]
    # The sentence's own wish ('… are encouraged to apply', '… an asset') or its list's makes the limit wished for:
    # an invitation shuts no one out.
    asked = mandatory(sentence)
    params: dict = {}
    notes = []
    born = _BORN.search(text)
    if born:
        if (found := _by_birth_date(born, reading.posting)) is None:
            return []
        params, note = found
        return [Draft(KIND, text, asked, params, id="age-limit", notes=[note])]
    between = _BETWEEN.search(text)
    low_high = (
        (between.group("low") or between.group("low2"), between.group("high") or between.group("high2"))
        if between
        else None
    )
    low, high = (number(low_high[0]), number(low_high[1])) if low_high else (None, None)
    if low is not None and high is not None and low <= high:
        params = {"max_age": int(high), "min_age": int(low)}
        where = between.start() if between else 0
    else:
        most, least, not_above = _AT_MOST.search(text), _AT_LEAST.search(text), _NOT_ABOVE.search(text)
        where = min((m.start() for m in (most, least, not_above) if m), default=0)
        high = number(most.group("n")) if most else None
        low = number(least.group("n")) if least else None
        if high is not None and high.is_integer():
            exclusive = most is not None and (most.group("under") or most.group("reached"))
            params["max_age"] = int(high) - (1 if exclusive else 0)
        elif not_above and (
            re.search(r"\b(?:age|old)\b", not_above.group(0), re.I)
            or _AGE_SUBJECT.search(text, 0, not_above.start())
            or _BE_OVER.search(text)
        ):
            above = number(not_above.group("n"))
            if above is not None and above.is_integer():
                params["max_age"] = int(above)
        # 'at least 21' is an age where it says so, or where an age limit follows it ('at least 21 and not older
        # than 35 years'); alone it may be years of anything.
        paired = (
            least is not None
            and most is not None
            and re.fullmatch(r"\s+(?:and|but)\s+", text[least.end() : most.start()])
        )
        if (
            low is not None
            and low.is_integer()
            and (not least or paired or re.search(r"age|old|younger|reached|attained|turned", least.group(0), re.I))
        ):
            params["min_age"] = int(low)
    beyond = _OR_BEYOND.search(text)
    if not params and beyond:
        figure = int(number(beyond.group("n") or beyond.group("n2") or beyond.group("n3")) or 0)
        younger = beyond.group("younger") or beyond.group("younger3")
        params = {"max_age" if younger else "min_age": figure}
        where = beyond.start()
    birthday = _BIRTHDAY.search(text)
    if not params and birthday:
        figure = int(birthday.group("n"))
        params = {"max_age": figure - 1} if birthday.group("below") else {"min_age": figure}
        where = birthday.start()
    if not params and beyond_who and (past := number(beyond_who.group("who"))) is not None and past.is_integer():
        # 'Candidates over 60 are not eligible': over 60 in completed years is 61 and more.
        params = {"max_age": int(past) - 1} if beyond_who.group("below") else {"min_age": int(past) + 1}
        where = beyond_who.start()
    if not params:
        return []
    excluded = _EXCLUDED.search(text) or none_from or no_one
    if (
        excluded
        and not re.search(r"\b(?:must|should|shall|needs?\s+to)\b", text[: excluded.start()], re.I)
        # 'Not older than 60 (those over 60 are not eligible)': the words in brackets restate the limit outside them.
        and not _restated(text, where, excluded.start())
    ):
        # 'Applicants who have reached the age of 65 … are not eligible': those who may apply are the others.
        if len(params) > 1:
            return []  # 'those aged 21 to 35 are not eligible' admits two ranges: a person reads it
        params = {"max_age": params["min_age"] - 1} if "min_age" in params else {"min_age": params["max_age"] + 1}
    on = _ON.search(text)
    day = parse_date(on.group("when")) if on else None
    if day is not None:
        params["on_date"] = day.isoformat()
    end = _AT_END.search(text) or _WHEN_IT_ENDS.search(text)
    if end and day is None:
        # The day the assignment ends is not stated here: checked at the closing date, a person sets the day.
        review = (
            f"the age limit holds at the end of the {end.group('what')}, whose date the posting does not state here: "
            "set `on_date` to that day (until then the age is checked at the closing date)"
        )
        return [Draft(KIND, text, asked, params, id="age-limit", review=[review])]
    if end:
        notes.append(f"The posting takes the age at the end of the {end.group('what')}, on the day it states.")
    start = _AT_START.search(text)
    appointed = re.search(r"\b(?:time\s+of\s+)?appointment\b", text, re.I)
    begins = getattr(reading.posting, "starts", None)
    if end is None and day is None and (start or appointed) and begins is not None:
        # 'no older than 60 on the date of appointment' where the posting states its 'Date of Entry on Duty': the
        # age is taken on that day, not at the closing date (a candidate may turn 61 between the two).
        params["on_date"] = begins.isoformat()
        taken = start.group(0) if start else "at appointment"
        notes.append(
            f"The posting takes the age {taken}: on the date of entry on duty it states ({human_date(begins)})."
        )
    elif end is None and day is None and start:
        # 'Be no older than 30 at the start of the programme': a day after the closing date the posting does not state.
        notes.append(
            f"The posting takes the age {start.group(0)}; it is checked at the closing date (or the date given)."
        )
    elif end is None and re.search(r"\b(?:time\s+of\s+)?appointment\b", text, re.I):
        notes.append("The posting takes the age at appointment; it is checked at the closing date (or the date given).")
    return [Draft(KIND, text, asked, params, id="age-limit", notes=notes)]


_AT_START = lazy_pattern(
    r"\b(?:at|by|on|upon)\s+(?:the\s+)?(?:start|beginning|commencement|outset)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:programme|program|traineeship|internship|fellowship|assignment|contract|mission|appointment|employment|"
    r"secondment|course)\b|\b(?:on|upon)\s+(?:entry|entering)\s+(?:on|into)\s+duty\b",
    re.I,
)
"""The day a programme or post begins ('at the start of the programme', 'on entry on duty'), when the age is taken."""


def emit(params: dict) -> dict:
    return {key: params[key] for key in KEYS if params.get(key) is not None}


def merge_key(draft) -> tuple:
    return (KIND, *(draft.params.get(key) for key in KEYS))
