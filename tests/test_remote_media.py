"""Remote images: links by default; `--download-media` packs them, fetched from a real server."""

from __future__ import annotations

import contextlib
import re
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from flashgen.downloads import RemoteImages
from flashgen.note_cards import MEDIA_CACHE

from .conftest import answer_of, import_apkg, run, sides, write
from .images import png
from .test_anki_import import card_with_front

DIAGRAM = png(rgb=(10, 120, 200))


class _Images(BaseHTTPRequestHandler):
    """An image host: one image, a web page posing as one, a missing one, a slow one, a big one."""

    hits: Counter

    def do_GET(self):  # noqa: N802 (the name http.server calls)
        self.hits[self.path] += 1
        if self.path == "/img/diagram.png":
            self._send(200, "image/png", DIAGRAM)
        elif self.path == "/page.png":
            self._send(200, "text/html", b"<html>not an image</html>")
        elif self.path == "/slow.png":
            time.sleep(2)
            self._send(200, "image/png", DIAGRAM)
        elif self.path == "/big.png":
            self._send(200, "image/png", DIAGRAM + b"\0" * 5000)
        else:
            self._send(404, "text/plain", b"not found")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError):  # the client gave up waiting, as it should
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def image_host():
    """A server on 127.0.0.1 for this test; yields its base URL and the paths it served."""
    hits: Counter = Counter()
    handler = type("Handler", (_Images,), {"hits": hits})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


@pytest.fixture
def remote_note(tmp_path, monkeypatch, image_host):
    base, _ = image_host
    monkeypatch.chdir(tmp_path)
    write(
        tmp_path / "source" / "net.md",
        f"# Net\n\n## 구조도\n![구조도]({base}/img/diagram.png)\n\n"
        f"## 다시\n같은 그림 ![구조도]({base}/img/diagram.png)\n\n"
        f"## 실패한 그림\n- ![페이지]({base}/page.png)\n- ![없음]({base}/missing.png)\n",
    )
    return tmp_path


def test_remote_images_stay_links_without_download_media(remote_note, image_host, collection):
    base, hits = image_host
    result = run("build")

    assert result.exit_code == 0, result.output
    assert not hits
    import_apkg(collection, remote_note / "decks" / "Net.apkg")
    back = answer_of(sides(card_with_front(collection, "구조"))[1])
    assert f'<img src="{base}/img/diagram.png" alt="구조도">' in back


def test_download_media_fetches_each_image_once_and_packs_it(remote_note, image_host, collection):
    _, hits = image_host
    result = run("build", "--download-media")

    assert result.exit_code == 0, result.output
    assert hits["/img/diagram.png"] == 1
    import_apkg(collection, remote_note / "decks" / "Net.apkg")
    for front in ("구조", "다시"):
        back = answer_of(sides(card_with_front(collection, front))[1])
        [name] = re.findall(r'<img src="([^"]+)"', back)
        assert not name.startswith("http")
        assert (Path(collection.media.dir()) / name).read_bytes() == DIAGRAM
    assert not collection.media.check().missing

    deck = (remote_note / "decks" / "Net.apkg").read_bytes()
    assert run("build", "--download-media").exit_code == 0
    assert hits["/img/diagram.png"] == 1, "fetched again although it is in the cache"
    assert (remote_note / "decks" / "Net.apkg").read_bytes() == deck
    assert list((remote_note / "decks" / MEDIA_CACHE).iterdir())


def test_a_download_that_fails_is_a_warning_and_the_card_keeps_the_link(
    remote_note, image_host, collection
):
    base, _ = image_host
    result = run("build", "--download-media")

    assert result.exit_code == 0
    assert (
        f"net.md:10: warning: cannot download image {base}/page.png: not an image" in result.output
    )
    assert f"net.md:11: warning: cannot download image {base}/missing.png: HTTP 404" in (
        result.output
    )
    import_apkg(collection, remote_note / "decks" / "Net.apkg")
    back = answer_of(sides(card_with_front(collection, "실패"))[1])
    assert f'<img src="{base}/missing.png" alt="없음">' in back


def test_a_slow_or_too_big_download_is_given_up(image_host, tmp_path):
    base, _ = image_host
    remote = RemoteImages(tmp_path / "cache", timeout=0.5, max_bytes=1000)

    assert remote.fetch(f"{base}/slow.png") == f"cannot download image {base}/slow.png: timed out"
    assert "larger than" in remote.fetch(f"{base}/big.png")
    assert isinstance(remote.fetch(f"{base}/img/diagram.png"), Path)
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [
        p.name for p in (tmp_path / "cache").glob("*.png")
    ]
