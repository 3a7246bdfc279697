"""Hostile and damaged input from the output folder and in what reaches a card.

The `decks/` folder is shared through git with its state, and notes come from anyone: a
crafted or damaged file there must run nothing, write nothing outside the folder and stop
no build, and no formula or raw HTML may put a live link, style, class or id into a card.
Each class: state and cache files, formulas, raw HTML (notes, front matter, image paths,
symlinks, permissions and servers are in their own suites).
"""

from __future__ import annotations

import errno
import json
import os
import pickle
import re
import shutil
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from flashgen.cache import (
    CACHE_DIR,
    Manifest,
    NoteSummary,
    entry_path,
    load_entry,
    load_manifest,
    save_entry,
    save_manifest,
)
from flashgen.cli import main
from flashgen.config import Settings, Split
from flashgen.model import MediaFile
from flashgen.state import STATE_DIR, load_stamps

from .conftest import build_decks as build
from .conftest import deck_bytes, import_apkg, notes_folder, sides, write

NOTES = {
    "aws.md": "# AWS\n\n## 서비스\n- EC2: 가상 컴퓨터\n- S3: 파일 시스템\n",
    "net.md": "# Network\n\n## TCP\n- 연결 지향\n\n## UDP\n- 비연결형\n",
}


def notes(tmp_path: Path) -> Path:
    return notes_folder(tmp_path, NOTES)


def mods(out: Path) -> dict[str, int]:
    return {guid: stamp.mod for guid, stamp in load_stamps(out).known.items()}


# --- the cache: data only, and never a reason to fail -------------------------------------


class _Payload:
    """Unpickling this makes a folder: proof that a cache file ran code."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (str(self.marker),))


def test_a_crafted_pickle_in_the_cache_runs_nothing_and_the_build_still_works(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    good = deck_bytes(out)
    marker = tmp_path / "code-ran"
    payload = pickle.dumps(_Payload(marker))
    cache = out / CACHE_DIR
    for name in ("manifest.pickle", "manifest.json"):
        (cache / name).write_bytes(payload)
    for entry in (cache / "notes").iterdir():
        entry.write_bytes(payload)
    for deck in out.glob("*.apkg"):
        deck.unlink()

    report = build([source], out)

    assert not marker.exists()
    assert not report.failed
    assert deck_bytes(out) == good


def test_a_wrongly_typed_cache_entry_is_built_again_with_one_warning(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    good = deck_bytes(out)
    cache = out / CACHE_DIR
    for summary in load_manifest(cache).notes.values():
        entry = entry_path(cache, summary.key)
        wrong = {"cards": [["a deck", 3]], "changed_at": "yesterday"}
        entry.write_bytes(
            pickle.dumps(wrong) if entry.suffix == ".pickle" else json.dumps(wrong).encode()
        )
    for deck in out.glob("*.apkg"):
        deck.unlink()

    report = build([source], out)

    assert [(p.is_error, CACHE_DIR in p.file) for p in report.problems] == [(False, True)]
    assert deck_bytes(out) == good
    assert not build([source], out).problems


def test_a_wrongly_typed_manifest_is_ignored_with_a_warning(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    good = deck_bytes(out)
    cache = out / CACHE_DIR
    manifest = load_manifest(cache)
    broken = {key: NoteSummary(key, "not decks", "many") for key in manifest.notes}
    save_manifest(cache, Manifest(broken, manifest.decks, manifest.state, manifest.files))

    report = build([source], out)

    assert [(p.is_error, CACHE_DIR in p.file) for p in report.problems] == [(False, True)]
    assert deck_bytes(out) == good


def test_a_folder_where_a_cache_file_goes_stops_no_build(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    good = deck_bytes(out)
    cache = out / CACHE_DIR
    for name in ("manifest.json", "manifest.pickle"):
        (cache / name).unlink(missing_ok=True)
        (cache / name / "inside").mkdir(parents=True)

    report = build([source], out)

    assert not report.failed
    assert deck_bytes(out) == good
    assert not build([source], out).problems


def test_a_forged_cache_entry_puts_no_script_into_a_card_and_no_private_file_into_a_deck(
    tmp_path, collection
):
    """An entry written under a note's real key (anyone with the notes and the same version
    can work it out), holding live HTML and an image from outside the notes folder."""
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    secret = tmp_path / "private" / "key.png"
    write(secret, "\x89PNG\r\n\x1a\nSECRET-KEY-MATERIAL")
    cache = out / CACHE_DIR
    for summary in load_manifest(cache).notes.values():
        cards, changed_at = load_entry(cache, summary.key)
        forged = tuple(
            replace(
                card,
                answer='<img src="x" onerror="alert(1)"><a href="javascript:alert(2)">go</a>'
                '<div style="position:fixed;inset:0">\\(\\href{javascript:alert(3)}{x}\\)</div>',
                media=(MediaFile("key-0123456789ab.png", secret),),
            )
            for card in cards
        )
        save_entry(cache, summary.key, (forged, changed_at))
    for deck in out.glob("*.apkg"):
        deck.unlink()

    report = build([source], out)

    assert [(p.is_error, CACHE_DIR in p.file) for p in report.problems] == [(False, True)]
    for deck in report.decks_written:
        assert b"SECRET-KEY-MATERIAL" not in deck.read_bytes()
        import_apkg(collection, deck)
    backs = " ".join(sides(collection.get_card(c))[1] for c in collection.find_cards(""))
    assert "가상 컴퓨터" in backs
    assert not re.search(r"onerror|javascript:|position:fixed|\\href", backs)


# --- the state: confined to its folder, and damage said out loud --------------------------


def test_a_state_entry_naming_a_file_outside_never_writes_or_deletes_it(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    state = out / STATE_DIR
    # A state file that climbs out of the folder, and a card remembered in a deck file that
    # does: a build would read the first, then delete or rewrite both.
    deleted_victim = tmp_path / "VICTIM.json"
    deleted_victim.write_text('{"notes": {}, "yours": "precious"}')
    written_victim = tmp_path / "OTHER.json"
    written_victim.write_text('{"notes": {}, "yours": "also precious"}')
    index = json.loads((state / "index.json").read_text())
    index["shards"].append("../../VICTIM")
    (state / "index.json").write_text(json.dumps(index))
    shard = state / "AWS.apkg.json"
    memory = json.loads(shard.read_text())
    guid = next(iter(memory["notes"]))
    memory["notes"][guid][7] = "../../OTHER"
    shard.write_text(json.dumps(memory))
    write(source / "aws.md", NOTES["aws.md"] + "- VPC: 가상 네트워크\n")
    (out / CACHE_DIR).rename(tmp_path / "no-cache")  # every deck written, all state read

    report = build([source], out)

    assert deleted_victim.read_text() == '{"notes": {}, "yours": "precious"}'
    assert written_victim.read_text() == '{"notes": {}, "yours": "also precious"}'
    assert not report.failed
    assert any(STATE_DIR in p.file and not p.is_error for p in report.problems)
    assert "../../VICTIM" not in (state / "index.json").read_text()


def test_a_damaged_state_entry_is_a_warning_and_the_rest_is_kept(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    write(source / "aws.md", NOTES["aws.md"])
    build([source], out)
    before = mods(out)
    shard = out / STATE_DIR / "AWS.apkg.json"
    memory = json.loads(shard.read_text())
    damaged_guid = next(iter(memory["notes"]))
    memory["notes"][damaged_guid][1] = "yesterday"
    shard.write_text(json.dumps(memory))
    write(source / "aws.md", NOTES["aws.md"] + "- VPC: 가상 네트워크\n")

    report = build([source], out)

    warnings = [p for p in report.problems if not p.is_error]
    assert [p.file.endswith("AWS.apkg.json") for p in warnings] == [True]
    after = mods(out)
    kept = {guid: mod for guid, mod in before.items() if guid != damaged_guid}
    assert {guid: after[guid] for guid in kept} == kept


def test_an_index_that_is_a_folder_is_a_warning_and_the_stamps_are_kept(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    before = mods(out)
    index = out / STATE_DIR / "index.json"
    index.unlink()
    index.mkdir()
    write(source / "aws.md", NOTES["aws.md"] + "- VPC: 가상 네트워크\n")

    report = build([source], out)

    assert [p.file.endswith("index.json") for p in report.problems] == [True]
    assert not report.failed
    after = mods(out)
    assert {guid: after[guid] for guid in before} == before
    assert index.is_file()
    assert not build([source], out).problems


def test_two_builds_at_once_with_other_options_both_stay_in_the_state(tmp_path, monkeypatch):
    """One build saves its state while another, started before, is still writing decks."""
    import flashgen.build as building

    source, out = notes(tmp_path), tmp_path / "decks"
    save = building.save_stamps
    other_build_done = []

    def save_after_another_build(stamps, folder):
        if not other_build_done:
            other_build_done.append(True)
            build([source], out, split=Split.SECTIONS)  # finishes first
        save(stamps, folder)

    monkeypatch.setattr(building, "save_stamps", save_after_another_build)
    build([source], out)

    index = json.loads((out / STATE_DIR / "index.json").read_text())
    on_disk = {p.name.removesuffix(".json") for p in (out / STATE_DIR).glob("*.apkg.json")}
    assert {"AWS.apkg", "Network - TCP.apkg", "Network.apkg"} <= on_disk
    assert set(index["shards"]) == on_disk


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_where_a_state_or_cache_file_goes_holds_no_build(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    fifos = [out / CACHE_DIR / "manifest.json", out / STATE_DIR / "AWS.apkg.json"]
    for fifo in fifos:
        fifo.unlink()
        os.mkfifo(fifo)
    write(source / "aws.md", NOTES["aws.md"] + "- VPC: 가상 네트워크\n")

    reports = []
    building = threading.Thread(target=lambda: reports.append(build([source], out)), daemon=True)
    building.start()
    building.join(timeout=60)
    if building.is_alive():  # let the stuck reader go before failing
        for fifo in fifos:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    assert reports, "the build waited on a FIFO"
    assert not reports[0].failed
    assert {Path(p.file).name for p in reports[0].problems} == {"manifest.json", "AWS.apkg.json"}


# --- the output folder itself ------------------------------------------------------------


def test_temporary_files_a_killed_build_left_are_removed(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    hour_ago = time.time() - 2 * 3600
    stale, fresh = [], []
    for folder in (out, out / CACHE_DIR, out / CACHE_DIR / "notes", out / STATE_DIR):
        old = folder / ".flashgen-killed.part"
        old.write_bytes(b"half a file")
        os.utime(old, (hour_ago, hour_ago))
        stale.append(old)
        new = folder / ".flashgen-writing-now.part"
        new.write_bytes(b"another build is writing this")
        fresh.append(new)
    earlier = out / STATE_DIR / ".flashgen-k2j4.json"  # as earlier versions named them
    earlier.write_text("{}")
    os.utime(earlier, (hour_ago, hour_ago))
    stale.append(earlier)
    write(source / "aws.md", NOTES["aws.md"] + "- VPC: 가상 네트워크\n")

    build([source], out)

    assert [path.exists() for path in stale] == [False] * len(stale)
    assert [path.exists() for path in fresh] == [True] * len(fresh)


def test_an_output_folder_that_cannot_be_written_is_one_clear_error(tmp_path):
    source = notes(tmp_path)
    (tmp_path / "shared").write_text("a file, not a folder")

    out = tmp_path / "shared" / "decks"
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(out)])

    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert "cannot write the decks" in lines[0]
    assert "report" not in lines[0]


def test_a_full_disk_is_one_clear_error(tmp_path, monkeypatch):
    import tempfile

    source = notes(tmp_path)

    def full(*args, dir=None, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), dir)

    monkeypatch.setattr(tempfile, "mkstemp", full)
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(tmp_path / "decks")])

    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if "error" in line.lower()]
    assert errors and all("No space left on device" in line for line in errors), result.output
    assert "report" not in result.output


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_output_folder_is_one_clear_error(tmp_path):
    source, out = notes(tmp_path), tmp_path / "decks"
    out.mkdir()
    out.chmod(0o555)
    try:
        result = CliRunner().invoke(main, ["build", str(source), "-o", str(out)])
    finally:
        out.chmod(0o755)

    assert result.exit_code == 1
    assert "cannot write the decks" in result.output
    assert "report" not in result.output


def test_deck_files_differing_only_in_case_are_one_file_with_every_card(tmp_path, collection):
    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "upper.md", "# Network\n\n## TCP\n- 연결 지향: 신뢰성 있는 전송\n")
    write(source / "lower.md", "# network\n\n## UDP\n- 비연결형: 빠른 전송\n")

    report = build([source], out)

    names = [path.name for path in out.glob("*.apkg")]
    assert len({name.casefold() for name in names}) == len(names), names
    for deck in report.decks_written:
        import_apkg(collection, deck)
    fronts = " ".join(sides(collection.get_card(c))[0] for c in collection.find_cards(""))
    assert "연결 지향" in fronts and "비연결형" in fronts


# --- formulas and raw HTML: nothing live reaches a card ----------------------------------

LIVE_TEX = [
    r"\href{javascript:alert(1)}{=}",
    r"\style{position:fixed;top:0;left:0;width:100%;height:100%}{x}",
    r"\class{card}{x}",
    r"\cssId{answer}{x}",
    r"\unicode[Comic Sans]{x41}",
    r"\require{html}",
    r"\data{x=1}{y}",
    r"\bbox[position:fixed;background:url(https://example.com/a.png)]{x}",
    r"\mmlToken{mi}[href='javascript:alert(1)']{x}",
    r"\url{javascript:alert(1)}",
    r"\htmlStyle{position:fixed;inset:0}{x}",
    r"\htmlClass{card}{x}",
]
_LIVE_COMMAND = re.compile(
    r"\\(href|style|class|cssId|unicode|require|data|bbox|mmlToken|url|html[A-Za-z]*)(?![A-Za-z])",
    re.IGNORECASE,
)


def _formula_note(tex: str) -> str:
    return f"""# 수식

## 인라인 $E {tex} mc^2$
- 설명: 질량 $m {tex}$ 와 에너지

## 블록
$$
{tex}
$$

## 괄호
- 식: \\({tex}\\) 그리고 \\[{tex}\\]

## 두 번 쓴 역슬래시
- 보기: \\\\({tex}\\\\)

## 클로즈
- **에너지** 는 $E = {tex}$ 로 구한다고 한다

## 표
| 기호 | 뜻 |
|---|---|
| $x {tex}$ | 값 |

## 접힌 답
<details><summary>식은?</summary>

$y = {tex}$
</details>
"""


def _rendered_cards(tmp_path: Path, collection, note: str) -> list[str]:
    source, out = tmp_path / "source", tmp_path / "decks"
    write(source / "formula.md", note)
    report = build([source], out)
    assert not report.failed, report.problems
    for deck in report.decks_written:
        import_apkg(collection, deck)
    return [" ".join(sides(collection.get_card(c))) for c in collection.find_cards("")]


@pytest.mark.parametrize("tex", LIVE_TEX)
def test_tex_that_makes_links_styles_or_ids_reaches_no_card_live(tmp_path, collection, tex):
    cards = _rendered_cards(tmp_path, collection, _formula_note(tex))

    assert len(cards) >= 6
    assert all("\\(" in card or "\\[" in card for card in cards)  # still typeset as math
    live = [card for card in cards if _LIVE_COMMAND.search(card)]
    assert not live, live[0]


def test_a_tex_command_split_by_an_html_tag_is_not_joined_live(tmp_path, collection):
    """MathJax reads text across a `<wbr>`: `\\hr<wbr>ef` would reach it as `\\href`."""
    note = "# 수식\n\n## 끊긴 명령\n- 보기: \\\\(\\hr<wbr>ef{javascript:alert(1)}{x}\\\\)\n"

    cards = _rendered_cards(tmp_path, collection, note)

    joined = [re.sub(r"<wbr\s*/?>", "", card, flags=re.IGNORECASE) for card in cards]
    assert cards and not any(_LIVE_COMMAND.search(card) for card in joined)


def test_an_image_address_with_encoded_tex_is_left_off_the_card(tmp_path, collection):
    """A missing image shows nothing, not its %-decoded name: `%5C(` there is a MathJax
    delimiter."""
    note = "# 그림\n\n## 없는 그림\n- 설명 ![](%5C(%5Chref{javascript:alert(1)}{x}%5C))\n"

    cards = _rendered_cards(tmp_path, collection, note)

    assert cards and all("설명" in card and "href" not in card for card in cards)
    assert not any(_LIVE_COMMAND.search(card) for card in cards), cards


def test_a_style_attribute_keeps_only_a_table_cells_alignment(tmp_path, collection):
    note = (
        "# 표\n\n## 덮는 칸\n"
        '<table><tr><th style="text-align:center">열</th></tr>'
        '<tr><td style="position:fixed;top:0;background:url(https://example.com/x.png)">값</td>'
        '<td style="text-align: right; position: fixed">둘</td></tr></table>\n\n'
        "## 정렬\n| 왼쪽 | 오른쪽 |\n|:--|--:|\n| a | b |\n"
    )

    cards = " ".join(_rendered_cards(tmp_path, collection, note))

    styles = re.findall(r'style="([^"]*)"', re.sub(r"<style>.*?</style>", "", cards, flags=re.S))
    assert styles and set(styles) <= {"text-align:left", "text-align:right", "text-align:center"}
    assert "position" not in cards and "url(" not in cards


@pytest.mark.parametrize("own", [CACHE_DIR, f"{CACHE_DIR}/notes", STATE_DIR])
def test_a_symlinked_state_or_cache_folder_never_leads_writes_outside(tmp_path, own):
    source, out = notes(tmp_path), tmp_path / "decks"
    build([source], out)
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(out / own, elsewhere)  # what a crafted `decks/` would point into
    (elsewhere / "yours.json").write_text("precious")
    shutil.rmtree(out / own)
    (out / own).symlink_to(elsewhere, target_is_directory=True)
    before = {path.name: path.read_bytes() for path in elsewhere.rglob("*") if path.is_file()}
    write(source / "aws.md", NOTES["aws.md"] + "- VPC: 가상 네트워크\n")

    report = build([source], out)

    after = {path.name: path.read_bytes() for path in elsewhere.rglob("*") if path.is_file()}
    assert after == before
    assert not report.failed
    assert (out / own).is_dir() and not (out / own).is_symlink()


def test_every_card_flashgen_writes_passes_the_check_cached_cards_get():
    """Else a rebuild would warn of a damaged cache, and build again, at every run."""
    from flashgen.note_cards import cards_of_note
    from flashgen.safe_html import is_inert_html
    from flashgen.sources import find_notes

    from .conftest import FIXTURES, PROJECT

    refused, fields = [], 0
    for root in (PROJECT / "source", PROJECT / "scripts" / "samples", FIXTURES):
        settings = Settings(sources=(root,), out=root / "decks")
        for file in find_notes([root]):
            for card in cards_of_note(file, settings, None).cards:
                for field in (card.question, card.answer, card.context, card.origin):
                    fields += 1
                    if not is_inert_html(field):
                        refused.append((file.shown, field[:200]))

    assert fields > 1000
    assert not refused, refused[:3]


def test_cached_cards_with_images_and_sounds_are_used_without_a_warning(tmp_path):
    source, out = tmp_path / "source", tmp_path / "decks"
    (source / "img").mkdir(parents=True)
    (source / "img" / "tcp.png").write_bytes(b"\x89PNG\r\n\x1a\npixels")
    write(source / "audio" / "syn.mp3", "ID3 sound")
    note = "# Network\n\n## TCP\n![handshake](img/tcp.png)\n\n## SYN\n[sound:audio/syn.mp3]\n"
    write(source / "net.md", note)
    build([source], out)
    good = deck_bytes(out)
    for deck in out.glob("*.apkg"):
        deck.unlink()

    report = build([source], out)  # every card from the cache

    assert not report.problems
    assert deck_bytes(out) == good
