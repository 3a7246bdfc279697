"""Markdown → the HTML Anki shows: what survives, what is made safe."""

import re
from dataclasses import replace

from flashgen.model import Card
from flashgen.render import footnotes_of, references_of, render_card, render_markdown


def test_korean_text_and_bold_come_through_intact():
    assert render_markdown("**호환성 문제**가 발생할 수 있음") == (
        "<strong>호환성 문제</strong>가 발생할 수 있음"
    )


def test_a_one_line_front_is_not_wrapped_in_a_paragraph():
    assert render_markdown("EC2") == "EC2"


def test_bullets_become_an_html_list():
    assert render_markdown("- 장점\n- 단점") == "<ul>\n<li>장점</li>\n<li>단점</li>\n</ul>"


def test_remote_images_are_kept_as_img_tags_with_their_url():
    html = render_markdown("![diagram](https://example.com/images/arch.png)")
    assert '<img src="https://example.com/images/arch.png" alt="diagram">' in html


def test_tables_render_as_html_tables():
    html = render_markdown("| 수준 | 현상 |\n|---|---|\n| READ COMMITTED | Non-repeatable read |")
    assert "<table>" in html
    assert "<td>READ COMMITTED</td>" in html


def test_code_blocks_keep_their_text_escaped_and_colour_what_names_a_language():
    html = render_markdown("```python\nif a < b:\n    pass\n```")
    assert html.startswith('<pre><code class="language-python">')
    assert '<span class="hl-k">if</span>' in html
    assert re.sub(r"<[^>]+>", "", html) == "if a &lt; b:\n    pass\n"


def test_titled_code_is_shown_under_its_title_as_the_page_shows_it():
    html = render_markdown(
        '```yaml title="settings.yml (to turn it off everywhere)"\nretry: 0\n```'
    )
    title = '<div class="code-title">settings.yml (to turn it off everywhere)</div>\n'
    assert html.startswith(title + '<pre><code class="language-yaml">')
    assert render_markdown('```yaml title="<b>"\nretry: 0\n```').startswith(
        '<div class="code-title">&lt;b&gt;</div>'
    )
    assert "code-title" not in render_markdown('```yaml\n# title="x"\nretry: 0\n```')


def test_a_code_title_shows_without_the_attributes_written_after_it():
    # MkDocs writes `title="…" linenums="1" hl_lines="5 7"`: the lines' numbers and marks
    # are no part of the title (it showed `psi.py" linenums=`).
    html = render_markdown('```python title="psi.py" linenums="1" hl_lines="5 7"\nx = 1\n```')
    assert html.startswith(
        '<div class="code-title">psi.py</div>\n<pre><code class="language-python">'
    )
    html = render_markdown("```js title='app.js' {1,3} showLineNumbers\nlet a\n```")
    assert html.startswith('<div class="code-title">app.js</div>')


def test_a_code_title_the_front_asks_by_is_not_said_again_over_its_code():
    code = '```sh title="drain a node"\nkubectl drain node-1\n```'
    card = Card(("Nodes",), ("Nodes",), "Upkeep", code, "nodes.md", 3, rule="heading_answer")
    asked = render_card(replace(card, question="Upkeep › drain a node")).answer
    named = render_card(card).answer
    assert "code-title" not in asked and asked.startswith("<pre><code")
    assert named.startswith('<div class="code-title">drain a node</div>')


def test_code_in_an_unknown_or_no_language_is_shown_plain():
    assert render_markdown("```\n<b>x</b>\n```") == "<pre><code>&lt;b&gt;x&lt;/b&gt;\n</code></pre>"
    assert "hl-" not in render_markdown("```nosuchlanguage\nx = 1\n```")


def test_every_fence_of_a_language_is_coloured_with_its_own_code():
    first = render_markdown("```python\nif a < b:\n    pass\n```")
    unknown = render_markdown("```nosuchlanguage\nwhile x:\n```")
    second = render_markdown("```Python\nwhile x:\n    break\n```")
    assert '<span class="hl-k">if</span>' in first and "while" not in first
    assert "hl-" not in unknown
    assert '<span class="hl-k">while</span>' in second and "if" not in second
    assert render_markdown("```python\nif a < b:\n    pass\n```") == first


def test_a_code_block_inside_a_list_item_is_highlighted():
    html = render_markdown("- 예시\n\n    ```sql\n    SELECT * FROM t;\n    ```\n")
    assert "<li>" in html and '<span class="hl-k">SELECT</span>' in html


def test_code_stays_coloured_when_the_note_also_has_raw_html():
    html = render_markdown("<kbd>Ctrl</kbd>\n\n```js\nlet x = 1;\n```")
    assert '<span class="hl-kd">let</span>' in html


def test_dollars_and_backslashes_inside_code_are_left_alone():
    assert render_markdown("`$x$ and \\(y\\)`") == "<code>$x$ and \\(y\\)</code>"
    html = render_markdown("```\n$PATH \\n \\(a\\)\n```")
    assert "$PATH \\n \\(a\\)" in html


def test_math_keeps_every_backslash_in_lists_tables_and_matrices():
    assert render_markdown("- $\\frac{a}{b}$") == "<ul>\n<li>\\(\\frac{a}{b}\\)</li>\n</ul>"
    table = render_markdown("| f | 값 |\n|---|---|\n| $\\sqrt{x}$ | 1 |")
    assert "<td>\\(\\sqrt{x}\\)</td>" in table
    matrix = render_markdown("$$\n\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}\n$$")
    assert matrix == "<div>\\[\\begin{pmatrix} a &amp; b \\\\ c &amp; d \\end{pmatrix}\\]</div>"
    assert render_markdown("\\(\\{x \\mid x > 0\\}\\)") == "\\(\\{x \\mid x &gt; 0\\}\\)"


def test_strikethrough_task_lists_and_blockquotes_render():
    assert render_markdown("~~old~~ new") == "<s>old</s> new"
    tasks = render_markdown("- [x] done\n- [ ] todo")
    assert tasks.count('type="checkbox"') == 2 and 'checked="checked"' in tasks
    assert render_markdown("> 인용").startswith("<blockquote>")


def test_nested_lists_and_tables_inside_lists_keep_their_shape():
    html = render_markdown(
        "- 장점\n    - 롤백\n        - 즉시\n- 표\n\n    | a | b |\n    |---|---|\n    | 1 | 2 |\n"
    )
    assert html.count("<ul>") == 3
    assert "<li>\n<p>표</p>\n<table>" in html


def test_inline_math_reaches_mathjax_with_its_backslashes():
    assert render_markdown(r"\(a_1 + b_1\)") == r"\(a_1 + b_1\)"
    assert render_markdown(r"\[\sum_i x_i\]") == r"\[\sum_i x_i\]"


def test_dollar_math_becomes_anki_mathjax_delimiters():
    assert render_markdown("$x^2$") == r"\(x^2\)"
    assert render_markdown("$$E = mc^2$$") == r"<div>\[E = mc^2\]</div>"
    assert render_markdown("where $$E = mc^2$$ holds") == r"where \[E = mc^2\] holds"


def test_emphasis_markers_inside_math_are_not_eaten():
    assert render_markdown(r"$a*b*c$") == r"\(a*b*c\)"


def test_prices_are_not_math():
    assert render_markdown("costs $5 or $6") == "costs $5 or $6"


def test_a_formula_opening_a_text_that_ends_on_a_digit_is_math():
    # a table cell `$x>0$ 이면 $g$, 아니면 0` showed its first formula raw
    assert render_markdown("$x>0$ 이면 $g$, 아니면 0") == r"\(x&gt;0\) 이면 \(g\), 아니면 0"
    table = "| f | grad |\n|---|---|\n| ReLU | $x>0$ 이면 $g$, 아니면 0 |"
    assert r"<td>\(x&gt;0\) 이면 \(g\), 아니면 0</td>" in render_markdown(table)
    assert render_markdown("$5 and $6 on day 2") == "$5 and $6 on day 2"


def test_scripts_and_event_handlers_are_removed_from_raw_html():
    html = render_markdown(
        '<script>alert(1)</script><img src="x.png" onerror="alert(1)">'
        '<a href="javascript:alert(1)">link</a>'
    )
    assert "<script" not in html
    assert "onerror" not in html
    assert "javascript:" not in html
    assert '<img src="x.png">' in html


def test_harmless_raw_html_is_kept():
    assert render_markdown("H<sub>2</sub>O and <kbd>Ctrl</kbd>") == (
        "H<sub>2</sub>O and <kbd>Ctrl</kbd>"
    )


def test_spacing_breaks_at_the_end_of_a_side_leave_no_blank_lines_under_it():
    assert render_markdown("트리거가 실행되는 시기를 지정한다.\n<br><br>") == (
        "트리거가 실행되는 시기를 지정한다."
    )
    assert render_markdown("- 웹 서버 증설\n- 캐시 서버 추가\n<br>") == (
        "<ul>\n<li>웹 서버 증설</li>\n<li>캐시 서버 추가</li>\n</ul>"
    )
    assert render_markdown("<div>\n  <b>그림</b>\n</div>\n<br>\n<br/>") == (
        "<div>\n  <b>그림</b>\n</div>"
    )


def test_breaks_inside_a_side_and_in_code_are_kept():
    assert render_markdown("첫 줄<br>둘째 줄") == "첫 줄<br>둘째 줄"
    html = render_markdown("<b>예</b>\n\n```\n<br>\n```")
    assert html.endswith("<pre><code>&lt;br&gt;\n</code></pre>")


def test_footnote_markers_pointing_into_the_page_are_dropped():
    assert render_markdown("빠른 정렬이다.<sup>[1)](#ref1)</sup>") == "빠른 정렬이다."


def test_a_footnote_cited_on_a_card_is_explained_on_its_back():
    card = Card(
        deck=("DB",),
        context=("DB",),
        question="B-tree",
        answer="균형 트리[^bt]이다.",
        note_name="db.md",
        line=3,
        rule="heading_answer",
    )
    footnotes = footnotes_of("# DB\n## B-tree\n균형 트리[^bt]이다.\n\n[^bt]: Bayer, 1972\n")
    answer = render_card(card, footnotes).answer
    assert '<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>' in answer
    assert '<section class="footnotes">' in answer and "Bayer, 1972" in answer
    assert "↩" not in answer
    with_html = render_card(replace(card, answer=card.answer + "<br>"), footnotes).answer
    assert '<section class="footnotes">' in with_html


def test_a_footnote_goes_on_with_the_lines_indented_under_it():
    # As MkDocs and GitHub show it: the second line was lost (`Skew is a bug; …`).
    note = (
        "# ML\n## Glossary\nSkew\n:   Train and serve differ. Not drift[^1].\n\n"
        "[^1]: Drift = the world changed.\n    Skew is a bug; drift is weather.\n\n"
        "A paragraph of the page.\n"
    )
    footnotes = footnotes_of(note)
    assert footnotes == {"1": "Drift = the world changed.\n    Skew is a bug; drift is weather."}
    said = "Train and serve differ. Not drift[^1]."
    card = Card(("ML",), ("ML",), "Skew", said, "ml.md", 3, rule="term_definition")
    answer = render_card(card, footnotes).answer
    assert "Skew is a bug; drift is weather." in answer
    assert "A paragraph of the page." not in answer


def test_a_line_of_fenced_code_is_no_reference_shown_again_under_the_card():
    # `[K in keyof T]: …` in TypeScript looks like a link reference definition; a card
    # quoting the code showed it a second time under the code block, as a paragraph.
    code = "```ts\ntype Flags<T> = {\n  [K in keyof T]: boolean;\n};\n```"
    note = f"# Types\n## Mapped types\nEach key made a flag:\n\n{code}\n"
    card = Card(
        deck=("Types",),
        context=("Types",),
        question="Mapped types",
        answer=f"Each key made a flag:\n\n{code}",
        note_name="types.md",
        line=3,
        rule="heading_answer",
    )
    assert references_of(note) == {}
    answer = render_card(card, footnotes_of(note), references_of(note)).answer
    assert answer.endswith("</pre>")
    assert references_of("See [the spec][s].\n\n[s]: https://example.org/spec\n") == {
        "[s]": "[s]: https://example.org/spec"
    }


def test_more_hostile_html_is_defused():
    html = render_markdown(
        '<a href="JaVaScript:alert(1)">x</a><iframe src="https://e.example"></iframe>'
        '<div style="position:fixed" onmouseover="alert(1)">덮개</div>'
        '<object data="x.swf"></object><form action="https://e.example"><input name="p"></form>'
        "<style>body{display:none}</style><svg onload=alert(1)><circle/></svg>"
    )
    assert "alert" not in html.lower().replace("javascript", "")
    for tag in ("<iframe", "<object", "<form", "<style", "<svg", "style=", "onmouseover"):
        assert tag not in html.lower()
    assert "href" not in html and "<div>덮개</div>" in html


def test_data_urls_stay_only_as_image_sources():
    html = render_markdown(
        '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">x</a>'
        '<img src="data:image/png;base64,iVBORw0KGgo=">'
    )
    assert "<a>x</a>" in html
    assert '<img src="data:image/png;base64,iVBORw0KGgo=">' in html
    assert "<a" not in render_markdown("[x](javascript:alert(1)) [y](data:text/html,z)")


def test_links_into_the_page_keep_only_their_text():
    html = render_markdown("|7. [응용 계층](#application)|HTTP|\n|---|---|\n|a|b|")
    assert "응용 계층" in html
    assert 'href="#' not in html
    assert 'href="https://example.com"' in render_markdown("[docs](https://example.com)")
    assert render_markdown('[목차](#toc "맨 위로")') == "목차"


def test_text_that_only_looks_like_a_link_into_the_page_stays_as_written():
    # A space cannot stand in a link's address: this is text, and its gap stays.
    text = "[a](#b {{c1::Routing}} 경로)"
    assert render_markdown(text) == text


def test_a_card_the_sanitiser_leaves_blank_is_not_made(tmp_path):
    from flashgen.note_cards import cards_of_note
    from flashgen.sources import NoteFile

    note = tmp_path / "web.md"
    note.write_text(
        '# Web\n\n## 스크립트 그림\n<img src="javascript:alert(1)">\n\n'
        '## 그림\n<img src="https://example.com/a.png">\n\n## XSS\n- 입력을 스크립트로 실행시키는 공격\n',
        encoding="utf-8",
    )
    result = cards_of_note(NoteFile(note, note.name, note.name))

    assert [card.card.question for card in result.cards] == ["그림", "XSS"]
    assert all(
        re.sub(r"<[^>]*>", "", card.answer).strip() or "<img" in card.answer
        for card in result.cards
    )


def test_a_cloze_card_is_made_only_when_its_front_holds_a_cloze_anki_makes_a_card_of():
    from flashgen.model import CardKind
    from flashgen.render import shows_something

    def cloze(front: str) -> Card:
        return Card(deck=("AWS",), context=(), question=front, answer="", note_name="aws.md",
                    line=1, rule="cloze", kind=CardKind.CLOZE)  # fmt: skip

    assert shows_something(render_card(cloze("{{c1::ELB}}가 트래픽을 나눈다")))
    assert not shows_something(render_card(cloze("{{c0::ELB}}가 트래픽을 나눈다")))
    assert not shows_something(render_card(cloze("ELB가 트래픽을 나눈다")))


def test_kramdown_attribute_lists_after_images_and_paragraphs_are_not_shown():
    page = (
        '![](img/udp.png){: width="400"}\n\n'
        "데이터그램 방식은 연결 없이 보낸다.\n{:.center}\n\n"
        "- 가상 회선 방식 {: .note}\n"
    )

    html = render_markdown(page)

    assert "{:" not in html and '<img src="img/udp.png" alt="" width="400">' in html
    assert "데이터그램 방식은 연결 없이 보낸다." in html and "가상 회선 방식</li>" in html


def test_mkdocs_attribute_lists_size_the_picture_and_are_not_shown():
    page = (
        "A heap keeps its smallest key on top.\n\n"
        '![heap](img/heap.png){ width="320" height=200 }\n\n'
        "![tree](img/tree.png){ align=left }\n\n"
        "## Sift down { #sift-down .wide }\n\n"
        "Swap with the smaller child.\n{: .note }\n"
    )

    html = render_markdown(page)

    assert "{" not in html and "align" not in html
    assert '<img src="img/heap.png" alt="heap" width="320" height="200">' in html
    assert '<img src="img/tree.png" alt="tree">' in html and "<h2>Sift down</h2>" in html


def test_braces_in_prose_code_and_formulas_are_not_attribute_lists():
    page = "The set {a, b} and {x=1} stay.\n\n`{ width=1 }` and $S = \\{ x=1 \\}$ {x=2}\n"

    html = render_markdown(page)

    assert "{a, b} and {x=1} stay." in html and "<code>{ width=1 }</code>" in html
    assert "{x=2}" in html


def test_an_attribute_list_written_in_code_is_shown_as_written():
    page = 'kramdown: `{: .center}`\n\n```markdown\n![](a.png){: width="400"}\n```\n'

    html = render_markdown(page)

    assert "<code>{: .center}</code>" in html
    assert "{: width=&quot;400&quot;}" in html or '{: width="400"}' in html


def test_a_type_parameter_written_in_a_line_shows_as_written():
    """`<T>` names no HTML element: a browser would drop it as a tag, the writer meant it."""
    assert render_markdown("static_cast <T>(expr)") == "static_cast &lt;T&gt;(expr)"
    html = render_markdown("- List<String> names = new ArrayList<>();\n- Map<K, V>")
    assert "List&lt;String&gt; names" in html


def test_real_tags_beside_a_type_parameter_still_render_and_are_still_made_safe():
    html = render_markdown("Stream<Double> is <b>boxed</b><script>alert(1)</script>")
    assert html.startswith("Stream&lt;Double&gt; is <b>boxed</b>")
    assert "<script" not in html and "alert" not in html


def test_bold_followed_by_a_korean_particle_is_bold_not_asterisks():
    """`**O(logN)**을`: CommonMark keeps both `**` when punctuation ends the bold and a
    letter follows, which is how Korean attaches its particles."""
    assert render_markdown("시간 복잡도는 **O(logN)**을 보장한다") == (
        "시간 복잡도는 <strong>O(logN)</strong>을 보장한다"
    )
    assert render_markdown("이를 **DBCP(Connection Pool)**이라 부른다\n\n- 끝") == (
        "<p>이를 <strong>DBCP(Connection Pool)</strong>이라 부른다</p>\n<ul>\n<li>끝</li>\n</ul>"
    )
    assert render_markdown("가**(괄호)**나") == "가<strong>(괄호)</strong>나"


def test_asterisks_beside_latin_words_follow_commonmark_as_before():
    assert render_markdown("**Tailoring is key. **It") == "**Tailoring is key. **It"
    assert render_markdown("a**(b)**c") == "a**(b)**c"


def test_a_page_put_where_a_picture_goes_shows_its_words_not_a_broken_picture():
    html = render_markdown(
        "자세한 설명은 아래에\n\n![람다 표현식 페이지](https://github.com/u/r/blob/main/java/lambda.md)"
    )
    assert html == "<p>자세한 설명은 아래에</p>\n<p>람다 표현식 페이지</p>"
    assert render_markdown("![b](notes/x.md#part) and ![a](img/x.png)") == (
        'b and <img src="img/x.png" alt="a">'
    )


def test_superscripts_and_subscripts_stay():
    assert render_markdown("O(n<sup>2</sup>), H<sub>2</sub>O") == (
        "O(n<sup>2</sup>), H<sub>2</sub>O"
    )


def test_a_bullet_left_empty_shows_no_empty_bullet():
    assert render_markdown("* BERT embeddings\n* \n* content embeddings?") == (
        "<ul>\n<li>BERT embeddings</li>\n<li>content embeddings?</li>\n</ul>"
    )


def test_a_lone_asterisk_beside_korean_is_not_read_as_italics_any_more_than_before():
    assert render_markdown("장점*: 빠름, 단점*: 느림") == "장점*: 빠름, 단점*: 느림"


def test_markdown_on_the_line_after_a_closing_tag_is_read_as_markdown():
    """An HTML block runs on to a blank line: the credit under a picture would show its
    link syntax raw."""
    html = render_markdown(
        '<div align="center">\n<img src="https://e.com/tree.png">\n</div>\n'
        "출처 : [rebro](https://rebro.kr/169) **삽입** 예시"
    )
    assert html.endswith(
        '<p>출처 : <a href="https://rebro.kr/169">rebro</a> <strong>삽입</strong> 예시</p>'
    )
    assert '<img src="https://e.com/tree.png">' in html


def test_html_that_goes_on_after_a_closing_tag_stays_html():
    html = render_markdown("<details>\n<summary>질문</summary>\n\n답 **굵게**\n</details>")
    assert "<details>" in html and "</details>" in html
    code_after_tag = render_markdown("<div>\n<b>a</b>\n</div>\n    - indented")
    assert "<pre>" not in code_after_tag


def test_a_capitalised_type_that_is_also_an_element_name_shows_as_written():
    assert render_markdown("Stream<Object> stream = Stream.empty();") == (
        "Stream&lt;Object&gt; stream = Stream.empty();"
    )
    assert render_markdown("줄<BR>바꿈") == "줄<br>바꿈"


def test_a_link_whose_address_holds_spaces_and_parentheses_is_a_link_not_raw_syntax():
    html = render_markdown(
        "캐시([페이지 테이블](https://github.com/u/notes/blob/main/CS Notes/OS/페이징 (요약).md) 참고)"
    )
    assert html.startswith('캐시(<a href="https://github.com/u/notes/blob/main/CS%20Notes/OS/')
    assert "%20(%EC%9A%94%EC%95%BD).md" in html
    assert html.endswith(">페이지 테이블</a> 참고)")
    assert "](" not in html


def test_a_link_to_another_note_whose_name_holds_spaces_shows_its_words():
    assert render_markdown("see [Page Tables](./Page Tables.md) first") == "see Page Tables first"


def test_words_in_parentheses_after_brackets_stay_as_written():
    for text in ("캐시는 [선택](추가 요금 있음)이다", "[1](the first edition)"):
        assert render_markdown(text) == text
    assert render_markdown('[a](b c.md "t")') == "[a](b c.md &quot;t&quot;)"


def test_a_link_with_spaces_written_in_code_stays_code():
    assert render_markdown("`[a](https://x.org/a b)`") == "<code>[a](https://x.org/a b)</code>"


def test_a_spaced_address_of_a_picture_or_a_script_is_not_made_a_link():
    for text in ("![그림](https://x.org/a b.png)", "[x](javascript:alert(1) a.md)"):
        assert render_markdown(text) == text


def test_a_formula_whose_closing_dollar_is_missing_ends_where_the_words_go_on():
    html = render_markdown(
        r"Split: $\sum_{i=1}^{k+1} i = \sum_{i=1}^{k} i + (k+1). By the hypothesis it is $k^{2}$."
    )
    assert html == (
        r"Split: \(\sum_{i=1}^{k+1} i = \sum_{i=1}^{k} i + (k+1)\). "
        r"By the hypothesis it is \(k^{2}\)."
    )


def test_a_formula_left_open_at_the_end_of_a_line_is_closed_there():
    assert render_markdown("- let this be $s_{0} =\n- next") == (
        "<ul>\n<li>let this be \\(s_{0} =\\)</li>\n<li>next</li>\n</ul>"
    )
    assert render_markdown(r"$\sum_{i} x_i 는 합이다") == r"\(\sum_{i} x_i\) 는 합이다"


def test_words_inside_tex_braces_do_not_end_an_open_formula():
    assert render_markdown(r"$\text{for all x} \in A and more") == (
        r"\(\text{for all x} \in A\) and more"
    )


def test_tex_with_a_space_just_inside_its_dollars_is_a_formula():
    assert render_markdown(r"Let $f$ and any $ a,b \in \mathbb{R}$.") == (
        r"Let \(f\) and any \(a,b \in \mathbb{R}\)."
    )
    assert render_markdown(r"$\alpha $ then $ x_{1} $") == r"\(\alpha\) then \(x_{1}\)"


def test_spaced_dollars_around_no_tex_or_before_a_digit_stay_as_written():
    for text in ("from $ 5 to $ 10 a day", "$x $ and $ y $", r"$ \alpha $5 a month", "$ x^2$"):
        assert render_markdown(text) == text


def test_dollars_that_open_no_tex_stay_as_written():
    for text in ("echo $HOME_DIR and $PATH_NAME", "costs $5 a month", "$x $ and $y"):
        assert render_markdown(text) == text
    assert render_markdown(r"$\alpha$5 apples") == r"$\alpha$5 apples"  # as before: money
