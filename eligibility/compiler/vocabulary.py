"""The compiler's vocabulary (eligibility/data/compiler.yaml), loaded once, as compiled patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml


def _words(phrases: list[str]) -> re.Pattern:
    """Any of the phrases, case-insensitive, starting on a word boundary; longest first."""
    ordered = sorted({p.strip() for p in phrases}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")", re.I)


def _marks(words: list[str], at_end: bool = False) -> re.Pattern:
    """The words in brackets, one or several ('(a plus)', '[asset]', '(desirable, not essential)'); `at_end`: closing
    the text ('… (optional).')."""
    one = "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
    several = rf"{one}(?:\s*(?:,|;|/|\bbut\b|\band\b)\s*{one})*"
    return re.compile(r"[(\[]\s*" + several + r"\s*[)\]]" + (r"[\s.;,]*$" if at_end else ""), re.I)


def _names(names: list[str]) -> re.Pattern:
    """Organisation names: short capitals ('UN', 'EU') must be written so; others in any case."""
    exact = [n for n in names if n.isupper() and len(n) <= 6]
    loose = [n for n in names if n not in exact]
    parts = []
    if exact:
        parts.append(r"\b(?:" + "|".join(re.escape(n) for n in sorted(exact, key=len, reverse=True)) + r")\b")
    if loose:
        parts.append(r"(?i:\b(?:" + "|".join(re.escape(n) for n in sorted(loose, key=len, reverse=True)) + r")\b)")
    return re.compile("|".join(parts))


def _whole_line(phrases: list[str]) -> re.Pattern:
    """A line made only of the phrases, in any order, between separators ('|', '>', '-', '&', '/'), a link's arrow
    before them ('< Back to jobs', '← Back to results')."""
    ordered = sorted({p.strip() for p in phrases}, key=len, reverse=True)
    one = r"(?:" + "|".join(re.escape(p) for p in ordered) + r")"
    return re.compile(rf"^[\s|>/&\-<\u2190\u2039\u00ab]*{one}(?:[\s|>/&\-]+{one})*[\s|>/&\-]*$", re.I)


@dataclass(frozen=True)
class Vocabulary:
    headings: dict[str, re.Pattern]
    """Section kind -> the words that give a heading that meaning ('skip', 'info', 'requirements')."""
    modes: dict[str, re.Pattern]
    heading_modes: dict[str, re.Pattern]
    """Mode -> words that give a heading (never a sentence) that mode ('What we value (should have)')."""
    desirable: re.Pattern
    item_mark: re.Pattern
    """An item's own mark of a wish closing it, in brackets: '(desirable)', '(a plus)', '[asset]', '(not mandatory)'."""
    navigation: frozenset[str]
    navigation_line: re.Pattern
    """A whole line of navigation words ('Skip to main content Jobs Search Login', 'Share this job Apply now')."""
    document_kinds: re.Pattern
    """A whole line naming only the kind of document ('VACANCY NOTICE', 'UN Volunteer assignment' less the name)."""
    labels: dict[str, re.Pattern]
    """Metadata field -> a pattern for 'Label:' at the start of a line, the value in group 'v'."""
    organisations: tuple[tuple[str, re.Pattern], ...]
    foreign_requirements: re.Pattern
    """Words that state a requirement in another language ('exigée', 'erforderlich', 'imprescindible')."""
    foreign_denial: re.Pattern
    """A negation before a word of need in another language ('n'est pas requise', 'nicht vorausgesetzt')."""
    title_words: re.Pattern
    languages: tuple[str, ...]
    elsewhere: re.Pattern
    elsewhere_words: re.Pattern
    """Any of those words anywhere in a line: a quick test before the line is read closely."""
    """A line that opens the other posts a page lists after the notice: a heading ('Similar jobs', 'More jobs in
    Lima') or a job board's line before them ('Get notified about new … jobs')."""
    boilerplate: re.Pattern
    """Advice to applicants ('prior to applying', a line opening with 'Please'): never a requirement."""
    official_languages: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Organisation code -> its official languages, for 'a second UN official language' (the OSCE's: osce.yaml)."""
    organisation_words: re.Pattern = re.compile(r"(?!)")
    """Words of a body's name ('Centre', 'Relief', 'Institute'): a first line holding one names who issues the notice."""
    hyphen_prefixes: frozenset[str] = frozenset()
    """First halves of a word cut at a line's end that keep their hyphen ('co-' / 'operation')."""
    hyphen_words: frozenset[str] = frozenset()
    """Second halves of a word cut at a line's end that keep the hyphen before them ('decision-' / 'making')."""
    not_asked: re.Pattern = re.compile(r"(?!)")
    """Words of an item under a requirements heading that says what the post offers, how the selection runs or what
    the organisation is ('Per diem rate', 'Number of posts'), not what a candidate must have."""
    item_openers: re.Pattern = re.compile(r"(?!)")
    """Words a requirement list's item starts with ('Minimum', 'Valid', 'Professional fluency'), matched where a
    run-on list that lost its bullets may be cut."""
    wish_headings: re.Pattern = re.compile(r"(?!)")
    """Words a line opens with that head a list of wishes ('It would be great if you also have', 'Bonus points
    for'), whatever verb follows them."""
    organisation_names: tuple[str, ...] = ()
    """Every organisation's names as written ('OSCE', 'United Nations'), for a notice written in lower case."""
    ordinary_words: tuple[str, ...] = ()
    """Names that are also ordinary words ('polish', 'chad'): in a notice in lower case, names only in a name's
    context."""
    never_names: frozenset[str] = frozenset()
    """Ordinary words that are also an organisation's short name ('who', 'shape'): never a name in lower case."""
    regions: tuple[str, ...] = ()
    """Regions notices name ('Central Asia', 'Western Balkans'): names, given back their capitals in a notice in lower
    case or a line in capitals."""
    experience_qualifiers: frozenset[str] = frozenset()
    """Words between a minimum's years and 'experience' that name no field ('progressively responsible')."""
    experience_settings: dict[str, str] = field(default_factory=dict)
    """A word before 'experience' that names where the work was done -> the setting it asks ('international' ->
    'international level')."""
    application_step: re.Pattern = re.compile(r"(?!)")
    """A sentence asking to send what an application is made of ('Interested candidates should send (i) a cover
    letter, (ii) a CV …'): how to apply, never a quality asked of the candidate."""
    wish_alone: re.Pattern = re.compile(r"(?!)")
    """A heading that is only these words ('Plus:', 'Pluses') heads a list of wishes; in a longer heading or a
    sentence they say nothing of a wish. Matched against a heading's whole key."""


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    raw = yaml.safe_load(resources.files("eligibility").joinpath("data/compiler.yaml").read_text("utf-8"))
    labels = {
        key: re.compile(
            r"^\s*(?:"
            + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            + r")\s*[:|]\s*(?P<v>.+)$",
            re.I,
        )
        for key, words in raw["labels"].items()
    }
    return Vocabulary(
        # A wish heading's words ('It would be great if', 'Preference will be given') head requirements, as wishes.
        headings={
            kind: _words(words + (raw["wish_headings"] if kind == "requirements" else []))
            for kind, words in raw["headings"].items()
        },
        modes={
            mode: _words(words + (raw["wish_headings"] if mode == "desirable" else []))
            for mode, words in raw["modes"].items()
        },
        heading_modes={mode: _words(words) for mode, words in raw["heading_modes"].items()},
        desirable=re.compile(
            _words(raw["desirable_markers"] + raw["wish_headings"]).pattern
            + r"|\ban?\s+(?:(?:"
            + "|".join(re.escape(w) for w in raw.get("desirable_modifiers", []))
            + r")\s+){1,2}(?:asset|advantage|plus)\b"
            # 'will also be seen as a plus', 'counts as a plus': a thing said to be taken as a plus is wished for.
            + r"|\b(?:seen|regarded|viewed|considered|counted|treated|looked\s+upon|counts?)\s+as\s+an?\s+(?:(?:"
            + "|".join(re.escape(w) for w in raw.get("desirable_modifiers", []))
            + r")\s+){0,2}(?:asset|advantage|plus|bonus)\b"
            # '… is a merit', '… would be an additional merit', '… is considered a strength': a noun of a wish after
            # the verb that says the thing is one ('selected on merit', 'a merit-based process' are no wish).
            + r"|\b(?:is|are|be|been|being|considered|seen|regarded|viewed|counts?|counted)(?:\s+as)?\s+(?:an?\s+)?(?:(?:"
            + "|".join(re.escape(w) for w in raw.get("desirable_modifiers", []))
            + r")\s+){0,2}(?:"
            + "|".join(re.escape(w) for w in raw.get("wish_nouns", []))
            + r")s?\b(?!-)"
            + r"|"
            + _marks(raw["desirable_marks"]).pattern
            + r"|^\s*(?:"
            + "|".join(re.escape(w) for w in sorted(raw["desirable_labels"], key=len, reverse=True))
            + r")\s*:",
            re.I,
        ),
        item_mark=_marks(raw["desirable_marks"], at_end=True),
        navigation=frozenset(w.lower() for w in raw["navigation"]),
        navigation_line=_whole_line(raw["navigation"]),
        document_kinds=_whole_line(raw["document_kinds"]),
        labels=labels,
        organisations=tuple((o["code"], _names(o["names"])) for o in raw["organisations"]),
        foreign_requirements=re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(w) for w in raw["foreign_requirements"]) + r")(?!\w)", re.I
        ),
        foreign_denial=re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(w) for w in raw["foreign_negations"]) + r")\s+(?:[^\W\d_]+\s+){0,2}?"
            r"(?:" + "|".join(re.escape(w) for w in raw["foreign_needed"]) + r")(?!\w)",
            re.I,
        ),
        languages=tuple(raw["languages"]),
        elsewhere_words=_words(raw["headings"]["elsewhere"] + raw["elsewhere_openings"]),
        elsewhere=re.compile(
            r"^(?:(?:" + "|".join(re.escape(w) for w in raw["headings"]["elsewhere"]) + r")\b[^.;:]{0,40}$"
            r"|(?:" + "|".join(re.escape(w) for w in raw["elsewhere_openings"]) + r")\b)",
            re.I,
        ),
        boilerplate=re.compile(
            _words(raw["boilerplate"]).pattern
            + r"|^\s*(?:"
            + "|".join(re.escape(w) for w in raw["boilerplate_openings"])
            + r")(?!\w)",
            re.I,
        ),
        title_words=re.compile(r"\b(?:" + "|".join(re.escape(w) for w in raw["title_words"]) + r")s?\b", re.I),
        official_languages={code: tuple(names) for code, names in raw.get("official_languages", {}).items()},
        organisation_words=re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in raw.get("organisation_words", [])) + r")\b", re.I
        ),
        hyphen_prefixes=frozenset(w.lower() for w in raw.get("hyphen_prefixes", [])),
        hyphen_words=frozenset(w.lower() for w in raw.get("hyphen_words", [])),
        application_step=re.compile(
            r"\b(?:should|must|are\s+(?:invited|requested|asked)\s+to|please|kindly)\s+(?:\w+\s+)?(?:"
            + "|".join(re.escape(w) for w in raw.get("application_verbs", []))
            + r")\b[^.]{0,40}?\b(?:"
            + "|".join(re.escape(w) for w in sorted(raw.get("application_documents", []), key=len, reverse=True))
            # 'Candidates send application to the e-mail address of the Directorate until …': the same said as what
            # candidates do, the application itself named.
            + r")\b|^\W*(?:(?:interested|eligible)\s+)?(?:candidates|applicants|persons|individuals)\s+"
            r"(?:send|submit|e-?mail|upload)\s+(?:(?:their|an?|the|your)\s+)?(?:applications?|cvs?|candidatures?)\b",
            re.I,
        ),
        wish_alone=re.compile(
            r"(?:" + "|".join(re.escape(w) for w in sorted(raw.get("wish_alone", []), key=len, reverse=True)) + r")",
            re.I,
        ),
        wish_headings=re.compile(
            r"^(?:" + "|".join(re.escape(w) for w in sorted(raw["wish_headings"], key=len, reverse=True)) + r")\b", re.I
        ),
        organisation_names=tuple(n for o in raw["organisations"] for n in o["names"]),
        ordinary_words=tuple(raw["lower_case"]["ordinary_words"]),
        never_names=frozenset(raw["lower_case"]["never_names"]),
        regions=tuple(raw["lower_case"].get("regions", ())),
        experience_qualifiers=frozenset(w.lower() for w in raw.get("experience_qualifiers", [])),
        experience_settings={k.lower(): v for k, v in raw.get("experience_settings", {}).items()},
        not_asked=re.compile(
            r"(?<!\w)(?:"
            + "|".join(re.escape(w) for w in sorted(raw["not_asked"], key=len, reverse=True))
            + r")(?!\w)",
            re.I,
        ),
        item_openers=re.compile(
            r"(?:" + "|".join(re.escape(w) for w in sorted(raw["item_openers"], key=len, reverse=True)) + r")\b", re.I
        ),
    )
