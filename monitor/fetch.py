"""HTTP for feeds and pages: limits, conditional GET, redirects and an address guard.

Why by hand instead of ``follow_redirects=True``: every hop must pass the address guard on
its *resolved* IP (a public feed may redirect to ``http://169.254.169.254/`` or a name may
resolve to 127.0.0.1), and the byte limit must hold while streaming, not after buffering.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from .config import FetchSettings
from .errors import AddressRefused, FetchError, TooLarge
from .types import Page


def is_public_address(ip: str) -> bool:
    addr = ipaddress.ip_address(ip)
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    return not (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_multicast
                or addr.is_reserved or addr.is_unspecified)


def check_address(url: str) -> None:
    """Refuse URLs whose host resolves to loopback, private or link-local addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(url, f"unsupported URL scheme {parts.scheme!r}")
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(url, f"cannot resolve {parts.hostname}: {exc.strerror}") from None
    for info in infos:
        ip = str(info[4][0])
        if not is_public_address(ip):
            raise AddressRefused(url, f"refused: {parts.hostname} resolves to non-public address {ip} "
                                      "(set fetch.allow_private_addresses = true to allow)")


@dataclass
class Fetcher:
    """One shared HTTP client with the configured limits; build once, pass in."""

    settings: FetchSettings
    client: httpx.Client | None = None
    #: Called with every URL before it is requested (each redirect hop too); raises to refuse.
    guard: Callable[[str], None] = check_address

    def __post_init__(self) -> None:
        if self.client is None:
            timeout = self.settings.timeout.total_seconds()
            self.client = httpx.Client(
                timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
                headers={"User-Agent": self.settings.user_agent,
                         "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                                   "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"},
                follow_redirects=False,
            )

    def close(self) -> None:
        if self.client is not None:
            self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            allow_private: bool | None = None) -> Page:
        """GET ``url``; a 304 comes back as a ``Page`` with status 304 and no content.

        Raises :class:`FetchError` (timeouts, refused addresses, too many redirects, too
        large) and returns non-2xx statuses as pages so the caller records them.
        """
        assert self.client is not None
        private_ok = self.settings.allow_private_addresses if allow_private is None else allow_private
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            if not private_ok:
                self.guard(current)
            try:
                with self.client.stream("GET", current, headers=headers) as response:
                    if response.is_redirect and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    content = b""
                    if response.status_code != 304:
                        content = self._read_limited(current, response)
                    return Page(
                        url=url, final_url=current, status=response.status_code, content=content,
                        content_type=response.headers.get("content-type"),
                        etag=response.headers.get("etag"),
                        last_modified=response.headers.get("last-modified"),
                    )
            except httpx.TimeoutException:
                raise FetchError(current, f"timed out after {self.settings.timeout.total_seconds():g}s") from None
            except httpx.HTTPError as exc:
                raise FetchError(current, f"{type(exc).__name__}: {exc}".rstrip(": ")) from None
        raise FetchError(url, f"more than {self.settings.max_redirects} redirects")

    def _read_limited(self, url: str, response: httpx.Response) -> bytes:
        limit = self.settings.max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise TooLarge(url, f"{declared} bytes is over the limit of {limit}")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise TooLarge(url, f"over the limit of {limit} bytes")
            chunks.append(chunk)
        return b"".join(chunks)
