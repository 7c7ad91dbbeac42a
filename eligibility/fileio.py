"""Writing files without losing anything: never overwrite unasked, never leave half a file, never replace a link.

Every output is written to a temporary file beside its target and moved into
place only when complete. Without --force the move is a hard link, which fails
if the target appeared in the meantime, so two runs cannot both "create" the
same file. With --force a regular file is replaced and keeps its permissions
and, where allowed, its owner; a symbolic link, device, FIFO or folder is
never replaced. Temporary files still open when the process is stopped
(SIGINT or SIGTERM) are removed.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import shutil
import signal
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, NamedTuple

from eligibility.errors import EligibilityError, InputError, os_error, shown_name


class OutputFailed(Exception):
    """Standard output could not be written (a closed pipe, a full disk): the command stops whatever it was doing
    and says so once. Neither an OSError nor an input error, so that no handler of one input's faults takes it
    for that input's (an error row for the profile being written, "reading: no space left")."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


class _StandardOutput(io.RawIOBase):
    """Standard output's file descriptor, whose faults are standard output's: after the first, what follows is
    dropped, so that nothing is tried twice (nor at the interpreter's exit)."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self.failed: OSError | None = None

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def write(self, data) -> int:
        if self.failed is not None:
            return len(data)
        try:
            return os.write(self._fd, data)
        except BlockingIOError:
            raise
        except OSError as exc:
            self.failed = exc
            raise OutputFailed(exc) from None


def guard_standard_output() -> None:
    """Make a fault writing standard output an OutputFailed, told apart from a fault reading an input. Standard
    output already replaced (a test's runner, an embedding program) is left as it is."""
    stream = sys.stdout
    if stream is None or stream is not sys.__stdout__ or not isinstance(stream, io.TextIOWrapper):
        return
    try:
        fd = stream.fileno()
        stream.flush()
    except (OSError, ValueError):
        return
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(_StandardOutput(fd)),
        encoding=stream.encoding,
        errors=stream.errors,
        line_buffering=stream.line_buffering,
    )


class Spooled(NamedTuple):
    """Output a worker process wrote to a file of its own, as UTF-8: appended to the output by the kernel where the
    output is a regular file (os.sendfile), so that the main process never reads it in and writes it out again."""

    path: str
    size: int

    def read(self) -> bytes:
        with open(self.path, "rb") as handle:
            return handle.read()

    def copy_to(self, out: IO[str]) -> None:
        """Append the file to a text stream whose encoding is UTF-8 (through its binary buffer, after what was
        written as text)."""
        buffer = getattr(out, "buffer", None)
        if buffer is None:
            out.write(self.read().decode("utf-8"))
            return
        out.flush()
        target = _regular_file(buffer)
        if target is None:
            buffer.write(self.read())
            return
        buffer.flush()
        start = os.lseek(target, 0, os.SEEK_CUR)
        offset = 0
        with open(self.path, "rb") as source:
            try:
                while offset < self.size:
                    sent = os.sendfile(target, source.fileno(), offset, self.size - offset)
                    if not sent:
                        break
                    offset += sent
            except OSError:
                pass  # a file system that refuses it, or a full disk: what is left goes the way every write goes
            if offset < self.size:
                source.seek(offset)
                buffer.write(source.read())  # its faults are the output's own (a full disk names the output)
                buffer.flush()
                return
        if hasattr(os, "posix_fadvise"):
            # The kernel starts writing these rows to disk now, while the workers go on, rather than all at once
            # when the finished output is synced (a 50,000-row JSON Lines file is most of a gigabyte).
            with contextlib.suppress(OSError):
                os.posix_fadvise(target, start, self.size, os.POSIX_FADV_DONTNEED)


def _regular_file(buffer) -> int | None:
    """The descriptor of a buffered stream's regular file, where it writes straight to one (an output this program
    opened); None for anything else (standard output, which reports its own faults, a pipe, a terminal)."""
    raw = getattr(buffer, "raw", None)
    if not isinstance(raw, _OutputFile) or not hasattr(os, "sendfile"):
        return None
    try:
        fd = raw.fileno()
        return fd if stat.S_ISREG(os.fstat(fd).st_mode) else None
    except (OSError, ValueError):
        return None


_pending: set[str] = set()
"""Temporary files and folders of this process not yet moved into place or removed."""


def forget(path: str) -> None:
    _pending.discard(path)


def forget_all() -> None:
    """In a forked worker: the temporary files are the main process's to remove, not this one's."""
    _pending.clear()


def remember(path: str) -> None:
    _pending.add(path)


def remove_pending() -> None:
    """Remove every temporary file and folder this process still holds (on the way out after a signal)."""
    for path in list(_pending):
        try:
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                os.unlink(path)
        except OSError:
            pass
        _pending.discard(path)


def stop_workers_and_remove_pending() -> None:
    """Worker processes first, so that none writes a spool file after the spool is gone; then every temporary
    file and folder. On the way out of an interrupted command (Ctrl-C, SIGTERM): a batch interrupted while its
    workers run must leave nothing behind."""
    multiprocessing = sys.modules.get("multiprocessing")
    for _ in range(2):  # twice: a pool may have started a replacement worker meanwhile
        if multiprocessing is not None:
            children = multiprocessing.active_children()
            for child in children:
                with contextlib.suppress(OSError):
                    child.kill()
            for child in children:  # gone before their spool is removed: none writes to it meanwhile
                with contextlib.suppress(OSError, AssertionError):
                    child.join(timeout=2)
        remove_pending()


def _terminated(signum, frame) -> None:
    # Then out at once. (Unwinding instead can hang: a pool being shut down waits for a feeder thread that is
    # blocked writing to workers that are no longer there.)
    stop_workers_and_remove_pending()
    os._exit(128 + signum)


def stop_cleanly_on_sigterm() -> None:
    """Make SIGTERM remove this process's temporary files and worker processes before it ends."""
    with contextlib.suppress(ValueError):  # not the main thread: the default is kept
        signal.signal(signal.SIGTERM, _terminated)


_said_when_interrupted: list = []
"""What the command says on the way out after Ctrl-C while its workers run ('interrupted: … was not written')."""


def say_when_interrupted(say) -> None:
    _said_when_interrupted[:] = [say]


def _interrupted(signum, frame) -> None:
    # As for SIGTERM: out at once, never unwinding through a pool being shut down; the output written so far is
    # flushed first, and the command says what was kept.
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    stop_workers_and_remove_pending()
    for say in _said_when_interrupted:
        with contextlib.suppress(Exception):
            say()
    with contextlib.suppress(Exception):
        sys.stderr.flush()
    os._exit(128 + signum)


@contextlib.contextmanager
def stopped_cleanly_on_ctrl_c():
    """While worker processes run: Ctrl-C stops them and removes every temporary file at once, as SIGTERM does
    (unwinding a pool being shut down can hang), and exits with status 130 after the command's word on it."""
    try:
        previous = signal.signal(signal.SIGINT, _interrupted)
    except ValueError:  # not the main thread: nothing to hold
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _refusal(target: Path, info: os.stat_result) -> str | None:
    mode = info.st_mode
    if stat.S_ISLNK(mode):
        return "is a symbolic link; it is not replaced (write to the file it points to, or to another name)"
    if stat.S_ISDIR(mode):
        return "is a directory; give a file name"
    if not stat.S_ISREG(mode):
        from eligibility.yamlio import special_kind

        return f"is {special_kind(mode) or 'not a regular file'}; it is not replaced (give a file name)"
    return None


def _existing(target: Path, *, force: bool) -> os.stat_result | None:
    """The target's state if it exists (and may be replaced); refuses what must not be."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise os_error(exc, str(target), doing="cannot write the output") from None
    refusal = _refusal(target, info)
    if refusal:
        raise InputError(refusal, file=shown_name(str(target)))
    if not force:
        raise EligibilityError(f"{shown_name(str(target))}: exists; use --force to overwrite it")
    return info


def check_output(path: str | Path, *, force: bool, inputs: Iterable[str | Path | tuple[int, int]] = ()) -> None:
    """Refuse at once, before any work, an output that must not be written.

    A folder is named as such; a file that is also one of the command's inputs (under any spelling: relative,
    absolute, through a symbolic link or as a hard link, compared by device and inode) is refused even with
    --force; then what AtomicOutput refuses (a link or special file; an existing file without --force).
    `inputs` is read only when the output exists, so a generator of many files costs nothing otherwise; an input
    may be given as its (device, inode) where these are known already.
    """
    target = Path(path)
    name = shown_name(str(target))
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise os_error(exc, str(target), doing="cannot write the output") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a directory; give a file name", file=name)
    with contextlib.suppress(OSError):
        info = os.stat(target)  # what a link points to is what would be lost
        for given in inputs:
            if _same(info, given):
                raise InputError("is also an input; give another output file", file=name)
    _existing(target, force=force)


def same_file(path: str | Path, other: str | Path) -> bool:
    """Whether two names are one existing file (by device and inode: links and spellings alike)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return False
    return _same(info, other)


def _same(info: os.stat_result, other: str | Path | tuple[int, int]) -> bool:
    if isinstance(other, tuple):
        return other == (info.st_dev, info.st_ino)
    if str(other) == "-":
        return False
    try:
        seen = os.stat(other)
    except (OSError, ValueError):
        return False
    return (seen.st_dev, seen.st_ino) == (info.st_dev, info.st_ino)


def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


class _OutputFile(io.FileIO):
    """An output file's descriptor, whose faults are the output's: a full disk while a batch is written says that
    the output could not be written, naming it, never that an input could not be read."""

    def __init__(self, fd: int, target: str) -> None:
        super().__init__(fd, "w", closefd=True)
        self.target = target

    def write(self, data) -> int:
        try:
            return super().write(data)
        except OSError as exc:
            raise os_error(exc, self.target, doing="cannot write the output") from None


class AtomicOutput:
    """A text file written under a temporary name and moved into place on success: the one atomic writer.

    Line ends are written as given (no translation), so CSV keeps its \\r\\n and YAML its \\n.
    """

    def __init__(
        self, path: str | Path, *, force: bool = False, encoding: str = "utf-8", newline: str | None = ""
    ) -> None:
        self.target = Path(path)
        self.force = force
        self.name = shown_name(str(self.target))
        self.existing = _existing(self.target, force=force)
        directory = self.target.parent if str(self.target.parent) else Path(".")
        try:
            if not stat.S_ISDIR(os.stat(directory).st_mode):
                raise EligibilityError(f"{self.name}: {directory} is not a folder")
        except FileNotFoundError:
            raise EligibilityError(f"{self.name}: folder {shown_name(str(directory))} does not exist") from None
        except OSError as exc:
            raise os_error(exc, str(self.target), doing="cannot write the output") from None
        try:
            fd, self.temp = tempfile.mkstemp(prefix=f".{self.target.name[:64]}.", suffix=".tmp", dir=directory)
        except OSError as exc:
            if exc.errno == errno.ENOENT and os.path.isdir(directory):
                # The folder is there but takes no new file: a system folder such as /proc or /sys.
                raise InputError(
                    f"cannot write the output: folder {shown_name(str(directory))} takes no new file "
                    "(the output is written beside its name first, then moved into place)",
                    file=self.name,
                ) from None
            raise os_error(exc, str(self.target), doing="cannot write the output") from None
        remember(self.temp)
        self.handle = io.TextIOWrapper(
            io.BufferedWriter(_OutputFile(fd, str(self.target))), encoding=encoding, newline=newline
        )

    def __enter__(self):
        return self.handle

    def __exit__(self, kind, value, tb) -> None:
        try:
            if kind is None:
                self._finish()
        except OSError as exc:
            raise os_error(exc, str(self.target), doing="cannot write the output") from None
        finally:
            if not self.handle.closed:
                with contextlib.suppress(OSError, EligibilityError):  # the fault that ended the writing is said
                    self.handle.close()
            with contextlib.suppress(OSError):
                os.unlink(self.temp)
            forget(self.temp)

    def _finish(self) -> None:
        self.handle.flush()
        fd = self.handle.fileno()
        os.fsync(fd)
        if self.existing is not None:
            os.fchmod(fd, stat.S_IMODE(self.existing.st_mode))
            # Only root (or the owner, for a group it is in) may keep another owner; the mode is kept regardless.
            with contextlib.suppress(OSError):
                os.fchown(fd, self.existing.st_uid, self.existing.st_gid)
        else:
            os.fchmod(fd, _new_file_mode())
        self.handle.close()
        if self.force:
            # Looked at again just before the move: what took the name meanwhile is refused, not replaced.
            try:
                now = os.lstat(self.target)
            except FileNotFoundError:
                now = None
            refusal = _refusal(self.target, now) if now is not None else None
            if refusal:
                raise InputError(refusal, file=self.name)
            os.replace(self.temp, self.target)
        else:
            self._create()

    def _create(self) -> None:
        """Give the finished file its name only if the name is still free."""
        try:
            os.link(self.temp, self.target)
            return
        except FileExistsError:
            raise EligibilityError(f"{self.name}: exists; use --force to overwrite it") from None
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS):
                raise
        # A file system without hard links: create the name exclusively and copy.
        try:
            out = os.open(self.target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _new_file_mode())
        except FileExistsError:
            raise EligibilityError(f"{self.name}: exists; use --force to overwrite it") from None
        try:
            with os.fdopen(out, "wb") as dest, open(self.temp, "rb") as source:
                shutil.copyfileobj(source, dest)
                dest.flush()
                os.fsync(dest.fileno())
        except BaseException:
            os.unlink(self.target)
            raise


def write_atomic(path: str | Path, text: str, *, force: bool = False) -> None:
    """Write `text` to `path` through a temporary file moved into place."""
    with AtomicOutput(path, force=force) as handle:
        handle.write(text)
