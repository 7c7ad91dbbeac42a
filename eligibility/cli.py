"""The `eligibility` command. Heavy modules are imported inside commands, so `--help` starts fast."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from eligibility.errors import EligibilityError, ExitCode

app = typer.Typer(
    name="eligibility",
    help="Check candidates against an international organisation's vacancy and explain every criterion.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

PostingArg = Annotated[
    str, typer.Argument(help="A rule-set file, an id in ./rules (e.g. KOS000396), or - for standard input.")
]
AfterDegree = Annotated[
    bool,
    typer.Option(
        "--experience-after-degree",
        help="Count only experience gained after the qualifying degree (as the EU does; by default all experience counts, as the UN does).",
    ),
]
AsOf = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        help="Assess as of this date (default: the posting's closing date, else today).",
    ),
]


def _version(value: bool) -> None:
    if value:
        from eligibility import __version__

        typer.echo(f"eligibility {__version__}")
        raise typer.Exit(0)


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Check candidates against an international organisation's vacancy and explain every criterion."""


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _err():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _as_of(value: str | None):
    if value is None:
        return None
    from eligibility.periods import parse_day

    try:
        return parse_day(value)
    except ValueError as exc:
        raise EligibilityError(f"--as-of: {exc}") from None


def _read_stdin_once(*names: str) -> str | None:
    if names.count("-") > 1:
        raise EligibilityError("only one of the inputs can be read from standard input ('-')")
    if "-" not in names:
        return None
    from eligibility.yamlio import decode

    return decode(sys.stdin.buffer.read(), name="<stdin>")


def exit_code_for(verdict) -> ExitCode:
    from eligibility.outcome import Verdict

    return {
        Verdict.ELIGIBLE: ExitCode.ELIGIBLE,
        Verdict.NOT_ELIGIBLE: ExitCode.NOT_ELIGIBLE,
        Verdict.NEEDS_REVIEW: ExitCode.NEEDS_REVIEW,
    }[verdict]


@app.command()
def check(
    posting: PostingArg,
    profile: Annotated[str | None, typer.Argument(help="A candidate profile (YAML), or - for standard input.")] = None,
    as_of: AsOf = None,
    json: Annotated[bool, typer.Option("--json", help="Print one JSON object (see README, 'JSON output').")] = False,
    after_degree: AfterDegree = False,
) -> None:
    """Check one candidate against one posting: verdict, score and every criterion explained.

    Without PROFILE, on a terminal, it asks the questions the posting needs and offers to save the answers.
    Exit status: 0 eligible, 1 not eligible, 3 needs review, 2 bad input.
    """
    from eligibility.engine import assess
    from eligibility.profile import load_profile
    from eligibility.rules import load_ruleset

    when = _as_of(as_of)
    if profile is None:
        if json or not (sys.stdin.isatty() and sys.stdout.isatty()) or posting == "-":
            raise EligibilityError(
                "no PROFILE given: pass a profile file (e.g. `eligibility check KOS000396 profiles/kos000396-eligible.yaml`) "
                "or - to read one from standard input; run it in a terminal without PROFILE (and without --json) to answer questions instead"
            )
        _self_check(load_ruleset(posting), when, after_degree)
    stdin_text = _read_stdin_once(posting, profile)
    ruleset = load_ruleset(posting, stdin_text=stdin_text)
    candidate = load_profile(profile, stdin_text)
    result = assess(ruleset, candidate, as_of=when, after_degree=after_degree)
    if json:
        from eligibility.formats.json import dumps, result_dict

        typer.echo(dumps(result_dict(result)))
    else:
        from rich.console import Console

        from eligibility.formats.terminal import print_result

        print_result(result, Console(highlight=False))
    raise typer.Exit(int(exit_code_for(result.verdict)))


def _self_check(ruleset, when, after_degree: bool) -> None:
    """Ask, assess, show, and offer to save: the guided self-check on a terminal."""
    from rich.console import Console

    from eligibility.engine import assess
    from eligibility.formats.terminal import print_result
    from eligibility.interview import TerminalAsker, interview, offer_save, to_profile

    console = Console(highlight=False)
    asker = TerminalAsker(console)
    answers = interview(ruleset, asker)
    candidate, text = to_profile(answers)
    result = assess(ruleset, candidate, as_of=when, after_degree=after_degree)
    console.print()
    print_result(result, console)
    offer_save(answers, text, asker, ruleset.posting.id)
    raise typer.Exit(int(exit_code_for(result.verdict)))


@app.command()
def show(posting: PostingArg) -> None:
    """Print what a posting requires, criterion by criterion, with the posting's own words."""
    from rich.console import Console

    from eligibility.formats.terminal import ruleset_view
    from eligibility.rules import load_ruleset

    stdin_text = _read_stdin_once(posting)
    Console(highlight=False).print(ruleset_view(load_ruleset(posting, stdin_text=stdin_text)))


@app.command(name="compile")
def compile_posting(
    text_file: Annotated[
        str,
        typer.Argument(
            metavar="TEXT_FILE", help="The posting's text (as copied from a job board or PDF), or - for standard input."
        ),
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write the rule set here instead of standard output.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite OUTPUT if it exists.")] = False,
    posting_id: Annotated[
        str | None, typer.Option("--id", help="Posting id when the text has no requisition id.")
    ] = None,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No summary on standard error.")] = False,
) -> None:
    """Turn a posting's text into a rule set; a summary of what it found and what needs review goes to standard error."""
    from eligibility.compiler import compile_text
    from eligibility.compiler.emit import to_yaml
    from eligibility.fileio import write_atomic
    from eligibility.rules import read_ruleset
    from eligibility.yamlio import decode, load_yaml, read_text

    if text_file == "-":
        text, name = decode(sys.stdin.buffer.read(), name="<stdin>", what="posting text"), None
    else:
        text, name = read_text(text_file, what="posting text"), Path(text_file).name
    if not text.strip():
        raise EligibilityError(f"{text_file}: posting text is empty")
    if output is not None and output.exists() and not force:
        raise EligibilityError(f"{output}: exists; use --force to overwrite it")
    compiled = compile_text(text, posting_id=posting_id, source_name=name)
    rendered = to_yaml(compiled.ruleset, compiled.review, source_name=name)
    # What is written must load: the compiler's output goes through the same reader as any rule set.
    read_ruleset(load_yaml(rendered, name="<compiled>"), "<compiled>")
    if output is None:
        typer.echo(rendered, nl=False)
    else:
        write_atomic(output, rendered, force=force)
    if not quiet:
        from eligibility.formats.summary import compile_summary

        _err().print(compile_summary(compiled, output), markup=False, highlight=False, soft_wrap=True)


@app.command()
def screen(
    posting: PostingArg,
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Profile files, folders (searched for *.yaml, *.yml) or JSON Lines files (one profile a line)."
        ),
    ],
    format: Annotated[
        Format,
        typer.Option(
            "--format", "-f", help="table (sorted, best first), or json, jsonl, csv (streamed in input order)."
        ),
    ] = Format.table,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of standard output.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite OUTPUT if it exists.")] = False,
    as_of: AsOf = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores, for large batches)."),
    ] = None,
    after_degree: AfterDegree = False,
) -> None:
    """Pre-screen many candidates against one posting.

    A profile that cannot be read becomes an error row and the batch goes on.
    Exit status: 0 when every profile was read, 2 when any could not be.
    """
    from eligibility import batch
    from eligibility.formats import rows
    from eligibility.formats import screen as out
    from eligibility.rules import load_ruleset

    when = _as_of(as_of)
    ruleset = load_ruleset(posting, stdin_text=_read_stdin_once(posting))
    sources, items = batch.discover(paths)
    total = sum(n for _, n in sources)
    renderer = {Format.table: rows.TABLE, Format.csv: rows.CSV, Format.json: rows.JSON, Format.jsonl: rows.JSONL}[
        format
    ]
    job = batch.Screening(ruleset=ruleset, as_of=when, renderer=renderer, after_degree=after_degree)
    stream = _with_progress(batch.run(items(), job, jobs=jobs, total=total), total)
    tally = out.Tally()
    if output is not None:
        from eligibility.fileio import AtomicOutput

        # A BOM lets spreadsheet programs open UTF-8 CSV files with names like Petrović intact.
        with AtomicOutput(output, force=force, encoding="utf-8-sig" if format is Format.csv else "utf-8") as handle:
            _write(format, stream, handle, tally, ruleset, to_terminal=False)
        _err().print(tally.line(), markup=False, highlight=False)
    else:
        _write(format, stream, sys.stdout, tally, ruleset, to_terminal=True)
        if format is not Format.table:
            _err().print(tally.line(), markup=False, highlight=False)
    raise typer.Exit(int(ExitCode.BAD_INPUT if tally.errors else ExitCode.SUCCESS))


def _write(format: Format, stream, handle, tally, ruleset, *, to_terminal: bool) -> None:
    from eligibility.formats import screen as out

    if format is Format.table:
        from rich.console import Console

        console = (
            Console(highlight=False) if to_terminal else Console(file=handle, width=140, no_color=True, highlight=False)
        )
        title = f"{ruleset.posting.title} ({ruleset.posting.id})"
        out.write_table(stream, console, tally, title=title)
    elif format is Format.csv:
        out.write_csv(stream, handle, tally)
    elif format is Format.json:
        out.write_json(stream, handle, tally)
    else:
        out.write_jsonl(stream, handle, tally)


def _with_progress(stream, total: int):
    """A progress bar on standard error for long runs; nothing when it is not a terminal."""
    if total < 50 or not sys.stderr.isatty():
        yield from stream
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("screening"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task("screen", total=total)
        for payload, counts in stream:
            progress.advance(task, sum(counts.values()))
            yield payload, counts


@app.command()
def match(
    profile: Annotated[str, typer.Argument(help="A candidate profile (YAML), or - for standard input.")],
    postings: Annotated[
        list[str] | None, typer.Argument(help="Rule sets or ids (default: every rule set in ./rules).")
    ] = None,
    as_of: AsOf = None,
    json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    after_degree: AfterDegree = False,
) -> None:
    """Match one candidate against many postings, best first.

    Exit status: 0 eligible for at least one, 3 none but some need review, 1 none, 2 bad input.
    """
    from eligibility.engine import assess
    from eligibility.formats.match import match_dict, print_matches
    from eligibility.outcome import Verdict
    from eligibility.profile import load_profile
    from eligibility.rules import all_rulesets, load_ruleset

    when = _as_of(as_of)
    candidate = load_profile(profile, _read_stdin_once(profile))
    refs = postings or [str(p) for p in all_rulesets()]
    if not refs:
        raise EligibilityError("no postings: give rule sets, or run where ./rules holds them")
    results, errors = [], []
    for ref in refs:
        try:
            results.append(assess(load_ruleset(ref), candidate, as_of=when, after_degree=after_degree))
        except EligibilityError as exc:
            errors.append((ref, str(exc)))
    results.sort(key=lambda r: (r.verdict.rank, -r.score, r.ruleset.posting.id))
    if json:
        from eligibility.formats.json import dumps

        typer.echo(dumps(match_dict(candidate, results, errors)))
    else:
        from rich.console import Console

        print_matches(candidate, results, errors, Console(highlight=False))
    verdicts = {r.verdict for r in results}
    if errors:
        code = ExitCode.BAD_INPUT
    elif Verdict.ELIGIBLE in verdicts:
        code = ExitCode.ELIGIBLE
    elif Verdict.NEEDS_REVIEW in verdicts:
        code = ExitCode.NEEDS_REVIEW
    else:
        code = ExitCode.NOT_ELIGIBLE
    raise typer.Exit(int(code))


@app.command(name="import")
def import_cv(
    cv_file: Annotated[
        str, typer.Argument(metavar="CV", help="A Europass CV (XML, or PDF with the XML attached) or a JSON Resume.")
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write the profile here instead of standard output.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite OUTPUT if it exists.")] = False,
) -> None:
    """Turn a CV into a profile: every inferred value commented, what the CV does not say listed.

    On a terminal it offers to answer those questions first, with the self-check's questions.
    """
    from eligibility import cv
    from eligibility.cv.render import render

    if output is not None and output.exists() and not force:
        raise EligibilityError(f"{output}: exists; use --force to overwrite it")
    draft = cv.read_bytes(cv.read_file(cv_file), cv_file)
    if draft is None:
        raise EligibilityError(
            f"{cv_file}: not a CV (a Europass XML or PDF, or a JSON Resume); a profile needs no import"
        )
    cv.to_profile(draft)  # what is written must load
    err = _err()
    on_terminal = sys.stdin.isatty() and sys.stderr.isatty() and (output is not None or sys.stdout.isatty())
    asked = [q for q in draft.questions if q.kind != "note"]
    if on_terminal and asked:
        from eligibility.cv.questions import answer
        from eligibility.interview import TerminalAsker, _ask, _yes_no

        asker = TerminalAsker(err)
        asker.say(f"Read {cv_file} ({draft.format}). It does not say:")
        for question in asked:
            asker.say(f"  - {question.text}")
        if _ask(asker, "Answer these now? (y/n)", _yes_no, default="y"):
            answer(draft, asker)
            cv.to_profile(draft)
    text = render(draft)
    from eligibility.profile import read_profile
    from eligibility.yamlio import load_yaml

    read_profile(load_yaml(text, name="<imported>"), "<imported>")
    if output is None:
        typer.echo(text, nl=False)
    else:
        from eligibility.fileio import write_atomic
        from eligibility.interview import _header

        write_atomic(output, _header(output).splitlines()[0] + "\n" + text, force=force)
        open_count = sum(1 for q in draft.questions if q.kind != "note")
        err.print(
            f"written to {output}: a profile from {draft.format}"
            + (
                f"; {open_count} question{'s' if open_count != 1 else ''} left open (listed at its top)"
                if open_count
                else ""
            ),
            markup=False,
            highlight=False,
            soft_wrap=True,
        )


class SchemaName(str, Enum):
    profile = "profile"
    rules = "rules"
    result = "result"


@app.command()
def schema(name: Annotated[SchemaName, typer.Argument(help="profile, rules or result")]) -> None:
    """Print a JSON Schema, for editors and for scripts that read the JSON output."""
    import json as json_module

    from eligibility.schema import SCHEMAS

    typer.echo(json_module.dumps(SCHEMAS[name.value](), indent=2, ensure_ascii=False))


@app.command()
def validate(
    files: Annotated[
        list[str],
        typer.Argument(help="Rule sets and profiles (detected by their keys), folders of them, or JSON Lines files."),
    ],
) -> None:
    """Check rule sets and profiles without assessing anyone: every problem, with file, line and field.

    Exit status: 0 when all are valid, 2 otherwise.
    """
    from eligibility.validation import validate_paths

    problems = validate_paths(
        files,
        ok=lambda line: typer.echo(line),
        problem=lambda line: _err().print(line, markup=False, highlight=False, soft_wrap=True),
    )
    raise typer.Exit(int(ExitCode.BAD_INPUT if problems else ExitCode.SUCCESS))


def main() -> None:
    """Entry point: every user error becomes one line on standard error and exit status 2."""
    try:
        code = app(standalone_mode=False)
    except EligibilityError as exc:
        _err().print(f"eligibility: error: {exc}", markup=False, soft_wrap=True)
        sys.exit(ExitCode.BAD_INPUT)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (KeyboardInterrupt, typer.Abort):
        sys.exit(ExitCode.INTERRUPTED)
    except typer.TyperException as exc:  # usage errors: one line, with where to look
        if type(exc).__name__ == "NoArgsIsHelpError":  # plain `eligibility`: the help is the answer
            _err().print(exc.format_message(), markup=False, highlight=False)
            sys.exit(ExitCode.BAD_INPUT)
        context = getattr(exc, "ctx", None)
        where = f"{context.command_path} --help" if context is not None else "eligibility --help"
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        _err().print(f"eligibility: error: {message} (see '{where}')", markup=False, highlight=False, soft_wrap=True)
        sys.exit(ExitCode.BAD_INPUT)
    sys.exit(code if isinstance(code, int) else ExitCode.SUCCESS)
