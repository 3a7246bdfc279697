"""`flashgen sync` into a running Anki: what the client says when AnkiConnect is missing,
refuses or is too old (a tiny local server speaking its JSON), and the settings for it.
The real add-on in a real Anki is in test_sync_real_anki.py."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from click.testing import CliRunner

from flashgen.cli import main
from flashgen.config import load_settings
from flashgen.errors import FlashgenError
from flashgen.targets import AnkiConnect

from .conftest import write


def serve(answer):
    """A server on 127.0.0.1 answering each request with `answer(request)`; its address."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            body = json.dumps(answer(request)).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


@pytest.fixture
def anki_connect():
    servers = []

    def start(answer):
        server, url = serve(answer)
        servers.append(server)
        return url

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_no_anki_running_is_one_line_saying_what_to_do(tmp_path, monkeypatch):
    import socket

    with socket.socket() as free:  # a port nothing listens on
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "source" / "a.md", "# A\n- x: y\n")

    result = CliRunner().invoke(main, ["sync", "--anki-connect", f"http://127.0.0.1:{port}"])

    assert result.exit_code == 1
    [line] = result.output.splitlines()
    assert "Anki is not running, or AnkiConnect does not answer" in line
    assert "AnkiConnect add-on (code 2055492159)" in line and "--collection PATH" in line
    assert not (tmp_path / "decks").exists()  # found before building anything


def test_a_refused_key_says_where_to_set_it(anki_connect):
    url = anki_connect(lambda r: {"result": None, "error": "valid api key must be provided"})
    with pytest.raises(FlashgenError, match="AnkiConnect refused the key: set anki_connect.key"):
        AnkiConnect(url, key="wrong")


def test_the_key_is_sent_with_every_request(anki_connect):
    seen = []

    def answer(request):
        seen.append(request)
        return {"result": 6 if request["action"] == "version" else [], "error": None}

    AnkiConnect(anki_connect(answer), key="s3cret").read()
    assert [r["key"] for r in seen] == ["s3cret"] * len(seen)
    assert [r["action"] for r in seen] == ["version", "deckNames", "findCards"]


def test_an_old_ankiconnect_is_asked_to_update(anki_connect):
    url = anki_connect(lambda r: {"result": 5, "error": None})
    with pytest.raises(FlashgenError, match="speaks version 5; flashgen needs 6 or newer"):
        AnkiConnect(url)


def test_anki_with_no_profile_open_says_so(anki_connect):
    def answer(request):
        if request["action"] == "version":
            return {"result": 6, "error": None}
        return {"result": None, "error": "collection is not available"}

    with pytest.raises(FlashgenError, match="Anki is running but has no profile open"):
        AnkiConnect(anki_connect(answer))


def test_a_server_that_is_not_ankiconnect_is_named(anki_connect):
    url = anki_connect(lambda r: ["something", "else"])
    with pytest.raises(FlashgenError, match="not as AnkiConnect version 6 does"):
        AnkiConnect(url)


def test_collection_and_anki_connect_are_settings(tmp_path):
    config = write(
        tmp_path / "flashgen.toml",
        'collection = "anki/collection.anki2"\n'
        'anki_connect = { url = "http://127.0.0.1:9999", key = "k" }\n',
    )
    settings = load_settings(config)
    assert settings.collection == tmp_path / "anki" / "collection.anki2"
    assert (settings.anki_connect, settings.anki_connect_key) == ("http://127.0.0.1:9999", "k")
    assert load_settings(write(config, 'anki_connect = "http://[::1]:8765"\n')).anki_connect == (
        "http://[::1]:8765"
    )


@pytest.mark.parametrize(
    "line, message",
    [
        ("collection = 3", "flashgen.toml:1: collection: must be the path of collection.anki2"),
        (
            'anki_connect = "127.0.0.1:8765"',
            "flashgen.toml:1: anki_connect: url must be an http://",
        ),
        ("anki_connect = { port = 1 }", "flashgen.toml:1: anki_connect: must be an address"),
    ],
)
def test_a_wrong_sync_setting_names_its_line(tmp_path, line, message):
    with pytest.raises(FlashgenError, match=message):
        load_settings(write(tmp_path / "flashgen.toml", line + "\n"))


class FakeAnki:
    """Answers as an empty Anki with AnkiConnect would, and remembers every action."""

    def __init__(self):
        self.actions: list[str] = []

    def __call__(self, request):
        self.actions.append(request["action"])
        if request["action"] == "multi":
            self.actions += [a["action"] for a in request["params"]["actions"]]
            return {"result": [{"result": True, "error": None}], "error": None}
        results = {
            "version": 6,
            "deckNames": ["Default"],
            "findCards": [],
            "findNotes": [],
            "notesInfo": [],
            "getMediaDirPath": "media",
        }
        return {"result": results.get(request["action"], True), "error": None}


def test_a_dry_run_into_a_running_anki_only_reads(anki_connect, tmp_path, monkeypatch):
    anki = FakeAnki()
    url = anki_connect(anki)
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "source" / "a.md", "# A\n- x: y\n")

    result = CliRunner().invoke(main, ["sync", "--anki-connect", url, "--dry-run"])

    assert result.exit_code == 0, result.output
    assert f"sync plan (dry run, nothing is changed) for Anki (AnkiConnect at {url}): 1 to add" in (
        result.output
    )
    reading = {"version", "deckNames", "findCards", "findNotes", "notesInfo", "getMediaDirPath"}
    assert set(anki.actions) <= reading
    assert not (tmp_path / "decks").exists()


def test_without_a_collection_sync_goes_to_the_anki_connect_setting(
    anki_connect, tmp_path, monkeypatch
):
    anki = FakeAnki()
    url = anki_connect(anki)
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "source" / "a.md", "# A\n- x: y\n")
    write(tmp_path / "flashgen.toml", f'anki_connect = "{url}"\n')

    result = CliRunner().invoke(main, ["sync"])

    assert result.exit_code == 0, result.output
    assert f"synced into Anki (AnkiConnect at {url}): 1 added" in result.output
    assert anki.actions[-2:] == ["multi", "importPackage"]


def test_an_answer_of_the_wrong_shape_is_an_error_naming_it(anki_connect):
    def answer(request):
        results = {"version": 6, "deckNames": [], "findCards": {"not": "a list"}}
        return {"result": results[request["action"]], "error": None}

    anki = AnkiConnect(anki_connect(answer))
    with pytest.raises(FlashgenError, match=r"answered findCards, but not as AnkiConnect does"):
        anki.read()


def test_the_key_can_come_from_the_environment(anki_connect, tmp_path, monkeypatch):
    seen = []

    def answer(request):
        seen.append(request.get("key"))
        if request.get("key") != "s3cret":
            return {"result": None, "error": "valid api key must be provided"}
        return FakeAnki()(request)

    url = anki_connect(answer)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FLASHGEN_ANKI_CONNECT_KEY", "s3cret")
    write(tmp_path / "source" / "a.md", "# A\n- x: y\n")

    result = CliRunner().invoke(main, ["sync", "--anki-connect", url, "--dry-run"])

    assert result.exit_code == 0, result.output
    assert seen and set(seen) == {"s3cret"}
