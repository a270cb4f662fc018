"""A piece before a comma that ends with a word judging its subject (``enumeration_judgements``) is a clause,
no piece of the enumeration a name after the comma ends (resolve.enumerations). Cases from 201 Báo Bắc Kạn and
417 Dân Việt; the shape also in 093 An Giang and 353 Hà Giang, where the name after already opened with a head;
and negatives."""
from __future__ import annotations

import pytest

from baocao.resolve.vocabulary import WORDS
from indicator_cases import inds


def _names(text):
    return [i.name for i in inds(text)]


@pytest.mark.parametrize("text, name", [
    ("Chi ngân sách địa phương được kiểm soát chặt chẽ, tiết kiệm, hiệu quả, tổng chi 23.096 tỷ đồng, vượt 18,5% "
     "dự toán năm.", "tổng chi"),
    ("Năm 2022, tổng đàn vật nuôi duy trì và phát triển ổn định, đàn đại gia súc có hơn 12.600 con.",
     "đàn đại gia súc"),
])
def test_a_judging_clause_is_no_piece_of_the_name(text, name):
    assert name in _names(text), _names(text)


@pytest.mark.parametrize("text, name", [
    ("Khu vực nông, lâm nghiệp và thủy sản tăng 3%.", "Khu vực nông, lâm nghiệp và thủy sản"),
    ("Doanh thu dịch vụ lưu trú, ăn uống đạt 500 tỷ đồng.", "Doanh thu dịch vụ lưu trú, ăn uống"),
    ("Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tăng 10%.", "Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ"),
    ("Tiền gửi tiết kiệm, tiền gửi thanh toán đạt 5.000 tỷ đồng.", "Tiền gửi tiết kiệm, tiền gửi thanh toán"),
])
def test_an_enumeration_is_still_read(text, name):
    assert name in _names(text), _names(text)


@pytest.mark.parametrize("word", WORDS.enumeration_judgements)
def test_each_enumeration_judgement(word):
    assert "đàn bò" in _names(f"Chăn nuôi phát triển {word}, đàn bò có 500 con.")


@pytest.mark.parametrize("text, name", [
    ("Tỷ lệ học sinh khá, giỏi đạt 65%.", "Tỷ lệ học sinh khá, giỏi"),
    ("Tỷ lệ đảng viên hoàn thành tốt, xuất sắc nhiệm vụ đạt 92,5%.",
     "Tỷ lệ đảng viên hoàn thành tốt, xuất sắc nhiệm vụ"),
    ("Tỷ lệ sinh viên tốt nghiệp loại khá, giỏi, xuất sắc đạt 70%.",
     "Tỷ lệ sinh viên tốt nghiệp loại khá, giỏi, xuất sắc"),
])
def test_a_pair_of_grades_is_no_judging_clause(text, name):
    assert name in _names(text), _names(text)


@pytest.mark.parametrize("word", WORDS.enumeration_grades)
def test_each_enumeration_grade(word):
    name = f"Tỷ lệ đảng viên hoàn thành tốt, {word} nhiệm vụ"
    assert name in _names(f"{name} đạt 90%.")
