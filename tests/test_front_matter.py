"""Reading a note's front matter: the forms Obsidian, Jekyll and Hugo notes use."""

from __future__ import annotations

import pytest

from flashgen.frontmatter import split_front_matter
from flashgen.model import CardsMode


def front_matter(*lines: str):
    return split_front_matter("\n".join(["---", *lines, "---", "# Note", ""]))[0]


@pytest.mark.parametrize(
    "lines",
    [
        ("tags: [os, process scheduling]",),
        ("tags: os, process scheduling",),
        ("tags:", "  - os", "  - process scheduling"),
        ("tags:", "- '#os'", '- "process scheduling"'),
    ],
)
def test_tags_in_every_form_become_anki_tags_without_spaces(lines):
    assert front_matter(*lines).tags == ("os", "process_scheduling")


def test_space_separated_tags_are_several_tags():
    assert front_matter("tags: os network").tags == ("os", "network")


def test_keys_flashgen_does_not_read_are_passed_over_quietly():
    result = front_matter(
        "title: 프로세스", "aliases:", "  - proc", "meta:", "  author: kim", "cards: explicit"
    )
    assert result.cards is CardsMode.EXPLICIT and result.problems == ()


def test_a_line_that_is_not_a_setting_is_reported_with_its_line():
    result = front_matter("deck: OS", "this is not yaml", "cards: off  # for now")
    assert result.problems == ((3, "front matter line not understood: 'this is not yaml'"),)
    assert result.deck == "OS" and result.cards is CardsMode.OFF


def test_front_matter_lines_are_blanked_so_later_lines_keep_their_numbers():
    text = "---\ndeck: OS\n---\n# Note\n"
    _, body = split_front_matter(text)
    assert body.split("\n")[3] == "# Note" and "deck" not in body


def test_comments_are_left_out_but_a_quoted_hash_is_kept():
    result = front_matter(
        'deck: "C# 기초"  # the deck', "tags: [csharp, dotnet]  # both", "cards: off # for now"
    )
    assert (result.deck, result.tags, result.cards) == ("C# 기초", ("csharp", "dotnet"), "off")


def test_front_matter_never_closed_ends_where_its_settings_end_and_is_reported():
    result, body = split_front_matter(
        "---\ndeck: OS\ntags:\n  - os\n# 프로세스\n- PCB: 제어 블록\n"
    )
    assert (result.deck, result.tags) == ("OS", ("os",))
    assert result.problems[0][0] == 1 and "no closing" in result.problems[0][1]
    assert body.split("\n")[4:6] == ["# 프로세스", "- PCB: 제어 블록"]


def test_a_rule_at_the_top_of_a_note_is_not_front_matter():
    text = "---\n# Title\ntext\n---\nmore\n"
    assert split_front_matter(text) == (split_front_matter("")[0], text)


def test_a_deck_written_as_a_broken_list_is_reported_and_the_title_used():
    result = front_matter("deck: [oops")
    assert result.deck is None
    assert result.problems == ((2, "front matter 'deck' must be a name, not '[oops'; "
                                   "the note's title is used"),)  # fmt: skip


def test_tags_with_an_unclosed_bracket_are_reported_and_read_without_it():
    result = front_matter("tags: [a, b")
    assert result.tags == ("a", "b")
    assert result.problems == ((2, "front matter 'tags' has an unclosed bracket: '[a, b'"),)


def test_a_misspelled_key_is_reported_with_the_key_it_resembles():
    result = front_matter("tag: linux", "title: 리눅스")
    assert result.tags == ()
    assert result.problems == ((2, "front matter key 'tag' is not read; did you mean 'tags'?"),)


def test_front_matter_opening_on_a_key_in_korean_is_read_and_shows_on_no_card():
    """`과목: 전기기기` first (Obsidian writes keys in the writer's language): front matter all
    the same, its tags read and its lines blanked. Read as text, the lines over the closing
    `---` made a heading of them, a card asking `과목: 전기기기 tags: […] created: …`."""
    text = "---\n과목: 전기기기\ntags: [유도기, 기사]\n진도: 완료\n---\n# 유도기\n\n슬립은 …\n"
    settings, rest = split_front_matter(text)
    assert settings.tags == ("유도기", "기사")
    assert "과목" not in rest and rest.count("\n") == text.count("\n")
