"""The whole growth restated as the frame of its breakdown (``Trong mức tăng trưởng chung 7,6% này …``,
``Đóng góp nhiều nhất vào mức tăng trưởng chung 5,22% GRDP …``, ``Trong 7,63 điểm phần trăm tăng trưởng, …``) is
no statement of its own: unattached with its reason (``resolve.unattached_growth_frames``)."""
import pytest

import baocao
from baocao.resolve.unattached_growth_frames import GROWTH_FRAME_REASON
from indicator_cases import inds


@pytest.mark.parametrize("text, frame, values", [
    # growth_frame_leads "trong", growth_frame_wholes "mức tăng trưởng chung" (296 Bình Định)
    ("Tốc độ tăng trưởng GRDP 6 tháng đầu năm 2024 ước tăng 7,6%.\nTrong mức tăng trưởng chung 7,6% này của kinh tế "
     "Bình Định thì khu vực dịch vụ tăng 8,16%.", "7,6%", [7.6, 8.16]),
    # "vào" (320 Tây Ninh)
    ("GRDP 6 tháng đầu năm 2022 tăng 5,22%.\n\nĐóng góp nhiều nhất vào mức tăng trưởng chung 5,22% GRDP của tỉnh "
     "6 tháng đầu năm là khu vực công nghiệp.", "5,22%", [5.22]),
    # "mức tăng chung"
    ("GRDP năm 2022 tăng 8,1%. Đóng góp vào mức tăng chung 8,1% này, khu vực dịch vụ đóng góp 3,2 điểm phần trăm.",
     "8,1%", [8.1, 3.2]),
    # the lead opening its clause, growth_frame_after "tăng trưởng" (session-45 audit 09)
    ("Tổng sản phẩm trong nước 6 tháng đầu năm 2005 ước tính tăng 7,63%. Trong 7,63 điểm phần trăm tăng trưởng, "
     "khu vực công nghiệp, xây dựng đóng góp tới 3,68 điểm phần trăm.", "7,63 điểm phần trăm", [7.63, 3.68]),
])
def test_a_growth_frame_is_unattached(text, frame, values):
    rep = baocao.parse(text)
    assert [i.value for i in rep.indicators] == values
    assert [(u.text, u.reason) for u in rep.unattached if u.text == frame] == [(frame, GROWTH_FRAME_REASON)]


@pytest.mark.parametrize("text, values", [
    ("Năm 2023, kinh tế tỉnh đạt mức tăng trưởng chung 7,6%.", [7.6]),         # a verb: the statement itself
    ("Trong mức tăng trưởng chung, khu vực dịch vụ tăng 8%.", [8.0]),           # the figure after the frame
    ("Trong 6 tháng, khu vực dịch vụ tăng 8%.", [8.0]),
    ("Năm 2023, trong 12 xã có 5 xã tăng trưởng khá.", [12.0, 5.0]),           # no percentage nor points
])
def test_other_figures_stay(text, values):
    assert [i.value for i in inds(text)] == values
