"""`compile --json`: the rule set compiled, where it was written and what a person must review (schema `compile`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from eligibility.formats.json import SCHEMA_VERSION


def _plain(value: Any) -> Any:
    """YAML's values as JSON holds them: a date as YYYY-MM-DD."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def compiled_dict(compiled, rendered: str, output: Path | None) -> dict[str, Any]:
    """The rule set as written (`rendered`, read back), the file it went to (None: only here), the open review items
    it holds (its `review`), and the points the summary lists as needing review."""
    import yaml

    ruleset = _plain(yaml.safe_load(rendered))
    return {
        "schema_version": SCHEMA_VERSION,
        "written_to": None if output is None else str(output),
        "ruleset": ruleset,
        "criteria": dict(compiled.counts),
        "open_review_items": ruleset.get("review", []),
        "needs_review": [str(item) for item in compiled.review],
    }
