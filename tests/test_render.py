"""Markdown → the HTML Anki shows: what survives, what is made safe."""

from flashgen.render import render_markdown


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


def test_code_blocks_keep_their_text_escaped():
    html = render_markdown("```python\nif a < b:\n    pass\n```")
    assert "<pre><code" in html
    assert "if a &lt; b:\n    pass" in html


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


def test_footnote_markers_pointing_into_the_page_are_dropped():
    assert render_markdown("빠른 정렬이다.<sup>[1)](#ref1)</sup>") == "빠른 정렬이다."


def test_links_into_the_page_keep_only_their_text():
    html = render_markdown("|7. [응용 계층](#application)|HTTP|\n|---|---|\n|a|b|")
    assert "응용 계층" in html
    assert 'href="#' not in html
    assert 'href="https://example.com"' in render_markdown("[docs](https://example.com)")
