"""Summing appendices across units (tổng hợp): totals, provenance, units, percents, breakdowns."""

from __future__ import annotations

import csv
import importlib
import io
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import danvan as dv
from danvan.cycle import AggregationError, aggregate
from danvan.cycle.aggregate import MissingDependencyError, normalize_label
from danvan.errors import InvalidValueError

from .builders import unit_report

A = unit_report(
    "Sở Dữ liệu số",
    "SDLS",
    meetings=4,
    province_level=1,
    commune_level=3,
    money=10_424_000,
    public=(12, 12),
)
B = unit_report(
    "Sở Văn hóa",
    "SVH",
    meetings=6,
    province_level=2,
    commune_level=4,
    money=5_000_000,
    public=(9, 10),
)
C = unit_report(
    "Sở Y tế", "SYT", meetings=2, province_level=0, commune_level=2, money=1_000, public=(3, 6)
)


def test_totals_per_indicator_and_per_part() -> None:
    summary = aggregate([A, B, C])
    assert summary.units == ("Sở Dữ liệu số", "Sở Văn hóa", "Sở Y tế")
    assert summary.row("Số hội nghị tuyên truyền").total == dv.Count(value=12)
    assert summary.row("cấp xã").total == dv.Count(value=9)
    assert summary.row("Kinh phí thực hiện").total == dv.Money(amount=15_425_000)
    assert summary.unmatched == ()
    assert summary.problems == ()


def test_percent_is_recomputed_from_the_sums_never_averaged() -> None:
    row = aggregate([A, B, C]).row("Thủ tục được công khai")
    assert isinstance(row.total, dv.Ratio)
    assert (row.total.numerator, row.total.denominator) == (24, 28)
    # averaging the three percents (100, 90, 50) would give 80 %; the sums give 85.71 %
    assert str(row.total.computed_percent) == "85.71"
    assert "recomputed" in (row.note or "")


def test_provenance_names_report_and_row() -> None:
    row = aggregate([A, B]).row("cấp tỉnh")
    sources = row.sources
    assert [s.unit for s in sources] == ["Sở Dữ liệu số", "Sở Văn hóa"]
    assert sources[1].number == "07/BC-SVH"
    assert sources[0].row == "appendix[0].table[0]:1.1"
    assert "report 2" in str(sources[1])


def test_labels_match_after_normalisation() -> None:
    assert normalize_label("1. Số hội nghị tuyên truyền:") == "số hội nghị tuyên truyền"
    assert normalize_label("Số  hội nghị TUYÊN TRUYỀN") == "số hội nghị tuyên truyền"
    assert normalize_label("Hoà giải") == normalize_label("Hòa giải")


def test_what_does_not_match_is_listed_not_dropped() -> None:
    extra = dv.Indicator(name="Mô hình Dân vận khéo", value=dv.Count(value=2))
    b = unit_report(
        "Sở Văn hóa",
        "SVH",
        meetings=6,
        province_level=2,
        commune_level=4,
        money=5,
        public=(1, 2),
        extra=extra,
    )
    summary = aggregate([A, b])
    row = summary.row("Mô hình Dân vận khéo")
    assert row.total == dv.Count(value=2)
    assert row.cells[0].value is None
    assert summary.unmatched == (("mô hình dân vận khéo", ("Sở Văn hóa",)),)


def test_a_count_is_never_added_to_money() -> None:
    wrong = dv.Indicator(name="Kinh phí thực hiện", value=dv.Count(value=3))
    b = unit_report(
        "Sở Văn hóa", "SVH", meetings=6, province_level=2, commune_level=4, money=5, public=(1, 2)
    )
    b = b.__class__(
        **{
            **{
                f: getattr(b, f)
                for f in ("number", "issuer", "place_date", "period", "subject", "status")
            },
            "appendices": [
                dv.Appendix(title="SỐ LIỆU", blocks=[dv.IndicatorTable(indicators=[wrong])])
            ],
        }
    )
    with pytest.raises(AggregationError) as caught:
        aggregate([A, b])
    message = str(caught.value)
    assert "money" in message
    assert "count" in message
    assert "Sở Dữ liệu số" in message
    assert "Sở Văn hóa" in message


def test_parts_larger_than_the_total_are_reported() -> None:
    bad = unit_report(
        "Sở Nội vụ", "SNV", meetings=1, province_level=1, commune_level=3, money=0, public=(1, 1)
    )
    summary = aggregate([A, bad])
    assert len(summary.problems) == 1
    assert "Số hội nghị tuyên truyền" in summary.problems[0]


def test_key_function_matches_differently_named_rows() -> None:
    renamed = dv.Indicator(name="Kinh phí (đồng)", value=dv.Money(amount=7))
    b = unit_report(
        "Sở Văn hóa",
        "SVH",
        meetings=6,
        province_level=2,
        commune_level=4,
        money=5,
        public=(1, 2),
        extra=renamed,
    )

    def key(indicator: dv.Indicator, parents: tuple[str, ...]) -> str:
        name = normalize_label(indicator.name)
        base = "kinh phí" if name.startswith("kinh phí") else name
        return "/".join([*(normalize_label(p) for p in parents), base])

    with pytest.raises(AggregationError, match="once"):
        aggregate([A, b], key=key)  # two rows of b both map to "kinh phí": refused, not merged


def test_table_csv_and_appendix_render_everywhere() -> None:
    summary = aggregate([A, B])
    table = summary.to_table()
    assert table.header == ("STT", "Chỉ tiêu", "Sở Dữ liệu số", "Sở Văn hóa", "Tổng cộng")
    assert table.rows[0] == ("1", "Số hội nghị tuyên truyền", "4", "6", "10")
    rows = list(csv.reader(io.StringIO(summary.to_csv())))
    assert rows[0] == ["key", "label", "level", "Sở Dữ liệu số", "Sở Văn hóa", "total"]
    assert rows[4][1] == "Kinh phí thực hiện"
    assert rows[4][-1] == "15424000"
    report = dv.Report(
        issuer=dv.Agency(name="Sở Nội vụ"),
        place_date=dv.PlaceDate(place="Lạng Sơn", date=dv.PartialDate(year=2025)),
        subject="Tổng hợp kết quả công tác dân vận năm 2025",
        status=dv.DocumentStatus.DRAFT,
        appendices=[summary.to_appendix()],
    )
    for name in ("text", "markdown", "html", "docx", "json"):
        assert dv.renderers  # registry available
        out = dv.rendering.registry.get_renderer(name).render(report)
        assert out
    assert "10.424.000" in dv.render_text(report) or "10424000" in dv.render_text(report)
    assert "<table" in summary._repr_html_()


def test_dataframe_needs_pandas_or_says_so() -> None:
    summary = aggregate([A])
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(MissingDependencyError, match="pandas is not installed"):
            summary.to_dataframe()
    else:
        frame = summary.to_dataframe()
        assert frame.loc["kinh phí thực hiện", "total"] == 10_424_000


def test_without_pandas_the_error_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = importlib.import_module

    def no_pandas(name: str, package: str | None = None) -> object:
        if name == "pandas":
            raise ImportError("No module named 'pandas'")
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", no_pandas)
    with pytest.raises(ImportError) as caught:  # an ImportError like Python's own
        aggregate([A]).to_dataframe()
    assert isinstance(caught.value, MissingDependencyError)
    assert "pandas is not installed: pip install pandas" in str(caught.value)
    assert "is invalid" not in str(caught.value)


def test_not_a_report_is_a_clear_error() -> None:
    with pytest.raises(InvalidValueError, match=r"aggregate\.reports\[1\]"):
        aggregate([A, "B"])  # type: ignore[list-item]


def test_summaries_pickle() -> None:
    summary = aggregate([A, B, C])
    assert pickle.loads(pickle.dumps(summary)) == summary


def _with(report: dv.Report, **changes: object) -> dv.Report:
    return attrs.evolve(report, **changes)


def test_reports_of_different_periods_are_refused_unless_allowed() -> None:
    january = _with(A, period=dv.ReportingPeriod.parse("tháng 1 năm 2026"))
    february = _with(B, period=dv.ReportingPeriod.parse("tháng 2 năm 2026"))
    with pytest.raises(AggregationError) as caught:
        aggregate([january, february])
    message = str(caught.value)
    assert "tháng 1 năm 2026" in message
    assert "tháng 2 năm 2026" in message
    assert "Sở Dữ liệu số" in message
    assert "Sở Văn hóa" in message
    assert "allow_mixed_periods=True" in message
    summary = aggregate([january, february], allow_mixed_periods=True)
    assert summary.row("Số hội nghị tuyên truyền").total == dv.Count(value=10)
    assert len(summary.problems) == 1
    assert "several periods" in summary.problems[0]
    assert "Sở Văn hóa (report 2 Số 07/BC-SVH): tháng 2 năm 2026" in summary.problems[0]


def test_a_report_without_its_period_is_listed() -> None:
    summary = aggregate([A, _with(B, period=None)])
    assert summary.problems == (
        "Sở Văn hóa (report 2 Số 07/BC-SVH) states no period (kỳ báo cáo): not compared "
        "with năm 2025",
    )


def test_the_same_unit_twice_is_refused_unless_allowed() -> None:
    again = _with(C, issuer=dv.Agency(name="SỞ Y TẾ"), number=dv.DocumentNumber.parse("09/BC-SYT"))
    with pytest.raises(AggregationError) as caught:
        aggregate([C, A, again])
    message = str(caught.value)
    assert "Sở Y tế (report 1 Số 07/BC-SYT) and Sở Y tế (report 3 Số 09/BC-SYT)" in message
    assert "allow_duplicate_units=True" in message
    summary = aggregate([C, A, again], allow_duplicate_units=True)
    assert summary.units == ("Sở Y tế", "Sở Dữ liệu số", "Sở Y tế (2)")
    assert summary.row("Số hội nghị tuyên truyền").total == dv.Count(value=8)
    assert summary.problems == (
        "one unit reports twice: Sở Y tế (report 1 Số 07/BC-SYT) and Sở Y tế (report 3 Số "
        "09/BC-SYT); both are added (allow_duplicate_units=True)",
    )


def test_combining_summaries_of_one_unit_is_refused_too() -> None:
    with pytest.raises(AggregationError, match="one report per unit"):
        aggregate([A]).combine(aggregate([_with(A, issuer=dv.Agency(name="sở dữ liệu số"))]))


def test_a_unit_read_in_capitals_shows_as_a_sentence_writes_it() -> None:
    read = _with(
        C,
        issuer=dv.Agency(name="SỞ HÒA GIẢI CỘNG ĐỒNG"),
        introduction=[dv.Paragraph.of("Sở Hòa giải Cộng đồng báo cáo kết quả như sau:")],
    )
    assert aggregate([A, read]).units == ("Sở Dữ liệu số", "Sở Hòa giải Cộng đồng")
    bare = _with(C, issuer=dv.Agency(name="SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"))
    assert aggregate([bare]).units == ("Sở Văn hóa, Thể thao và Du lịch",)
    # the caller's names are kept as given
    assert aggregate([bare], units=["SVHTTDL"]).units == ("SVHTTDL",)


def _word_report(table: dv.Table) -> dv.Report:
    return _with(
        C,
        issuer=dv.Agency(name="SỞ Y TẾ"),
        appendices=[dv.Appendix(title="SỐ LIỆU", blocks=[table])],
    )


def test_a_plain_table_as_read_from_word_is_summed() -> None:
    table = dv.Table(
        header=["STT", "Chỉ tiêu", "Đơn vị tính", "Số lượng", "Ghi chú"],
        rows=[
            ["1", "Số hội nghị tuyên truyền", "", "5", ""],
            ["", "- cấp tỉnh", "", "1", ""],
            ["", "- cấp xã", "", "4", ""],
            ["2", "Kinh phí thực hiện", "đồng", "2.000.000", "nguồn tỉnh"],
        ],
    )
    summary = aggregate([A, _word_report(table)])
    assert summary.units == ("Sở Dữ liệu số", "Sở Y tế")
    assert summary.row("Số hội nghị tuyên truyền").total == dv.Count(value=9)
    assert summary.row("cấp xã").total == dv.Count(value=7)
    assert summary.row("Kinh phí thực hiện").total == dv.Money(amount=12_424_000)
    assert summary.problems == ()
    rows = list(csv.reader(io.StringIO(summary.to_csv())))
    assert ["số hội nghị tuyên truyền", "Số hội nghị tuyên truyền", "0", "4", "5", "9"] in rows
    assert summary.row("cấp xã").cells[1].source.row == "appendix[0].table[0]:1.2"  # type: ignore[union-attr]


def test_a_table_of_another_shape_is_listed_never_silently_empty() -> None:
    table = dv.Table(
        header=["STT", "Chỉ tiêu", "Năm 2024", "Năm 2025"], rows=[["1", "Số hội nghị", "3", "4"]]
    )
    summary = aggregate([A, _word_report(table)])
    assert summary.problems == (
        "Sở Y tế (report 2 Số 07/BC-SYT): table appendix[0].table[0] (STT | Chỉ tiêu | Năm "
        "2024 | Năm 2025) not summed: its header names no value column (Số lượng, Số liệu, "
        "Kết quả)",
        "Sở Y tế (report 2 Số 07/BC-SYT): no indicator table (bảng chỉ tiêu) in its "
        "appendices: its column is empty",
    )
    nothing = _with(C, appendices=[])
    assert aggregate([A, nothing]).problems[-1].endswith("its column is empty")


def test_parts_above_their_total_name_the_unit_and_its_report() -> None:
    bad = unit_report(
        "Sở Nội vụ", "SNV", meetings=1, province_level=1, commune_level=3, money=0, public=(1, 1)
    )
    problem = aggregate([A, bad]).problems[0]
    assert problem == (
        "Sở Nội vụ (report 2 Số 07/BC-SNV), row appendix[0].table[0]:1: the parts of 'Số hội "
        "nghị tuyên truyền' add up to 4, more than its total 1"
    )


# -- properties ---------------------------------------------------------------------------

units = st.builds(
    lambda i, m, p, c, money, num, den: unit_report(
        f"Đơn vị {i}",
        f"DV{i}",
        meetings=m,
        province_level=min(p, m),
        commune_level=min(c, m - min(p, m)),
        money=money,
        public=(min(num, den), den),
    ),
    st.integers(1, 10_000),
    st.integers(0, 500),
    st.integers(0, 500),
    st.integers(0, 500),
    st.integers(0, 10**12),
    st.integers(0, 100),
    st.integers(1, 100),
)
unit_lists = st.lists(units, min_size=1, max_size=6, unique_by=lambda r: r.issuer.name)


def _totals(summary: object) -> dict[str, object]:
    return {row.key: row.total for row in summary.rows}  # type: ignore[attr-defined]


@given(units)
def test_aggregating_one_report_gives_its_own_values(report: dv.Report) -> None:
    summary = aggregate([report])
    for row in summary.rows:
        assert row.cells[0].value == row.total or isinstance(row.total, dv.Ratio)
    ratio = summary.row("Thủ tục được công khai").total
    source = report.appendices[0].blocks[0].indicators[2].value  # type: ignore[union-attr]
    assert (ratio.numerator, ratio.denominator) == (source.numerator, source.denominator)


@given(unit_lists, st.randoms())
def test_aggregation_does_not_depend_on_order(reports: list[dv.Report], rng) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(reports)
    rng.shuffle(shuffled)
    assert _totals(aggregate(reports)) == _totals(aggregate(shuffled))


@given(unit_lists, st.integers(0, 6))
def test_two_halves_combine_to_the_whole(reports: list[dv.Report], cut: int) -> None:
    cut = min(cut, len(reports))
    if cut in (0, len(reports)):
        return
    whole = aggregate(reports)
    halves = aggregate(reports[:cut]).combine(aggregate(reports[cut:]))
    assert _totals(halves) == _totals(whole)
    assert halves.units == whole.units
    assert halves == whole
