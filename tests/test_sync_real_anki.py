"""`flashgen sync` into a real, running Anki: Anki's own desktop app, headless, with the
AnkiConnect add-on as published (from the shared test equipment beside the project).

One build is applied both ways, into a closed collection file and through AnkiConnect,
and the two collections are read afterwards with the `anki` library and compared.
"""

from __future__ import annotations

import importlib.metadata
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from flashgen.state import load_stamps
from flashgen.sync import sync_build, sync_collection
from flashgen.sync_plan import Orphans
from flashgen.targets import AnkiConnect

from .conftest import SHARED, build_decks, opened, question_of, write
from .images import png

EQUIPMENT = SHARED / "ankiconnect"


class RealAnki:
    """Anki started and stopped by the equipment's scripts, on a port of its own."""

    def __init__(self, base: Path, root: Path):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.collection = base / "User 1" / "collection.anki2"
        self.env = {
            **os.environ,
            "REAL_ANKI_ROOT": str(root),
            "REAL_ANKI_BASE": str(base),
            "REAL_ANKI_PORT": str(port),
        }

    def run(self, script: str) -> None:
        done = subprocess.run(
            ["bash", str(EQUIPMENT / script)], env=self.env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr[-2000:]

    def start(self) -> None:
        self.run("start.sh")

    def stop(self) -> None:
        """Close Anki as its window does, so the collection is saved."""
        self.run("stop.sh")


@pytest.fixture(scope="session")
def anki_app(tmp_path_factory):
    if not (EQUIPMENT / "start.sh").is_file():
        pytest.skip(f"no real Anki to sync into: {EQUIPMENT} is absent")
    # Anki's own app takes a virtual environment of about 620 MB: made once in a folder of
    # its own, kept between runs. The rest (its process id, log, profile and collection) is
    # new each run, so two test runs at once never take each other's Anki for their own.
    shared = Path(tempfile.gettempdir()) / "flashgen-tests-real-anki" / "venv"
    python = shared / "bin" / "python"
    if not (
        python.exists()
        and subprocess.run([python, "-c", "import aqt"], capture_output=True).returncode == 0
    ):
        # The equipment's script makes its environment at `root/venv`, but Python refuses to
        # make one through a link: on a fresh machine the shared one is made here, with the
        # app the script would install (the `anki` library beside it tells which release).
        subprocess.run([sys.executable, "-m", "venv", str(shared)], check=True)
        release = importlib.metadata.version("anki")
        subprocess.run([python, "-m", "pip", "install", "-q", f"aqt=={release}"], check=True)
    root = tmp_path_factory.mktemp("anki-root")
    (root / "venv").symlink_to(shared, target_is_directory=True)
    anki = RealAnki(tmp_path_factory.mktemp("anki-base"), root)
    try:
        yield anki
    finally:
        anki.stop()


@pytest.fixture
def real_anki(anki_app):
    """The real Anki, running (a test may stop it to read its collection)."""
    anki_app.start()
    return anki_app


NET = """# Net
## 전송
- TCP: 연결 지향
- UDP: 비연결형
- RTT: 왕복 시간

{{c1::3-way handshake}}로 연결을 연다

![핸드셰이크](img/shake.png)
"""
AWS = "# AWS\n## 서비스\n- EC2: 가상 컴퓨터\n- S3: 객체 스토리지\n"


def but_project(tags) -> list[str]:
    """A note's tags but its project's (`flashgen::project::<id>`, on every card of a build)."""
    return sorted(tag for tag in tags if not tag.startswith("flashgen::project::"))


def asked(questions) -> list[str]:
    """The questions sync names its cards by (Anki's sort field), without their context."""
    return sorted(question.rsplit(" › ", 1)[-1] for question in questions)


def snapshot(path: Path, built: set[str]) -> dict:
    """What a student would notice of a collection: notes, cards, decks, tags, note types,
    scheduling and media, keyed by what stays the same between collections (the GUIDs
    flashgen built, the question of a note made by hand, names)."""
    with opened(path) as col:
        notes, cards = {}, {}
        for note_id in col.find_notes(""):
            note = col.get_note(note_id)
            key = note.guid if note.guid in built else f"by hand: {note.fields[0]}"
            notes[key] = (note.note_type()["name"], tuple(note.fields), sorted(note.tags))
            for card in note.cards():
                cards[(key, card.ord)] = (
                    col.decks.name(card.did),
                    card.type,
                    card.queue,
                    card.due,
                    card.ivl,
                    card.reps,
                )
        return {
            "notes": notes,
            "cards": cards,
            "decks": sorted(d.name for d in col.decks.all_names_and_ids()),
            "note types": sorted(m.name for m in col.models.all_names_and_ids()),
            "media": sorted(p.name for p in Path(col.media.dir()).iterdir()),
        }


def test_one_build_synced_through_ankiconnect_and_into_the_file_gives_the_same_collection(
    real_anki, tmp_path, anki_file
):
    notes, out = tmp_path / "source", tmp_path / "decks"
    write(notes / "net.md", NET)
    write(notes / "aws.md", AWS)
    (notes / "img").mkdir()
    (notes / "img" / "shake.png").write_bytes(png(4, 4))
    anki = AnkiConnect(real_anki.url)

    def both(orphans=Orphans.TAG, **settings):
        decks = build_decks([notes], out, reverse_definitions=True, **settings).decks_written
        in_file = sync_collection(anki_file, decks, orphans)
        through = sync_build(anki, decks, orphans, dry_run=False)
        assert through.as_json(False, "") == in_file.as_json(False, "")
        return through

    first = both()
    assert sorted(c.question for c in first.add) == [
        "EC2",
        "RTT",
        "S3",
        "TCP",
        "UDP",
        "{{c1::3-way handshake}}로 연결을 연다",
        "전송",
    ]

    # A card the student made by hand with flashgen's note type, in each.
    mine = {"Question": "내 카드", "Answer": "손으로 만든"}
    anki.call(
        "addNote", note={"deckName": "Default", "modelName": "flashgen Basic", "fields": mine}
    )
    with opened(anki_file) as col:
        own = col.new_note(col.models.by_name("flashgen Basic"))
        own["Question"], own["Answer"] = mine["Question"], mine["Answer"]
        col.add_note(own, 1)

    write(
        notes / "net.md",
        NET.replace("왕복 시간", "왕복 지연 시간").replace("- UDP: 비연결형\n", ""),
    )
    second = both(Orphans.SUSPEND, deck_prefix=("CS",))  # every card moves under CS::
    assert asked(r.question for r in second.retire) == ["UDP"]
    assert (len(second.move), len(second.update)) == (6, 6)

    (notes / "aws.md").unlink()
    third = both(Orphans.DELETE, deck_prefix=("CS",))
    assert asked(r.question for r in third.retire) == ["EC2", "S3", "UDP"]
    assert third.decks_removed == ["CS::AWS::서비스", "CS::AWS", "Net::전송", "Net"]

    kept = (notes / "net.md").read_text()
    write(
        notes / "net.md",
        kept.replace("- TCP: 연결 지향\n", "").replace("- RTT: 왕복 지연 시간\n", ""),
    )
    fourth = both(Orphans.SUSPEND, deck_prefix=("CS",))
    assert {"RTT", "TCP"} <= set(asked(r.question for r in fourth.retire))

    # RTT is back, and 전송's own card, which lists it. Anki keeps a note's `mod` in whole
    # seconds and the retire above set it to now: an edit made in that same second could
    # not be told newer by Anki's importer, and no student edits that fast.
    time.sleep(1.01 - time.time() % 1)
    write(notes / "net.md", kept.replace("- TCP: 연결 지향\n", ""))
    fifth = both(Orphans.SUSPEND, deck_prefix=("CS",))
    assert asked(note.sort_field for note in fifth.restore) == ["RTT", "전송"] and not fifth.retire

    real_anki.stop()
    built = set(load_stamps(out).known)
    through_anki, in_file = snapshot(real_anki.collection, built), snapshot(anki_file, built)
    for part in through_anki:
        assert through_anki[part] == in_file[part], part
    assert in_file["decks"] == ["CS", "CS::Net", "CS::Net::전송", "Default"]
    assert "by hand: 내 카드" in in_file["notes"]
    questions = {question_of(fields[0]): tags for _, fields, tags in in_file["notes"].values()}
    assert (but_project(questions["TCP"]), but_project(questions["RTT"])) == (
        ["flashgen::removed", "net"],
        ["net"],
    )
    [project] = {tag for tag in questions["RTT"] if tag.startswith("flashgen::project::")}
    assert all(project in tags for question, tags in questions.items() if question != "내 카드")
    queues = {}  # question → its cards' queues (-1: suspended)
    for key, (_, fields, _) in in_file["notes"].items():
        queues[question_of(fields[0])] = [c[2] for k, c in in_file["cards"].items() if k[0] == key]
    assert queues["TCP"] == [-1, -1]  # asked both ways, both out of the reviews
    assert -1 not in queues["RTT"] and len(queues["RTT"]) == 2  # back in the reviews
    answers = [f[1] for _, f, _ in in_file["notes"].values() if question_of(f[0]) == "RTT"]
    assert answers == ["왕복 지연 시간"]
    assert any(name.startswith("shake") for name in in_file["media"])
    assert not any(name.endswith("+") for name in in_file["note types"])


def test_sync_watch_brings_each_saved_edit_into_the_running_anki_keeping_its_history(
    real_anki, tmp_path
):
    notes = tmp_path / "source"
    note = write(notes / "watched.md", "# Watched\n## 개념\n- 캐시: 빠른 저장소\n- 큐: 선입선출\n")
    anki = AnkiConnect(real_anki.url)
    command = [sys.executable, "-m", "flashgen", "sync", "--watch", "-q", str(notes)]
    command += ["-o", str(tmp_path / "decks"), "--anki-connect", real_anki.url]
    watching = subprocess.Popen(command, cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    try:
        assert "watching" in watching.stderr.readline()  # after the first sync
        [card] = anki.call("findCards", query='"deck:Watched::개념" "Question:*캐시"')
        anki.call("answerCards", answers=[{"cardId": card, "ease": 3}])

        write(note, "# Watched\n## 개념\n- 캐시: 가까이 둔 빠른 저장소\n")
        [gone] = anki.call("findNotes", query='"Question:*큐"')
        # One sync updates the edited card and then tags the card the edit removed: wait
        # for both, as a loaded machine can show the first before the second. The wait is
        # long because a machine running other suites may take a minute over one sync.
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            [info] = anki.call("cardsInfo", cards=[card])
            gone_tags = but_project(anki.call("notesInfo", notes=[gone])[0]["tags"])
            edited = info["fields"]["Answer"]["value"] == "가까이 둔 빠른 저장소"
            if edited and "flashgen::removed" in gone_tags:
                break
            time.sleep(0.1)
    finally:
        watching.terminate()
        watching.wait(30)

    assert info["fields"]["Answer"]["value"] == "가까이 둔 빠른 저장소"
    assert (info["reps"], info["deckName"]) == (1, "Watched::개념")
    assert gone_tags == ["flashgen::removed", "watched"]
    # Leave Anki as this test found it.
    anki.call("deleteNotes", notes=anki.call("findNotes", query="deck:Watched"))
    anki.call("deleteDecks", decks=["Watched"], cardsToo=True)


@pytest.fixture
def exported(monkeypatch) -> list[str]:
    """The decks a sync asks Anki to export, to read what they hold now."""
    exported: list[str] = []
    many = AnkiConnect.many

    def counting(self, action, each):
        exported.extend(p["deck"] for p in each if action == "exportPackage")
        return many(self, action, each)

    monkeypatch.setattr(AnkiConnect, "many", counting)
    return exported


def test_a_sync_started_afresh_exports_only_the_decks_that_changed_since_the_last(
    real_anki, tmp_path, monkeypatch, exported
):
    from click.testing import CliRunner

    from flashgen.cli import main

    monkeypatch.chdir(tmp_path)
    write(tmp_path / "source" / "alpha.md", "# Alpha\n- 하나: 첫째\n- 둘: 둘째\n")
    write(tmp_path / "source" / "beta.md", "# Beta\n- 셋: 셋째\n")

    def sync() -> str:
        exported.clear()
        result = CliRunner().invoke(main, ["sync", "--anki-connect", real_anki.url])
        assert result.exit_code == 0, result.output
        return result.output.splitlines()[-1]

    anki = AnkiConnect(real_anki.url)
    try:
        assert sync().endswith(": 3 added, 0 updated, 0 moved, 0 tagged flashgen::removed")
        sync()
        assert sorted(exported) == ["Alpha", "Beta"]  # nothing remembered yet
        # (That sync may have imported both decks again, had an earlier build into this Anki
        # given flashgen's note types an older stamp: the next one then reads them again.)
        sync()
        assert sync().endswith(": 0 added, 0 updated, 0 moved, 0 tagged flashgen::removed")
        assert exported == []

        [note] = anki.call("findNotes", query="deck:Beta")
        anki.call("updateNoteFields", note={"id": note, "fields": {"Answer": "셋째 (고침)"}})
        sync()
        assert exported == ["Beta"]  # edited in Anki

        write(tmp_path / "source" / "alpha.md", "# Alpha\n- 하나: 첫째 (고침)\n- 둘: 둘째\n")
        assert sync().endswith(": 0 added, 1 updated, 0 moved, 0 tagged flashgen::removed")
        assert exported == []
        sync()
        assert exported == ["Alpha"]  # written by the last sync
        [answer] = [
            info["fields"]["Answer"]["value"]
            for info in anki.call("notesInfo", notes=anki.call("findNotes", query="deck:Alpha"))
            if question_of(info["fields"]["Question"]["value"]) == "하나"
        ]
        assert answer == "첫째 (고침)"
    finally:  # Leave Anki as this test found it.
        anki.call("deleteNotes", notes=anki.call("findNotes", query="deck:Alpha OR deck:Beta"))
        anki.call("deleteDecks", decks=["Alpha", "Beta"], cardsToo=True)


def test_build_sync_started_afresh_exports_only_the_decks_that_changed_as_sync_does(
    real_anki, tmp_path, monkeypatch, exported
):
    from click.testing import CliRunner

    from flashgen.cli import main

    monkeypatch.chdir(tmp_path)
    write(tmp_path / "source" / "gamma.md", "# Gamma\n- 넷: 넷째\n- 다섯: 다섯째\n")
    write(tmp_path / "flashgen.toml", f'anki_connect = "{real_anki.url}"\n')

    def build_and_sync() -> str:
        exported.clear()
        result = CliRunner().invoke(main, ["build", "--sync"])
        assert result.exit_code == 0, result.output
        return result.output.splitlines()[-1]

    anki = AnkiConnect(real_anki.url)
    try:
        assert build_and_sync().endswith(
            ": 2 added, 0 updated, 0 moved, 0 tagged flashgen::removed"
        )
        build_and_sync()
        assert exported == ["Gamma"]  # nothing remembered yet
        build_and_sync()
        assert exported == [], "what the last build read of Anki was remembered"
    finally:  # Leave Anki as this test found it.
        anki.call("deleteNotes", notes=anki.call("findNotes", query="deck:Gamma"))
        anki.call("deleteDecks", decks=["Gamma"], cardsToo=True)
