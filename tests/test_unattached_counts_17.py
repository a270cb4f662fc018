"""Counts that number something other than what the place measures are unattached, no indicators
(resolve/unattached_counts.py): a group the place belongs to (nằm trong nhóm 4/13 tỉnh, top 10, một trong 74
huyện), the units a merger joined (sáp nhập bởi 2 xã, hợp nhất 2 tỉnh), a count of crop seasons (2 vụ
đông xuân và hè thu) and a count of a breakdown's groups (9/11 nhóm hàng có chỉ số giá tăng). Cases from several publishers; the negatives are the place's own counts, which stay."""
import pytest

from baocao.resolve.unattached_counts import GROUP_REASON, GROUPS_REASON, MERGER_REASON, SEASONS_REASON
from baocao.resolve.vocabulary import WORDS
from indicator_cases import kept, left_out


@pytest.mark.parametrize("text, fig", [
    # 173 (Kiên Giang, the provincial library's news of a year's results)
    ("Tổng kết 10 năm thực hiện, Kiên Giang nằm trong nhóm 4/13 tỉnh vùng ĐBSCL vượt mục tiêu đề ra.", "4/13"),
    # 004 (a district party congress report)
    ("Khó khăn, thách thức: Là một trong 74 huyện nghèo, đặc biệt khó khăn của cả nước.", "74 huyện"),
    # the long reports: a province's exam results, the country's history
    ("Năm 2023, chỉ số PCI của tỉnh nằm trong nhóm 5/63 tỉnh, thành phố dẫn đầu cả nước.", "5/63"),
    ("Năm 2023, huyện vào top 3 huyện dẫn đầu tỉnh về thu ngân sách.", "3 huyện"),
    ("Năm 2023, doanh nghiệp của tỉnh lọt vào tốp 5 doanh nghiệp xuất khẩu lớn nhất.", "5 doanh nghiệp"),
    ("Xã là một trong 3 xã đầu tiên của huyện đạt chuẩn nông thôn mới.", "3 xã"),
    # "một" as a digit: 295 (VTV, Hà Nam), 323 (Báo Vĩnh Long), as 296 (Bình Định) writes "thứ 1 trong 5 tỉnh"
    ("Là 1 trong 2 huyện về đích nông thôn mới đầu tiên của tỉnh Hà Nam, thời gian qua Kim Bảng đã huy động xã "
     "hội hóa được gần 2.000 tỷ đồng.", "2 huyện"),
    ("Thanh Bình là 1 trong 5 xã điểm xây dựng nông thôn mới (NTM) của huyện Vũng Liêm. Toàn xã có 2.920 hộ.", "5 xã"),
    ("Năm 2023, huyện đứng thứ 01 trong 10 huyện dẫn đầu tỉnh về thu ngân sách.", "10 huyện"),
    # r04 (a national review of forty years: the country's innovation index), the provinces' PCI and PAPI news
    ("Chỉ số đổi mới sáng tạo tăng 2 bậc so với năm 2023, năm 2025 duy trì vị trí 44/139, đứng thứ 3 trong khu "
     "vực ASEAN.", "44/139"),
    ("Năm 2023, chỉ số PCI của tỉnh xếp vị trí 20/63 tỉnh, thành phố.", "20/63"),
    ("Năm 2023, chỉ số PAPI của tỉnh tăng 5 bậc, lên vị trí 15/63.", "15/63"),
])
def test_a_group_the_place_belongs_to_is_no_indicator(text, fig):
    left_out(text, fig, GROUP_REASON)


@pytest.mark.parametrize("text, fig", [
    # 175 (Hòa Bình, a commune's introduction page)
    ("Xã Bảo Hiệu có tổng diện tích đất tự nhiên là 4.125,14 ha, xã được sáp nhập bởi 2 xã Lạc Hưng và Bảo "
     "Hiệu theo Nghị quyết 830 của Ủy ban Thường vụ Quốc hội.", "2 xã"),
    # r02 (Hưng Yên, after the provinces merged), a district's page
    ("Sau khi hợp nhất 2 huyện, bộ máy chính quyền được kiện toàn.", "2 huyện"),
    ("Thị trấn được thành lập trên cơ sở sáp nhập 3 xã Tân Lập, Tân Hòa và Tân An.", "3 xã"),
    ("Năm 2020, xã Quang Trung được sát nhập từ 2 xã Trần Phú và Lê Lợi.", "2 xã"),
])
def test_the_units_a_merger_joined_are_no_indicator(text, fig):
    left_out(text, fig, MERGER_REASON)


@pytest.mark.parametrize("text, fig", [
    # 178 (Đồng Tháp, the provincial paper's half-year news), r01 (Hưng Yên, a province's yearly report)
    ("Sản xuất nông nghiệp gặp nhiều bất lợi, xuống giống 2 vụ đông xuân và hè thu đều vượt kế hoạch đề ra, sản "
     "lượng thu hoạch xấp xỉ 2 triệu tấn.", "2 vụ"),
    ("Triển khai cung ứng đầy đủ các loại vắc xin tiêm phòng 2 vụ xuân - hè, thu - đông bảo đảm số lượng.", "2 vụ"),
    ("Huyện chỉ đạo gieo cấy 3 vụ chiêm xuân, hè thu và vụ mùa đúng khung thời vụ.", "3 vụ"),
])
def test_a_count_of_crop_seasons_is_no_indicator(text, fig):
    left_out(text, fig, SEASONS_REASON)


@pytest.mark.parametrize("text, fig", [
    # r01, r02 (Hưng Yên's yearly and half-year reports: prices, retail sales), the statistics offices' CPI
    # template
    ("Chỉ số giá tiêu dùng tăng 6,33% so với năm 2023. Trong đó, có 9/11 nhóm hàng hóa, dịch vụ có chỉ số giá "
     "tăng là: hàng ăn và dịch vụ ăn uống tăng 8,1%.", "9/11"),
    ("Tổng mức bán lẻ tăng 14,40%. Trong đó, có 11/12 nhóm ngành hàng có doanh thu tăng so với cùng kỳ năm trước.",
     "11/12"),
    ("Duy nhất nhóm bưu chính viễn thông giảm 0,06%, còn lại 10/11 nhóm hàng có chỉ số giá tăng.", "10/11"),
    ("Chỉ số sản xuất công nghiệp tháng 6 tăng 9,2%, trong đó 15/20 nhóm sản phẩm chủ yếu tăng.", "15/20"),
])
def test_a_count_of_a_breakdown_s_groups_is_no_indicator(text, fig):
    left_out(text, fig, GROUPS_REASON)


@pytest.mark.parametrize("text, value", [
    # the place's own counts stay: after the merger, of cases in "vụ", a group counted as what it did
    ("Sau khi sáp nhập xã có tổng số 15 xóm, 2160 hộ và 9230 nhân khẩu.", 2160.0),
    ("Năm 2023, toàn huyện có 12 xã, sau sáp nhập còn 9 xã.", 9.0),
    ("Trong năm, trên địa bàn huyện xảy ra 5 vụ tai nạn giao thông.", 5.0),
    ("Lực lượng chức năng phát hiện 12 vụ vi phạm về buôn bán hàng giả.", 12.0),
    ("Trong nhóm ngành công nghiệp, giá trị sản xuất đạt 1.250 tỷ đồng.", 1.25e12),
    ("Năm 2023, toàn huyện có 4 xã đạt chuẩn nông thôn mới.", 4.0),
    ("Sản lượng nhôm đạt 1.200 tấn, tăng 5% so với cùng kỳ.", 1200.0),
    ("Năm 2023, có 12/15 nhóm hộ được hỗ trợ vốn vay ưu đãi.", 12.0),
    ("Năm 2023, khu công nghiệp có vị trí thuận lợi, thu hút tổng vốn đầu tư 500 tỷ đồng.", 5e11),
    ("Chỉ số giá tiêu dùng tăng 6,33%, trong đó nhóm hàng ăn và dịch vụ ăn uống tăng 8,1%.", 8.1),
    # a count that ends in 1 is no "1 trong": "11 trong 15 xã" stays a statement
    ("Năm 2023, toàn huyện có 11 trong tổng số 15 xã đạt chuẩn nông thôn mới.", 11.0),
    ("Thanh Bình là 1 trong 5 xã điểm xây dựng nông thôn mới. Toàn xã có 2.920 hộ.", 2920.0),
])
def test_the_place_s_own_counts_stay(text, value):
    kept(text, value)


def test_every_word_makes_its_figure_unattached():
    for word in WORDS.group_leads:
        left_out(f"Năm 2023, huyện Mường Ảng nằm {word} 4 huyện dẫn đầu khu vực.", "4 huyện", GROUP_REASON)
    for word in WORDS.merger_words:
        left_out(f"Năm 2020, xã được {word} 2 xã cũ.", "2 xã", MERGER_REASON)
    for link in WORDS.merger_links:
        left_out(f"Năm 2020, xã được sáp nhập {link} 2 xã cũ.", "2 xã", MERGER_REASON)
    for group in WORDS.breakdown_groups:
        left_out(f"Chỉ số giá tháng 6 tăng 1,2%, có 9/11 {group} tăng giá.", "9/11", GROUPS_REASON)
    for season in WORDS.season_names:
        left_out(f"Năm 2023, nông dân xuống giống 2 vụ {season} đúng lịch.", "2 vụ", SEASONS_REASON)
