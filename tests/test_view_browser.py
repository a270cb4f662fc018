"""The viewer page in a real headless browser: Chromium from the system's packages (``apt-get
install chromium chromium-driver``; .ci/run installs them) driven by selenium with the system's
chromedriver (nothing is downloaded). The page loads and its script runs, the highlights are where
the offsets say, a click on an indicator row scrolls its span into view, a click on a footnote
anchor scrolls to the body, and a document's own markup stays text.

``python tests/test_view_browser.py docs/img/viewer.png`` makes the screenshot docs/viewer.md shows.
"""
from __future__ import annotations

import os
import random
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import baocao
from baocao.view import write

CORPUS = Path(__file__).with_name("corpus")
BIG = next(CORPUS.glob("004_*.txt"))
HOSTILE = ("II- KẾT QUẢ\r\n\r\nĐạt 71% NQĐH⁶ <script>window.pwned=1</script> & 5 ha </script><!-- "
           "<b>28 tỷ đồng</b>\n\n⁶ Trong đó: <img src=x onerror=window.pwned=2> 4.230 con.\n")


def _browser() -> Any:
    """A headless Chromium driven through the system's chromedriver, or a skip (a failure in CI,
    where .ci/run installs both)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        chromium = None
    if not (chromium and driver):
        if os.environ.get("CI"):
            pytest.fail("Chromium, chromedriver and selenium are needed (apt-get install chromium "
                        "chromium-driver; pip install selenium)")
        pytest.skip("needs chromium, chromium-driver and selenium")
    os.environ["SE_OFFLINE"] = "true"          # selenium never looks for a driver on the network
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--hide-scrollbars", "--lang=vi"):
        options.add_argument(arg)
    return webdriver.Chrome(options=options, service=Service(executable_path=driver))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    b = _browser()
    try:
        yield b
    finally:
        b.quit()


def _open(browser: Any, report: baocao.report.Report, path: Path) -> None:
    write(report, path)
    browser.get(path.as_uri())
    assert browser.execute_script("return document.getElementById('bcv').dataset.ready") == "1"


JOINED = """var s="";document.querySelectorAll(arguments[0]).forEach(function(e){s+=e.textContent});return s"""
IN_VIEW = """var r=arguments[0].getBoundingClientRect(),t=document.querySelector('.bcv-text').getBoundingClientRect();
return r.bottom>Math.max(0,t.top)&&r.top<Math.min(window.innerHeight,t.bottom)&&r.right>0&&r.left<window.innerWidth"""


@pytest.fixture(scope="module")
def big() -> baocao.report.Report:
    return baocao.parse_file(BIG)


@pytest.mark.slow
def test_highlights_are_where_the_offsets_say(browser, big, tmp_path):
    _open(browser, big, tmp_path / "big.html")
    assert browser.execute_script("return document.querySelector('.bcv-text').textContent") == big.original
    rng = random.Random(22)
    for k in sorted(rng.sample(range(len(big.records)), 80)):
        r = big.records[k]
        assert browser.execute_script(JOINED, f'.bcv-text [data-r="{k}"]') == r.text, (k, r)
        first = browser.find_element("css selector", f'.bcv-text [data-r="{k}"]')
        assert f"k-{r.kind}" in first.get_attribute("class").split()
    for k in sorted(rng.sample(range(len(big.indicators)), 40)):
        assert browser.execute_script(JOINED, f'.bcv-text [data-i="{k}"]') == big.indicators[k].text
    for k, e in enumerate(big.edits):
        assert browser.execute_script(JOINED, f'.bcv-text [data-x="{k}"]') == big.original[e.start:e.end]


@pytest.mark.slow
def test_a_row_click_scrolls_to_its_span(browser, big, tmp_path):
    _open(browser, big, tmp_path / "big.html")
    # rows far down the document, then one near its start: each time the span was out of view
    picks = [len(big.indicators) - 1, len(big.indicators) // 2, 3]
    for k in picks:
        span = browser.find_element("css selector", f'.bcv-text [data-i="{k}"]')
        assert not browser.execute_script(IN_VIEW, span), k
        row = browser.find_element("css selector", f'.bcv-ind tr[data-i="{k}"]')
        browser.execute_script("arguments[0].scrollIntoView({block:'center'})", row)
        row.click()
        assert browser.execute_script(IN_VIEW, span), k
        assert "on" in span.get_attribute("class").split()
        details = browser.find_element("css selector", ".bcv-details").text
        assert big.indicators[k].rule in details


@pytest.mark.slow
def test_a_record_click_shows_its_fields_and_an_anchor_leads_to_its_body(browser, big, tmp_path):
    _open(browser, big, tmp_path / "big.html")
    k = next(i for i, r in enumerate(big.records) if r.kind == "money")
    el = browser.find_element("css selector", f'.bcv-text [data-r="{k}"]')
    browser.execute_script("arguments[0].scrollIntoView({block:'center'})", el)
    el.click()
    details = browser.find_element("css selector", ".bcv-details").text
    assert big.records[k].rule in details and "value" in details
    j, note = next((j, f) for j, f in enumerate(big.footnotes) if f.anchor_start is not None)
    anchor = browser.find_element("css selector", f'a.fa[data-f="{j}"]')
    body = browser.find_element("css selector", f'[data-fn="{j}"]')
    browser.execute_script("arguments[0].scrollIntoView({block:'center'})", anchor)
    assert not browser.execute_script(IN_VIEW, body)
    anchor.click()
    assert browser.execute_script(IN_VIEW, body)
    assert body.text.startswith(note.text[:20].strip())


@pytest.mark.slow
def test_a_documents_markup_stays_text(browser, tmp_path):
    r = baocao.parse(HOSTILE, doc="<b>x</b>")
    _open(browser, r, tmp_path / "hostile.html")
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.execute_script("return document.querySelector('.bcv-text').textContent") == r.original
    assert browser.execute_script("return document.querySelectorAll('.bcv-text script, .bcv-text img, "
                                  ".bcv-text b').length") == 0
    assert browser.title == "<b>x</b>"


def screenshot(out: str) -> None:
    """The screenshot docs/viewer.md shows: the bundled report with one indicator row clicked."""
    b = _browser()
    try:
        report = baocao.parse_file(BIG)
        path = Path(out).with_suffix(".html").resolve()
        try:
            _open(b, report, path)
            k = next(i for i, r in enumerate(report.indicators)
                     if r.kind == "indicator" and r.key and r.target is not None)
            row = b.find_element("css selector", f'.bcv-ind tr[data-i="{k}"]')
            b.execute_script("arguments[0].scrollIntoView({block:'center'})", row)
            row.click()
            b.save_screenshot(out)
        finally:
            path.unlink(missing_ok=True)
    finally:
        b.quit()


if __name__ == "__main__":
    screenshot(sys.argv[1] if len(sys.argv) > 1 else "docs/img/viewer.png")
