"""The item of a list of statements whose name holds commas (issue 17, session 47): after the separator that
ends the statement before, the pieces with no figure up to the name's comma are pieces of the name
(resolve/name_list_items.py). Found in batches ah and ai before any rule was written for them (350 Hải
Dương's and 361 Bình Dương's industrial index, 313 Khánh Hòa's; 248 Đắk Lắk's communes by criteria)."""
from __future__ import annotations

import pytest

from indicator_cases import inds


@pytest.mark.parametrize("text, name", [
    # an industry named by two verbs and an object, then a comma: the tagger reads "sản xuất" a verb
    ("Chỉ số sản xuất công nghiệp tăng 6%, trong đó ngành khai khoáng giảm 20%, công nghiệp chế biến, chế tạo "
     "tăng 5%, sản xuất và phân phối điện, khí đốt tăng 12%.", "sản xuất và phân phối điện, khí đốt"),
    # the statement before ends with its comparison base, then a semicolon; three pieces
    ("Ngành khai khoáng tăng 3% so cùng kỳ; cung cấp nước, hoạt động quản lý và xử lý nước thải, rác thải "
     "giảm 4% so cùng kỳ.", "cung cấp nước, hoạt động quản lý và xử lý nước thải, rác thải"),
    ("Một số ngành tăng khá: dệt tăng 20%; sản xuất đồ uống không cồn, nước khoáng tăng 8%.",
     "sản xuất đồ uống không cồn, nước khoáng"),
    # a list of places by the criteria each reached
    ("Các xã Ea Bông, Cư Pui đạt 18 tiêu chí; Hòa Phong, Yang Mao 15 tiêu chí.", "Hòa Phong, Yang Mao"),
])
def test_an_item_of_a_list_of_statements_keeps_its_pieces(text, name):
    assert [i.name for i in inds(text)][-1] == name


@pytest.mark.parametrize("text, name", [
    # the piece before the comma opens the sentence: a frame or a topic, no item of a list
    ("Về công nghiệp, khí đốt tăng 12%.", "khí đốt"),
    # a clause between statements of other units: no item of the list the figure before ends
    ("Sản lượng lúa đạt 300 tấn, chăn nuôi phát triển ổn định, đàn bò tăng 5%.", "đàn bò"),
    # a filler or a period opens the piece
    ("Thu ngân sách đạt 500 tỷ đồng, bên cạnh đó, chi ngân sách đạt 300 tỷ đồng.", "chi ngân sách"),
    ("Thu ngân sách đạt 500 tỷ đồng; riêng tháng 6, chi ngân sách đạt 300 tỷ đồng.", "chi ngân sách"),
    # a name that opens with a measure's head is a statement of its own
    ("Doanh thu tăng 5%, kinh tế phục hồi nhanh, giá trị sản xuất tăng 7%.", "giá trị sản xuất"),
    # a clause word in the piece
    ("Sản lượng lúa tăng 3%, chăn nuôi có bước phát triển, đàn bò tăng 5%.", "đàn bò"),
    # a clause the tagger tells: a verb and its adverb at the piece's end, a conjunction at its start
    ("Sản lượng thủy sản tăng 5%, nuôi trồng phát triển mạnh, khai thác tăng 3%.", "khai thác"),
    ("Doanh thu dịch vụ lưu trú tăng 20% so cùng kỳ, mặc dù nhiều khó khăn, doanh thu lữ hành tăng 15%.",
     "doanh thu lữ hành"),
])
def test_no_item_where_the_piece_is_a_clause_or_a_frame(text, name):
    assert [i.name for i in inds(text)][-1] == name


def test_no_item_after_the_phrase_of_the_figure_before():
    # "sửa đổi" after "03 lần" is that count's phrase, no comparison base: the piece after its comma is no item's
    text = ("Trong nhiệm kỳ Tỉnh ủy A đã 03 lần sửa đổi, bổ sung quy chế làm việc, Tỉnh ủy B đã 02 lần sửa đổi "
            "quy chế.")
    assert "bổ sung" not in [i.name for i in inds(text)][-1]
