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


# the date of an event a page narrates (a founding, a start of operations, an instrument cited without a
# number read as a reference) is no document date: dev 175, 241, 305, 363, 388, 389 (six publishers)
@pytest.mark.parametrize("text", [
    "* THỊ XÃ ĐỒNG XOÀI\nNăm thành lập: 1/9/1999/ Diện tích: 168,47km2",
    "Vùng đất này thuộc tỉnh Pleiku, vốn được thành lập ngày 24 tháng 5 năm 1932 trên cơ sở ba huyện.",
    "Huyện được tái lập ngày 01-01-1997 gồm 5 xã.",
    "Thị trấn được tái thành lập từ ngày 15/3/2005.",
    "Huyện mới được chia tách vào ngày 2/4/2007 từ huyện cũ.",
    "Huyện chính thức đi vào hoạt động kể từ ngày 01/04/2014. Huyện có 7 xã.",
    "Xã được sáp nhập bởi 2 xã theo Nghị Quyết 830 của Ủy ban Thường vụ Quốc Hội ngày 17/12/2019.",
    "Huyện Chư Sê được thành lập theo Quyết định số 34-HĐBT ngày 17-8-1981 của Hội đồng Bộ trưởng.",
    "Huyện Ia Grai được thành lập theo Nghị định số 70/CP ngày 11-11-1996 của Chính phủ.",
    "Tỉnh thực hiện theo Thông tư hướng dẫn của Bộ ngày 5/6/2018 về hộ nghèo.",
    "Huyện triển khai Chỉ thị của Tỉnh ủy ngày 3/3/2019 về cải cách hành chính.",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
    "Hội đồng thực hiện Pháp lệnh của Ủy ban ngày 7/7/2007 về dân chủ.",
])
def test_a_narrated_events_date_is_not_the_documents(text):
    assert _date(text)[2] is None


@pytest.mark.parametrize("text, year", [
    # a founding told after the dateline: the dateline dates the page
    ("Sáng 5/10/2020, huyện kỷ niệm 15 năm thành lập (1/10/2005).", 2020),
    # an anniversary's words on the line before the dateline
    ("Họp mặt kỷ niệm 15 năm thành lập huyện Hòa Bình\nThứ Hai, 05/10/2020", 2020),
    # a comma after the founding word: a date of its own
    ("Nhân kỷ niệm 20 năm thành lập, ngày 5/10/2020 huyện tổ chức lễ mít tinh.", 2020),
    # the instrument opens its line: the document itself
    ("Quyết định của Ủy ban nhân dân tỉnh ngày 10/4/2018 về phê duyệt đề án\nNội dung …", 2018),
    # the instrument's clause ended before the date
    ("Tỉnh triển khai Nghị quyết của Tỉnh ủy. Ngày 8/4/2021, UBND tỉnh họp.", 2021),
    # a report's date dates the news item that tells it
    ("Theo Báo cáo của UBND tỉnh ngày 08/4/2021, sản lượng đạt 50.000 tấn.", 2021),
    # an instrument far before the date (more than 12 words between)
    ("Tỉnh triển khai Nghị quyết về phát triển kinh tế với nhiều giải pháp đồng bộ và quyết liệt tại "
     "các huyện vùng sâu vùng xa trong ngày 8/4/2021.", 2021),
])
def test_a_date_the_page_gives_itself_still_dates_it(text, year):
    assert _date(text)[2] == year


def test_a_founding_date_dates_no_figure_of_a_profile():
    text = ("* THỊ XÃ ĐỒNG XOÀI\nNăm thành lập: 1/9/1999/ Diện tích: 168,47km2\n"
            "Những năm qua, Đồng Xoài luôn duy trì được tốc độ tăng trưởng kinh tế bình quân 16,3%/năm.")
    r = baocao.parse(text)
    assert r.meta.year is None
    assert {i.value: i.period for i in r.indicators}.get(16.3, "missing") is None
