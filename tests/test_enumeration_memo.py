"""over_enumeration keeps its answers on the context: the rules of a name ask about the same name more than
once, and each name is read once per document."""
from __future__ import annotations

import baocao
from baocao.resolve import enumerations

TEXT = ("Khu vực nông, lâm nghiệp và thủy sản tăng 3%; công nghiệp, xây dựng tăng 8,5%. Giá trị sản xuất "
        "nông, lâm nghiệp và thủy sản đạt 12.000 tỷ đồng, tăng 4%. Trong đó khu vực nông, lâm, thủy sản đạt 5%.")


def test_each_name_is_read_once(monkeypatch):
    read: list[tuple[int, int, int]] = []
    inner = enumerations._over_enumeration

    def counted(ctx, a, b):
        read.append((id(ctx), a, b))
        return inner(ctx, a, b)

    monkeypatch.setattr(enumerations, "_over_enumeration", counted)
    asked = []
    outer = enumerations.over_enumeration

    def asking(ctx, a, b):
        asked.append((a, b))
        return outer(ctx, a, b)

    import baocao.resolve.naming as naming
    monkeypatch.setattr(naming, "over_enumeration", asking)
    names = [i.name for i in baocao.parse(TEXT).indicators]
    assert "Khu vực nông, lâm nghiệp và thủy sản" in names
    assert len(read) == len(set(read)) and len(asked) > len(read) > 0
