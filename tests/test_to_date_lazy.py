"""Whether a statement is a stock (resolve/to_date.py) is read only where its sentence, or its paragraph's
opener, writes a month or a quarter's end it holds up to: most statements write none, and their stock words
are not read. The periods are those read before (benchmarks/snapshot.py byte-identical)."""
import baocao
import baocao.resolve.to_date as to_date


def _counted(monkeypatch):
    asked = []
    real = to_date.is_stock

    def counting(name):
        asked.append(name)
        return real(name)
    monkeypatch.setattr(to_date, "is_stock", counting)
    return asked


def periods(text):
    return [(i.name, i.period) for i in baocao.parse(text).indicators if i.kind == "indicator"]


def test_a_statement_with_no_month_up_to_is_not_read_for_a_stock(monkeypatch):
    asked = _counted(monkeypatch)
    text = "Báo cáo năm 2023\n\nNăm 2023, tổng vốn huy động toàn địa bàn được 11.784 tỷ đồng."
    assert periods(text) == [("tổng vốn huy động toàn địa bàn", "2023")]
    assert asked == []


def test_a_balance_up_to_a_date_is_read_for_a_stock(monkeypatch):
    asked = _counted(monkeypatch)
    text = ("Tình hình kinh tế xã hội tháng 11 năm 2018\n\n"
            "Đến ngày 31 tháng 10, tổng vốn huy động toàn địa bàn được 11.784 tỷ đồng.")
    assert periods(text) == [("tổng vốn huy động toàn địa bàn", "2018-10")]
    assert asked == ["tổng vốn huy động toàn địa bàn"]


def test_a_flow_up_to_a_month_is_read_once(monkeypatch):
    asked = _counted(monkeypatch)
    text = ("Tình hình phát triển kinh tế 6 tháng đầu năm 2016\n\n"
            "Ước đến cuối tháng 6 toàn tỉnh xuống giống 57.369 ha.")
    assert [p for _, p in periods(text)] == ["2016-01/2016-06"]
    assert len(asked) == 1
