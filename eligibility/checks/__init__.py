"""One module per criterion kind.

Each module declares `KIND`, the parameter `KEYS` it reads, and three pure
functions: `read(node) -> Params` (validating its own parameters),
`check(criterion, context) -> Outcome` (which writes its own explanation) and
`describe(params) -> str` (what the criterion asks, for `show`). It also says
how the kind counts: `DECIDES` (False: never decides the verdict, as for a
competency) and `MARGIN` (a pass carries a margin the score counts).
"""

from eligibility.checks import (
    competency,
    driving_licence,
    education,
    experience,
    language,
    management,
    nationality,
    requirement,
    residence,
    service_limit,
)

KINDS = {
    module.KIND: module
    for module in (
        education,
        experience,
        management,
        language,
        nationality,
        residence,
        driving_licence,
        service_limit,
        requirement,
        competency,
    )
}


def kinds_table() -> str:
    """The README's table of kinds, from each kind's docstring and `PARAMS`."""
    lines = ["| kind | asks for | parameters |", "| --- | --- | --- |"]
    for kind, module in KINDS.items():
        asks = (module.__doc__ or "").split("\n", 1)[0].split(": ", 1)[-1].rstrip(".")
        params = (
            "<br>".join(f"`{p.name}`{' (required)' if p.required else ''}: {p.doc}" for p in module.PARAMS) or "none"
        )
        lines.append(f"| `{kind}` | {asks} | {params} |")
    return "\n".join(lines) + "\n"
