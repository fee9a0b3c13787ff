"""What the long commands print: one line per lesson (and per explorer's frames), without the
warning every kernel logs when it starts."""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import time

#: Every kernel logs this when it starts; it says nothing the reader can act on.
KERNEL_NOISE = re.compile(r"Kernel is running over TCP without encryption")


class KernelLogFilter:
    """Send file descriptor 2 through a temporary file while kernels run, minus their noise.

    Kernels started by nbclient write their log to the parent's standard error, and every one
    warns that it "is running over TCP without encryption" (it listens on 127.0.0.1 only).
    Inside the ``with`` block standard error goes to a temporary file; :meth:`flush` copies
    every line except that warning to the real standard error. Where ``os.pread`` is missing
    (Windows) nothing is filtered.
    """

    def __init__(self, noise=KERNEL_NOISE):
        self.noise = noise
        self._file = None

    def __enter__(self):
        if not hasattr(os, "pread"):
            return self
        sys.stderr.flush()
        self._file = tempfile.TemporaryFile()
        self._saved = os.dup(2)
        self._offset = 0
        self._pending = b""
        os.dup2(self._file.fileno(), 2)
        return self

    def flush(self):
        """Copy what was written since the last call, without the noise lines."""
        if self._file is None:
            return
        with contextlib.suppress(ValueError, OSError):
            sys.stderr.flush()
        while True:
            chunk = os.pread(self._file.fileno(), 1 << 16, self._offset)
            if not chunk:
                break
            self._offset += len(chunk)
            self._pending += chunk
        *lines, self._pending = self._pending.split(b"\n")
        kept = [line + b"\n" for line in lines if not self.noise.search(line.decode(errors="replace"))]
        if kept:
            os.write(self._saved, b"".join(kept))

    def __exit__(self, *exc):
        if self._file is None:
            return False
        self.flush()
        if self._pending and not self.noise.search(self._pending.decode(errors="replace")):
            os.write(self._saved, self._pending)
        os.dup2(self._saved, 2)
        os.close(self._saved)
        self._file.close()
        self._file = None
        return False


class Progress:
    """Print one line per lesson, ``[i/n]  seconds  name``, flushing kernel logs first."""

    def __init__(self, total, log_filter=None):
        self.total, self.count = total, 0
        self.log_filter = log_filter
        self.start = self.last = time.perf_counter()

    def __call__(self, path, seconds=None):
        now = time.perf_counter()
        seconds = now - self.last if seconds is None else seconds
        self.last = now
        self.count += 1
        if self.log_filter is not None:
            self.log_filter.flush()
        print(f"[{self.count}/{self.total}] {seconds:6.1f} s  {path}", flush=True)

    @property
    def elapsed(self):
        return time.perf_counter() - self.start


class FrameProgress:
    """Print one line per explorer when its frames are drawn (or reused from the cache)."""

    def __init__(self):
        self.explorers = self.frames = self.reused = 0
        self.start = time.perf_counter()

    def __call__(self, name, done, total, cached=False):
        now = time.perf_counter()
        if done == 0:
            self.start = now
        if done != total:
            return
        self.explorers += 1
        self.frames += total
        self.reused += bool(cached)
        how = "reused" if cached else f"drawn in {now - self.start:5.1f} s"
        print(f"  frames  {total:4d} {how}  {name}", flush=True)

    def summary(self):
        return (f"{self.explorers} explorers, {self.frames} frames, "
                f"{self.reused} explorers reused from the cache")
