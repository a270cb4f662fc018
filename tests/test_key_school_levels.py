"""Schools of one level meeting the national standard are no share of all schools (issue 17, session 38):
the gold keeps each level apart (184 Đồng Nai, 189 Hà Nam); ``standard_schools`` excludes the level words."""
import pytest

from baocao.resolve import match_key


@pytest.mark.parametrize("name", [
    "trường tiểu học đạt chuẩn quốc gia",          # 189 Hà Nam
    "trường trung học cơ sở đạt chuẩn quốc gia",   # 184 Đồng Nai
    "trường trung học phổ thông đạt chuẩn quốc gia",
    "trường mầm non đạt chuẩn quốc gia",
    "trường THCS đạt chuẩn quốc gia",
    "trường THPT đạt chuẩn quốc gia",
])
def test_a_school_level_is_no_share_of_all_schools(name):
    assert match_key(name, "%", "rate") is None


@pytest.mark.parametrize("name", ["trường học đạt chuẩn quốc gia", "số trường đạt chuẩn", "trường chuẩn quốc gia"])
def test_all_schools_keep_their_key(name):
    assert match_key(name, "%", "rate") == "standard_schools"
