"""The `eligibility` command. Heavy modules are imported inside commands, so `--help` starts fast."""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import shlex
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
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _plain_help_types() -> None:
    """Help names each parameter by its metavar (POSTING, DATE, N), never by a Python type ('<str>', '<int range>')."""
    from typer import core

    for cls, is_argument in ((core.TyperArgument, True), (core.TyperOption, False)):
        original = cls.__dict__.get("display_type_rich") or getattr(cls, "display_type_rich", None)
        if original is None or getattr(original, "plain", False):
            continue

        def shown(self, ctx, _original=original, _is_argument=is_argument):
            if self.metavar:
                return None if _is_argument else self.metavar
            return _original(self, ctx)

        shown.plain = True
        cls.display_type_rich = shown
    _plain_usage()


def _plain_usage() -> None:
    """The usage line names arguments as POSIX help does: `POSTING PATH...`, optional ones in brackets; never
    `{POSTING} {PATH}` (braces read as a choice), and a variadic argument says that it takes several."""
    from typer import core

    original = core.TyperArgument.make_metavar
    if getattr(original, "plain", False):
        return

    def make_metavar(self, ctx, *, usage: bool = False, _original=original):
        if self.metavar is None or not usage or self.metavar.startswith("["):
            return _original(self, ctx, usage=usage)
        name = self.metavar + ("..." if self.nargs != 1 else "")
        return name if self.required else f"[{name}]"

    make_metavar.plain = True  # type: ignore[attr-defined]
    core.TyperArgument.make_metavar = make_metavar  # type: ignore[method-assign]


_plain_help_types()

PostingArg = Annotated[
    str,
    typer.Argument(
        metavar="POSTING",
        help="A posting id (e.g. KOS000396; `eligibility postings` lists them), a rule-set file, or - for standard input.",
    ),
]
ProfileArg = Annotated[
    str,
    typer.Argument(
        metavar="PROFILE",
        help="A candidate profile (YAML or JSON) or CV (Europass XML or PDF, JSON Resume), or - for standard input.",
    ),
]
RulesOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--rules",
        metavar="DIR",
        help="A folder of rule sets to look ids up in first (repeatable; also ELIGIBILITY_RULES, then ./rules, then the bundled ones).",
    ),
]
AfterDegree = Annotated[
    bool,
    typer.Option(
        "--experience-after-degree",
        help="Count only experience gained after the qualifying degree (as the EU does; by default all experience counts, as the UN does).",
    ),
]
DAY_FORMS = "YYYY-MM-DD or today"
"""The accepted forms of an assessment date, named the same in every message."""

AsOf = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        help=f"Assess as of this date: {DAY_FORMS} (default: the posting's closing date, else today).",
    ),
]


def _version(value: bool) -> None:
    if value:
        from eligibility import __version__

        typer.echo(f"eligibility {__version__}")
        raise typer.Exit(int(ExitCode.SUCCESS))


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


_interrupted: list = ["nothing was written"]
"""What a Ctrl-C leaves behind, in words (or a function giving them at that moment): set by commands that write."""


def _console(**options):
    """A console for human output: control characters in the data it shows are escaped (formats/safe.py)."""
    from eligibility.formats.safe import console

    return console(**options)


def _err():
    return _console(stderr=True, highlight=False)


def _as_of(value: str | None):
    if value is None:
        return None
    import re
    from datetime import date

    from eligibility.periods import parse_day

    if value.strip().lower() == "today":
        return date.today()
    if not re.fullmatch(r"\s*\d{4}-\d{1,2}-\d{1,2}\s*", value):
        raise EligibilityError(f"--as-of: '{value}' is not a date; write {DAY_FORMS}")
    try:
        return parse_day(value)
    except ValueError as exc:
        raise EligibilityError(f"--as-of: {exc}; write {DAY_FORMS}") from None


def _catalogue(rules: list[str] | None) -> None:
    from eligibility import catalogue

    catalogue.use(rules)
    for folder in catalogue.missing_folders():
        raise EligibilityError(f"{folder.path}: no such folder ({folder.origin})")


def _kind_of(ref: str) -> str | None:
    """'rules' or 'profile' for a file (told apart by its keys) or a catalogue id, 'folder' for a folder; else None."""
    from eligibility import catalogue

    if ref == "-":
        return None
    path = Path(ref)
    if path.is_dir():
        return "folder"
    if not path.is_file():
        return "rules" if catalogue.find(ref) is not None else None
    from eligibility.profile import PROFILE_KEYS
    from eligibility.rules import RULESET_KEYS
    from eligibility.yamlio import load_yaml, read_text

    try:
        data = load_yaml(read_text(ref, what="file"), name=ref)
    except EligibilityError:
        return None
    if not isinstance(data, dict):
        return None
    keys = set(data)
    if keys & set(RULESET_KEYS):
        return "rules"
    if keys & set(PROFILE_KEYS):
        return "profile"
    return None


_NAMES = {"rules": "a posting", "profile": "a profile", "folder": "a folder of profiles"}


def _not_swapped(command: str, first: str, rest: list[str], *, first_is: str) -> None:
    """Name arguments given in the wrong order, instead of reporting the keys of the wrong kind of file."""
    kind = _kind_of(first)
    if kind is None or kind == first_is or (first_is == "profile" and kind == "folder"):
        return
    wanted = {"rules"} if first_is == "rules" else {"profile"}
    for other in rest:
        if _kind_of(other) in wanted:
            first_word = "the posting" if first_is == "rules" else "the profile"
            raise EligibilityError(
                f"the arguments are swapped: {first} is {_NAMES[kind]} and {other} {_NAMES[first_is]}; "
                f"{first_word} comes first: eligibility {command} {other} {first}"
            )


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


@app.command(short_help="One candidate against one posting: the verdict first, then what failed and why.")
def check(
    posting: PostingArg,
    profile: Annotated[
        str | None,
        typer.Argument(
            metavar="PROFILE",
            help="A candidate profile (YAML or JSON) or CV (Europass XML or PDF, JSON Resume), or - for standard "
            "input; none: answer questions.",
        ),
    ] = None,
    as_of: AsOf = None,
    json: Annotated[bool, typer.Option("--json", help="Print one JSON object (see README, 'JSON output').")] = False,
    all_rows: Annotated[
        bool, typer.Option("--all", help="Every criterion in a table, competencies included, not only the gaps.")
    ] = False,
    after_degree: AfterDegree = False,
    rules: RulesOpt = None,
) -> None:
    """Check one candidate against one posting: the verdict, the score and what it means, then what failed or
    is open with advice; the criteria met are listed in one line (--all shows every one).

    Without PROFILE, on a terminal, it asks the questions needed for a profile and offers to save the answers.
    Exit status: 0 eligible, 1 not eligible, 3 needs review, 2 bad input.

    \b
    Example:
      eligibility check KOS000396 profiles/kos000396-eligible.yaml
    """
    from eligibility.engine import assess
    from eligibility.profile import load_profile
    from eligibility.rules import load_ruleset

    _catalogue(rules)
    when = _as_of(as_of)
    if profile is not None:
        _not_swapped("check", posting, [profile], first_is="rules")
    if profile is None:
        if json or not (sys.stdin.isatty() and sys.stdout.isatty()) or posting == "-":
            raise EligibilityError(
                "no PROFILE given: pass a profile file (e.g. `eligibility check KOS000396 profiles/kos000396-eligible.yaml`) "
                "or - to read one from standard input; run it in a terminal without PROFILE (and without --json) to answer questions instead"
            )
        _self_check(load_ruleset(posting), when, after_degree, all_rows)
    stdin_text = _read_stdin_once(posting, profile)
    ruleset = load_ruleset(posting, stdin_text=stdin_text)
    candidate = load_profile(profile, stdin_text)
    result = assess(ruleset, candidate, as_of=when, after_degree=after_degree)
    now = _as_of_today(ruleset, candidate, result, after_degree)
    if json:
        from eligibility.formats.json import dumps, result_dict, today_dict

        data = result_dict(result, after_degree=after_degree)
        if now is not None:  # only as of a closing date still ahead: otherwise the shape of a `screen` row
            data["today"] = today_dict(result, now)
        typer.echo(dumps(data))
    else:
        from eligibility.formats.terminal import print_result

        print_result(result, _console(highlight=False), full=all_rows, now=now)
    raise typer.Exit(int(exit_code_for(result.verdict)))


def _as_of_today(ruleset, candidate, result, after_degree: bool):
    """The assessment as of today, where the result is as of a closing date still ahead (else None): a verdict that
    counts months not yet served must say what it would be today."""
    from datetime import date

    from eligibility.engine import assess

    today = date.today()
    if result.as_of_basis != "closing date" or result.as_of <= today:
        return None
    return assess(ruleset, candidate, as_of=today, after_degree=after_degree)


def _self_check(ruleset, when, after_degree: bool, all_rows: bool = False) -> None:
    """Ask, assess, show, and offer to save: the guided self-check on a terminal.

    Ctrl-C, or the end of input (Ctrl-D) at a question, keeps the answers to the questions finished so far and
    offers to resume or to save them.
    """

    from eligibility.engine import assess
    from eligibility.formats.terminal import print_result
    from eligibility.interview import Answers, EndOfInput, TerminalAsker, interview, offer_save, save, to_profile

    console = _console(highlight=False)
    asker = TerminalAsker(console)
    answers = Answers()
    _interrupted[0] = "no answers were saved"
    while True:
        try:
            interview(ruleset, asker, answers)
            break
        except (KeyboardInterrupt, EndOfInput) as stop:
            kept = len(answers.done)
            console.print(f"\nStopped. The answers to {kept} group{'s' if kept != 1 else ''} of questions are kept.")
            try:
                choice = asker.ask("Resume (r), save the answers so far as a profile (s), or quit (q)? [r]: ")
            except EOFError:  # the input is gone for good: what was answered is shown, ready to copy
                _, text = to_profile(answers)
                asker.say("Not saved. Your answers so far as a profile:\n" + text)
                said = str(stop) or "the self-check was interrupted"
                raise EndOfInput(f"{said}; the answers so far are shown above, not saved") from None
            choice = choice.strip().lower()[:1] or "r"
            if choice == "s":
                _, text = to_profile(answers)
                target = save(answers, text, asker, _reference(ruleset))
                _interrupted[0] = f"the answers so far are saved in {target}"
                raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
            if choice != "r":
                raise
    candidate, text = to_profile(answers)
    result = assess(ruleset, candidate, as_of=when, after_degree=after_degree)
    console.print()
    print_result(result, console, full=all_rows, now=_as_of_today(ruleset, candidate, result, after_degree))
    offer_save(answers, text, asker, _reference(ruleset))
    raise typer.Exit(int(exit_code_for(result.verdict)))


def _reference(ruleset) -> str:
    """How a later command finds this rule set: its id where the id finds this very file, else the file."""
    from eligibility import catalogue

    found = catalogue.find(ruleset.posting.id)
    mine = Path(ruleset.file) if ruleset.file and ruleset.file != "<stdin>" else None
    if mine is None or (found is not None and found.resolve() == mine.resolve()):
        return ruleset.posting.id
    return shlex.quote(str(mine))


@app.command(short_help="What a posting requires, criterion by criterion, with its own words.")
def show(posting: PostingArg, rules: RulesOpt = None) -> None:
    """Print what a posting requires, criterion by criterion, with the posting's own words.

    \b
    Example:
      eligibility show SEC000821
    """

    from eligibility.formats.terminal import ruleset_view
    from eligibility.rules import load_ruleset

    _catalogue(rules)
    stdin_text = _read_stdin_once(posting)
    _console(highlight=False).print(ruleset_view(load_ruleset(posting, stdin_text=stdin_text)))


@app.command(short_help="List the postings available by id, with their closing dates.")
def postings(
    rules: RulesOpt = None,
    open_only: Annotated[bool, typer.Option("--open", help="Only postings still open today.")] = False,
    json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """List the postings available by id: bundled ones, ./rules, ELIGIBILITY_RULES and --rules folders.

    \b
    Example:
      eligibility postings --open
      eligibility postings --rules my-postings
    """
    from datetime import date

    from eligibility import catalogue
    from eligibility.formats.postings import postings_dict, print_postings, read_entries

    _catalogue(rules)
    listed, errors = read_entries(catalogue.entries())
    today = date.today()
    if open_only:
        from eligibility.formats.brief import is_open, undated_note

        undated = [r.posting.id for _, r in listed if r.posting.closes is None]
        listed = [(e, r) for e, r in listed if is_open(r.posting, today)]
    if json:
        from eligibility.formats.json import dumps

        typer.echo(dumps(postings_dict(listed, errors, today)))
    else:
        print_postings(listed, _console(highlight=False), today)
    if open_only and undated:
        _err().print(undated_note(undated), markup=False, highlight=False, soft_wrap=True)
    _report(message for _, message in errors)
    raise typer.Exit(int(ExitCode.BAD_INPUT if errors else ExitCode.SUCCESS))


def _not_a_notice(text: str, name: str) -> None:
    """A rule set, a profile or results the tool wrote, given to `compile`: refused as what it is, never compiled
    as if it were a vacancy notice's words (a rule set of whatever its keys happen to say)."""
    from eligibility.profile import PROFILE_KEYS, other_document
    from eligibility.yamlio import load_yaml

    try:
        data = load_yaml(text, name=name)
    except EligibilityError:
        return  # not YAML: a notice's text
    other = other_document(data)
    if other is not None:
        kind, _, _, line = other
        where = f"{name}:{line}" if line is not None else name
        if kind == "rule set":
            raise EligibilityError(
                f"{where}: is a rule set, not a posting's text: it needs no compiling "
                f"(give it as the POSTING: eligibility check {name} PROFILE)"
            )
        raise EligibilityError(f"{where}: holds results written by `eligibility`, not a posting's text")
    if isinstance(data, dict) and data and set(data) <= set(PROFILE_KEYS):
        raise EligibilityError(
            f"{name}: is a profile, not a posting's text (compile reads a vacancy notice: text, Markdown, a saved "
            "web page or a PDF)"
        )


def _standard_output(value: Path | None) -> Path | None:
    """`-o -` is standard output, as everywhere a file may be `-` (never a file named '-')."""
    return None if value is not None and str(value) == "-" else value


NOT_ENGLISH = (
    "the text seems not to be in English, and only English is read (a notice in English and another language is read "
    "from its English; what another language requires is left for a person)"
)


def _posting_id(value: str | None) -> str | None:
    """`compile --id`: an id a rule set can have, checked as the option it is (never blamed on the compiled text)."""
    from eligibility.rules import usable_id_problem

    problem = usable_id_problem(value) if value is not None else None
    if problem is not None:
        raise typer.BadParameter(problem)
    return value


@app.command(name="compile", short_help="Turn a posting's text into a rule set, with what needs review.")
def compile_posting(
    text_file: Annotated[
        str,
        typer.Argument(
            metavar="TEXT_FILE", help="The posting's text (as copied from a job board or PDF), or - for standard input."
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            metavar="FILE",
            help="Write the rule set here instead of standard output (- is standard output).",
            callback=_standard_output,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite OUTPUT if it exists.")] = False,
    posting_id: Annotated[
        str | None,
        typer.Option(
            "--id", metavar="ID", help="Posting id when the text has no requisition id.", callback=_posting_id
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No summary on standard error.")] = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain", help="Print each sentence of the posting with its fate (which criterion, or why skipped)."
        ),
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Exit 3 when anything is left for a person to review: open review items in the rule set, or "
            "points the summary lists under 'needs review' (the rule set is written anyway).",
        ),
    ] = False,
    json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="One JSON object on standard output: the rule set (also written to OUTPUT if given), the file "
            "written and what needs review (`eligibility schema compile`).",
        ),
    ] = False,
) -> None:
    """Turn a posting (text, saved web page or PDF) into a rule set; a summary of what it found and what needs
    review goes to standard error.

    \b
    Example:
      eligibility compile notice.txt -o rules/NOTICE01.yaml
    """
    from eligibility.compiler import NoRequirements, compile_text
    from eligibility.compiler.emit import to_yaml
    from eligibility.compiler.sources import read_posting, read_posting_bytes
    from eligibility.fileio import write_atomic
    from eligibility.rules import read_ruleset
    from eligibility.yamlio import load_yaml

    if text_file == "-":
        text, name = read_posting(sys.stdin.buffer.read(), name="<stdin>"), None
    else:
        path = Path(text_file)
        text, name = read_posting(read_posting_bytes(path), name=text_file), path.name
    if not text.strip():
        raise EligibilityError(f"{text_file}: posting text is empty")
    _not_a_notice(text, text_file)
    if output is not None:
        from eligibility.fileio import check_output

        check_output(output, force=force, inputs=[text_file])
    from eligibility.compiler import not_in_english

    not_english = not_in_english(text)  # the whole text: more of another language's small words than English's
    try:
        compiled = compile_text(text, posting_id=posting_id, source_name=name)
    except NoRequirements as exc:
        if not_english:
            raise EligibilityError(f"{text_file}: {exc}: {NOT_ENGLISH}") from None
        raise EligibilityError(f"{text_file}: {exc}; is it a vacancy notice?") from None
    if not compiled.decides:
        raise EligibilityError(
            f"{text_file}: no mandatory requirement found, only desirable ones: nothing would decide eligibility; "
            "is the requirements section missing from the text?"
        )
    rendered = to_yaml(compiled.ruleset, compiled.review, source_name=name)
    # What is written must load: the compiler's output goes through the same reader as any rule set.
    read_ruleset(load_yaml(rendered, name="<compiled>"), "<compiled>")
    if explain:
        from eligibility.compiler.explain import explanation

        _err().print(explanation(compiled), markup=False, highlight=False, soft_wrap=True)
    if output is not None:
        write_atomic(output, rendered, force=force)
    if json:
        from eligibility.formats.compiled import compiled_dict
        from eligibility.formats.json import dumps

        typer.echo(dumps(compiled_dict(compiled, rendered, output)))
    elif output is None:
        typer.echo(rendered, nl=False)
    if not quiet:
        from eligibility.formats.summary import compile_summary

        _err().print(compile_summary(compiled, output), markup=False, highlight=False, soft_wrap=True)
        if not_english and all(c.get("kind") == "requirement" for c in compiled.ruleset["criteria"]):
            # Nothing was read as a kind: every item is left for a person, as a text in another language is.
            _err().print(f"  note: {NOT_ENGLISH}", markup=False, highlight=False, soft_wrap=True)
    if strict and (compiled.open_items or compiled.review):  # whatever the summary leaves to a person
        raise typer.Exit(int(ExitCode.NEEDS_REVIEW))


FORMAT_SUFFIXES = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "table"}


def _format_for(format: Format | None, output: Path | None) -> Format:
    """--format if given, else the -o file's extension (out.csv: csv), else a table."""
    if format is not None:
        return format
    if output is not None:
        named = FORMAT_SUFFIXES.get(output.suffix.lower())
        if named is None:
            raise EligibilityError(
                f"{output}: cannot tell the format from '{output.suffix or 'no extension'}'; "
                f"give --format table, json, jsonl or csv, or name the file .csv, .json, .jsonl or .txt"
            )
        return Format(named)
    return Format.table


class Only(str, Enum):
    eligible = "eligible"
    needs_review = "needs-review"
    not_eligible = "not-eligible"
    error = "error"


class FailOn(str, Enum):
    needs_review = "needs-review"
    not_eligible = "not-eligible"


FAIL_STATUS = {FailOn.not_eligible: ExitCode.NOT_ELIGIBLE, FailOn.needs_review: ExitCode.NEEDS_REVIEW}
"""`screen --fail-on`: the status for a verdict found, `check`'s for it; in this order when several are found."""


class SortBy(str, Enum):
    verdict = "verdict"
    score = "score"
    name = "name"
    input = "input"


@app.command(short_help="Pre-screen many candidates against one posting: a table, CSV, JSON or JSON Lines.")
def screen(
    posting: PostingArg,
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Profile files, CVs, folders (searched for profiles *.yaml *.yml, JSON Lines *.jsonl *.ndjson, CVs *.xml *.pdf *.json; any other file is tried as a profile or CV, else set aside with a note; Word/ODT/RTF files are named, not read) or JSON Lines files (one profile a line).",
        ),
    ],
    format: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            metavar="FORMAT",
            help="table, csv, json or jsonl (default: from the -o file's extension, else table).",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            metavar="FILE",
            help="Write here instead of standard output (- is standard output).",
            callback=_standard_output,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite OUTPUT if it exists.")] = False,
    as_of: AsOf = None,
    sort: Annotated[
        SortBy | None,
        typer.Option(
            "--sort",
            case_sensitive=False,
            metavar="ORDER",
            help="verdict (eligible first, then by score), score, name or input (default: verdict for the table, input for the others).",
        ),
    ] = None,
    only: Annotated[
        list[Only] | None,
        typer.Option(
            "--only",
            case_sensitive=False,
            metavar="VERDICT",
            help="Keep only rows with this verdict: eligible, needs-review, not-eligible or error (repeatable); the counts still cover everyone.",
        ),
    ] = None,
    min_score: Annotated[
        int | None,
        typer.Option(
            "--min-score", min=0, max=100, metavar="N", help="Keep only candidates scoring at least N (0-100)."
        ),
    ] = None,
    fail_on: Annotated[
        list[FailOn] | None,
        typer.Option(
            "--fail-on",
            case_sensitive=False,
            metavar="VERDICT",
            help="Exit 1 when any candidate is not-eligible, 3 when any needs-review (repeatable; 1 first; "
            "an unreadable profile still exits 2). Counts every candidate, those left out by --only too.",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar="N",
            help="Worker processes (default: all cores, for large batches; never more than the cores).",
        ),
    ] = None,
    after_degree: AfterDegree = False,
    rules: RulesOpt = None,
    brief: Annotated[
        bool,
        typer.Option(
            "--brief",
            help="JSON and JSON Lines: a short row a candidate (verdict, score, main reason, ids of the failed and open criteria) instead of the full result.",
        ),
    ] = False,
) -> None:
    """Pre-screen many candidates against one posting.

    A profile that cannot be read becomes an error row and the batch goes on.
    Exit status: 0 when every profile was read, 2 when any could not be (or there was none); with --fail-on
    not-eligible 1, with --fail-on needs-review 3, when any candidate has that verdict.

    \b
    Examples:
      eligibility screen SEC000821 profiles
      eligibility screen SEC000821 profiles -o shortlist.csv --only eligible --min-score 70
    """
    from eligibility import batch
    from eligibility.engine import assessment_date
    from eligibility.formats import rows
    from eligibility.formats import screen as out
    from eligibility.rules import load_ruleset

    _catalogue(rules)
    when = _as_of(as_of)
    walks: batch.Walks = {}  # each folder walked once: for the output's check and for the screening
    if output is not None:
        from eligibility.fileio import check_output
        from eligibility.rules import resolve_posting

        given = resolve_posting(posting) if posting != "-" else None
        check_output(
            output, force=force, inputs=itertools.chain([given] if given else [], batch.input_files(paths, walks))
        )
    format = _format_for(format, output)
    if brief and format not in (Format.json, Format.jsonl):
        raise EligibilityError(
            f"--brief shapes JSON rows; it does not apply to --format {format.value} (use json or jsonl)"
        )
    _not_swapped("screen", posting, list(paths), first_is="rules")
    ruleset = load_ruleset(posting, stdin_text=_read_stdin_once(posting))
    sources, items, repeated = batch.discover(paths, walks)
    if repeated:
        _err().print(_given_again(repeated), markup=False, highlight=False, soft_wrap=True)
    total = sum(n for _, n in sources)
    if total == 0:
        from eligibility.batch import CV_SUFFIXES, JSONL_SUFFIXES, PROFILE_SUFFIXES

        looked = " ".join(f"*{s}" for s in PROFILE_SUFFIXES + JSONL_SUFFIXES + CV_SUFFIXES)
        raise EligibilityError(f"no profiles found in {', '.join(paths)} (looked for {looked})")
    how = (sort or SortBy.verdict).value if format is Format.table else (sort.value if sort else "input")
    selection = rows.Batch(
        posting={"id": ruleset.posting.id, "title": ruleset.posting.title},
        as_of=assessment_date(ruleset, when)[0].isoformat(),
        only=frozenset(o.value for o in only or ()),
        min_score=min_score,
        after_degree=after_degree,
    )
    base = {Format.table: rows.TABLE, Format.csv: rows.CSV, Format.json: rows.JSON, Format.jsonl: rows.JSONL}[format]
    if brief:
        base = rows.JSON_BRIEF if format is Format.json else rows.JSONL_BRIEF
    renderer = base.with_batch(selection, keep_rows=how != "input" and format is not Format.table)
    job = batch.Screening(ruleset=ruleset, as_of=when, renderer=renderer, after_degree=after_degree)
    running = batch.run(items(), job, jobs=jobs, total=total)
    stream = _with_progress(running, total)
    if how != "input" and format is not Format.table:
        stream = _sorted(stream, renderer, how)
    key = rows.sort_key(renderer, how) if format is Format.table else None
    tally = out.Tally()
    try:
        if output is not None:
            from eligibility.fileio import AtomicOutput

            _interrupted[0] = f"{output} was not written"
            # A BOM lets spreadsheet programs open UTF-8 CSV files with names like Petrović intact.
            encoding = "utf-8-sig" if format is Format.csv else "utf-8"
            with AtomicOutput(output, force=force, encoding=encoding) as handle:
                _write(format, stream, handle, tally, ruleset, to_terminal=False, key=key)
            _err().print(tally.line() + _left_out(tally, selection), markup=False, highlight=False)
        else:
            _interrupted[0] = lambda: _written_so_far(tally, format)
            _write(format, stream, sys.stdout, tally, ruleset, to_terminal=True, key=key)
            if format is not Format.table:
                _err().print(tally.line() + _left_out(tally, selection), markup=False, highlight=False)
    finally:
        # Whatever stopped the writing (a full disk, an output that cannot hold a name), the batch's workers are
        # stopped here, while they still answer: left to the interpreter's exit, their pool waited forever.
        stream.close()
        running.close()
    if tally.aside:
        _err().print(_set_aside(tally.aside), markup=False, highlight=False, soft_wrap=True)
        if not sum(tally.counts.values()):
            raise EligibilityError(
                f"no profiles found in {', '.join(paths)}: the files found are not profiles (named above)"
            )
    if tally.errors:
        raise typer.Exit(int(ExitCode.BAD_INPUT))
    for verdict, status in FAIL_STATUS.items():
        if verdict in (fail_on or ()) and tally.counts[verdict.value]:
            raise typer.Exit(int(status))
    raise typer.Exit(int(ExitCode.SUCCESS))


def _set_aside(aside: dict[tuple[str, str], int], *, done: str = "screened") -> str:
    """The note on files found in folders that are no profile (a rule set, results, a vacancy notice): which."""
    from eligibility.formats.safe import line

    listed = list(aside.items())
    shown = [f"{line(file)} ({what}{f', {n} lines' if n > 1 else ''})" for (file, what), n in listed[:SHOWN_ASIDE]]
    more = len(listed) - len(shown)
    files = (
        "1 file in the folders given is not a profile and was"
        if len(listed) == 1
        else f"{len(listed)} files in the folders given are not profiles and were"
    )
    return f"eligibility: note: {files} not {done}: " + "; ".join(shown) + (f"; and {more} more" if more else "")


SHOWN_REPEATS = 3
"""Files named in the note on files given more than once; the rest are counted."""
SHOWN_ASIDE = 20
"""Files named in the note on files set aside; the rest are counted."""


def _given_again(repeated: list[tuple[str, str]], *, done: str = "screened") -> str:
    """The note on files given more than once (each is screened, or validated, once): which, and under which
    other names."""
    again: dict[str, list[str]] = {}
    for name, first in repeated:
        again.setdefault(first, []).append(name)
    from eligibility.formats.safe import line

    shown = [
        f"{line(first)} ({line(_how_again(first, names))})" for first, names in list(again.items())[:SHOWN_REPEATS]
    ]
    more = len(again) - len(shown)
    files = f"{len(again)} file{'s were' if len(again) > 1 else ' was'}"
    return f"eligibility: note: {files} given more than once and {done} once: {'; '.join(shown)}" + (
        f"; and {more} more" if more else ""
    )


def _how_again(first: str, names: list[str]) -> str:
    """How a file was given again: under its first spelling ('given twice', 'given 3 times'), under others ('again as
    ./x.yaml'), or both; a spelling given more than once is counted, never listed as a repeat of itself."""
    from collections import Counter

    times = Counter(names)
    said = []
    if times[first]:
        said.append("given twice" if times[first] == 1 else f"given {times[first] + 1} times")
    others = [
        name + ("" if n == 1 else " twice" if n == 2 else f" {n} times") for name, n in times.items() if name != first
    ]
    if others:
        said.append(f"again as {', '.join(others)}")
    return "; ".join(said)


def _written_so_far(tally, format: Format) -> str:
    """What a Ctrl-C leaves on standard output: the table is drawn only at the end; the other formats stream."""
    if format is Format.table:
        return "nothing was written"
    rows = f"{tally.written} row{'s' if tally.written != 1 else ''}"
    return f"{rows} {'was' if tally.written == 1 else 'were'} written to standard output; the output is incomplete"


def _left_out(tally, selection) -> str:
    if not selection.only and selection.min_score is None:
        return ""
    return " (rows left out by --only or --min-score are counted here but not written)"


def _sorted(stream, renderer, how: str):
    """Every row first, then one sorted chunk: sorting needs the whole batch."""
    from eligibility.batch import Done
    from eligibility.formats import rows

    collected: list = []
    counts: dict = {}
    for done in stream:
        collected.extend(done.payload)
        for verdict, n in done.counts.items():
            counts[verdict] = counts.get(verdict, 0) + n
    collected.sort(key=rows.sort_key(renderer, how))
    yield Done(renderer.join(collected), counts, len(collected))


def _write(format: Format, stream, handle, tally, ruleset, *, to_terminal: bool, key=None) -> None:
    from eligibility.formats import screen as out

    if format is Format.table:
        console = (
            _console(highlight=False)
            if to_terminal
            else _console(file=handle, width=140, no_color=True, highlight=False)
        )
        from eligibility.formats.safe import line

        title = line(f"{ruleset.posting.title} ({ruleset.posting.id})")
        out.write_table(stream, console, tally, title=title, key=key)
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
        for done in stream:
            progress.advance(task, sum(done.counts.values()))
            yield done


@app.command(short_help="One candidate against many postings: open ones first, best first.")
def match(
    profile: ProfileArg,
    postings: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="POSTING",
            help="Posting ids or rule-set files (default: every posting listed by `eligibility postings`).",
        ),
    ] = None,
    as_of: AsOf = None,
    open_only: Annotated[bool, typer.Option("--open", help="Only postings still open today.")] = False,
    json: Annotated[bool, typer.Option("--json", help="Print one JSON object (`eligibility schema match`).")] = False,
    after_degree: AfterDegree = False,
    rules: RulesOpt = None,
) -> None:
    """Match one candidate against many postings: open postings first, then by verdict and score.

    Exit status: 0 eligible for at least one, 3 none but some need review, 1 none, 2 bad input.

    \b
    Example:
      eligibility match profiles/sec000821-eligible.yaml --open
    """
    from datetime import date

    from eligibility.engine import assess
    from eligibility.formats.brief import is_closed, is_open, undated_note
    from eligibility.formats.match import match_dict, print_matches
    from eligibility.outcome import Verdict
    from eligibility.profile import load_profile
    from eligibility.rulecache import load_rulesets  # match reads many rule sets: kept once read
    from eligibility.rules import all_rulesets

    _catalogue(rules)
    when = _as_of(as_of)
    _not_swapped("match", profile, list(postings or ()), first_is="profile")
    folder = next((ref for ref in postings or () if Path(ref).is_dir()), None)
    if folder is not None:
        raise EligibilityError(
            f"{folder}: is a folder; to match against the rule sets in a folder, name it with --rules: "
            f"eligibility match {profile} --rules {folder}"
        )
    candidate = load_profile(profile, _read_stdin_once(profile))
    refs = postings or [str(p) for p in all_rulesets()]
    if not refs:
        raise EligibilityError("no postings: give rule sets, or name a folder of them with --rules DIR")
    today = date.today()
    results, errors, undated = [], [], []
    for ref, ruleset in zip(refs, load_rulesets(refs), strict=True):
        if isinstance(ruleset, EligibilityError):
            errors.append((ref, str(ruleset)))
            continue
        if open_only and not is_open(ruleset.posting, today):
            if ruleset.posting.closes is None:
                undated.append(ruleset.posting.id)
            continue
        results.append(assess(ruleset, candidate, as_of=when, after_degree=after_degree))
    results.sort(key=lambda r: (is_closed(r.ruleset.posting, today), r.verdict.rank, -r.score, r.ruleset.posting.id))
    if json:
        from eligibility.formats.json import dumps

        typer.echo(dumps(match_dict(candidate, results, errors, today=today, after_degree=after_degree)))
    else:
        print_matches(candidate, results, today=today)  # a console is made if one is needed
    if undated:
        _err().print(undated_note(undated), markup=False, highlight=False, soft_wrap=True)
    _report(message for _, message in errors)
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


class Volunteer(str, Enum):
    """`import --volunteer`: whether volunteer work counts as professional experience (no OSCE rule says)."""

    ask = "ask"
    counts = "counts"
    excluded = "excluded"


@app.command(name="import")
def import_cv(
    cv_file: Annotated[
        str,
        typer.Argument(
            metavar="CV",
            help="A Europass CV (XML, or PDF with the XML attached) or a JSON Resume; - for standard input.",
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            metavar="FILE",
            help="Write the profile here instead of standard output (- is standard output).",
            callback=_standard_output,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite OUTPUT if it exists.")] = False,
    volunteer: Annotated[
        Volunteer,
        typer.Option(
            "--volunteer",
            case_sensitive=False,
            help="Whether a JSON Resume's volunteer work counts as professional experience: ask (on a terminal; "
            "else left open, unknown until decided), counts, or excluded.",
        ),
    ] = Volunteer.ask,
) -> None:
    """Turn a CV into a profile: every inferred value commented, what the CV does not say listed.

    On a terminal it offers to answer those questions first, with the self-check's questions.
    """
    from eligibility.cv import importer
    from eligibility.fileio import check_output, write_atomic

    if output is not None:
        check_output(output, force=force, inputs=[cv_file])
    draft = importer.read_cv(cv_file)
    if volunteer is not Volunteer.ask:
        from eligibility.cv.questions import settle

        settle(draft, "volunteer", volunteer is Volunteer.counts)
    err = _err()
    asking = cv_file != "-"  # standard input held the CV: no answers can come from it
    if asking and sys.stdin.isatty() and sys.stderr.isatty() and (output is not None or sys.stdout.isatty()):
        from eligibility.interview import TerminalAsker

        output, force = importer.converse(draft, TerminalAsker(err), output, force)
    if output is None:
        typer.echo(importer.profile_text(draft, None), nl=False)
        return
    check_output(output, force=force, inputs=[cv_file])
    write_atomic(output, importer.profile_text(draft, output), force=force)
    err.print(importer.summary(draft, output), markup=False, highlight=False, soft_wrap=True)


class SchemaName(str, Enum):
    profile = "profile"
    rules = "rules"
    result = "result"
    match = "match"
    brief = "brief"
    error = "error"
    postings = "postings"
    validate = "validate"
    compile = "compile"


@app.command(
    short_help="Print a JSON Schema: profile, rules, result, match, brief, error, postings, validate or compile."
)
def schema(
    name: Annotated[
        SchemaName,
        typer.Argument(
            metavar="NAME",
            case_sensitive=False,
            help="profile, rules, result, match, brief (a row of screen --brief), error (what --json prints "
            "when a command stops on bad input), postings, validate or compile (what their --json prints)",
        ),
    ],
) -> None:
    """Print a JSON Schema, for editors and for scripts that read the JSON output.

    \b
    Example:
      eligibility schema result > result.schema.json
    """
    import json as json_module

    from eligibility.schema import SCHEMAS

    typer.echo(json_module.dumps(SCHEMAS[name.value](), indent=2, ensure_ascii=False))


@app.command(short_help="Check rule sets and profiles without assessing anyone: every problem at once.")
def validate(
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE",
            help="Rule sets and profiles (detected by their keys), folders of them, or JSON Lines files; files "
            "only, not posting ids (one given is answered with its rule set's file).",
        ),
    ],
    json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="One JSON object on standard output: each file with its status (ok or error), what it is, and "
            "each problem's file, line, field and message (`eligibility schema validate`).",
        ),
    ] = False,
) -> None:
    """Check rule sets and profiles without assessing anyone: every problem, with file, line and field.

    Exit status: 0 when all are valid, 2 otherwise.

    \b
    Example:
      eligibility validate rules profiles
    """
    from eligibility.formats.safe import file_text, shown
    from eligibility.validation import validate_paths

    if json:
        from eligibility.formats.json import dumps
        from eligibility.formats.validated import ValidateReport

        report = ValidateReport()
        problems = validate_paths(
            files,
            ok=report.ok,
            problem=report.problem,
            warning=report.warning,
            repeated=report.repeated,
            aside=report.aside,
        )
        typer.echo(dumps(report.as_dict()))
        raise typer.Exit(int(ExitCode.BAD_INPUT if problems else ExitCode.SUCCESS))
    problems = validate_paths(
        files,
        ok=lambda name, what: typer.echo(shown(file_text(f"{name}: valid {what}"), one_line=True)),
        problem=lambda line, _: _err().print(
            shown(file_text(line), one_line=True), markup=False, highlight=False, soft_wrap=True
        ),
        repeated=lambda again: _err().print(
            _given_again(again, done="validated"), markup=False, highlight=False, soft_wrap=True
        ),
        aside=lambda files: _err().print(
            _set_aside(files, done="validated"), markup=False, highlight=False, soft_wrap=True
        ),
    )
    raise typer.Exit(int(ExitCode.BAD_INPUT if problems else ExitCode.SUCCESS))


def _report(messages) -> None:
    """Problems met along the way, after the results: one line each on standard error, as `_fail` words them."""
    from eligibility.formats.safe import file_text, line

    err = None
    for message in messages:
        err = err or _err()  # made for the first: a run with no problem needs no console
        err.print(f"eligibility: error: {line(file_text(message))}", markup=False, highlight=False, soft_wrap=True)


JSON_FORMATS = ("json", "jsonl")
"""`screen`'s formats a script reads as JSON."""


def _json_on_stdout(args: list[str]) -> bool:
    """Whether standard output is read as JSON: a command given `--json`, or `screen` writing JSON or JSON Lines
    to standard output (`-f json`, no `-o`). Read from the arguments themselves, so that a mistake in them, found
    before the command runs, is answered in JSON too."""
    if "--json" in args:
        return True
    if not args or args[0] != "screen":
        return False
    format, to_file = None, False
    for at, arg in enumerate(args):
        if arg == "--":
            break
        if arg in ("-f", "--format"):
            format = args[at + 1] if at + 1 < len(args) else None
        elif arg.startswith("--format="):
            format = arg.split("=", 1)[1]
        elif arg.startswith("-f") and not arg.startswith("--"):
            format = arg[2:]
        elif (
            arg in ("-o", "--output")
            or arg.startswith("--output=")
            or (arg.startswith("-o") and not arg.startswith("--"))
        ):
            to_file = True
    return format is not None and format.lower() in JSON_FORMATS and not to_file


def _fail(message: str) -> None:
    """One line on standard error, exit status 2; with --json (or `screen -f json` to standard output) also a JSON
    error object on standard output."""
    from eligibility.formats.safe import file_text, line

    message = file_text(message)  # a file name's bytes that are not UTF-8, as \xNN
    _err().print(f"eligibility: error: {line(message)}", markup=False, highlight=False, soft_wrap=True)
    if _json_on_stdout(sys.argv[1:]):
        import json as json_module

        from eligibility.formats.json import SCHEMA_VERSION

        error = {"schema_version": SCHEMA_VERSION, "error": message, "exit_status": int(ExitCode.BAD_INPUT)}
        sys.stdout.write(json_module.dumps(error, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    sys.exit(ExitCode.BAD_INPUT)


def _interrupted_note() -> None:
    kept = _interrupted[0]() if callable(_interrupted[0]) else _interrupted[0]
    _err().print(f"\neligibility: interrupted: {kept}", markup=False, highlight=False, soft_wrap=True)


def main() -> None:
    """Entry point: every user error becomes one line on standard error and exit status 2."""
    from eligibility.fileio import (
        OutputFailed,
        guard_standard_output,
        say_when_interrupted,
        stop_cleanly_on_sigterm,
        stop_workers_and_remove_pending,
    )

    stop_cleanly_on_sigterm()
    say_when_interrupted(_interrupted_note)
    guard_standard_output()
    try:
        try:
            _main()
        finally:
            sys.stdout.flush()  # the last of the output written here, where a fault in it is still reported
    except OutputFailed as exc:
        stop_workers_and_remove_pending()
        # Then out at once, as after Ctrl-C: a batch's pool, left suspended where its rows were being written,
        # would otherwise be shut down at the interpreter's exit and wait forever for the workers just stopped.
        code = _output_failed(exc.error)
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        os._exit(code)
    finally:
        stop_workers_and_remove_pending()


_USAGE_WORDS = (
    (re.compile(r"'(.*)' is not a valid (?:int|integer)(?: range)?\.$"), r"'\1' is not a whole number."),
    (re.compile(r"(-?\d+) is not in the range x>=(-?\d+)\.$"), r"\1 is too small: give \2 or more."),
    (re.compile(r"(-?\d+) is not in the range (-?\d+)<=x<=(-?\d+)\.$"), r"\1 is not between \2 and \3."),
)
"""The command-line parser's words for a number out of place, said plainly ('is not a valid int range')."""


def _usage_words(message: str) -> str:
    for pattern, plain in _USAGE_WORDS:
        message = pattern.sub(plain, message)
    return message


def _a_file_like_an_option(exc: Exception) -> str:
    """For an unknown option that is the start of a file's name ('-dash.yaml'): how to name the file."""
    option = getattr(exc, "option_name", None)
    if type(exc).__name__ != "NoSuchOption" or not option:
        return ""
    named = next((a for a in sys.argv[1:] if a.startswith(option) and os.path.exists(a)), None)
    return f"; for the file '{named}', write ./{named} (or put -- before it)" if named else ""


def _output_failed(error: OSError) -> int:
    """Standard output could not be written: one line on standard error, and nothing more tried on standard
    output (no JSON error object: it would fail too). Returns the exit status."""
    import errno

    from eligibility.errors import os_error

    if error.errno == errno.EPIPE:  # `| head`: the reader stopped reading
        _err().print(
            "eligibility: standard output was closed before the output was complete (the program reading it "
            "stopped reading): the output is incomplete",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        return ExitCode.OUTPUT_CLOSED
    message = os_error(error, "standard output", doing="writing")
    _err().print(f"eligibility: error: {message}", markup=False, highlight=False, soft_wrap=True)
    return ExitCode.BAD_INPUT


def _unwritable(exc: UnicodeEncodeError) -> str:
    import codecs

    text = exc.object[exc.start : exc.end] if isinstance(exc.object, str) else ""
    stdout = getattr(sys.stdout, "encoding", None) or ""
    try:
        on_stdout = codecs.lookup(exc.encoding).name == codecs.lookup(stdout).name
    except LookupError:
        on_stdout = False
    where = "standard output is written" if on_stdout else "the output is written"
    return (
        f"{where} as {exc.encoding}, which cannot hold {text!r}: write to a file with -o (always UTF-8), "
        "or set PYTHONIOENCODING=utf-8"
    )


def _main() -> None:
    from eligibility.errors import fault

    try:
        code = app(standalone_mode=False)
    except EligibilityError as exc:
        _fail(str(exc))
    except (OSError, OverflowError, RecursionError) as exc:  # a fault no command turned into an input error
        name = getattr(exc, "filename", None)
        _fail(str(fault(exc, str(name) if name else None)))
    except UnicodeEncodeError as exc:  # text the output's encoding cannot hold ('Š' on a Latin-1 terminal)
        _fail(_unwritable(exc))
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (KeyboardInterrupt, typer.Abort):
        _interrupted_note()
        sys.exit(ExitCode.INTERRUPTED)
    except typer.TyperException as exc:  # usage errors: one line, with where to look
        if type(exc).__name__ == "NoArgsIsHelpError":  # plain `eligibility`: the help is the answer
            _err().print(exc.format_message(), markup=False, highlight=False)
            sys.exit(ExitCode.BAD_INPUT)
        context = getattr(exc, "ctx", None)
        where = f"{context.command_path} --help" if context is not None else "eligibility --help"
        message = _usage_words(exc.format_message() if hasattr(exc, "format_message") else str(exc))
        _fail(f"{message}{_a_file_like_an_option(exc)} (see '{where}')")
    if code == ExitCode.INTERRUPTED:  # typer turns Ctrl-C into exit status 130
        _interrupted_note()
    sys.exit(code if isinstance(code, int) else ExitCode.SUCCESS)
