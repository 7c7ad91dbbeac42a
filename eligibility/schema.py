"""JSON Schemas for profiles, rule sets and results, built from the constants the readers use.

A criterion's parameters come from its kind's `PARAMS` declaration (checks/params.py),
the same one the rule-set reader reads with.

`eligibility schema profile|rules|result` prints them; copies live in
eligibility/data/schemas/ for editors (the rule sets and profiles in this
repository point at them), and a test keeps the copies equal to these.
"""

from __future__ import annotations

from eligibility import checks
from eligibility.checks.params import schema_of
from eligibility.declared import DAY_SCHEMA, TEXT_SCHEMA, closed_object, object_schema
from eligibility.errors import ExitCode
from eligibility.organisation import osce
from eligibility.outcome import Status, Verdict
from eligibility.profile import PROFILE
from eligibility.rules import CRITERION_KEYS, ID_SCHEMA, POSTING, RULESET_KEYS, SCHEMA_VERSION

DRAFT = "https://json-schema.org/draft/2020-12/schema"

_DAY = DAY_SCHEMA
_TEXT = TEXT_SCHEMA


def profile_schema() -> dict:
    return {"$schema": DRAFT, "title": "eligibility candidate profile", **object_schema(PROFILE)}


def rules_schema() -> dict:
    common = {
        "id": ID_SCHEMA,
        "mandatory": {"type": "boolean", "default": True, "description": "default true; false = desirable"},
        "source": {**_TEXT, "description": "the posting's own words this criterion comes from"},
        "note": _TEXT,
    }
    variants = []
    for kind, module in checks.KINDS.items():
        properties, required = schema_of(module.PARAMS)
        for p in module.PARAMS:
            if not p.required and isinstance(p.default, bool):
                properties[p.name] = {**properties[p.name], "default": p.default}
        variants.append(
            closed_object({**common, "kind": {"const": kind}, **properties}, ("id", "kind", "source", *required))
        )
    posting = object_schema(POSTING)
    properties = {
        "schema_version": {"const": SCHEMA_VERSION},
        "posting": posting,
        "organisation_rules": {"type": "array", "items": {"enum": sorted(osce().rules)}},
        "criteria": {"type": "array", "items": {"oneOf": variants}},
        "review": {
            "type": "array",
            "description": "open items a person must settle; while any remain the verdict is at best needs-review",
            "items": closed_object({"criterion": common["id"], "issue": _TEXT}, ("issue",)),
        },
    }
    assert set(properties) == set(RULESET_KEYS) and set(common) | {"kind"} == set(CRITERION_KEYS) | {"kind"}
    return {"$schema": DRAFT, "title": "eligibility rule set", **closed_object(properties, ("posting", "criteria"))}


def result_schema() -> dict:
    status = {"enum": [s.value for s in Status]}
    criterion = {
        "type": "object",
        "required": ["id", "kind", "mandatory", "decisive", "status", "reason", "source", "origin", "advice", "facts"],
        "properties": {
            "id": {"type": "string"},
            "kind": {"enum": sorted(checks.KINDS)},
            "mandatory": {"type": "boolean"},
            "decisive": {"type": "boolean", "description": "mandatory and checkable: decides the verdict"},
            "status": status,
            "reason": {"type": "string"},
            "source": {"type": "string"},
            "origin": {"enum": ["posting", "organisation"]},
            "advice": {"type": "array", "items": {"type": "string"}},
            "facts": {"type": "object"},
        },
    }
    nullable_text = {"type": ["string", "null"]}
    return {
        "$schema": DRAFT,
        "title": "eligibility check result (check --json, and each screen --format json/jsonl row)",
        "type": "object",
        "required": [
            "schema_version",
            "posting",
            "candidate",
            "as_of",
            "as_of_basis",
            "verdict",
            "score",
            "counts",
            "criteria",
            "qualifies_on",
            "advice",
        ],
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "posting": {
                "type": "object",
                "required": ["id", "title"],
                "properties": {
                    k: nullable_text
                    for k in ("id", "title", "organisation", "duty_station", "country", "closes", "file")
                },
            },
            "candidate": {
                "type": "object",
                "required": ["name", "file"],
                "properties": {"name": nullable_text, "file": {"type": "string"}},
            },
            "as_of": _DAY,
            "as_of_basis": {"enum": ["--as-of", "closing date", "today"]},
            "options": {
                "type": "object",
                "description": "how years were counted",
                "properties": {"experience_after_degree": {"type": "boolean"}},
            },
            "verdict": {"enum": [v.value for v in Verdict]},
            "score": {"type": "integer", "minimum": 0, "maximum": 100},
            "counts": {"type": "object", "properties": {s: {"type": "integer"} for s in status["enum"]}},
            "criteria": {"type": "array", "items": criterion},
            "qualifies_on": {
                "oneOf": [_DAY, {"type": "null"}],
                "description": "when every failed requirement is met if current jobs continue",
            },
            "advice": {"type": "array", "items": {"type": "object", "required": ["criterion", "text"]}},
            "today": {
                "description": (
                    "check --json only, where the result is as of a closing date still ahead: the assessment as of "
                    "today and the decisive criteria whose status differs"
                ),
                "type": "object",
                "required": ["as_of", "verdict", "score", "changed"],
                "properties": {
                    "as_of": _DAY,
                    "verdict": {"enum": [v.value for v in Verdict]},
                    "score": {"type": "integer", "minimum": 0, "maximum": 100},
                    "changed": {"type": "array", "items": {"type": "string"}},
                },
            },
            "open_review": {
                "type": "array",
                "description": "the rule set's open review items; while any remain the verdict is at best needs-review",
                "items": {
                    "type": "object",
                    "required": ["criterion", "issue"],
                    "properties": {"criterion": nullable_text, "issue": {"type": "string"}},
                },
            },
        },
    }


def screen_error_row_schema() -> dict:
    """A screened profile that could not be read: a row of `screen --format json/jsonl` in place of a result."""
    nullable_text = {"type": ["string", "null"]}
    return {
        "type": "object",
        "required": ["schema_version", "posting", "candidate", "as_of", "verdict", "score", "error"],
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "posting": {"type": "object", "properties": {"id": nullable_text, "title": nullable_text}},
            "candidate": {
                "type": "object",
                "required": ["name", "file"],
                "properties": {"name": {"type": "null"}, "file": {"type": "string"}},
            },
            "as_of": {"oneOf": [_DAY, {"type": "null"}]},
            "verdict": {"type": "null"},
            "score": {"type": "null"},
            "error": {"type": "string", "description": "why the profile could not be read: file, line and field"},
        },
    }


_NULLABLE_TEXT = {"type": ["string", "null"]}
_IDS = {"type": "array", "items": {"type": "string"}, "description": "criterion ids"}
_CANDIDATE = {
    "type": "object",
    "required": ["name", "file"],
    "properties": {"name": _NULLABLE_TEXT, "file": {"type": "string"}},
}
_OPTIONS = {
    "type": "object",
    "required": ["experience_after_degree"],
    "properties": {"experience_after_degree": {"type": "boolean"}},
}
_JUDGEMENT_KEYS = ["verdict", "score", "main_reason", "failed", "open"]


def _judgement(main_reason: dict) -> dict:
    """The short judgement of one candidate against one posting, as `match --json` and `screen --brief` give it."""
    return {
        "verdict": {"enum": [v.value for v in Verdict]},
        "score": {"type": "integer", "minimum": 0, "maximum": 100},
        "main_reason": main_reason,
        "failed": _IDS,
        "open": _IDS,
    }


def match_schema() -> dict:
    """`schema match`: the result of `match --json`, or the object it prints when it stops on bad input."""
    return {
        "$schema": DRAFT,
        "title": "eligibility match result (match --json)",
        "oneOf": [_match_object(), stop_object_schema()],
    }


def _match_object() -> dict:
    return {
        "type": "object",
        "required": ["schema_version", "candidate", "options", "matches", "errors"],
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "candidate": _CANDIDATE,
            "options": _OPTIONS,
            "matches": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["posting", "as_of", "as_of_basis", *_JUDGEMENT_KEYS],
                    "properties": {
                        "posting": {
                            "type": "object",
                            "required": ["id", "title", "file", "closes", "open"],
                            "properties": {
                                "id": {"type": "string"},
                                "title": _NULLABLE_TEXT,
                                "file": _NULLABLE_TEXT,
                                "closes": {"oneOf": [_DAY, {"type": "null"}]},
                                "open": {"type": "boolean", "description": "the closing date is not yet past"},
                            },
                        },
                        "as_of": _DAY,
                        "as_of_basis": {"enum": ["--as-of", "closing date", "today"]},
                        **_judgement({"type": "string"}),
                    },
                },
            },
            "errors": {
                "type": "array",
                "items": {"type": "object", "required": ["posting", "error"]},
            },
        },
    }


def stop_object_schema() -> dict:
    """The one object a command prints on standard output in place of its JSON when it stops on bad input or usage
    (`--json`, and `screen -f json` or `-f jsonl` to standard output): a script reading standard output is never
    left with nothing."""
    return {
        "type": "object",
        "required": ["schema_version", "error", "exit_status"],
        "additionalProperties": False,
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "error": {"type": "string", "description": "what stopped the command: the line on standard error"},
            "exit_status": {"const": int(ExitCode.BAD_INPUT), "description": "the command's exit status"},
        },
    }


def error_schema() -> dict:
    """`schema error`: the object any command's JSON output is when it stops on bad input."""
    return {
        "$schema": DRAFT,
        "title": "eligibility error (a command's JSON output when it stops on bad input)",
        **stop_object_schema(),
    }


def result_or_error_schema() -> dict:
    """`schema result`: a result, a screened row whose profile could not be read, or the object a command prints
    when it stops on bad input."""
    schema = result_schema()
    body = {k: v for k, v in schema.items() if k not in ("$schema", "title")}
    return {
        "$schema": schema["$schema"],
        "title": schema["title"],
        "oneOf": [body, screen_error_row_schema(), stop_object_schema()],
    }


def brief_schema() -> dict:
    """`schema brief`: a row of `screen --brief`, or a screened row whose profile could not be read."""
    row = {
        "type": "object",
        "required": ["schema_version", "posting", "candidate", "as_of", "options", *_JUDGEMENT_KEYS],
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "posting": {
                "type": "object",
                "required": ["id", "title"],
                "properties": {"id": {"type": "string"}, "title": _NULLABLE_TEXT},
            },
            "candidate": _CANDIDATE,
            "as_of": _DAY,
            "options": _OPTIONS,
            **_judgement({"type": "string", "description": "the one sentence that most explains the verdict"}),
        },
    }
    return {
        "$schema": DRAFT,
        "title": "eligibility short screening row (screen --brief)",
        "oneOf": [row, screen_error_row_schema(), stop_object_schema()],
    }


def postings_schema() -> dict:
    """`schema postings`: what `postings --json` prints, or the object it prints when it stops on bad input."""
    posting = {
        "type": "object",
        "required": ["id", "title", "organisation", "closes", "open", "file", "found_in", "same_id_as"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string"},
            "title": _NULLABLE_TEXT,
            "organisation": _NULLABLE_TEXT,
            "closes": {"oneOf": [_DAY, {"type": "null"}], "description": "null: the posting gives no closing date"},
            "open": {"type": "boolean", "description": "the closing date is not past (true too when none is given)"},
            "file": {"type": "string"},
            "found_in": {"type": "string", "description": "where the rule set was found (--rules, bundled, …)"},
            "same_id_as": {"type": "array", "items": {"type": "string"}, "description": "other files, same id"},
        },
    }
    listing = {
        "type": "object",
        "required": ["schema_version", "postings", "errors"],
        "additionalProperties": False,
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "postings": {"type": "array", "items": posting},
            "errors": {"type": "array", "items": _FILE_ERROR},
        },
    }
    return {
        "$schema": DRAFT,
        "title": "eligibility postings (postings --json)",
        "oneOf": [listing, stop_object_schema()],
    }


_FILE_ERROR = {
    "type": "object",
    "required": ["file", "error"],
    "additionalProperties": False,
    "properties": {"file": {"type": "string"}, "error": {"type": "string", "description": "the line on stderr"}},
}
_PROBLEM = {
    "type": "object",
    "required": ["file", "line", "field", "message", "hint"],
    "additionalProperties": False,
    "properties": {
        "file": _NULLABLE_TEXT,
        "line": {"type": ["integer", "null"], "minimum": 1},
        "field": {**_NULLABLE_TEXT, "description": "the field's path in the file ('experience[0].start')"},
        "message": {"type": "string"},
        "hint": {**_NULLABLE_TEXT, "description": "what to write instead"},
    },
}


def validate_schema() -> dict:
    """`schema validate`: what `validate --json` prints, or the object it prints when it stops on bad usage."""
    entry = {
        "type": "object",
        "required": ["file", "status", "what", "problems", "warnings"],
        "additionalProperties": False,
        "properties": {
            "file": {"type": "string", "description": "the file (or a JSON Lines line, 'people.jsonl:3')"},
            "status": {"enum": ["ok", "error"]},
            "what": {**_NULLABLE_TEXT, "description": "what it was read as ('profile of Ana'); null if unreadable"},
            "problems": {"type": "array", "items": _PROBLEM},
            "warnings": {"type": "array", "items": _PROBLEM, "description": "what reads but contradicts itself"},
        },
    }
    report = {
        "type": "object",
        "required": ["schema_version", "valid", "files", "set_aside", "given_again"],
        "additionalProperties": False,
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "valid": {"type": "boolean", "description": "no problem in any file (the exit status is 0)"},
            "files": {"type": "array", "items": entry},
            "set_aside": {
                "type": "array",
                "description": "files found in a folder that are clearly no profile or rule set: not validated",
                "items": {
                    "type": "object",
                    "required": ["file", "what", "lines"],
                    "additionalProperties": False,
                    "properties": {
                        "file": {"type": "string"},
                        "what": {"type": "string"},
                        "lines": {"type": "integer", "minimum": 1, "description": "of a JSON Lines file; else 1"},
                    },
                },
            },
            "given_again": {
                "type": "array",
                "description": "files given more than once (validated once, under the first name)",
                "items": {
                    "type": "object",
                    "required": ["file", "first"],
                    "additionalProperties": False,
                    "properties": {"file": {"type": "string"}, "first": {"type": "string"}},
                },
            },
        },
    }
    return {
        "$schema": DRAFT,
        "title": "eligibility validation (validate --json)",
        "oneOf": [report, stop_object_schema()],
    }


def compile_schema() -> dict:
    """`schema compile`: what `compile --json` prints, or the object it prints when it stops on bad input."""
    rules = {k: v for k, v in rules_schema().items() if k not in ("$schema", "title")}
    compiled = {
        "type": "object",
        "required": ["schema_version", "written_to", "ruleset", "criteria", "open_review_items", "needs_review"],
        "additionalProperties": False,
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "written_to": {**_NULLABLE_TEXT, "description": "the file written (-o); null: the rule set is only here"},
            "ruleset": rules,
            "criteria": {
                "type": "object",
                "description": "how many criteria of each kind",
                "additionalProperties": {"type": "integer", "minimum": 0},
            },
            "open_review_items": rules["properties"]["review"],
            "needs_review": {
                "type": "array",
                "items": {"type": "string"},
                "description": "what the summary lists for a person to confirm",
            },
        },
    }
    return {
        "$schema": DRAFT,
        "title": "eligibility compiled rule set (compile --json)",
        "oneOf": [compiled, stop_object_schema()],
    }


SCHEMAS = {
    "profile": profile_schema,
    "rules": rules_schema,
    "result": result_or_error_schema,
    "match": match_schema,
    "brief": brief_schema,
    "error": error_schema,
    "postings": postings_schema,
    "validate": validate_schema,
    "compile": compile_schema,
}
