"""The short account `compile` gives on standard error."""

from __future__ import annotations

from eligibility.countries import country_name


def compile_summary(compiled, output) -> str:
    posting = compiled.ruleset["posting"]
    place = ", ".join(
        x for x in (posting.get("issued_by"), country_name(posting["country"]) if posting.get("country") else None) if x
    )
    closes = posting.get("closes")
    lines = [
        f"compiled {posting['id']}: {posting['title']}"
        + (f" ({place})" if place else "")
        + (f", closes {closes}" if closes else "")
    ]
    kinds = ", ".join(
        f"{n} {kind}" for kind, n in sorted(compiled.counts.items(), key=lambda kv: (kv[0] == "competency", kv[0]))
    )
    lines.append(f"  {sum(compiled.counts.values())} criteria: {kinds}")
    rules = compiled.ruleset.get("organisation_rules") or []
    if rules:
        lines.append(f"  organisation rules applied: {', '.join(rules)}")
    if compiled.open_items:
        lines.append(
            f"  {len(compiled.open_items)} open review item(s) in the rule set: until a person settles them "
            "`check` says at best needs-review"
        )
    if compiled.review:
        lines.append("  needs review:")
        lines += [f"    - {item}" for item in compiled.review]
    else:
        lines.append("  nothing flagged for review; still read the criteria against the posting")
    if output is not None:
        lines.append(f"  written to {output}")
    return "\n".join(lines)
