"""Names of concepts the dev gold keys in three documents of three publishers (session 43) that stay without
a key, because every entry they could have would give some document a wrong key (precision first).

- The investment projects registered in a place (241 Bình Dương's political school "212 dự án đăng ký mới",
  245 Gia Lai TV "đăng ký 33 dự án", 279 Minh Điền Land "thu hút 47 dự án đầu tư", the gold's
  investment_projects_registered and investment_projects_attracted): the statistics offices write the same
  "dự án đăng ký mới" for the foreign-invested projects alone, in their section on foreign investment
  (r01 Hưng Yên "có 68 dự án đăng ký mới", r02 Bà Rịa - Vũng Tàu "có 106 dự án đăng ký mới"), and the bare
  "dự án đầu tư" is also the projects outside the budget (099) or of one sector (040).
- Their registered capital (241, 245, 279, the gold's registered_investment_capital): "tổng vốn đăng ký" is
  also the capital of the newly founded enterprises (033), and "tổng số vốn đăng ký" that of the projects of
  one origin still valid (144, the gold's fdi_registered_capital_total, domestic_registered_capital_total).
"""
import pytest

from indicator_cases import inds
from baocao.resolve import match_key


@pytest.mark.parametrize("name, unit, measure, key", [
    ("dự án đăng ký mới", "dự án", "level", None),
    ("dự án đầu tư", "dự án", "level", None),
    ("tổng vốn đăng ký", "VND", "level", None),
    ("tổng vốn đăng ký", "USD", "level", None),
    ("tổng số vốn đăng ký", "USD", "level", None),
    ("tổng vốn đầu tư", "VND", "level", None),
    # the names that say the origin or the enterprises keep their own keys
    ("dự án FDI", "dự án", "level", "fdi_projects"),
    ("dự án đầu tư trong nước", "dự án", "level", "domestic_investment_projects"),
    ("tổng vốn đăng ký của doanh nghiệp thành lập mới", "VND", "level", "new_enterprises_capital"),
])
def test_a_name_of_several_concepts_gets_no_key(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


@pytest.mark.parametrize("text, fig", [
    # r01: foreign-invested projects, written as the projects of 241 are
    ("Tính đến 30/12/2024, toàn tỉnh có 613 dự án có vốn đầu tư nước ngoài đăng ký hoạt động, với tổng số vốn "
     "đăng ký là 8.491,82 triệu USD, trong đó, từ đầu năm đến nay có 68 dự án đăng ký mới với số vốn đăng ký là "
     "1.374,69 triệu USD.", "68 dự án"),
    # 241: foreign and domestic together
    ("Tính đến 31/12/2020, huyện Bàu Bàng đã thu hút được 212 dự án đăng ký mới và 20 dự án tăng thêm vốn.",
     "212 dự án"),
])
def test_projects_newly_registered_keep_no_key(text, fig):
    got = [i.key for i in inds(text) if fig in i.text]
    assert got == [None], [(i.name, i.key, i.text) for i in inds(text)]
