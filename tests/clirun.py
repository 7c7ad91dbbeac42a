"""Run the `eligibility` command in-process, as a user would (through its entry point), and capture its output."""

from __future__ import annotations

import sys
from typing import NamedTuple

from typer.testing import CliRunner

from eligibility.cli import main


class Ran(NamedTuple):
    code: int
    stdout: str
    stderr: str


def run(*args: str, stdin: str | None = None, env: dict | None = None, columns: int = 80) -> Ran:
    runner = CliRunner()
    with runner.isolation(input=stdin, env={"COLUMNS": str(columns), **(env or {})}) as streams:
        saved = sys.argv
        sys.argv = ["eligibility", *args]
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 0
        finally:
            sys.argv = saved
            sys.stdout.flush()
            sys.stderr.flush()
        out, err = streams[0].getvalue(), streams[1].getvalue() if streams[1] is not None else b""
    return Ran(code, out.decode("utf-8"), err.decode("utf-8") if isinstance(err, bytes) else err)


class Proc(NamedTuple):
    """What a subprocess run gives (bytes), for tests written against that shape."""

    returncode: int
    stdout: bytes
    stderr: bytes


def run_bytes(*args: str, stdin: str | bytes | None = None) -> Proc:
    """In-process through the entry point, at 160 columns: an exception that is not an input error fails the test."""
    ran = run(*args, stdin=stdin.decode() if isinstance(stdin, bytes) else stdin, columns=160)
    return Proc(ran.code, ran.stdout.encode(), ran.stderr.encode())
