"""What a batch run shows: its :class:`Summary` (one line on stderr at the end) and a one-line
:class:`Progress` display on a terminal."""
from __future__ import annotations

import os
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Callable, Collection, Iterable, NamedTuple, Optional, Union

from baocao.inputs import SKIP_STAGE, Source


# C0 and C1 controls, DEL, lone surrogates (bytes of a name that is not UTF-8, kept by
# surrogateescape) and the bidirectional overrides and isolates, which reorder what follows them
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u200e\u200f\u202a-\u202e"
                     "\u2066-\u2069]")


def _escape(match: "re.Match[str]") -> str:
    c = ord(match.group())
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def terminal_text(text: str) -> str:
    """`text` safe to print on a terminal: control characters (escape sequences), lone
    surrogates and bidirectional overrides written as ``\\x1b``, ``\\udcff``, ``\\u202e``;
    every other character (Vietnamese letters included) as it is."""
    return _UNSAFE.sub(_escape, text)


@dataclass
class Summary:
    """Counts of a run: documents, records by kind, errors, input bytes, seconds, interrupted."""

    docs: int = 0
    records: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    errors: int = 0
    nbytes: int = 0
    seconds: float = 0.0
    skipped: int = 0
    interrupted: bool = False
    not_read: list[str] = field(default_factory=list)   # files found in folders and not read
    without_text: list[tuple[str, str]] = field(default_factory=list)  # (doc, pages) of PDFs with scanned pages
    row: str = "record"   # what a row of the output is ("indicator" for BatchConfig.table="indicators")

    def line(self) -> str:
        """One line for stderr: ``12 files, 1183 records (date 34, …), 1 error, 0.23 MB in …``."""
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.kinds.items()))
        mb = self.nbytes / 1e6
        rate = mb / self.seconds if self.seconds > 0 else 0.0
        fps = self.docs / self.seconds if self.seconds > 0 else 0.0
        parts = [f"{self.docs} file{'s' * (self.docs != 1)}",
                 f"{self.records} {self.row}{'s' * (self.records != 1)}"
                 + (f" ({kinds})" if kinds and self.row == "record" else ""),
                 f"{self.errors} error{'s' * (self.errors != 1)}"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already in the output)")
        if self.without_text:
            n = len(self.without_text)
            parts.append(f"{n} PDF{'s' * (n != 1)} with pages without text")
        if self.not_read:
            by = Counter(os.path.splitext(d)[1].lower() or "no suffix" for d in self.not_read)
            parts.append(f"{len(self.not_read)} not read ("
                         + ", ".join(f"{terminal_text(k)} {n}" for k, n in sorted(by.items()))
                         + ")")
        parts.append(f"{mb:.2f} MB in {self.seconds:.1f} s ({rate:.2f} MB/s, {fps:.0f} files/s)")
        return ", ".join(parts) + (" — interrupted" if self.interrupted else "")


def without_text_message(pages: str, total: Optional[int] = None) -> str:
    """The warning for a PDF whose pages `pages` (``'2-5, 9'``) have no text layer."""
    of = f" of {total}" if total else ""
    return (f"pages without text (scanned), not read: {pages}{of}; --ocr tesseract (ocr="
            "'tesseract') recognizes them")


class Totals(NamedTuple):
    """What a run has to do, counted while it runs (:func:`count_totals`): input bytes and
    documents (None when rows of tables or stdin make the count unknown), and of them the bytes
    and documents a resumed output already holds."""

    nbytes: int
    docs: Optional[int] = None
    done_nbytes: int = 0
    done_docs: int = 0


class Progress:
    """A one-line progress display on a terminal: documents (``N/TOTAL`` once the total is
    known), files/s, MB/s, errors, percent and ETA.

    The total comes from `count_total` (bytes, or :class:`Totals`), which a background thread
    calls while the run goes on; on a resumed run the documents already done count in both the
    total and the progress, so the line reaches ``TOTAL/TOTAL`` and 100%.
    """

    def __init__(self, stream: IO[str],
                 count_total: Optional[Callable[[], Union[int, Totals, tuple[int, ...]]]] = None,
                 interval: float = 0.2):
        self.stream = stream
        self.interval = interval
        self.total: Optional[int] = None
        self.totals: Optional[Totals] = None
        self.t0 = time.perf_counter()
        self.last = 0.0
        self.summary = Summary()
        self.shown = False
        self._counter: Optional[threading.Thread] = None
        if count_total is not None:
            self._counter = threading.Thread(target=self._count, args=(count_total,), daemon=True)
            self._counter.start()

    def _count(self, fn: Callable[[], Union[int, Totals, tuple[int, ...]]]) -> None:
        try:
            got = fn()
            totals = Totals(got) if isinstance(got, int) else Totals(*got)
            self.totals, self.total = totals, totals.nbytes
        except Exception:
            self.total = None

    def wait(self, timeout: Optional[float] = None) -> None:
        """Wait until the total is counted (or `timeout` seconds)."""
        if self._counter is not None:
            self._counter.join(timeout)

    def update(self, summary: Summary) -> None:
        self.summary = summary
        self.tick()

    def tick(self) -> None:
        now = time.perf_counter()
        if now - self.last < self.interval:
            return
        self.last = now
        s, dt = self.summary, max(now - self.t0, 1e-9)
        totals = self.totals or Totals(0)
        rate = s.nbytes / dt
        docs = s.docs + totals.done_docs
        of = f"/{totals.docs}" if totals.docs is not None else ""
        line = (f"{docs}{of} files  {s.docs / dt:.0f} files/s  {rate / 1e6:.2f} MB/s  "
                f"{s.records} {s.row}s  {s.errors} errors")
        if self.total and rate > 0:
            done = s.nbytes + totals.done_nbytes
            left = max(self.total - done, 0) / rate
            pct = min(100.0, 100.0 * done / self.total)
            line = f"{pct:5.1f}%  " + line + f"  ETA {int(left // 60)}:{int(left % 60):02d}"
        self.stream.write("\r\x1b[K" + line)
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.last = 0.0


def _size(s: Source) -> int:
    if s.path:
        try:
            return os.path.getsize(s.path)
        except OSError:
            return 0
    return s.size


def count_totals(sources: Iterable[Source], done: Collection[str] = (),
                 count_docs: bool = True) -> Totals:
    """The :class:`Totals` of `sources` (files not read, stage ``skip``, left out), the ones
    whose doc is in `done` counted apart; ``count_docs=False`` when a source may stand for many
    documents (a table read with ``rows=False``)."""
    nbytes = docs = done_nbytes = done_docs = 0
    for s in sources:
        if s.error is not None and s.error[0] == SKIP_STAGE:
            continue
        size = _size(s)
        nbytes += size
        docs += 1
        if s.doc in done:
            done_nbytes += size
            done_docs += 1
    return Totals(nbytes, docs if count_docs else None, done_nbytes, done_docs)


def total_bytes(sources: Iterable[Source]) -> int:
    """Sum of the sizes of the files among `sources` (for the progress bar's ETA)."""
    return sum(_size(s) for s in sources)
