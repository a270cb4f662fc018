"""Command line: ``baocao extract PATH… [--format jsonl|csv|parquet] [-o OUT]``,
``baocao indicators PATH… [-o OUT.parquet|.csv|.jsonl]``, ``baocao normalize PATH|- [--explain]``,
``baocao schema``, ``baocao view FILE [-o OUT.html]`` (:mod:`baocao.view`).

``extract`` runs the batch engine (:mod:`baocao.batch`): each document is processed on its own, and
one that cannot be read, decoded or extracted in time gives an error row (``doc, stage, error,
message``) in the errors table and one line on stderr naming it, while the others are still
processed. Records come out in input order, so two runs, with any ``--jobs``, write the same bytes.
The output format follows OUT's extension (``.parquet``, ``.csv``, ``.jsonl`` or ``.json``;
:func:`baocao.batch.config.output_format`): another extension is bad usage unless ``--format`` is
given, and a ``--format`` that disagrees with the extension is bad usage too.
The errors and documents tables go beside OUT in its format (``out.parquet`` →
``out.errors.parquet``, ``out.documents.parquet``), or to ``--errors``/``--documents FILE`` in the
format of FILE's extension; an output that exists already is overwritten only with ``--force``
(or continued with ``--resume``).
Exit codes (:data:`EXIT_CODES`): 0 all documents done, 1 some failed, 2 bad usage (argparse) or an
output that cannot be written, names an input or another output, or exists (without ``--force``;
all checked before any work starts), 3
the run could not write its outputs (a full disk: the previous outputs are kept, what was written
is left beside as ``OUT.partial`` for ``--resume``), 4 the worker processes keep dying, 130
interrupted (Ctrl-C), 143 stopped by SIGTERM (both: the outputs are closed, ``--resume``
continues).

``indicators`` is the same run with another table (``BatchConfig(table="indicators")``): each
document's rows of :func:`baocao.indicators`, the same inputs, options (but ``--kinds`` and
``--piece-chars``), format rule, side tables and exit codes.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from types import FrameType
from typing import Any, Optional

from baocao.core.version import __version__
from baocao.batch import FORMATS, BatchConfig, Progress, Stop, WorkerError, count_totals, run
from baocao.batch.config import output_format, table_format
from baocao.batch.documents import ErrorRow, saved_onto_input, saved_onto_message
from baocao.batch.outputs import OutputError, Outputs, beside, earlier_documents
from baocao.batch.sinks import arrow
from baocao.batch.progress import terminal_text
from baocao.core.decoding import decode
from baocao.document import DecodeError, read_text
from baocao.errors import MISSING_DEPENDENCY
from baocao.extract import RULE_KINDS
from baocao.inputs import InputOptions, iter_sources
from baocao.options import DEFAULT_MAX_BYTES, OCR_THRESHOLD, ExtractOptions, parse_size
from baocao.schema import json_schema


#: the exit codes of ``baocao extract`` and ``baocao indicators``: code -> what it means
EXIT_CODES = {
    0: "every document done",
    1: "some documents failed (see the errors table)",
    2: "bad usage, or an output that cannot be written, names an input or another output, or "
       "exists without --force (before any work)",
    3: "the run could not write its outputs (a full disk); the previous outputs are kept",
    4: "the worker processes keep dying",
    130: "interrupted (Ctrl-C); --resume continues",
    128 + signal.SIGTERM: "stopped by SIGTERM; --resume continues",
}


def _fail(msg: str) -> int:
    print(f"baocao: error: {terminal_text(msg)}", file=sys.stderr)
    return 2


def _beside(args: argparse.Namespace, given: Optional[str], what: str) -> Optional[str]:
    """FILE given, or beside -o OUT in its format: ``out.parquet`` → ``out.WHAT.parquet``; none
    for stdout."""
    return beside(args.output, given, what, args.format)


def _errors_path(args: argparse.Namespace) -> Optional[str]:
    """--errors FILE, or beside -o OUT: ``out.parquet`` → ``out.errors.parquet``; none for
    stdout."""
    return _beside(args, args.errors, "errors")


def _cmd_extract(args: argparse.Namespace) -> int:
    try:   # the kinds checked where every setting of the rules is (ExtractOptions)
        kinds = ExtractOptions(kinds=args.kinds.split(",")).kinds if args.kinds else None
    except ValueError as exc:
        return _fail(str(exc))
    if kinds == frozenset(RULE_KINDS):
        kinds = None   # every kind: the same run as without --kinds
    if args.piece_chars < 1000:
        return _fail("--piece-chars must be at least 1000")
    return _run_batch(args, kinds=kinds, piece_chars=args.piece_chars)


def _cmd_indicators(args: argparse.Namespace) -> int:
    return _run_batch(args, table="indicators")


def _run_batch(args: argparse.Namespace, **settings: Any) -> int:
    """Run the batch engine on the inputs of `args` (``extract`` and ``indicators`` share every
    option but the few that make `settings`: BatchConfig fields) and write its tables."""
    try:   # the format follows -o's extension, or --format (which must agree with it)
        args.format = output_format(args.output, args.format)
    except ValueError as exc:
        return _fail(str(exc))
    if args.output == "-":
        args.output = None
    if args.format == "parquet" and not args.output:
        return _fail("--format parquet needs -o OUT (Parquet is binary)")
    errors_path = _errors_path(args)
    documents_path = _beside(args, args.documents, "documents")
    if args.resume and not args.documents and documents_path:
        documents_path = earlier_documents(args.output, documents_path)
    if "parquet" in [table_format(p) for p in (errors_path, documents_path) if p] + [args.format]:
        try:
            arrow()   # pyarrow, loaded to allocate with malloc (no gigabyte reserved)
        except ImportError:
            return _fail("Parquet output needs pyarrow: pip install 'baocao[parquet]'")
    if args.jobs < 1:
        return _fail("--jobs must be at least 1")
    if args.resume and (not args.output or args.format == "csv"):
        return _fail("--resume needs -o OUT in jsonl or parquet format")
    if args.id_column and not args.text_column:
        return _fail("--id-column needs --text-column")
    if args.paths.count("-") > 1:
        return _fail("stdin (-) can be given once")
    if args.ocr and args.no_ocr:
        return _fail("--ocr tesseract gives OCR'd text, which needs the OCR repair: "
                     "leave out --no-ocr")
    if args.ocr:
        from baocao.errors import LoadError
        from baocao.pdf import check_tesseract

        try:
            check_tesseract()
        except LoadError as exc:
            return _fail(exc.message)
    if args.save_text:
        try:
            os.makedirs(args.save_text, exist_ok=True)
        except OSError as exc:
            return _fail(f"cannot write {args.save_text}: {exc.strerror or exc}")
    from baocao.core.vocabulary import given_or_environment

    try:   # --vocabulary, else BAOCAO_VOCABULARY: read and checked once, before any document
        vocabulary = given_or_environment(args.vocabulary)
    except ValueError as exc:
        return _fail(str(exc))
    config = BatchConfig(fmt=args.format, jobs=args.jobs, timeout=args.timeout,
                         ocr=not args.no_ocr, ocr_engine=args.ocr, save_text=args.save_text,
                         max_bytes=args.max_bytes, extract=ExtractOptions(vocabulary=vocabulary),
                         **settings)
    saved = frozenset({os.path.realpath(args.save_text)} if args.save_text else ())
    listing = InputOptions(text_column=args.text_column, id_column=args.id_column,
                           include=tuple(args.include), exclude_globs=tuple(args.exclude),
                           images=bool(args.ocr), exclude_folders=saved)
    countable = [p for p in args.paths if p != "-"]
    onto = args.save_text and saved_onto_input(args.save_text, countable, listing)
    if onto:
        return _fail(saved_onto_message(onto))
    try:
        outputs = Outputs.open(config, args.output, errors=errors_path, documents=documents_path,
                               resume=args.resume, stdout=sys.stdout,
                               on_warning=lambda message: print(
                                   f"baocao: warning: {terminal_text(message)}", file=sys.stderr),
                               inputs=lambda: iter_sources(countable, listing, rows=False),
                               overwrite=args.force)
    except OutputError as exc:
        return _fail(str(exc))
    options = InputOptions(text_column=args.text_column, id_column=args.id_column,
                           exclude=outputs.paths(), include=tuple(args.include),
                           exclude_globs=tuple(args.exclude), images=bool(args.ocr),
                           max_bytes=args.max_bytes, exclude_folders=saved)
    sources = outputs.pending(iter_sources(args.paths, options))

    progress = None
    if not args.quiet and sys.stderr.isatty():
        exact = not args.text_column and len(countable) == len(args.paths)  # one source a doc
        progress = Progress(sys.stderr, lambda: count_totals(
            iter_sources(countable, options, rows=False), outputs.done, exact))

    missing: set[str] = set()   # the missing extras reported (once per run, not per file)

    def on_error(row: ErrorRow) -> None:
        doc, stage, error, message = row
        if error == MISSING_DEPENDENCY and message in missing:
            return
        if progress is not None:
            progress.clear()
        if error == MISSING_DEPENDENCY:
            missing.add(message)
            message += " (every such file fails; the errors table lists them)"
        print(f"baocao: error: {terminal_text(f'{doc}: {message}')}", file=sys.stderr)

    def on_warning(doc: str, message: str) -> None:
        if progress is not None:
            progress.clear()
        print(f"baocao: warning: {terminal_text(f'{doc}: {message}')}", file=sys.stderr)

    stop = Stop()
    previous = {}
    signalled: list[int] = []
    if threading.current_thread() is threading.main_thread():
        def on_signal(signum: int, frame: Optional[FrameType]) -> None:
            if stop.requested:  # a second Ctrl-C (or SIGTERM): stop now
                raise KeyboardInterrupt
            stop.set()
            signalled.append(signum)
            if progress is not None:
                progress.clear()
            what = "interrupted" if signum == signal.SIGINT else "stopped (SIGTERM)"
            print(f"baocao: {what}: finishing the current file (Ctrl-C again to abort)",
                  file=sys.stderr)
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, on_signal)
    summary = None
    failure: Optional[BaseException] = None
    whole = False   # the files hold whole documents: they go into place
    try:
        summary = run(sources, outputs.sink, outputs.errors, config, stop=stop,
                      on_error=on_error, progress=progress, documents=outputs.documents,
                      on_warning=on_warning, inputs_checked=True)   # saved_onto_input above
        whole = True
    except KeyboardInterrupt:
        whole = True
        raise
    except BrokenPipeError:
        raise
    except (OSError, WorkerError) as exc:   # a write failed; the workers keep dying
        failure = exc
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if progress is not None:
            progress.clear()
        try:
            outputs.close(complete=whole)
        except OSError as exc:
            failure = failure or exc
    if failure is not None:
        return _run_failed(outputs, failure)
    assert summary is not None
    summary.skipped = outputs.skipped
    if not args.quiet:
        line = summary.line()
        if (summary.errors or summary.not_read) and errors_path:
            line += f"; {'errors and ' if summary.errors else ''}files not read listed in " \
                    f"{errors_path}"
        elif summary.not_read:
            shown = ", ".join(summary.not_read[:5])
            more = f" and {len(summary.not_read) - 5} more" if len(summary.not_read) > 5 else ""
            line += f"; not read: {shown}{more}"
        if summary.interrupted:
            line += "; run again with --resume to continue" if args.output else ""
        print(f"baocao: {terminal_text(line)}", file=sys.stderr)
    if summary.interrupted:
        return 128 + signalled[0] if signalled else 130
    return 1 if summary.errors else 0


def _run_failed(outputs: Outputs, failure: BaseException) -> int:
    """One line for a run that could not go on: 3 (it could not write), 4 (workers keep dying)."""
    kept = outputs.written()
    beside_ = (f"; the previous outputs are as they were, what was written is in "
               f"{', '.join(kept)} (--resume continues it)" if kept else "")
    if isinstance(failure, WorkerError):
        print(f"baocao: error: {terminal_text(str(failure))}{terminal_text(beside_)}",
              file=sys.stderr)
        return 4
    assert isinstance(failure, OSError)
    targets = (["stdout"] if outputs.output is None else []) + \
        [path for _, path in outputs.targets()]
    name = failure.filename or ", ".join(targets)
    print(f"baocao: error: cannot write {terminal_text(str(name))}: "
          f"{failure.strerror or failure}{terminal_text(beside_)}", file=sys.stderr)
    return 3


def _cmd_normalize(args: argparse.Namespace) -> int:
    from baocao.normalize import NormalizeConfig, normalize

    if args.path == "-":   # stdin: its bytes decoded as a file's are
        try:
            text = decode(sys.stdin.buffer.read(), "<stdin>")
        except DecodeError as exc:
            print(f"baocao: error: {exc}", file=sys.stderr)
            return 1
    elif args.path.lower().endswith(".pdf"):   # the text a PDF becomes (baocao.pdf)
        from baocao.errors import LoadError
        from baocao.inputs import Source, load

        try:
            text = load(Source(doc=args.path, path=args.path)).text
        except LoadError as exc:
            print(f"baocao: error: {args.path}: {exc.message}", file=sys.stderr)
            return 1
        except OSError as exc:
            print(f"baocao: error: {args.path}: {exc.strerror or exc}", file=sys.stderr)
            return 1
    else:
        try:
            text = read_text(args.path)
        except (DecodeError, OSError) as exc:
            msg = str(exc) if isinstance(exc, DecodeError) else \
                f"{args.path}: {exc.strerror or exc}"
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


def _cmd_schema(args: argparse.Namespace) -> int:
    json.dump(json_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _cmd_view(args: argparse.Namespace) -> int:
    from baocao.view.command import view_file

    return view_file(args.path, args.output, ocr=args.ocr)


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _batch_arguments(p: argparse.ArgumentParser, records: bool) -> None:
    """The options of ``extract`` (`records`) and of ``indicators``, which share the batch engine:
    ``extract`` alone has --kinds and --piece-chars; both take the format of OUT's extension."""
    what = "record" if records else "indicator row"
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help=".txt/.html/.docx/.pdf files, folders (recursive), glob patterns, - for "
                        "stdin; .jsonl/.csv with --text-column")
    out = p.add_argument_group("output")
    out.add_argument("--format", choices=FORMATS, default=None,
                     help="output format (default: the extension of OUT, .parquet, .csv or "
                          ".jsonl/.json, any other being an error; jsonl, one row per line, on "
                          "stdout); given, it must agree with OUT's extension")
    out.add_argument("-o", "--output", metavar="OUT", help="output file (default: stdout)")
    out.add_argument("--errors", metavar="FILE",
                     help="errors table, in the format of FILE's extension (.parquet, .csv, "
                          "else JSONL; default: beside OUT in OUT's format, out.parquet → "
                          "out.errors.parquet; none when writing to stdout or a device)")
    out.add_argument("--documents", metavar="FILE",
                     help=f"documents table, one row per document read (format, encoding, HTML "
                          f"title and date, chars, {'records' if records else 'records: its rows'}"
                          "), in the format of FILE's extension (default: beside OUT in OUT's "
                          "format, out.csv → out.documents.csv; none when writing to stdout or a device)")
    out.add_argument("--force", action="store_true",
                     help="overwrite OUT and the side tables when they exist (without it, a run "
                          "that is not --resume refuses, before any work, to overwrite a file "
                          "that holds something)")
    if records:
        out.add_argument("--kinds", metavar="K1,K2", help="only these kinds, comma-separated")
    out.add_argument("--no-ocr", action="store_true",
                     help="no OCR diacritic repair before extracting (the rest of the "
                          "normalizer stays): for born-digital text such as news pages, more "
                          "than twice as fast")
    out.add_argument("--save-text", metavar="DIR",
                     help=f"write each document's text (UTF-8), the text the {what}s' offsets "
                          "point into, to DIR/PATH.txt (PATH: the document's path): the decoded "
                          "text, which for a legacy-encoded or NFD file is not the file as read "
                          "(the documents table's decoding says what was converted); for a PDF, "
                          "its pages separated by form feeds; DIR's files are never read as "
                          "inputs, and a text that would overwrite an input is refused")
    out.add_argument("--vocabulary", metavar="PATH",
                     help="a YAML file (or folder of them) of units, scale words, indicator keys "
                          "and places added to the bundled ones (default: $BAOCAO_VOCABULARY; "
                          "see docs/vocabulary.md)")
    pdf = p.add_argument_group("inputs")
    pdf.add_argument("--ocr", choices=("tesseract",), default=None,
                     help="recognize PDF pages that have no text layer (scanned), and image "
                          "files, with Tesseract and its Vietnamese data (apt-get install "
                          "tesseract-ocr tesseract-ocr-vie); without it such pages are listed "
                          "and left empty, and images not read")
    pdf.add_argument("--include", action="append", default=[], metavar="GLOB",
                     help="read only the files of folders and patterns that match GLOB (its "
                          "name or its path below the folder; repeatable), of any suffix "
                          "(other formats read as text)")
    pdf.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                     help="never read the files of folders and patterns that match GLOB "
                          "(repeatable); files of folders that are neither read nor excluded "
                          "are counted and listed as not read")
    inp = p.add_argument_group("tables")
    inp.add_argument("--text-column", metavar="NAME",
                     help="read .jsonl/.csv inputs (and - as JSONL) as one document per row, "
                          "the text in this column")
    inp.add_argument("--id-column", metavar="NAME",
                     help="column naming each row's document (default: PATH#ROW)")
    run_ = p.add_argument_group("running")
    run_.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                      help="worker processes (default: 1); the output is the same for any N")
    run_.add_argument("--max-bytes", type=_size, default=DEFAULT_MAX_BYTES, metavar="SIZE",
                      help="the most bytes one input may hold (a file, stdin, a table row, a "
                           ".docx's expanded members): 100K, 512M, 2G; 0 for no limit "
                           "(default: 512M); a larger one is an error row, read no further")
    run_.add_argument("--timeout", type=float, default=BatchConfig.timeout, metavar="SECONDS",
                      help="time limit per document, 0 for none (default: %(default)g)")
    if records:
        run_.add_argument("--piece-chars", type=int, default=BatchConfig.piece_chars,
                          metavar="N",
                          help="extract a document longer than N characters in pieces of about "
                               "N, cut after a sentence, writing each piece's records before "
                               "reading the next; the time limit applies per piece "
                               "(default: %(default)d)")
    run_.add_argument("--resume", action="store_true",
                      help="skip the documents OUT (jsonl, parquet) already holds whole, as its "
                           "documents table says, and add the rest (give the same "
                           f"{'--kinds and ' if records else ''}--no-ocr as the run it "
                           "continues)")
    run_.add_argument("-q", "--quiet", action="store_true",
                      help="no progress bar and no summary (errors are still reported)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="baocao", description="Structured figures from Vietnamese reports.")
    parser.add_argument("--version", action="version", version=f"baocao {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract records from files, folders, patterns or stdin")
    _batch_arguments(ex, records=True)
    ex.set_defaults(func=_cmd_extract)
    ind = sub.add_parser(
        "indicators", help="the tidy indicator table of files, folders, patterns or stdin",
        description="Write the tidy indicator table: one row per indicator, the columns of "
                    "baocao.indicators() (doc, province, district, commune, report_type, key, "
                    "name, period, framing, value, unit, target, achievement, status, … text, "
                    "start, end), the same rows as baocao.indicators(baocao.parse(text, doc=…)) "
                    "of each document in turn, in input order. Inputs, the errors and documents "
                    "tables, --jobs, --resume and the exit codes are those of baocao extract "
                    "(0 all documents done, 1 some failed, 2 bad usage or an output that cannot "
                    "be written, 3 the run could not write, 4 the workers keep dying, 130 "
                    "interrupted, 143 SIGTERM). Each document is parsed whole.",
        epilog="examples: baocao indicators reports/ -o ind.parquet;  "
               "baocao indicators tests/corpus/*.txt -o ind.csv --jobs 4;  "
               "baocao indicators articles.jsonl --text-column body --id-column url > ind.jsonl")
    _batch_arguments(ind, records=False)
    ind.set_defaults(func=_cmd_indicators)
    no = sub.add_parser("normalize", help="print a file's normalized text, or explain the edits")
    no.add_argument("path", metavar="PATH",
                    help="a .txt file, a .pdf (its text layer), or - for stdin (decoded as a "
                         "file is: UTF-8, UTF-16 or a legacy Vietnamese encoding)")
    no.add_argument("--explain", action="store_true",
                    help="print one line per edit (offset, before, after, rule, confidence, why)")
    no.add_argument("--suggestions", action="store_true",
                    help="with --explain, also list the OCR fixes below the threshold (not applied)")
    no.add_argument("--tone-style", choices=("new", "old", "keep"), default="new",
                    help="tone-mark placement: new (hòa, thủy; default), old (hoà, thuỷ) or keep")
    no.add_argument("--threshold", type=float, default=OCR_THRESHOLD,
                    help="apply OCR fixes with at least this confidence (default %(default)g)")
    no.add_argument("--no-ocr", action="store_true", help="Unicode hygiene only, no OCR repair")
    no.set_defaults(func=_cmd_normalize)
    vw = sub.add_parser("view", help="write one file's report as an HTML page to look at",
                        description="Write a self-contained HTML page of one document: every record "
                                    "highlighted by kind (hover or click for its fields and rule), the "
                                    "normalizer's edits marked, footnote anchors linked to their bodies, "
                                    "and the indicator table beside the text, each row linking to its span.")
    vw.add_argument("path", metavar="FILE", help="a .txt, .html, .docx or .pdf file")
    vw.add_argument("-o", "--output", metavar="OUT.html",
                    help="where to write the page (default: FILE with .html; - for stdout)")
    vw.add_argument("--ocr", choices=("tesseract",), help="recognize a PDF's scanned pages")
    vw.set_defaults(func=_cmd_view)
    sc = sub.add_parser("schema", help="print the JSON Schema of the records")
    sc.set_defaults(func=_cmd_schema)
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # UTF-8 whatever the locale says
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except BrokenPipeError:  # `baocao extract … | head`: the reader left; stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:  # a second Ctrl-C: the outputs were closed on the way out
        print("baocao: aborted: the output holds whole documents; run again with --resume to "
              "continue", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
