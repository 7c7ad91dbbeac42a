"""Writing files without losing anything: never overwrite unasked, never leave half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from eligibility.errors import EligibilityError


def write_atomic(path: str | Path, text: str, *, force: bool = False) -> None:
    """Write `text` to `path` through a temporary file renamed into place."""
    with AtomicOutput(path, force=force) as handle:
        handle.write(text)


class AtomicOutput:
    """A text file written under a temporary name and renamed into place on success: the one atomic writer.

    Line ends are written as given (no translation), so CSV keeps its \\r\\n and YAML its \\n.
    """

    def __init__(self, path: str | Path, *, force: bool = False, encoding: str = "utf-8") -> None:
        self.target = Path(path)
        if self.target.exists() and not force:
            raise EligibilityError(f"{self.target}: exists; use --force to overwrite it")
        if self.target.is_dir():
            raise EligibilityError(f"{self.target}: is a directory")
        directory = self.target.parent if str(self.target.parent) else Path(".")
        if not directory.is_dir():
            raise EligibilityError(f"{self.target}: folder {directory} does not exist")
        fd, self.temp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=directory)
        self.handle = os.fdopen(fd, "w", encoding=encoding, newline="")

    def __enter__(self):
        return self.handle

    def __exit__(self, kind, value, tb) -> None:
        if kind is None:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            os.replace(self.temp, self.target)
        else:
            self.handle.close()
            Path(self.temp).unlink(missing_ok=True)
