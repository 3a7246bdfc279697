"""Notes, folders and servers nobody vetted: nothing outside the notes folder is read,
every message is one honest line, and one bad thing costs only itself.

Each test builds real decks from a notes folder made here (or fetches from a server on
127.0.0.1 started here) and looks at what a student would: the deck files, what Anki
imports from them, and the lines printed.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import re
import shutil
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from flashgen.downloads import RemoteImages
from flashgen.sources import find_notes

from .conftest import answer_of, build_decks, import_apkg, run, sides, write
from .images import png
from .test_anki_import import card_with_front

IMAGE = png(rgb=(30, 160, 90))
NOTE = "# {title}\n\n## 개념\n- 캐시: {title}의 답\n"


def deck_names(out: Path) -> list[str]:
    return sorted(path.name for path in out.glob("*.apkg"))


def unpacked(out: Path) -> bytes:
    """Every byte the decks in `out` hold, out of their zip compression: their collections
    and media files, and whatever else is beside them (the cache, the state)."""
    held = [path.read_bytes() for path in out.rglob("*") if path.is_file()]
    for deck in out.glob("*.apkg"):
        with zipfile.ZipFile(deck) as archive:
            held += [archive.read(name) for name in archive.namelist()]
    return b"".join(held)


# --- Notes and the notes folder ------------------------------------------------------------


@pytest.fixture
def notes(tmp_path, monkeypatch) -> Path:
    """A notes folder with one good note in it, and the current folder its parent."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "source" / "good.md", NOTE.format(title="Good"))
    return tmp_path / "source"


def test_a_note_linked_to_a_file_outside_the_notes_folder_is_not_read(notes, tmp_path):
    secret = write(tmp_path / "private" / "secret.md", "# Secret\n\n## key\n- password: hunter2\n")
    (notes / "x.md").symlink_to(secret)

    result = run("build")

    assert "source/x.md: error: a link to" in result.output
    assert "outside the notes folder: not read" in result.output
    assert deck_names(tmp_path / "decks") == ["Good.apkg"]
    assert b"hunter2" not in unpacked(tmp_path / "decks")


def test_a_note_linked_to_a_hidden_file_inside_the_folder_is_not_read(notes, tmp_path):
    write(notes / ".git" / "config", '[remote "origin"]\n\turl = https://token123@example.org/r\n')
    (notes / "config.md").symlink_to(Path(".git") / "config")

    result = run("build")

    assert (
        "source/config.md: error: a link to .git/config, a hidden file: not read" in result.output
    )
    assert deck_names(tmp_path / "decks") == ["Good.apkg"]


def test_an_obsidian_embed_reads_no_note_outside_the_vault(notes, tmp_path):
    (notes / ".obsidian").mkdir()
    write(tmp_path / "secret.md", "password: hunter2\n")
    (notes / "linked.md").symlink_to(tmp_path / "secret.md")
    write(notes / ".git" / "config", "url = https://hunter2@example.org/r\n")
    write(
        notes / "embeds.md",
        "# Embeds\n\n## 위로\n![[../secret]] 하나\n\n## 링크\n![[linked]] 둘\n\n"
        "## 숨김\n![[.git/config]] 셋\n",
    )

    result = run("build")

    assert "source/linked.md: error: a link to" in result.output
    assert (tmp_path / "decks" / "Embeds.apkg").exists()
    assert b"hunter2" not in unpacked(tmp_path / "decks")


def test_a_note_linked_to_another_note_inside_the_folder_is_read(notes, tmp_path):
    write(notes / "real" / "linux.md", NOTE.format(title="Linux"))
    (notes / "alias.md").symlink_to(Path("real") / "linux.md")

    result = run("build")

    assert result.exit_code == 0, result.output
    assert deck_names(tmp_path / "decks") == ["Good.apkg", "Linux.apkg"]


def test_a_symlink_loop_between_two_notes_is_a_warning_and_the_other_notes_are_built(
    notes, tmp_path
):
    (notes / "a.md").symlink_to("b.md")
    (notes / "b.md").symlink_to("a.md")

    result = run("build")

    assert result.exit_code == 0, result.output
    assert "source/a.md: warning: a link that cannot be followed" in result.output
    assert "source/b.md: warning: a link that cannot be followed" in result.output
    assert deck_names(tmp_path / "decks") == ["Good.apkg"]


def test_a_dangling_link_and_a_linked_folder_named_like_a_note_are_warnings(notes, tmp_path):
    (notes / "gone.md").symlink_to("nowhere.md")
    (notes / "folder.md").symlink_to(notes)  # a link to a folder, named like a note
    write(notes / "real.md" / "inner.md", NOTE.format(title="Inner"))

    result = run("check")

    assert "source/gone.md: warning: a link to nowhere.md, which is not there" in result.output
    assert (
        "source/folder.md: warning: a folder named like a note: not read as one "
        "(a link to one, not followed)" in result.output
    )
    assert (
        "source/real.md: warning: a folder named like a note: not read as one (notes in it are)"
        in result.output
    )
    assert run("build").exit_code == 0
    assert deck_names(tmp_path / "decks") == ["Good.apkg", "Inner.apkg"]


def test_a_fifo_named_like_a_note_is_not_opened(notes, tmp_path):
    os.mkfifo(notes / "pipe.md")  # opening it would wait for a writer forever

    result = run("build")

    assert "source/pipe.md: warning: not a regular file: not read" in result.output
    assert deck_names(tmp_path / "decks") == ["Good.apkg"]


def test_folders_nested_deeper_than_python_recurses_are_read(notes, tmp_path):
    deep = str(notes)
    for _ in range(1200):  # a clone can hold this; Python recurses 1,000 deep
        deep += "/d"
        os.mkdir(deep)  # one at a time: pathlib's and os's own makedirs recurse
    Path(deep, "deep.md").write_text(NOTE.format(title="Deep"))

    try:
        result = run("build")
    finally:  # as deep as it went, since removing a tree recurses too
        os.remove(Path(deep, "deep.md"))
        while deep != str(notes):
            os.rmdir(deep)
            deep = os.path.dirname(deep)

    assert result.exit_code == 0, result.output
    assert deck_names(tmp_path / "decks") == ["Deep.apkg", "Good.apkg"]


def test_fifos_where_a_vault_keeps_settings_and_notes_hold_no_build(tmp_path):
    vault = tmp_path / "source"
    write(vault / "good.md", NOTE.format(title="Good") + "- 링크: [[nowhere]]\n")
    (vault / ".obsidian").mkdir()
    os.mkfifo(vault / ".obsidian" / "templates.json")  # opening one waits for a writer forever
    os.mkfifo(vault / "pipe.md")
    os.mkfifo(vault / "picture.png")
    write(vault / "pics.md", "# Pics\n\n## 그림\n![[picture.png]] ![[pipe]] 설명\n")

    built = subprocess.run(
        [sys.executable, "-m", "flashgen", "build", "source"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,  # (the build itself takes a second or two)
    )

    assert "source/pipe.md: warning: not a regular file: not read" in built.stderr
    assert deck_names(tmp_path / "decks") == ["Good.apkg", "Pics.apkg"]


def test_a_huge_sparse_note_image_or_sound_is_refused_without_reading_it(
    notes, tmp_path, collection
):
    with (notes / "huge.md").open("wb") as note:
        note.write(b"# Huge\n\n## q\n- a: b\n")
        note.truncate(21_000_000)  # on paper: a sparse file takes no disk (nor 30 GB of it)
    with (notes / "huge.png").open("wb") as image:
        image.write(IMAGE)
        image.truncate(101_000_000)
    with (notes / "huge.mp3").open("wb") as sound:
        sound.truncate(101_000_000)
    write(notes / "pics.md", "# Pics\n\n## 그림\n![huge](huge.png) 설명 [sound:huge.mp3]\n")

    result = run("build")

    assert "source/huge.md: error: larger than 20 MB: not read as a note" in result.output
    assert "source/pics.md:4: warning: image huge.png is larger than 100 MB" in result.output
    assert "source/pics.md:4: warning: sound huge.mp3 is larger than 100 MB" in result.output
    assert deck_names(tmp_path / "decks") == ["Good.apkg", "Pics.apkg"]


@contextlib.contextmanager
def shared_folder() -> Iterator[Path]:
    """A folder another user can enter (a test's own tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="flashgen-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in folder.rglob("*"):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(folder)


class _NoOtherUser(Exception):
    """This machine does not let the tests take another user's uid."""


def as_another_user(function: Callable[[], object]) -> object:
    """`function()` run as a user without root's power to read every folder: when the tests
    run as root, in a forked child under the `nobody` uid (a fork, not a new interpreter,
    which that user may not be allowed to start from where Python is installed); else here."""
    if os.geteuid() != 0:
        return function()
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (the child's own coverage is not collected)
        try:
            os.close(reader)
            try:
                os.setgid(65534)
                os.setuid(65534)
            except OSError as error:
                outcome: object = _NoOtherUser(str(error))
            else:
                try:
                    outcome = function()
                except BaseException as error:
                    outcome = RuntimeError(f"{type(error).__name__}: {error}")
            with os.fdopen(writer, "wb") as pipe:
                pickle.dump(outcome, pipe)
        finally:
            os._exit(0)  # never back into the test run
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        outcome = pickle.load(pipe)
    os.waitpid(child, 0)
    if isinstance(outcome, _NoOtherUser):
        pytest.skip(f"cannot run as another user here: {outcome}")
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def test_a_folder_that_cannot_be_listed_is_an_error_and_the_other_notes_are_found():
    with shared_folder() as folder:
        write(folder / "source" / "good.md", NOTE.format(title="Good"))
        write(folder / "source" / "locked" / "hidden.md", NOTE.format(title="Hidden"))
        for path in (folder / "source", folder / "source" / "good.md"):
            path.chmod(0o755)
        (folder / "source" / "locked").chmod(0o000)

        found = as_another_user(
            lambda: [
                (file.name, file.refusal and (file.refusal.message, file.refusal.is_error))
                for file in find_notes([folder / "source"])
            ]
        )

    assert found == [
        ("good.md", None),
        ("locked", ("cannot read folder: Permission denied: its notes are left out", True)),
    ]


def test_an_unreadable_folder_is_reported_by_the_build_which_writes_the_other_decks(tmp_path):
    # A build here first, so that what a build imports on the way is loaded before the
    # other user (who cannot read this Python's own folder) runs one.
    write(tmp_path / "warm" / "w.md", NOTE.format(title="Warm"))
    build_decks([tmp_path / "warm"], tmp_path / "warm-out", jobs=1)
    with shared_folder() as folder:
        write(folder / "source" / "good.md", NOTE.format(title="Good"))
        write(folder / "source" / "locked" / "hidden.md", NOTE.format(title="Hidden"))
        (folder / "out").mkdir()
        for path in (folder / "source", folder / "source" / "good.md", folder / "out"):
            path.chmod(0o777)
        (folder / "source" / "locked").chmod(0o000)

        def build_there():
            report = build_decks([folder / "source"], folder / "out", jobs=1)
            return [str(problem) for problem in report.problems], deck_names(folder / "out")

        problems, decks = as_another_user(build_there)

    assert problems == [
        f"{folder}/source/locked: error: cannot read folder: Permission denied: "
        "its notes are left out"
    ]
    assert decks == ["Good.apkg"]


def test_an_unreadable_note_is_an_error_and_the_others_are_built():
    with shared_folder() as folder:
        write(folder / "source" / "good.md", NOTE.format(title="Good"))
        write(folder / "source" / "secret.md", NOTE.format(title="Secret"))
        for path in (folder / "source", folder / "source" / "good.md"):
            path.chmod(0o755)
        (folder / "source" / "secret.md").chmod(0o000)

        def read_there():
            from flashgen.note_cards import cards_of_note

            return [
                (file.name, str(result.problem) if result.problem else len(result.cards))
                for file in find_notes([folder / "source"])
                for result in [cards_of_note(file)]
            ]

        outcome = as_another_user(read_there)

    assert outcome == [
        ("good.md", 1),
        ("secret.md", f"{folder}/source/secret.md: error: cannot read: Permission denied"),
    ]


def test_an_image_that_loops_or_is_a_folder_is_a_warning_and_the_note_is_built(
    notes, tmp_path, collection
):
    (notes / "img").mkdir()
    (notes / "img" / "loop.png").symlink_to("loop2.png")
    (notes / "img" / "loop2.png").symlink_to("loop.png")
    (notes / "img" / "dir.png").mkdir()
    write(notes / "pics.md", "# Pics\n\n## 그림\n![a](img/loop.png) ![b](img/dir.png) 설명\n")

    result = run("build")

    assert result.exit_code == 0, result.output
    assert (
        "source/pics.md:4: warning: image img/loop.png is a link that leads back to itself"
        in result.output
    )
    assert "source/pics.md:4: warning: image img/dir.png is not a regular file" in result.output
    import_apkg(collection, tmp_path / "decks" / "Pics.apkg")
    assert "설명" in answer_of(sides(card_with_front(collection, "그림"))[1])


def test_hostile_image_paths_pack_nothing_from_outside_and_the_note_is_built(notes, tmp_path):
    secret = png(rgb=(6, 6, 6))
    (tmp_path / "secret.png").write_bytes(secret)
    (notes / "inside.png").symlink_to(tmp_path / "secret.png")
    paths = [
        "http://[::1/a.png",  # an address urllib cannot split
        "%2e%2e/secret.png",
        "..%2fsecret.png",
        "file:///etc/passwd",
        str(tmp_path / "secret.png"),
        "inside.png",
        "img/../../secret.png",
    ]
    images = "\n".join(f"- ![p{n}]({path}) 그림 {n}" for n, path in enumerate(paths))
    write(notes / "pics.md", f"# Pics\n\n## 그림들\n{images}\n\n## 용어\n- 용어: 정의\n")

    result = run("build")

    assert result.exit_code == 0, result.output
    for line, why in [
        (5, "image ../secret.png is outside the notes folder"),
        (6, "image ../secret.png is outside the notes folder"),
        (8, "is an absolute path"),
        (9, "image inside.png is outside the notes folder"),
        (10, "image img/../../secret.png is outside the notes folder"),
    ]:
        assert f"source/pics.md:{line}: warning: " in result.output
        assert why in result.output
    assert deck_names(tmp_path / "decks") == ["Good.apkg", "Pics.apkg"]
    assert secret not in unpacked(tmp_path / "decks")


def test_an_unreadable_image_is_a_warning_and_the_note_is_built():
    with shared_folder() as folder:
        write(folder / "source" / "pics.md", "# Pics\n\n## 그림\n![a](secret.png) 설명\n")
        (folder / "source" / "secret.png").write_bytes(IMAGE)
        for path in (folder / "source", folder / "source" / "pics.md"):
            path.chmod(0o755)
        (folder / "source" / "secret.png").chmod(0o000)

        def read_there():
            from flashgen.note_cards import cards_of_note

            [file] = find_notes([folder / "source"])
            result = cards_of_note(file)
            return [str(notice) for notice in result.notices], len(result.cards)

        notices, cards = as_another_user(read_there)

    assert notices == [
        f"{folder}/source/pics.md:4: warning: cannot read image secret.png: Permission denied"
    ]
    assert cards == 1


# --- File names and messages ---------------------------------------------------------------


def test_a_file_name_with_a_newline_cannot_forge_a_message_line(notes):
    write(notes / "x\nsource/fake.md:1: error: forged.md", "# X\n\n## q\n- a: \x1b[2J b\n")
    (notes / "bad\x1b[31m.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")

    result = run("build")

    lines = result.output.splitlines()
    assert not any(line.startswith("source/fake.md") for line in lines)
    assert "\x1b" not in result.output
    assert "source/bad\\x1b[31m.md: error: binary file, not a Markdown note" in lines


def test_an_error_that_stops_the_build_is_one_line_without_escape_codes(notes):
    result = run("build", "gone\x1b[2J\nsource/x.md:1: error: forged")

    assert result.exit_code != 0
    assert "\x1b" not in result.output
    assert not any(line.startswith("source/x.md") for line in result.output.splitlines())
    assert "gone\\x1b[2J\\nsource/x.md:1: error: forged: no such file or folder" in result.output


def test_a_file_name_that_is_not_utf8_is_read_and_named(notes, tmp_path, collection):
    write(notes / os.fsdecode(b"caf\xe9.md"), "- 커피: 음료\n")  # Latin-1 bytes, no title
    write(notes / os.fsdecode(b"empty\xff.md"), "")

    result = run("build")

    assert result.exit_code == 0, result.output
    assert "source/empty\ufffd.md: warning: empty note: no deck written" in result.output
    assert deck_names(tmp_path / "decks") == ["Good.apkg", "caf\ufffd.apkg"]
    import_apkg(collection, tmp_path / "decks" / "caf\ufffd.apkg")
    assert "음료" in answer_of(sides(card_with_front(collection, "커피"))[1])


def test_preview_shows_escape_codes_in_a_note_as_text(notes):
    write(notes / "good.md", "# Good\n\n## 개념\n- 캐시: \x1b]0;owned\x07 빨강\x1b[31m\n")

    result = run("preview")

    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "\\x1b]0;owned\\x07 빨강" in result.output


def test_front_matter_with_escape_codes_reaches_no_terminal_and_no_path(notes, tmp_path):
    write(
        notes / "fm.md",
        '---\ndeck: "../../x\x1b[2J::\x1b]0;title\x07"\ntags: ["\x1b[31m"]\n---\n'
        "# FM\n\n## 개념\n- 캐시: 값\n",
    )

    built, previewed = run("build"), run("preview")

    assert built.exit_code == 0, built.output
    assert "\x1b" not in built.output + previewed.output
    assert "\x07" not in built.output + previewed.output
    assert "\\x1b[2J" in previewed.output
    assert not list(tmp_path.parent.glob("x*.apkg"))
    assert all(path.parent == tmp_path / "decks" for path in (tmp_path / "decks").glob("*.apkg"))


# --- Encodings -------------------------------------------------------------------------------


def test_a_utf16_note_with_a_byte_order_mark_is_read(notes, tmp_path, collection):
    write(notes / "windows.md", "\ufeff# 윈도\n\n## 메모장\n- 인코딩: UTF-16\n", "utf-16-le")

    result = run("build")

    assert result.exit_code == 0, result.output
    import_apkg(collection, tmp_path / "decks" / "윈도.apkg")
    assert "UTF-16" in answer_of(sides(card_with_front(collection, "인코딩"))[1])


def test_encoding_utf16_does_not_garble_utf8_notes_beside_it(notes, tmp_path, collection):
    write(notes / "old.md", "# 옛날\n\n## 개념\n- 캐시: 옛 답\n", "utf-16")
    write(notes / "marked.md", "\ufeff# 표시\n\n## 개념\n- 캐시: 좋은 답\n")

    result = run("build", "--encoding", "utf-16")

    assert result.exit_code == 0, result.output
    assert deck_names(tmp_path / "decks") == ["Good.apkg", "옛날.apkg", "표시.apkg"]
    import_apkg(collection, tmp_path / "decks" / "Good.apkg")
    assert "Good의 답" in answer_of(sides(card_with_front(collection, "캐시"))[1])


# --- Markdown that is costly to read, and reference-style images -----------------------


def test_a_line_of_thousands_of_unclosed_marks_is_plain_text_with_a_warning(
    notes, tmp_path, collection
):
    marks = "*_[" * 100_000  # read as Markdown, a 5 MB line of these took 84 s and 2.2 GB
    write(
        notes / "marks.md", f"# Marks\n\n## 기호\n\n앞 문장\n\n{marks}\n\n## 다음\n- 용어: 정의\n"
    )

    result = run("build")

    assert result.exit_code == 0, result.output
    assert (
        "source/marks.md:7: warning: 300,000 Markdown marks ('[', '*', '_', …) in one paragraph: "
        "read as plain text" in result.output
    )
    import_apkg(collection, tmp_path / "decks" / "Marks.apkg")
    back = answer_of(sides(card_with_front(collection, "기호"))[1])
    assert "앞 문장" in back and marks in back
    assert "정의" in answer_of(sides(card_with_front(collection, "용어"))[1])


def test_a_paragraph_of_only_a_no_break_space_above_a_list_builds_its_cards(
    notes, tmp_path, collection
):
    write(
        notes / "nbsp.md",
        "# 조인\n\n\u00a0\n* 조건\n    - **USING 조건절**\n\n## 다음\n- 용어: 정의\n",
    )

    result = run("build")

    assert result.exit_code == 0, result.output
    assert "failed" not in result.output
    import_apkg(collection, tmp_path / "decks" / "조인.apkg")
    assert "정의" in answer_of(sides(card_with_front(collection, "용어"))[1])


def test_steps_after_a_list_item_holding_points_and_code_build_their_note(
    notes, tmp_path, collection
):
    """Numbered steps right after a bullet whose item holds a sub-list and indented code:
    the item that gets the steps back is the item, not the last token inside it."""
    write(
        notes / "로깅.md",
        "# 로깅\n\n## 원칙\n\n1.Structured\n\n[l](#a)- 로그는 기계가 먼저 읽는다.\n"
        "  - 키와 값으로 남긴다.\n\n\ttext\n2. Leveled\n--\n- 심각도에 따라 나눈다.\n",
    )

    result = run("build")

    assert result.exit_code == 0, result.output
    assert "failed" not in result.output
    import_apkg(collection, tmp_path / "decks" / "로깅.apkg")
    assert "심각도에 따라 나눈다" in answer_of(sides(card_with_front(collection, "원칙"))[1])


def test_reference_style_images_and_links_are_packed_and_rendered(notes, tmp_path, collection):
    (notes / "img").mkdir()
    (notes / "img" / "ok.png").write_bytes(IMAGE)
    write(
        notes / "refs.md",
        "# Pics\n\n## 그림\n![구조][r] 설명\n\n## 프로토콜\n- TCP: [연결형][Doc] 전송\n\n"
        '[r]: img/ok.png\n[doc]: https://example.org/tcp "TCP"\n',
    )

    result = run("build")

    assert result.exit_code == 0, result.output
    import_apkg(collection, tmp_path / "decks" / "Pics.apkg")
    back = answer_of(sides(card_with_front(collection, "그림"))[1])
    [name] = re.findall(r'<img src="([^"]+)" alt="구조">', back)
    assert (Path(collection.media.dir()) / name).read_bytes() == IMAGE
    back = answer_of(sides(card_with_front(collection, "TCP"))[1])
    assert '<a href="https://example.org/tcp" title="TCP">연결형</a>' in back


def test_a_reference_style_image_outside_the_notes_folder_is_refused(notes, tmp_path, collection):
    (tmp_path / "secret.png").write_bytes(png(rgb=(1, 2, 3)))
    write(notes / "refs.md", "# Pics\n\n## 그림\n![비밀][s] 설명\n\n[s]: ../secret.png\n")

    result = run("build")

    assert (
        "source/refs.md:6: warning: image ../secret.png is outside the notes folder"
        in result.output
    )
    import_apkg(collection, tmp_path / "decks" / "Pics.apkg")
    assert not list(Path(collection.media.dir()).iterdir())


# --- A server on 127.0.0.1 that misbehaves ------------------------------------------------


class _Raw(socketserver.StreamRequestHandler):
    """Replies byte for byte as a route says, however wrong: reads the request line and
    headers, then hands the socket to the route for its path."""

    routes: dict[str, Callable[[socketserver.StreamRequestHandler], None]]
    hits: Counter

    def handle(self):
        request = self.rfile.readline().decode("latin-1").split()
        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
            pass
        path = request[1] if len(request) > 1 else ""
        self.hits[path] += 1
        route = self.routes.get(path)
        with contextlib.suppress(OSError):  # the client gave up, as it should
            (route or _not_found)(self)


def _head(status: str = "200 OK", *headers: str) -> bytes:
    return (
        "\r\n".join([f"HTTP/1.1 {status}", *headers, "Connection: close"]) + "\r\n\r\n"
    ).encode()


def _not_found(handler) -> None:
    handler.wfile.write(_head("404 Not Found", "Content-Length: 0"))


def _image(handler) -> None:
    handler.wfile.write(_head("200 OK", "Content-Type: image/png", f"Content-Length: {len(IMAGE)}"))
    handler.wfile.write(IMAGE)


def _trickle(handler) -> None:
    """One byte at a time, each well within a per-read timeout: 6 s for the whole image."""
    handler.wfile.write(_head("200 OK", "Content-Type: image/png", "Content-Length: 60"))
    for byte in (IMAGE + b"\0" * 60)[:60]:
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(0.1)


def _trickled_headers(handler) -> None:
    for byte in _head("200 OK", "Content-Type: image/png", *[f"X-{n}: {n}" for n in range(20)]):
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(0.02)


def _truncated(handler) -> None:
    handler.wfile.write(_head("200 OK", "Content-Type: image/png", "Content-Length: 5000"))
    handler.wfile.write(IMAGE)  # and the connection closes, 5000 bytes promised


def _many_headers(handler) -> None:
    headers = [f"X-Header-{n}: {n}" for n in range(150)]
    handler.wfile.write(_head("200 OK", "Content-Type: image/png", *headers) + IMAGE)


def _bad_status(handler) -> None:
    handler.wfile.write(b"HTTP/1.1 two hundred OK\r\nContent-Type: image/png\r\n\r\n" + IMAGE)


def _bad_chunk(handler) -> None:
    handler.wfile.write(_head("200 OK", "Content-Type: image/png", "Transfer-Encoding: chunked"))
    handler.wfile.write(b"10\r\n" + IMAGE[:16] + b"\r\nzz\r\n" + IMAGE[16:] + b"\r\n0\r\n\r\n")


def _endless(handler) -> None:
    handler.wfile.write(_head("200 OK", "Content-Type: image/png"))
    handler.wfile.write(IMAGE)
    while True:
        handler.wfile.write(b"\0" * 65536)


def _redirect_to(location: str):
    def redirect(handler) -> None:
        handler.wfile.write(_head("302 Found", f"Location: {location}", "Content-Length: 0"))

    return redirect


SERVED: dict[str, Counter] = {}


@pytest.fixture
def bad_host(tmp_path):
    """A server on 127.0.0.1 for this test; yields its base URL (`SERVED[base]` counts the
    requests for each path)."""
    routes: dict[str, Callable] = {}
    hits: Counter = Counter()
    server = socketserver.ThreadingTCPServer(
        ("127.0.0.1", 0), type("H", (_Raw,), {"routes": routes, "hits": hits})
    )
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_address[1]}"
    SERVED[base] = hits
    routes.update(
        {
            "/ok.png": _image,
            "/trickle.png": _trickle,
            "/slow-headers.png": _trickled_headers,
            "/truncated.png": _truncated,
            "/headers.png": _many_headers,
            "/status.png": _bad_status,
            "/chunk.png": _bad_chunk,
            "/endless.png": _endless,
            "/to-file.png": _redirect_to("file:///etc/passwd"),
            "/to-ftp.png": _redirect_to("ftp://127.0.0.1/x.png"),
            "/loop.png": _redirect_to("/loop.png"),
            "/to-ok.png": _redirect_to(f"{base}/ok.png"),
        }
    )
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


@pytest.fixture
def fetcher(tmp_path) -> RemoteImages:
    """As `--download-media` fetches, with a limit small enough for a test."""
    return RemoteImages(tmp_path / "media", timeout=0.5, max_bytes=100_000)


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/headers.png", "not valid HTTP (HTTPException: got more than 100 headers)"),
        ("/status.png", "not valid HTTP (BadStatusLine"),
        ("/chunk.png", "not valid HTTP (IncompleteRead"),
        ("/truncated.png", f"cut short: {len(IMAGE)} of 5,000 bytes came"),
        ("/endless.png", "larger than 100,000 bytes"),
        ("/to-file.png", "HTTP 302: a redirect that is not followed"),
        ("/to-ftp.png", "redirected to ftp://127.0.0.1/x.png, not a web address"),
        ("/loop.png", "HTTP 302: a redirect that is not followed"),
    ],
)
def test_a_server_that_misbehaves_costs_only_its_image(bad_host, fetcher, path, reason):
    fetched = fetcher.fetch(bad_host + path)

    assert isinstance(fetched, str) and reason in fetched, fetched
    assert not list((fetcher.cache).glob("*.png")), "a broken image was kept"
    assert isinstance(fetcher.fetch(f"{bad_host}/to-ok.png"), Path)


@pytest.mark.parametrize("path", ["/trickle.png", "/slow-headers.png"])
def test_a_server_trickling_bytes_is_given_up_at_the_limit_for_the_whole_download(
    bad_host, fetcher, path
):
    started = time.monotonic()
    fetched = fetcher.fetch(bad_host + path)
    waited = time.monotonic() - started

    assert fetched == f"cannot download image {bad_host}{path}: timed out"
    assert waited < 1.5, f"held {waited:.1f} s past a 0.5 s limit"
    assert not list(fetcher.cache.glob("*.png"))
    for thread in threading.enumerate():  # the connection was shut: nothing keeps waiting on it
        if thread.name == "flashgen-download":
            thread.join(1)
            assert not thread.is_alive()


def test_a_malformed_address_is_a_warning_for_that_image_and_the_decks_are_written(
    notes, tmp_path, bad_host, collection
):
    write(
        tmp_path / "flashgen.toml",
        "download_media = true\ndownload_timeout = 0.5\n",
    )
    write(
        notes / "net.md",
        "# Net\n\n## 그림\n![bad](http://127.0.0.1:1x/a.png)\n\n"
        f"## 헤더 그림\n![many]({bad_host}/headers.png)\n\n"
        f"## 느린 그림\n![slow]({bad_host}/trickle.png)\n\n## 좋은 그림\n![ok]({bad_host}/ok.png)\n",
    )

    started = time.monotonic()
    result = run("build")
    waited = time.monotonic() - started

    assert result.exit_code == 0, result.output
    assert (
        "source/net.md:4: warning: cannot download image http://127.0.0.1:1x/a.png: "
        "not a valid address (nonnumeric port: '1x')" in result.output
    )
    assert (
        f"source/net.md:7: warning: cannot download image {bad_host}/headers.png" in result.output
    )
    assert (
        f"source/net.md:10: warning: cannot download image {bad_host}/trickle.png: timed out"
        in result.output
    )
    assert waited < 3, f"the build waited {waited:.1f} s"
    assert deck_names(tmp_path / "decks") == ["Good.apkg", "Net.apkg"]
    import_apkg(collection, tmp_path / "decks" / "Net.apkg")
    assert f'src="{bad_host}/trickle.png"' in answer_of(
        sides(card_with_front(collection, "느린 그림"))[1]
    )
    assert list(Path(collection.media.dir()).iterdir()) == [
        path for path in Path(collection.media.dir()).iterdir() if path.read_bytes() == IMAGE
    ]


def test_an_image_that_timed_out_is_not_fetched_again_for_every_note(notes, tmp_path, bad_host):
    write(tmp_path / "flashgen.toml", "download_media = true\ndownload_timeout = 0.5\n")
    for n in range(3):
        write(notes / f"n{n}.md", f"# N{n}\n\n## 그림\n![t]({bad_host}/trickle.png) 설명 {n}\n")

    result = run("build")

    assert result.exit_code == 0, result.output
    assert result.output.count(f"{bad_host}/trickle.png: timed out") == 3
    assert SERVED[bad_host]["/trickle.png"] == 1, "each note waited for it again"
    assert deck_names(tmp_path / "decks") == ["Good.apkg", "N0.apkg", "N1.apkg", "N2.apkg"]


def test_a_file_planted_in_the_media_cache_is_not_packed(notes, tmp_path, bad_host, collection):
    import hashlib

    url = f"{bad_host}/ok.png"
    secret = write(tmp_path / "private.txt", "password: hunter2\n")
    cache = tmp_path / "decks" / ".flashgen-media"
    cache.mkdir(parents=True)
    (cache / f"{hashlib.sha256(url.encode()).hexdigest()[:32]}.png").symlink_to(secret)
    write(notes / "net.md", f"# Net\n\n## 그림\n![ok]({url}) 설명\n")

    result = run("build", "--download-media")

    assert result.exit_code == 0, result.output
    assert b"hunter2" not in unpacked(tmp_path / "decks")
    import_apkg(collection, tmp_path / "decks" / "Net.apkg")
    assert [path.read_bytes() for path in Path(collection.media.dir()).iterdir()] == [IMAGE]
