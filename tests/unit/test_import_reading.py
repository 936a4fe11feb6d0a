"""Reading spreadsheets of every kind HR offices receive, from files generated here."""

from __future__ import annotations

import datetime as dt
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, strategies as st

from hrdesk.imports import csv_text, reading

HEADER = ["姓名", "手机", "出生日期", "来源"]


def _xlsx(path: Path, build) -> Path:
    book = openpyxl.Workbook()
    build(book)
    book.save(path)
    return path


def test_title_rows_second_sheet_hidden_merged_numbers_dates(tmp_path: Path) -> None:
    def build(book: openpyxl.Workbook) -> None:
        book.active.title = "封面"
        book.active["A1"] = "2024 春季招聘会"  # a cover sheet with no table
        sheet = book.create_sheet("报名")
        sheet["A1"] = "2024 春季招聘会报名表"
        sheet.merge_cells("A1:D1")
        sheet["A2"] = "说明：请如实填写"
        sheet.append([])
        sheet.append([f"  {word} " for word in HEADER])
        sheet.append(["张三 ", 13812345678.0, dt.date(1990, 1, 2), "前程无忧"])
        sheet.append(["李四", 13812345679, dt.datetime(1991, 3, 4, 8, 30), None])
        sheet.append(["隐藏", 13800000000, None, None])
        sheet.append([])
        sheet.append(["王五", "138 1234 5670", None, "内推"])
        sheet.merge_cells("D5:D7")
        sheet.row_dimensions[7].hidden = True

    table = reading.read_table(_xlsx(tmp_path / "fair.xlsx", build))

    assert table.sheet == "报名"
    assert table.sheets == ("封面", "报名")
    assert table.header_row == 4
    assert table.headers == tuple(HEADER)
    assert [row.number for row in table.rows] == [5, 6, 9]
    first, second, third = (row.cells for row in table.rows)
    assert first == ("张三", 13812345678, dt.date(1990, 1, 2), "前程无忧")
    assert type(first[1]) is int
    assert second == ("李四", 13812345679, dt.datetime(1991, 3, 4, 8, 30), "前程无忧")
    assert third == ("王五", "138 1234 5670", None, "内推")


def test_formulas_are_not_evaluated_and_formula_text_stays_text(tmp_path: Path) -> None:
    def build(book: openpyxl.Workbook) -> None:
        sheet = book.active
        sheet.append(["姓名", "备注", "分数"])
        sheet.append(["张三", None, "=1+1"])  # a formula without a cached value
        sheet["B2"].value = "=HYPERLINK(\"http://x\")"
        sheet["B2"].data_type = "s"  # text that merely starts with "="

    table = reading.read_table(_xlsx(tmp_path / "f.xlsx", build))

    assert table.rows[0].cells == ("张三", '=HYPERLINK("http://x")', None)


def test_long_cell_is_truncated_with_a_warning(tmp_path: Path) -> None:
    def build(book: openpyxl.Workbook) -> None:
        book.active.append(["姓名", "自我介绍"])
        book.active.append(["张三", "好" * (reading.MAX_CELL_CHARS + 10)])

    table = reading.read_table(_xlsx(tmp_path / "long.xlsx", build))

    assert len(table.rows[0].cells[1]) == reading.MAX_CELL_CHARS
    assert [(w.row, w.column) for w in table.warnings] == [(2, 2)]


def test_blank_headers_are_named_by_column_and_extra_columns_kept(tmp_path: Path) -> None:
    def build(book: openpyxl.Workbook) -> None:
        book.active.append([None, "姓名", None, "手机"])
        book.active.append([None, "张三", "男", 13812345678, "多出来的"])

    table = reading.read_table(_xlsx(tmp_path / "gaps.xlsx", build))

    assert table.headers == ("姓名", "列2", "手机", "列4")
    assert table.rows[0].cells == ("张三", "男", 13812345678, "多出来的")


def test_a_sheet_can_be_chosen_and_a_missing_one_is_named(tmp_path: Path) -> None:
    def build(book: openpyxl.Workbook) -> None:
        book.active.append(["姓名", "手机"])
        book.active.append(["甲", 13800000001])
        other = book.create_sheet("补录")
        other.append(["姓名", "手机"])
        other.append(["乙", 13800000002])

    path = _xlsx(tmp_path / "two.xlsx", build)

    assert reading.list_sheets(path) == ("Sheet", "补录")
    assert reading.read_table(path, "补录").rows[0].cells == ("乙", 13800000002)
    with pytest.raises(reading.SheetNotFound, match="没有"):
        reading.read_table(path, "没有")


ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def test_ods_is_read(tmp_path: Path) -> None:
    path = tmp_path / "list.ods"
    content = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="名单">
<table:table-row><table:table-cell office:value-type="string"><text:p>姓名</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>手机</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>张三</text:p></table:table-cell>
<table:table-cell office:value-type="float" office:value="13812345678"><text:p>13812345678</text:p></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        # calamine's ODS reader wants no whitespace between cells, as LibreOffice writes.
        archive.writestr("content.xml", content.replace("\n", ""))
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST)

    table = reading.read_table(path)

    assert (table.sheet, table.headers) == ("名单", ("姓名", "手机"))
    assert table.rows[0].cells == ("张三", 13812345678)


CSV_TEXT = "报名表\n姓名,手机,城市\n张三 ,13812345678,东莞\n\n李四,13812345679,深圳\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_csv_in_every_encoding_excel_writes(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(CSV_TEXT.encode(encoding))

    table = reading.read_table(path)

    assert table.header_row == 2
    assert table.headers == ("姓名", "手机", "城市")
    assert [row.cells for row in table.rows] == [
        ("张三", "13812345678", "东莞"), ("李四", "13812345679", "深圳")]
    assert [row.number for row in table.rows] == [3, 5]


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_csv_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "list.txt"
    path.write_text(f"姓名{delimiter}城市\n张三{delimiter}\"东莞, 长安\"\n", encoding="utf-8")

    assert reading.read_table(path).rows[0].cells == ("张三", "东莞, 长安")


@given(st.lists(st.text(alphabet="张三李四王五欧阳联通東莞深圳abcé1", min_size=1, max_size=8),
                min_size=1, max_size=5))
def test_gbk_csv_reads_back_the_names_typed(names: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "names.csv"
        path.write_bytes("\n".join(["姓名,城市", *(f"{name},东莞" for name in names)])
                         .encode("gb18030"))
        assert csv_text.detect_encoding(path) == "gb18030"
        rows = reading.read_table(path).rows
    assert [row.cells[0] for row in rows] == [name.strip() for name in names]


def test_html_page_saved_as_xls_is_read(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_bytes("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>简历导出</title></head><body><p>导出时间 2024-05-01</p>
<table border="1"><tr><th>姓名</th><th>手机</th><th>来源</th></tr>
<tr><td> 张三 </td><td>13812345678</td><td rowspan="2">智联招聘</td></tr>
<tr><td>李&amp;四</td><td>13812345679</td></tr>
<tr><td colspan="3"></td></tr>
</table></body></html>""".encode("gbk"))

    table = reading.read_table(path)

    assert table.headers == ("姓名", "手机", "来源")
    assert [row.cells for row in table.rows] == [
        ("张三", "13812345678", "智联招聘"), ("李&四", "13812345679", "智联招聘")]
    assert reading.list_sheets(path) == ("export",)


def test_legacy_xls_title_second_sheet_hidden_and_merged(tmp_path: Path) -> None:
    """A real BIFF8 workbook, as Excel 97–2003 saves it (written with xlwt)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("说明").write(0, 0, "见第二页")
    sheet = book.add_sheet("报名")
    sheet.write_merge(0, 0, 0, 3, "2024 春季招聘会报名表")
    for column, header in enumerate(HEADER):
        sheet.write(1, column, f" {header} ")
    sheet.write(2, 0, "张三")
    sheet.write(2, 1, 13812345678.0)
    sheet.write(3, 0, "隐藏")
    sheet.write(3, 1, "13800000000")
    sheet.row(3).hidden = True
    sheet.write_merge(4, 5, 3, 3, "内推")
    sheet.write(4, 0, "李四")
    sheet.write(5, 0, "王五")
    path = tmp_path / "fair.xls"
    book.save(str(path))

    table = reading.read_table(path)

    assert (table.sheet, table.headers, table.header_row) == ("报名", tuple(HEADER), 2)
    assert [row.number for row in table.rows] == [3, 5, 6]
    assert table.rows[0].cells[:2] == ("张三", 13812345678)
    assert [row.cells[3] for row in table.rows[1:]] == ["内推", "内推"]


def _ods(path: Path, rows_xml: str, sheet: str = "名单") -> Path:
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="封面"><table:table-row
 table:visibility="collapse"><table:table-cell office:value-type="string"><text:p>x</text:p>
</table:table-cell></table:table-row></table:table><table:table table:name="{sheet}">
{rows_xml}</table:table></office:spreadsheet></office:body></office:document-content>"""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content.replace("\n", ""))
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST)
    return path


def _ods_row(*cells: str, attributes: str = "") -> str:
    return (f"<table:table-row {attributes}>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>'
        for c in cells) + "</table:table-row>")


def test_ods_rows_hidden_by_hand_or_by_a_filter_are_skipped(tmp_path: Path) -> None:
    rows = (_ods_row("姓名", "手机")
            + _ods_row("张三", "13812345678")
            + _ods_row("隐藏", "13800000000", attributes='table:visibility="collapse"')
            + _ods_row("筛掉", "13800000001", attributes=(
                'table:visibility="filter" table:number-rows-repeated="2"'))
            + _ods_row("李四", "13812345679")
            + '<table:table-row table:number-rows-repeated="1048570" '
              'table:visibility="collapse"><table:table-cell/></table:table-row>')
    path = _ods(tmp_path / "list.ods", rows)

    table = reading.read_table(path)

    assert [(row.number, row.cells[0]) for row in table.rows] == [(2, "张三"), (6, "李四")]
