"""`flashgen build --watch`: a saved note is rebuilt, and the change is named."""

from __future__ import annotations

import threading
import time

from flashgen.build import build
from flashgen.config import Settings, load_settings
from flashgen.watch import Saves, watch

from .conftest import import_apkg, write

AWS = "# AWS\n\n## 대표 서비스\n- EC2: 가상 컴퓨터\n"


def test_saving_a_note_rebuilds_its_deck_and_names_the_file(tmp_path, monkeypatch, collection):
    monkeypatch.chdir(tmp_path)
    note = write(tmp_path / "source" / "aws.md", AWS)
    write(tmp_path / "source" / "draft.txt", "not a note")
    settings = Settings()
    build(settings)
    seen: list[list[str]] = []
    rebuilt = threading.Event()
    stop = threading.Event()

    def rebuild(changes: Saves) -> None:
        seen.append(changes.files)
        build(settings)
        rebuilt.set()

    watcher = threading.Thread(target=watch, args=(settings, rebuild, stop), daemon=True)
    watcher.start()
    try:
        # The watcher starts listening a moment after the thread does: save until it hears.
        for _ in range(100):
            write(tmp_path / "source" / "draft.txt", "still not a note")
            write(tmp_path / "README.md", "# a note outside the sources")
            write(note, AWS + "- S3: 파일 저장소\n")
            if rebuilt.wait(0.3):
                break
    finally:
        stop.set()
        watcher.join(10)

    assert rebuilt.is_set(), "no rebuild after saving the note"
    assert all(
        changes and all(c.startswith("source/aws.md (") for c in changes) for changes in seen
    )
    import_apkg(collection, tmp_path / "decks" / "AWS.apkg")
    assert collection.note_count() == 2
    assert not watcher.is_alive()


def test_saves_in_quick_succession_are_built_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    note = write(tmp_path / "source" / "aws.md", AWS)
    settings = Settings()
    builds: list[list[str]] = []
    stop = threading.Event()
    watcher = threading.Thread(target=watch, args=(settings, builds.append, stop), daemon=True)
    watcher.start()
    try:
        for _ in range(100):  # until the watcher is listening
            write(note, AWS + "- warm-up\n")
            time.sleep(0.1)
            if builds:
                break
        builds.clear()
        for i in range(5):  # an editor's burst: five saves well inside the quiet period
            write(note, AWS + f"- S3: 저장소 {i}\n")
        for _ in range(600):
            if builds:
                break
            time.sleep(0.05)
    finally:
        stop.set()
        watcher.join(10)

    assert len(builds) == 1


def test_saving_the_settings_file_is_a_change_of_settings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "source" / "aws.md", AWS)
    config = write(tmp_path / "flashgen.toml", 'out = "decks"\n')
    settings = load_settings()

    def save_settings_and_a_file_outside():
        write(tmp_path / "README.md", "# a note outside the sources: not watched")
        write(config, 'out = "anki"\n')

    seen = _changes_after(tmp_path, settings, save_settings_and_a_file_outside)

    assert seen and seen[0].settings
    assert seen[0].files == ["flashgen.toml (modified)"]


def _changes_after(tmp_path, settings, change) -> list[Saves]:
    """What the watcher reports once `change()` has been made, repeated until it hears."""
    seen: list[Saves] = []
    stop = threading.Event()
    watcher = threading.Thread(target=watch, args=(settings, seen.append, stop), daemon=True)
    watcher.start()
    try:
        for _ in range(100):  # until the watcher is listening
            change()
            time.sleep(0.1)
            if seen:
                break
    finally:
        stop.set()
        watcher.join(10)
    return seen


def test_a_settings_file_created_while_watching_is_a_change_of_settings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "source" / "aws.md", AWS)
    settings = load_settings()
    assert settings.config_file is None

    seen = _changes_after(
        tmp_path, settings, lambda: write(tmp_path / "flashgen.toml", 'out = "anki"\n')
    )

    assert seen and seen[0].settings
    assert seen[0].files in (["flashgen.toml (added)"], ["flashgen.toml (modified)"])


def test_a_note_replaced_in_one_rename_as_sed_i_saves_is_modified_not_added(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    note = write(tmp_path / "source" / "aws.md", AWS)

    def sed_i() -> None:
        temporary = write(tmp_path / "source" / "sedAb12Cd", AWS + "- S3: 저장소\n")
        temporary.replace(note)

    seen = _changes_after(tmp_path, Settings(), sed_i)

    assert seen and seen[0].files == ["source/aws.md (modified)"]
