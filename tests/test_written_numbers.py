"""A numbered list on a card shows the numbers its writer wrote where they jump ahead, so an
answer is not read as the wrong step; both renderers (the shortcut and markdown-it) agree."""

from flashgen.render import render_markdown
from flashgen.safe_html import is_inert_html


def test_a_number_jumping_ahead_is_shown_as_written():
    """`1.`, `2.`, `4.`: the answers to questions 1, 2 and 4, not 1 to 3."""
    assert render_markdown("1. yes\n2. no\n4. six") == (
        '<ol>\n<li>yes</li>\n<li>no</li>\n<li value="4">six</li>\n</ol>'
    )


def test_markdown_it_shows_the_jump_as_the_shortcut_does():
    """A list the shortcut leaves to markdown-it (an item over two paragraphs, raw HTML that
    is sanitised) keeps the written number too."""
    rendered = render_markdown("1. <b>yes</b>\n\n   because\n3. six")
    assert '<li value="3">' in rendered
    assert rendered.count("value=") == 1
    assert is_inert_html(rendered)


def test_a_list_numbered_lazily_counts_up():
    """`1.`, `1.`, `1.`: the writer let the count do the numbering, as CommonMark does."""
    assert render_markdown("1. a\n1. b\n1. c") == "<ol>\n<li>a</li>\n<li>b</li>\n<li>c</li>\n</ol>"


def test_a_number_going_back_is_counted_over():
    """`1.`, `2.`, `3.`, `1.`: a slip the writer's own viewer counts over (it shows 4), as the
    card does; so does `3.` written twice, and a list starting at 3 keeps its start."""
    assert "value=" not in render_markdown("1. a\n2. b\n3. c\n1. d")
    assert "value=" not in render_markdown("1. a\n2. b\n3. c\n3. d\n4. e")
    assert render_markdown("3. c\n4. d") == '<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>'


def test_only_a_number_is_taken_as_an_item_s_value():
    """A field read back from the cache holding `<li value="…">` passes only with a number."""
    assert is_inert_html('<ol>\n<li value="4">six</li>\n</ol>')
    assert not is_inert_html('<ol>\n<li value="x">six</li>\n</ol>')
    assert not is_inert_html('<p value="4">six</p>')
