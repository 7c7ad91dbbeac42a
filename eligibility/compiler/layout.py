"""Where a posting's requirements are: its sections, and the metadata of its header and footer.

Four layouts are known (and mixtures of them): job-board summaries with
'Required Qualifications / Educational Background / Experience / Languages'
paragraphs, the OSCE vacancy layout ('General Minimum Requirements',
'Mandatory:', 'Desirable:', 'Additional Information'), a single 'Necessary
Qualifications' paragraph, and programme documents with no headings at all.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from eligibility.compiler import legend
from eligibility.compiler.text import routes_only, uncapitalised
from eligibility.compiler.vocabulary import vocabulary
from eligibility.countries import city_country, country_code
from eligibility.degrees import LADDER, mentions
from eligibility.organisation import Office, osce
from eligibility.periods import human_date

# Section kinds: 'requirements' (every sentence is a candidate requirement),
# 'info' (closing notes: only distinctive rules are read), 'skip' (duties,
# background), 'elsewhere' (other posts a page lists: nothing is read),
# 'other' (a heading of unknown meaning: only stated requirements are read),
# 'default' (before any heading, or unheaded documents).
_MARKDOWN = re.compile(r"^\s*(?:#{1,6}\s+|\*\*|__)")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|[a-zA-Z][.)]|[IVX]{1,4}[.)]|\(\w\))\s+")
"""A heading's number: '3.', '2)', '3.2' (a section's number, with no closing point), 'b)', 'IV.', '(a)'."""
_DECOR = re.compile(r"^[\s#*_>|\-\u2022]+|[\s#*_|\-\u2013:]+$")
_VERB = re.compile(r"\b(?:must|should|will|shall|is|are|was|were|has|have|may|can|please)\b", re.I)
_INLINE = re.compile(
    r"^\s*(?:#{1,6}\s+|\*\*)?(?P<h>[A-Za-z][\w/&,'() -]{1,60}?)\s*(?:\*\*)?\s*(?:[:\u2013-]\s+|:(?=[A-Z(]))(?P<rest>\S.*)$"
)
_DIMENSIONS = ("education", "experience", "language", "academic", "degree", "knowledge", "skills", "qualification")


@dataclass(frozen=True)
class Line:
    text: str
    section: str
    """'requirements', 'info', 'skip', 'other' or 'default'."""
    heading: str | None
    """The heading the line sits under, lower-case."""
    mode: str | None
    """'mandatory' or 'desirable' where a heading says so."""
    opens: bool = False
    """The line is a heading (or a list's introduction): it opens the section it names, and states nothing."""


def meaning(key: str) -> str | None:
    """What a heading's words say it opens: 'skip', 'info' or 'requirements'; None if they say nothing known."""
    vocab = vocabulary()
    if vocab.wish_alone.fullmatch(key):
        return "requirements"  # 'Plus:' alone heads a list of wishes
    if _ESSENTIAL_DUTIES.match(key):
        return "skip"  # 'Essential functions', 'Essential duties and responsibilities': the post's duties
    hits = [(m.start(), kind) for kind, pattern in vocab.headings.items() for m in [pattern.search(key)] if m]
    # The word that comes first decides: 'Responsibilities and required skills' opens duties.
    return min(hits)[1] if hits else None


# A mode's word before the duties' noun says which duties matter most, not what a candidate needs.
_ESSENTIAL_DUTIES = re.compile(
    r"^(?:essential|required|mandatory)\s+(?:job\s+)?(?:functions|duties|tasks|responsibilit|accountabilit)"
)


# 'Article 2 - ', 'Section 3: ', 'Part B. ', 'Annex IV - ': a section's designation before its heading's words, which
# numbers it as '3.' does.
_DESIGNATION = re.compile(
    r"^\s*(?:article|section|part|annex|chapter|appendix)\s+(?:\d{1,2}(?:\.\d{1,2})*|[A-Za-z]|[IVX]{1,4})"
    r"\s*(?:[-\u2013\u2014:.)]\s*|\s+(?=(?-i:[A-Z])))",
    re.I,
)


def _key(line: str) -> str:
    text = _DESIGNATION.sub("", _NUMBERED.sub("", _MARKDOWN.sub("", line)))
    return re.sub(r"\s+", " ", _DECOR.sub("", text)).strip().lower()


_BULLETED = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\u2023\u2043\-+>]|\*(?!\*))\s*")
_DEGREE_WORD = re.compile(
    r"\b(?:degree|diploma|bachelor'?s?|master'?s?|doctorate|ph\.?d|licen[cs]e|certificate)\b", re.I
)


def states_requirement(line: str) -> bool:
    """Whether a short line is itself a requirement ('Master degree in law', '5 years experience in law',
    'English C1', 'Law degree'), which no heading is, whatever its shape."""
    from eligibility.compiler import kinds
    from eligibility.compiler.draft import Sentence

    text = _DECOR.sub("", _NUMBERED.sub("", _BULLETED.sub("", _MARKDOWN.sub("", line.strip())))).replace("**", "")
    if not text.strip():
        return False
    sentence = Sentence(uncapitalised(text), "requirements")  # 'ENGLISH C1' states a requirement as 'English C1'
    reading = kinds.Reading(Metadata())
    found = kinds.conditions(sentence, reading) + kinds.clause(sentence, reading)
    if any(d.kind not in ("competency", "requirement") for d in found):
        return True
    # 'Law degree', 'University diploma': a qualification named with its own words, not a bare 'Degree:' label.
    # 'Degree Level', 'Years of experience / Degree level': a label naming a measure without its figure.
    label = bool(re.search(r"\b(?:years?|level)\b", text, re.I)) and not _FIGURE.search(text.lower())
    return bool(_DEGREE_WORD.search(text)) and len(text.split()) >= 2 and not line.strip().endswith(":") and not label


_NEEDED_END = re.compile(r"\b(?:is|are)\s+(?:also\s+)?(?:required|essential|mandatory|compulsory)\s*:?\s*$", re.I)


def asks_itself(line: str) -> bool:
    """Whether a list's lead-in states a requirement of its own, said to be required ('- Fluency in English is
    required:' before the levels it asks per skill), which is read as well as opening the list."""
    return bool(_NEEDED_END.search(line)) and states_requirement(line)


# '+ ELIGIBILITY CRITERIA', '+ WHAT WE LOOK FOR': a page's folding sections copied with their '+' toggles. A line in
# capitals after it is the section's heading, no item of a list.
_TOGGLE = re.compile(r"^\+\s+(?=[^a-z]*[A-Z]{2}[^a-z]*$)")


_FOLDED = re.compile(r"^\+\s+(?P<head>[A-Z][^.;:]{2,60})$")
"""'+ What we offer', '+ Medical and practical requirements': a folding section's heading in mixed case after its '+'
toggle, a heading where its words have a known meaning (an item '+ Fluency in French' states a requirement)."""


def heading_of(line: str) -> str | None:
    """The heading a whole line is, by its shape and words, lower-case; None for any other line.

    A heading is known by its shape and by not being a requirement: a bulleted line is a list item (unless it
    ends in ':' and opens a list of its own), and a numbered one is a heading only when it looks like one
    ('3. ESSENTIAL QUALIFICATIONS', 'a) Education -', '2. Languages'), never when it states a requirement.
    """
    stripped = _TOGGLE.sub("", line.strip())
    folded = _FOLDED.match(stripped)
    if folded and meaning(_key(folded.group("head"))) is not None and not states_requirement(folded.group("head")):
        stripped = folded.group("head")  # '+ What we offer', '+ How to apply': a folding section's toggle
    key = _key(stripped)
    glossed = _LONG_GLOSS.match(stripped)
    if glossed and (
        len(key) > 70
        or len(key.split()) > 8
        or re.search(r"[.;,]", glossed.group("gloss"))
        # 'Eligibility (all conditions must be met)', 'Requirements (each is mandatory)': a note in brackets on the
        # section's items as a whole; its verb is the note's, not the heading's. 'Languages (English is required)'
        # asks something of its own.
        or (
            _VERB.search(glossed.group("gloss"))
            and (
                _ON_THE_ITEMS.search(glossed.group("gloss"))
                or (
                    _ASSESSED.search(glossed.group("gloss"))
                    and not states_requirement(glossed.group("gloss"))
                    and not _tests_a_language(glossed.group("gloss"))
                )
            )
        )
    ):
        # '3. ADDITIONAL REQUIREMENTS (these are also mandatory; applications not meeting them will be excluded)': a
        # heading and a note in brackets on what it opens; the note's mode word is the heading's.
        head = heading_of(glossed.group("head"))
        if (
            _bare_mode(_key(glossed.group("head"))) == "pure"
            and not _BULLETED.match(stripped)
            and not states_requirement(glossed.group("gloss"))
        ):
            # 'Optional (not required, but please indicate)', 'Desirable (not a condition of eligibility)': a mode's
            # word alone heads the section, in its own mode whatever the note in brackets says. 'Required (valid
            # manual-gear licence; …)' under a label is the label's value.
            return _key(glossed.group("head"))
        if (
            head is not None
            and meaning(head) is not None
            and _bare_mode(head) != "pure"
            and not _BULLETED.match(stripped)
            and _heading_on_its_own(stripped, key) is None
        ):
            # '(including desirable skills …)' says the section mixes modes: the items' own words tell.
            gloss = _key(glossed.group("gloss"))
            mode = None if re.search(r"\binclud", gloss) else _own_mode(gloss)
            return f"{head} ({mode})" if mode else head
    return _heading_on_its_own(stripped, key)


def _heading_on_its_own(stripped: str, key: str) -> str | None:
    question = _question_heading(stripped, key)
    if not key or len(key) > 70 or len(key.split()) > 8 or (stripped.endswith((".", ";", ",", "?")) and not question):
        return None
    if stripped[:1].islower() and not stripped.endswith(":") and not _lettered_mode_heading(stripped, key):
        # 'responsible professional experience' under '… diversified and progressively': a sentence's wrapped end.
        # A notice in lower case throughout has its headings' capitals given back before it is read.
        return None
    bulleted = bool(_BULLETED.match(stripped)) and not _MARKDOWN.match(stripped)
    if bulleted and not stripped.endswith(":"):
        return None
    if question:
        return key  # 'Which languages?', 'Do I need a driving licence?': a question that heads its answer
    found = _heading_shape(stripped, key)
    if found is not None and states_requirement(stripped):
        return None
    return found


def _lettered_mode_heading(stripped: str, key: str) -> bool:
    """'c) Assets', 'b) Desirable qualifications', 'b) Selection criteria': a lettered line made of a mode's words, or
    of the words that name a part of the requirements, heads the items after it, where a lettered item ('h) Computer
    skills') is one of the list's items."""
    if _NUMBERED.match(stripped) is None:
        return False
    return _bare_mode(key) is not None or (
        bool(_PART_NAMED.search(key)) and not re.search(r"[a-z]", _PART_WORDS.sub("", key))
    )


_PART_NAMED = re.compile(r"\b(?:criteria|criterion|requirements?|conditions?|qualifications?)\b")
_PART_WORDS = re.compile(
    r"\b(?:selection|eligibility|admission|award|general|specific|special|other|additional|further|criteria|"
    r"criterion|requirements?|conditions?|qualifications?|and|for|of|the)\b|[^a-z]+"
)
"""The words of a heading that names a part of the requirements ('Selection criteria', 'Other conditions')."""


def _tests_a_language(gloss: str) -> bool:
    """'English will be tested': a note that names the language it tests asks that language, as 'English is
    required' does; 'all languages will be tested' names none."""
    from eligibility.checks.language import names_a_language

    return names_a_language(gloss)


_ON_THE_ITEMS = re.compile(r"\b(?:all|each|every|both|these|them|they|none|any\s+of)\b", re.I)
"""Words of a note that speaks of a section's items as a whole ('all conditions must be met')."""
_ASSESSED = re.compile(r"\b(?:assessed|tested|evaluated|verified|taken\s+into\s+account)\b", re.I)
"""Words of a note on how a section's items are weighed ('will be assessed at the interview')."""
_LONG_GLOSS = re.compile(r"^(?P<head>[^()]{3,70}?)\s*\((?P<gloss>[^()]{3,200})\)\s*:?\s*$")
"""A line that is a heading and a note in brackets: 'ADDITIONAL REQUIREMENTS (these are also mandatory; …)'."""


# 'Which languages?', 'Who can apply?', 'Do I need a driving licence?': a notice written as questions and answers.
# A question put to the candidate ('Do you speak Russian?') asks for the answer, and is no heading.
_QUESTION = re.compile(
    r"^(?:which|what|who|whom|do|does|is|are|how|can|must|will|should|am)\b(?![^?]*\b(?:you|your)\b)", re.I
)


def _question_heading(stripped: str, key: str) -> bool:
    """Whether a line is a question that heads its answer: short, opening with a question word, not put to the
    candidate, and naming what a heading names ('languages', 'driving licence', 'who can apply')."""
    return (
        stripped.endswith("?")
        and not _BULLETED.match(stripped)
        and 0 < len(key.split()) <= 8
        and bool(_QUESTION.match(key))
        and meaning(key.rstrip("?")) is not None
    )


def _heading_shape(stripped: str, key: str) -> str | None:
    if vocabulary().wish_headings.match(key) and not stripped.endswith("."):
        return key  # 'It would be great if you also have', 'Bonus points for': a list of wishes follows
    label, colon, value = stripped.partition(":")
    if (
        colon
        and value.strip()
        and not _MARKDOWN.match(stripped)
        and meaning(_key(label)) == "requirements"
        and meaning(_key(_GLOSS.sub("", value))) is None
    ):
        return None  # 'Languages: Spanish', 'Education: Law degree': a label and its value, read under the label
    gloss = _GLOSS.search(key)
    if gloss and _glossed_heading(key[: gloss.start()], gloss.group().strip(" ()")):
        return key  # 'Must have (Essential qualifications and experience)': the words in brackets name the section
    if _ASKED_AS_QUESTION.match(key) and meaning(key) is not None:
        return key  # 'What would make you stand out', 'Who we are looking for': a question's words head its answer
    if _VERB.search(key) and not _MARKDOWN.match(stripped) and _VERB.search(_without_heading_words(key)):
        return None
    strong = (
        stripped.endswith(":")
        or bool(_MARKDOWN.match(stripped))
        or (stripped.isupper() and len(key) > 3)
        or bool(re.search(r"\s[-\u2013]\s*$", stripped))
    )
    known = meaning(key)
    if known == "requirements" and not strong and _names_its_object(key):
        return None  # 'Experience in project management', 'Knowledge of procurement rules': an item, not a heading
    if known and (strong or len(key.split()) <= 5 or _names_quantity(key)):
        return key
    if strong and re.search(r"[a-z]", key) and not re.search(r"\d{4}|https?:", key):
        return key
    return None


_ASKED_AS_QUESTION = re.compile(r"^(?:what|who|why|how)\b")
"""A heading worded as a question without its mark ('What would make you stand out (selection)', 'What you will
need'): its verbs are the question's, and its words of a known meaning say what it opens."""
_GLOSS = re.compile(r"\s*\([^()]*\)\s*$")
"""A gloss in brackets at a line's end: 'Must have (Essential qualifications and experience)'."""


def _glossed_heading(words: str, gloss: str) -> bool:
    """Whether a short line's few words ('must have', 'part b') are glossed in brackets by a heading of a known
    meaning ('essential qualifications and experience'): the line heads that section, whatever its own words."""
    words = words.strip(" -\u2013:")
    return (
        0 < len(words.split()) <= 3
        and not re.search(r"\d{2}", words)
        and heading_of(gloss[:1].upper() + gloss[1:]) == _key(gloss)
        and meaning(_key(gloss)) is not None
    )


_QUANTITY = re.compile(r"\b(?:years?|level|certificates|licen[cs]es|field\(s\))(?!\w)")
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b|\ba\s+(?:year|degree)\b"
)


def _names_its_object(key: str) -> bool:
    """A short line that says what in ('Experience in project management') states a requirement: the words after its
    first preposition name no heading's subject ('Field of expertise requirements', 'Knowledge of languages' stay
    headings)."""
    m = re.search(r"^\S+(?:\s+\S+)?\s+(?:in|of|with|on)\s+(?P<what>.+)$", key)
    if m is None:
        return False
    what = m.group("what")
    return not any(pattern.search(what) for pattern in vocabulary().headings.values())


def _names_quantity(key: str) -> bool:
    """'Min. years of relevant work experience', 'Years of Experience / Degree Level', 'Certificates and/or
    Licenses': a label naming what is measured without giving its figure, so the value stands on the next line."""
    return bool(_QUANTITY.search(key)) and not _FIGURE.search(key)


def _without_heading_words(key: str) -> str:
    """The key without the heading phrases it holds: a verb inside one ('Who can apply', 'What you must bring')
    is the heading's own, not a sentence's."""
    for pattern in vocabulary().headings.values():
        key = pattern.sub(" ", key)
    return key


def inline_heading(line: str) -> tuple[str, str] | None:
    """'Education: A master's degree …' -> ('education', 'A master's degree …') when the label has a known meaning."""
    m = _INLINE.match(line)
    if not m:
        return None
    key = _key(m.group("h"))
    if not key or len(key.split()) > 5 or _VERB.search(key):
        return None
    kind = meaning(key)
    if kind is None:
        return None
    return key, m.group("rest").strip()


_FIELD = re.compile(r"^[A-Z][\w'\u2019/() .-]{0,40}:\s*\S")


def fields_row(line: str) -> list[str] | None:
    """'Position name:    Border Adviser        Ref.: LY 17': a form's row of two fields or more side by side, each
    'Label: value', parted by a run of spaces or a tab (as a PDF's form reaches its text); None for any other line."""
    stripped = line.strip()
    if len(stripped) > 300 or not _FIELD.match(stripped):
        return None
    parts = [part.strip() for part in _NEXT_LABEL.split(stripped)]
    return parts if len(parts) >= 2 and all(_FIELD.match(part) for part in parts) else None


def _asks_nothing(fields: list[str]) -> bool:
    """Whether no field of a row is labelled as a requirement ('Employment regime', 'Job Location'), so the row
    states the post's particulars, never a condition ('Education: …' beside 'Experience: …' is one)."""
    return all(meaning(_key(field.split(":", 1)[0])) != "requirements" for field in fields)


def metadata_label(line: str) -> str | None:
    """The label of a line that states the posting's metadata ('Organisation: IOM' -> 'organisation', 'Closing
    date: 2 March 2026' -> 'closing date'), or None; a label whose words open requirements ('Profile: a master's
    degree …') is left to be read as such."""
    stripped = re.sub(r"^[\s#*_\u2022|]+|\*\*", "", line).strip()
    if len(stripped) > 160:
        return None
    for kind, pattern in vocabulary().labels.items():
        m = pattern.match(stripped)
        label = _key(stripped[: m.start("v")]).rstrip(" :|") if m else ""
        if kind in ("terms", "board") and m and _ASKED_OF_THEM.search(m.group("v")):
            continue  # 'Schedule: availability to work in shifts is required': a condition under a term's label
        if m and m.group("v").strip(" *|") and meaning(label) != "requirements":
            return label
    return None


_ASKED_OF_THEM = re.compile(r"\b(?:required|requires?|must|mandatory|essential|compulsory)\b", re.I)


# 'Competencies (core values, not screening criteria)', 'Optional (not required)': a heading that says what it opens
# is asked of no one.
_NOT_ASKED = re.compile(
    r"\b(?:not|no|never|none\s+of\s+(?:them|these|which)\s+(?:is|are))\s+(?:an?\s+)?(?:(?:screening|eligibility|"
    r"selection|minimum)\s+)?(?:criteria|criterion|requirements?|conditions?|prerequisites?|required|mandatory)\b"
)


def _own_mode(key: str) -> str | None:
    """The mode a heading's own words give: 'desirable', 'mandatory' or None."""
    key = legend.without_pairs(key)  # 'Requirements (Essential (E) / Desirable (D))': a legend sets no mode
    if _names_competencies(key) or vocabulary().wish_alone.fullmatch(key) or _NOT_ASKED.search(key):
        return "desirable"
    modes = vocabulary().modes
    if modes["desirable"].search(key):
        return "desirable"
    if modes["mandatory"].search(key):
        return "mandatory"
    for mode, words in vocabulary().heading_modes.items():
        m = words.search(key)
        # 'Should have:', 'What we value (should have)': a label's own words, not a sentence's ('Candidates should
        # have:' introduces what is required).
        if m and (m.start() == 0 or key[m.start() - 1] == "(" or not _MODAL.match(m.group())):
            return mode
    return None


_MODAL = re.compile(r"(?:should|must|could)\b", re.I)
_COMPETENCIES = re.compile(r"\bcompetenc(?:ies|y)\b")
_COMPETENCY_WORDS = re.compile(
    r"\b(?:competenc(?:ies|y)|core|behaviou?ral|managerial|required|key|personal|values?|attributes?|and|the|"
    r"organi[sz]ational|[\w-]+\s+group)\b|[^a-z]+"
)


def _names_competencies(key: str) -> bool:
    """'Competencies', 'Core competencies', 'Behavioural competencies', 'Required competencies': a heading of the
    qualities the selection weighs, never conditions of eligibility ('Knowledge of French' there is no hard
    requirement). A heading that also names a dimension ('Qualifications and competencies', 'Level of professional
    competence') is no such heading."""
    # 'ICC Core Competencies', 'UNDP core competencies': the organisation's own name before its core set.
    key = _OWN_CORE.sub("", key)
    return bool(_COMPETENCIES.search(key)) and not _COMPETENCY_WORDS.sub("", key).strip()


_OWN_CORE = re.compile(r"^[a-z][\w.&-]{1,11}\s+(?=core\s+(?:competenc(?:ies|y)|values)\b)")
"""One word before 'core competencies' ('ICC Core Competencies'): whose core set it is."""


_FILLER = re.compile(
    r"\b(?:qualifications?|requirements?|criteria|conditions?|general|and|the|following|of|for|candidates?|profile)\b",
    re.I,
)


def _bare_mode(key: str) -> str | None:
    """'pure' for a heading made only of a mode's words ('Desirable:', 'Essential'), 'area' for one that names the
    requirements with its mode ('Minimum Qualifications', 'Desirable qualifications'); None for any other."""
    if _own_mode(key) is None:
        return None
    if vocabulary().wish_alone.fullmatch(key):
        return "pure"
    rest = key.replace("nice to have", " ")
    for pattern in vocabulary().modes.values():
        rest = pattern.sub(" ", rest)
    if not re.search(r"[a-z]{3,}", rest):
        return "pure"
    return None if re.search(r"[a-z]{3,}", _FILLER.sub(" ", rest)) else "area"


class _Modes:
    """The mode ('mandatory' or 'desirable') each heading sets, in the ways notices nest them.

    A heading that names the requirements with a mode ('Minimum Qualifications', 'Desirable qualifications') sets
    it for the dimension headings under it. Below it, a mode heading that comes before any dimension heading
    ('Mandatory:' / 'Education:' / … / 'Desirable:' / 'Experience:' / 'Languages:') governs the dimension headings
    under it, up to the next mode heading. When dimension headings come first ('Relevant Experience' / 'Essential'
    / … / 'Desirable' / … / 'Language Requirements'), a mode heading governs only the dimension it stands under:
    the next dimension heading starts afresh. A dimension heading with its own mode ('Experience (Desirable):')
    governs only itself.
    """

    def __init__(self) -> None:
        self.area: str | None = None
        self.outer: str | None = None
        self.modes_outside: bool | None = None
        """Whether mode headings stand above the dimension headings (None: not known yet)."""
        self.seen_dimension = False

    def heading(self, key: str, section: str) -> str | None:
        own = _own_mode(key)
        bare = _bare_mode(key) if section == "requirements" else None
        if section != "requirements" or bare == "area":
            self.area = own
            self.outer, self.modes_outside, self.seen_dimension = None, None, False
            return own
        if bare == "pure":
            if self.modes_outside is None:
                self.modes_outside = not self.seen_dimension
            if self.modes_outside:
                self.outer = own
            return own
        dimension = any(w in key for w in _DIMENSIONS)
        self.seen_dimension = self.seen_dimension or dimension
        if own is not None or not dimension:
            return own
        return self.outer if self.modes_outside and self.outer else self.area


def elsewhere_from(lines: list[str]) -> int | None:
    """Where the other posts a job board lists after the notice start ('Similar jobs', 'Get notified about new
    jobs'): the index of that line, when the notice's requirements stand before it (a requirements heading, or the
    line is in the text's second half); None when there is no such list, or it stands before the notice."""
    vocab = vocabulary()
    for i, line in enumerate(lines):
        key = _key(line) if len(line) <= 200 and vocab.elsewhere_words.search(line) else ""
        if (
            key
            and vocab.elsewhere.match(key)
            and (2 * i > len(lines) or any(_opens_requirements(x) for x in lines[:i]))
        ):
            return i
    return None


def _opens_requirements(line: str) -> bool:
    if len(line) > 300:
        return False
    heading = heading_of(line) or (inline_heading(line) or (None,))[0]
    return bool(heading) and meaning(heading) == "requirements"


# 'POST 1 - Legal Officer (S2), Belgrade', 'Position 2: …', '## Vacancy II': where one of several posts begins.
_POST_MARK = re.compile(
    r"^[\s#*_]*(?i:post|position|vacancy|job|role|lot)\s*(?i:no\.?|number|#)?\s*(?P<n>\d{1,2}|[IVX]{1,4}|[A-F])\b"
    r"\s*(?:[-:.)|]|$)"
)


@dataclass(frozen=True)
class Posts:
    """The posts a notice holds, when it holds several ('POST 1 - …', 'POST 2 - …')."""

    markers: tuple[str, ...]
    """Each post's opening line."""
    start: int
    """Where the second post begins."""
    end: int
    """Where the posts' part ends: the notice's closing section common to all, or its end."""
    shared: bool
    """The markers only list the posts (nothing stands under the first), so the requirements are common to all."""


def _post_number(line: str) -> int | None:
    m = _POST_MARK.match(line)
    if not m:
        return None
    n = m.group("n")
    if n.isdigit():
        return int(n)
    return {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6}.get(n)


def several_posts(lines: list[str]) -> Posts | None:
    """The posts of a notice that holds several, each opened by a numbered marker line or by a block of its own
    labelled title after the requirements of the one before; None for one post."""
    numbered = [(i, n) for i, line in enumerate(lines) for n in [_post_number(line)] if n is not None]
    firsts = [i for i, n in numbered if n == 1]
    if not firsts:
        return _titled_posts(lines)
    first = firsts[0]
    second = next((i for i, n in numbered if n == 2 and i > first), None)
    if second is None:
        return None
    markers = tuple(lines[i].strip() for i, n in numbered if i >= first)
    end = len(lines)
    for i in range(second + 1, len(lines)):
        key = heading_of(lines[i])
        if key and meaning(key) == "info" and _post_number(lines[i]) is None:
            end = i  # 'Additional Information': what follows the posts is said of them all
            break
    # A first post with no requirement of its own ('POST 1 - …' / 'Tasks: …' / 'POST 2 - …' / 'Requirements: …')
    # shares those stated after the posts: nothing is set apart.
    under_first = [line for line in lines[first + 1 : second] if line.strip()]
    asks = any(_ASKS.search(line) for line in under_first)
    return Posts(markers, second, end, shared=len(under_first) < 2 or not asks)


_ASKS = re.compile(
    r"\b(?:degree|diploma|education|experience|years?|languages?|fluen\w+|proficien\w+|knowledge|licen[cs]e|"
    r"qualifications?|requirements?)\b",
    re.I,
)

# '=====', '-----', '* * *': a rule drawn between the blocks of a digest.
_RULE = re.compile(r"^\s*(?:[=_~*#-]\s?){3,}\s*$")


def _post_title(line: str) -> str | None:
    """The post a line names with a title label ('Position: Project Officer' -> 'Project Officer'), or None."""
    stripped = re.sub(r"^[\s#*_\u2022|]+|\*\*", "", line).strip()
    m = vocabulary().labels["title"].match(stripped) if len(stripped) <= 160 else None
    if m is None or _SUBJECT.match(stripped):
        return None  # an e-mail's subject names the message, not a post
    return m.group("v").strip(" *|") or None


# '1. Project Officer (P3), Org, Geneva', '2) Senior Officer, P5 - Stockholm': a digest's numbered post line.
_NUMBERED_LINE = re.compile(r"^[\s#*_]*(?P<n>\d{1,2})[.)]\s+(?P<v>[^.;:]{3,160}?)[\s*_]*$")


def _numbered_title(line: str, n: int) -> str | None:
    """The post a digest's line numbered `n` names ('1. Project Officer (P3), Org, Geneva'): a short line that names
    a post and says its grade or its place after a comma, never a sentence; None otherwise."""
    m = _NUMBERED_LINE.match(line)
    if m is None or int(m.group("n")) != n or len(m.group("v").split()) > 16:
        return None
    value = m.group("v").strip()
    head, *rest = re.split(r"\s*,\s*|\s+[-\u2013|]\s+", value)
    if not _names_post(head):
        return None
    placed = any(_place(part)[1] for part in rest)
    return value if placed or _GRADE_TOKEN.search(value) else None


def _same_post(a: str, b: str) -> bool:
    """Whether two titles name one post: the words of one hold the other's ('Project Officer' and 'Project
    Officer, Western Balkans (P3)'), as a notice repeats its title in a summary or a forwarded copy."""
    words_a, words_b = (set(re.findall(r"[^\W_]+", t.lower())) for t in (a, b))
    return words_a <= words_b or words_b <= words_a


def _titled_posts(lines: list[str]) -> Posts | None:
    """The posts of a digest of vacancies: a block with its own labelled title ('Position: Senior Officer') after
    the requirements of the post before it, and with a requirements heading of its own, opens another post. A title that
    repeats the first ('Job title' in a summary at the end) is the same post."""
    titles: list[str] = []
    starts: list[int] = []
    markers: list[str] = []
    asked = False
    """Whether requirements have been opened since the last post's title."""
    numbered = 0
    """How many posts a numbered line has opened: the next must bear the next number."""

    def title_of(line: str) -> str | None:
        return _post_title(line) or _numbered_title(line, numbered + 1)

    for i, line in enumerate(lines):
        title = title_of(line)
        if title is None:
            asked = asked or (bool(titles) and _opens_requirements(line))
            continue
        numbered += _post_title(line) is None
        if not titles:
            titles.append(title)
            starts.append(i)
            markers.append(line.strip())
            continue
        if not asked or any(_same_post(title, t) for t in titles):
            continue
        following = itertools.takewhile(lambda x: title_of(x) is None, lines[i + 1 :])
        if not any(_opens_requirements(x) for x in following):
            continue
        # The block opens at its first line after a blank line or a rule: '2) International IDEA' above its title.
        start = i
        while (
            start - 1 > starts[-1] and i - start < 3 and lines[start - 1].strip() and not _RULE.match(lines[start - 1])
        ):
            if _BULLETED.match(lines[start - 1]) or _opens_requirements(lines[start - 1]):
                break
            start -= 1
        titles.append(title)
        starts.append(start)
        markers.append(line.strip())
        asked = False
    if len(starts) < 2:
        return None
    return Posts(tuple(markers), starts[1], len(lines), shared=False)


_LANGUAGE_SWITCH = re.compile(
    r"^(?i:(?:site\s+|page\s+|display\s+)?(?:language|langue|sprache|idioma|lingua))\s*:\s*[A-Z]{2}(?:\s*[|/]\s*[A-Z]{2})*$"
)


_SITE_PROMPT = re.compile(
    r"skip\s+to\s+(?:the\s+)?(?:main\s+)?content\b|(?:get\s+notified|get\s+(?:new\s+)?(?:job\s+)?alerts?|"
    r"(?:create|set\s+up)\s+(?:an?\s+)?(?:job\s+)?alert|sign\s+in\s+to|log\s+in\s+to|similar\s+(?:searches|jobs)|"
    r"people\s+also\s+(?:viewed|searched))\b"
    # A cookie banner's buttons ('Accept cookies    Reject non-essential cookies', 'We use cookies …').
    r"|(?:accept|reject|decline|allow|refuse|manage|customi[sz]e)\b[^.]{0,40}\bcookies?\b|we\s+use\s+cookies\b"
    r"|cookies?\s+(?:settings|preferences|policy)\b",
    re.I,
)
"""What a job board asks of its visitor ('Get notified about new Programme Specialist jobs in Addis Ababa', 'Sign in to
save this job'): never a title, whatever post it names; a page's header opens with its skip link, whatever menu
follows on the same line."""


def is_navigation(line: str) -> bool:
    """A line of a saved page's navigation: only navigation words ('Share this job Apply now'), a breadcrumb
    ('Home > Organizations > OSCE'), or a header whose '|'-separated parts are mostly navigation."""
    stripped = line.strip()
    if not stripped or len(stripped) > 120:
        return False
    vocab = vocabulary()
    if vocab.navigation_line.match(stripped) or _SITE_PROMPT.match(stripped):
        return True  # a page's header opens with its skip link, whatever menu follows on the same line
    if re.search(r"\s>\s.*\s>\s", stripped) and not stripped.endswith((".", ":")):
        return True
    if _LANGUAGE_SWITCH.match(stripped):
        return True  # 'Language: EN': the language the page is shown in, no requirement and no section
    crumbs = [p.strip() for p in re.split(r"\s[>\u203a\u00bb/]\s", stripped)]
    if (
        len(crumbs) >= 2
        and (len(stripped.split()) <= 8 or (len(crumbs) >= 3 and not stripped.endswith((".", ":"))))
        and vocab.navigation_line.match(_without_organisations(crumbs[0]))
    ):
        # A breadcrumb: 'Jobs > Ethiopia', 'IAEA Careers > Job details', 'Home / Careers / Vacancies / Senior
        # Programme Assistant' (its last step repeats the title the page states below it).
        return True
    spaced = re.split(r"\s{2,}", stripped)
    if (
        len(spaced) >= 4
        and all(len(p.split()) <= 3 and not p.endswith((".", ":", ";", "!", "?")) for p in spaced)
        and any(vocab.navigation_line.match(p) for p in spaced)
    ):
        # 'NRC  Norwegian Refugee Council     Our work   Countries   Get involved   Donate': a site's menu bar copied
        # as text, its items apart by runs of spaces, one of them a navigation word.
        return True
    parts = [p.strip() for p in stripped.split("|") if p.strip()]
    if len(parts) == 2 and vocab.navigation_line.match(parts[-1]) and not vocab.title_words.search(parts[0]):
        return True  # a site's header: "UNV's Volunteer Opportunities | Job board" (not 'Legal Officer | Careers')
    if len(parts) >= 3 and 2 * sum(bool(vocab.navigation_line.match(p)) for p in parts) >= len(parts):
        return True
    # 'Location · About the job · Benefits · Things you need to know': a page's contents, its sections' names
    # between middle dots.
    tabs = [p.strip() for p in stripped.split("\u00b7") if p.strip()]
    return (
        len(tabs) >= 3
        and all(len(p.split()) <= 6 for p in tabs)
        and 2 * sum(bool(vocab.navigation_line.match(p)) or meaning(_key(p)) is not None for p in tabs) >= len(tabs)
    )


# 'RequirementsThe general …', 'are:Excellent physical condition', 'following:Education:First-level …': a job
# board's copy with its line breaks lost. Cut where a heading word is glued to the next capital, after an
# introduction's colon glued to the next capital, and before a known label glued to the text before it.
_GLUED_HEADING_WORD = re.compile(
    r"\b(?:Requirements|Qualifications|Criteria|Conditions|Competencies|Skills|Information|Languages|Education|"
    r"Experience)(?=[A-Z][a-z])"
)
_GLUED_COLON = re.compile(r":(?=[A-Z])")


_QUESTION_FIRST = re.compile(r"^\s*(?P<q>[^?]{3,60}\?)\s+(?=[A-Z])")


def unglued(line: str) -> list[str]:
    """A logical line cut where a job board glued a heading, a list's introduction or a label to the text."""
    asked = _QUESTION_FIRST.match(line)
    if asked and heading_of(asked.group("q")) is not None:
        # 'Am I eligible? Check each item before you apply:': a question that heads its answer, then the answer's
        # first sentence.
        return [asked.group("q"), *unglued(line[asked.end() :])]
    if not re.search(r"[a-z:][A-Z]", line):
        return [line]
    cuts: set[int] = set()
    # 'What we offerThe Bank offers …', 'Accountabilities & ResponsibilitiesOriginate …': a line that opens with a
    # heading of known meaning glued to its first sentence.
    for glue in re.finditer(r"(?<=[a-z])(?=[A-Z][a-z])", line[:80]):
        opening = line[: glue.start()]
        if len(opening.split()) <= 8 and heading_of(opening) is not None and meaning(_key(opening)) is not None:
            cuts.add(glue.start())
            break
    for heading in _GLUED_HEADING_WORD.finditer(line):
        cuts.add(heading.end())
        # '… as assigned.Necessary QualificationsFirst-level …': a heading of known meaning that starts right
        # after a sentence's end is its own piece, so that its section opens (and the one before it closes).
        start = max(0, heading.start() - 60)
        end = re.search(r"[.;!?]\s*(?=[A-Z][^.;!?]*$)", line[start : heading.start()])
        if end is not None:
            opening = start + end.end()
            words = line[opening : heading.end()]
            if len(words.split()) <= 6 and meaning(_key(words)) is not None:
                cuts.add(opening)
        # 'infrastructureField of Expertise Requirements': where the glued heading starts, a lower-case word
        # glued to a capitalised one a few words before ('PowerPoint' stays whole).
        start = max(0, heading.start() - 60)
        for m in re.finditer(r"(?<=[a-z])(?=[A-Z][a-z]{2,})", line[start : heading.start()]):
            word = re.search(r"[A-Za-z]+$", line[: start + m.start()])
            if word and word.group()[0].islower() and len(word.group()) >= 3:
                cuts.add(start + m.start())
    # 'as requiredNecessary Qualifications Completion of …', '… offices.Tasks and Responsibilities Prepares …': in a
    # copy that lost its line breaks, a heading of known meaning in capitalised words glued to the text before it,
    # with a space and a capitalised word after it, is a piece of its own.
    for glue in re.finditer(r"(?:(?<=[a-z]{2})|(?<=[a-z][.]))(?=[A-Z][a-z]+ (?:and |of |& )?[A-Z])", line):
        parts = _heading_apart(line[glue.start() : glue.start() + 80])
        if len(parts) == 2:
            cuts.update((glue.start(), glue.start() + len(parts[0])))
    for m in _GLUED_COLON.finditer(line):
        start = max([c for c in cuts if c <= m.start()] + [0])
        before = line[start : m.start()]
        if len(before.split()) >= 3:
            cuts.add(m.end())  # '… requires the following:' | 'Education:First-level …'
        elif meaning(_key(before)) is not None and start == 0 and m.start() > 0:
            continue  # 'Education:First-level …' stays a label with its text
        elif meaning(_key(before)) is not None:
            cuts.add(start)
    pieces, last = [], 0
    for cut in sorted(cuts):
        if 0 < cut < len(line):
            pieces.append(line[last:cut])
            last = cut
    pieces.append(line[last:])
    return [p.strip() for p in pieces if p.strip()] or [line]


def _heading_apart(piece: str) -> list[str]:
    words = piece.split(" ")
    for k in range(min(5, len(words) - 1), 0, -1):
        head, nxt = words[:k], words[k]
        if not nxt[:1].isupper() or not head[-1][:1].isupper():
            continue
        if not all(w[:1].isupper() or w in ("and", "of", "&") for w in head):
            continue
        opening = " ".join(head)
        if heading_of(opening) is not None and meaning(_key(opening)) is not None:
            return [opening, " ".join(words[k:])]
    return [piece]


_LIST_INTRO = re.compile(
    r"\b(?:must|should|shall|require[sd]?|requirements?|need\s+to|expected\s+to|will\s+have|the\s+following)\b", re.I
)
# 'To be successful in this role, we expect you to have:', 'For this role you will need:', 'You will bring:': the
# recruiter's voice asking of the reader, under whatever heading ('About you') it stands, but for one on how to
# apply, where what you will need is the documents.
_RECRUITER_INTRO = re.compile(
    r"\bexpects?\s+(?:you|candidates?|applicants?)\s+to\s+(?:have|hold|bring|possess|meet)\b"
    r"|\byou(?:'ll|\s+will)\s+(?:also\s+)?(?:need|bring)(?:\s+the\s+following|\s+to\s+have)?\s*:?\s*$",
    re.I,
)
_APPLYING = re.compile(r"\bappl(?:y|ying|ications?)\b|\bsubmi(?:t|ssion)")
_DUTY = r"(?:tasks|duties|activities|responsibilities|functions|accountabilities)"
_DUTIES_LEAD_IN = re.compile(
    rf"\b(?:(?:main|key|principal|primary|core|specific|major|following)\s+)?{_DUTY}\s+(?:will\s+(?:be|include)|are|"
    r"include|includes|consist\s+of|comprise)(?:\s+(?:the\s+following|among\s+others|inter\s+alia|but\s+(?:are\s+)?"
    r"not\s+limited\s+to))?\s*:$"
    r"|\b(?:perform|carry\s+out|undertake|be\s+responsible\s+for|be\s+in\s+charge\s+of|be\s+tasked\s+with)\s+"
    rf"(?:the\s+following\s*(?:(?:main|key|principal|specific|major)\s+)?(?:{_DUTY})?|(?:(?:main|key|principal|specific|"
    rf"major)\s+)?{_DUTY}(?:\s+such\s+as)?)\s*(?:,?\s*(?:among\s+others|inter\s+alia))?\s*:$"
    r"|^(?:in\s+this\s+(?:role|position|post),?\s+)?you\s+will\s*:$",
    re.I,
)
"""A line that introduces the post's duties ('Your main tasks will be:', 'The incumbent will perform the following
tasks:', 'In this role you will:'): what follows describes the job, never what a candidate needs, as under a
heading of duties; not what a candidate must be able to do ('… must be able to perform the following tasks:')."""
_ABLE = re.compile(r"\b(?:able|ability|capable|capacity|experience[ds]?|skills?|knowledge)\b", re.I)

# 'In addition, the Ministry requires that applicants' / '- hold Finnish citizenship;': a list's introduction that
# ends where its items begin, with no colon.
_OPEN_LEAD_IN = re.compile(
    r"\b(?:requires?|required|must|should|shall)\s+(?:that\s+)?(?:all\s+|the\s+)?(?:applicants?|candidates?|nominees?)"
    r"\s*$|\b(?:applicants?|candidates?|nominees?)\s+(?:must|should|shall|are\s+required\s+to|need\s+to)\s*$"
    # 'To join the pool of experts you must' / 'We would also like you to': the reader addressed as 'you'.
    r"|\byou\s+(?:must|should|shall|need\s+to|will\s+need\s+to|are\s+(?:required|expected)\s+to)\s*$"
    r"|\bwe\s+(?:also\s+)?(?:want|would\s+(?:also\s+)?like|expect)\s+you\s+(?:also\s+)?to\s*$",
    re.I,
)
# 'The successful candidate will have' / 'an advanced university degree …', 'We are looking for someone with' / '- a
# master's degree …': the person sought, described on the lines after it; a lead-in whatever section stands before.
_PROFILE_LEAD_IN = re.compile(
    r"^(?:(?:the|an?|our)\s+(?:successful|ideal|selected|right|preferred|suitable|qualified)\s+"
    r"(?:candidate|applicant|person|incumbent|individual|nominee)s?\s+"
    r"(?:will|should|must|shall|(?:is|are)\s+(?:expected|required)\s+to|needs?\s+to)\s+(?:also\s+)?"
    r"(?:have|possess|hold|bring|meet|offer|demonstrate)(?:\s+the\s+following)?"
    r"|we(?:'re|\s+are)\s+(?:looking|searching)\s+for\s+(?:someone|somebody|an?\s+(?:candidate|person|professional|"
    r"colleague|specialist|individual|applicant|expert))(?:\s+(?:with|who\s+(?:has|have|holds|will\s+have)))?)\s*:?$",
    re.I,
)


def leads_in(line: str) -> bool:
    """Whether a line only introduces the requirements after it ('The successful candidate will have', 'Candidates
    must'), which are read under it as under a heading, on its own line or on the lines it runs on to."""
    stripped = _DECOR.sub("", _BULLETED.sub("", line.strip())).strip()
    return bool(_OPEN_LEAD_IN.search(stripped) or _PROFILE_LEAD_IN.match(stripped)) and len(stripped.split()) <= 12


# 'Open to: Ethiopian nationals only', 'Reserved for: …': a field whose label ends in a preposition abbreviates the
# sentence it starts ('Open to Ethiopian nationals only'), and is read as that sentence.
_PREPOSITION_LABEL = re.compile(
    r"^(?P<label>[A-Z][A-Za-z]*(?:\s+[a-z]+){0,2}\s+(?:to|for|from|of|by))\s*:\s+(?P<v>\S.*)$"
)
_GENERIC_LABEL = re.compile(r"^(?P<mark>[\u2022\-*]\s*)?(?:others?|miscellaneous|misc\.)\s*:\s+(?=\S)", re.I)
# 'Driving license:' with nothing after it, in a form of 'Label: value' lines: a field left empty asks nothing.
_EMPTY_FIELD = re.compile(r"^[A-Z][\w'’/() -]{1,40}:$")
_FORM_FIELD = re.compile(r"^[A-Z][\w'’/() -]{1,40}:(?:\s+\S.*)?$")


_LINKING = frozenset(
    [
        "and",
        "or",
        "of",
        "in",
        "the",
        "a",
        "an",
        "with",
        "for",
        "other",
        "additional",
        "further",
        "relevant",
        "related",
        "specific",
        "general",
        "job",
        "work",
        "professional",
        "personal",
        "technical",
        "core",
        "key",
    ]
)


def _item_under_mode(stripped: str, key: str, pieces: list, n: int) -> bool:
    """Whether a short line of a heading's words right under a mode's heading ('Desirable:' / 'PRINCE2
    certification') is that list's first item, not a heading of a part of it: it names a particular thing beside its
    heading words (not 'Training', 'Language skills', 'Relevant job experience'), has no colon, and no marked items
    or heading follow it (the next line is a plain item, or there is none)."""
    if stripped.endswith(":") or _style(stripped) != "plain" or stripped.isupper():
        return False
    headings = vocabulary().headings.values()
    named = [
        word
        for word in re.findall(r"[^\W_]{2,}", _without_heading_words(key))
        if word not in _LINKING and not any(p.match(word) for p in headings)
    ]
    if not any(word in key.split() for word in named):
        return False  # 'Certifications', 'Language skills': what a part of the list is about
    following = next((piece.strip() for piece, _ in pieces[n + 1 :] if piece.strip()), None)
    # 'Relevant Job Experience' / 'Essential': a heading of a part, whose own heading follows; 'CISA', a line of a
    # heading's shape that means nothing a heading means, is the list's next item.
    after = heading_of(following) if following is not None else None
    return following is None or (
        _style(following) == "plain" and (after is None or (meaning(after) is None and not following.endswith(":")))
    )


_KIND_NAME = re.compile(
    r"^(?:(?P<age>age(?:\s+limits?)?|(?:maximum|minimum)\s+age)"
    r"|(?P<licence>driving\s+licen[cs]es?|driver['\u2019]?s\s+licen[cs]es?)"
    r"|(?P<nationality>nationality|citizenship)|(?P<language>languages?)|(?P<education>education)"
    r"|(?P<experience>(?:work\s+)?experience))$"
)
"""A line of one or two words that names a kind of requirement ('Age', 'Driving licence', 'Nationality'), whole
words only ('Agency' names none)."""
_KIND_OF_NAME = {"licence": "driving-licence"}


def _kind_named_above(stripped: str, pieces: list, n: int) -> bool:
    """Whether a bare line naming a kind of requirement ('Age') heads the sentence after it, which states a
    requirement of that kind ('Experts must be under 65 years of age at the closing date.'): the line is that
    sentence's heading, never a requirement of its own that nobody can read."""
    from eligibility.compiler import kinds
    from eligibility.compiler.draft import Sentence

    if _style(stripped) != "plain" or stripped.endswith((".", ";", ",")):
        return False
    named = _KIND_NAME.match(_key(stripped).rstrip(" :"))
    if named is None or named.lastgroup is None:
        return False
    kind = _KIND_OF_NAME.get(named.lastgroup, named.lastgroup)
    following = next((piece.strip() for piece, _ in pieces[n + 1 :] if piece.strip()), None)
    if following is None or len(following.split()) < 4 or not following.endswith((".", ";")):
        return False  # 'Age' / '18-65', 'Driving licence' / 'Category B': a label and its value on the next line
    sentence = Sentence(uncapitalised(following), "requirements")
    reading = kinds.Reading(Metadata())
    return any(d.kind == kind for d in kinds.conditions(sentence, reading) + kinds.clause(sentence, reading))


def _style(line: str) -> str:
    """How a line is marked as an item: 'bullet', 'number' or 'plain'."""
    if _BULLETED.match(line) and not _MARKDOWN.match(line):
        return "bullet"
    return "number" if _NUMBERED.match(line) else "plain"


def _empty_field(pieces: list[tuple[str, bool]], n: int) -> bool:
    """Whether the n-th line is a form's empty field: 'Label:' alone, which names a requirement ('Driving license:')
    and is followed by another field of the form ('Required education level: …'), not by the items of a list."""
    stripped = pieces[n][0].strip()
    if not _EMPTY_FIELD.match(stripped) or len(stripped.split()) > 4 or not states_requirement(stripped[:-1]):
        return False
    after = pieces[n + 1][0].strip() if n + 1 < len(pieces) else ""
    return not after or bool(_FORM_FIELD.match(after) and not _BULLETED.match(after))


_NO_CONDITION = re.compile(
    r"\b(?:none\s+of\s+(?:which|these|them|the\s+following)\s+(?:is|are)|(?:is|are)\s+not|nor?\s+(?:is|are))\s+"
    r"(?:an?\s+|the\s+)?(?:conditions?|requirements?|prerequisites?|criteria|criterion)\s+(?:of|for)\s+"
    r"(?:eligibility|applying|application|admission)"
    r"|\b(?:will|may)\s+be\s+(?:assessed|tested|evaluated)\s+(?:at|during|in)\s+(?:the\s+)?(?:interview|selection)",
    re.I,
)
"""A lead-in that says the items after it are no condition of applying: they are wishes."""


_FIGURE_WORD = r"(?:\d{1,2}(?:[.,]\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)(?:\s*\(\d{1,2}\))?\+?"
_LEADING_FIGURE = re.compile(
    r"^(?:(?:a\s+)?(?:minimum|min\.|at\s+least|not\s+less\s+than|over|more\s+than|between|from)(?:\s+of)?\s+)?"
    rf"{_FIGURE_WORD}\s*(?:(?:months?\s+|years?\s+)?(?:-|\u2013|\u2014|to|and)\s*{_FIGURE_WORD}\s*)?"
    r"(?:years?|yrs\.?|months?)\b",
    re.I,
)
"""A value that opens with a figure of years, or a range of them ('3-5 years', 'six months to one year')."""
_BARE_FIGURE = re.compile(rf"^\s*{_FIGURE_WORD}\s*(?:\([^()]*\))?\s*\.?\s*$", re.I)
"""A value that is a figure alone ('5', '5+', '5 (P-3)'): what it counts is for the label to say."""


def _counted_by_label(key: str, value: str) -> bool:
    """Whether a labelled value is a figure of years that leaves what it counts to its label: 'minimum 3 years'
    under 'Experience', not '5 years of experience in law'; or routes, each a degree and its years ('Master's: 5
    years / Bachelor's: 7 years' under 'Years of relevant experience')."""
    if routes_only(value):
        return not re.search(r"\bexperience\b", value, re.I)
    if _BARE_FIGURE.match(value):
        # 'Experience (years): 5', 'Experience (months): 6', 'Years of experience: 5 (P-3)'; 'Experience: 5', whose
        # unit the experience kind reads as years for a person to confirm.
        return bool(re.search(r"\b(?:years?|months?)\b", key) or re.search(r"\bexperience\b", key))
    if not _LEADING_FIGURE.match(value):
        return False
    lowered = value.lower()
    # 'Years of experience: 5 to 10 years': the unit the label and the value share names nothing counted.
    counted = [word for word in re.findall(r"[a-z]{4,}", key) if word not in ("years", "year", "months", "month")]
    return not any(word[:-1] in lowered for word in counted)


def _degree_label(key: str, value: str) -> bool:
    """Whether a label names the degree its value only gives the subject of ('University degree: Logistics', a table's
    row 'Master's degree | Economics or finance'): the value names no degree of its own, and read alone it would lose
    the level the label asks."""
    return any(level in LADDER for _, _, level in mentions(key)) and not mentions(value)


_OBLIGES = re.compile(r"\b(?:must|required|requires|essential|mandatory|compulsory|obligatory)\b", re.I)
_NOT_OBLIGED = re.compile(
    r"\bnot\s+(?:\w+\s+)?(?:be\s+)?(?:required|essential|mandatory|compulsory|obligatory)\b", re.I
)


_NOTE_OPENING = re.compile(r"^(?:please\s+)?(?:note|n\.\s?b\.)\s*[:\u2013-]", re.I)
"""'Note:', 'Please note:', 'N.B.:': a paragraph that opens as a note."""


def _obliges(line: str) -> bool:
    """Whether a line is a sentence that states its own obligation ('Candidates must be fluent in English.',
    'A valid driving licence is required.'), not a wish ('… is required for the role, knowledge of X an asset') nor a
    denial ('… is not required')."""
    return bool(
        _OBLIGES.search(line)
        and not _NOT_OBLIGED.search(line)
        and not vocabulary().desirable.search(line)
        and not line.rstrip().endswith(":")
    )


_WEIGHED = re.compile(r"^(?:\w+\s+)?(?:selection|assessment|evaluation)\s+criteria$")


def sections(lines: list[str], breaks: set[int] | frozenset[int] = frozenset()) -> list[Line]:
    """Each line with the section it stands in. `breaks` holds the lines that start a paragraph: a list of wishes
    ('Desirable:' / '- …') ends where a paragraph that is no item of it begins ('3. Security screening', a closing
    note), so what follows is not made desirable."""
    out: list[Line] = []
    section, heading, mode = "default", None, None
    modes = _Modes()
    pieces = [(piece, k == 0 and i in breaks) for i, line in enumerate(lines) for k, piece in enumerate(unglued(line))]
    # A selection grid's row and its points ('… (10 years or more) 0-25', 'Knowledge of Italian - 10 points'): what
    # the selection weighs, read without its points as a wish, never as a minimum.
    scored = {n for n, (piece, _) in enumerate(pieces) if _SCORE.search(piece) and _SCORE.sub("", piece).strip()}
    pieces = [(_SCORE.sub("", piece), para) if n in scored else (piece, para) for n, (piece, para) in enumerate(pieces)]
    wishes: str | None = None
    """The style of the items of a list of wishes under way ('bullet', 'number', 'plain'), '' before its first."""
    minimums = False
    """Whether a heading has named the minimum requirements ('MINIMUM REQUIREMENTS')."""
    for n, (text, paragraph) in enumerate(pieces):
        stripped = text.strip()
        # A list on its heading's own line ('Desirable: knowledge of Albanian; …') ends at the next paragraph of
        # plain text; a list of items, at a paragraph marked otherwise than its items.
        ended = _style(stripped) == "plain" if wishes == "inline" else _style(stripped) != wishes
        # A paragraph that states its own obligation ('Candidates must be fluent in English.') after a blank line is
        # no wish of a plain list ('Desirable:' / 'PRINCE2 certification' / '' / …).
        ended = ended or (wishes == "plain" and _obliges(stripped))
        # A note after a plain list of wishes ('Core competencies' / '…' / 'Note: Persons aged 65 may not be
        # appointed') is no wish of it.
        ended = ended or (wishes == "plain" and bool(_NOTE_OPENING.match(stripped)))
        if wishes and mode == "desirable" and paragraph and ended:
            key = heading_of(text)
            if key is None or meaning(key) is None:
                # The list of wishes has ended: what follows is read as under a heading of unknown meaning.
                section, heading, mode, wishes = "other", key, None, None
                if key is not None:
                    out.append(Line(stripped, section, heading, mode, opens=True))
                    continue
        if _empty_field(pieces, n):
            out.append(Line(stripped, "empty", _key(stripped), None))
            continue
        if _GENERIC_LABEL.match(stripped):
            # 'Other: Availability to travel at short notice': a label that names no kind; its value is read alone.
            text = stripped = _GENERIC_LABEL.sub(lambda m: m.group("mark") or "", stripped)
        labelled_as = _PREPOSITION_LABEL.match(stripped)
        if labelled_as and meaning(_key(labelled_as.group("label"))) is None:
            text = stripped = f"{labelled_as.group('label')} {labelled_as.group('v')}"
        if is_navigation(text) and (not _opens_requirements(text) or _LANGUAGE_SWITCH.match(stripped)):
            # 'Share this job Apply now': a page's navigation opens nothing and states nothing. 'General Minimum
            # Requirements', which a board's menu also prints, still opens the requirements after the duties.
            # 'Location · About the job · Things you need to know' is the page's, never read as the candidate's.
            out.append(Line(text.strip(), "metadata", "page navigation", None))
            continue
        stripped = text.strip()
        if section == "elsewhere" and meaning(heading_of(text) or "") in (None, "elsewhere"):
            # The other posts a page lists, each under its own title ('Driver - UNHCR:'), up to the notice's own
            # heading of a known meaning.
            out.append(Line(stripped, section, heading, None))
            continue
        row = fields_row(stripped)
        label = metadata_label(stripped) or (_key(row[0].split(":", 1)[0]) if row and _asks_nothing(row) else None)
        if label is not None:
            # 'Organisation: IOM', 'Closing date: 2 March 2026': the posting's metadata on a line of its own opens
            # no section, so the requirements after it are read as they would be without it.
            out.append(Line(stripped, "metadata", label, None))
            continue
        if stripped.endswith(":") and _NO_CONDITION.search(stripped):
            # 'Applicants will be assessed on the following, none of which is a condition of eligibility:': what
            # follows is wished for, never required.
            section, heading, mode, wishes = "requirements", _key(stripped), "desirable", ""
            out.append(Line(stripped, section, heading, mode, opens=True))
            continue
        if _DUTIES_LEAD_IN.search(stripped) and not _ABLE.search(stripped) and len(stripped.split()) <= 20:
            # 'Your main tasks will be:', 'Under the supervision of …, the incumbent will perform the following tasks:':
            # the duties follow, up to the next heading.
            section, heading, mode, wishes = "skip", _key(stripped), None, None
            out.append(Line(stripped, section, heading, mode, opens=True))
            continue
        key = heading_of(text) if n not in scored else None
        kind_named = key is None and n not in scored and _kind_named_above(stripped, pieces, n)
        if kind_named:
            key = _key(stripped)  # 'Age' / 'Experts must be under 65 …': the sentence's heading
        rest = None
        intro = key is None or re.search(r"\b(?:requires?|the\s+following|must|should|shall)\b", stripped, re.I)
        lead_in = (
            stripped.endswith(":")
            and (
                _LIST_INTRO.search(stripped)
                or (_RECRUITER_INTRO.search(stripped) and not _APPLYING.search(f"{heading or ''} {stripped}"))
            )
        ) or leads_in(stripped)
        if intro and lead_in and len(stripped.split()) <= 12:
            # 'The incumbent must:', 'Applicants should have the following:': a list of requirements follows.
            section, heading = "requirements", _key(stripped)
            mode = "mandatory" if re.search(r"\b(?:must|shall|required?|requires)\b", stripped, re.I) else None
            wished = vocabulary().modes["desirable"].search(stripped)
            if wished and re.search(r"\binclud\w*\b", stripped[: wished.start()], re.I):
                # 'Including desirable skills and experience, the candidate must:': the list holds wishes beside
                # what it asks, and the wishes say so themselves ('a PhD is an advantage'); the lead-in's own verb
                # sets the mode of the rest.
                pass
            elif wished or (key is not None and _own_mode(key) == "desirable"):
                mode = "desirable"  # 'Nice to have:', 'Should have:'; never 'Candidates should have:'
            wishes = "" if mode == "desirable" else None
            # '- Fluency in English is required:' before its levels per skill: a requirement of its own, read.
            out.append(Line(stripped, section, heading, mode, opens=not asks_itself(stripped)))
            continue
        if key is None:
            inline = inline_heading(text)
            if inline is not None:
                key, rest = inline
                if meaning(key) != "requirements":
                    # 'Salary: 7,000 EUR', 'Main duties: …': a label for its own line, not a section.
                    out.append(Line(rest, meaning(key) or "other", key, None))
                    continue
        under_heading = bool(out) and out[-1].opens and out[-1].section == "requirements"
        if (
            key is not None
            and rest is None
            and under_heading
            and out[-1].mode
            and _item_under_mode(stripped, key, pieces, n)
        ):
            key = None  # 'Desirable:' / 'PRINCE2 certification' / 'Experience with UN agencies': the list's first item
        if (
            key is not None
            and rest is None
            and wishes == "plain"
            and mode == "desirable"
            and not paragraph
            and not stripped.endswith(":")
            and _style(stripped) == "plain"
            and meaning(key) is None
        ):
            key = None  # 'Desirable:' / 'Project management certification' / 'CISA': each line one more wish
        if key is not None and rest is None and meaning(key) is None and under_heading and stripped.endswith(":"):
            # 'Am I eligible?' / 'Check each item before you apply:': a lead-in of no known meaning right under a
            # requirements heading introduces that heading's items, and opens no section of its own.
            out.append(Line(stripped, section, heading, mode))
            continue
        if key is not None:
            new_section = meaning(key) or ("requirements" if kind_named else "other")
            mode = modes.heading(key, new_section)
            above = out[-1] if out and out[-1].opens and out[-1].section == "requirements" else None
            if mode is None and new_section == "requirements" and above is not None and rest is None:
                # 'Desirable:' / 'Training' / '- …': a heading right under a mode's heading, with no mode of its
                # own, heads a part of that list, in its mode.
                mode = above.mode
            if new_section == "requirements" and mode is None and minimums and _WEIGHED.match(key):
                # 'MINIMUM REQUIREMENTS' / … / 'SELECTION CRITERIA': what the selection weighs beyond the minimums
                # is wished for, not asked; a mode heading under it ('Essential:') still sets its own.
                mode = "desirable"
            minimums = minimums or (new_section == "requirements" and mode == "mandatory" and "minimum" in key)
            section, heading = new_section, key
            wishes = ("" if rest is None else "inline") if mode == "desirable" else None
            if rest is None:
                out.append(Line(stripped, section, heading, mode, opens=True))
                continue
            # 'Experience:   minimum 3 years', 'Experience: at least 5 years in water management': a value that
            # starts with a figure of years and never names what it counts is read with the label that does.
            text = stripped if _counted_by_label(key, rest) or _degree_label(key, rest) else rest
        if wishes == "" and mode == "desirable":
            wishes = _style(stripped)  # the first item sets the style of the list's items
        if key is None and under_heading and _counted_under(out[-1], stripped):
            # 'Experience:' / 'Minimum seven years.': a label's value on the line below it, as a page's table cell
            # puts it, is read with the label as on one line.
            text = f"{out[-1].text.rstrip(': ')}: {_VALUE_MARK.sub('', stripped)}"
        out.append(Line(text, section, heading, "desirable" if n in scored else mode))
    return _weighed(out)


_VALUE_MARK = re.compile(r"^(?:[-*+\u2022\u00b7]|\d{1,2}[.)]|[a-z][.)])\s+")


def _counted_under(label: Line, value: str) -> bool:
    """Whether a line right under a label that names what is counted ('Experience:', 'Years of experience') is a
    figure of years that leaves what it counts to that label ('Minimum seven years.')."""
    key = label.heading or ""
    return bool(re.search(r"\b(?:experience|years?|months?)\b", key)) and _counted_by_label(
        key, _VALUE_MARK.sub("", value)
    )


_SCORE = re.compile(
    r"(?:\s+[-:]?\s*|\s*[-:]\s*|\s*[(\[])(?:(?:max(?:imum)?\.?|up\s+to)\s+)?"
    r"(?:0\s*-\s*\d{1,3}(?:\s*(?:points?|pts\.?|marks))?|(?:\d{1,3}\s*-\s*)?\d{1,3}\s*(?:points?|pts\.?|marks))[)\]]?\s*$",
    re.I,
)
"""The points a row of a selection grid scores, closing it: '… (10 years or more) 0-25', '… max. 10 points'."""
_NO_MINIMUMS = re.compile(
    r"\b(?:are|is)\s+not\s+(?:the\s+)?(?:minimum|eligibility|mandatory)\s+(?:requirements?|criteria|conditions?)\b"
    r"|\b(?:are|is)\s+not\s+(?:a\s+)?(?:requirements?|conditions?)\s+(?:of|for)\s+eligibility\b",
    re.I,
)
"""A sentence that says what its section weighs asks no minimum: '… they are not minimum requirements.'"""
_GRID_HEADER = re.compile(r"^\s*(?:[\w/]+\s+){0,4}(?:points|score|marks|weight(?:ing)?)\s*$", re.I)


def _weighed(lines: list[Line]) -> list[Line]:
    """A section that says its items are not minimum requirements ('… they are not minimum requirements.') asks none
    of them: they are wishes, and the sentence that says so is a note."""
    denied = {
        (line.section, line.heading)
        for line in lines
        if line.section == "requirements" and not line.opens and _NO_MINIMUMS.search(line.text)
    }
    out = []
    for line in lines:
        if line.section != "requirements" or line.opens:
            out.append(line)
        elif (line.section, line.heading) in denied and _NO_MINIMUMS.search(line.text):
            out.append(replace(line, section="info"))
        elif _GRID_HEADER.match(line.text):
            out.append(line)  # 'Criterion   Points': the grid's column labels
        elif (line.section, line.heading) in denied and line.mode != "mandatory":
            out.append(replace(line, mode="desirable"))
        else:
            out.append(line)
    return out


# --- metadata -----------------------------------------------------------------

_FOOTER_KEYS = (
    "Issued by",
    "Requisition ID",
    "Contract Type",
    "Grade",
    "Job Level",
    "Job Type",
    "Number of posts",
    "Location",
    "Issue Date",
    "Closing Date",
    "Employee Status",
    "Schedule",
    "Education Level",
    "Target Start Date",
    "Deadline for Applications",
)
_FOOTER = re.compile(r"(" + "|".join(re.escape(k) for k in _FOOTER_KEYS) + r"):\s*")
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_IN = re.compile(
    # '2026-12-14T23:59': an ISO date with its time glued on by 'T'
    rf"\b\d{{4}}-\d{{1,2}}-\d{{1,2}}(?:\b|(?=T\d))"
    rf"|\b\d{{4}}/\d{{1,2}}/\d{{1,2}}\b"
    rf"|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b"
    # '27 January' / '2027': a day, its month and its year a line's end may part
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?(?:[ -]+|[ \t]*\n[ \t]*)(?:of\s+)?{_MONTHS}(?:[ ,-]+|[ \t,]*\n[ \t]*)\d{{4}}\b"
    rf"|\b\d{{1,2}}[/.]{_MONTHS}[/.]\d{{4}}\b"
    rf"|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b",
    re.I,
)
_BOARD_DATES = re.compile(rf"^({_MONTHS} \d{{1,2}}, \d{{4}})({_MONTHS} \d{{1,2}}, \d{{4}})(.*)$", re.I)


_DATE_FORMAT = re.compile(r"\s*[(\[]?\s*(MM?|DD?)\s*[./-]\s*(?:MM?|DD?)\s*[./-]\s*(?:YYYY|YY)\b", re.I)
"""A date's stated format after it: '(MM/DD/YYYY)', '(dd.mm.yyyy)'."""


_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")


def _written_order(text: str) -> str | None:
    """'month' where the notice's dates in figures are written month first ('Posting Date 12/16/2026': no 16th
    month), 'day' where day first ('16/12/2026'), None where none tells or they disagree."""
    orders = set()
    for m in _NUMERIC_DATE.finditer(text):
        first, second = (int(part) for part in re.split(r"[./-]", m.group())[:2])
        if first > 12 >= second:
            orders.add("day")
        elif second > 12 >= first:
            orders.add("month")
    return orders.pop() if len(orders) == 1 else None


def in_written_order(text: str, day: date) -> date:
    """`day`, read day first from figures that could be either order ('01/12/2027'), read month first where the
    notice's other dates in figures are written so ('Posting Date 12/16/2026' on a US job board's page)."""
    if _written_order(text) != "month":
        return day
    for m in _NUMERIC_DATE.finditer(text):
        if _DATE_FORMAT.match(text[m.end() :]) or parse_date(m.group()) != day:
            continue
        try:
            return date(day.year, day.day, day.month)
        except ValueError:
            return day
    return day


def order_unsure(text: str, day: date) -> str | None:
    """A review note where `day` was read from figures alone that could be day first or month first ('04/05/2027':
    4 May or 5 April) and the notice states no format after them, nor its other dates in figures; None where the
    order is plain ('14/12/2026')."""
    if _written_order(text) is not None:
        return None
    for m in _NUMERIC_DATE.finditer(text):
        if _DATE_FORMAT.match(text[m.end() :]) or parse_date(m.group()) != day:
            continue
        try:
            other = date(day.year, day.day, day.month)
        except ValueError:
            continue  # '14/12/2026': no 14th month
        if other == day:
            continue
        return (
            f"the closing date '{m.group()}' is read day first ({human_date(day)}); month first it would be "
            f"{human_date(other)}: check which the notice means"
        )
    return None


def parse_date(text: str) -> date | None:
    """The first date written in `text`, in any common form: '2 March 2021', '25/12/2025', '12-Jan-2026', '14/Mar/2027',
    'Apr 22, 2025', '2026-03-01', '2027/01/20'. Numbers alone are read day first, as international notices write
    them, unless the year comes first. A date in another language's words, with its translation after a slash or a
    bar ('31 mars 2027 / 31 March 2027'), is read by the translation."""
    from dateutil import parser

    text = text or ""
    at = 0
    while (m := _DATE_IN.search(text, at)) is not None:
        written = m.group()
        # '2/12/2027 (MM/DD/YYYY)': a format the notice states decides the order.
        stated = _DATE_FORMAT.match(text[m.end() :])
        dayfirst = stated.group(1).upper().startswith("D") if stated else not re.match(r"\d{4}[-/]", written)
        try:
            return parser.parse(written, dayfirst=dayfirst, fuzzy=True).date()
        except (ValueError, OverflowError):
            pass
        between = _TRANSLATED.match(text, m.end())
        if between is None:
            return None
        at = between.end()
    return None


_TRANSLATED = re.compile(r"\s*[/|]\s*(?=\d|[A-Z][a-z]{2,8}\.?\s+\d)")
"""A slash or a bar before the same date again in another language: '31 mars 2027 / 31 March 2027'."""


@dataclass
class Metadata:
    id: str | None = None
    title: str | None = None
    organisation: str | None = None
    issued_by: str | None = None
    duty_station: str | None = None
    country: str | None = None
    field_operation: bool | None = None
    grade: str | None = None
    contract: str | None = None
    consultancy: bool = False
    """A consultant's or short-term expert's contract ('Special Service Agreement'), no post of the organisation."""
    national: bool | None = None
    """True for a national (locally recruited) post, False for an international one, None where nothing tells."""
    issued: date | None = None
    closes: date | None = None
    starts: date | None = None
    """The day the post begins where the posting states it ('Date of Entry on Duty: 1 June 2027')."""
    notes: tuple[str, ...] = ()


def footer_fields(text: str) -> dict[str, str]:
    """'Key: value' pairs of an 'Additional Information' block, wherever they stand (even glued together)."""
    found: dict[str, str] = {}
    matches = list(_FOOTER.finditer(text))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        newline = text.find("\n", m.end())
        if newline != -1:
            end = min(end, newline)  # a value ends with its line
        # '**Location:** Mobile': the bold marks closing a Markdown label are no part of its value.
        value = re.sub(r"^[\s*_]+|[\s*_]+$", "", text[m.end() : end])
        found.setdefault(m.group(1).lower(), value)
    return found


def labelled(raw_lines: list[str]) -> dict[str, str]:
    """Metadata stated on labelled lines ('Closing date: …', 'Duty station: …'), the first of each."""
    found: dict[str, str] = {}
    parted = _fields_apart(raw_lines)
    # '> Position: …': a label quoted in a forwarded e-mail is read as written.
    # '1.1<tab>Title:<tab>…': a field numbered as a section of a form is read without its number.
    lines = [_NUMBERED.sub("", re.sub(r"^[\s#*_\-\u2022|>]+|\*\*", "", line)) for line in parted]
    for i, line in enumerate(lines):
        if len(line) > 160:
            continue
        placed = _PLACE_LABEL.match(line.strip())
        if placed and "duty_station" not in found and _place(placed.group("v"))[1]:
            found["duty_station"] = placed.group("v").strip()  # 'Locations Amman, Jordan': a board's label, no colon
            continue
        # A job board's label on a line of its own, its value on the next ('Application Deadline' / '12-Jan-2026').
        bare = line.strip().rstrip(":").strip()
        own_line = bare and len(bare) < 40 and ":" not in bare and not re.search(r"\d", bare)
        if own_line and i + 1 < len(lines) and lines[i + 1].strip():
            line = f"{bare}: {lines[i + 1].strip()}"
        # 'Intitulé du poste / Job title: …': a label written in two languages (or three) is any one of them.
        both = _BILINGUAL.match(line.strip())
        parts = re.split(r"\s+/\s+", both.group("labels")) if both else []
        halves = [f"{part}: {both.group('v')}" for part in reversed(parts)] if both and len(parts) <= 4 else []
        for key, pattern in vocabulary().labels.items():
            m = next((m for m in (pattern.match(c) for c in [line, *halves]) if m), None)
            if m and key == "title" and _SUBJECT.match(line):
                # An e-mail's subject names the post among other words: a 'Position:' line wins over it.
                found.setdefault("subject", _from_subject(m.group("v")))
                break
            # 'Post title' / 'Senior Adviser': a label that says 'title' or 'name' on its own line names the post on
            # the next ('Position' alone may be a heading, so it needs its colon).
            said = key != "title" or ":" in parted[i] or (own_line and re.search(r"\b(?:title|name)\b", bare, re.I))
            if m and key not in found and said:
                # 'Duty station: Pristina   Grade: P3': a value ends where the next label on its line begins.
                found[key] = _NEXT_LABEL.split(m.group("v"), maxsplit=1)[0].strip(" *|")
                break
        kind_of = _KIND_LABEL.match(line.strip())
        if (
            kind_of
            and vocabulary().document_kinds.match(kind_of.group("k").strip())
            and _names_post(kind_of.group("v"))
        ):
            # 'Call for experts: Digital Governance Adviser', 'Roster recruitment: Protection Officer': the kind of
            # document before a colon, the post after it.
            found.setdefault("title", kind_of.group("v").strip())
    return found


_KIND_LABEL = re.compile(r"^(?P<k>[A-Za-z][\w -]{2,40}?)\s*:\s*(?P<v>\S.{2,120})$")
_SUBJECT = re.compile(r"\s*subject\s*:", re.I)
_BILINGUAL = re.compile(r"^(?P<labels>[^:/|]{2,40}?(?:\s+/\s+[^:/|]{2,40}?){1,3})\s*:\s*(?P<v>\S.*)$")
"""'Intitulé du poste / Job title:', 'Pozita / Pozicija / Position:': a label written in two languages or more."""
_FORWARDED = re.compile(r"^(?:\s*(?:fwd?|re|tr|aw|wg)\s*:\s*)+", re.I)


def _from_subject(subject: str) -> str:
    """'FW: Call for seconded experts - Border Management Adviser, EUBAM Libya' -> 'Border Management Adviser': an
    e-mail's subject less its forward and reply marks, the kind of document before a dash, and a mission's or
    organisation's name after a comma."""
    subject = _FORWARDED.sub("", subject).strip()
    head, dash, rest = subject.partition(" - ")
    if dash and vocabulary().document_kinds.match(head.strip()):
        subject = rest.strip()
    name, comma, after = subject.partition(",")
    mission = re.search(r"\b[A-Z]{3,}\b", after) or any(p.search(after) for _, p in vocabulary().organisations)
    if comma and mission and not _names_post(after):
        subject = name.strip()  # '…, EUBAM Libya': the mission's name (a place after a comma stays for the place)
    return subject


_BAR_FIELDS = re.compile(r"\s+\|\s+(?=[A-Z][\w ()/.-]{0,30}:\s)")


def _fields_apart(raw_lines: list[str]) -> list[str]:
    """'Vacancy number: VN01021 | Contract: two years | Closing: 12 January 2027': a line of labelled fields parted by
    bars (or, after a known label, by wide spaces), each read as a line of its own."""
    out: list[str] = []
    labels = vocabulary().labels.values()
    for line in raw_lines:
        boxed = line.strip()
        if len(boxed) > 2 and boxed[0] == boxed[-1] == "|" and ":" in boxed:
            line = boxed.strip("|").strip()  # '| Grade: P4   Duty station: Amman, Jordan |': a boxed line of fields
        if ":" in line and len(line) <= 300 and _BAR_FIELDS.search(line):
            out += _BAR_FIELDS.split(line)
        elif ":" in line and len(line) <= 300 and _NEXT_LABEL.search(line) and any(p.match(line) for p in labels):
            # 'Vacancy type: International Seconded    Grade: S1    Duty station: Osh': fields parted by spaces.
            out += [field.strip() for field in _NEXT_LABEL.split(line)]
        else:
            out.append(line)
    return out


_SEPARATOR = re.compile(r"\s+[|\u00b7]\s+")


def _header_fields(raw_lines: list[str]) -> list[str]:
    """The fields of a header line parted by bars or middle dots ('Vienna, Austria · Fixed-term, international
    contracted · Vacancy SEC001077', 'Projects Directorate | Grade 6/7 | Luxembourg'), each on its own."""
    out: list[str] = []
    for line in raw_lines[:30]:
        inner = line.strip().strip("|").strip()
        parts = [p.strip() for p in _SEPARATOR.split(inner) if p.strip()] if len(inner) <= 200 else []
        # 'Dansk | Svenska | Suomi': a site's menu names no place ('Suomi' is Finland's own name).
        parts = [p for p in parts if not vocabulary().navigation_line.match(p)]
        if len(parts) >= 2:
            out += parts
    return out


def _place_field(fields: list[str]) -> tuple[str | None, str] | None:
    """The duty station among a header line's fields: one that is only a place ('Luxembourg', 'Amman, Jordan')."""
    for part in fields:
        if ":" in part or re.search(r"\d", part) or len(part.split()) > 5:
            continue
        if city_country(part):
            return part, str(city_country(part))
        city, code = _place(part)
        if code and all(country_code(p.strip()) or p.strip() == city for p in part.split(",")):
            return city, code
    return None


def _stations(raw_lines: list[str]) -> list[tuple[str, str]]:
    """Every duty station a labelled line names ('Duty station: Belgrade, Serbia'), with its country's code."""
    found: list[tuple[str, str]] = []
    pattern = vocabulary().labels["duty_station"]
    for raw in _fields_apart(raw_lines):
        if len(raw) > 160 or not _STATION_WORD.search(raw):
            continue
        line = re.sub(r"^[\s#*_\-\u2022|]+|\*\*", "", raw).strip()
        m = pattern.match(line) or _PLACE_LABEL.match(line)
        if m:
            value = _TRAVEL.sub("", _NEXT_LABEL.split(m.group("v"), maxsplit=1)[0]).strip(" *|")
            code = _place(value)[1]
            if code:
                found.append((value, code))
    return found


# 'Visegrad, Bosnia and Herzegovina, with regular travel to Uzice, Serbia': the places a post travels to are not its
# duty station.
_TRAVEL = re.compile(
    r"\s*[,;(]?\s*\b(?:with|incl(?:uding|\.)|plus|and|involving|requiring)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:travel(?:s|ling|ing)?|missions?|visits?|trips?)\b.*$",
    re.I,
)
_STATION_WORD = re.compile(r"(?i:station|location|place|city|country)")
_PLACE_LABEL = re.compile(
    r"^(?:duty\s+stations?|locations?|primary\s+location|place\s+of\s+(?:assignment|employment)|country|city)"
    r"\s+(?P<v>[A-Z][^:]{1,60})$",
    re.I,
)
_NEXT_LABEL = re.compile(r"(?:\s{2,}|\t)(?=[A-Z][\w ()/.-]{0,30}:\s)")


def organisation_of(text: str, raw_lines: list[str], label: str | None) -> str | None:
    """The organisation a notice comes from: the one its label or header names, else the one it names most."""
    # 'EUMA', 'EULEX', 'EUCAP Sahel': the acronym of an EU mission names the EU, whichever mission it is.
    orgs = (*vocabulary().organisations, ("EU", _EU_MISSION))
    if label:
        for code, pattern in orgs:
            if pattern.search(label):
                return code
    joined = "\n".join(raw_lines)
    starts = list(itertools.accumulate((len(line) + 1 for line in raw_lines), initial=0))
    passing: dict[int, bool] = {}
    counts: dict[str, list[int]] = {}
    states: dict[str, list[int]] = {}
    """Mentions of a union's or a system's states and languages ('nationals of the EU member states'): counted only
    where nothing else names an organisation."""
    family: set[str] = set()
    """Organisations a sentence names as the family the issuing body belongs to ('a specialised agency of the UN')."""
    for code, pattern in orgs:
        for m in pattern.finditer(joined):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i not in passing:
                passing[i] = _in_passing(raw_lines[i])
            if passing[i] or _ordinary_word(raw_lines[i], m.group()):
                continue
            before, after = _sentence_at(raw_lines, i, m, starts[i])
            if _among_others(before + m.group() + after, orgs):
                continue
            if _FAMILY_BEFORE.search(before) or (_FAMILY_AFTER.match(after) and _FAMILY_IS.search(before)):
                family.add(code)
            weight = (states if _states_named(joined, m) else counts).setdefault(code, [0, i])
            weight[0] += 4 if i < 15 else 1  # a mention in the first lines counts more
            weight[1] = min(weight[1], i)
    if _CHARITY.search(text):
        # 'UNICEF UK … We are a registered charity': a charity named after an organisation it raises funds for (a
        # UNICEF National Committee) is not that organisation; which one it is stays for a person to set.
        return None
    header = _header_organisation(raw_lines, orgs)
    if header is not None:
        # 'International Committee of the Red Cross (ICRC)' on a line of its own at the top: the body that issues
        # the notice, however often its prose names another (the UN agencies it works with).
        return header
    ranked = sorted((counts or states).items(), key=lambda item: (-item[1][0], item[1][1]))
    if ranked and ranked[0][1][1] >= _HEADER_LINES and ranked[0][0] not in family:
        body = _body_named(raw_lines, None)
        if body is not None and not any(pattern.search(body[0]) for _, pattern in orgs):
            # 'COUNCIL OF THE BALTIC SEA STATES' over a notice that names the EU only in its prose (a member, a
            # partner, a donor): the body its header names issues it; which known family it is, if any, is unknown.
            return None
    return ranked[0][0] if ranked else None


def _header_organisation(raw_lines: list[str], orgs) -> str | None:
    """The organisation a line of the notice's first four names whole ('International Committee of the Red Cross
    (ICRC)', 'GICHD', 'CTBTO Preparatory Commission, Vienna'), its abbreviation in brackets and a place after
    a comma aside; None where no such line names one, or lines name two."""
    found = []
    for line in [line.strip() for line in raw_lines[:12] if line.strip()][:4]:
        name = re.sub(r"\s*\([^()]*\)\s*$", "", line.split(",", 1)[0]).strip(" *#_")
        codes = [code for code, pattern in orgs if pattern.fullmatch(name)]
        if len(codes) == 1 and codes[0] not in found:
            found.append(codes[0])
    return found[0] if len(found) == 1 else None


_HEADER_LINES = 10
"""How many of a notice's first lines are its header, where the body that issues it is named ('MINISTRY OF FOREIGN
AFFAIRS …' / 'CALL FOR CANDIDATES FOR SECONDMENT' / 'OSCE Mission to Moldova': a call for an OSCE post)."""


def _sentence_at(raw_lines: list[str], i: int, m: re.Match, start: int) -> tuple[str, str]:
    """The sentence a name stands in, before and after the name, with the lines a paragraph wraps it over: a prose
    line runs on where it is long and ends in no stop, and a list's item, a label's line or a heading stands alone."""
    lo = hi = i
    while lo > 0 and _RUNS_ON.match(raw_lines[lo - 1]) and not _ITEM_START.match(raw_lines[lo]):
        lo -= 1
    while hi + 1 < len(raw_lines) and _RUNS_ON.match(raw_lines[hi]) and raw_lines[hi + 1].strip():
        if _ITEM_START.match(raw_lines[hi + 1]):
            break
        hi += 1
    before = " ".join(line.strip() for line in raw_lines[lo:i]) + " " + raw_lines[i][: m.start() - start]
    after = raw_lines[i][m.end() - start :] + " " + " ".join(line.strip() for line in raw_lines[i + 1 : hi + 1])
    return re.split(r"[.;!?](?=\s)", before)[-1], re.split(r"[.;!?](?=\s|$)", after)[0]


_RUNS_ON = re.compile(r"^.{40,}[^.:;!?\s]\s*$")
"""A long line that ends in no stop: a paragraph's line its sentence runs on from."""
_ITEM_START = re.compile(r"^\s*(?:[\u2022\u00b7*\-]|\d{1,2}[.)]|[a-z][.)]\s|[A-Z][\w ]{0,30}:)")
"""A line that starts a list's item or a label's line: a sentence of its own."""


def _among_others(sentence: str, orgs: Sequence[tuple[str, re.Pattern]]) -> bool:
    """Whether a sentence names two known organisations or more ('deploys observers to missions of the OSCE/ODIHR and
    the European Union', 'Deployments: OSCE/ODIHR, EU and other missions'): the bodies a roster sends people to, a
    programme's partners or donors, none of them the one that issues the notice."""
    found = [(m.start(), m.end(), code) for code, pattern in orgs for m in pattern.finditer(sentence)]
    # 'IOM - UN Migration': a name inside another's longer name ('UN' in 'UN Migration') is that one's.
    whole = {c for a, b, c in found if not any(x <= a and b <= y and (y - x) > (b - a) for x, y, _ in found)}
    return len(whole) >= 2


_STATES_NAMED = re.compile(
    r"(?:citizen(?:s|ship)?|nationals?|nationality|member\s+states?|countries|states?|residents?|passports?|"
    r"work\s+permits?)\s+(?:of\s+)?(?:(?:one\s+of\s+)?the\s+)?$",
    re.I,
)
_STATES_AFTER = re.compile(
    r"^\s*(?:\(\w+\)\s*)?(?:/\s*\w+\s+)?(?:citizen(?:s|ship)?|nationals?|nationality|member\s+states?|countries|"
    r"passports?|residents?|official\s+languages?|languages?|system)\b",
    re.I,
)


_FAMILY_IS = re.compile(r"\b(?:is|as)\s+(?:an?|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}$", re.I)
_FAMILY_NOUNS = r"(?:agency|agencies|body|bodies|institution|organ|programme|fund|entity|office)"
_FAMILY_BEFORE = re.compile(
    rf"\b(?:is|as)\s+(?:an?|the|one\s+of\s+the)\s+(?:[\w-]+\s+){{0,2}}?{_FAMILY_NOUNS}\s+of\s+(?:the\s+)?"
    r"(?:[\w -]{0,60}?\s+and\s+(?:the\s+)?)?$",
    re.I,
)
_FAMILY_AFTER = re.compile(rf"\s+{_FAMILY_NOUNS}\b", re.I)
"""Words that say which family the issuing body belongs to: 'is the specialised agency of the United Nations', 'is
an EU agency', 'is the joint agency of the World Trade Organization and the United Nations'."""


def _ordinary_word(line: str, name: str) -> bool:
    """Whether a short name is an ordinary word in a line written in capitals ('WHO WE ARE', 'SHAPE THE FUTURE')."""
    return name.lower() in vocabulary().never_names and not re.search(r"[a-z]", line)


def _states_named(text: str, m: re.Match) -> bool:
    """Whether a name stands for the states of a union or the bodies of a system ('a national of a member state of
    the European Union', 'EU/EEA citizenship', 'another UN official language', 'the UN system') or for a member of
    the body: who may apply, what a candidate knows or who the body's members are, not who issues the notice."""
    return bool(
        _STATES_NAMED.search(text[max(0, m.start() - 40) : m.start()])
        or _STATES_AFTER.match(text[m.end() :])
        or _MEMBERS_ARE.search(text[max(0, m.start() - 200) : m.start()])
    )


_MEMBERS_ARE = re.compile(r"\bmembers\s+(?:are|include)\b[^.;:]*$", re.I)
"""'Its members are Denmark, …, Sweden and the European Union': a member of the body, never the body itself."""


_CHARITY = re.compile(
    r"\b(?:we\s+are|(?:it|this)\s+is)\s+an?\s+(?:(?:UK|US|national|independent)\s+)?(?:registered\s+charity|"
    r"charitable\s+(?:organi[sz]ation|foundation|trust)|(?:UNICEF\s+)?national\s+committee)\b",
    re.I,
)


_NAMED_IN_A_LIST = re.compile(r"\([^()]*,[^()]*\)")
_EU_MISSION = re.compile(r"\bEU(?!RO(?:PE(?:AN)?)?\b)[A-Z]{2,8}\b")
"""An EU mission's acronym ('EUMA', 'EULEX', 'EUMM', 'EUCAP'): 'EU' and two capitals or more, never 'EUR(O)' nor
'EUROPE(AN)' in a line in capitals."""
_ASKED_WORDS = re.compile(
    r"\b(?:experience|knowledge|familiarity|years?|degree|worked|understanding|exposure|background)\b", re.I
)


_EXPERIENCE_OF = re.compile(
    r"\b(?:experience|knowledge|familiarity|understanding|exposure)\s+(?:from|with|in|of|at|within)\b", re.I
)
"""Words before what a candidate has worked on or knows ('experience from EU co-operation', 'knowledge of UN rules')."""
_EXAMPLES = re.compile(r"\b(?:such\s+as|e\.\s?g\.|for\s+(?:example|instance)|partners\s+(?:including|like))", re.I)
"""Words before organisations named as examples ('partners such as WFP, UNHCR and IFRC')."""


def _in_passing(line: str) -> bool:
    """Whether an organisation's name stands in a requirement ('experience running projects (OSCE, USAID,
    embassies)', 'Knowledge of EU law is required'): it names where a candidate worked or what they know, not who
    issues the notice."""
    examples = _EXAMPLES.search(line)
    if examples and any(p.search(line, examples.end()) for _, p in vocabulary().organisations):
        return True  # 'deploy to partners such as WFP, UNHCR and IFRC': the examples named, not the issuer
    for m in _EXPERIENCE_OF.finditer(line):
        if any(p.search(line[m.end() : m.end() + 60]) for _, p in vocabulary().organisations):
            # 'experience from Nordic or EU co-operation processes': what a candidate has worked on, even in a
            # sentence whose wish words fall on another line.
            return True
    if len(line) > 600 or not _ASKED_WORDS.search(line):
        return False
    if any(p.search(m.group()) for m in _NAMED_IN_A_LIST.finditer(line) for _, p in vocabulary().organisations):
        return True
    named = sum(1 for _, p in vocabulary().organisations if p.search(line))
    if named >= 2 or vocabulary().desirable.search(line) or _BULLETED.match(line.strip()):
        # 'Previous mission experience with the EU, the OSCE or the UN', '- Experience with the OSCE is an asset':
        # where a candidate may have worked, in a wish or a list's item, not who issues the notice.
        return True
    return states_requirement(line)


def _office_for(text: str) -> Office | None:
    """The office a text names: by requisition prefix ('KOS - …'), name, city or alias."""
    org = osce()
    prefix = re.match(r"([A-Z]{2,4})\s+-\s+", text)
    if prefix:
        office = next((o for o in org.offices if o.prefix == prefix.group(1)), None)
        if office:
            return office
    low = text.lower()
    for office in org.offices:
        if office.name.lower() in low:
            return office
    for office in org.offices:
        for place in (office.city, *office.aliases):
            if re.search(rf"\b{re.escape(place.lower())}\b", low):
                return office
    return None


def _split_place(glued: str) -> tuple[str | None, str | None]:
    """'PristinaKosovo' -> ('Pristina', 'XK'); 'The HagueNetherlands' -> ('The Hague', 'NL')."""
    for m in re.finditer(r"(?<=[a-z])(?=[A-Z])", glued):
        code = country_code(glued[m.start() :])
        if code:
            return glued[: m.start()].strip() or None, code
    return _place(glued)


def _place(value: str) -> tuple[str | None, str | None]:
    """'Brussels, Belgium' -> ('Brussels', 'BE'); 'Vienna (Austria)' -> ('Vienna', 'AT'); 'Home-based' -> (…, None);
    'Mitrovicë/Mitrovica, Kosovo' -> ('Mitrovicë/Mitrovica', 'XK'): one place's two spellings stay one place."""
    # 'Italy-La Spezia': a job board's 'Country-City'.
    parts = []
    for piece in re.split(r"[,()|]|\s[-\u2013]\s|(?<=[a-z])-(?=[A-Z])", value):
        names = [n.strip(" .") for n in piece.split("/") if n.strip(" .")]
        if len(names) > 1 and _spellings(names):
            parts.append(piece.strip(" ."))
        else:
            parts += names
    for i in range(len(parts) - 1, -1, -1):
        code = country_code(parts[i])
        if code:
            city = next((p for p in parts[:i] if not country_code(p)), None)
            city = city or next((p for p in parts[i + 1 :] if not country_code(p)), None)
            return city, code
    # 'Geneva', 'The Hague': a well-known duty-station city names its country (one of a place's spellings).
    for part in parts:
        code = next((c for name in part.split("/") if (c := city_country(name.strip()))), None)
        if code:
            return part, code
    return (parts[0] if parts else None), None


def _folded(name: str) -> str:
    """'Mitrovicë' -> 'mitrovice': a name without its diacritics, in lower case."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def _spellings(names: list[str]) -> bool:
    """Whether names written with a slash between them are one place's spellings, not several places ('Jermuk /
    Yeghegnadzor'): the spellings of one town where an OSCE office is (`towns` in eligibility/data/osce.yaml:
    'Ferizaj/Uroševac', 'Gjakovë/Đakovica'), or names alike but for their endings and diacritics
    ('Mitrovicë/Mitrovica', 'Shkodër/Shkodra')."""
    if any(office.same_town(names) for office in osce().offices):
        return True
    folded = [_folded(n) for n in names]
    if any(not re.fullmatch(r"[a-z][a-z' -]*", f) for f in folded):
        return False
    stem = min(len(f) for f in folded) - 2
    return (
        stem >= 4
        and all(f[:stem] == folded[0][:stem] for f in folded)
        and max(map(len, folded)) - min(map(len, folded)) <= 2
    )


def metadata(raw_lines: list[str], text: str) -> Metadata:
    meta = Metadata()
    notes: list[str] = []
    footer = footer_fields(text)
    labels = labelled(raw_lines)
    req = re.search(r"Requisition ID:\s*([A-Z]{2,5}\d{3,})", text)
    if req:
        meta.id = req.group(1)
    elif labels.get("reference"):
        meta.id = _reference_id(labels["reference"])
    meta.organisation = organisation_of(text, raw_lines, labels.get("organisation"))
    osce_post = meta.organisation == "OSCE"
    grade = footer.get("grade") or labels.get("grade")
    if grade and re.search(r"\b(?:years?|experience)\b", grade, re.I):
        grade = None  # 'Grade | Years' over a table's rows: a column's head, no grade of the post
    meta.grade = _grade(grade) if grade else _grade_in_prose(text)
    meta.issued_by = re.sub(r"\*\*|__", "", footer.get("issued by") or "").strip(" *_") or None
    meta.issued = parse_date(footer.get("issue date", "")) or parse_date(labels.get("issued", ""))
    period = _DATE_IN.findall(labels.get("period", ""))
    if len(period) >= 2:
        # 'Posting Period: 18 January 2027 - 16 February 2027': issued on the first date, closes on the last.
        meta.issued = meta.issued or parse_date(period[0])
    meta.closes = (parse_date(period[-1]) if len(period) >= 2 else None) or (
        parse_date(footer.get("closing date", ""))
        or parse_date(footer.get("deadline for applications", ""))
        or parse_date(labels.get("closes", ""))
        or _closing_in_prose(text)
    )
    meta.closes, said = _closing_choice(meta.closes, text)
    meta.starts = parse_date(labels.get("starts", ""))
    notes += said
    location = _TRAVEL.sub("", footer.get("location", "") or labels.get("duty_station", ""))
    office = _office_for(location) if location and osce_post else None
    if location:
        # 'KOS - OSCE Mission in Kosovo, Vushtrri': the office's prefix and name, then the place.
        office_first = footer.get("location") and "," in location and re.match(r"[A-Z]{2,4}\s+-\s+", location)
        city, code = _place(location.split(",", 1)[1] if office_first else location)
        meta.duty_station, meta.country = city, code
    # Job-board header: title lines, then 'Month D, YYYYMonth D, YYYYCityCountry'.
    for line in raw_lines[:8]:
        m = _BOARD_DATES.match(line.strip())
        if m:
            meta.issued = meta.issued or parse_date(m.group(1))
            meta.closes = meta.closes or parse_date(m.group(2))
            city, code = _split_place(m.group(3))
            meta.duty_station = meta.duty_station or city
            meta.country = meta.country or code
            break
    meta.title = _title(raw_lines, labels.get("title") or labels.get("subject"))
    if meta.title:
        # '1. Project Officer (P3)': a digest's number before its first post is no part of the post's name.
        meta.title = re.sub(r"^\d{1,2}[.)]\s+(?=\S)", "", meta.title)
    two = re.split(r"\s{3,}|\t+", meta.title or "")
    if len(two) == 2 and all(_names_post(post) for post in two):
        # 'Legal Officer (NP1)        Senior Legal Officer (NP2)': two posts side by side; the first is read.
        meta.title = two[0]
        notes.append(
            f"the title line names two posts side by side ('{two[0]}' and '{two[1]}'): this rule set is read as the "
            "first's; check which post each requirement is stated for"
        )
    written_title = meta.title
    pair = _GRADE_PAIR.search(meta.title or "")
    if meta.title and pair and pair.start() > 0:
        # 'Nuclear Safety Officer (P-3/P-4)': a post filled at either of two grades; no part of the title.
        meta.title = meta.title[: pair.start()].rstrip(" ,-")
    if meta.title:
        # 'Procurement Assistant G6', '… (Cash-Based Transfers) P3': a grade after the title is the grade's.
        graded = _TRAILING_GRADE.search(meta.title)
        if graded is not None and graded.start() > 0:
            meta.title = meta.title[: graded.start()].rstrip()
            meta.grade = meta.grade or graded.group("g").replace("-", "")
    beside = _place_beside_title(raw_lines, meta.title) if meta.title else None
    if beside is not None:
        # 'WASH Team Leader' read from '… - WASH Team Leader - Cox's Bazar, Bangladesh': the place the title line
        # names after the post is the duty station.
        meta.duty_station, meta.country = meta.duty_station or beside[0], meta.country or beside[1]
    placed_after = _PLACE_AFTER_TITLE.search(meta.title or "")
    if meta.title and placed_after:
        # 'National Programme Assistant (G5), Mostar': the duty station written after the title and its grade.
        meta.title = meta.title[: placed_after.start()].rstrip()
        meta.duty_station = meta.duty_station or placed_after.group("p")
        meta.country = meta.country or city_country(placed_after.group("p"))
    bracketed_grade = _BRACKETED_GRADE.search(meta.title or "")
    if (
        meta.title
        and bracketed_grade
        and bracketed_grade.start() > 0
        and _AT_END.match(meta.title, bracketed_grade.end())
    ):
        # 'Technical Officer (P.4)', 'Financial Specialist (GF)', 'National Assistant (G4), Mostar': a grade in brackets
        # after the title is the grade's, as one written without them is.
        meta.title = (meta.title[: bracketed_grade.start()].rstrip() + meta.title[bracketed_grade.end() :]).strip()
        meta.grade = meta.grade or _grade_written(bracketed_grade.group("g"))
    trailing = _place_after_commas(meta.title or "")
    if meta.title and trailing is not None:
        # 'Project Officer, UNDP, Geneva' (a digest's post line): the organisation's name and the place after the
        # post's name are no part of it; the place is the duty station.
        meta.title, place, code = trailing
        meta.duty_station = meta.duty_station or place
        meta.country = meta.country or code
    contract_word = _CONTRACT_ASIDE.search(meta.title or "")
    if meta.title and contract_word:
        # 'Border Management Adviser (Seconded)': the contract in brackets is no part of the title.
        meta.title = (meta.title[: contract_word.start()] + meta.title[contract_word.end() :]).strip()
        if contract_word.group("g"):
            meta.grade = meta.grade or re.sub(r"[\s-]", "", contract_word.group("g"))  # '(Temporary Agent, AD7)': AD7
    category = _CATEGORY_ASIDE.search(meta.title or "")
    if meta.title and category and category.start() > 0:
        # 'Associate Protection Officer (National Officer)': the staff category in brackets is no part of the title.
        meta.title = (meta.title[: category.start()] + meta.title[category.end() :]).strip()
    reference = _REFERENCE_ASIDE.search(meta.title or "")
    if meta.title and reference and reference.start() > 0:
        # 'Border Management Adviser (Ref. EUBAM-B-12)': the notice's reference is no part of the title.
        meta.title = (meta.title[: reference.start()] + meta.title[reference.end() :]).strip()
    announced = _ANNOUNCED.match(meta.title or "")
    if meta.title and announced and announced.end() < len(meta.title):
        # 'VACANCY ANNOUNCEMENT - National Programme Policy Officer': what the notice is, before the post's name.
        meta.title = meta.title[announced.end() :].strip()
    contract_first = _CONTRACT_BEFORE.match(meta.title or "")
    if meta.title and contract_first and contract_first.end() < len(meta.title):
        # 'Contract Agent FGIV - Political Officer': the contract and its grade before the post's name.
        meta.title = meta.title[contract_first.end() :].strip()
        if contract_first.group("g"):
            meta.grade = meta.grade or re.sub(r"[\s-]", "", contract_first.group("g"))
    if meta.organisation is None:
        # 'Meridian Relief International', 'Centre for European Arms Control Studies, Berlin': a body none of the
        # known organisations is, named in the first lines; a place after its name is where the post is.
        named = _body_named(raw_lines, written_title)
        if named is not None:
            meta.organisation, place = _readable(named[0]), named[1]
            notes.append(
                f"organisation '{meta.organisation}' is none the compiler knows: no organisation-wide rules applied"
            )
            if place and meta.duty_station is None and meta.country is None:
                meta.duty_station, meta.country = _place(place)
    fields = _header_fields(raw_lines)
    if meta.duty_station is None and meta.country is None:
        meta.duty_station, meta.country = _place_field(fields) or (None, None)
    if meta.duty_station is None and meta.country is None and meta.title:
        placed = _place_below_title(raw_lines, meta.title)
        if placed is not None:
            meta.duty_station, meta.country = placed
    if meta.duty_station is None and meta.country is None:
        placed = _office_place(raw_lines)
        if placed is not None:
            meta.duty_station, meta.country = placed
    if meta.duty_station is None and meta.country is None and meta.title:
        placed = _place_in_header(raw_lines, meta.title)
        if placed is not None:
            meta.duty_station, meta.country = placed
    # 'OSCE/ODIHR Election Observation Mission to Georgia': a mission named for the country it works in.
    mission_in = next((code for line in raw_lines[:20] if (code := _mission_country(line))), None)
    if meta.country is None and mission_in:
        meta.country = mission_in
    if meta.duty_station is None:
        # '… for its Field Office in Mostar', 'Zugdidi Field Office': the post's own office, not the mission's seat.
        named = _FIELD_OFFICE.search("\n".join(raw_lines[:20]))
        if named:
            meta.duty_station = named.group("a") or named.group("b")
            meta.country = meta.country or city_country(meta.duty_station)
    if osce_post and meta.duty_station is None and meta.issued_by:
        # 'OSCE Secretariat - Prague Office': an office of the Secretariat or an institution in a city of its own, whose
        # country is the post's, never the headquarters' seat.
        city_office = _CITY_OFFICE.search(meta.issued_by)
        if city_office and (code := city_country(city_office.group("city"))):
            meta.duty_station = city_office.group("city")
            meta.country = meta.country or code
    if osce_post:
        if office is None and meta.issued_by:
            office = _office_for(meta.issued_by)
        if office is None and meta.duty_station:
            office = _office_for(meta.duty_station)
        if office is None:
            office = _office_for(" ".join(raw_lines[:60]))
        if office is not None and (meta.country is None or meta.country == office.country):
            meta.country = office.country
            meta.duty_station = meta.duty_station or office.city
            meta.issued_by = meta.issued_by or office.name
        if meta.country:
            field_office = osce().office_in(meta.country)
            # A mission in the country (an election observation mission) is a field post there too.
            meta.field_operation = bool(field_office and field_office.field) or mission_in == meta.country
    asides = [contract_word.group(1)] if contract_word else []
    meta.contract = _contract(footer, labels, text, written_title, fields + asides + raw_lines[:30])
    meta.consultancy = bool(
        _CONSULTANCY.search(f"{footer.get('contract type', '')} {labels.get('contract', '')}")
        or re.search(r"\bspecial\s+service\s+agreement\b", text, re.I)
    )
    if meta.grade is None and written_title:
        bracketed = _BRACKETED_GRADE.search(written_title)  # 'National Assistant (G4)', 'Officer (S2) - …'
        meta.grade = _grade_written(bracketed.group("g")) if bracketed else None
    meta.national = _national(meta, written_title, text)
    for name, value in (("title", meta.title), ("duty-station country", meta.country), ("closing date", meta.closes)):
        if value is None:
            notes.append(f"{name} not found")
    if meta.closes is not None:
        meta.closes = in_written_order(text, meta.closes)
    unsure = order_unsure(text, meta.closes) if meta.closes else None
    if unsure:
        notes.append(unsure)
    stations = _stations(raw_lines)
    if len({code for _, code in stations}) > 1:
        named = "; ".join(f"'{value}'" for value, _ in stations[:4])
        notes.append(
            f"the notice names duty stations in several countries ({named}): this rule set takes the first; check "
            "the duty station, and any exclusion of its nationals, for each post"
        )
    meta.notes = tuple(notes)
    return meta


_REFERENCE_CODE = re.compile(r"[A-Za-z0-9][\w/.-]*\d[\w/.-]*")


def _reference_id(value: str) -> str | None:
    """The rule set's id a notice's number gives ('BAH000512', 'VN 01021' -> 'VN01021', '27/04' -> '27-04'), or
    None where the label's value is no code ('Reference: see the Mission's website')."""
    value = re.sub(r"^(?:no\.?|number|#)\s*", "", value.strip(), flags=re.I)
    first = re.match(r"(?P<a>[A-Za-z]{1,6})\s+(?P<b>\d[\w/.-]*)(?:\s|$)", value)  # 'VN 01021', 'SEC 2027/04'
    if first:
        value = f"{first.group('a')}-{first.group('b')}"
    m = _REFERENCE_CODE.match(value)
    if not m or len(m.group()) < 3:
        return None
    code = re.sub(r"[^A-Za-z0-9_.-]+", "-", m.group()).strip("-.")
    return code if 3 <= len(code) <= 40 else None


_SMALL = {"of", "for", "the", "and", "on", "in", "&", "de", "du", "des", "la", "le", "et", "für", "an"}


def _body_named(raw_lines: list[str], title: str | None) -> tuple[str, str | None] | None:
    """The name of the body a notice's first lines name ('Meridian Relief International'), with a place written after
    it ('…, Berlin'), or None. A line is such a name when its words are capitalised, one of them is a body's word
    (data/compiler.yaml `organisation_words`) and none names a post."""
    vocab = vocabulary()
    lines = [line.strip() for line in raw_lines[:12] if line.strip()][:4]
    for line in lines:
        if ":" in line or (title and line.startswith(title[:30])) or is_navigation(line) or len(line) > 90:
            continue
        name, _, place = line.partition(",")
        words = name.split()
        if not 2 <= len(words) <= 9 or re.search(r"\d|[.;!?]$", name) or vocab.title_words.search(name):
            continue
        if not all(w[:1].isupper() or w.lower() in _SMALL for w in words) or not vocab.organisation_words.search(name):
            continue
        if vocab.document_kinds.match(name) or meaning(_key(name)) == "requirements":
            continue
        if re.match(r"(?:about|our|join|working|life|why|what|who|how)\b", name, re.I):
            continue  # 'About the Centre', 'Working at the Institute': a heading, no name
        place = place.strip()
        if place and not (_place(place)[1] and len(place.split()) <= 4):
            continue  # 'Trust, Safety and Integrity' is no name and a place
        return name.strip(), place or None
    return None


_CLOSING_PROSE = re.compile(
    r"(?:closing\s+date|deadline|apply\s+(?:to\s+(?:the\s+)?[\w&'-]+(?:\s+[\w&'-]+){0,3}?\s+)?(?:by|before|no\s+later\s+than)|applications?\s+close[sd]?\b"
    r"|\b(?:nominations?|applications?|submissions?)\s+(?:are\s+|is\s+)?due\b|\bnominations?\s+close[sd]?\b"
    r"|(?:applications?|documents|candidatures?|cvs)\s+(?:are\s+|will\s+be\s+)?accepted\s+(?:until|till|through|up\s+to)\b"
    r"|\b(?:vacancy|posting|position|call|advert(?:isement)?|announcement|recruitment|competition)\s+closes\b"
    r"|(?:^|\n)[ \t]*closes\s+on\b"
    # 'The last day to apply is …', 'Last date for receipt of applications: …', 'Final date for applications: …'.
    r"|\b(?:last|final)\s+(?:day|date)\s+(?:to\s+apply|(?:for|of)\s+(?:the\s+)?(?:receipt\s+of\s+)?"
    r"(?:applications?|applying|submissions?))\b"
    r"|\bapplication\s+period\s+ends\b|\bat\s+the\s+latest\s+(?:on|by)\b|\breceiv\w*\s+your\s+applications?\s+by\b"
    r"|(?:applications?|nominations?|candidatures?)\s+(?:must|should)\s+"
    r"(?:be\s+(?:received|submitted|sent)|reach\s+(?:us|(?:the|their|your)\s+[\w&'-]+(?:\s+[\w&'-]+){0,3}?))"
    r"\s+(?:by|before|no\s+later\s+than)"
    # 'Nominations should be submitted through the online system no later than …'.
    # 'Candidates send applications to the e-mail address of the Directorate until …'.
    r"|\b(?:send|submit|be\s+submitted|e-?mail)\b(?:[^.\n]|\.(?=\w)|\n(?!\s*\n)){0,120}?\b(?:by|before|no\s+later\s+than"
    r"|until|till))"
    # 'closes on Wed., 20 Jan. 2027': a weekday shortened with a full stop before the date; 'Apply before' /
    # '15 January 2027': the date at the start of the next line, where a wrap or a label's line end put it;
    # 'Deadline for' / 'applications: 15 January 2027': a sentence wrapped onto a line in lower case.
    r"(?:[^.\n]|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.|\n[ \t]*(?-i:(?=[a-z]))){0,40}?"
    r"(?:[ \t]*\n[ \t]*)?"
    r"(?=\d|[A-Z][a-z]{2,8}\.?\s+\d)",
    re.I,
)


_CITY_OFFICE = re.compile(r"\s[-\u2013\u2014,:]\s*(?:the\s+)?(?P<city>[A-Z][\w'-]+)\s+Office\b")
"""An office named by its city after the body it belongs to ('OSCE Secretariat - Prague Office')."""
_FIELD_OFFICE = re.compile(
    r"\b(?i:field|regional|sub-?)\s*(?i:office)\s+(?:in|at)\s+(?P<a>[A-Z][\w'-]+)"
    # 'UNICEF Regional Office', 'Central Africa Regional Office': an organisation's short name or a region is no place.
    r"|\b(?!(?:The|A|An|Its|Our|Each|Every|Any|This|That|OSCE|Mission|Africa|Asia|Europe|Americas?|Pacific|Caribbean"
    r"|Arab|Middle|Eastern|Western|Northern|Southern|Central|East|West|North|South)\b|[A-Z]{2,}\b)"
    r"(?P<b>[A-Z][\w'-]+)\s+(?:Field|Regional)\s+Office\b"
)
_PLACE_AFTER_TITLE = re.compile(
    r"(?<=\))\s*,\s*(?!(?:P|D|G|S|NP|NO[A-D]?|AD|AST|FS|GS)-?\d)(?P<p>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s*$"
)


def _place_after_commas(title: str) -> tuple[str, str, str] | None:
    """(the title, the place, its country) for a title followed by an organisation's name (one word, or one the data
    knows) and a known place, each after a comma ('Project Officer, Org, Geneva', a digest's post line); None
    otherwise: a title with only its place after it ('Head of Office, Vienna') or a unit ('Technical Officer, Water
    Safety, Copenhagen') is kept whole."""
    parts = [p.strip() for p in title.split(",")]
    if len(parts) < 3 or not _names_post(parts[0]):
        return None
    place, code = _place(parts[-1])
    if code is None or place != parts[-1]:
        return None
    if not all(re.fullmatch(r"[A-Z][\w&.-]{1,15}", p) or _without_organisations(p) == "-" for p in parts[1:-1]):
        return None
    return parts[0], place, code


_PLACE_ONLY = re.compile(r"[A-Z][\w.'-]*(?:\s+[\w.'()-]+){0,4}(?:\s*,\s*[A-Z][\w.'()-]*(?:\s+[\w.'()-]+){0,5}){1,2}")


def _place_below_title(raw_lines: list[str], title: str) -> tuple[str | None, str] | None:
    """'Protection Officer' / 'Goma, Democratic Republic of the Congo': a line of a place alone right under the
    title (or a board's 'Employer · London, United Kingdom' line) names the duty station and its country."""
    lines = [line.strip() for line in raw_lines[:30] if line.strip()]
    at = next((i for i, line in enumerate(lines) if _readable(line).startswith(title[:30])), None)
    if at is None:
        return None
    for line in lines[at + 1 : at + 3]:
        # 'Employer · London, United Kingdom'; a line that starts with a dot is a list's item, no place.
        parts = re.split(r"\s+\u00b7\s+", line)
        candidate = parts[1] if len(parts) > 1 else line
        if ":" in candidate or not _PLACE_ONLY.fullmatch(candidate):
            continue
        city, code = _place(candidate)
        if code and city and not _names_post(candidate):
            return city, code
    return None


def _place_in_header(raw_lines: list[str], title: str) -> tuple[str | None, str] | None:
    """'EUROPEAN COURT OF FISHERIES' / 'Luxembourg', 'Baltic Policy Institute' / 'Stockholm, Sweden', 'Coastal
    Institute for Development - Nairobi': above the title, a line of a place alone, or a place after the
    organisation's name and a dash, names the duty station (a place the data knows: a country, or a city of
    data/countries.yaml)."""
    lines = [line.strip() for line in raw_lines[:12] if line.strip()]
    # The title's line: its words whole ('Auditor' is not in 'EUROPEAN COURT OF AUDITORS').
    said = re.compile(r"(?<!\w)" + re.escape(title[:20]) + r"(?!\w)", re.I)
    at = next((i for i, line in enumerate(lines) if said.search(_readable(line))), None)
    for line in lines[: at if at is not None else 4][:6]:
        if ":" in line or re.search(r"\d", line) or _names_post(line):
            continue
        after_dash = re.split(r"\s[-\u2013\u2014]\s", line)
        for candidate in (line, after_dash[-1].strip()) if len(after_dash) > 1 else (line,):
            if not _PLACE_ONLY.fullmatch(candidate) and not _TOWN.fullmatch(candidate):
                continue
            city, code = _place(candidate)
            if code:
                return city, code
    return None


_OFFICE_THEN_PLACE = re.compile(
    r"^(?P<office>[A-Z][^,:;.]{0,90}\b(?:Office|Mission|Centre|Center|Headquarters|Secretariat|Delegation|Bureau)\b"
    r"(?:\s+(?:to|in|for)\s+(?P<host>[A-Z][^,:;.]{2,40})|[^,:;.]{0,20})),\s*(?P<place>[^,:;]{2,40}(?:,\s*[^,:;]{2,40})?)$"
)


_MISSION_TO = re.compile(
    r"^(?:[\w/&'-]+\s+){0,6}?(?:Mission|Presence|Office|Delegation|Centre|Center)\s+(?:to|in)\s+(?:the\s+)?"
    r"(?P<c>[A-Z][\w' -]{2,40}?)\s*(?:\([^)]*\))?$"
)


def _mission_country(line: str) -> str | None:
    """'OSCE/ODIHR Election Observation Mission to Georgia', 'EU Monitoring Mission in Georgia': the country a
    mission or office named on a line of its own is in, or None."""
    m = _MISSION_TO.match(line.strip())
    return country_code(m.group("c").strip()) if m else None


def _office_place(raw_lines: list[str]) -> tuple[str | None, str] | None:
    """'UNICEF West and Central Africa Regional Office (WCARO), Dakar, Senegal': an office's name on a line of the
    header, then the place it is in; the place, not a word of the office's name ('Africa'), is the duty station."""
    for line in raw_lines[:20]:
        m = _OFFICE_THEN_PLACE.match(line.strip())
        if m is None or _names_post(m.group("place")):
            continue
        # 'EU Delegation to Bosnia and Herzegovina, Sarajevo': a city alone after an office named for its country.
        alone = m.group("host") and country_code(m.group("host").strip()) and "," not in m.group("place")
        if not alone and not _PLACE_ONLY.fullmatch(m.group("place").strip()):
            continue
        city, code = _place(m.group("place"))
        if code and (not alone or code == country_code(m.group("host").strip())):
            return city, code
        if alone and code is None and _TOWN.fullmatch(m.group("place").strip()):
            # 'OSCE Mission in Kosovo, Prizren': a town of the host country, however little known, is the post's.
            return m.group("place").strip(), country_code(m.group("host").strip())
    return None


_TOWN = re.compile(r"[A-Z][\w'\u2019.-]+(?:[ -][A-Z][\w'\u2019.-]+){0,2}")
"""A place's name alone: one to three capitalised words ('Prizren', 'Novi Pazar')."""


_TIME_FIRST = re.compile(r"\d{1,2}(?:[:.h]\d{2}\b|\s*(?:a\.?m\b|p\.?m\b|noon|midday|midnight|hrs\b|hours\b))", re.I)
"""A time of day where a closing date's words lead to a date: '12:00 midday', '17.00 hrs', '5 pm'."""


def _closings_in_prose(text: str) -> list[date]:
    """Every date the notice's prose states as a closing date ('Nominations close: 11 January 2027 … The
    organisation's own deadline is 18 January 2027'), in the text's order."""
    return [day for day, _ in _whose_closings(text)]


_NATIONAL_BODY = re.compile(
    r"\b(?:(?P<whose>their|your|his\s+or\s+her|the\s+(?:relevant|respective|competent|candidate's|applicant's))\s+)?"
    r"(?:(?:federal|national|foreign)\s+)?(?:ministry|ministries|national\s+(?:authorit(?:y|ies)|roster|secondment)|"
    r"(?:seconding|nominating)\s+(?:authorit(?:y|ies)|body|bodies|state|country|government)|"
    r"foreign\s+office|department\s+of\s+foreign\s+affairs|permanent\s+(?:mission|delegation|representation))\b",
    re.I,
)
"""A national body applications go to ('the Ministry', 'their national authority', 'the seconding authority'): who
reads a candidate's application before the organisation does. 'their', 'the relevant …': each candidate's own,
which one notice cannot name."""
_FOR_SECONDED = re.compile(
    r"\b(?:seconded\s+(?:candidates?|applicants?|posts?|positions?)|candidates?\s+for\s+secondment|"
    r"(?:for|on)\s+secondment\b[^.\n]{0,40}?\b(?:candidates?|applicants?)|if\s+you\s+(?:are|wish\s+to\s+be)\s+seconded)\b",
    re.I,
)
"""'Seconded candidates: …', 'Candidates for secondment …': words for some of the notice's applicants only."""
_ORGANISATION_OWN = re.compile(
    r"\b[\w-]+['\u2019]s\s+own\s+(?:deadline|closing\s+date)\b|\b(?:the\s+)?(?:organi[sz]ation|secretariat|"
    r"OSCE|United\s+Nations|UN|EU|mission)['\u2019]s\s+(?:own\s+)?(?:deadline|closing\s+date)\b",
    re.I,
)
"""'The Secretariat's own deadline', 'the OSCE's deadline': the organisation's date, past a national body's."""


def _whose_closings(text: str) -> list[tuple[date, str]]:
    """Each closing date the prose states, with whose it is: 'body' (a national body's, the applicant's own where
    the notice is that body's call: 'Nominations must reach the Ministry by …'), 'seconded' (a national body's
    for some applicants of the organisation's own notice: 'Seconded candidates: … their national authority by …'),
    'organisation' ('the OSCE's own deadline is …') or '' (the notice's, said plainly)."""
    found = []
    for m in _CLOSING_PROSE.finditer(text):
        day = _closing_at(text, m.end())
        if day is None:
            continue
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n\n", 0, m.start()), text.rfind(":\n", 0, m.start()))
        said = text[start + 1 : m.end()]
        body = _NATIONAL_BODY.search(said)
        if body and (body.group("whose") or _FOR_SECONDED.search(said)):
            found.append((day, "seconded"))
        elif body:
            found.append((day, "body"))
        elif _ORGANISATION_OWN.search(said):
            found.append((day, "organisation"))
        else:
            found.append((day, ""))
    return found


def _closing_choice(closes: date | None, text: str) -> tuple[date | None, list[str]]:
    """The closing date that binds the applicant of the notice, and what a person must check. A national body's
    call ('Nominations must reach the Ministry by 3 March 2027 … the OSCE's deadline is 20 March 2027'): the
    body's date, the organisation's later one no deadline of its applicants. The organisation's own notice: its
    date; a national body's for seconded candidates is said for review, never read as everyone's. Two dates left
    for the same applicant: the earlier, and both said for review."""
    whose = _whose_closings(text)
    body = sorted({d for d, w in whose if w == "body"})
    seconded = sorted({d for d, w in whose if w == "seconded"})
    # A label's date ('Closing date: …') is the notice's, said plainly, unless prose states it as someone's.
    plain = sorted({d for d, w in whose if w == ""} | ({closes} if closes and closes not in body + seconded else set()))
    organisation = sorted({d for d, w in whose if w == "organisation"})
    notes = []
    if body:
        # The notice is a national body's call: its applicants answer the body; a date said plainly beside it that
        # differs is a second deadline for them.
        stated = sorted(set(body) | set(plain))
    else:
        stated = sorted(set(plain) | set(organisation)) or seconded
        others = [d for d in seconded if d not in stated]
        if stated and others:
            notes.append(
                f"the notice states a national body's deadline for seconded candidates "
                f"({', '.join(d.isoformat() for d in others)}) besides its own ({stated[0].isoformat()}), which is read: "
                "a seconded candidate must meet the body's; check which one applies"
            )
    if len(stated) > 1:
        # 'Nominations close: 11 January 2027 … The OSCE's own deadline is 18 January 2027': the earlier date is
        # the candidate's own (the later one a nominating body's, or the organisation's after it); a person checks.
        notes.append(
            f"the notice states {len(stated)} closing dates ({', '.join(d.isoformat() for d in stated)}): the "
            f"earliest, {stated[0].isoformat()}, is read as the candidate's own; check which one applies"
        )
    return (stated[0] if stated else closes), notes


def _closing_at(text: str, at: int) -> date | None:
    found = parse_date(text[at : at + 40])
    if found is None and _TIME_FIRST.match(text, at):
        found = parse_date(re.split(r"\.\s+(?=[A-Z])|\n\s*\n", text[at : at + 90], maxsplit=1)[0])
    return found


def _closing_in_prose(text: str) -> date | None:
    """'Deadline for applications is 3 May 2026', 'Please apply by 2 June 2026', 'Applications close on Monday,
    15 March 2027', 'Applications accepted until 2027-05-21', 'This vacancy closes on 28 April 2027', 'Documents are
    accepted until 18:00 on 12.02.2027'; a time and its zone before the date, in the same sentence: 'no later than
    12:00 midday (Brussels time) on 3 March 2027'."""
    return next(iter(_closings_in_prose(text)), None)


def _is_title(line: str) -> bool:
    vocab = vocabulary()
    key = _key(line)
    if not _LETTERS.search(line):
        return False  # '📁', '★★★': a symbol or a picture names no post; a title holds words
    if not key or len(line) > 160 or line.endswith((".", ":", ";", "?", "!")) or key in vocab.navigation:
        return False
    if _SALUTATION.match(line):
        return False  # 'Dear roster members,', 'Best regards,': a letter's greeting or closing, no post's name
    if (len(line) > 100 or len(key.split()) > 14) and not _post_and_unit(line):
        return False  # a long line is a sentence, unless it names a post and the unit it serves in
    if re.search(r"https?:|www\.|@", line) or (re.search(r"\d{4}", line) and not _year_in_title(line)):
        return False  # a web address, a date or a code
    if _ADDRESS.match(line):
        return False  # a street address ('1 avenue de l'Europe, Strasbourg'): no post's name
    if len([p for p in re.split(r"\s{2,}|\t", line.strip()) if p]) >= 4 and all(
        len(p.split()) <= 2 for p in re.split(r"\s{2,}|\t", line.strip())
    ):
        return False  # 'About  Research  Events  Careers': a site's menu, its items parted by wide spaces
    if line[:1].islower() or (re.fullmatch(r"[\w./-]+", line) and re.search(r"\d", line)):
        return False  # a wrapped sentence's continuation; a reference code ('27-OTP-411-FT')
    if re.fullmatch(r"\((?:[^()]|\([^()]*\))*\)", line.strip()):
        return False  # '(an independent research institute)': a gloss on the line above, no post's name
    if re.search(r"\b(?:the|and|of|a|an|to|in|for|with|on|or|by|that)\s*$", line, re.I):
        return False  # a sentence cut by its line's end ('The Office works on security, and on the')
    bare = re.sub(r"\s*\([^)]*\)", "", line).strip()  # 'NATO Communications and Information Agency (NCI Agency)'
    if any(pattern.fullmatch(line.strip()) or pattern.fullmatch(bare) for _, pattern in vocab.organisations):
        return False
    if is_navigation(line) or vocab.document_kinds.match(_without_organisations(line)) or _issuer(line):
        return False
    if _VERB.search(key) and not vocab.title_words.search(key):
        return False  # 'The successful candidate will have …' states something; a title names a post
    if re.match(r"^\W*join\s+(?:the|us|our)\b", line, re.I):
        return False  # 'JOIN THE EUROPEAN … STANDING CORPS': a campaign's invitation, not the post it recruits for
    if any(pattern.match(line) for pattern in vocab.labels.values()):
        return False
    if _board_line(line):
        return False
    # A heading by its words ('Required Qualifications') is no title; 'Head of Education Unit' names a post.
    return not (meaning(key) and not re.search(vocab.title_words, key))


_YEAR = re.compile(r"(?<![\w/.-])(?:19|20)\d\d(?![\w/.-]?\d)")


def _year_in_title(line: str) -> bool:
    """'RESEARCH ASSISTANT PROGRAMME, SPRING TERM 2027': a title may hold a year, where each run of four digits is a
    year alone and the line is no date ('15 January 2027', 'January 2027', '2027-01-15') nor a reference code
    ('2027/045')."""
    runs = re.findall(r"\d{4,}", line)
    years = _YEAR.findall(line)
    month_year = re.search(rf"\b{_MONTHS}\s+(?:19|20)\d\d\b", line, re.I)
    return len(runs) == len(years) and not _DATE_IN.search(line) and not month_year


_ADDRESS = re.compile(
    r"^\s*\d{1,4}\w?,?\s+(?:[\w'-]+\s+){0,2}(?:rue|avenue|av\.|boulevard|bd\.?|street|st\.|road|rd\.|lane|place|"
    r"square|quai|via|viale|calle|chemin|route|drive|allee|allée|platz|strasse|straße|gasse)\b",
    re.I,
)
"""A street address: its number, then the street's word ('55 avenue Kléber, Paris', '12 Harbour Street')."""
_SALUTATION = re.compile(
    r"^\W*(?:dear|hello|hi|greetings|good\s+(?:morning|afternoon|evening)|(?:best|kind|warm)(?:est)?\s+regards|"
    r"regards|best\s+wishes|with\s+best\s+wishes|sincerely|yours(?:\s+sincerely|\s+faithfully)?|many\s+thanks|"
    r"thank\s+you|thanks)\b|,\s*$",
    re.I,
)
"""A letter's greeting or closing ('Dear roster members,', 'Best regards,'), or any line ending in a comma."""


_BOARD_TERMS = re.compile(
    r"\b(?:full[- ]time|part[- ]time|applicants?|ago|promoted|reposted|followers|on[- ]site|remote|hybrid|"
    r"(?:entry|associate|mid[- ]senior|senior|director|executive)\s+level)\b",
    re.I,
)
_WORK_MODE = re.compile(r"\s*[(\[](?:on[- ]?site|remote|hybrid|in[- ]office)[)\]]\s*$", re.I)


def _board_line(line: str) -> bool:
    """A job board's line about a post, not its title: its place ('Washington, DC (On-site)', 'Geneva, Switzerland')
    or its counters and terms parted by dots ('Promoted · Over 100 applicants', 'Full-time · Mid-Senior level'),
    none of whose parts names a post."""
    parts = [p for p in re.split(r"\s+\u00b7\s+", line.strip()) if p]
    if len(parts) >= 2 and (_BOARD_TERMS.search(line) or not any(_names_post(p) for p in parts)):
        return True
    place = _WORK_MODE.sub("", line.strip())
    if _names_post(place) or not _PLACE_ONLY.fullmatch(place) or len(place.split()) > 5:
        return False
    first = place.split(",")[0].strip()
    return bool(city_country(first) or country_code(first)) or _WORK_MODE.search(line) is not None


def _post_and_unit(line: str) -> bool:
    """'Administrator - Department for the Execution of Judgments of the European Court of Human Rights': a post's
    name of a few words and, after a dash, the unit it serves in, however long its name; no sentence."""
    m = re.match(r"^(?P<head>.+?)\s[-\u2013\u2014]\s(?P<unit>.+)$", line.strip())
    if m is None:
        return False
    head, unit = m.group("head"), m.group("unit")
    return len(head.split()) <= 6 and _names_post(head) and not _VERB.search(unit)


def _without_organisations(line: str) -> str:
    for _, pattern in vocabulary().organisations:
        line = pattern.sub(" ", line)
    return line.strip() or "-"


_UNIT = re.compile(
    r"^(?:the\s+)?(?:[\w-]+\s+){0,3}(?:mission|office|secretariat|agency|centre|center|presence|directorate|"
    r"department|delegation|commission|representation|institute|organi[sz]ation|bureau|headquarters|command|"
    r"ministry)\b"
    r"(?:\s+(?:for|of|to|in|on|at)\b.*)?$",
    re.I,
)


_NAMED_UNIT = re.compile(
    r"^(?P<name>(?:[A-Z][\w'-]*\s+|(?:and|of|for|the|on|in)\s+){1,10}(?i:Agency|Office|Authority|Institute|Centre|"
    r"Center|Commission|Secretariat|Bureau|Directorate|Organi[sz]ation))\s*(?:\((?P<abbr>[A-Za-z][\w-]{1,15})\))?$"
)


def _issuer(line: str) -> bool:
    """'OSCE Mission to Moldova', 'Office for Democratic Institutions and Human Rights (ODIHR)', 'European Agency
    for Coastal Data': the office that issues the notice, not the post. A post's title has a title word."""
    text = re.sub(r"\([^)]*\)", " ", line).strip(" -|")
    low = text.lower()
    named = _NAMED_UNIT.match(line.strip())
    heads = named and re.search(
        vocabulary().title_words.pattern + r".*\b(?:of|for|to|in|at)\b", named.group("name"), re.I
    )
    if named and (named.group("abbr") or len(named.group("name").split()) >= 5) and not heads:
        # 'Baltic Coast Guard and Rescue Agency (BCGRA)': a name whose head is a unit, however many words before it,
        # and none a post's title followed by what it heads ('Head of Office').
        return True
    if any(o.name.lower() in low or o.name.lower().removeprefix("osce ") in low for o in osce().offices):
        return not re.search(r"\s[-|]\s", text)  # 'Officer (S2) - OSCE Mission to Serbia' names the post
    if _mission_country(text) and not vocabulary().title_words.search(text):
        return True  # 'OSCE/ODIHR Election Observation Mission to Georgia': the mission, not the post
    return bool(_UNIT.match(text)) and not vocabulary().title_words.search(text)


_HIRING = re.compile(
    r"(?:we\s*(?:['’]re|are)\s+(?:now\s+|currently\s+)?(?:hiring|recruiting)(?:\s+an?)?|(?:now\s+)?hiring"
    r"|join\s+(?:us|our\s+team)(?:\s+as\s+an?)?)",
    re.I,
)
"""An announcement's lead-in before a title and a colon: "We're hiring", 'Now hiring', 'Join our team as a'."""


def _without_label(line: str) -> str:
    """'OSCE vacancy: Legal Officer' -> 'Legal Officer': an organisation's name and a title label before a colon
    are no part of the title (the label words are the vocabulary's); nor is a document's kind and reference before
    a dash or a colon ('Vacancy notice ERA/AST/2027/004 - Procurement Assistant', 'Vacancy Notice VN 27/18: …')."""
    ref = re.match(
        r"^(?P<p>[^:|]{1,40}?)\s+(?:no\.?\s*|[A-Z]{1,5}\s+)?(?P<r>[A-Z0-9][\w/.-]*\d[\w/.-]*)(?:\s+[-\u2013\u2014]|\s*:)\s+(?P<t>\S.*)$",
        line.strip(),
    )
    if ref and vocabulary().document_kinds.match(ref.group("p").strip()):
        return ref.group("t").strip()  # 'Vacancy notice ERA/AST/2027/004 - Procurement Assistant (AST 3)'
    # 'Ref: GEO 27-14 - Monitor - Human Security': a reference's label and code before the title.
    code = re.match(
        r"^(?:ref(?:erence)?|vacancy\s+(?:no|number)|vn)\.?\s*(?:no\.?\s*)?:?\s*[A-Z0-9][\w/.-]*(?:\s+[\w/.-]*\d[\w/.-]*)?"
        r"\s+[-\u2013\u2014]\s+(?P<t>\S.*)$",
        line.strip(),
        re.I,
    )
    if code:
        return code.group("t").strip()
    m = re.match(r"^(?P<p>[^:|]{1,60}?)\s*[:|]\s*(?P<t>\S.*)$", line.strip())
    if not m:
        return line
    prefix = m.group("p")
    for _, pattern in vocabulary().organisations:
        prefix = pattern.sub(" ", prefix)
    prefix = re.sub(r"^\s*(?:['’]s\b)?[\s-]*(?:(?:the|an?|new|open)\s+)*", "", prefix, flags=re.I)
    if prefix and vocabulary().labels["title"].match(f"{prefix}: {m.group('t')}"):
        return m.group("t").strip()
    if _HIRING.fullmatch(prefix.strip()):
        return m.group("t").strip()  # "We're hiring: Field Coordinator": an announcement's lead-in
    return line


# An e-mail's separator before a forwarded or quoted message: '-----Original Message-----', '---------- Forwarded
# message ---------', 'Begin forwarded message:'.
_MAIL_SEPARATOR = re.compile(
    r"^[\s>*_=-]*(?:begin\s+)?(?:original|forwarded)\s+message\b[\s:*_=-]*$|^[\s>]*-{3,}\s*forwarded\b.*$", re.I
)
# 'for the civil service position of Chief Specialist, Department of …': a post named in the notice's first sentence.
_POSITION_OF = re.compile(
    r"\b(?:position|post|vacancy|function)\s+of\s+(?P<t>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|for|and|on|in))*)"
)


def _menu_lines(lines: list[str]) -> set[int]:
    """The lines of a copied page's menus: a run of three or more bulleted items of a few words, no sentence among
    them, one of them a navigation word ('* About us' / '* What we do' / '* Careers' / '* Contact')."""
    menus: set[int] = set()
    run: list[int] = []
    vocab = vocabulary()
    for i, line in enumerate([*lines, ""]):
        item = _BULLETED.sub("", line, count=1).strip() if _BULLETED.match(line) else None
        if item and len(item.split()) <= 4 and not item.endswith((".", ":", ";", "!", "?")):
            run.append(i)
            continue
        items = [_BULLETED.sub("", lines[k], count=1).strip() for k in run]
        if len(run) >= 3 and any(vocab.navigation_line.match(_without_organisations(t)) for t in items):
            menus.update(run)
        run = []
    return menus


_LETTERS = re.compile(r"[^\W\d_]{2}")
"""Two letters together: what any title holds, in any script."""


def _without_symbols(text: str) -> str:
    """'📁 Programme Officer' -> 'Programme Officer': pictures and symbols around a title are no part of its name."""

    def symbol(ch: str) -> bool:
        return unicodedata.category(ch)[0] in "SC" or unicodedata.category(ch) == "Mn" or ch.isspace()

    start, end = 0, len(text)
    while start < end and symbol(text[start]):
        start += 1
    while end > start and symbol(text[end - 1]):
        end -= 1
    return text[start:end]


def _title(raw_lines: list[str], label: str | None) -> str | None:
    if label:
        label = _without_label(label)
    if label and _is_title(label):
        return _readable(_without_symbols(_DECOR.sub("", label).strip()))
    found: list[str] = []
    menus = _menu_lines(raw_lines[:40])
    for n, line in enumerate(raw_lines[:25]):
        if n in menus or _MAIL_SEPARATOR.match(line):
            continue  # a page's menu; an e-mail's separator
        line = _in_one(line, raw_lines[n + 1] if n + 1 < len(raw_lines) else "")
        if is_navigation(line):
            opens = heading_of(line)
            if opens and meaning(opens) == "requirements" and not _SITE_PROMPT.match(line.strip()):
                break  # 'General Minimum Requirements', a board's word for it, still opens the requirements
            continue  # a page's menu
        line = _without_site(_without_label(_REFERENCE.sub("", line.strip())))
        line = _without_surroundings(line) if line else line
        if not line or _issuer(line) or is_navigation(line):
            continue  # the organisation's or office's name above the title, a page's menu
        labelled_line = _LABEL_LINE.match(line)
        if labelled_line and len(labelled_line.group("p").split()) <= 4 and not _names_post(labelled_line.group("p")):
            continue  # 'Employee Type: Seconded', 'Field of Expertise: Police Affairs': a label and its value
        key = heading_of(line) if not re.search(r":\s*\S", line) else None  # 'Salary: …' is a label, no heading
        if key and meaning(key) and not re.search(vocabulary().title_words, key):
            break  # a title stands before the first heading, or not at all
        if _is_title(line) or (line.endswith(":") and _names_post(line[:-1]) and _is_title(line[:-1])):
            found.append(_readable(_without_symbols(_DECOR.sub("", _MARKDOWN.sub("", line)).replace("**", "").strip())))
    if not found:
        for line in raw_lines[:25]:
            # 'Vacancies > Project Manager - Water Infrastructure': a breadcrumb's last step, when no line below
            # states the title; 'for the position of Chief Specialist, …': a post named in the first sentence.
            step = re.split(r"\s[>\u203a\u00bb]\s", line.strip())[-1] if is_navigation(line) else ""
            if step and step != line.strip() and _names_post(step) and _is_title(step):
                return _readable(step)
            named = _POSITION_OF.search(line)
            if named and _names_post(named.group("t")):
                return named.group("t").strip()
        return None
    # 'OSCE Secretariat - Junior Professional Officer Programme 2027' above 'Junior Professional Officer, …': a line
    # that holds a year names the round or the programme; it is the title only where no other line is one.
    found = [t for t in found if not _YEAR.search(t)] or found
    # 'INTERNATIONAL CRIMINAL COURT' / 'Trial Lawyer (P-4)': a first line that names no post (no post word, no
    # grade) above one that does is the employer's name or the document's, not the title.
    if not _names_post(found[0]):
        # Not a label ('Reporting to: Director') nor a unit named after its head ('Office of the Director').
        later = [t for t in found[1:4] if ":" not in t and not _UNIT.match(re.sub(r"\([^)]*\)", " ", t).strip())]
        return next((t for t in later if _names_post(t)), found[0])
    return found[0]


def _in_one(line: str, after: str) -> str:
    """'Vacancy notice for a Scientific Administrator (Pharmacovigilance' / 'Signal Management) in the …': a line
    whose bracket the line's end leaves open goes on on the next line, which closes it."""
    if line.count("(") > line.count(")") and after.strip() and after.count(")") > after.count("("):
        return f"{line.rstrip()} {after.strip()}"
    return line


# 'Vacancy notice for a Scientific Administrator (…) in the Safety of Medicines Department': the notice's own words
# around the post's name, and the unit the post serves in after it.
_NOTICE_FOR = re.compile(
    r"^(?:(?:vacancy|job|post|position|recruitment)\s+(?:notice|announcement|advertisement|advert)|call\s+for\s+"
    r"applications|selection\s+procedure)\s+for\s+(?:an?|the)\s+(?P<t>.+?)(?:\s+(?:in|within|at)\s+the\s+[A-Z].*)?$",
    re.I,
)
# 'EUCAP SOMALIA – Maritime Legal Adviser': a mission's or an organisation's name in capitals before a dash.
_CAPITALS_BEFORE = re.compile(
    r"^(?P<head>[A-Z][A-Z0-9&/.'-]*(?:\s+[A-Z][A-Z0-9&/.'-]*){0,3})\s+[-\u2013\u2014]\s+(?P<t>.+)$"
)
# 'Border Guard Officer (Category 1) – 2027 recruitment': the round of recruitment after the post's name.
_ROUND = re.compile(
    r"\s+[-\u2013\u2014]\s+(?:(?:19|20)\d\d\s+)?(?:recruitment|campaign|intake|call|selection)(?:\s+(?:19|20)\d\d)?\s*$",
    re.I,
)


def _without_surroundings(line: str) -> str:
    """A title line without the notice's words around the post's name: 'Vacancy notice for a …', a name in
    capitals before a dash that names no post ('EUCAP SOMALIA – …', where the rest does and is not in capitals),
    and a round of recruitment after it ('… – 2027 recruitment')."""
    notice = _NOTICE_FOR.match(line)
    if notice and _names_post(notice.group("t")):
        line = notice.group("t").strip()
    before = _CAPITALS_BEFORE.match(line)
    if (
        before
        and not before.group("t").isupper()
        and _names_post(before.group("t"))
        and not _names_post(before.group("head"))
    ):
        line = before.group("t").strip()
    line = _ROUND.sub("", line) or line
    return _post_among_parts(_post_before_units(line))


_CONTRACT = re.compile(
    r"(?:(?:international|national|local|seconded|secondment|contracted|fixed[- ]term|temporary|full[- ]time|"
    r"part[- ]time|short[- ]term|long[- ]term|consultancy|internship|position|post|contract|staff)\s*)+",
    re.I,
)
"""'International Seconded', 'National Position': the kind of contract, beside the post's name."""
_BODY_WORDS = re.compile(
    r"\b(?:NGO|non-governmental|not-for-profit|non-profit|charity|foundation|association|e\.\s?V\.|gGmbH|ltd|inc)\b",
    re.I,
)
"""Words that make a part the name of a body ('Northbridge Relief (international NGO)'), not a post."""


def _around(part: str) -> bool:
    """Whether a part of a title line after the post is what goes with the notice rather than the post: a label with
    its value ('Deadline: 6 September 2027'), the kind of contract ('International Seconded'), the organisation by
    its name alone, or a place and nothing else ('Cox's Bazar, Bangladesh', 'Addis Ababa'; not 'Municipal Infrastructure (London)', which names the team)."""
    if _LABEL_LINE.match(part) or _CONTRACT.fullmatch(part.strip()):
        return True
    if _names_post(part):
        return False
    if _organisation_alone(part):
        return True  # '… - United Nations Development Programme': who recruits, as a board's line names it
    return _place_only(part) is not None


def _place_only(part: str) -> tuple[str | None, str] | None:
    """(the place, its country) where a part of a title line is a place and nothing else: each piece a country, a
    known city or the one town named beside its country ('Cox's Bazar, Bangladesh'); None where it names a post or
    more than the place ('Municipal Infrastructure (London)' names the team too)."""
    if _names_post(part):
        return None
    place, code = _place(part)
    pieces = [p.strip(" .") for p in re.split(r"[,()/]", part) if p.strip(" .")]
    if code is None or not all(p == place or country_code(p) or city_country(p) for p in pieces):
        return None
    return place, code


def _body(part: str) -> bool:
    """Whether a part of a title line before the post names the body that recruits, and no post: an NGO or a
    foundation ('Northbridge Relief (international NGO)'), or a known organisation by its name alone ('United
    Nations Development Programme', 'UNDP')."""
    return not _names_post(part) and (bool(_BODY_WORDS.search(part)) or _organisation_alone(part))


def _organisation_alone(part: str) -> bool:
    """A known organisation by its name or acronym and nothing else ('UNDP', 'United Nations Development
    Programme'); not one of its offices ('OSCE Programme Office in Dushanbe')."""
    rest = _without_organisations(part).strip(" -")
    return rest != part.strip() and (not rest or bool(_BODY_OF.fullmatch(rest)))


_BODY_OF = re.compile(r"(?:[\w-]+\s+){0,2}(?:programme|program|fund|bank|group)", re.I)
"""What is left of a known organisation's full name once the vocabulary's names are taken out ('United Nations
Development Programme' -> 'Development Programme')."""


def _post_among_parts(line: str) -> str:
    """'Northbridge Relief (international NGO) - WASH Team Leader - Cox's Bazar, Bangladesh' -> 'WASH Team Leader': a
    title line whose parts, parted by dashes or bars, begin with the body that recruits (`_body`) or end with the
    notice's terms, place or deadline (`_around`): those go, and the post with the units it serves in stays
    ('Programme Analyst - Regional Office for Asia', 'Project Officer - Water Infrastructure' stay whole)."""
    pieces = _PART_SEP_KEPT.split(line)
    parts, seps = pieces[0::2], pieces[1::2]
    first, last = 0, len(parts)
    while last - first > 1 and _around(parts[last - 1]):
        last -= 1
    while last - first > 1 and _body(parts[first]):
        first += 1
    if (first, last) == (0, len(parts)) or not _names_post(parts[first]):
        return line
    kept = parts[first]
    for sep, part in zip(seps[first : last - 1], parts[first + 1 : last], strict=True):
        kept += sep + part
    return kept.strip()


_PART_SEP_KEPT = re.compile(r"(\s+[-\u2013\u2014|]\s+)")


def _place_beside_title(raw_lines: list[str], title: str) -> tuple[str | None, str] | None:
    """(the place, its country) a title line names after the post, where the title was read without it
    (`_post_among_parts`, `_post_before_units`): 'Country Director - Lebanon', '…, OSCE Secretariat, Vienna'."""
    for line in raw_lines[:25]:
        at = line.find(title)
        if at < 0 or line.strip() == title:
            continue
        rest = [
            p.strip() for p in re.split(r"\s+[-\u2013\u2014|]\s+|,(?![^()]*\))", line[at + len(title) :]) if p.strip()
        ]
        return next((found for part in reversed(rest) if (found := _place_only(part)) is not None), None)
    return None


def _post_before_units(line: str) -> str:
    """'Senior Budget Officer, Department of Management and Finance, OSCE Secretariat, Vienna' -> 'Senior Budget
    Officer, Department of Management and Finance': a post's name, the units it serves in, then after commas the
    office that issues the notice and its place, which go. A title with only its place after it ('Head of Office,
    Vienna') or a unit ('Technical Officer, Water Safety, Copenhagen') stays whole."""
    parts = [p.strip() for p in line.split(",")]
    if len(parts) < 3 or not _names_post(parts[0]) or _issuer(parts[0]):
        return line
    last = len(parts)
    while last > 1 and (_issuer(parts[last - 1]) or _organisation_alone(parts[last - 1]) or _around(parts[last - 1])):
        last -= 1
    if last == len(parts) or not any(_issuer(p) or _organisation_alone(p) for p in parts[last:]):
        return line
    return ", ".join(parts[:last])


# 'Senior Adviser (ref. EK 30117)', '(Vacancy No. 27/04)': the notice's reference beside the title.
_REFERENCE = re.compile(
    r"\s*[(\[](?:ref(?:erence)?|vacancy|vn|job|post|requisition|req)\b\.?\s*(?:no\.?|number|id)?\s*[:#]?\s*[^)\]]*[)\]]"
    # 'Community Policing Adviser (MOL000207)': a code of letters and at least three digits alone in brackets.
    r"|\s*[(\[](?-i:[A-Z]{2,6})[-/ ]?\d{3,}[\w/-]*[)\]]"
    # 'Credit Analyst (Energy)      Ref. PIB/2026/CA/07': a reference after the title, closing its line.
    r"|\s+(?:ref(?:erence)?|vacancy\s+(?:no|number)|job\s+(?:id|no))\b\.?\s*(?:no\.?\s*)?[:#]?\s*"
    r"[A-Z0-9][\w/.-]*\d[\w/.-]*\s*$",
    re.I,
)
_LABEL_LINE = re.compile(r"^(?P<p>[A-Za-z][\w ./()&'-]{0,40}?)\s*:\s+\S")
_POST_NOUN = re.compile(
    r"\b(?!(?:humanitarian|vegetarian|agrarian|sectarian|authoritarian|totalitarian|egalitarian|relevant|important|"
    r"significant|constant|vacant|distant|instant|pleasant|dominant|compliant|resistant|redundant|abundant|"
    r"consist|exist|insist|persist|resist)\b)[A-Za-z]{3,}(?:ist|ician|arian|ant)\b",
    re.I,
)
"""A noun of a person's work ('Epidemiologist', 'Technician', 'Librarian', 'Accountant'); not an adjective or a
verb of the same ending ('Humanitarian Aid Operations', 'relevant')."""
_GRADE_TOKEN = re.compile(r"\b(?:[PDGS]|NO|NP|AD|AST|FG|GS|FS)\s?-?\s?\d{1,2}\b|\bNO-?[A-D]\b")


_GRADE_WORD = r"(?:P|D|G|S|NP|NO[A-D]?|AD|AST|FS|GS)\s?-?\s?\d{1,2}"
_GRADE_PAIR = re.compile(
    rf"(?:\s*,\s*|\s+)(?:\(\s*{_GRADE_WORD}\s*(?:/|,|or|to|and|[-\u2013])\s*{_GRADE_WORD}\s*\)"
    rf"|{_GRADE_WORD}\s*(?:/|or|to|[-\u2013])\s*{_GRADE_WORD})$",
    re.I,
)
_TRAILING_GRADE = re.compile(
    r"(?<=[\w)])(?:\s*,\s*|\s+(?:[-\u2013]\s+)?)(?P<g>(?:P|D|G|S|NP|NO[A-D]?|AD|AST|FS|GS)-?\d{1,2})$"
)


def _names_post(line: str) -> bool:
    """Whether a line names a post: a title word ('Officer', 'Adviser'), a grade ('P-4', 'S2'), or a noun of a
    person's work ('Epidemiologist', 'Banker'), rather than an employer ('International Criminal Court')."""
    words = vocabulary().title_words
    bare = re.sub(r"\b(?:programme|program)s?\b", " ", line, flags=re.I)  # 'Programme' names units as well as posts
    return bool(words.search(bare) or _GRADE_TOKEN.search(line) or _POST_NOUN.search(line))


# 'Ocean Agency Careers', 'Acme Jobs': a site's name, a few capitalised words before its section's.
_SITE = re.compile(r"(?:[A-Z][\w&.'-]*\s+){1,4}(?i:careers|jobs|vacancies|job\s+board|careers\s+portal)")


def _without_site(line: str) -> str:
    """'WHO Careers - Epidemiologist' -> 'Epidemiologist', 'Legal Officer | Careers' -> 'Legal Officer': a page's
    title names the site beside the post; a part made only of organisations' names and navigation words goes."""
    parts = re.split(r"\s+[|\-\u2013\u00b7]\s+", line)
    if len(parts) < 2:
        return line
    vocab = vocabulary()
    # 'UNFPA - Programme Analyst': a part that is only an organisation's name goes too.
    kept = [
        p
        for p in parts
        if not vocab.navigation_line.match(_without_organisations(p))
        # '… - Temporary Agent': the kind of contract or document beside the post
        and not vocab.document_kinds.match(p.strip())
        and not _SITE.fullmatch(p)
        and _without_organisations(p) != "-"
    ]
    return " - ".join(kept) if kept and len(kept) < len(parts) else line


def _readable(title: str) -> str:
    """'POLITICAL AFFAIRS OFFICER, P4' -> 'Political Affairs Officer, P4': a title written in capitals; a grade
    written in words after it ('(Grade A4)') is the grade's, not the title's."""
    title = re.sub(r"\s*\((?:grade|level)\s+[^)]{1,12}\)\s*$", "", title, flags=re.I) or title
    # 'Project Coordinator (part-time, 60%)': the terms of the contract, not the post's name.
    title = (
        re.sub(r"\s*\([^()]*\b(?:part[- ]time|full[- ]time|\d{1,3}\s?%)[^()]*\)\s*$", "", title, flags=re.I) or title
    )
    # 'Logistics Officer (deployment to WFP)', 'Port Planner (consultant roster)', 'Cyber Adviser (Moldova)': how the
    # post is filled, or the country it is in, not the post's name.
    last = re.search(r"\s*\((?P<w>[^()]*)\)\s*$", title)
    named = last.group("w").strip() if last else ""
    if last and (_HOW_FILLED.search(named) or (len(named) > 3 and country_code(named))):  # never a grade ('GG')
        title = title[: last.start()].strip() or title
    # 'INSPECTOR (AD 6)' as well: one word of five capitals or more, beside a bracket, is no acronym.
    if title.isupper() and (
        len(re.findall(r"[A-Z]{4,}", title)) >= 2 or re.fullmatch(r"[A-Z]{5,}", re.sub(r"\s*\([^()]*\)", "", title))
    ):
        small = {"of", "the", "and", "for", "to", "in", "on", "at", "a", "an", "or"}
        said = title.split()
        # 'AUDITOR (AD 7)': a grade's letters before its number stay as written; so does an acronym in brackets
        # ('(CEB)').
        words = [
            w
            if re.search(r"\d", w)
            or (i + 1 < len(said) and re.fullmatch(r"\(?[A-Z]{1,3}", w) and re.match(r"\d", said[i + 1]))
            or re.fullmatch(r"\([A-Z]{2,8}\)[.,;:]?", w)
            else w.lower()
            if w.lower() in small
            else w.title()
            for i, w in enumerate(said)
        ]
        return " ".join(words[:1] + words[1:]) if words else title
    return title


_HOW_FILLED = re.compile(
    r"^\s*(?:deployment|secondment|roster|consultan(?:t|cy)\s+roster|(?:expert\s+)?roster)\b|\broster\s*$", re.I
)


_GRADE = re.compile(
    r"\b(?:at|of)\s+(?:the\s+)?grade\s+((?:S|P|D|G|NP|AD|AST|NO[A-D]?|FS|GS)-?\d{1,2}\+?|S)\b"
    r"|\b(?i:grade):?\s+((?:S|P|D|G|NP|AD|AST|FS|GS)-?\d{1,2})\b"
    # 'This call is for LEVEL B only', 'The post is at level C': a level by its letter, said of the post itself.
    r"|\b(?i:call|post|position|vacancy|competition|selection|recruitment|notice)\s+(?i:is\s+)?(?i:open\s+)?"
    r"(?i:for|at)\s+(?i:the\s+)?((?i:level)\s+[A-E])\b(?![\w-])"
)


def _grade(value: str) -> str | None:
    m = re.search(r"\b((?:S|P|D|G|NP|AD|AST|NO[A-D]?|FS|GS|A|B|C)\s?-?\s?\d{1,2})\b", value)
    return re.sub(r"[\s-]", "", m.group(1)) if m else value.strip()[:20].strip() or None


def _grade_in_prose(text: str) -> str | None:
    m = _GRADE.search(text)
    if m and m.group(3):
        return "Level " + m.group(3)[-1]
    return (m.group(1) or m.group(2)).replace("-", "") if m else None


# '(G4)', '(P-4)', '(P.4)', '(NOB)', '(NO-C)', the World Bank's '(GF)' and '(GF 6)': a grade in brackets after the title.
_BRACKETED_GRADE = re.compile(
    r"\((?P<g>(?:P|D|G|S|NP|NO[A-D]?|FS|GS|AD|AST)\s?[-.]?\s?\d{1,2}|NO-?[A-D]|G[A-K](?:\s?[-.]?\s?\d{1,2})?)\)"
)
_AT_END = re.compile(r"\s*(?:$|,|\s[-\u2013\u2014|]\s)")
"""What may follow a grade in brackets that ends the title: nothing, or the place or unit after a comma or dash."""


def _grade_written(grade: str) -> str:
    """'P.4' -> 'P4', 'GF 6' -> 'GF6', 'NO-B' -> 'NOB'."""
    return re.sub(r"[-.\s]", "", grade)


_NATIONAL_GRADE = re.compile(r"^(?:G|GS|NP|NO[A-D]?|NO)\d*$")
_INTERNATIONAL_GRADE = re.compile(r"^(?:P|D|S|FS)\d+$")
_INTERNATIONAL_POST = re.compile(
    r"\binternational(?:ly)?\s+(?:recruited|contracted|seconded|(?:post|position|staff))\b"
    r"|\b(?:post|position)\s+(?:is\s+)?open\s+(?:for|to)\s+secondment\b"
    # Only international staff are nominated by a State, and only they serve for a limited period in one mission.
    r"|\b(?:nominating|seconding)\s+(?:authorit(?:y|ies)|state|participating\s+state)"
    r"|\bmaximum\s+period\s+of\s+service\s+in\s+(?:this|the)\s+(?:post|position|same\s+mission)",
    re.I,
)


def _national(meta: Metadata, title: str | None, text: str) -> bool | None:
    """Whether the post is national (G1-G7, NP1-NP4, NO-A…, 'Local contracted', a 'National …' title) or
    international (P, D, S or FS grades, a secondment, 'international contracted'); None where nothing tells."""
    grade = str(meta.grade or "")
    if meta.contract == "local" or _NATIONAL_GRADE.match(grade):
        return True
    if _INTERNATIONAL_GRADE.match(grade) or meta.contract in ("secondment", "secondment-or-contracted", "programme"):
        return False
    if title and re.match(r"^\s*(?:senior\s+|junior\s+)?national\b", title, re.I):
        return True
    category = _CATEGORY_ASIDE.search(title or "")
    if category:
        return bool(category.group("national"))
    if meta.contract == "contracted" or _INTERNATIONAL_POST.search(text):
        return False
    return None


# 'Type of appointment: Special Service Agreement (short-term expert)', 'Contract type: Consultancy': a consultant's
# contract for a task, not a post.
_CONSULTANCY = re.compile(
    r"\b(?:special\s+service\s+agreement|SSA|consultan(?:t|cy|cies)|short[-\s]term\s+expert|individual\s+contract(?:or)?)\b",
    re.I,
)


# 'Fixed-term, international contracted', 'International contracted, fixed-term, extra-budgetary', 'Local
# Contracted': a field (or a line) that names only the contract, in the words notices write it.
_TERMS = r"(?:fixed[- ]term|temporary|short[- ]term|extra[- ]?budgetary|unified[- ]budget|full[- ]time|part[- ]time)"
_CONTRACT_ASIDE = re.compile(
    r"\s*\((seconded|contracted|secondment|seconded\s*/\s*contracted|temporary\s+agent|contract\s+agent)"
    r"(?:\s*[,/-]\s*(?P<g>(?:AD|AST|FG)\s*-?\s*(?:\d{1,2}|[IV]{1,4})))?\)",
    re.I,
)
"""'(Seconded)', '(Temporary Agent, AD7)': a contract (and its grade) in brackets after the title."""
_REFERENCE_ASIDE = re.compile(
    r"\s*\((?:ref(?:erence)?\.?|vacancy\s+(?:no\.?|number)|vn)\s*(?:no\.?\s*)?[:#]?\s*[\w./-]*\d[\w./-]*\)", re.I
)
"""'(Ref. EUBAM-B-12)', '(Reference: VN 2027/14)': the notice's reference in brackets after the title."""
_ANNOUNCED = re.compile(
    r"^(?:vacancy\s+(?:announcement|notice)|job\s+(?:opening|announcement)|call\s+for\s+applications)\s+[-\u2013\u2014:]\s+",
    re.I,
)
"""'VACANCY ANNOUNCEMENT - ', 'Job opening: ': what the notice is, said before the post's name."""
_CONTRACT_BEFORE = re.compile(
    r"^(?:contract(?:ual)?\s+agent|temporary\s+agent|local\s+agent|seconded\s+national\s+expert|seconded|contracted)"
    r"(?:\s*,?\s*(?P<g>(?:AD|AST|FG|SC)\s*-?\s*(?:\d{1,2}|[IV]{1,4})))?\s+[-\u2013\u2014]\s+(?=\S)",
    re.I,
)
"""'Contract Agent FGIV - ', 'Seconded - ': a contract (and its grade) before a dash and the post's name."""
_CATEGORY_ASIDE = re.compile(
    r"\s*\((?:(?P<national>national(?:\s+professional)?(?:\s+officer)?|NPO|general\s+service|local(?:ly\s+recruited)?)"
    r"|international(?:\s+professional)?|professional(?:\s+category)?|field\s+service)"
    r"(?:\s+(?:post|position|category|staff))?\)",
    re.I,
)
"""'(National Officer)', '(General Service)', '(International Professional)': the staff category in brackets after
the title; a national one makes the post national."""
_CONTRACT_FIELD = re.compile(
    rf"^(?:(?:{_TERMS}|international(?:ly)?|local(?:ly)?|national(?:ly)?)[\s,/-]+)*"
    r"(?:contracted|seconded|secondment|seconded\s*/\s*contracted|contracted\s*/\s*seconded)"
    rf"(?:\s+(?:post|position|staff))?(?:[\s,/-]+{_TERMS})*\.?$",
    re.I,
)


def _contract(
    footer: dict[str, str], labels: dict[str, str], text: str, title: str | None, fields: Sequence[str] = ()
) -> str | None:
    kind = f"{footer.get('contract type', '')} {footer.get('job type', '')} {labels.get('contract', '')}".lower()
    if not kind.strip():
        kind = next((f.strip().lower() for f in fields if _CONTRACT_FIELD.match(f.strip())), "")
    if re.search(r"\b(?:local|national)\b", kind):  # whole words: 'international' is not 'national'
        return "local"
    seconded = "second" in kind or bool(
        re.search(r"open for secondment only|\bseconded\s+(?:position|post)\b", text, re.I)
    )
    contracted = "contract" in kind or bool(re.search(r"\bcontracted\s+(?:position|post)\b", text, re.I))
    if seconded and contracted:
        return "secondment-or-contracted"
    if seconded:
        return "secondment"
    if contracted:
        return "contracted"
    if title and re.search(r"\bprogramme\b", title, re.I) and re.search(r"\bjunior professional\b", text, re.I):
        return "programme"
    return None
