"""`driving-licence`: a valid licence, and the ability to drive a manual-transmission car where asked."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eligibility.checks.params import FLAG, Param, keys, read_params
from eligibility.countries import country_code, demonym_code
from eligibility.fields import Node
from eligibility.outcome import Outcome, Status
from eligibility.phrases import NUMBER, lazy_pattern

KIND = "driving-licence"
PARAMS = (
    Param(
        "manual", FLAG, "the licence must cover manual transmission (default false: any valid licence)", default=False
    ),
)
KEYS = keys(PARAMS)
DECIDES = True
"""Mandatory criteria of this kind decide the verdict."""
MARGIN = False
"""Met or not, nothing in between: no margin in the score."""
FINAL = False
"""A failure here can change with qualifications: listed after final ones in screening rows."""


@dataclass(frozen=True)
class Params:
    manual: bool = False


def read(node: Node) -> Params:
    return Params(**read_params(node, PARAMS))


def plan(criterion):
    """The status alone, for a candidate (`check` writes the outcome when it is shown)."""
    manual = criterion.params.manual

    def judge(ctx):
        licence = ctx.profile.driving_licence
        if licence is None or licence.valid is None:
            return Status.UNKNOWN, None, {}
        if not licence.valid:
            return Status.FAIL, None, {}
        if not manual:
            return Status.PASS, None, {}
        if licence.manual is None:
            return Status.UNKNOWN, None, {}
        return (Status.PASS if licence.manual else Status.FAIL), None, {}

    return judge


def check(criterion, ctx) -> Outcome:
    params: Params = criterion.params
    licence = ctx.profile.driving_licence
    if licence is None or licence.valid is None:
        return Outcome(
            Status.UNKNOWN,
            "The profile does not say whether it holds a valid driving licence.",
            advice=("say whether you hold a valid driving licence, and whether it covers manual transmission",),
        )
    if not licence.valid:
        return Outcome(
            Status.FAIL,
            "No valid driving licence.",
            advice=("a valid driving licence" + (" for manual transmission" if params.manual else ""),),
        )
    if not params.manual:
        return Outcome(Status.PASS, "Valid driving licence.")
    if licence.manual is None:
        return Outcome(
            Status.UNKNOWN,
            "Valid driving licence; whether it covers manual transmission is not stated.",
            advice=("state whether your licence covers manual transmission",),
        )
    if not licence.manual:
        return Outcome(
            Status.FAIL,
            "Valid driving licence, but not for manual transmission.",
            advice=("the ability to drive a manual-transmission car",),
        )
    return Outcome(Status.PASS, "Valid driving licence covering manual transmission.")


def describe(params: Params) -> str:
    return "a valid driving licence" + (" and the ability to drive a manual-transmission car" if params.manual else "")


ASKS: tuple[str, ...] = ("driving_licence",)
"""What the guided self-check asks for a posting with this kind (profile keys; `management`: whether jobs managed people)."""


def brief(facts: dict) -> str:
    """In screening rows: nothing beyond the criterion's id."""
    return ""


# --- how the compiler writes it ------------------------------------------------------------------------


def emit(params: dict) -> dict:
    return {"manual": bool(params.get("manual"))}


def merge_key(draft) -> tuple:
    return (KIND, draft.mandatory is not False)


def absorb(params: dict, other: dict) -> None:
    if other.get("manual"):
        params["manual"] = True


READS = "condition"
"""Read wherever it stands: a sentence that asks for a driving licence asks nothing else."""
READS_AFTER = ("nationality",)
"""A sentence that says whose nationals may apply is the nationality kind's, whatever else it names ..."""
READS_WITH = ("nationality",)
"""... but a licence asked in it is read there too: two items a copy ran together ('… ability to drive using manual
transmission Seconded candidates … who are nationals … of the Kyrgyz Republic are not eligible') ask both."""
_LICENCE = lazy_pattern(
    r"driv(?:ing|er(?:'?s|s')?)\s+(?:licen[cs]es?|permits?)|\blicen[cs]es?\s+to\s+drive\b|"
    r"\b(?:manual[- ]gear|(?i:category|class)\s+(?-i:[A-E])1?|vehicle|car)\s+(?:driving\s+)?licen[cs]es?"
    # 'Licence: B', 'LICENCE CATEGORY: B', 'Licence (class) C1': a licence named by a driving category is for driving.
    r"|\blicen[cs]es?\s*(?:(?:category|class)\s*|\(\s*(?:category|class)\s*\)\s*)?[:\-\u2013]?\s*"
    r"(?:(?:category|class)\s+)?(?-i:(?:BE|B|C1E|C1|CE|C|D1E|D1|DE|D))(?![\w'\u2019-])",
    re.I,
)
_MANUAL = lazy_pattern(
    r"\bmanual(?:[- ](?:gears?|transmission|gearbox|shift))?\b|\bstick[- ]shift\b|\bgear[- ]?shift\b"
    # 'cars whose gears are changed by hand', 'vehicles fitted with a clutch pedal': a manual car, however it is said.
    r"|\bgears?\s+(?:are\s+|is\s+)?(?:changed|shifted|operated)\s+by\s+hand\b|\bhand[- ]operated\s+gears?\b"
    r"|(?<!without\s)(?<!without\sa\s)(?<!no\s)\bclutch(?:\s+pedal)?\b",
    re.I,
)
# 'automatic not accepted', 'no automatic licences': a licence limited to automatic cars will not do, so manual.
_NOT_AUTOMATIC = lazy_pattern(
    r"\bautomatic(?:[- ]only)?(?:\s+(?:transmission|gearbox|cars?|vehicles?|licen[cs]es?|only))?\s+(?:is\s+|are\s+|will\s+)?"
    r"(?:not|never)\s+(?:be\s+)?(?:accepted|acceptable|sufficient|enough|valid)\b"
    r"|\bno\s+automatic(?:[- ]only)?\s+(?:transmission\s+)?licen[cs]es?\b",
    re.I,
)
_DRIVE_MANUAL = lazy_pattern(
    r"\b(?:drive|driving)\b[^.;]{0,50}?(?:\bmanual(?:[- ]|\s+)(?:\([^()]{0,20}\)\s+)?(?:gears?|transmission|gearbox|shift|vehicles?|cars?)"
    r"|\bstick[- ]shift)",
    re.I,
)

# 'Candidates must be able to drive a car (valid licence required)', 'ability to drive a car': the ability to drive a
# car asks a licence, as the ability to drive a manual car asks one for manual cars; 'able to drive' alone does where
# a licence is named beside it ('ability to drive (licence required)'), never 'the ability to drive change'.
_DRIVE_CAR = lazy_pattern(
    r"\b(?:able|ability)\s+to\s+drive\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:cars?|vehicles?)\b", re.I
)
_DRIVE = lazy_pattern(r"\b(?:able|ability)\s+to\s+drive\b(?=\s*(?:[(,;.]|$))", re.I)
_BARE_LICENCE = lazy_pattern(r"\blicen[cs]es?\b", re.I)


def _drives(text: str) -> bool:
    """Whether the text asks the ability to drive a car, which a licence proves."""
    return bool(_DRIVE_CAR.search(text) or (_DRIVE.search(text) and _BARE_LICENCE.search(text)))


def extract(sentence, reading) -> list:
    """'A valid driving licence and the ability to drive a manual-transmission car are required'; the ability to
    drive a manual car on its own ('…; ability to drive a car with manual transmission') asks the same licence to
    cover manual transmission. Under 'Desirable' or with 'an asset', the licence is desirable."""
    from eligibility.compiler.competency import mandatory
    from eligibility.compiler.draft import Draft

    text = sentence.text
    licence = _LICENCE.search(text) or (
        sentence.heading is not None and _LICENCE.search(sentence.heading) and re.search(r"licen[cs]e", text, re.I)
    )
    if not licence and not _DRIVE_MANUAL.search(text) and not _drives(text) and not _NOT_AUTOMATIC.search(text):
        return []  # 'automatic-only licences are not accepted' speaks of the licence too
    manual = bool(_MANUAL.search(text) or _NOT_AUTOMATIC.search(text))
    years = _YEARS_DRIVING.search(text)
    # 'and two years of driving experience', 'held for at least three years': how long one has driven, which no
    # profile's licence records; a person checks it, never dropped in silence.
    review = (
        [f"'{years.group(0).strip()}': years of driving no criterion checks; a person must confirm them"]
        if years
        else []
    )
    issued = _issued_where(text)
    if issued:
        # 'a Swiss driving licence', 'a driving licence issued in Austria': a licence of one country, which no profile's
        # licence records; a person checks where it was issued, never any licence taken for it.
        review.append(
            f"'{issued}': a licence of one country is asked, and no profile says where a licence was issued; "
            "a person must check it"
        )
    return [Draft(KIND, text, _mandatory(sentence, mandatory), {"manual": manual}, id="driving-licence", review=review)]


# 'a Swiss driving licence', 'Austrian driver's licence': a licence named by its country's adjective.
_DEMONYM_LICENCE = lazy_pattern(
    r"\b(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:(?i:valid|full)\s+)?(?i:(?:driving|driver['\u2019]?s?)\s+"
    r"(?:licen[cs]es?|permits?))"
)
# 'a driving licence issued in Austria', '… issued by the Republic of Moldova'.
_ISSUED_IN = lazy_pattern(
    r"\b(?i:licen[cs]es?|permits?)\s+(?i:issued|granted|delivered)\s+(?i:in|by)\s+(?:(?i:the)\s+)?"
    r"(?P<where>[A-Z][\w]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w]*)*)"
)


def _issued_where(text: str) -> str:
    """The words that ask a licence of one country ('Swiss driving licence', 'licence issued in Austria'), where the
    data knows the country; '' where none is asked."""
    for m in _DEMONYM_LICENCE.finditer(text):
        words = m.group("who").split()
        if any(demonym_code(w) or country_code(w) for w in (m.group("who"), words[-1])):
            return m.group(0)
    issued = _ISSUED_IN.search(text)
    if issued and country_code(issued.group("where")):
        return issued.group(0)
    return ""


_YEARS_DRIVING = lazy_pattern(
    rf"\b{NUMBER}\s*\+?\s*(?:full\s+)?years?['\u2019]?\s+(?:of\s+)?(?:[\w-]+\s+){{0,2}}?(?:driving|driver)\s+experience\b"
    rf"|\bdriving\s+experience\s+of\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?{NUMBER}\s+years?\b"
    rf"|\b{NUMBER}\s+years?['\u2019]?\s+(?:of\s+)?(?:experience\s+)?as\s+an?\s+(?:[\w-]+\s+)?driver\b"
    rf"|\b(?:held|holding|obtained|issued)\s+(?:for\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+|more\s+than\s+)?"
    rf"(?:{NUMBER}\s+years?|{NUMBER}\s+or\s+more\s+years)\b"
    # 'Holder of a valid driving licence for at least 3 years'
    rf"|\blicen[cs]e\s+(?:(?!held|holding|obtained|issued)[\w()-]+\s+){{0,3}}?for\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|more\s+than\s+|over\s+)?"
    rf"{NUMBER}\s+years?\b"
    # 'A driving licence of at least three years' standing', '… of three years' seniority'
    rf"|\blicen[cs]e\s+(?:(?!held|holding|obtained|issued)[\w()-]+\s+){{0,3}}?of\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|"
    rf"more\s+than\s+|over\s+)?{NUMBER}\s+years?['\u2019]?\s+(?:standing|seniority|validity|age)\b",
    re.I,
)
"""'two years of driving experience', 'licence held for at least three years', 'a driving licence for at least 3
years', 'a driving licence of at least three years' standing': years of driving asked beside the licence."""


_PARTS = lazy_pattern(r"\s*(?:;|,\s*(?:(?:and|as\s+well\s+as|plus)\s+)?|\s(?:and|as\s+well\s+as|plus)\s+)\s*", re.I)
_ABOUT_DRIVING = lazy_pattern(
    r"licen[cs]e|\bdriv(?:e|es|ing|er)\b|\bvehicles?\b|\bcars?\b|\btransmission\b|\bclass\s+[A-E]\b|\bcategory\b",
    re.I,
)


def beside(text: str) -> list[str]:
    """The parts of a licence's sentence that ask something else ('A valid driving licence and fluency in English':
    'fluency in English'), each joined by 'and' or a semicolon and naming nothing of driving; none where every
    part is about driving."""
    parts = [p.strip(" ,.;") for p in _PARTS.split(text)]
    if len(parts) < 2:
        return []
    return [p for p in parts if p and len(p.split()) > 1 and not _ABOUT_DRIVING.search(p)]


def _mandatory(sentence, mandatory) -> bool:
    """Whether the licence is asked: a wish in a clause of its own ('…, while experience in X is desirable')
    is that clause's, and leaves the licence as the rest of the sentence asks it."""
    from dataclasses import replace

    from eligibility.compiler import scopes

    for clause, scope in scopes(sentence.text):
        if _LICENCE.search(clause) or _DRIVE_MANUAL.search(clause) or _drives(clause):
            return scope is None and mandatory(replace(sentence, text=clause))
    return mandatory(sentence)
