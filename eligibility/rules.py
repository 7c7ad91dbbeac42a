"""A posting's rule set: its metadata and criteria, each citing the posting's own words."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from eligibility import checks
from eligibility.declared import COUNTRY, DAY, FLAG, TEXT, Param, Value, keys, read_params
from eligibility.errors import UsageError, did_you_mean
from eligibility.fields import Node, root
from eligibility.organisation import osce
from eligibility.yamlio import load_file, load_yaml

SCHEMA_VERSION = 1
RULESET_KEYS = ("schema_version", "posting", "organisation_rules", "criteria", "review")
CRITERION_KEYS = ("id", "kind", "mandatory", "source", "note")
CONTRACTS = ("secondment", "contracted", "secondment-or-contracted", "local", "programme")
"""'local': a national post, open to nationals of the duty-station country; no duty-station exclusion applies."""
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass(frozen=True)
class Posting:
    id: str
    title: str
    organisation: str
    country: str | None
    """Duty-station country (ISO 3166 alpha-2, XK for Kosovo)."""
    duty_station: str | None = None
    field_operation: bool = False
    """International post in a field operation: duty-station nationals and residents excluded."""
    issued_by: str | None = None
    grade: str | None = None
    contract: str | None = None
    issued: date | None = None
    closes: date | None = None
    source: str | None = None


@dataclass(frozen=True)
class Criterion:
    id: str
    kind: str
    mandatory: bool
    source: str
    """The posting's own words (or the organisation rule's) this criterion comes from."""
    params: Any
    """The kind's parameters (a frozen dataclass from its check module)."""
    note: str | None = None
    origin: str = "posting"
    """'posting', or 'organisation' for rules applied by reference."""

    decisive: bool = field(init=False, repr=False, compare=False)
    """Mandatory and of a kind that decides: the only criteria that decide the verdict."""
    desirable: bool = field(init=False, repr=False, compare=False)
    """Not mandatory, and of a kind that decides: counted in the score's desirable part."""
    has_margin: bool = field(init=False, repr=False, compare=False)
    """Decisive, and of a kind whose pass carries a margin the score counts."""
    final: bool = field(init=False, repr=False, compare=False)
    """Of a kind whose failure no qualification can change (the kind's FINAL): listed first in screening rows."""

    def __post_init__(self) -> None:
        # Read on every assessment of every candidate: worked out once.
        module = checks.KINDS.get(self.kind)
        decides = bool(module is not None and module.DECIDES)
        object.__setattr__(self, "decisive", self.mandatory and decides)
        object.__setattr__(self, "desirable", not self.mandatory and decides)
        object.__setattr__(self, "has_margin", self.mandatory and decides and bool(module and module.MARGIN))
        object.__setattr__(self, "final", bool(module is not None and module.FINAL))

    @property
    def module(self):
        return checks.KINDS[self.kind]

    def describe(self) -> str:
        return self.module.describe(self.params)


@dataclass(frozen=True)
class ReviewItem:
    """One open question about the rule set: `{criterion: ID, issue: TEXT}` under `review:`."""

    issue: str
    criterion: str | None = None


@dataclass(frozen=True)
class RuleSet:
    posting: Posting
    criteria: tuple[Criterion, ...]
    file: str
    organisation_rules: tuple[str, ...] = ()
    review: tuple[ReviewItem, ...] = ()
    """Open items a person must settle before the rule set decides alone (`review:`, written by `compile`)."""

    constant_findings: dict = field(init=False, repr=False, compare=False)
    """Findings that do not depend on the candidate (kinds that never decide), by criterion index."""
    primary_education: Criterion | None = field(init=False, repr=False, compare=False)
    """The mandatory degree criterion whose paths set the experience minimum."""
    primary_experience: Criterion | None = field(init=False, repr=False, compare=False)
    """The mandatory experience criterion with a minimum: the one education paths adjust."""

    def __post_init__(self) -> None:
        # Worked out once per rule set, not once per candidate.
        from eligibility.outcome import Finding

        constant = {i: Finding(c, c.module.check(c, None)) for i, c in enumerate(self.criteria) if not c.module.DECIDES}
        education = checks.KINDS["education"].primary(self.criteria)
        experience = checks.KINDS["experience"].primary(self.criteria)
        object.__setattr__(self, "constant_findings", constant)
        object.__setattr__(self, "primary_education", education)
        object.__setattr__(self, "primary_experience", experience)


def read_ruleset(data: Any, file: str) -> RuleSet:
    """Build a RuleSet from located YAML data, raising InputErrors with every problem found."""
    doc = root(data, file)
    doc.only_keys(RULESET_KEYS)
    version = doc.get("schema_version", lambda n: n.number(low=1))
    if version is not None and version != SCHEMA_VERSION:
        doc.child("schema_version").error(
            f"schema version {version:g} is not supported; this tool reads {SCHEMA_VERSION}"
        )
    posting = doc.get("posting", _posting, required=True)
    org = osce()
    names = doc.get("organisation_rules", Node.text_list, default=[]) or []
    criteria: list[Criterion] = []
    for i, name in enumerate(names):
        if name not in org.rules:
            doc.child("organisation_rules").child(i).error(
                f"unknown organisation rule '{name}'", did_you_mean(name, org.rules) or f"known: {', '.join(org.rules)}"
            )
            continue
        country = posting.country if posting else None
        for template in org.rules[name]:
            if "{country}" in str(template) and not country:
                doc.child("posting").error(f"organisation rule '{name}' needs the posting's duty-station country")
                continue
            filled = _fill(template, country)
            built = _criterion(
                Node(filled, f"organisation_rules[{i}]", doc.child("organisation_rules").line, doc.problems)
            )
            if built:
                criteria.append(_with_origin(built, "organisation"))
    id_nodes: dict[str, list[Node]] = {}
    """Each posting criterion's `id`, where it is written: a repeated id is reported where it is repeated."""
    if doc.has("criteria") and doc.child("criteria").is_sequence():
        for item in doc.child("criteria").items():
            if item.is_mapping():
                built = _criterion(item)
                if built:
                    criteria.append(built)
                    id_nodes.setdefault(built.id, []).append(item.child("id"))
    elif not doc.has("criteria"):
        doc.child("criteria").error("is required: a list of the posting's criteria")
    seen: dict[str, int] = {}
    for c in criteria:
        seen[c.id] = seen.get(c.id, 0) + 1
    for dup in (k for k, n in seen.items() if n > 1):
        # At the second time it is written (the first, where an organisation rule's criterion already has it).
        nodes = id_nodes.get(dup, [])
        where = nodes[1] if len(nodes) > 1 else nodes[0] if nodes else doc.child("criteria")
        where.error(f"criterion id '{dup}' is used {seen[dup]} times; ids must be unique")
    if not doc.problems.errors:
        from eligibility.checks.nationality import contradictions

        for problem in contradictions(criteria):
            doc.child("criteria").error(problem)
    if not doc.problems.errors and not any(c.mandatory and c.origin == "posting" for c in criteria):
        # Nothing of the posting's own would decide: organisation rules alone would make every
        # national of a participating State eligible with full marks.
        doc.child("criteria").error(
            "no mandatory criterion of the posting's own: a rule set needs at least one requirement the posting states",
            "add the posting's requirements (degree, experience, languages …); organisation rules alone decide nothing",
        )
    review = _review(doc, {c.id for c in criteria}) if doc.has("review") else ()
    doc.problems.raise_if_any()
    assert posting is not None  # a missing posting is a problem raised above
    return RuleSet(posting=posting, criteria=tuple(criteria), file=file, organisation_rules=tuple(names), review=review)


def _review(doc: Node, ids: set[str]) -> tuple[ReviewItem, ...]:
    """`review:` items; a rule set with any is at best `needs-review` until a person removes them."""
    node = doc.child("review")
    if node.value is None:
        return ()
    if not node.is_sequence():
        return ()
    out: list[ReviewItem] = []
    for item in node.items():
        if not item.is_mapping():
            continue
        item.only_keys(("criterion", "issue"))
        issue = item.get("issue", Node.text, required=True)
        criterion = item.get("criterion", Node.text)
        if criterion is not None and criterion not in ids:
            item.child("criterion").error(
                f"no criterion '{criterion}' in this rule set", did_you_mean(criterion, ids) or None
            )
        if issue:
            out.append(ReviewItem(issue=issue, criterion=criterion))
    return tuple(out)


def _with_origin(c: Criterion, origin: str) -> Criterion:
    return Criterion(c.id, c.kind, c.mandatory, c.source, c.params, c.note, origin)


def _fill(template: Any, country: str | None) -> Any:
    if isinstance(template, dict):
        return {k: _fill(v, country) for k, v in template.items()}
    if isinstance(template, list):
        return [_fill(v, country) for v in template]
    if isinstance(template, str):
        return template.replace("{country}", country or "")
    return template


def _posting(node: Node) -> Posting | None:
    if not node.is_mapping():
        return None
    node.only_keys(POSTING_KEYS)
    values = read_params(node, POSTING, POSTING_ORDER)
    if values["field_operation"] is None:
        country = values["country"]
        values["field_operation"] = bool(country and (office := osce().office_in(country)) and office.field)
    posting = Posting(**values)
    if posting.issued and posting.closes and posting.closes < posting.issued:
        node.child("closes").error(f"closes ({posting.closes}) before it is issued ({posting.issued})")
    return posting


def _id(node: Node) -> str | None:
    pid = node.text()
    if pid and not _ID.match(pid):
        node.error(f"'{pid}' is not a usable id", "use letters, digits, '-', '_' or '.'")
    return pid


def usable_id_problem(pid: str) -> str | None:
    """Why `pid` cannot be a posting's id (empty, or a character other than letters, digits, '-', '_', '.'), or
    None: an id is a file's name in a rules folder, so '../x' never is one."""
    if not pid.strip():
        return "an id cannot be empty"
    if not _ID.match(pid):
        return f"'{pid}' is not a usable id: use letters, digits, '-', '_' or '.', starting with a letter or digit"
    return None


def _contract(node: Node) -> str | None:
    contract = node.text()
    if contract and contract not in CONTRACTS:
        node.error(
            f"unknown contract type '{contract}'",
            did_you_mean(contract, CONTRACTS) or f"use one of: {', '.join(CONTRACTS)}",
        )
    return contract


ID_SCHEMA = {"type": "string", "pattern": _ID.pattern}
POSTING = (
    Param("id", Value(_id, ID_SCHEMA, "an id"), required=True, default=""),
    Param("title", TEXT, required=True, default=""),
    Param("organisation", TEXT, default="OSCE"),
    Param("issued_by", TEXT),
    Param("duty_station", TEXT),
    Param("country", COUNTRY),
    Param("field_operation", FLAG),
    Param("grade", TEXT),
    Param("contract", Value(_contract, {"enum": list(CONTRACTS)}, "a contract type")),
    Param("issued", DAY),
    Param("closes", DAY),
    Param("source", TEXT),
)
"""A rule set's `posting` block, declared once: its reader and its JSON Schema (eligibility.schema) come from it."""
POSTING_KEYS = keys(POSTING)
POSTING_ORDER = ("id", "country", "contract", "title", "organisation", "duty_station", "field_operation")
"""Read first, in this order; the rest in the order declared."""


def _criterion(node: Node) -> Criterion | None:
    kind = node.get("kind", Node.text, required=True)
    cid = node.get("id", Node.text, required=True)
    if cid and not _ID.match(cid):
        node.child("id").error(f"'{cid}' is not a usable id", "use letters, digits, '-', '_' or '.'")
    if kind is None:
        return None
    module = checks.KINDS.get(kind)
    if module is None:
        node.child("kind").error(
            f"unknown kind '{kind}'", did_you_mean(kind, checks.KINDS) or f"use one of: {', '.join(checks.KINDS)}"
        )
        return None
    node.only_keys(CRITERION_KEYS + tuple(module.KEYS))
    mandatory = node.get("mandatory", Node.boolean, default=True)
    source = node.get("source", Node.text, required=True)
    note = node.get("note", Node.text)
    before = len(node.problems.errors)
    params = module.read(node)
    if len(node.problems.errors) > before or cid is None or source is None:
        return None
    return Criterion(cid, kind, bool(mandatory), source, params, note)


# --- finding rule sets -------------------------------------------------------


PREFIX_SHOWN = 5
"""Posting ids named at most when the id given is the start of several."""


def _starting_with(ref: str, known: list[str]) -> str | None:
    """The hint for an id given as the start of one ('bishkek' for 'bishkek-deputy-head-of-mission'), or of a
    few; else None."""
    start = ref.casefold()
    found = sorted({k for k in known if k.casefold().startswith(start)}) if start else []
    if len(found) == 1:
        return f"did you mean '{found[0]}'?"
    if 1 < len(found) <= PREFIX_SHOWN:
        return "did you mean one of " + ", ".join(f"'{k}'" for k in found) + "?"
    return None


def resolve_posting(ref: str) -> Path | None:
    """A path as given, or an id looked up in the catalogue (case-insensitive); None for standard input."""
    from eligibility import catalogue

    if ref == "-":
        return None
    path = Path(ref)
    if path.is_file() or path.suffix in (".yaml", ".yml") or "/" in ref:
        return path
    found = catalogue.find(ref)
    if found is not None:
        return found
    if os.path.lexists(ref):
        return path  # there, but no file (a folder, a link loop, a FIFO): its reader says what it is
    known = [e.id for e in catalogue.entries()]
    hint = _starting_with(ref, known) or did_you_mean(ref, known)
    raise UsageError(
        f"no posting '{ref}': not a file, and not an id in {catalogue.describe_search()}"
        + (f" ({hint})" if hint else " (`eligibility postings` lists the ids)" if known else " (no rule sets found)")
    )


def load_ruleset(ref: str, *, stdin_text: str | None = None) -> RuleSet:
    """Load a rule set from a path, an id in ./rules, or '-' (standard input)."""
    path = resolve_posting(ref)
    if path is None:
        name = "<stdin>"
        data = load_yaml(stdin_text or "", name=name)
    else:
        name = str(path)
        data = load_file(path, what="rule set")
        _not_a_profile(data, name)
    return read_ruleset(data, name)


def _not_a_profile(data: Any, name: str) -> None:
    """A profile (or a result the tool wrote) where a rule set was expected (one left in a rules folder, say) is
    named as what it is, told apart by its keys as `validate` tells them apart, rather than reported key by key
    as a bad rule set."""
    from eligibility.errors import InputError
    from eligibility.profile import PROFILE_KEYS, other_document

    if isinstance(data, dict) and not set(data) & set(RULESET_KEYS) and set(data) & set(PROFILE_KEYS):
        raise InputError("is a profile, not a rule set", file=name)
    other = other_document(data)
    if other is not None and other[0] == "result":
        raise InputError(other[1].replace("not a profile", "not a rule set"), file=name, line=other[3])


def all_rulesets() -> list[Path]:
    from eligibility import catalogue

    return [e.path for e in catalogue.entries()]
