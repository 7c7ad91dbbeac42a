"""Compile a posting's text into a rule set that `check` can use, with what needs a person's review.

Deterministic and offline: text preparation (text.py), layout and metadata
(layout.py), then the kinds' own phrases (each kind module's `extract`, asked
through kinds.py) over every sentence and clause, then duplicates merged
(draft.py). Nothing the posting asks is dropped: a requirement sentence no
kind understands becomes a `competency`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from eligibility import checks
from eligibility.checks import language, nationality, paths
from eligibility.compiler import competency, footnotes, kinds, layout, legend, pages, period, tables, text
from eligibility.compiler.draft import Draft, Sentence, merge
from eligibility.compiler.vocabulary import vocabulary
from eligibility.degrees import mentions
from eligibility.organisation import osce
from eligibility.phrases import NUMBER, WAIVED, WISH_ADVERB, YEARS, clip
from eligibility.rules import SCHEMA_VERSION


class NoRequirements(ValueError):
    """The text states no requirement at all: not a vacancy notice, or not one this tool can read."""


@dataclass
class Fate:
    """What became of one sentence of the posting: for `compile --explain`."""

    text: str
    heading: str | None
    section: str
    outcome: str
    """'criterion', 'review', 'skipped', or 'heading' (a line that opens a section and states nothing)."""
    detail: str
    """Which criteria it gave, or why it was skipped."""
    drafts: list[Draft] = field(default_factory=list)


@dataclass
class Compiled:
    ruleset: dict
    """The rule set as plain data, in the order it is written out."""
    review: list[str] = field(default_factory=list)
    """What a person should confirm before relying on it (open items and missing metadata), as lines."""
    counts: dict[str, int] = field(default_factory=dict)
    fates: list[Fate] = field(default_factory=list)

    @property
    def decides(self) -> bool:
        """Whether anything in it decides eligibility: a mandatory criterion or an organisation-wide rule."""
        return bool(self.ruleset.get("organisation_rules")) or any(
            c.get("mandatory", True) for c in self.ruleset["criteria"]
        )

    @property
    def open_items(self) -> list[dict]:
        """The rule set's `review:` items: each must be settled by a person before the verdict can be `eligible`."""
        return list(self.ruleset.get("review", []))


# A sentence that speaks of a checkable dimension: it must end as a criterion or as an item a person settles.
_DIMENSION = re.compile(
    r"\b(?:degree|diploma|bachelor|master'?s|doctorate|ph\.?d|university|graduat\w*|licen[cs]e|"
    # a school or an academy finished: 'finished secondary school', 'finished study at a police academy'
    r"(?:finished|completed|completion\s+of)\s+(?:[\w-]+\s+){0,4}?(?:(?:secondary|high)\s+school|secondary\s+education|"
    r"academy|academies)|"
    r"nationals|national\s+of|nationality|citizens?(?:hip)?|residents?|residence|aged?|years?|security\s+clearance|"
    r"certificat\w+|qualification|older|younger|born|birth|passports?|work\s+permit|"
    r"(?:military|civil|public|police|active|prior|previous|national|government)\s+service|served|"
    r"passed\s+(?:[\w-]+\s+){0,6}?(?:tests?|exams?|examinations?|competitions?))\b",
    re.I,
)
_RATE = re.compile(
    r"\b(?:days?|weeks?|months?|times|hours?|nights?)\s+(?:a|per|each|every)\s+(?:calendar\s+)?year\b"
    r"|\b(?:per|each|every)\s+(?:calendar\s+)?year\b",
    re.I,
)
"""How often a duty recurs ('up to 30 days a year', 'twice per year'): a rate, never a period asked of a candidate."""


def _without_rate(text: str) -> str:
    """The words less a duty's rate ('may be required to deploy for up to 30 days a year'); a record the candidate
    must have ('must have deployed for 60 days a year') keeps it."""
    return text if re.search(r"\b(?:have|has|had)\b", text, re.I) else _RATE.sub(" ", text)


_LIST_VERB = re.compile(
    r"\s*(?:have|has|be|hold|possess|enjoy|fulfil|fulfill|meet|produce|provide|obtain)\b",
    re.I,
)
"""The verb an item of a 'Candidates must:' list opens with."""
_OURSELVES = re.compile(
    r"\s*(?:[-\u2022*]\s*)?(?:we\s+(?:value|are|dare|believe|care|strive|work|promote|embrace|respect|act|champion|"
    r"celebrate|aim|thrive|deliver)|our\s+(?:values?|mission|vision|culture|commitment|people|organi[sz]ation))\b",
    re.I,
)
"""'We dare to innovate; we value integrity.': the organisation speaking of itself, not of the candidate."""
_ITSELF = re.compile(
    r"\s*(?:[-\u2022*]\s*)?(?:(?:please\s+)?note\s*:\s*)?"
    # 'Note: In accordance with its statute, the Court …': the rule the body follows, before the body itself
    r"(?:(?:in\s+(?:accordance|line|keeping)\s+with|under|pursuant\s+to|consistent\s+with)\s+[^,.;]{3,80},\s*)?"
    r"(?:as\s+an?\s+[^,.;]{3,60},\s*)?the\s+(?!(?:candidates?|applicants?|incumbents?|successful|"
    r"selected|post|position|job|role|person|holder)\b)[\w-]+(?:\s+[\w-]+){0,5}?\s+(?:values|strives|promotes|embraces|"
    r"celebrates|champions|is\s+(?:fully\s+)?committed\s+to|is\s+an\s+equal[\s-]opportunit\w+|aims\s+(?:at|to|for)|"
    r"(?:pays|gives|has|shall\s+have)\s+(?:due\s+|particular\s+|full\s+)?regard\s+to)\b",
    re.I,
)
"""'As an intergovernmental organisation, the Council values a balanced representation of nationalities …', 'The
Ministry strives for gender balance': the body that issues the notice speaking of itself by its name."""
_RETIREMENT = re.compile(
    r"\bretire(?:s|d|ment)?\b|\b(?:age\s+of\s+(?:mandatory\s+)?separation|separation\s+age)\b", re.I
)
"""'OSCE staff retire at 65', 'The mandatory age of retirement is 65', 'The mandatory age of separation is 65': a term
of service; an age limit a candidate must meet says so ('Candidates must be able to complete the assignment before
reaching the retirement age')."""
_CANDIDATE = re.compile(r"\b(?:candidates?|applicants?|you|incumbents?)\b", re.I)
_DONE = re.compile(r"\s*(?:have|has)\s+(?:successfully\s+)?(?:completed|passed|undergone|attended|obtained)\b", re.I)
"""An item that says what the candidate must have done ('have completed the basic course in crisis management')."""
_LANGUAGE_WORDS = re.compile(
    r"\b(?:fluen(?:t|cy)|proficien(?:t|cy)|(?:knowledge|command|mastery)\s+of|mother\s+tongue|native\s+speaker|"
    r"languages?|[ABC][12])\b",
    re.I,
)
"""Words of a language requirement: outside a requirements section they let the language kind read the line
('- Fluency in Spanish' in a list before any heading); the kind itself decides whether a language is named."""
_STATED = re.compile(
    r"\b(?:must|required?|requires|mandatory|essential|minimum|at\s+least|(?:no|not)\s+(?:less|fewer)\s+than|"
    r"necessary|need\s+to|needs\s+to|"
    r"compulsory|obligatory|prerequisite|may\s+not|cannot|can\s+not)\b",
    re.I,
)
# What opens a requirement of its own ('knowledge of Russian', 'good drafting skills', 'experience in law'), with the
# words of strength that may stand before it: after a comma, a clause of its own ('Proficiency in English, knowledge
# of Russian an asset').
_HEAD = (
    r"(?:an?\s+|the\s+)?(?:(?:good|excellent|basic|working|sound|some|thorough|proven|solid|strong|advanced|very\s+good)\s+)?"
    r"(?P<head>knowledge|fluency|proficiency|command|familiarity|understanding|experience|ability|mastery)\b"
)
_OTHER_LANGUAGE = (
    r"(?:an?\s+|one\s+)?(?:another|other|second|third|additional|further|more)\s+(?:[\w-]+\s+){0,2}?languages?\b"
)
"""A language besides the ones named ('another language', 'a second official language'): a thing of its own."""
_LANGUAGE_STRENGTH = re.compile(
    r"^(?:an?\s+)?(?:(?:excellent|very\s+good|good|strong|advanced|full|professional|native|high|working|sound|"
    r"thorough|solid)\b|(?:fluency|fluent|proficiency|proficient|command|mastery)\b)",
    re.I,
)
"""A language requirement that opens with a strength of its own ('Excellent knowledge of …', 'Fluency in …')."""
# Where a desirable clause ends and a clause of its own begins: 'A minimum of two years of experience,
# including one year in X, strongly preferred', 'Fluency in English and knowledge of French is an asset'.
_CLAUSE = re.compile(
    r"(?<!preferably)(?<!ideally)(?<!desirably)"  # WISH_ADVERB's words: a look-behind takes them one by one
    r"\s*(?:,\s*|\s)(?=(?:including|in\s+particular|especially|of\s+which|while|whereas|but|with)\b)"
    r"|,\s*(?=" + WISH_ADVERB + r"\b(?!\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*[,)]))"
    r"|;\s*"
    r"|(?P<own>,\s*(?=" + _HEAD + r"))"
    r"|,?\s+(?:and|as\s+well\s+as)\s+(?=(?:a\s+|an\s+|the\s+)?(?:good\s+|excellent\s+|basic\s+|working\s+|sound\s+|"
    r"some\s+|thorough\s+|proven\s+|fluency|fluent|knowledge|experience|proficiency|familiarity|understanding|"
    r"abilit|command|at\s+least|minimum|a\s+minimum|\d)|(?P<other>" + _OTHER_LANGUAGE + "))",
    re.I,
)


def _clause_bounds(text: str) -> list[re.Match]:
    """Where `text`'s clauses part (`_CLAUSE`); a bare comma before a requirement's head ('…, knowledge of X') parts
    two clauses only when the one before it opens with a head of its own ('Proficiency in English, knowledge of
    Russian an asset'), not after an opening phrase ('Other than that, knowledge of Spanish is an asset')."""
    out, last = [], 0
    for m in _CLAUSE.finditer(text):
        if m.group("own") and not re.match(r"\s*" + _HEAD, text[last : m.start()], re.I):
            continue
        if m.group("other") and not _LANGUAGE_STRENGTH.match(text[last : m.start()].strip()):
            continue  # 'English and another language would be an asset': one wish; 'Fluency in English and …', two
        out.append(m)
        last = m.end()
    return out


_COUNTING_RULE = re.compile(
    r"\bonly\b[^.;]*?\btaken\s+into\s+account\b|\b(?:not|never)\s+(?:be\s+)?taken\s+into\s+account\b", re.I
)
"""What is 'taken into account' only, or not at all: a rule of how to count, never a wish."""
_COUNTED_AS = re.compile(
    r"^[^.;:()]*?\b(?P<verb>counts?|(?:is|are|will\s+be|may\s+be|can\s+be|shall\s+be|would\s+be)\s+(?:also\s+)?"
    r"(?:counted|credited|(?:considered|accepted|recogni[sz]ed)(?=\s+as\s+(?:a\s+)?part\s+of\b))|(?:will|may|can|shall|do|does)\s+(?:also\s+|not\s+)?count)\s+(?:as|towards?|for)\b"
    r"(?:[^.;]*\bexperience\b|\s+(?:this|these|them|it|the\s+(?:requirement|minimum|years?))\b)",
    re.I,
)
"""A sentence that says what counts as experience ('Each year of a PhD counts as one year of experience', 'A PhD may be
counted as two years of professional experience'): a rule of how to count."""
_COUNTING_CLAUSE = re.compile(
    r"(?:,|;|\s+and|\s+while|\s+where)\s+(?:of\s+which\s+)?(?P<c>(?:an?\s+|the\s+|each\s+)?[^,;()]*?\b(?:counts?|"
    r"(?:is|are|will\s+be|may\s+be|can\s+be)\s+counted|(?:will|may|can)\s+count)\s+(?:as|towards?|for)\b[^;]*)$",
    re.I,
)
"""A clause after a requirement that says how it is counted: '…, of which a PhD counts as 2 years'."""
_NOT_REPLACING = re.compile(
    r"\b(?:(?:does|do|will|shall|can|may)\s*(?:not|n['\u2019]t)\s+(?:replace|substitute\s+for|count\s+(?:as|towards?)|"
    r"compensate\s+for)|cannot\s+(?:replace|substitute\s+for|compensate\s+for)|(?:is|are)\s+not\s+(?:an?\s+)?"
    r"(?:substitute|replacement)\s+for|(?:will|shall|can)\s+not\s+be\s+(?:accepted|considered)\s+(?:in\s+lieu\s+of|"
    r"instead\s+of|as\s+a\s+substitute))\b",
    re.I,
)
"""What does not stand in for a requirement: 'A master's degree does not replace experience', 'Internships cannot
replace professional experience'."""
_DEMANDS = re.compile(
    r"\b(?:must|should|shall\s+have|required|requires?|minimum|at\s+least|essential|mandatory|necessary)\b", re.I
)
"""Words that ask something: before a counting verb they make the sentence a requirement with a counting clause."""
_WAIVED = re.compile(WAIVED, re.I)
_ALSO_CONSIDERED = re.compile(
    r"\b(?:will|would|shall|is|are)\s+also\s+(?:be\s+)?considered\b(?!\s+(?:an?|as|if|for)\b)", re.I
)
"""'Experience in human rights will also be considered': a thing counted in a candidate's favour, a wish. Where the
clause names years or a degree it is a route ('Candidates with a bachelor's degree and 4 years … will also be
considered'), read as such."""


def _desirable_words(text: str) -> re.Pattern:
    """The words that mark a clause of this sentence desirable: the vocabulary's, and 'will also be considered' where
    the sentence states no years and no degree (there it opens a route)."""
    found = vocabulary().desirable
    if _ALSO_CONSIDERED.search(text) and not YEARS.search(text) and not mentions(text):
        return re.compile(f"{found.pattern}|{_ALSO_CONSIDERED.pattern}", re.I)
    return found


_WISH_OPENER = re.compile(WISH_ADVERB + r"\b", re.I)
"""What opens a clause that is a wish after a comma ('…, preferably with at least 2 years at the international
level'): that clause alone is desirable; the '2, preferably 3, years' of a minimum are read whole before."""
_WISH_LEAD = re.compile(
    r"\s*(?:(?:the\s+)?(?:(?:successful|ideal)\s+)?(?:candidates?|applicants?|incumbents?|you|they)\s+"
    r"(?:must|should|shall|will|would|need\s+to|needs\s+to)\s+(?:also\s+)?)?" + WISH_ADVERB + r"\b"
    # 'Candidates may also have knowledge of Albanian': what candidates may have besides is wished for; 'may also
    # have to travel' is a duty, and 'may also qualify with …' or 'may also have a bachelor's degree … in lieu of the
    # master's' opens a route, never a wish.
    r"|\s*(?:the\s+)?(?:(?:successful|ideal)\s+)?(?:candidates?|applicants?|incumbents?|you)\s+may\s+"
    r"(?:also|additionally|further)\s+(?:have|hold|possess|bring|speak|know|offer|demonstrate|show)\b(?!\s+to\b)"
    r"(?![^.;]*\b(?:in\s+lieu|instead|in\s+place\s+of|substitut\w*|equivalent|additional\s+(?:\w+\s+)?years?)\b)",
    re.I,
)
"""What opens a sentence (or the first clause of one) that is a wish as a whole: 'Preferably 2 years of experience in
…', 'Ideally, the candidate will also speak French', 'Candidates should ideally have …'. 'Must preferably' is read
as a wish too: the word that says how strongly the thing is asked wins over the verb that asks it."""


def _choice_among_named(rest: str) -> bool:
    """'…one of the languages of the Union, preferably English, French or German, and …': 'preferably' before a
    language's name picks among the languages the clause before names, which the language kind reads whole."""
    opener = _WISH_OPENER.match(rest)
    names = vocabulary().languages
    return bool(opener) and bool(re.match(r"\s*(?:" + "|".join(names) + r")\b", rest[opener.end() :]))


_PREDICATE = re.compile(
    r"\b(?:is|are|be|being)\s+(?:\w+\s+){0,2}?(?:an?\s+)?(?:desirable|desired|asset|advantage|"
    r"preferred|preferable|plus|beneficial|welcome)",
    re.I,
)
_CONTRAST = re.compile(r"(?:while|whereas|but|although|though)\b", re.I)
"""A clause set against the one before it: a wish it states ('…, while X is desirable') is its own alone."""
_OWN_VERB = re.compile(r"\b(?:is|are|must|should|shall|will|required|mandatory|essential)\b", re.I)


# 'A degree is not necessary', 'is not required but an asset', 'No prior experience is needed': a requirement
# denied, which is never mandatory.
_NEGATED = re.compile(
    r"\b(?:is|are|be|being)\s+not\s+(?:(?:strictly|absolutely|necessarily|an?)\s+)*"
    r"(?:necessary|required|mandatory|essential|compulsory|obligatory|needed|requirements?|prerequisites?|must|"
    r"conditions?|a\s+condition)\b"
    r"|\bnot\s+(?:necessarily\s+)?(?:required|needed|necessary|mandatory|essential|compulsory)\b"
    # 'No prior experience in the region is required': the thing denied may be named with its setting.
    r"|\bno\s+(?!(?:less|fewer|more|later|earlier|sooner|longer|doubt)\b)(?:(?!(?:that|which|but|who)\b)[\w'-]+\s+){0,8}"
    r"(?:is|are)\s+"
    r"(?:required|necessary|needed|mandatory|essential)\b"
    r"|\b(?:does|do|will)\s+not\s+(?:require|need)\b|\bneed\s+not\b|\bnot\s+a\s+(?:requirement|prerequisite)\b"
    # 'No driving licence required', 'Licence: no licence needed' opening the sentence ('no less than five years
    # required' asks them; '… a diploma (no experience required)' is a route's own words).
    r"|(?:^|:)\s*no\s+(?!(?:less|fewer|more|later|earlier|sooner|longer)\b)(?:(?!(?:that|which|but|who)\b)[\w'-]+\s+){0,8}"
    r"(?:required|needed|necessary)\b"
    # 'No age limit', 'No upper age limit applies', 'Age limit: none', 'Age: no limit': a limit the post does not set.
    r"|\bno\s+(?:upper\s+|lower\s+|maximum\s+|minimum\s+)?age\s+(?:limits?|restrictions?|requirements?|bars?)\b"
    r"|\bage\s+(?:limit|restriction)s?\s*:\s*(?:none|n/?a|no)\b"
    r"|\bage\s*:\s*no\s+(?:limit|restriction)s?\b",
    re.I,
)
# What follows a denial and says the thing is still welcome: '… but an asset', '… but would be an advantage'.
_ASSET_TAIL = re.compile(
    r"^\s*,?\s*(?:but|although|though|however|yet)?\s*,?\s*(?:(?:it|this|that|they)\s+)?"
    r"(?:(?:is|are|would|will|may|could|can|remains?)\s+(?:be\s+)?|considered\s+|(?:still\s+))*"
    r"(?:(?:very|highly|much|an?|additional|distinct|strong|added|real)\s+)*"
    r"(?:asset|advantage|plus|desirable|desired|preferred|preferable|beneficial|welcomed?|advantageous|appreciated)\b",
    re.I,
)


_STILL = re.compile(
    r"^\s*[,;:.]?\s*(?:(?:but|although|though|however|yet)\s*,?\s*)?(?:(?:it|this|that|they)\s+)?"
    r"(?:would|will|may|might|could|can|is|are|remains?|counts?)\b",
    re.I,
)
"""What follows a denial and turns to the thing denied again, naming nothing else: '… not required, but it would count
in the candidate's favour', '…; it would, however, strengthen the application' ('… not required, but a working
knowledge of one of them is desirable' names a thing of its own)."""


def _turned_back(pieces: list[str], written: str) -> list[str]:
    """A sentence that turns back to what the one before it denied ('A Master's degree is not required. It would,
    however, strengthen the application.') read with it, as one sentence (as `written` joins them): the thing denied
    is still wished for."""
    out: list[str] = []
    for piece in pieces:
        if out and _NEGATED.search(out[-1]) and _TURNS_BACK.match(piece) and _still_wished(" " + piece):
            start = written.find(out[-1])
            end = written.find(piece, start + len(out[-1])) if start >= 0 else -1
            out[-1] = written[start : end + len(piece)] if end >= 0 else f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


_TURNS_BACK = re.compile(r"(?:it|this|that|they)\s+(?:would|will|may|might|could|can|is|are|remains?|counts?)\b", re.I)
"""A sentence that opens by turning back to a thing named before it ('It would …', 'This is …')."""


def _still_wished(rest: str) -> bool:
    """Whether the words after a denial say the thing denied is still welcome: '… but an asset' (`_ASSET_TAIL`), or a
    turn back to it ('but', 'it would') in words that wish ('… but will be taken into account')."""
    return bool(_ASSET_TAIL.match(rest)) or bool(_STILL.match(rest) and vocabulary().desirable.search(rest))


def without_denials(text: str) -> tuple[str, bool]:
    """`text` with its denied requirements taken out, and whether any was.

    'A university degree in law is not required but an asset' -> 'A university degree in law is desirable';
    'A master's degree is not required, but 3 years of experience in law are' keeps only the years;
    'A degree is not necessary' -> ''. Only the clause the denial stands in is affected.
    """
    mark = vocabulary().item_mark.search(text)
    if mark is not None and _NEGATED.search(mark.group()):
        # 'Knowledge of Greek (not mandatory)': the item's own mark makes it a wish, and denies nothing.
        text = text[: mark.start()].rstrip() + " (desirable)"
    if not _NEGATED.search(text):
        return text, False
    aside = _DENIAL_ASIDE.search(text)
    denial = _NEGATED.match(aside.group("denial")) if aside else None
    if (
        aside
        and denial
        and not aside.group("denial")[denial.end() :].strip(" .,;")
        and not re.search(r"\bor\b", text[: aside.start()], re.I)
    ):
        # '25 years old and older (no upper age limit)': a denial aside in brackets, the whole aside, denies only what
        # it names; the sentence around it still asks its own. A denial that goes on ('(not required for nationals)')
        # or one after 'or' ('a diploma (no experience required)', a route's words) is read as before.
        rest = (text[: aside.start()] + text[aside.end() :]).strip()
        if rest.strip(" .,;:"):
            asked, _ = without_denials(rest)
            return asked, True
    thing = _denied_thing_aside(text)
    if thing is not None:
        asked, _ = without_denials(thing)
        return asked, True
    spans: list[tuple[str, str]] = []
    last = 0
    for m in _clause_bounds(text):
        if m.end() > m.start():
            spans.append((text[last : m.start()], text[m.start() : m.end()]))
            last = m.end()
    spans.append((text[last:], ""))
    # 'Experience with Partners for Co-operation is not required': a qualifier parted by no comma is part of the
    # thing denied, so the denial takes the words before it too ('…, with field work not required' denies the
    # qualifier alone).
    for j in range(len(spans) - 1, 0, -1):
        (before, sep), (piece, after) = spans[j - 1], spans[j]
        if not sep.strip() and _QUALIFIER.match(piece) and _NEGATED.search(piece):
            spans[j - 1 : j + 1] = [(before + sep + piece, after)]
    out, i = "", 0
    denied_names: list[str] = []
    while i < len(spans):
        piece, sep = spans[i]
        if not _NEGATED.search(piece):
            out += piece + sep
            i += 1
            continue
        head, *tail = _NEGATED.split(piece, maxsplit=1)
        after, after_sep = spans[i + 1] if i + 1 < len(spans) else ("", "")
        subject = re.sub(r"\s+", " ", head).strip(" ,")
        if tail and _still_wished(tail[0]) and subject:
            out += subject + " is desirable" + sep  # denied as a requirement, welcome as an asset
            i += 1
        elif after and _still_wished(after) and subject:
            out += subject + " is desirable" + after_sep
            i += 2
        else:
            # Denied outright: the clause asks nothing, but what a list states before the item denied, and a
            # statement of its own after the denial ('… not required, fluency in English is essential'), stand.
            kept = [part for part in (_before_denied_item(piece), _after_denial(tail[0] if tail else "")) if part]
            if kept:
                out += ", ".join(kept) + sep
            denied_names = _named_languages(subject) or denied_names
            i += 1
    if denied_names:
        # '… Serbian at mother-tongue level is NOT required; a working knowledge (B1) of one of them is desirable':
        # 'them' are the languages the denied clause names, whatever level it denied.
        out = _THEM.sub(lambda m: f"{m.group(1)} of {' or '.join(denied_names)}", out)
    return out.strip(" ,;"), True


_DENIAL_ASIDE = re.compile(r"\s*\(\s*(?P<denial>(?:no|not|none)\b[^()]*)\)")
"""A denial in brackets: '(no upper age limit)'."""
_BRACKETED = re.compile(r"\s*\((?P<inner>[^()]+)\)")
_WISHED_BEFORE = re.compile(
    r"\s*\b(?:is|are|would\s+be|will\s+be)?\s*(?:(?:very|highly|an?)\s+)*"
    r"(?:welcome[d]?|an?\s+asset|an?\s+advantage|an?\s+plus|desirable|preferred|appreciated)\s*,?\s*(?:but|though)?\s*$",
    re.I,
)


_MODE_WORD = re.compile(
    r"(?:optional|desirable|preferred|preferable|recommended|advantageous|welcome|an?\s+(?:asset|advantage|plus)|"
    r"but|however|though|yes|no)(?:\s*,?\s*(?:but|however|though))?",
    re.I,
)
"""A mode's word alone before a denial in brackets ('(optional, not required)'): no thing of its own."""


def _denied_thing_aside(text: str) -> str | None:
    """`text` with a bracketed aside that names a thing and denies it ('… (a master's degree is welcome but not
    required)', '(knowledge of French not required)') read on its own: the thing is a wish where the aside also
    welcomes it, and asks nothing otherwise; the words around the aside still ask their own. None where no such
    aside stands (or it follows 'or', a route's own words: 'a diploma (no experience required)')."""
    for aside in _BRACKETED.finditer(text):
        inner = aside.group("inner")
        denial = _NEGATED.search(inner)
        if denial is None or (inner[denial.end() :].strip(" .,;") and not _ASSET_TAIL.match(inner[denial.end() :])):
            continue  # '(not required for nationals)': a denial that goes on says who it spares
        if re.search(r"\bor\b", text[: aside.start()], re.I) or not text[: aside.start()].strip(" .,;:"):
            continue
        head = inner[: denial.start()]
        wished = _WISHED_BEFORE.search(head)
        subject = (head[: wished.start()] if wished else head).strip(" ,;")
        if not re.search(r"\w", subject) or _MODE_WORD.fullmatch(subject):
            continue  # '(not required)', '(optional, not required)': the item's own mark, read as before
        welcome = wished is not None or _ASSET_TAIL.match(inner[denial.end() :]) is not None
        return text[: aside.start()] + (f" ({subject} is desirable)" if welcome else "") + text[aside.end() :]
    return None


_QUALIFIER = re.compile(r"(?:with|including|in\s+particular|especially)\b", re.I)


_THEM = re.compile(r"\b(one|any|either|each)\s+of\s+(?:them|these(?:\s+languages)?|those(?:\s+languages)?)\b", re.I)


def _them_named(sentence: str, previous: str) -> str:
    """'Bosnian, Croatian or Serbian at mother-tongue level is NOT required; a working knowledge (B1) of one of them is
    desirable': 'one of them' in a sentence that names no language is one of those the sentence before it names."""
    if not _THEM.search(sentence) or _named_languages(sentence, 1):
        return sentence
    names = _named_languages(previous)
    return _THEM.sub(lambda m: f"{m.group(1)} of {' or '.join(names)}", sentence) if names else sentence


def _named_languages(text: str, least: int = 2) -> list[str]:
    """The languages a denied clause names, in its order ('Bosnian, Croatian or Serbian at mother-tongue level')."""
    names = vocabulary().languages
    found = re.findall(r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b", text)
    return list(dict.fromkeys(found)) if len(found) >= least else []


_DENIED_AT = re.compile(
    r"\s+(?:(?:is|are)\s+)?not\s+(?:necessarily\s+)?(?:required|needed|necessary|mandatory|essential|compulsory)\b",
    re.I,
)


def _after_denial(tail: str) -> str:
    """What follows a denial after a comma when it states something of its own, with its own verb ('…, fluency in
    English is essential'); nothing otherwise."""
    m = re.match(r"^\s*[,;:]\s*(?P<rest>\S.*)$", tail, re.S)
    if m is None or _ASSET_TAIL.match(tail) or _NEGATED.search(m.group("rest")):
        return ""
    rest = m.group("rest").strip(" .")
    return rest if _OWN_VERB.search(rest) else ""


def _before_denied_item(piece: str) -> str:
    """What a clause states before the one item its denial names: 'Fluency in English, French not required' still
    asks English; the denial's subject is the last item alone when that item is one thing ('French'), not a list
    ('law, economics or politics is not required' asks nothing)."""
    m = _DENIED_AT.search(piece)
    if m is None:
        return ""
    before, comma, item = piece[: m.start()].rpartition(",")
    if not comma or not before.strip() or re.search(r"\b(?:or|and|nor)\b|/", item) or len(item.split()) > 4:
        return ""
    return before.strip()


_LABEL_FIRST = re.compile(r"^[^:;.]{1,60}:\s*")


def scopes(text: str) -> list[tuple[str, bool | None]]:
    """The clauses a desirability marker governs, each with `False` (desirable) or None (as the sentence is).

    'Preferred' or 'an asset' governs its own clause, not the whole sentence: the minimum in 'A minimum of
    2 years of experience, including 1 year in the field strongly preferred' stays mandatory.
    """
    desirable = _desirable_words(text)
    if _COUNTING_RULE.search(text):
        return [(text, None)]  # 'Only experience gained after the degree will be taken into account': how to count
    if vocabulary().item_mark.search(text):
        return [(text, False)]  # 'Experience with database software (desirable).': the item's own mark, for all of it
    if _WAIVED.search(text):
        return [(text, False)]  # '… is essential for success, but candidates without it will be considered'
    aside = _wish_aside(text, desirable)
    if (
        not desirable.search(text)
        and not _WISH_LEAD.match(text)
        and aside is None
        and not any(
            _WISH_OPENER.match(text[m.end() :]) and not _choice_among_named(text[m.end() :])
            for m in _clause_bounds(text)
        )
    ):
        return [(text, None)]
    if vocabulary().wish_headings.match(text) or vocabulary().wish_headings.match(_LABEL_FIRST.sub("", text, count=1)):
        # 'It would be great if you also have X with Y', 'French and/or German: preference will be given to
        # candidates with a good command of either': all of it is wished.
        return [(text, False)]
    if aside is not None:
        # 'University degree in economics (Master's preferred)': the wish in brackets is its own clause; the
        # sentence around it keeps its own force.
        rest, wished = text[: aside.start()] + text[aside.end() :], aside.group(1).strip()
        if _PERIOD_WISH.fullmatch(wished) and not YEARS.search(rest):
            # 'Experience in an international organisation (preferably 2 years)': the period is wished of what the
            # sentence names, which it asks without one.
            wished = f"{text[: aside.start()]} ({_WISH_OPENER.sub('', wished, count=1).strip()}){text[aside.end() :]}"
        return scopes(rest) + [(wished, False)]
    bounds, last = [], 0
    for m in _clause_bounds(text):
        if _choice_among_named(text[m.end() :]):
            continue
        bounds.append((last, m.start()))
        last = m.end()
    bounds.append((last, len(text)))
    spans = [(text[a:b].strip(" ,"), a, b) for a, b in bounds if text[a:b].strip(" ,")]
    pieces = [piece for piece, _, _ in spans]
    if len(pieces) == 1:
        return [(text, False)]
    # A clause opening with 'preferably' after a comma is a wish of its own; elsewhere the word governs nothing.
    opened = [bool(_WISH_OPENER.match(p)) if i > 0 else bool(_WISH_LEAD.match(p)) for i, p in enumerate(pieces)]
    marked = [bool(desirable.search(p)) or o for p, o in zip(pieces, opened, strict=True)]
    if all(marked) or not any(marked):
        return [(text, False)]
    # 'X, especially in Y, is highly desirable': a marker that is the predicate governs the clauses before it,
    # back to one with a verb of its own ('Fluency in English is required and knowledge of French is an asset').
    for i in range(len(pieces)):
        if _CONTRAST.match(pieces[i]):
            continue  # '…, while experience in X is desirable': the wish set against the rest is its own
        if _PART_OF.match(pieces[i]) and not re.search(r",\s*(?:\w+\s+){0,2}?" + _PREDICATE.pattern, pieces[i], re.I):
            # '…, of which three years at the international level is desirable': the part's own predicate wishes for
            # the part alone; '…, especially in Y, is highly desirable' (the predicate after a comma) wishes for all.
            continue
        if marked[i] and _PREDICATE.search(pieces[i]) and not _PREDICATE.search(pieces[i].split(" ", 1)[0]):
            # A new thing joined by 'and' after a part of the clause before ('…, including three years managing
            # teams, and experience in X would be desirable') wishes for itself alone: that part is its clause's.
            conjunct = i > 0 and bool(_CONJUNCT.search(text[spans[i - 1][2] : spans[i][1]]))
            j = i - 1
            while j >= 0 and not marked[j] and not _OWN_VERB.search(pieces[j]):
                if conjunct and _PART_OF.match(pieces[j]):
                    break
                if _own_requirement(pieces[j], pieces[j + 1], text[spans[j][2] : spans[j + 1][1]]):
                    break
                marked[j] = True
                j -= 1
    # Clauses the marker does not govern stay together, as written: '… combined with two additional years … in place
    # of the master's degree, and candidates must bring a minimum of eight years …' is read as one requirement.
    out: list[tuple[str, bool | None]] = []
    joined = 0
    for (piece, begin, end), is_marked in zip(spans, marked, strict=True):
        if not is_marked and out and out[-1][1] is None:
            out[-1] = (text[joined:end].strip(" ,"), None)
            continue
        joined = begin
        out.append((piece, False if is_marked else None))
    return out


def _own_requirement(before: str, after: str, between: str) -> bool:
    """Whether a clause after a bare comma is a requirement of its own that a wish in it does not reach back from:
    'Proficiency in English, knowledge of Russian is an asset' wishes for Russian alone. Items of one list, of one
    kind ('knowledge of Russian, knowledge of Uzbek would be an asset'), or with a plural predicate ('…, knowledge
    of Russian are assets') share the wish.

    After 'and', the clause before is a requirement of its own where its head states a strength of its own
    ('Fluency in English and knowledge of French is an asset', 'Proficiency in English and some knowledge of Russian
    would be an advantage': French and Russian alone are wished), unless the predicate is plural with nothing in its
    own clause to be plural of ('Fluency in English and knowledge of French are assets' wishes for both)."""
    if re.fullmatch(r"\s*,?\s*(?:and|as\s+well\s+as)\s*", between, re.I):
        if re.match(_OTHER_LANGUAGE, after, re.I) and _LANGUAGE_STRENGTH.match(before):
            # 'Excellent knowledge of one of English, French or Spanish and another language would be an asset': the
            # language asked at a strength of its own stays asked; the other language alone is wished.
            return True
        return _strength_of_its_own(before, after)
    head_before = re.match(_HEAD, before, re.I)
    head_after = re.match(_HEAD, after, re.I)
    if not re.fullmatch(r"\s*,\s*", between) or head_before is None or head_after is None:
        return False
    if head_before.group("head").lower() == head_after.group("head").lower():
        return False
    return not re.search(r"\b(?:are|were)\b", after, re.I)


_STRENGTH_HEAD = re.compile(
    r"(?:an?\s+)?(?:(?:full|professional|excellent|very\s+good|good|strong|advanced|native|high)\s+)?"
    r"(?:(?P<head>fluency|proficiency|command|mastery)\b|fluent\b)",
    re.I,
)
"""A requirement that states its own strength: 'Fluency in English', 'Excellent command of English', 'Fluent in …'."""


def _strength_of_its_own(before: str, after: str) -> bool:
    """Whether the clause before 'and' keeps its own force against the wish after it (`_own_requirement`)."""
    strength = _STRENGTH_HEAD.match(before)
    head_after = re.match(_HEAD, after, re.I)
    if strength is None or head_after is None:
        return False
    if (strength.group("head") or "fluency").lower() == head_after.group("head").lower():
        return False  # 'Fluency in English and fluency in French are an asset': one list, one wish
    predicate = _PREDICATE.search(after)
    plural = predicate is not None and re.match(r"are\b", predicate.group(), re.I)
    return not plural or bool(re.search(r"\b(?:and|or|as\s+well\s+as)\b|,|/", after[: predicate.start()], re.I))


_CONJUNCT = re.compile(r"\b(?:and|as\s+well\s+as)\b", re.I)
"""What joins a clause to the one before as a new thing ('…, and experience in X would be desirable')."""
_PART_OF = re.compile(r"(?:including|in\s+particular|especially|of\s+which)\b", re.I)
"""A clause that is part of the one before it ('…, including at least three years managing teams')."""
_ASIDE = re.compile(r"\s*\(([^()]*)\)")
# What a bracketed wish may say besides the thing wished for: '(desirable)', '(would be an asset)'.
_WISH_WORDS = re.compile(
    r"\b(?:is|are|would|will|be|an?|very|highly|strongly|much|considered|also|definite|distinct|great|real|"
    r"added|additional|strong|but|not|required|optional|ideally|preferably)\b",
    re.I,
)


_PERIOD_WISH = re.compile(
    rf"{WISH_ADVERB}\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?{NUMBER}"
    r"(?:\s+or\s+more)?(?:\s*(?:full[- ])?(?:years?|yrs?|months?)\b)?",
    re.I,
)
"""A bracketed wish that is a period alone: '(preferably 2 years)', '(ideally five)'."""


def _wish_aside(text: str, desirable: re.Pattern) -> re.Match | None:
    """The bracketed aside that holds the sentence's only desirability marker and names something of its own
    ('(Master's preferred)', '(knowledge of Russian an asset)'); None where the marker is outside brackets or
    the brackets hold the marker alone ('Knowledge of Russian (desirable)' is desirable as a whole)."""
    for m in _ASIDE.finditer(text):
        inner = m.group(1)
        if not (desirable.search(inner) or _WISH_OPENER.match(inner.strip())):
            continue  # '(preferably 2 years)', '(ideally in a field operation)' open with their wish
        if _PERIOD_WISH.fullmatch(inner.strip()) and re.match(r"\s*(?:full[- ])?(?:years?|yrs?)\b", text[m.end() :]):
            return None  # 'at least three (ideally five) years': the second figure of the minimum, read whole
        outside = text[: m.start()] + text[m.end() :]
        if desirable.search(outside) or not outside.strip(" ,.;:"):
            return None
        rest = _WISH_WORDS.sub(" ", desirable.sub(" ", inner))
        return m if re.search(r"[^\W\d_]{3,}|\d", rest) else None
    return None


def compile_text(source_text: str, *, posting_id: str | None = None, source_name: str | None = None) -> Compiled:
    # Two posts side by side in columns: the first column is read, so that no criterion mixes the two.
    first_column, side_by_side = pages.side_by_side(text.repair(source_text))
    repaired = pages.laid_out(first_column, pages.page_edges(source_text))
    if footnotes.has_marks(repaired):
        # '6 years*' and its note '* of which at least 2 years at the international level': read where the mark is.
        noted = footnotes.resolved(repaired.splitlines())
        if noted != repaired.splitlines():
            repaired = "\n".join(noted) + "\n"
    # A notice in lower case throughout is read with its names' capitals given back; criteria quote it as written.
    written = repaired
    repaired = text.recased(repaired)
    raw_lines = repaired.splitlines()
    tail: list[str] = []
    cut = layout.elsewhere_from(raw_lines)
    if cut is not None:
        # 'Similar jobs' after the notice: other posts, whose requirements, places and dates are not this one's.
        raw_lines, tail = raw_lines[:cut], raw_lines[cut:]
        repaired = "\n".join(raw_lines) + "\n"
    posts = layout.several_posts(raw_lines)
    others: list[str] = []
    if posts is not None and not posts.shared:
        # 'POST 1 - …' / 'POST 2 - …': the rule set is the first post's; another post's requirements, duty station
        # and languages are not merged into it.
        others = raw_lines[posts.start : posts.end]
        raw_lines = raw_lines[: posts.start] + raw_lines[posts.end :]
        repaired = "\n".join(raw_lines) + "\n"
    meta = layout.metadata(raw_lines, repaired)
    if meta.closes is None:
        # 'Application period 30 Nov 2026 - 27 Dec 2026', 'open from … until …': the period's last day closes it.
        meta.closes = period.period_end(repaired)
        if meta.closes is not None:
            meta.notes = tuple(n for n in meta.notes if n != "closing date not found")
    if posts is not None:
        meta.notes = (*meta.notes, _several_posts_note(posts))
    if side_by_side is not None:
        meta.notes = (*meta.notes, side_by_side.note())
    breaks: set[int] = set()
    unrolled = tables.unrolled(repaired)
    notes = footnotes.notes_apart(unrolled.splitlines())
    lines = layout.sections(
        text.logical_lines(
            unrolled,
            lambda line: layout.heading_of(line) is not None or layout.leads_in(line),
            # A footnote after a blank line starts afresh: it is no part of the list's last item.
            # A form's row of fields side by side ('Position name: …    Ref.: LY 17') is a line of its own too.
            lambda line: (
                layout.inline_heading(line) is not None or line in notes or layout.fields_row(line) is not None
            ),
            breaks,
        ),
        breaks,
    )
    lines = _alternatives_joined(lines)
    drafts: list[Draft] = []
    fates: list[Fate] = []
    reading = kinds.Reading(meta)
    lead: tuple[str, str] | None = None
    marks = legend.letters(repaired)
    # '(Certificates and Licenses marked with an asterisk* are essential)': the legend of the list it stands in.
    starred = {
        line.heading: mode
        for line in lines
        if line.section == "requirements" and (mode := legend.asterisk_mode(line.text)) is not None
    }
    wishing = False
    for line in lines:
        if line.opens:
            lead, wishing = None, False
            fates.append(Fate(line.text, line.heading, line.section, "heading", f"opens a {line.section} section"))
            continue
        section, heading = lead if lead and line.section in ("default", "other") else (line.section, line.heading)
        listed = bool(_LIST_LINE.match(line.text)) or line.text.rstrip().endswith(";")
        previous = ""
        if line.mode == "desirable" and _MADE_ESSENTIAL.search(line.text):
            # '- excellent command of English (C1). This is essential and candidates who do not meet it will not be
            # invited;' in a list of wishes: the item's own words make it asked of everyone.
            line = replace(line, mode="mandatory")
        for piece in _turned_back(text.sentences(line.text), line.text):
            inline = _lead_in_inline(piece)
            if inline is not None and inline[2]:
                # 'The following would be considered assets: a certification in audit; experience with …': the lead-in
                # makes each item after it a wish, up to the end of its sentence (on the lines it runs on to).
                lead_in, piece, _ = inline
                fates.append(
                    Fate(lead_in, heading, section, "heading", "opens a list of wishes: its items are desirable")
                )
                wishing = True
            elif inline is not None:
                # 'Candidates are expected to meet all of the following: nationality of Norway only; a degree in law':
                # the lead-in names nothing itself; its first item is read on its own, as every item after it is,
                # and what follows it is requirements wherever the line stands.
                lead_in, piece, _ = inline
                fates.append(Fate(lead_in, heading, section, "heading", "opens a list of requirements"))
                if section in ("default", "other", "skip", "info"):
                    # Its lead carries on to the lines after it only where those are under no heading of their own.
                    section, heading = "requirements", lead_in.rstrip(":").lower()
                    lead = (section, heading)
            # A sentence in capitals is read in the case the kinds read names in; its criteria quote it as written.
            read_as = _them_named(text.uncapitalised(piece), previous)
            # 'Knowledge of Albanian (D)' under a legend 'Essential (E) / Desirable (D)': the letter sets its mode.
            mode = "desirable" if wishing else legend.mode_of(piece, marks) or line.mode
            wishing = wishing and not piece.rstrip().endswith((".", "!"))
            if section == "requirements" and heading in starred:
                mode = legend.starred_mode(piece, starred[heading])
            sentence = Sentence(read_as, section, heading, mode, item=listed, previous=previous)
            previous = piece
            if section in ("default", "other") and _LEAD_IN.search(piece):
                # '… a year. Candidates must:• be under 30;• hold a degree': what follows a lead-in inside a line is
                # the requirements it introduces, up to the next heading, as under a lead-in on a line of its own.
                section, heading = "requirements", piece.strip().rstrip(":").lower()
                lead = (section, heading)
            found, why = _extract(sentence, replace(reading, before=drafts))
            unexplained = legend.unexplained(piece, marks) if section == "requirements" else None
            for draft in found:
                if draft.source == read_as:
                    draft.source = piece
                if unexplained and draft.kind != "driving-licence" and unexplained not in draft.review:
                    draft.review.append(unexplained)  # a licence's '(D)' is its category
            drafts += found
            fates.append(_fate(replace(sentence, text=piece), found, why))
    if others:
        opening = others[0].strip()
        why = f"another post of the notice ('{clip(opening, 40)}'): compile its part of the text on its own"
        fates.append(Fate(opening, opening, "elsewhere", "heading", "opens another post of the notice"))
        fates += [
            Fate(piece, opening, "elsewhere", "skipped", why) for line in others[1:] for piece in text.sentences(line)
        ]
    if tail:
        opening = layout.heading_of(tail[0]) or tail[0].strip()
        fates.append(Fate(tail[0].strip(), opening, "elsewhere", "heading", "opens the other posts the page lists"))
        why = f"after '{clip(tail[0].strip(), 40)}': another post, not this one"
        fates += [
            Fate(piece, opening, "elsewhere", "skipped", why) for line in tail[1:] for piece in text.sentences(line)
        ]
    drafts = _copy_in_another_language(drafts, fates, meta)
    drafts = merge(drafts)
    for amend in reading.amendments:
        amend(drafts)
    paths.routes_accepted(drafts)
    if repaired != written:
        for draft in drafts:
            draft.source = text.as_written(draft.source, written)
        for fate in fates:
            fate.text = text.as_written(fate.text, written)
    if not drafts:
        raise NoRequirements("no requirements found: the text names no degree, experience, language or other condition")
    return _assemble(drafts, meta, fates, posting_id=posting_id, source_name=source_name)


_WISHES_INLINE = re.compile(r"^(?P<lead>[^:;]{3,120}?)\s*:\s*(?P<items>\S.*)$")
_LEAD_IN_ONLY = re.compile(
    r"\bthe\s+following\b|\bto\s+(?:have|hold|bring|possess)\s*$|^\W*(?:\w+\W+){0,3}\w+\W*$", re.I
)
"""A lead-in that names nothing itself: 'The following would be considered assets', 'It would be an advantage to
have', 'Assets'."""


_REQUIRED_LEAD = re.compile(
    r"\b(?:candidates?|applicants?|you|nominees?|the\s+(?:successful\s+)?(?:candidate|applicant|incumbent))\b[^:;]{0,40}?"
    r"\b(?:must|should|shall|need\s+to|needs\s+to|will\s+need\s+to|(?:are|is)\s+(?:expected|required)\s+to)"
    r"(?:\s+(?:also|fully))?\s+(?:have|be|possess|meet|hold|fulfil|fulfill|satisfy|demonstrate)"
    r"(?:\s+(?:all|each|every|one)(?:\s+of)?)?\s+the\s+following(?:\s+(?:\w+\s+){0,2}\w+)?\s*$",
    re.I,
)
"""A lead-in to requirements that names nothing itself: 'Candidates are expected to meet all of the following',
'Applicants must have the following qualifications'."""


def _lead_in_inline(piece: str) -> tuple[str, str, bool] | None:
    """(the lead-in, the first item, whether the items are wishes) where a sentence opens with a lead-in that names
    nothing itself before a colon and its items follow on the same line ('The following would be considered
    assets: a certification in audit; …', 'Candidates must meet all of the following: a degree in law; …'), or
    None."""
    m = _WISHES_INLINE.match(piece)
    if m is None:
        return None
    lead = m.group("lead")
    if len(lead.split()) > 14:
        return None
    wished = (
        vocabulary().desirable.search(lead)
        or vocabulary().modes["desirable"].search(lead)
        or vocabulary().wish_headings.match(lead.strip())
    )
    if wished and _LEAD_IN_ONLY.search(lead):
        return lead.strip() + ":", m.group("items"), True
    if not wished and _REQUIRED_LEAD.search(lead):
        return lead.strip() + ":", m.group("items"), False
    return None


_COPY_SENTENCES = 3
"""How many requirement sentences in another language make a copy of the requirements, beside an English text
that states its own: a notice printed in English and then in French (or in alternating paragraphs)."""


def _copy_in_another_language(drafts: list[Draft], fates: list[Fate], meta: layout.Metadata) -> list[Draft]:
    """A notice's requirements in English and again in another language: the English text is read, and the copy
    adds nothing but a note naming it. A single sentence in another language stays an item for a person: it may
    ask what the English text does not."""
    copy = [
        d
        for d in drafts
        if d.id == "in-another-language" or (d.kind in ("requirement", "competency") and not_in_english(d.source))
    ]
    read = [d for d in drafts if d.kind not in ("requirement", "competency")]
    if len(copy) < _COPY_SENTENCES or len(read) < 2:
        return drafts
    why = "a copy in another language of the requirements read in English"
    for fate in fates:
        if fate.drafts and all(d in copy for d in fate.drafts):
            fate.outcome, fate.detail, fate.drafts = "skipped", why, []
    meta.notes = (
        *meta.notes,
        f"the notice repeats its requirements in another language ({len(copy)} sentences, from "
        f"'{clip(copy[0].source, 50)}'): read from its English text; check that the copy asks nothing more",
    )
    return [d for d in drafts if d not in copy]


def _several_posts_note(posts: layout.Posts) -> str:
    named = "; ".join(f"'{m}'" for m in posts.markers[:4]) + ("; …" if len(posts.markers) > 4 else "")
    if posts.shared:
        return (
            f"the notice holds {len(posts.markers)} posts ({named}) under the same requirements: the title and duty "
            "station are the first's; check them, and any exclusion of the duty station's nationals, for each post"
        )
    return (
        f"the notice holds {len(posts.markers)} posts ({named}): this rule set is the first's; compile each other "
        "post from its own part of the text"
    )


_OR_ALONE = re.compile(r"^[\s\W]*or[\s\W]*$", re.I)
_OR_AT_END = re.compile(r"\s*[;,]?\s+or\s*$", re.I)
_OR_OPENS = re.compile(r"^\s*(?:or|OR|Or)\s+(?=[a-z])")
_ITEM_START = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\u2023\u2043\-+*]|\(?(?:\d{1,2}|[a-z])[.)](?=\s))\s*", re.I)


# A label on a line of its own and its value on the next, as job boards print them: 'Age' / '27 - 80'.
_LABEL_ALONE = re.compile(
    r"^\s*(?:(?:minimum|maximum)\s+)?age(?:\s+(?:limit|range|requirements?|bracket))?\s*:?\s*$", re.I
)
_FIGURES_ALONE = re.compile(
    r"^\s*\d{1,3}(?:\s*(?:-|\u2013|to|and)\s*\d{1,3})?\s*(?:years?(?:\s+(?:old|of\s+age))?)?\s*$", re.I
)


def _alternatives_joined(lines: list) -> list:
    """'- Master's degree with five years of experience; or' / '- University degree with seven years': two items
    that are one requirement's alternatives, read as one sentence ('…, or …') so the second is a path of the first;
    so are two items with a line 'OR' between them.
    A label alone on a line and its figures on the next ('Age' / '27 - 80') are read as one line too."""
    out: list = []
    for line in lines:
        previous = out[-1] if out else None
        opening_or = _OR_OPENS.match(line.text)
        if (
            opening_or
            and previous is not None
            and not line.opens
            and not previous.opens
            and line.section == previous.section
        ):
            # '- A degree and three years …;' / '  OR' / '  secondary education and five years …;': the line that
            # opens with the 'OR' is the other route of the item before, read with it as '…, or …' is.
            stop = previous.text.rstrip()[-1:] in (";", ",", ".")
            joined = previous.text.rstrip(" .;,") + (", or " if stop else " or ") + line.text[opening_or.end() :]
            out[-1] = replace(previous, text=joined)
            continue
        if previous is not None and _LABEL_ALONE.match(previous.text) and _FIGURES_ALONE.match(line.text):
            out[-1] = replace(line, text=previous.text.strip().rstrip(":") + ": " + line.text.strip())
            continue
        if previous is not None and not line.opens and not previous.opens and _OR_ALONE.match(line.text):
            # '- Master's degree with seven years …' / 'OR' / '- Bachelor's degree with ten years …': the same.
            out[-1] = replace(previous, text=previous.text.rstrip(" .;,") + "; or")
            continue
        if (
            previous is not None
            and not line.opens
            and not previous.opens
            and line.section == previous.section
            and _OR_AT_END.search(previous.text)
        ):
            joined = _OR_AT_END.sub("", previous.text) + ", or " + _ITEM_START.sub("", line.text)
            out[-1] = replace(previous, text=joined)
            continue
        out.append(line)
    return out


def _fate(sentence: Sentence, found: list[Draft], why: str) -> Fate:
    if not found:
        return Fate(sentence.text, sentence.heading, sentence.section, "skipped", why)
    open_items = any(d.review or d.kind == "requirement" for d in found)
    return Fate(sentence.text, sentence.heading, sentence.section, "review" if open_items else "criterion", "", found)


# 'Candidates must:', 'Applicants should have the following:', 'You will need:': a lead-in to a list of requirements.
_LEAD_IN = re.compile(
    r"\b(?:candidates?|applicants?|you|nominees?|the\s+(?:successful\s+)?(?:candidate|applicant|incumbent))\b"
    r"[^.:]{0,40}\b(?:must|should|need\s+to|needs\s+to|will\s+need(?:\s+to)?|are\s+required\s+to|is\s+required\s+to)"
    r"(?:\s+(?:have|be|possess|meet|hold|fulfil|fulfill))?(?:\s+the\s+following(?:\s+\w+)?)?\s*:\s*$",
    re.I,
)
# 'Candidates who have previously held a post with the OSCE are not eligible': whoever it shuts out, a sentence that
# says so is never dropped, wherever it stands, whoever it names ('Retired officers may not apply', 'Former staff
# members … are not eligible for re-employment'); 'not eligible for overtime' is about something else.
_BARRED = re.compile(
    r"\b(?:candidates?|applicants?|persons?|people|individuals?|those|anyone|nationals?|citizens?|residents?|holders?|"
    r"staff(?:\s+members?)?|former|current|interns?|retired|retirees?|officers?|officials?|employees?|relatives?|"
    r"spouses?)\b[^.;]{0,160}?\b"
    r"(?:(?:are|is|will\s+be|shall\s+be)\s+(?:not\s+eligible|ineligible)|may\s+not\s+apply|cannot\s+apply|"
    r"can\s+not\s+apply|are\s+not\s+(?:allowed|permitted)\s+to\s+apply|will\s+not\s+be\s+considered)\b"
    r"(?!\s+(?:for|to)\s+(?!(?:apply|this|the|re-?employment|re-?appointment|re-?hire)\b)|"
    r"\s+(?:for|to)\s+the\s+(?!(?:post|position|vacancy|assignment|programme|program|role|job|fellowship|internship)\b))",
    re.I,
)


# 'Candidates who do not meet these requirements are not eligible', '… who apply after the deadline …': a rule the
# rest of the notice already states, or one about the application, not a further condition.
_RESTATED = re.compile(
    r"\b(?:(?:these|the|above|minimum|stated|listed|following|eligibility|mandatory)\s+(?:\w+\s+)?"
    r"(?:requirements?|criteria|conditions|qualifications)|deadline|incomplete|late\s+applications?)\b",
    re.I,
)


_GLOSS_ONLY = re.compile(r"\s*(?:[,\u2013-]\s*)?\((?:[^()]|\([^()]*\))*\)[.]?\s*")


def _describes_employer(text: str, organisation: str | None) -> bool:
    """'Central Institute for Peace (an independent graduate school and research NGO)', before any heading: the
    organisation's name with what it is in brackets says who is hiring, not whom."""
    name = (organisation or "").strip()
    return (
        bool(name)
        and text.strip().lower().startswith(name.lower())
        and bool(_GLOSS_ONLY.fullmatch(text.strip()[len(name) :]))
    )


def _extract(sentence: Sentence, reading: kinds.Reading) -> tuple[list[Draft], str]:
    """The criteria one sentence gives, or none and why; a sentence that says who is not eligible, when no kind
    reads it, is kept for a person."""
    if sentence.section == "elsewhere":
        return [], f"under '{sentence.heading}': another post, not this one"
    if sentence.section == "empty":
        return [], "a form's field left empty: it asks nothing"
    if sentence.section == "default" and _describes_employer(sentence.text, reading.posting.organisation):
        return [], "the organisation's name and what it is, not a requirement"
    amended = len(reading.amendments)
    found, why = _read(sentence, reading)
    # A sentence a kind took to change the posting once read ('Those who hold only a first degree are not
    # eligible', read against the degree asked) is read, whatever it says of who is not eligible.
    taken = len(reading.amendments) > amended
    if not found and sentence.section not in ("skip", "metadata") and _in_another_language(sentence.text):
        if _denied_in_another_language(sentence.text):
            return [], "in another language than English, it says something is not required"
        issue = "a requirement in another language than English: a person must read it and rewrite it as its kind"
        return [Draft("requirement", sentence.text, True, id="in-another-language", review=[issue])], ""
    if (
        # A bar read as a quality for the selection panel ('Current staff members are not eligible') is still a bar.
        (not found or all(d.kind == "competency" for d in found))
        and not taken
        and _BARRED.search(sentence.text)
        and not _RESTATED.search(sentence.text)
        and not competency.is_boilerplate(sentence.text)
    ):
        issue = "it says who is not eligible, in words no kind reads: a person must judge it or rewrite it as its kind"
        return [Draft("requirement", sentence.text, True, review=[issue])], ""
    said = _counted(sentence) if found else ""
    if said and not any("asks a count of" in text for d in found for text in (*d.review, *d.notes)):
        # 'Six years of experience, including service in no fewer than four observation missions': a kind read the
        # years and left the count, which no profile records; the count is checked by a person, never dropped.
        asked = [d for d in found if d.kind != "competency" and d.mandatory is not False]
        if asked:
            asked[0].review.append(f"{said}, which no criterion counts: a person checks it")
        elif found:
            found[0].notes.append(f"{said}, which no criterion counts.")
    opened = _OPEN_TO.search(sentence.text)
    if not found and opened and sentence.section not in ("skip", "metadata") and _ONLY.search(opened.group()):
        # 'Applications are open to candidates … who hold, or can obtain, a Swiss work permit', 'open only to
        # nationals of the following Member States: …': who may apply, in words no kind reads; never skipped.
        issue = "it says who may apply, in words no kind reads: a person must judge it or rewrite it as its kind"
        return [Draft("requirement", sentence.text, True, review=[issue])], ""
    return found, why


_OPEN_TO = re.compile(
    r"\b(?:open|restricted|limited|reserved)\s+(?:only\s+|exclusively\s+|solely\s+)?to\s+(?:the\s+)?"
    r"(?:candidates?|applicants?|nationals?|citizens?|holders?|persons?|people|residents?|those)\b[^.;]*",
    re.I,
)
"""A sentence that says who may apply ('This recruitment is open only to nationals of …')."""
_ONLY = re.compile(
    r"^\w+\s+(?:only|exclusively|solely)\b|\b(?:only|who|that|holding|with|following)\b(?![^.;]*\ball\s+nationalit)",
    re.I,
)
"""What makes it a condition: it names whom alone ('only', 'who hold …', 'of the following'), not everyone."""


_ENGLISH = re.compile(r"\b(?:the|and|of|is|are|must|with|in|for|to)\b", re.I)
_OTHER_TONGUE = re.compile(
    r"\b(?:le|la|les|des|du|une|est|pour|et|de|en|au|aux|sont|dans|avec|ou|sur|[dl]['\u2019]|der|die|das|und|ist|"
    r"für|mit|von|zu|eine|oder|sind|el|los|las|del|es|para|y|con|una|il|della|è|per)\b",
    re.I,
)


def not_in_english(text: str) -> bool:
    """A sentence written in another language than English: more of that language's small words than English's."""
    other = len(_OTHER_TONGUE.findall(text))
    return other >= 2 and other > len(_ENGLISH.findall(text))


def _in_another_language(text: str) -> bool:
    """'Une bonne maîtrise du français (niveau B2 minimum) est exigée pour ce poste.': a requirement stated in
    another language than English, which no kind reads; never silent."""
    if not vocabulary().foreign_requirements.search(text):
        return False
    return len(_OTHER_TONGUE.findall(text)) >= 2 and len(_OTHER_TONGUE.findall(text)) > len(_ENGLISH.findall(text))


# Where one clause of a sentence ends and another begins: a semicolon, or a word that sets clauses against each other
# ('… n'est pas requise, mais l'anglais est exigé').
_CLAUSES = re.compile(r";|\s(?=(?:mais|aber|sondern|jedoch|pero|sino|ma|però|cependant|toutefois|en revanche)\b)", re.I)


def _denied_in_another_language(text: str) -> bool:
    """'La connaissance du français n'est pas requise.', 'Gute Kenntnisse der deutschen Sprache sind nicht
    erforderlich.': a sentence in another language whose clauses only deny a need is no requirement; one that also
    states a need ('… n'est pas requise, mais la maîtrise de l'anglais est exigée') stays one."""
    vocab = vocabulary()
    denied = False
    for clause in _CLAUSES.split(text):
        if vocab.foreign_denial.search(clause):
            denied = True
        elif vocab.foreign_requirements.search(clause):
            return False
    return denied


# 'For International Professional and Field Service jobs: …', 'For General Service jobs: …': a line that holds for
# some categories of post only. The category a grade belongs to, by its letters.
_CATEGORY = (
    r"(?:(?:international\s+)?professional|field\s+service|national\s+(?:professional|officer)|general\s+service)"
)
_FOR_CATEGORIES = re.compile(
    rf"^\s*for\s+(?:the\s+)?(?P<who>{_CATEGORY}(?:\s*(?:,|/|and|or)\s*{_CATEGORY})*)"
    r"\s*(?:jobs?|posts?|positions?|staff|categor(?:y|ies)|levels?)?\s*:",
    re.I,
)
_CATEGORY_OF_GRADE = (
    (re.compile(r"^(?:NO-?[A-D]?|NP)-?\d*$"), "national"),
    # 'P-3', and 'PR2' as some applicant-tracking sites write a professional grade.
    (re.compile(r"^(?:P|D|PR)-?\d+$"), "professional"),
    (re.compile(r"^FS-?\d+$"), "field service"),
    (re.compile(r"^(?:G|GS)-?\d+$"), "general service"),
)


def _other_category(sentence: Sentence, reading: kinds.Reading) -> str | None:
    """The categories a 'For … jobs:' line names when the posting's grade is of none of them; None otherwise (no
    such line, or no grade to tell)."""
    m = _FOR_CATEGORIES.match(sentence.text)
    grade = str(getattr(reading.posting, "grade", None) or "")
    own = next((name for pattern, name in _CATEGORY_OF_GRADE if pattern.match(grade)), None)
    if not m or own is None:
        return None
    who = m.group("who").lower()
    named = {
        "national" if re.search(r"\bnational\s+(?:professional|officer)|\bNO\b", who, re.I) else None,
        "professional" if re.search(r"(?<!\bnational\s)professional", who) else None,
        "field service" if "field service" in who else None,
        "general service" if "general service" in who else None,
    } - {None}
    return None if not named or own in named else m.group("who").strip()


_AND_MUST = re.compile(
    r"[,;]?\s+and\s+(?=(?:(?:must|should|shall)\s+(?:not\s+)?)?(?:be|have|hold|possess|speak)\b|(?:fluent|proficient)\s+in\b)"
    r"|,\s+(?=(?:have|hold|possess|be)\s)",
    re.I,
)
"""Where a sentence that states a condition goes on to ask something else ('… must be nationals of X and must be born
on or after …', 'Applicants must be EU nationals and have three years of experience', '… nationals of a member
state, hold a university degree and …'): each clause is read on its own, so that neither is lost to the other's kind
(a condition would take the whole sentence)."""
_MODAL = re.compile(r"\b(?:must|should|shall)\b", re.I)
_BARE_VERB = re.compile(r"\s*(?:be|have|hold|possess|speak)\b", re.I)
"""A clause that starts with its verb ('…, be under 35'), asked as the first clause is ('must be under 35')."""
_CITIZENSHIP = re.compile(r"\b(?:citizens?|citizenship|nationals?|nationality|permits?|residen(?:ce|ts?|cy))\b", re.I)
"""A clause about the candidate's citizenship or right to stay, which a person settles where no kind reads it."""
_ITS_VERB = re.compile(r"\b(?:be|have|hold|possess|speak|is|are)\b", re.I)


def _clauses(text: str) -> list[str]:
    """The sentence cut where `_AND_MUST` says; at a comma only where the clause before has its own verb ('must hold a
    degree, be under 35'), never after a word between commas ('must, in principle, be under 65')."""
    parts, start = [], 0
    for cut in _AND_MUST.finditer(text):
        if (
            cut.group(0).lstrip().startswith(",")
            and "and" not in cut.group(0)
            and not _ITS_VERB.search(text, start, cut.start())
        ):
            continue
        parts.append(text[start : cut.start()])
        start = cut.end()
    return [*parts, text[start:]]


_BY_AGE = re.compile(
    r"\b(?:candidates|applicants|those|persons)\s+(?:who\s+are\s+)?"
    r"(?:in\s+the\s+[\w\s–-]{0,30}?\bage\s+(?:bracket|group|range|band|category)"
    r"|aged\s+(?:over|above|under|below|between|from|\d)"
    r"|(?:over|above|older\s+than|under|below|younger\s+than)\s+(?:the\s+age\s+of\s+)?\d+)",
    re.I,
)
"""A requirement's subject that is a group of candidates by age: 'candidates in the 28 to 30 years age bracket',
'applicants aged over 35', 'candidates older than 30'."""
_WITHOUT = re.compile(
    r"^\W*(?:applications?|candidates?|applicants?|nominations?|those|anyone|persons?)\s+"
    r"(?:(?:who|that)\s+(?:do|does)\s+not\s+(?:have|hold|possess|speak|show|demonstrate)|(?:who|that)\s+lacks?|"
    r"without|lacking|not\s+(?:having|holding|possessing|showing))\s+"
    r"(?P<what>[^.;]+?)\s+(?:(?:(?:will|shall|can|could|may)\s+not\s+be|cannot\s+be|(?:are|is|will\s+be|shall\s+be))\s+"
    r"(?:considered|accepted|shortlisted|short-listed|selected|not\s+eligible|ineligible|rejected|excluded|"
    r"disqualified)|(?:need|should|must)\s+not\s+apply|(?:are|is)\s+(?:kindly\s+)?(?:asked|requested)\s+not\s+to\s+apply)\b",
    re.I,
)
"""Who is shut out for lacking something ('Applications without knowledge of Albanian will not be considered',
'Candidates who do not hold a law degree are not eligible', 'Applicants who lack fluency in English need not
apply'): the thing lacked is a requirement."""
_ASKS = re.compile(r"\b(?:should|must|shall|needs?\s+to|are\s+required|is\s+required|have\s+to)\b", re.I)
_OWN_STAFF = re.compile(
    r"^\W*(?:(?:serving|current|existing)\s+)?(?:staff\s+members?|internal\s+(?:candidates?|applicants?)|"
    r"(?:serving|current)\s+staff)\b(?![^.;]*\b(?:will\s+be\s+given|preference|priority)\b)",
    re.I,
)
"""A rule said of the organisation's own staff ('Staff members of the Secretariat with five or more years of
continuous service must have completed two lateral moves', 'Internal candidates must have served one year in their
post'): asked of internal candidates only."""
_ELIGIBLE_HERE = re.compile(
    r"\b(?:eligible|ineligible)\b(?!\s+(?:for|to)\s+(?!(?:this|the)\s+(?:post|position|vacancy|job|role)\b|apply\b))",
    re.I,
)
"""Eligible for the post ('… are not eligible', '… eligible for this position'), not for a benefit ('not eligible for
overtime compensation')."""


_LABEL_ONLY = re.compile(
    r"[\W\d]*(?:(?:education(?:al)?|academic|professional|work|relevant|experience|languages?|language\s+skills|"
    r"skills|knowledge|qualifications?|requirements?|competenc(?:y|ies)|background|training|and|&|/|,)\s*)+[.:]?",
    re.I,
)
"""A sentence that only names what the ones after it are about ('Education and experience.', 'Language skills.'): a
label run in with its paragraph, which asks nothing."""

_APPLICATION_DOCUMENT = re.compile(
    r"^[\W\d]*(?:(?:an?|the|your|one|two|three|\d+)\s+)?(?:(?:updated|up-to-date|recent|current|detailed|short|"
    r"brief|complete|signed|scanned|personal|online|full)\s+)*"
    r"(?:CVs?|C\.V\.|curriculum\s+vitae|r[e\u00e9]sum[e\u00e9]s?|cover(?:ing)?\s+letters?|motivation(?:al)?\s+letters?|"
    r"letters?\s+of\s+(?:motivation|interest|reference|recommendation)|(?:reference|recommendation)\s+letters?|"
    r"statements?\s+of\s+(?:purpose|interest|motivation)|personal\s+statements?|writing\s+samples?|"
    r"(?:academic\s+)?transcripts?|cop(?:y|ies)\s+of\s+(?:your\s+|the\s+|all\s+)?(?:transcripts?|diplomas?|degrees?|"
    r"certificates?)|names?\s+(?:and\s+[\w-]+\s+(?:details\s+)?)?of\s+(?:\w+\s+)?(?:referees|references)|"
    r"(?:professional\s+)?referees)\b"
    # … and what follows says of it ('(maximum 2 pages)', 'of up to 500 words'), never a skill it names ('CV writing').
    r"(?=\s*(?:$|[(),.;:\u2013-]|(?:of|in|with|and|or|that|which|showing|detailing|including|stating|outlining|"
    r"describing|to|for|from|no|not|max\w*|up|must|should|are|is)\b))",
    re.I,
)
"""A document to send with the application ('an updated CV (maximum 2 pages)', 'a statement of purpose of up to 500
words', 'the names of 2 referees'), listed where the requirements are: what to send, not a qualification; its
figures are pages, words and people, never years or a level."""
_CONTACT = re.compile(
    r"^\W*(?:(?:please\s+)?(?:contact|e-?mail|write\s+to|call)\b|(?:for\s+)?(?:any\s+)?(?:further\s+|more\s+)?"
    r"(?:information|questions|queries|enquiries|inquiries)\b[^.;]*?:)[^.;]*?[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.I,
)
"""Whom to contact ('Contact the recruitment team: jobs@example.org', 'Questions: hr@…'): no qualification."""
_OTHER_POSTS = re.compile(
    r"^\W*(?:related|similar|other|more|recommended|latest|recent)\s+(?:calls|jobs|vacancies|positions|posts|"
    r"opportunities|openings|job\s+offers)\b[^:]{0,20}:",
    re.I,
)
"""A job board's list of other posts ('Related calls: … | …', 'Similar jobs: …'): no part of this posting, where it
names posts and asks nothing ('Similar posts: at least 3 years …' asks)."""


# 'Candidates who do not meet the minimum requirements will not be considered', 'All requirements listed are
# mandatory': a sentence that says only that the notice's requirements are required. The requirements it names are
# the notice's own ('the minimum requirements', 'the above criteria'), never a further kind ('the medical
# requirements', 'the security requirements'), and every other word is one of saying so.
_THE_RULE = re.compile(
    r"\b(?:(?:all|each|any|every|one|both)\s+(?:of\s+)?)?(?:the\s+|these\s+|those\s+|such\s+|its\s+|this\s+)?"
    r"(?:(?:above|above-?mentioned|aforementioned|minimum|basic|stated|listed|following|mandatory|eligibility|essential|"
    r"required|necessary|specified|said|set|general|published|advertised|post's|position's|vacancy's)\s+){0,2}"
    r"(?:requirements?|criteria|criterion|conditions|qualifications)\b"
    r"(?:\s+(?:above|below|listed|stated|specified|set\s+out|outlined|mentioned|indicated|required)(?:\s+(?:above|below|here|"
    r"in\s+(?:this|the)\s+(?:notice|vacancy\s+notice|announcement|advertisement|vacancy)))?"
    r"|\s+(?:of|for|in)\s+(?:this|the)\s+(?:post|position|vacancy|role|job|notice|vacancy\s+notice|announcement|"
    r"advertisement|assignment))*",
    re.I,
)
_SAYING_SO = re.compile(
    r"\b(?:candidates?|applicants?|applications?|nominees?|nominations?|those|persons?|only|who|that|which|whose|do|does|"
    r"did|not|no|fail|fails|failing|to|meet|meets|meeting|met|fulfil|fulfill|fulfils|fulfills|fulfilling|satisfy|"
    r"satisfies|satisfying|comply|complying|with|will|shall|would|can|cannot|may|be|been|is|are|must|should|all|fully|"
    r"strictly|absolutely|mandatory|required|essential|compulsory|obligatory|considered|shortlisted|short-listed|"
    r"accepted|selected|invited|retained|eligible|ineligible|excluded|rejected|disqualified|automatically|further|"
    r"consideration|for|this|the|post|position|vacancy|process|selection|and|please|note|kindly|in|order|as|a|an|"
    r"at|least|minimum|of|above|below|listed|stated|therefore|also|still|any|case)\b",
    re.I,
)


_FORCE = re.compile(
    r"\b(?:meet|meets|meeting|met|fulfil\w*|satisf\w*|comply\w*|mandatory|required|essential|compulsory|obligatory|"
    r"considered|shortlisted|short-listed|eligible|ineligible|excluded|rejected|disqualified|accepted|selected)\b",
    re.I,
)


def _restates_the_rule(text: str) -> bool:
    """Whether a sentence only says that the notice's requirements are required: it asks nothing of its own."""
    if not _THE_RULE.search(text) or not _FORCE.search(text):
        return False  # 'Conditions' alone is a label, no restatement
    rest = _SAYING_SO.sub(" ", _THE_RULE.sub(" ", text))
    return not re.search(r"[^\W\d_]", rest)


def _per_skill(sentence: Sentence, reading: kinds.Reading) -> bool:
    """'fluency in English is required:' / '- Reading: fluent' / '- Writing: confident', or a grid's row 'Albanian/
    fluent  confident  fluent' under 'Fluency in English and in Albanian or Serbian is required': the levels per skill
    of a language asked before, whose criterion keeps the level its own sentence states. A row that names a language
    asked before only as a wish is read on its own where it is no wish itself."""
    named = language.per_skill(sentence.text) if sentence.section not in ("skip", "metadata") else None
    if named is None:
        return False
    languages = [d for d in reading.before if d.kind == "language"]
    asked = {n for d in languages for n in d.params.get("languages", ())}
    needed = {n for d in languages if d.mandatory is not False for n in d.params.get("languages", ())}
    if not named:
        return bool(asked)
    return set(named) <= (asked if sentence.mode == "desirable" else needed)


_WHILE_MEETING = re.compile(
    r"\s*[,;]?\s*\b(?:as\s+long\s+as|so\s+long\s+as|provided(?:\s+that)?|if|on\s+condition\s+that|while)\s+"
    r"(?:you|they|he\s+or\s+she|the\s+(?:candidate|applicant)s?|candidates|applicants)\s+(?:still\s+|continue\s+to\s+)?"
    r"(?:meets?|fulfils?|fulfills?|satisf(?:y|ies))\s+(?:all\s+)?(?:the\s+|its\s+|their\s+|your\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:criteri(?:on|a)|requirements?|conditions?|limits?)(?=\s*(?:[.;,)]|$))",
    re.I,
)
"""A condition that only names a rule stated elsewhere ('…, as long as you still meet the age criterion', '…
provided they fulfil the eligibility requirements'): it asks nothing of its own, and its kind's word ('age') is no
limit of the sentence it closes ('You may apply up to 3 times')."""


_EXEMPTED = re.compile(
    r"\(\s*(?:but\s+)?(?:(?:is\s+)?(?:not|no)\s+(?:required|needed|necessary|mandatory|compulsory|applicable|"
    r"asked)\s+(?:for|of|from)|except(?:\s+for)?|exempt(?:ed|ion)?\s+(?:for|of))\s+(?P<who>[^()]{2,60})\)",
    re.I,
)
"""An aside that spares some candidates what the sentence asks: '(not required for nationals)', '(except for national
staff)'."""


def _read(sentence: Sentence, reading: kinds.Reading) -> tuple[list[Draft], str]:
    """The criteria one sentence gives, or none and why."""
    if _NOTHING.fullmatch(sentence.text):
        return [], "says nothing is asked"
    if nationality.open_to_all(sentence.text):
        return [], "says candidates of any nationality may apply: no nationality rule"
    if _restates_the_rule(sentence.text):
        return [], "says only that the requirements are required: it asks nothing of its own"
    if _LABEL_ONLY.fullmatch(sentence.text.strip()):
        return [], "a label naming what follows"
    if _APPLICATION_DOCUMENT.match(sentence.text):
        return [], "a document to send with the application, not a qualification"
    if _CONTACT.match(sentence.text):
        return [], "whom to contact, not a qualification"
    others = _OTHER_POSTS.match(sentence.text)
    if others and not (_DIMENSION.search(sentence.text, others.end()) or _STATED.search(sentence.text, others.end())):
        return [], "a list of other posts, not this posting's"
    meeting = _WHILE_MEETING.search(sentence.text)
    if meeting:
        rest = sentence.text[: meeting.start()] + sentence.text[meeting.end() :]
        got, why = _read(replace(sentence, text=rest), reading) if rest.strip(" .,;:") else ([], "")
        for draft in got:
            draft.source = sentence.text if draft.source == rest else draft.source
        return got, why or "asks only that a rule stated elsewhere be met"
    if legend.is_legend(sentence.text):
        return [], "a legend for the letters the items close with"
    if _per_skill(sentence, reading):
        return [], "levels per skill of a language asked before it: its criterion holds the level its sentence states"
    if paths.route_case(sentence, reading):
        return [], "the years of the route the sentence before it names: that route's path of the experience minimum"
    languages_counted = language.counts_before(sentence, reading)
    if languages_counted:
        return [], languages_counted
    other = _other_category(sentence, reading)
    if other:
        return [], f"holds for {other} posts, and this post's grade is of another category"
    if _BY_AGE.search(sentence.text) and _ASKS.search(sentence.text):
        # 'Candidates in the 28 to 30 years age bracket should have a PhD or …': what it asks holds for some
        # candidates only, and its ages are no years of experience.
        return [
            Draft(
                "requirement",
                sentence.text,
                True,
                review=["asked only of candidates of some ages: a person must judge it (no criterion holds for all)"],
            )
        ], ""
    if _OWN_STAFF.match(sentence.text) and (_ASKS.search(sentence.text) or _ELIGIBLE_HERE.search(sentence.text)):
        # Whether a candidate is one of the organisation's staff no profile records: the rule is for a person to check
        # of those who are, never a requirement of every candidate (nor a review item that holds every verdict).
        note = (
            "Asked only of the organisation's own staff members (internal candidates), which no profile records: a "
            "person checks it for a candidate who is one; it decides nothing for others."
        )
        return [Draft("competency", sentence.text, True, notes=[note])], ""
    counted = _COUNTED_AS.search(sentence.text)
    if counted and not _DEMANDS.search(sentence.text, 0, counted.start("verb")):
        asked = replace(reading, mode="sentence", here=[], rest=[], why="")
        why = paths.degree_counts_as_years(sentence.text, asked)
        if why is not None:
            return [], why
        # 'Each year of a PhD counts as one year of experience, up to a maximum of 3 years': how experience is
        # counted, which asks nothing of its own (never a doctorate, never a minimum of one year); no criterion
        # counts it, so its note says so.
        note = (
            f"'{clip(sentence.text)}' says what counts as experience, which no criterion counts: a person weighs it "
            "for a candidate short of the years"
        )
        return [Draft("competency", sentence.text, notes=[note])], ""
    if _NOT_REPLACING.search(sentence.text) and not _DEMANDS.search(sentence.text):
        # 'A master's degree does not replace experience': what cannot stand in for a requirement asks nothing of
        # its own (never the degree it names); the requirement it speaks of is asked where it is stated.
        note = f"'{clip(sentence.text)}' says what does not replace a requirement: it asks nothing of its own"
        return [Draft("competency", sentence.text, notes=[note])], ""
    clause = _COUNTING_CLAUSE.search(sentence.text)
    if clause and _DEMANDS.search(sentence.text, 0, clause.start()):
        # 'At least 5 years of experience, of which a PhD counts as 2 years': the minimum, read without the clause
        # that says how it is counted (never a doctorate asked, never a part of 2 years).
        got, why = _read(replace(sentence, text=sentence.text[: clause.start()].rstrip(" ,;") + "."), reading)
        for draft in got:
            draft.source = sentence.text
        said = clause.group("c").strip(" .")
        if paths.degree_counts_as_years(said, replace(reading, mode="sentence", here=[], rest=[], why="")):
            return got, why
        return got + [
            Draft(
                "competency",
                sentence.text,
                notes=[f"'{clip(said)}' says what counts as experience, which no criterion counts: a person weighs it"],
            )
        ], why
    exempt = _EXEMPTED.search(sentence.text)
    if exempt and sentence.mode != "desirable":
        rest = (sentence.text[: exempt.start()] + sentence.text[exempt.end() :]).strip()
        got, _ = _read(replace(sentence, text=rest), reading) if rest.strip(" .,;:") else ([], "")
        if any(d.mandatory is not False for d in got):
            # 'A valid driving licence (not required for nationals)': asked of some candidates and not of others,
            # which no criterion holds; a person judges it, never a sentence dropped as asking nothing, and never
            # a requirement asked of those it exempts.
            who = re.sub(r"\s+", " ", exempt.group("who")).strip(" .,;")
            issue = (
                f"'{clip(sentence.text)}' is not asked of {who}, which no criterion can tell: a person must judge it"
            )
            return [Draft("requirement", sentence.text, True, review=[issue])], ""
    lacking = _WITHOUT.match(sentence.text)
    if lacking and not _RESTATED.search(lacking.group("what")):
        # 'Applications without knowledge of Albanian will not be considered': what those without it are shut out
        # for is asked of every candidate, read as its kind; left to the rest when no kind reads it.
        what = lacking.group("what").strip(" ,")
        section = "requirements" if sentence.section in ("default", "other", "info") else sentence.section
        got, _ = _read(replace(sentence, text=what[:1].upper() + what[1:], section=section), reading)
        if any(d.kind not in ("competency", "requirement") for d in got):
            for draft in got:
                draft.source, draft.mandatory = sentence.text, True
            return got, ""
    parts = _clauses(sentence.text)
    modal = _MODAL.search(parts[0])
    if modal:
        # '…, be under 35': a clause with no verb of its own is asked as the first one is ('must be under 35')
        parts[1:] = [f"{modal.group(0)} {part.strip()}" if _BARE_VERB.match(part) else part for part in parts[1:]]
    conditioned = len(parts) > 1 and any(kinds.conditions(replace(sentence, text=part), reading) for part in parts)
    if conditioned or (len(parts) > 1 and any(_standing(part) or _CITIZENSHIP.search(part) for part in parts)):
        out: list[Draft] = []
        for part in parts:
            got, _ = _read(replace(sentence, text=part), replace(reading, before=reading.before + out))
            if not got and (_standing(part) or _CITIZENSHIP.search(part)):
                # 'Be a Danish citizen and have your residence in Denmark': a residence or a standing beside the rest
                # that no kind reads is for a person, never dropped.
                issue = f"'{clip(part.strip())}': a condition no kind reads beside the rest of its sentence: a person must judge it"
                got = [Draft("requirement", sentence.text, True, review=[issue])]
            for draft in got:
                draft.source = sentence.text
            out += got
        # A standing or a citizenship no kind reads, beside nothing any kind reads either, is one requirement for a
        # person, as the whole sentence: never one for each clause.
        if conditioned or any(d.kind not in ("requirement", "competency") for d in out):
            return out, "" if out else "no requirement in it"
    asked, denied = without_denials(sentence.text)
    if denied and not asked:
        return [], "says it is not required"  # 'A driving licence is not required': no condition is asked either
    found = kinds.conditions(replace(sentence, text=asked) if denied else sentence, reading)
    for draft in found if denied else ():
        draft.source = sentence.text
    if found:
        # 'A valid driving licence and fluency in English': what a condition kind says the sentence states besides
        # its condition (`beside`) is read on its own, never dropped with it.
        beside = getattr(checks.KINDS[found[0].read_by or found[0].kind], "beside", None)
        for part in beside(asked if denied else sentence.text) if beside else ():
            got, _ = _read(replace(sentence, text=part), replace(reading, before=reading.before + found))
            # 'A valid driving licence, held for a minimum of three years': a part the condition's own review item
            # already quotes for a person is that item, never a second requirement beside it.
            quoted = " ".join(r.lower() for d in found for r in d.review)
            if all(d.kind == "requirement" for d in got) and f"'{part.strip(' ,.;').lower()}'" in quoted:
                continue
            for draft in got:
                draft.source = sentence.text
            found = found + got
        return found, ""
    if (
        sentence.section in ("skip", "info")
        and competency.calls_itself_required(sentence.text)
        and not _ABOUT_THE_PROCESS.search(sentence.text)
        and not competency.is_boilerplate(sentence.text)
    ):
        # 'Experience with an enterprise resource planning system is required.' in prose under 'About the job' or
        # 'Additional information': a line that says it is required is asked wherever it stands, as under a
        # requirements heading (what the process asks is not).
        sentence = replace(sentence, section="requirements")
    if sentence.section == "skip" and not _asks_candidate(sentence):
        if _requirement_shaped(sentence.text):
            # 'Excellent knowledge of English or French …' under 'Accountabilities': a requirement's words where
            # duties stand, as when a page's two columns run together; never dropped in silence.
            issue = (
                f"a requirement's words under '{sentence.heading}' (duties or background): a person must judge "
                "whether the post asks it (a page's two columns may have run together)"
            )
            return [Draft("requirement", sentence.text, True, review=[issue])], ""
        return [], f"under '{sentence.heading}': duties or background"
    if sentence.section == "info":
        return [], f"under '{sentence.heading}': notes, only conditions of eligibility are read there"
    if sentence.section == "metadata":
        return [], f"the posting's metadata ('{sentence.heading}'), not a requirement"
    if sentence.heading and sentence.heading.endswith("?") and _YES.match(sentence.text):
        # 'Do I need a driving licence?' / 'Yes.': the answer asks what the question names, in no words of its own.
        issue = f"answers yes to '{sentence.heading}': a person must state what it asks as its kind"
        return [Draft("requirement", sentence.text, True, id=competency.slug(sentence.heading), review=[issue])], ""
    if sentence.text.rstrip().endswith(":"):
        stated = sentence.text.rstrip()[:-1]
        if not layout.asks_itself(stated):
            return [], "introduces a list"
        # 'fluency in English is required:' before the levels it asks per skill: a requirement of its own.
        found, why = _read(replace(sentence, text=stated), reading)
        for draft in found:
            draft.source = sentence.text if draft.source == stated else draft.source
        return found, why
    if competency.is_boilerplate(sentence.text):
        return [], "advice to applicants"
    if sentence.question and _APPLICANT_ASKS.match(sentence.text):
        # 'Can I apply with a doctorate?': an applicant's question, which its answer settles; it asks nothing.
        return [], "a question an applicant asks: its answer says what is asked"
    if _AFTER_SELECTION.search(sentence.text):
        # 'The selected candidate will be required to undergo a medical examination': a condition of appointment,
        # met after the selection, which no applicant can be screened on.
        return [], "a condition of appointment the selected candidate meets after selection: nothing to screen"
    if _OFFERED.match(sentence.text) and not _OFFERED_TO_WHOM.search(sentence.text):
        # 'The fellowship provides graduates with two years of work abroad': what it gives, whatever it measures.
        return [], "says what the programme or post offers, not what a candidate must have"
    found, why = kinds.whole(sentence, reading)
    if found or why:
        return found, why
    # Outside a requirements section only what is stated as a requirement is read, and no competencies.
    loose = sentence.section in ("default", "other") and not _asks_candidate(sentence)
    if loose and competency.calls_itself_required(sentence.text) and not _ABOUT_THE_PROCESS.search(sentence.text):
        # 'Experience with an enterprise resource planning system is required.' in a notice with no headings, or in
        # prose under a heading of its own: a line that says it is required is asked wherever it stands, as under a
        # requirements heading; never dropped because no kind reads it. What the process asks ('A police clearance
        # is required upon selection', '… must be submitted by …') is no quality of the candidate.
        sentence, loose = replace(sentence, section="requirements"), False
    if loose and not (
        _STATED.search(sentence.text)
        or (
            (_DIMENSION.search(sentence.text) or _LANGUAGE_WORDS.search(sentence.text))
            and _looks_like_requirement(sentence.text)
        )
    ):
        return [], "not under a requirements heading and states no requirement"
    out: list[Draft] = []
    asked, denied = without_denials(sentence.text)
    if not asked:
        return [], "says it is not required"
    # 'Minimum 3 years of experience in audit (5 years desirable)': the years wished for beside the minimum, read as
    # 'preferably 5 years' is (a preference in the minimum's note), never a wish of their own nor the minimum's.
    asked = _FIGURE_WISHED.sub(r"\g<open>preferably \g<n>", asked)
    clauses = scopes(asked)
    wishes: list[str] = []
    for clause, scope in clauses:
        part = Sentence(clause, sentence.section, sentence.heading, sentence.mode)
        # The clause's own 'an asset' or 'preferred' wins over any heading.
        mandatory = competency.mandatory(part) if scope is None else False
        got = _clause(part, replace(reading, before=reading.before + out), loose)
        if not got and scope is False and not loose:
            wishes.append(clause)
        for d in got:
            if d.mandatory is None:
                d.mandatory = mandatory
            d.source = sentence.text
        out += got
    if out:
        # 'including one year in election observation strongly preferred': a wish of its own beside the minimum.
        # '…, preferably including contexts involving minority communities': a preference that names no criterion
        # of its own is said in the note of the criterion it qualifies.
        preferred = [w for w in wishes if _WISH_OPENER.match(w)]
        out[0].notes += [f"A preference, not a minimum: '{clip(w.rstrip(' .;'))}'." for w in preferred]
        out += [
            Draft("competency", sentence.text, mandatory=False, id=competency.slug(w))
            for w in wishes
            if w not in preferred
        ]
    if not out:
        if loose:
            return [], "not under a requirements heading: no degree, years, language or condition in it"
        if _OURSELVES.match(sentence.text) or _ITSELF.match(sentence.text):
            return [], "says what the organisation is or does, not what a candidate needs"
        if _RETIREMENT.search(sentence.text) and not _CANDIDATE.search(sentence.text):
            return [], "states the organisation's retirement age, a term of service, not what a candidate needs"
        if vocabulary().application_step.search(sentence.text):
            # 'Interested candidates should send a cover letter and a CV': how to apply, where no kind reads more.
            return [], "says what to send with an application, not a qualification"
        if (
            wishes
            and len(wishes) == len(clauses)
            and (_PREDICATE.search(sentence.text) or _WISH_LEAD.match(sentence.text))
        ):
            # 'Prior internships are a plus.': a wish of the requirements no kind reads is the selection panel's; a
            # count it wishes for ('Experience in 2 missions is an asset') is said in its note.
            counted = _counted(sentence)
            notes = [f"{counted}, which no criterion counts."] if counted else []
            return [Draft("competency", sentence.text, mandatory=False, notes=notes)], ""
        mandatory = competency.mandatory(sentence) and any(scope is None for _, scope in clauses)
        # An item of a mandatory list that says what the candidate must have done or be ('Candidates must: • have
        # fulfilled any obligations concerning military service; • have passed a valid selection test') is stated as
        # a requirement, its verb notwithstanding.
        dimension = (
            bool(_DIMENSION.search(_without_rate(sentence.text)))
            and (
                _looks_like_requirement(sentence.text)
                or (sentence.mode == "mandatory" and bool(_LIST_VERB.match(sentence.text)))
            )
        ) or bool(_POST_RESTRICTED.search(sentence.text))
        # An item of a list of wishes, or of a list a lead-in makes mandatory ('the Ministry requires that
        # applicants' / '- have completed the basic course in civilian crisis management').
        listed = sentence.section == "requirements" and (
            sentence.mode == "desirable"
            or (
                sentence.mode == "mandatory"
                and bool(
                    _DONE.match(sentence.text)
                    or (_LIST_VERB.match(sentence.text) and _STANDING_HELD.search(sentence.text))
                )
            )
        )
        said = _counted(sentence)
        if said:
            # 'Experience: 5 missions', 'at least three election observation missions': a count no profile records,
            # never a free pass where it is asked.
            if mandatory:
                return [
                    Draft(
                        "requirement",
                        sentence.text,
                        True,
                        review=[f"{said}, which no criterion counts: a person checks it"],
                    )
                ], ""
            note = f"{said}, which no criterion counts."
            return [Draft("competency", sentence.text, mandatory=False, notes=[note])], ""
        if not (dimension or listed or competency.is_requirement(sentence) or _asks_candidate(sentence)):
            label = layout.metadata_label(sentence.text)
            if label:
                # 'Place of assignment: Tbilisi, Georgia (with travel to …)' among the items: the posting's own facts.
                return [], f"the posting's metadata ('{label}'), not a requirement"
            if _unread_item(sentence):
                # 'Military rank: Captain (OF-2) or equivalent', 'A strong publication record', 'Valid passport
                # for at least 6 months after the mission ends': an item of a list of requirements that no kind reads
                # is still asked of the candidate; a person states it as its kind or judges it, never dropped. A
                # quality no profile shows ('have a positive attitude') is a competency, for the selection panel.
                if not (mandatory and _checkable(sentence.text)) or _named_skill(sentence):
                    return [Draft("competency", sentence.text, mandatory=mandatory)], ""
                issue = "an item of the requirements no kind reads: a person must judge it or rewrite it as its kind"
                return [Draft("requirement", sentence.text, True, review=[issue])], ""
            if _cut_short(sentence) and mandatory:
                # 'Very good command of', at the end of a page or a copy: what it asks is in words the text lost.
                issue = "an item of the requirements cut short: a person must read the rest in the notice"
                return [Draft("requirement", sentence.text, True, review=[issue])], ""
            return [], "no requirement in it"
        if mandatory and dimension and _terms_of_the_post(sentence.text):
            return [], "says what the post offers or how it is filled, not what a candidate must have"
        if mandatory and (dimension or _standing(sentence.text)):
            out = [
                Draft(
                    "requirement",
                    sentence.text,
                    True,
                    review=["a requirement the compiler could not turn into numbers or levels: rewrite it as its kind"],
                )
            ]
        else:
            out = [Draft("competency", sentence.text, mandatory=mandatory)]
    return out, ""


_FIGURE_WISHED = re.compile(
    rf"(?P<open>\(\s*|,\s*)(?P<n>(?:{NUMBER})\+?\s*(?:years?|yrs?)(?:\s+or\s+more)?)\s+"
    r"(?:(?:is|are|would\s+be|will\s+be)\s+)?(?:(?:highly|strongly|very)\s+)?"
    r"(?:desirable|desired|preferred|preferable|an?\s+(?:asset|advantage|plus))(?=\s*[).;]|\s*$)",
    re.I,
)
"""Years wished for right after a minimum, in brackets or after a comma: '(5 years desirable)', ', 5 years preferred'."""


_RECORD = re.compile(r"\b(?:service|served|experience|aged?|old)\b", re.I)
"""Words of a candidate's own record ('… extended up to 2 years of service'): a limit a person settles."""


_MADE_ESSENTIAL = re.compile(
    r"(?<=[.;]\s)(?:[^.;]*?,\s*)?(?:this|it|which)\s+is\s+(?:an?\s+)?(?:essential|mandatory|compulsory|obligatory)\b"
    r"|\b(?:candidates|applicants|those)\s+who\s+do\s+not\s+(?:meet|fulfil|fulfill|satisfy|have)\s+(?:it|this)\b"
    r"[^.;]*?\bnot\s+be\s+(?:invited|considered|shortlisted|admitted|retained)\b",
    re.I,
)
"""An item's own sentence after it that makes it asked of everyone ('… This is essential', 'candidates who do not
meet it will not be invited')."""


_OFFERED = re.compile(
    r"^\W*(?:the|this|our)\s+(?:[\w-]+\s+){0,6}?(?:programme|program|fellowship|internship|traineeship|scheme|"
    r"mission|organi[sz]ation|office|secretariat|post|position|assignment)\s+(?:offers?|provides?|gives?|aims?)\b",
    re.I,
)
"""What a programme or post gives ('The Young Diplomats Programme offers recent graduates a first year abroad'), said
under a requirements heading: no item asked of a candidate, whatever measures it names."""
_OFFERED_TO_WHOM = re.compile(
    r"\b(?:must|should|shall|required?|need(?:s|ed)?|only|who|whose|holding|holders?|having)\b|\bwith\s+(?:an?|at\s+least)\s",
    re.I,
)
"""Words that say whom it is for ('… offers graduates who hold a master's degree …', '… to candidates with a degree in
law'): that is asked, and the kinds read it."""


def _terms_of_the_post(text: str) -> bool:
    """'Temporary agent contract of 5 years.', '1 year initially.': the terms of the appointment, in words of what
    the post offers (`not_asked`), a period its only measure, asked of no candidate (no 'must', no 'candidates') and
    of no record of theirs ('years of service'); 'Certification in contract law' names a qualification, and is
    asked."""
    measures = {m.group().lower() for m in _DIMENSION.finditer(text)}
    return (
        measures <= {"year", "years"}
        and not _RECORD.search(text)
        and bool(vocabulary().not_asked.search(text))
        and not _CANDIDATE.search(text)
        and not _STATED.search(text)
    )


_ABOUT_THE_POST = re.compile(
    r"^\W*(?:this|that|these|those|it|its|they|their|we|our|the\s+(?:mission|osce|organi[sz]ation|office|"
    r"operation|post|position))\b",
    re.I,
)
"""What the notice says of itself ('The Mission has 5 field offices'), never a count asked of the candidate."""


def _counted(sentence: Sentence) -> str:
    """What a requirement's count of things done says ("'Experience in 2 missions' asks a count of missions (2)"), or
    '' where it asks none."""
    count = _COUNT_OF.search(sentence.text) if sentence.section == "requirements" else None
    if count is None or _ABOUT_THE_POST.match(sentence.text):
        return ""
    return f"'{clip(sentence.text)}' asks a count of {count.group('what').lower()} ({count.group('n')})"


_COUNT_OF = re.compile(
    rf"(?<![\w.,])(?P<n>{NUMBER})\s+(?:(?!(?:years?|yrs?|months?|weeks?|days?|of|in|with|at|for)\b)[\w/-]+\s+){{0,3}}?"
    r"(?P<what>missions|deployments|assignments|rotations|tours\s+of\s+duty|elections|operations)\b",
    re.I,
)
"""A count of things done, not a period: '5 missions', 'three election observation missions'."""


_LIST_LINE = re.compile(
    r"^[\s>]*(?:[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\-+*]\s*(?=\w)|o\s+(?=[A-Z])|"
    r"\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]\s+(?=\w)|\d{1,2}(?:\.\d{1,2})+\s+(?=[A-Z]))",
    re.I,
)
"""A list's line: bulleted ('- ', '• ', '* '), numbered or lettered ('1. ', 'a) ', '2.5. '; a section's number with
no stop before a capital, '2.5 Be physically fit'), in a quote or not."""
_STATEMENT = re.compile(
    r"(?<=\w)\s+(?:is|are|was|were|will|would|shall|receives?|does|has|includes?)\b"
    r"|^\W*(?:this|that|these|those|it|its|they|their|we|our|he|she)\b",
    re.I,
)
"""A verb after its subject: a line that states something ('Fellows receive a stipend', 'The OPCW is …'), not the
item of a list of what a candidate must have ('Be physically fit', 'Has observed two elections')."""


def _unread_item(sentence: Sentence) -> bool:
    """An item of a list of requirements that no kind reads ('Right to work in Finland', 'Citizenship of our
    country'): not a wish (a list of wishes keeps its own), not a statement of what the post offers or the
    organisation is, not the selection's process, and not a label alone ('Special Notice', 'Other')."""
    text = sentence.text.strip()
    if sentence.section != "requirements" or sentence.mode == "desirable" or "<" in text:
        return False
    if _in_another_language(text):
        return False  # kept for a person as a requirement in another language, or denied there
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", text)
    # A label alone is no item: a line of capitalised words and their small words ('United Nations Considerations');
    # a word of standing among them ('Membership of the Bar (England and Wales)') asks it of the candidate.
    content = [w for w in words if (w[0].islower() or _STANDING.fullmatch(w)) and w.lower() not in _SMALL_WORDS]
    # Under 'Nationality' a line of names is the heading's value ('EU Member States'), no label.
    valued = bool(_VALUE_HEADING.search(sentence.heading or ""))
    if (not content and not valued) or len(words) < (2 if sentence.item or valued else 3) or _UNFINISHED.search(text):
        return False
    if not sentence.item and not text[:1].isupper():
        return False  # '> 40% of the time.': the end of a line cut short, not a list's item
    if _FIELDS_HEADING.search(sentence.heading or "") or _REFERENCE.search(text):
        # 'Field(s) of education' / 'Law, Political Sciences or other relevant field': the fields of a degree or of
        # experience the kinds read with it; 'OSCE Office in Dushanbe: VNPODS00288': a page's running reference.
        return False
    if _STATEMENT.search(text) and not _STATED.search(text) and not _ADDRESSED.match(text):
        return False
    return not vocabulary().not_asked.search(text) and not competency.is_boilerplate(text)


_STANDING = re.compile(
    r"(?:membership|registration|citizenship|clearance|accreditation|certification|licen[cs]e|passport|permit)",
    re.I,
)
"""A word of standing that a capitalised label's words never hold: the line asks it ('Membership of the Bar')."""
_VALUE_HEADING = re.compile(
    r"\b(?:nationalit(?:y|ies)|citizenships?|certificat\w*|licen[cs]es?|accreditations?|permits?|skills?)\b", re.I
)
"""A heading whose items are its values, names in capitals ('Nationality' / 'EU Member States', 'Certificates and/or
Licenses' / 'Certified Public Accountant (CPA)', 'Functional Skills' / 'PR-Refugee Protection'): such a line is an
item, no label."""
_SKILLS_HEADING = re.compile(r"\bskills?\b", re.I)


def _named_skill(sentence: Sentence) -> bool:
    """An item under a heading of skills that names a skill in capitals ('Functional Skills' / 'PR-Refugee
    Protection', 'IT skills' / 'Microsoft Office'): one the selection panel weighs. One with a figure or a word of
    standing ('Secret-level clearance') or a kind's dimension stays for a person."""
    return (
        bool(_SKILLS_HEADING.search(sentence.heading or ""))
        and not _HARD.search(sentence.text)
        and not _DIMENSION.search(sentence.text)
    )


_NOTHING = re.compile(
    r"\W*(?:not\s+(?:specified|applicable|required|needed|stated|mentioned)|n\s*/\s*a|none|nil|no(?:ne)?\s+required)"
    r"\W*",
    re.I,
)
"""'Not specified.', 'N/A', 'None': a form's field that asks nothing."""
_ADDRESSED = re.compile(r"\W*you\s+(?:are|have|hold|bring|can|speak|know)\b", re.I)
"""An item said to the candidate ('You are comfortable presenting to senior officials'): asked, not stated."""


def _cut_short(sentence: Sentence) -> bool:
    """An item of a list of requirements that ends on a small word ('Very good command of', 'resourcefulness,
    initiative and'): a sentence cut at the page's edge, its requirement in words the text lost."""
    text = sentence.text.strip()
    return (
        sentence.section == "requirements"
        and sentence.mode != "desirable"
        and bool(_UNFINISHED.search(text))
        and len(re.findall(r"[^\W\d_]+", text)) >= 3
        and not vocabulary().not_asked.search(text)
    )


_SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"]
)
_UNFINISHED = re.compile(
    r"\b(?:and|or|of|the|to|with|in|for|as|a|an)\s*$|\b(?!(?:bachelor|master|driver|doctor)['\u2019]s\b)[^\W\d_]+['\u2019]s\s*$",
    re.I,
)
"""A line ending on a small word ('Very good command of') or on a possessive that awaits its noun ('… with the
Alliance's as well as EU's'): a sentence cut at the page's edge, not an item. A degree's name ('… or Master's') is
whole."""
_FIELDS_HEADING = re.compile(r"\b(?:fields?|areas?)(?:\(s\))?\s+of\b|\bexpertise\b", re.I)
_REFERENCE = re.compile(r"\b[A-Z]{2,}[-/]?\d{3,}\b")
_HARD = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|rank|course|record|publications?|missions?|"
    r"passport|clearance|membership|registration|registered|accredit\w*|right\s+to\s+work|citizenship|"
    r"citizens?|nationals?|permit|visa|licen[cs]e|certificat\w*|vaccinat\w*|medical\w*|fit|fitness)\b",
    re.I,
)
"""What makes an unread item a condition a person must settle: a figure, or a word of status or standing ('Military
rank: Captain', 'Right to work in Finland', 'A strong publication record'), not a quality ('a positive attitude')."""


_STANDING_HELD = re.compile(
    r"\b(?:admission\s+to\s+the\s+bar|admitted\s+to\s+(?:the|a)\s+bar|called\s+to\s+the\s+bar|bar\s+(?:association|"
    r"council|exam\w*)|membership\s+(?:of|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:body|association|institute|"
    r"society|chamber|order|council)|(?:completed?|completion\s+of|passed|graduated\s+from)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:course|training|programme|program|examination|exam)|security\s+clearance|"
    r"(?:work|residence)\s+permit|certificat(?:ion|e)|registered\s+(?:with|as|in)|accredit\w*"
    # 'be employed by a national law enforcement authority', 'have worked for that employer for at least 12 months'
    r"|(?<!\bto\s)(?:be|is|are|being)\s+(?:currently\s+)?employed\s+(?:by|with|in|at)|(?:worked|served|been\s+employed)\s+"
    r"(?:for|with|by|at)\s+(?:that|this|the|their|his|her|its)\s+(?:(?:current|present|same|own)\s+)?employer)\b",
    re.I,
)
"""A standing the candidate holds or not, asked in words no kind reads ('Admission to the bar is required', 'Membership
of a professional accounting body', 'must have completed the basic course in civilian crisis management', 'be
employed by a national authority and have worked for that employer for 12 months'): a requirement a person settles,
never a quality for the selection panel that decides nothing."""

_STATUS_HELD = re.compile(
    r"^\W*(?:(?:candidates?|applicants?|you|must|should|shall|will|to|be|being|is|are|have|has|hold|holds|a|an|the|"
    r"only|also|still|not|currently|presently|current|close|immediate|[\w-]+\s+or)\b\s*)*"
    r"(?:serving\s+(?:[\w-]+\s+){0,2}?(?:officers?|members?|judges?|prosecutors?|officials?|personnel|soldiers?|"
    r"civil\s+servants?)|active[\s-]+(?:duty|service)\b|(?:employed|serving|working)\s+(?:by|in|with|for)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:civil\s+service|public\s+administration|ministry|agency|authority|"
    r"police|armed\s+forces|government|judiciary)|civil\s+servants?|member\s+of\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:judiciary|armed\s+forces|police|military|prosecution\s+service)|sitting\s+(?:judge|prosecutor)s?|"
    r"rank\s+of|right\s+to\s+work|(?:spouses?|relatives?|partners?)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:staff|employees?|officials?))\b",
    re.I,
)
"""A standing in a service or towards the staff that the item asks the candidate to hold, at its head ('Must be a
serving police officer', 'Candidates must be active-duty officers', 'Must be currently employed by a national law
enforcement agency', 'Must hold the rank of Captain or above', 'must have the right to work in Austria', 'must not be
a spouse or close relative of a staff member'). Where the standing is another's ('Experience working with serving
police officers', 'advise officers of the rank of colonel'), it asks nothing of the candidate."""


def _standing(text: str) -> bool:
    return bool(_STANDING_HELD.search(text) or _STATUS_HELD.search(text))


_PLACE_TO_GO = re.compile(
    r"\b(?i:(?:readiness|willing(?:ness)?|availab(?:le|ility)|prepared|ready)\b(?:\s+and\s+[\w-]+)?\s+to\s+(?:travel|"
    r"work|relocate|move|go|live)\b(?:\s+(?:frequently|often|extensively|regularly))?\s+(?:within|to|in|throughout|"
    r"across|around)\s+(?:the\s+)?)(?:[A-Z][\w'-]*(?:\s*,\s*|\s+(?:and|or)\s+|\s+)?)+"
)
"""Where a willingness takes the candidate ('Readiness to travel within Montenegro', 'willingness to work in Ukraine
and Moldova'): a place the post goes to, not a name the item asks the candidate to hold ('Prior deployment to Kosovo'
does)."""


def _checkable(text: str) -> bool:
    """Whether an unread item names a condition a candidate meets or not ('Citizenship of our country', 'Completed
    NATO staff course'): a figure, a status word, a kind's dimension or a name (a capitalised word after the
    first); a quality ('Political intuition and tact') is for the selection panel. Names in brackets are examples
    of what the item says ('Computer literate (Word, Excel)': a skill, whatever programs it names), not a name it
    asks for."""
    unbracketed = _PLACE_TO_GO.sub(" ", re.sub(r"\([^()]*\)", " ", text))
    names = [w for w in re.findall(r"\b[^\W\d_][\w'-]*", unbracketed)[1:] if w[0].isupper() and w != "I"]
    return bool(_HARD.search(text) or _DIMENSION.search(text) or _standing(text) or names)


_AFTER_SELECTION = re.compile(
    r"^\W*(?:the\s+)?(?:selected|successful|recommended|chosen)\s+(?:candidates?|applicants?|nominees?)\s+"
    r"(?:will|shall|must|may)\s+(?:also\s+)?(?:(?:be\s+(?:required|asked|expected)|have|need)\s+to\s+)?"
    r"(?:undergo|pass|be\s+subject(?:ed)?\s+to|complete)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:medical|health|security|background|reference)\b",
    re.I,
)
"""What the selected candidate undergoes before appointment: a medical examination, a security or background check."""

_ABOUT_THE_PROCESS = re.compile(
    r"\b(?:upon|on|after|before|prior\s+to|at\s+the\s+time\s+of|for|as\s+a\s+condition\s+of)\s+(?:the\s+|their\s+|an?\s+)?"
    r"(?:selection|appointment|recruitment|hiring|arrival|joining|entry\s+on\s+duty|taking\s+up|offer|deployment|"
    r"contract|travel|onboarding)\b"
    r"|\b(?:selected|successful|shortlisted|short-listed|recommended)\s+(?:candidates?|applicants?)\b"
    r"|\b(?:applications?|submissions?|nominations?|documents?|copies|forms?|referees?|references|cv|interviews?|"
    r"tests?|submit\w*|upload\w*|attach\w*|sen[dt])\b"
    r"|\b(?:we|the\s+(?:organi[sz]ation|employer|agency|office|mission))\s+(?:can|will|may|shall)\s+(?:\w+\s+)?"
    r"(?:support|assist|help|sponsor|arrange|obtain|provide)\b",
    re.I,
)
"""What a sentence says the process asks, not the candidate's qualification: what an application holds or must be
sent with, what a selected candidate must produce before appointment ('A police clearance is required upon
selection'), what the employer helps to obtain ('a work permit is required, and we can support the process')."""

_APPLICANT_ASKS = re.compile(
    r"^\W*(?:(?:can|may|could|should|must|do|am|will|would)\s+I|what\s+if\s+I|is\s+it\s+possible\s+to)\b", re.I
)
"""A question in the applicant's voice ('Can I apply with …?', 'Do I need …?', 'What if I …?')."""
_YES = re.compile(r"^\s*yes\b[\s.!,]*$", re.I)
"""An answer that is only 'Yes.'"""


def _requirement_shaped(text: str) -> bool:
    """A line that opens as a requirement list's item does ('Excellent knowledge of …', 'At least 8 years of …',
    'Master's degree in …') and states a degree, years or a language at a level."""
    bare = text.lstrip(" \u2022*-")
    return bool(vocabulary().item_openers.match(bare)) and layout.states_requirement(bare)


def _asks_candidate(sentence: Sentence) -> bool:
    """'Do you speak Russian?', 'Candidates must …': addressed to the applicant wherever it stands."""
    return competency.is_requirement(Sentence(sentence.text, "default", sentence.heading, sentence.mode))


_RESTRICTED_TO = re.compile(
    r"\bopen\s+to\b[^.;]*\bonly\b|\b(?:only|exclusively)\s+open\s+to\b|\bopen\s+(?:only|exclusively)\s+to\b"
    r"|\b(?:is|are)\s+(?:restricted|limited|reserved)\s+to\b|\breserved\s+for\b",
    re.I,
)
"""Who alone may apply, said of the post ('This position is open to Kosovo residents only', '… is restricted to
nationals of …'): a condition on the candidate, however the sentence is built."""


_POST_RESTRICTED = re.compile(
    r"\b(?:post|position|vacancy|job|call|assignment)\s+(?:is|are)\s+(?:only\s+|exclusively\s+)?"
    r"(?:open|restricted|limited|reserved)\s+(?:only\s+|exclusively\s+)?(?:to|for)\b[^.;]*?\b(?:only|exclusively)\b"
    r"|\b(?:post|position|vacancy|job|call|assignment)\s+(?:is|are)\s+(?:only|exclusively)\s+open\s+to\b"
    r"|\b(?:post|position|vacancy|job|call|assignment)\s+(?:is|are)\s+(?:open|restricted|limited|reserved)\s+"
    r"(?:only|exclusively)\s+(?:to|for)\b"
    r"|\b(?:post|position|vacancy|job|call|assignment)\s+(?:is|are)\s+(?:restricted|limited|reserved)\s+(?:to|for)\b",
    re.I,
)
"""Who alone may apply for the post ('The vacancy is open to internal candidates only'): asked of the candidate, in
whatever words it names them."""


_WILL_HOLD = re.compile(
    r"\b(?:you|candidates?|applicants?|the\s+(?:(?:successful|selected|ideal|preferred)\s+)?(?:candidate|applicant|"
    r"incumbent|post\s+holder))\s+will\s+(?:also\s+)?(?:hold|have|possess|bring|speak)\b",
    re.I,
)
"""The candidate's 'will hold' ('You will hold a master's degree', 'The successful candidate will have …'): what
the candidate is to hold, asked as 'must hold' or 'You hold' is; not a duty ('you will coordinate …')."""
_ACCEPTED_INSTEAD = re.compile(
    r"\b(?:accepted|acceptable|considered)\s+(?:in\s+lieu\s+of|instead\s+of|in\s+place\s+of)\b", re.I
)
"""'… will be accepted in lieu of the master's degree': a way to meet a requirement, which states that requirement's
route whatever its verb."""


_SOUGHT = re.compile(
    r"^\W*(?:we\s+(?:are\s+)?(?:looking|searching)\s+for|we\s+(?:are\s+)?seek(?:ing)?|we\s+(?:would\s+like|want)\s+to\s+"
    r"(?:hire|recruit|appoint))\s+(?:an?|the|one|two)\s+(?:[\w-]+\s+){0,3}?(?:with|who\s+(?:has|have|holds|hold)|holding|"
    r"having)\b",
    re.I,
)
"""The person a notice in prose seeks, with what they bring: 'We are looking for an engineer with a master's degree in
civil engineering' asks the degree, as 'Candidates must hold …' does."""


def _looks_like_requirement(text: str) -> bool:
    """A dimension word used as a requirement ('Be a national of a member state', 'Aged under 35'), not in passing
    ('this means that they are hired outside their country of residence')."""
    if _SOUGHT.search(text):
        return True
    if re.search(r"\b(?:we|our|the\s+(?:osce|organi[sz]ation|mission|office|unit))\b", text, re.I):
        return False
    return bool(
        _STATED.search(text) or _RESTRICTED_TO.search(text) or _WILL_HOLD.search(text) or _ACCEPTED_INSTEAD.search(text)
    ) or not re.search(r"\b(?:is|are|was|were|means|has|have|had|will|can)\b", text, re.I)


def _clause(sentence: Sentence, reading: kinds.Reading, loose: bool) -> list[Draft]:
    """Every kind on one clause: a clause can give a degree and its years, or two languages."""
    found = kinds.conditions(sentence, reading)
    if found:
        return found
    out = kinds.clause(sentence, reading)
    if loose:
        out = [d for d in out if d.kind not in ("competency",)]
    return out


def unique(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3` … whichever is free; it is then taken."""
    name, i = base, 2
    while name in taken:
        name, i = f"{base}-{i}", i + 1
    taken.add(name)
    return name


def _criterion(d: Draft, taken: set[str]) -> dict:
    d.id = unique(d.id or _default_id(d), taken)
    out: dict = {"id": d.id, "kind": d.kind}
    if not d.mandatory:
        out["mandatory"] = False
    module = checks.KINDS[d.kind]
    if hasattr(module, "emit"):
        out.update(module.emit(d.params))
    out["source"] = _source(d.source)
    notes = list(d.notes) + [f"Review: {r}" for r in d.review]
    if notes:
        out["note"] = " ".join(notes)
    return out


def _source(sentence: str) -> str:
    return re.sub(r"\s+", " ", sentence).strip().rstrip(";")


def _default_id(d: Draft) -> str:
    """An id that says what the criterion is: 'degree', 'experience', 'english', 'excellent-negotiating-skills'."""
    module = checks.KINDS[d.kind]
    if hasattr(module, "default_id"):
        return module.default_id(d.params, bool(d.mandatory))
    return competency.slug(d.source)


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "posting"


_NOT_PARAMETERS = {"id", "kind", "mandatory", "source", "note"}


def _stated(name: str, drafts: list[Draft], country: str | None) -> bool:
    """Whether the posting has its own word on an organisation-wide rule, which then is not added: for each of the
    rule's criteria, a criterion of its kind with each of its parameters, or those the organisation's data name
    for the rule (`stated_by`: a posting's own licence line states the field operations' licence rule only where
    it asks for manual transmission too, since a copy may leave that out; where the rule speaks of the duty
    station's country, `{country}`, one with
    that parameter for any country). A rule about the duty station's
    country is also the posting's own where the post is open only to that country's nationals (a national
    post). A rule stated in part is added whole: 'nationals of Serbia are not eligible' leaves the exclusion
    of Serbia's permanent residents to the rule, and a criterion stated twice decides the same way twice."""
    rule: list[dict] = osce().rules[name]
    if country and any("{country}" in str(c) for c in rule) and _open_only_to(country, drafts):
        return True
    by = osce().stated_by.get(name)
    return all(any(_states(d, criterion, by) for d in drafts) for criterion in rule)


def _seconded(meta: layout.Metadata) -> bool:
    """A seconded post: its contract says so, or its grade is a secondment grade (S, S1 … S4)."""
    grade = re.sub(r"[\s-]", "", meta.grade or "").upper()
    return meta.contract in ("secondment", "secondment-or-contracted") or bool(re.fullmatch(r"S\d?", grade))


def _open_only_to(country: str, drafts: list[Draft]) -> bool:
    return any(d.kind == "nationality" and country in (d.params.get("only") or ()) for d in drafts)


def _excludes(country: str, drafts: list[Draft]) -> bool:
    """Whether the notice itself excludes the country's nationals or its permanent residents (a mandatory criterion
    of its own): either is said of international posts only."""
    return any(
        d.kind in ("nationality", "residence")
        and d.mandatory is not False
        and country in (d.params.get("excluded") or ())
        for d in drafts
    )


def _states(draft: Draft, criterion: dict, by: list[str] | None) -> bool:
    if draft.kind != criterion["kind"]:
        return False
    params = {
        key: value for key, value in criterion.items() if key not in _NOT_PARAMETERS and (by is None or key in by)
    }
    return all(
        draft.params.get(key) is not None
        if "{country}" in str(value)
        else _no_looser(key, draft.params.get(key), value)
        for key, value in params.items()
    )


def _no_looser(key: str, said, rule) -> bool:
    """Whether a posting's own value states the rule's: the same, or, for an upper limit (`max_…`), one no looser, so
    that a notice's own looser limit never takes the organisation's stricter one away."""
    if key.startswith("max_") and isinstance(said, int | float) and isinstance(rule, int | float):
        return said <= rule
    return said == rule


def _undecided_exclusion(country: str | None) -> Draft:
    """The duty-station exclusion of a field post the notice does not call international or national: an item for
    a person, never an exclusion (a national post is open to the country's own nationals)."""
    where = f"the duty station's country ({country})" if country else "the duty station's country"
    return Draft(
        "requirement",
        f"International posts in field operations: nationals and permanent residents of {where} are not eligible "
        "(OSCE recruitment rules)",
        True,
        id="not-duty-station-national",
        review=[
            "the notice does not say whether the post is international (nationals and permanent residents of the "
            "duty station's country excluded: add `duty-station-exclusion` to `organisation_rules`) or national "
            "(open to them: delete this criterion)"
        ],
    )


def _assemble(
    drafts: list[Draft], meta: layout.Metadata, fates: list[Fate], *, posting_id: str | None, source_name: str | None
) -> Compiled:
    review = list(meta.notes)
    if meta.organisation is None:
        review.append("organisation not found: set `posting.organisation`")
    pid = meta.id or posting_id or (_slug(meta.title) if meta.title else None)
    if pid is None:
        pid = "posting"
        review.append("no requisition id or title: pass --id")
    posting: dict = {"id": pid, "title": meta.title or f"Vacancy {pid}"}
    for key in (
        "organisation",
        "issued_by",
        "duty_station",
        "country",
        "field_operation",
        "grade",
        "contract",
        "issued",
        "closes",
    ):
        value = getattr(meta, key)
        if value is not None:
            posting[key] = value
    posting["organisation"] = meta.organisation or "unknown"
    if meta.organisation != "OSCE":
        posting["field_operation"] = False  # the OSCE's field operations only
    if source_name:
        posting["source"] = source_name
    org_rules = []
    # A national post where the duty station is no participating State (Kosovo): its own people are neither
    # participating States' nationals nor, often, nationals of the place, so neither rule is applied and a person
    # sets who may apply (the notice's own words, 'open to residents of Kosovo only', are read as ever).
    outside_states = bool(
        meta.organisation == "OSCE"
        and meta.national
        and meta.country
        and meta.country not in osce().participating_states
    )
    if outside_states:
        review.append(
            f"a national post in {meta.country}, which is no participating State: the rules on participating States' "
            "nationals and on the duty station's nationals are not applied; a person sets who may apply"
        )
    if meta.organisation == "OSCE" and not outside_states:
        org_rules.append("participating-states")
        # An international field post: its grade, contract or title says so, or, where they say neither, the notice's
        # own word ('Nationals of the host country are not eligible'). Whichever sentence shows it, the post takes
        # every rule of international field posts: the exclusion whole (its permanent residents too), the licence
        # and, seconded, the limit in one mission.
        international = bool(
            meta.field_operation
            and (meta.national is False or (meta.national is None and meta.country and _excludes(meta.country, drafts)))
        )
        # A national post (a G or NP grade, 'Local contracted', a 'National …' title) takes neither rule of
        # international posts; nor does a post open only to the duty station's own nationals, whatever its
        # contract is called (the posting has its own word: below).
        if international:
            org_rules.append("duty-station-exclusion")
        elif (
            meta.field_operation
            and meta.national is None
            and not _stated("duty-station-exclusion", drafts, meta.country)
        ):
            drafts = [*drafts, _undecided_exclusion(meta.country)]
        if meta.consultancy:
            # The limit counts international service on the organisation's posts; a consultant's contract is none.
            review.append(
                "a consultant's contract (Special Service Agreement): the limit of cumulative international service, "
                "which counts service on posts, is not applied; add `cumulative-service` if it holds"
            )
        elif not meta.national:
            org_rules.append("cumulative-service")
        # Rules of the organisation that the notice need not repeat: the seven years in one mission of seconded
        # mission members, the appointment age of contracted staff, the licence of international field posts.
        international = international and not _open_only_to(meta.country or "", drafts)
        if international and _seconded(meta):
            org_rules.append("mission-service")
        if meta.contract == "contracted" and not meta.national:
            org_rules.append("contracted-age")
        if international:
            org_rules.append("field-licence")
        if meta.national and meta.country and not outside_states:
            org_rules.append("national-post")
        org_rules = [name for name in org_rules if not _stated(name, drafts, meta.country)]
    # The organisation's rules bring criteria of their own ids: a posting's criterion never takes one ('Nationals
    # of the host country are not eligible' beside the whole duty-station exclusion, which is added too).
    taken: set[str] = {str(c["id"]) for name in org_rules for c in osce().rules.get(name, ())}
    criteria = [_criterion(d, taken) for d in drafts]
    open_items: list[dict] = []
    for d in drafts:
        if d.mandatory is False:
            continue  # a wish never decides: what is unsure in it is in its note, not an item holding the verdict
        issues = list(d.review) or (
            ["a requirement in words only: a person must judge it or rewrite it as its kind"]
            if d.kind == "requirement"
            else []
        )
        open_items += [{"criterion": d.id, "issue": issue} for issue in issues]
        review += [f"{d.id}: {r}" for r in issues]
    counts: dict[str, int] = {}
    for c in criteria:
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
    ruleset = {
        "schema_version": SCHEMA_VERSION,
        "posting": posting,
        "organisation_rules": org_rules,
        "criteria": criteria,
    }
    if open_items:
        ruleset["review"] = open_items
    return Compiled(ruleset=ruleset, review=review, counts=counts, fates=fates)
