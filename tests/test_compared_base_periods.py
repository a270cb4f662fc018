"""The base of a comparison dates no document: `so với cuối năm 2021` (the end of a year compared with) is not the
year a report reports on, as `so với năm 2021` is not (a national new-rural note read in session 44 on a page in
no gold: its figures up to June were dated 2021 from the base)."""
import baocao

DOC = ("16 tỉnh có 100% số xã đạt chuẩn nông thôn mới\n\n"
       "Tính đến hết tháng 6, cả nước có 764 xã đạt chuẩn nông thôn mới nâng cao (tăng 261 xã so với cuối năm 2021). "
       "Cả nước cũng có 249 đơn vị cấp huyện được công nhận đạt chuẩn nông thôn mới, tăng 36 đơn vị so cuối năm "
       "2021.\n")


def test_the_end_of_a_year_compared_with_dates_nothing():
    inds = baocao.parse(DOC).indicators
    assert inds and all(i.period is None or "2021" not in i.period for i in inds)


def test_a_year_the_opening_writes_still_dates_the_report():
    inds = baocao.parse(DOC.replace("Tính đến hết tháng 6,", "Tính đến hết tháng 6 năm 2022,")).indicators
    assert any(i.period and i.period.startswith("2022") for i in inds)
    assert all(i.period is None or "2021" not in i.period for i in inds)


def test_the_end_of_a_year_reported_on_still_dates_it():
    inds = baocao.parse("Kết quả đến cuối năm 2021\n\nToàn tỉnh có 120 xã đạt chuẩn nông thôn mới.").indicators
    assert [i.period for i in inds] == ["2021"]
