"""One module per criterion kind; `KINDS` is the only list of them.

Each module declares, next to its `check`, what the rest of the program needs
to know about the kind:

- `KIND`, and `PARAMS`: its parameters with types, defaults, whether required
  and what they mean (checks/params.py); the rule-set reader, the JSON Schema
  and the README table come from them (`KEYS` lists their names);
- `DECIDES` (False: never decides the verdict, as for a competency) and
  `MARGIN` (a pass carries a margin the score counts);
- `ASKS`: what the guided self-check asks for it, with `asked_about(params)`
  where the questions name the posting's languages or fields;
- `read(node) -> Params`, `check(criterion, context) -> Outcome` (which writes
  its own explanation) and `describe(params) -> str` (for `show`).

A kind's compiler phrases (`extract(clause)`) and how the compiler writes its
parameters (`emit(params)`) are meant to join these, as optional functions of
the same module.
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
