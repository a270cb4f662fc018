"""``baocao view FILE [-o OUT.html]``: parse one file and write its viewer page."""
from __future__ import annotations

import os
import sys
from typing import Optional

__all__ = ["view_file"]


def view_file(path: str, output: Optional[str] = None, *, ocr: Optional[str] = None) -> int:
    """Parse `path` (any file :func:`baocao.parse_file` reads) and write its viewer page to
    `output` (``FILE.html`` beside the input when None, stdout for ``-``). Returns the exit code:
    0 written, 1 the file cannot be read, 2 the output cannot be written (checked first)."""
    from baocao.errors import ReadError
    from baocao.report import parse_file
    from baocao.view.markup import page

    if output is None:
        output = os.path.splitext(path)[0] + ".html"
    if output != "-":
        folder = os.path.dirname(os.path.abspath(output))
        if not os.path.isdir(folder) or not os.access(folder, os.W_OK):
            print(f"baocao: error: cannot write {output}: no such folder or not writable",
                  file=sys.stderr)
            return 2
        if os.path.abspath(output) == os.path.abspath(path):
            print(f"baocao: error: {output} is the input file", file=sys.stderr)
            return 2
    if not os.path.isfile(path):
        print(f"baocao: error: {path}: no such file", file=sys.stderr)
        return 1
    try:
        report = parse_file(path, ocr=ocr)
    except ReadError as exc:
        print(f"baocao: error: {exc.doc}: {exc.message}", file=sys.stderr)
        return 1
    text = page(report)
    if output == "-":
        sys.stdout.write(text)
    else:
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{output}: {len(report.records)} records, {len(report.indicators)} indicators, "
              f"{len(report.edits)} edits ({len(text.encode()):,} bytes)", file=sys.stderr)
    return 0
