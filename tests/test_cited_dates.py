"""A date written right after a reference to another document dates that document, not the one being
read: it is no document date, so the figures of later years are no targets (``resolve.metadata``)."""
import pytest

import baocao
from baocao import extract
from baocao.resolve.metadata import document_date


def _date(text):
    recs = extract(text)
    return document_date(text, [r for r in recs if r.kind == "date"], [r for r in recs if r.kind == "docref"])


@pytest.mark.parametrize("text", [
    # a founding decree, a government decree cited as a basis, a directive in a parenthesis
    "Điện Biên là tỉnh được thành lập theo Nghị quyết số 22/2003/QH11 ngày 26/11/2003 của Quốc hội.",
    "Căn cứ Nghị định số 64/2014/NĐ-CP ngày 26 tháng 6 năm 2014 của Chính phủ;",
    "Huyện có 4 thôn đạt chuẩn (theo Chỉ thị 12-CT/TU, ngày 13/2/2018 của Tỉnh ủy).",
    "Vị Thủy được thành lập theo Nghị định số 45/1999/NĐ-CP ngày 01/7/1999 của Chính phủ.",
])
def test_a_cited_documents_date_is_not_the_documents(text):
    assert _date(text)[2] is None


@pytest.mark.parametrize("text, year", [
    # the reference opens its line: the title of the document itself
    ("Quyết định số 388/QĐ-TTg ngày 10/4/2018 về phê duyệt đề án\nNội dung …", 2018),
    # a news item dated by the report it tells
    ("Theo Báo cáo số 87/BC-UBND ngày 08/4/2021 của UBND tỉnh, sản lượng đạt 50.000 tấn.", 2021),
    # a date of its own before the citation still dates the document
    ("Ngày 08/4/2021, UBND tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 02-NQ/TU ngày 21/01/2021.", 2021),
    # no reference before it
    ("Sáng 26/11/2020, huyện tổ chức hội nghị.", 2020),
])
def test_other_dates_still_date_it(text, year):
    assert _date(text)[2] == year


def test_a_later_year_after_a_cited_decree_is_no_target():
    text = ("Điện Biên được thành lập theo Nghị quyết số 22/2003/QH11 ngày 26/11/2003 của Quốc hội.\n\n"
            "Tốc độ tăng trưởng GDP giai đoạn 2005-2007 đạt 10,99%/năm. "
            "Giá trị xuất khẩu năm 2007 đạt 753,8 nghìn USD.")
    r = baocao.parse(text)
    assert r.meta.year is None
    got = {i.value: i.framing for i in r.indicators}
    assert got[10.99] == "actual" and got[753800.0] == "actual"
