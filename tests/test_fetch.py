"""HTTP fetching against real servers on 127.0.0.1: limits, conditional GET, redirects, guard."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from monitor.config import FetchSettings
from monitor.errors import AddressRefused, FetchError, TooLarge
from monitor.fetch import Fetcher, check_address

from .conftest import Site


class _Handler(BaseHTTPRequestHandler):
    """Redirects, big bodies and slow answers: what serve.py does not script."""

    target = ""

    def do_GET(self) -> None:  # noqa: N802
        if self.path.startswith("/redirect"):
            self.send_response(302)
            self.send_header("Location", self.server.redirect_to)  # type: ignore[attr-defined]
            self.end_headers()
        elif self.path.startswith("/loop"):
            self.send_response(301)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path.startswith("/big"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the limit must hold while streaming
            for _ in range(200):
                self.wfile.write(b"x" * 10_000)
        else:
            self.server.user_agents.append(self.headers.get("User-Agent"))  # type: ignore[attr-defined]
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"hello")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    srv.redirect_to = ""  # type: ignore[attr-defined]
    srv.user_agents = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def base(srv: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{srv.server_address[1]}"


_open: list[Fetcher] = []


def fetcher(**kw: object) -> Fetcher:
    f = Fetcher(FetchSettings(**{"allow_private_addresses": True, **kw}))  # type: ignore[arg-type]
    _open.append(f)
    return f


@pytest.fixture(autouse=True)
def _close_fetchers() -> Iterator[None]:
    yield
    while _open:
        _open.pop().close()


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://10.1.2.3/", "http://192.168.0.1/", "http://169.254.169.254/latest",
    "http://[::1]/", "http://[fe80::1]/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/",
], ids=["loopback", "10/8", "192.168/16", "metadata", "v6-loopback", "v6-link-local", "unspecified", "v4-mapped"])
def test_guard_refuses_non_public_addresses(url: str) -> None:
    with pytest.raises(AddressRefused, match="non-public address"):
        check_address(url)


def test_guard_accepts_a_public_address_literal() -> None:
    check_address("http://93.184.216.34/")  # resolving a literal needs no network


def test_guard_is_on_by_default(test_site: Site) -> None:
    with pytest.raises(AddressRefused, match="allow_private_addresses"):
        with Fetcher(FetchSettings()) as f:
            f.get(test_site.url("wire/feed.xml"))


def test_guard_is_checked_again_after_every_redirect(server: ThreadingHTTPServer, test_site: Site) -> None:
    """The first hop passes the guard; the redirect target does not, so nothing is fetched."""
    allowed_port = server.server_address[1]
    server.redirect_to = test_site.url("wire/feed.xml")  # type: ignore[attr-defined]

    def guard(url: str) -> None:
        if urlsplit(url).port != allowed_port:
            raise AddressRefused(url, "refused by test guard")

    with Fetcher(FetchSettings(), guard=guard) as f, pytest.raises(AddressRefused):
        f.get(base(server) + "/redirect")
    assert not any(r["path"] == "/wire/feed.xml" for r in test_site.requests())


def test_redirects_are_followed_up_to_the_limit(server: ThreadingHTTPServer, test_site: Site) -> None:
    server.redirect_to = test_site.url("wire/feed.xml")  # type: ignore[attr-defined]
    page = fetcher().get(base(server) + "/redirect")
    assert page.status == 200 and page.final_url == test_site.url("wire/feed.xml")
    with pytest.raises(FetchError, match="more than 3 redirects"):
        fetcher(max_redirects=3).get(base(server) + "/loop")


def test_byte_limit_holds_while_streaming(server: ThreadingHTTPServer) -> None:
    with pytest.raises(TooLarge, match="over the limit of 100000 bytes"):
        fetcher(max_bytes=100_000).get(base(server) + "/big")
    assert len(fetcher(max_bytes=5_000_000).get(base(server) + "/big").content) == 2_000_000


def test_conditional_get_returns_304_with_stored_validators(test_site: Site) -> None:
    f = fetcher()
    first = f.get(test_site.url("wire/feed.xml"))
    assert first.status == 200 and first.etag and first.last_modified
    second = f.get(test_site.url("wire/feed.xml"), etag=first.etag, last_modified=first.last_modified)
    assert second.status == 304 and second.content == b""
    sent = [r for r in test_site.requests() if r["path"] == "/wire/feed.xml"]
    assert sent[-1]["if_none_match"] == first.etag and sent[-1]["status"] == 304


def test_user_agent_is_sent(server: ThreadingHTTPServer) -> None:
    assert fetcher(user_agent="stancewatch-test/1").get(base(server) + "/page").status == 200
    assert server.user_agents == ["stancewatch-test/1"]  # type: ignore[attr-defined]


def test_timeout_names_the_url(site_factory: object) -> None:
    site = site_factory(faults={"delay_ms": {"/wire/feed.xml": 3000}})  # type: ignore[operator]
    with pytest.raises(FetchError, match=r"/wire/feed.xml: timed out after 0.5s"):
        fetcher(timeout=timedelta(seconds=0.5)).get(site.url("wire/feed.xml"))


def test_dropped_connection_is_a_fetch_error(site_factory: object) -> None:
    site = site_factory(faults={"/wire/feed.xml": ["drop"]})  # type: ignore[operator]
    with pytest.raises(FetchError, match="/wire/feed.xml"):
        fetcher().get(site.url("wire/feed.xml"))
