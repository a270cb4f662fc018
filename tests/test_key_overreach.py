"""Keys a name must not take, and the names of tourism the gold keys (session 46).

Precision: four wrong keys of session 45's audit of unannotated pages (a part of value added keyed as a
part of the index of industrial production, QĐND; "4 ngành công nghiệp trọng điểm" as the whole index, Zing;
the FDI capital disbursed as the capital attracted, Soha) and of the dev half (the production value of
industry "trừ dầu khí" as all industry's, 348; the value per hectare of aquaculture's water surface as the
cropland's, 250). Recall: the visitors to the sights and the guests of the accommodation establishments
(334, 233, 237) and a bare "doanh thu" its sentence says is tourism's (328, 334, 198, 196).
"""
import pytest

import baocao
from baocao.resolve.keys import match_key


def _key(text: str, fig: str):
    at = text.index(fig)
    found = [i for i in baocao.parse(text).indicators if i.start <= at < i.end]
    assert found, fig
    return found[0].key


@pytest.mark.parametrize("text,fig,key", [
    # QĐND (audit 01): the manufacturing part of the value added of industry is no index of its production
    ("Tính chung 6 tháng đầu năm 2024, giá trị tăng thêm ngành công nghiệp tăng 7,54% so với cùng kỳ năm trước, "
     "trong đó công nghiệp chế biến, chế tạo tăng 8,67%.", "8,67%", None),
    ("Giá trị sản xuất công nghiệp 6 tháng tăng 9,1% so với cùng kỳ, trong đó ngành chế biến, chế tạo tăng 9,8%.",
     "9,8%", None),
    # the part of the index keeps its key
    ("Chỉ số sản xuất công nghiệp (IIP) 6 tháng tăng 7,54% so với cùng kỳ năm trước, trong đó công nghiệp chế "
     "biến, chế tạo tăng 8,67%.", "8,67%", "iip_growth_manufacturing"),
    ("Công nghiệp chế biến, chế tạo tăng 8,67% so với cùng kỳ năm trước.", "8,67%", "iip_growth_manufacturing"),
    # Zing (audit 07): the key industries are a part of the index, not the index
    ("Lũy kế 9 tháng, chỉ số này ước tăng 19,6% so với cùng kỳ (cùng kỳ giảm 12,9%), trong đó 4 ngành công "
     "nghiệp trọng điểm ước tăng 24,4%.", "24,4%", None),
    # 348: the production value of industry but oil and gas
    ("Giá trị sản xuất công nghiệp trừ dầu khí tăng 16,1% so với cùng kỳ.", "16,1%", None),
    ("Giá trị sản xuất công nghiệp tăng 16,1% so với cùng kỳ.", "16,1%", "production_value_industry_growth"),
])
def test_a_part_keeps_no_key_of_its_whole(text, fig, key):
    assert _key(text, fig) == key


@pytest.mark.parametrize("name,unit,measure,key", [
    # Soha (audit 23): the capital disbursed is no capital attracted (registered)
    ("Vốn thực hiện của dự án đầu tư nước ngoài", "USD", "level", None),
    ("vốn FDI giải ngân", "USD", "level", None),
    ("vốn đầu tư trực tiếp nước ngoài", "USD", "level", "fdi_attracted"),
    ("thu hút FDI", "USD", "level", "fdi_attracted"),
    # oil and gas left out: only the entry that says so
    ("chỉ số sản xuất công nghiệp trừ dầu khí", "%", "growth", "iip_excl_oil_gas_growth"),
    ("chỉ số sản xuất công nghiệp không kể dầu thô và khí đốt", "%", "growth", "iip_excl_oil_gas_growth"),
    ("chỉ số sản xuất công nghiệp", "%", "growth", "iip_growth"),
    ("sản phẩm công nghiệp trọng điểm", "%", "growth", None),
    # 250: aquaculture's water surface alone
    ("giá trị sản phẩm thu hoạch trên mỗi ha mặt nước nuôi trồng thủy sản", "VND/ha", "level", None),
    ("giá trị sản phẩm trên 1 ha đất trồng trọt và nuôi trồng thủy sản", "VND/ha", "level", "output_value_per_ha"),
])
def test_names_that_name_another_flow_or_a_part(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("name,unit,measure,key", [
    ("tổng số lượt khách đến các điểm thăm quan, du lịch trên địa bàn tỉnh", "lượt khách", "level", "tourist_arrivals"),
    ("Tổng số khách đến các cơ sở lưu trú", "lượt khách", "level", "tourist_arrivals"),
    ("Tổng lượt khách cơ sở lưu trú phục vụ", "lượt khách", "level", "tourist_arrivals"),
    ("Số lượt khách do các cơ sở lưu trú phục vụ", "lượt khách", "level", "tourist_arrivals"),
    ("lượt khách đến tham quan, nghỉ dưỡng", "lượt khách", "level", "tourist_arrivals"),
    ("Tổng lượt khách cơ sở lưu trú phục vụ", "%", "growth", "tourist_arrivals_growth"),
    # not the arrivals: the guest nights, the establishments and their revenue, a domestic or foreign part
    ("Tổng ngày khách cơ sở lưu trú phục vụ", "ngày", "level", None),
    ("số ngày khách lưu trú", "ngày", "level", None),
    ("Doanh thu của cơ sở lưu trú", "VND", "level", None),
    ("lượt khách nội địa do các cơ sở lưu trú phục vụ", "lượt khách", "level", None),
    ("lượt khách quốc tế đến tham quan", "lượt khách", "level", "international_tourist_arrivals"),
    ("lượt khách du lịch nội địa", "lượt khách", "level", "domestic_tourist_arrivals"),
    ("lượt người đến khám chữa bệnh", "lượt", "level", None),
    ("lượt khách đến", "lượt", "level", None),
])
def test_tourist_arrivals_by_the_sights_and_the_accommodation(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("text,fig,key", [
    # 328 (Bộ KH&ĐT), 334 (Trí Tuệ Mới), 198 (Báo điện tử ĐCS), 196 (Dân Việt)
    ("Đặc biệt là ngành du lịch, trong 9 tháng đầu năm 2022 tỉnh đã có những kế hoạch và giải pháp kích cầu du "
     "lịch trở lại và thu hút được khoảng 350.000 lượt người đến Long An với tổng doanh thu ước đạt 175 tỷ đồng.",
     "175 tỷ đồng", "tourism_revenue"),
    ("Dự kiến trong năm 2023, các khu du lịch của tỉnh Ninh Bình dự kiến sẽ đón khoảng 6,5 đến 6,8 triệu lượt "
     "khách, tăng 83% so với năm 2022; doanh thu đạt 6.850 tỷ đồng, tăng 114% so với năm 2022.",
     "6.850 tỷ đồng", "tourism_revenue"),
    ("Giá trị xuất khẩu hàng địa phương tăng 4%, tổng lượt khách du lịch tăng cao với doanh thu ước đạt 412 tỷ "
     "đồng (tăng 20,0%).", "412 tỷ đồng", "tourism_revenue"),
    ("Theo đó, du lịch tăng 6,6 lần tổng lượt khách, tăng 10,6 lần về tổng doanh thu.", "10,6 lần",
     "tourism_revenue_growth"),
    # tourism named in another sentence: any revenue
    ("Du lịch phục hồi mạnh. Các hợp tác xã hoạt động hiệu quả, doanh thu đạt 50 tỷ đồng.", "50 tỷ đồng", None),
    # tourism last of a list of sectors: their sum
    ("Hoạt động thương mại, dịch vụ, du lịch tiếp tục phát triển, tổng doanh thu đạt 5.000 tỷ đồng.",
     "5.000 tỷ đồng", None),
    ("Ngành thương mại - du lịch phát triển khá, doanh thu đạt 900 tỷ đồng.", "900 tỷ đồng", None),
])
def test_a_bare_revenue_its_sentence_says_is_tourisms(text, fig, key):
    assert _key(text, fig) == key
