"""`compile --explain`: the posting's sentences, each with its fate, for a reviewer to check in minutes."""

from __future__ import annotations

from eligibility.phrases import clip


def explanation(compiled) -> str:
    lines = ["How each sentence of the posting was read:"]
    heading = object()
    for fate in compiled.fates:
        if fate.heading != heading:
            heading = fate.heading
            label = f"[{fate.heading}]" if fate.heading else "[before any heading]"
            lines.append(f"{label} ({fate.section})")
        if fate.outcome == "heading":
            lines.append(f"  heading    {clip(fate.text, 90)}")
            continue
        if fate.outcome == "skipped":
            lines.append(f"  skipped    {clip(fate.text, 90)}")
            lines.append(f"             why: {fate.detail}")
            continue
        mark = "REVIEW" if fate.outcome == "review" else "criterion"
        lines.append(f"  {mark:<10} {clip(fate.text, 90)}")
        for d in fate.drafts:
            what = d.kind + ("" if d.mandatory else " (desirable)")
            lines.append(
                f"             -> {d.id or '?'}: {what}" + (f"; review: {'; '.join(d.review)}" if d.review else "")
            )
    rules = compiled.ruleset.get("organisation_rules") or []
    lines.append(
        f"organisation: {compiled.ruleset['posting'].get('organisation')}; "
        f"organisation-wide rules applied: {', '.join(rules) if rules else 'none'}"
    )
    return "\n".join(lines)
