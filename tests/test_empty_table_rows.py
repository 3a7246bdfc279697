"""Tables written with an empty header row (`| | |` over `| --- | --- |`, GitHub's way to
write a table without one) or an empty last row: a card shows only the rows with text."""

from __future__ import annotations

from flashgen.render import render_markdown

from .conftest import built_into_anki, write

NOTE = """# 설계

## 설계 순서
설계는 다음 순서로 진행한다.

| | |
| --- | --- |
| 1단계 | 문제 정의 |
| 2단계 | 지표 선정 |
| 3단계 | |
| | |

## 계층 비교
| 계층 | 역할 |
| --- | --- |
| | |
| 응용 | 사용자 요청 처리 |
"""


def _backs(collection, tmp_path) -> dict[str, str]:
    notes = write(tmp_path / "source" / "design.md", NOTE).parent
    report, shown = built_into_anki(collection, [notes], tmp_path / "d")
    assert not report.failed, report.problems
    return dict(shown)


def test_anki_shows_a_headerless_table_without_its_empty_header_and_last_rows(collection, tmp_path):
    backs = _backs(collection, tmp_path)
    [back] = [back for front, back in backs.items() if "설계 순서" in front]
    assert "<thead>" not in back and "<th>" not in back
    assert back.count("<tr>") == 3  # the three steps; the step without a name stays
    assert "<td>1단계</td>" in back and "<td>3단계</td>" in back
    assert "<tr>\n<td></td>\n<td></td>\n</tr>" not in back


def test_anki_keeps_a_tables_named_columns_and_drops_an_empty_row_between(collection, tmp_path):
    backs = _backs(collection, tmp_path)
    [back] = [back for front, back in backs.items() if "계층 비교" in front]
    assert "<th>계층</th>" in back and "<th>역할</th>" in back
    assert back.count("<tr>") == 2
    assert "<td>응용</td>" in back


def test_a_table_of_only_empty_rows_leaves_nothing_on_the_card():
    assert render_markdown("앞 문장\n\n| | |\n| --- | --- |\n| | |\n") == "앞 문장"


def test_an_empty_row_inside_a_list_item_table_goes_too():
    html = render_markdown("- 순서\n\n  | | |\n  | --- | --- |\n  | 1 | 정의 |\n  |  |  |\n")
    assert "<thead>" not in html and html.count("<tr>") == 1
