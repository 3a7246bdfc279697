"""Remote images packed into the deck (`--download-media`): each fetched once into a cache
beside the decks, so a deck works offline and a rebuild does not fetch it again.

Whatever a server sends (a malformed reply, endless headers, a broken chunk, a body trickled
a byte at a time) costs that one image, and is a warning naming it; only a whole image is
ever kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from flashgen import __version__
from flashgen.image_types import REMOTE_SCHEMES, image_type
from flashgen.paths import confined, read_regular
from flashgen.writes import write_bytes


@dataclass(frozen=True)
class RemoteImages:
    """How `--download-media` fetches remote images: once each, into `cache`.

    Whatever a server sends (a malformed reply, endless headers, a broken chunk, a body
    trickled a byte at a time) costs that one image, at most `timeout` seconds all told,
    and is a warning; only a whole image is ever packed."""

    cache: Path
    timeout: float = 10.0
    """Seconds one download may take in all, not per read."""
    max_bytes: int = 10 * 1024 * 1024
    _failures: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    """URLs that failed in this build, so each is tried (and reported) once."""

    def fetch(self, url: str) -> Path | str:
        """The cached image file for `url`, or why there is none."""
        key = hashlib.sha256(url.encode()).hexdigest()[:32]
        cached = self._cached(key)
        if cached is not None:
            return cached
        if url not in self._failures:
            try:
                return self._keep(key, _download(url, self.timeout, self.max_bytes))
            except Exception as error:  # what a server sends is that image's problem alone
                self._failures[url] = f"cannot download image {url}: {_reason(error)}"
        return self._failures[url]

    def _cached(self, key: str) -> Path | None:
        """The image kept for `key` by an earlier build: a regular image file inside the
        cache (a decks folder shared with others may hold anything)."""
        if not self.cache.is_dir():
            return None
        for found in sorted(self.cache.glob(f"{key}.*")):
            path = confined(found, self.cache)  # no link out of it
            try:
                if path is not None and image_type(read_regular(path)) is not None:
                    return path
            except OSError:
                continue
        return None

    def _keep(self, key: str, data: bytes) -> Path:
        extension = image_type(data)
        if extension is None:
            raise ValueError("not an image file")
        target = self.cache / f"{key}{extension}"
        write_bytes(target, data)
        return target


def _download(url: str, seconds: float, max_bytes: int) -> bytes:
    """The body of an image at `url`, fetched within `seconds` in all.

    The fetch runs in a thread of its own, so that however the server stalls (in the
    connection, the headers or the body), the build waits `seconds` and no more. Then
    the connection is shut, which ends the thread's wait on it."""
    import socket
    import threading

    deadline = time.monotonic() + seconds
    outcome: list[bytes | BaseException] = []
    connections: list[socket.socket] = []

    def fetch() -> None:
        try:
            outcome.append(_fetch_before(url, deadline, max_bytes, connections))
        except BaseException as error:  # handed to the build, which reports it
            outcome.append(error)

    thread = threading.Thread(target=fetch, name="flashgen-download", daemon=True)
    thread.start()
    thread.join(max(deadline - time.monotonic(), 0))
    if not outcome:
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        raise TimeoutError
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _fetch_before(url: str, deadline: float, max_bytes: int, connections: list) -> bytes:
    """The body at `url`, given up at the deadline; each socket opened is put in
    `connections`, for the build to shut should the deadline pass first."""
    import urllib.request  # here: it brings http and email along, and few builds fetch

    request = urllib.request.Request(url, headers={"User-Agent": f"flashgen/{__version__}"})
    opener = urllib.request.build_opener(*_handlers(connections))
    remaining = max(deadline - time.monotonic(), 0.001)
    with opener.open(request, timeout=remaining) as response:
        content_type = response.headers.get_content_type()
        if not content_type.startswith("image/"):
            raise ValueError(f"not an image (content type {content_type})")
        expected = response.length  # from Content-Length; None when the server gave none
        if expected is not None and expected > max_bytes:
            raise ValueError(f"larger than {max_bytes:,} bytes")
        data = bytearray()
        while chunk := response.read1(65536):  # whatever has come, not a full buffer
            data += chunk
            if len(data) > max_bytes:
                raise ValueError(f"larger than {max_bytes:,} bytes")
            if time.monotonic() > deadline:
                raise TimeoutError
    if expected is not None and len(data) < expected:
        raise ValueError(f"cut short: {len(data):,} of {expected:,} bytes came")
    return bytes(data)


def _handlers(connections: list) -> list:
    """urllib's HTTP and HTTPS handlers, each socket they open put in `connections`, and
    redirects followed to http and https only (urllib would follow ftp too)."""
    import urllib.request

    def watched(connection_type: type) -> type:
        class Watched(connection_type):
            def connect(self) -> None:
                super().connect()
                connections.append(self.sock)

        return Watched

    class HTTP(urllib.request.HTTPHandler):
        def do_open(self, http_class, req, **kwargs):
            return super().do_open(watched(http_class), req, **kwargs)

    class HTTPS(urllib.request.HTTPSHandler):
        def do_open(self, http_class, req, **kwargs):
            return super().do_open(watched(http_class), req, **kwargs)

    class WebRedirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):
            if urlsplit(newurl).scheme.lower() not in REMOTE_SCHEMES:
                raise ValueError(f"redirected to {newurl}, not a web address")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return [HTTP, HTTPS, WebRedirects]


def _reason(error: BaseException) -> str:
    import http.client
    import urllib.error

    if isinstance(error, urllib.error.HTTPError):
        if 300 <= error.code < 400:  # a loop, or to a scheme urllib does not follow
            return f"HTTP {error.code}: a redirect that is not followed"
        return f"HTTP {error.code}"
    if isinstance(error, urllib.error.URLError):
        reason = error.reason
        return _reason(reason) if isinstance(reason, BaseException) else str(reason)
    if isinstance(error, TimeoutError):
        return "timed out"
    if isinstance(error, http.client.InvalidURL):
        return f"not a valid address ({error})"
    if isinstance(error, http.client.HTTPException):
        return f"the server's reply is not valid HTTP ({type(error).__name__}: {error})"
    return str(error) or type(error).__name__
