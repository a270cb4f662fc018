"""Pages without a text layer: telling a scanned page, and recognizing it (or an image file) with
Tesseract and its Vietnamese data."""
from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
from functools import lru_cache
from typing import Any, Optional

from baocao.errors import LoadError


OCR_ENGINES = ("tesseract",)
_OCR_DPI = 300
# A page with fewer characters than this (a signature stamp's line) and an image over this share
# of it is a scanned page (a scan covers the page; a cover photo with a title is no scan).
_SCAN_INK = 120
_SCAN_COVER = 0.8


def _image_cover(raw: Any, page: Any, width: float, height: float) -> float:
    """The share of the page that its largest image (or form holding one) covers."""
    best = 0.0
    bounds = [ctypes.c_float() for _ in range(4)]
    for i in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, i)
        if raw.FPDFPageObj_GetType(obj) not in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_FORM):
            continue
        if raw.FPDFPageObj_GetBounds(obj, *bounds):
            l, b, r, t = (v.value for v in bounds)
            best = max(best, max(r - l, 0) * max(t - b, 0) / max(width * height, 1.0))
    return best


@lru_cache(maxsize=None)
def _tesseract_problem() -> Optional[str]:
    exe = shutil.which("tesseract")
    if exe is None:
        return ("OCR needs Tesseract with its Vietnamese data: "
                "apt-get install tesseract-ocr tesseract-ocr-vie")
    try:
        res = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"Tesseract does not run ({exc}): apt-get install tesseract-ocr tesseract-ocr-vie"
    langs = set((res.stdout + res.stderr).split())
    if "vie" not in langs:
        return "Tesseract has no Vietnamese data: apt-get install tesseract-ocr-vie"
    return None


def check_tesseract() -> None:
    """Raise LoadError (stage ``ocr``, ``MissingDependency``) naming the package to install when
    Tesseract or its Vietnamese data is missing."""
    problem = _tesseract_problem()
    if problem:
        raise LoadError("ocr", "MissingDependency", problem)


def check_ocr(ocr: object) -> Optional[str]:
    """Validate an ``ocr=`` engine argument: None, or a name in :data:`OCR_ENGINES`."""
    if ocr is None or ocr is False:
        return None
    if ocr not in OCR_ENGINES:
        raise ValueError(f"ocr must be None or one of {', '.join(map(repr, OCR_ENGINES))}, "
                         f"not {ocr!r}")
    return str(ocr)


def _ocr_page(page: Any, timeout: Optional[float] = None, number: int = 0) -> str:
    image = page.render(scale=_OCR_DPI / 72, grayscale=True).to_pil()
    import io

    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return _tesseract(buf.getvalue(), timeout, f"page {number}")


def ocr_image(data: bytes, *, timeout: Optional[float] = None) -> str:
    """The text Tesseract (Vietnamese) recognizes in an image file's bytes (PNG, JPEG, TIFF, …)."""
    check_tesseract()
    return _tesseract(data, timeout, "the image")


def _tesseract(image: bytes, timeout: Optional[float], what: str) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        res = subprocess.run(["tesseract", "stdin", "stdout", "-l", "vie", "--psm", "3"],
                             input=image, capture_output=True, env=env,
                             timeout=timeout if timeout and timeout > 0 else None)
    except subprocess.TimeoutExpired:
        raise LoadError("ocr", "Timeout", f"Tesseract took longer than {timeout:g} s on "
                                          f"{what} (--timeout)") from None
    except (OSError, subprocess.SubprocessError) as exc:
        raise LoadError("ocr", "OcrFailed", f"Tesseract failed: {exc}") from None
    if res.returncode != 0:
        msg = (res.stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1]
        raise LoadError("ocr", "OcrFailed", f"Tesseract failed: {msg}")
    text = res.stdout.decode("utf-8", "replace").replace("\r", "").replace("\f", "")
    lines = [ln.rstrip() for ln in text.split("\n")]
    text = "\n".join(lines).strip("\n")
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text + "\n" if text else ""
