"""MkDocs' content tabs and snippet lines, read line for line before a note is parsed."""

from __future__ import annotations

from flashgen.flavours.pages import content_tabs, without_snippet_lines


def test_a_tab_is_its_label_in_bold_over_its_text_unindented():
    text = '## Hashing\n\n=== "Open"\n\n    Probes the next slot.\n\n=== "Chained"\n    A list a slot.\n'

    shown, ends, labels = content_tabs(text)

    assert shown.split("\n") == [
        "## Hashing",
        "",
        "**Open**",
        "",
        "Probes the next slot.",
        "",
        "**Chained**\\",  # text right under its label: a line of its own, as on the page
        "A list a slot.",
        "",
    ]
    assert ends == frozenset(), "nothing after the tabs"
    assert labels == {2, 6}
    assert len(shown.split("\n")) == len(text.split("\n"))


def test_tabs_in_tabs_and_in_a_box_keep_their_depth_and_code_stays_as_written():
    text = """\
!!! tip "Two ways"

    === "Loop"

        ```python
        === "not a tab, code"
        ```

    === "Builtin"

        `sum(xs)`

Back in the page.

    === "an indented code block"
        stays code
"""
    shown, ends, _ = content_tabs(text)
    lines = shown.split("\n")

    assert lines[2] == "    **Loop**" and lines[8] == "    **Builtin**"
    assert lines[4:7] == ["    ```python", '    === "not a tab, code"', "    ```"]
    assert lines[10] == "    `sum(xs)`"
    assert lines[14:16] == ['    === "an indented code block"', "        stays code"]
    assert ends == {12}, "the page's text after the box"


def test_a_tab_marker_inside_a_paragraph_or_over_no_text_is_no_tab():
    for text in ('Some words\n=== "Joined"\n    more words', '=== "Empty"\n\nNot indented.'):
        assert content_tabs(text) == (text, frozenset(), frozenset())


def test_snippet_lines_show_nothing_but_in_code():
    text = '--8<-- "includes/glossary.md"\nWords.\n--8<--\na.md\nb.md\n--8<--\n```\n--8<-- "x"\n```'

    assert without_snippet_lines(text).split("\n") == [
        "", "Words.", "", "", "", "", "```", '--8<-- "x"', "```"
    ]  # fmt: skip
