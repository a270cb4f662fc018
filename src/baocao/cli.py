"""Command line: ``baocao extract PATH… [--format jsonl|csv|parquet] [-o OUT]``,
``baocao normalize PATH [--explain]``, ``baocao schema``.

Each file is processed on its own: a file that cannot be read or decoded gives one line on stderr
naming it, and the other files are still processed. Exit codes: 0 all files done, 1 some files
failed, 2 bad usage (argparse) or an output that cannot be written.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Iterator, Optional

from baocao import __version__
from baocao.document import DecodeError, read_text
from baocao.extract import EXTRACTORS, extract
from baocao.schema import json_schema

FORMATS = ("jsonl", "csv", "parquet")


def _inputs(paths: list[str], errors: list[str]) -> Iterator[Path]:
    """Yield input files in the order given, folders expanded (``*.txt``, sorted), duplicates dropped."""
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*.txt") if f.is_file())
        elif p.is_file():
            found = [p]
        else:
            errors.append(f"{raw}: no such file or directory")
            print(f"baocao: error: {errors[-1]}", file=sys.stderr)
            continue
        for f in found:
            if f not in seen:
                seen.add(f)
                yield f


def _records(files: Iterator[Path], kinds: Optional[set[str]], errors: list[str]):
    for f in files:
        try:
            text = read_text(f)
        except (DecodeError, OSError) as exc:
            msg = str(exc) if isinstance(exc, DecodeError) else f"{f}: {exc.strerror or exc}"
            errors.append(msg)
            print(f"baocao: error: {msg}", file=sys.stderr)
            continue
        yield from extract(text, doc=str(f), kinds=kinds)


def _cmd_extract(args) -> int:
    kinds = set(args.kinds.split(",")) if args.kinds else None
    known = {m.KIND for m in EXTRACTORS}
    if kinds and not kinds <= known:
        print(f"baocao: error: unknown kinds {sorted(kinds - known)}; known: {sorted(known)}",
              file=sys.stderr)
        return 2
    if args.format == "parquet" and not args.output:
        print("baocao: error: --format parquet needs -o OUT (Parquet is binary)", file=sys.stderr)
        return 2
    if args.format == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            print("baocao: error: Parquet output needs pyarrow: pip install 'baocao[parquet]'",
                  file=sys.stderr)
            return 2
    out = None
    if args.output:  # open before any work, so an unwritable path fails at once
        try:
            out = (open(args.output, "wb") if args.format == "parquet"
                   else open(args.output, "w", encoding="utf-8", newline=""))
        except OSError as exc:
            print(f"baocao: error: cannot write {args.output}: {exc.strerror or exc}",
                  file=sys.stderr)
            return 2
    errors: list[str] = []
    records = _records(_inputs(args.paths, errors), kinds, errors)
    try:
        if args.format == "jsonl":
            stream = out or sys.stdout
            for rec in records:
                stream.write(rec.model_dump_json(exclude_none=True) + "\n")
        else:
            from baocao.frame import to_frame

            frame = to_frame(records)
            if args.format == "csv":
                frame.to_csv(out or sys.stdout, index=False, lineterminator="\n")
            else:
                frame.to_parquet(out, index=False)
    finally:
        if out is not None:
            out.close()
    return 1 if errors else 0


def _cmd_normalize(args) -> int:
    from baocao.normalize import NormalizeConfig, normalize

    try:
        text = read_text(args.path)
    except (DecodeError, OSError) as exc:
        msg = str(exc) if isinstance(exc, DecodeError) else f"{args.path}: {exc.strerror or exc}"
        print(f"baocao: error: {msg}", file=sys.stderr)
        return 1
    tone = None if args.tone_style == "keep" else args.tone_style
    n = normalize(text, NormalizeConfig(tone_style=tone, ocr=not args.no_ocr,
                                        threshold=args.threshold))
    if args.explain:
        sys.stdout.write(n.explain(suggestions=args.suggestions) + "\n")
    else:
        sys.stdout.write(n.text)
    return 0


def _cmd_schema(args) -> int:
    json.dump(json_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="baocao", description="Structured figures from Vietnamese reports.")
    parser.add_argument("--version", action="version", version=f"baocao {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract records from text files or folders")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="UTF-8 .txt files or folders")
    ex.add_argument("--format", choices=FORMATS, default="jsonl",
                    help="output format (default: jsonl, one record per line)")
    ex.add_argument("-o", "--output", metavar="OUT", help="output file (default: stdout)")
    ex.add_argument("--kinds", metavar="K1,K2", help="only these kinds, comma-separated")
    ex.set_defaults(func=_cmd_extract)
    no = sub.add_parser("normalize", help="print a file's normalized text, or explain the edits")
    no.add_argument("path", metavar="PATH", help="a UTF-8 .txt file")
    no.add_argument("--explain", action="store_true",
                    help="print one line per edit (offset, before, after, rule, confidence, why)")
    no.add_argument("--suggestions", action="store_true",
                    help="with --explain, also list the OCR fixes below the threshold (not applied)")
    no.add_argument("--tone-style", choices=("new", "old", "keep"), default="new",
                    help="tone-mark placement: new (hòa, thủy; default), old (hoà, thuỷ) or keep")
    no.add_argument("--threshold", type=float, default=0.8,
                    help="apply OCR fixes with at least this confidence (default 0.8)")
    no.add_argument("--no-ocr", action="store_true", help="Unicode hygiene only, no OCR repair")
    no.set_defaults(func=_cmd_normalize)
    sc = sub.add_parser("schema", help="print the JSON Schema of the records")
    sc.set_defaults(func=_cmd_schema)
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # UTF-8 whatever the locale says
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `baocao extract … | head`: the reader left; stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
