"""How much of the preloaded lexicon and running-text model a forked worker un-shares.

Run by hand (not a test), as root (``/proc/kpagecount`` needs it):

    .venv/bin/python benchmarks/bench_cow.py [--docs 2000] [--extract]

The process loads what the batch engine's forkserver loads (``import baocao._preload``: the rule
files, the lexicon, the running-text model, then ``gc.freeze()``), then forks a child, as the
forkserver forks a worker. The child builds ``--docs`` article-sized documents (paragraphs of
``tests/corpus/*.txt`` shuffled, about one syllable in 40 with a mark given another tone, so the
OCR repair rules have work), normalizes them (``--extract``: extracts records from them) and
reports, before and after the work:

- ``/proc/self/smaps_rollup``: Private_Dirty, Shared (clean + dirty) and Pss, in MiB;
- over the pages the parent had mapped at the fork: how many the child now holds privately
  (``/proc/self/pagemap`` + ``/proc/kpagecount``: a page the parent and the child still share
  is mapped twice), the pages holding the lexicon's and the model's objects apart (every key,
  value and item of their tables, found by walking them in the parent before the fork).

Reading a Python object writes its reference count, so every lexicon object a lookup hands back
costs the worker a private copy of its 4 KiB page.

Figures (2 cores shared with other work; 2,000 documents, 16.6 MB, normalize), un-shared pages
after 500 / 1,000 / 2,000 documents, then the child's smaps growth over the 2,000:

    tables keyed by tuples (main at 0d68b5d): parent RSS 114.7 MiB, lexicon+model on 9,547 pages
        un-shared      29.4 / 30.6 / 31.6 MiB, lexicon+model 28.3 / 29.5 / 30.5 MiB
        Private_Dirty +51.4 MiB, Pss +34.6 MiB
    keyed by space-joined str, values str: parent RSS 132.5 MiB, lexicon+model on 10,425 pages
        un-shared      10.5 / 11.5 / 12.4 MiB, lexicon+model  5.1 /  5.2 /  5.7 MiB
        Private_Dirty +23.1 MiB, Pss +16.2 MiB
    the same, the tables copied side by side once built (lexicon.compacted): parent RSS 120.0 MiB,
    lexicon+model on 9,574 pages
        un-shared       8.8 /  9.2 / 10.1 MiB, lexicon+model  3.5 /  3.7 /  3.9 MiB
"""
from __future__ import annotations

import argparse
import gc
import os
import random
import re
import struct
import sys
import time
import unicodedata
from array import array
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = os.sysconf("SC_PAGE_SIZE")
MIB = 1 << 20
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_SYL = re.compile(r"[^\W\d_]+")


def _smaps() -> dict:
    out = {}
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3 and parts[-1] == "kB":
                out[parts[0].rstrip(":")] = int(parts[1]) / 1024
    return out


def _anon_ranges() -> list[tuple[int, int]]:
    """Writable private mappings (heap, anonymous memory, data segments): where objects live."""
    out = []
    with open("/proc/self/maps") as f:
        for line in f:
            parts = line.split()
            lo, hi = (int(x, 16) for x in parts[0].split("-"))
            if parts[1][1] == "w" and parts[1][3] == "p":
                out.append((lo, hi))
    return out


def _pfns(pages) -> dict:
    """Virtual page number -> physical frame number, for the present pages among `pages`."""
    out = {}
    with open("/proc/self/pagemap", "rb") as f:
        for lo, hi in _runs(sorted(pages)):
            f.seek(lo * 8)
            data = f.read((hi - lo) * 8)
            for k, (entry,) in enumerate(struct.iter_unpack("<Q", data)):
                if entry >> 63 and entry & ((1 << 55) - 1):
                    out[lo + k] = entry & ((1 << 55) - 1)
    return out


def _runs(sorted_pages):
    start = prev = None
    for p in sorted_pages:
        if prev is not None and p == prev + 1:
            prev = p
            continue
        if start is not None:
            yield start, prev + 1
        start = prev = p
    if start is not None:
        yield start, prev + 1


def _shared(pages) -> set:
    """The pages among `pages` mapped more than once (here and in the parent, still shared)."""
    pfns = _pfns(pages)
    out = set()
    with open("/proc/kpagecount", "rb") as f:
        for page, pfn in pfns.items():
            f.seek(pfn * 8)
            if struct.unpack("<Q", f.read(8))[0] > 1:
                out.add(page)
    return out


def _objects_pages(roots) -> array:
    """The pages holding the objects reachable from `roots` (keys, values, items, and the headers
    of the containers: their tables, which lookups only read, cannot be found from Python)."""
    seen, pages, stack = set(), set(), list(roots)
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        # a dict's, a set's or a list's table lies elsewhere, out of reach: its header only
        size = object.__sizeof__(obj) if isinstance(obj, (dict, set, frozenset, list)) else \
            sys.getsizeof(obj)
        first = id(obj) // PAGE
        last = (id(obj) + size - 1) // PAGE
        pages.update(range(first, last + 1))
        if isinstance(obj, dict):
            stack.extend(obj.keys())
            stack.extend(obj.values())
        elif isinstance(obj, (tuple, list, set, frozenset)):
            stack.extend(obj)
    return array("Q", sorted(pages))


def _corrupt(text: str, rng: random.Random) -> str:
    """About one marked syllable in 40 gets another tone: the commonest OCR slip."""
    def slip(m):
        s = m.group()
        if rng.randrange(40) or s.isascii():
            return s
        d = unicodedata.normalize("NFD", s)
        old = next((c for c in d if c in _TONES), "")
        new = rng.choice([t for t in _TONES if t != old] + ([""] if old else []))
        if old:
            d = d.replace(old, new, 1)
        else:
            vowels = [k for k, c in enumerate(d) if c.lower() in "aeiouy"]
            if not vowels:
                return s
            k = vowels[-1] if len(vowels) == 1 else vowels[-2]
            d = d[:k + 1] + new + d[k + 1:]
        return unicodedata.normalize("NFC", d)
    return _SYL.sub(slip, text)


def _documents(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    paragraphs = [p for path in sorted((ROOT / "tests" / "corpus").glob("*.txt"))
                  for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    docs = []
    for _ in range(n):
        doc = "\n".join(rng.choice(paragraphs) for _ in range(rng.randint(8, 30)))
        docs.append(_corrupt(doc, rng))
    return docs


def _child(args, lex_pages: array) -> None:
    import baocao
    from baocao.normalize import normalize

    work = baocao.extract if args.extract else normalize
    docs = _documents(args.docs)
    size = sum(len(d.encode()) for d in docs) / 1e6
    gc.collect()
    before = _smaps()
    inherited = {p for lo, hi in _anon_ranges() for p in range(lo // PAGE, hi // PAGE)}
    shared0 = _shared(inherited)
    lex_shared0 = shared0.intersection(lex_pages)
    print(f"child: {args.docs} documents, {size:.1f} MB; before the work: "
          f"{len(shared0)} inherited pages shared ({len(shared0) * PAGE / MIB:.1f} MiB), "
          f"of them {len(lex_shared0)} hold the lexicon or the model "
          f"({len(lex_shared0) * PAGE / MIB:.1f} MiB)")
    t0 = time.process_time()
    marks = sorted({max(1, args.docs // 4), max(1, args.docs // 2), args.docs})
    done = 0
    for mark in marks:
        for doc in docs[done:mark]:
            work(doc)
        done = mark
        now = _shared(shared0)
        lost = len(shared0) - len(now)
        lex_lost = len(lex_shared0) - len(lex_shared0 & now)
        print(f"  after {mark:5d} documents: un-shared {lost:6d} pages ({lost * PAGE / MIB:5.1f} MiB), "
              f"lexicon+model {lex_lost:6d} ({lex_lost * PAGE / MIB:5.1f} MiB)")
    t = time.process_time() - t0
    after = _smaps()
    print(f"  {'normalize' if not args.extract else 'extract'}: {size / t:.2f} MB/s "
          f"({t:.1f} s CPU, with the page counts)")
    for key in ("Rss", "Pss", "Private_Dirty", "Shared_Clean", "Shared_Dirty"):
        print(f"  {key:14} {before[key]:7.1f} -> {after[key]:7.1f} MiB  ({after[key] - before[key]:+.1f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000, help="documents the child works through")
    ap.add_argument("--extract", action="store_true", help="extract records, not only normalize")
    args = ap.parse_args()

    t0 = time.perf_counter()
    import baocao._preload  # noqa: F401  (what the forkserver loads: lexicon, model, gc.freeze)
    from baocao.normalize.lexicon import lexicon
    from baocao.normalize.lm import maybe_model
    load = time.perf_counter() - t0
    roots = [getattr(lexicon(), f) for f in lexicon().__dataclass_fields__]
    lm = maybe_model()
    if lm is not None:
        roots += [getattr(lm, f) for f in lm.__dataclass_fields__]
    lex_pages = _objects_pages(roots)
    rss = _smaps()["Rss"]
    print(f"parent: loaded in {load:.1f} s, RSS {rss:.1f} MiB; the lexicon and the model's objects "
          f"lie on {len(lex_pages)} pages ({len(lex_pages) * PAGE / MIB:.1f} MiB)")
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        try:
            _child(args, lex_pages)
            sys.stdout.flush()
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


if __name__ == "__main__":
    main()
