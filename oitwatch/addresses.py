"""Which addresses oitwatch may fetch from: no SSRF through a start URL, link or redirect.

Every URL the crawler or the checklist probe requests (a start URL, and every
hop of every redirect) must be ``http``/``https`` and resolve only to public
addresses. Private, loopback, link-local, reserved, multicast and unspecified
addresses are refused, however they are spelled (``localhost``, ``127.1``,
``2130706433``, ``[::ffff:127.0.0.1]``), unless the operator lists exactly them
in ``OITWATCH_ALLOW_PRIVATE`` (an intranet agency; the tests' loopback server):

    policy = AddressPolicy.parse("10.20.0.0/16, 127.0.0.1:8570")
    policy.refusal("http://127.0.0.1:8570/") is None     # allowed: listed
    policy.refusal("http://127.0.0.1:6379/")             # 'refused: ... loopback ...'

Listing one address (or address and port) never opens the rest of its range.
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass

from oitwatch.exceptions import ConfigError

__all__ = ["AddressPolicy", "AllowEntry", "host_under", "parse_allow_list", "same_site_host"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class AllowEntry:
    """One entry of ``OITWATCH_ALLOW_PRIVATE``: a network, and a port or any port (``None``)."""

    network: IPNetwork
    port: int | None = None

    def allows(self, address: IPAddress, port: int | None) -> bool:
        if address.version != self.network.version or address not in self.network:
            return False
        return self.port is None or port is None or port == self.port


def parse_allow_list(text: str) -> tuple[AllowEntry, ...]:
    """``"10.0.0.0/8, 127.0.0.1:8570, [::1]:80"`` as entries; ``ConfigError`` names a bad one."""
    entries = []
    for raw in text.replace(";", ",").split(","):
        item = raw.strip()
        if not item:
            continue
        port: int | None = None
        host = item
        if item.startswith("["):  # [v6] or [v6]:port
            host, _, rest = item[1:].partition("]")
            if rest:
                port = _port(item, rest.removeprefix(":"))
        elif item.count(":") == 1:  # v4:port or v4/net:port
            host, _, rest = item.partition(":")
            port = _port(item, rest)
        try:
            network = ipaddress.ip_network(host, strict=False)
        except ValueError:
            raise ConfigError(
                f"OITWATCH_ALLOW_PRIVATE: {item!r} is not an address, network or address:port"
            ) from None
        entries.append(AllowEntry(network, port))
    return tuple(entries)


def _port(item: str, text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise ConfigError(f"OITWATCH_ALLOW_PRIVATE: {item!r} has no valid port")
    return int(text)


def _plain(address: IPAddress) -> IPAddress:
    """The IPv4 address inside an IPv4-mapped IPv6 address (``::ffff:127.0.0.1``), else itself."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _public(address: IPAddress) -> bool:
    address = _plain(address)
    return address.is_global and not address.is_multicast


def _kind(address: IPAddress) -> str:
    address = _plain(address)
    for name in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(address, f"is_{name}"):
            return name.replace("_", "-")
    return "non-public"


def same_site_host(url: str, site_url: str) -> bool:
    """Whether ``url`` is on the host and port of ``site_url`` (scheme's default port filled in).

    ``http://h/`` and ``https://h/`` are one site (the usual upgrade redirect);
    another port of the same host is not.
    """
    (host, port), (site_host, site_port) = _host_port(url), _host_port(site_url)
    defaults = set(DEFAULT_PORTS.values())
    return host == site_host and (port == site_port or {port, site_port} <= defaults)


def host_under(url: str, domains: Iterable[str]) -> bool:
    """Whether ``url``'s host is one of ``domains`` or a subdomain of one (``a.b.go.th`` is
    under ``b.go.th``; ``xb.go.th`` is not)."""
    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in (d.lower() for d in domains))


def _host_port(url: str) -> tuple[str, int | None]:
    parts = urllib.parse.urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = -1
    return (parts.hostname or "", port or DEFAULT_PORTS.get(parts.scheme.lower()))


class AddressPolicy:
    """Refuses URLs oitwatch must not fetch; ``refusal(url)`` says why, or ``None``."""

    def __init__(self, allow: Iterable[AllowEntry] = ()):
        self.allow = tuple(allow)

    @classmethod
    def parse(cls, text: str) -> AddressPolicy:
        return cls(parse_allow_list(text))

    def allowed(self, address: str | IPAddress, port: int | None = None) -> bool:
        """Whether ``address`` (on ``port``; ``None``: some port) may be fetched from."""
        try:
            ip = ipaddress.ip_address(address.split("%", 1)[0] if isinstance(address, str) else address)
        except ValueError:
            return False
        if _public(ip):
            return True
        return any(e.allows(ip, port) or e.allows(_plain(ip), port) for e in self.allow)

    def refusal(self, url: str, *, unresolved: bool = True) -> str | None:
        """Why ``url`` must not be fetched (scheme, no host, a non-public address), or ``None``.

        The host is resolved as the connection would resolve it (every address
        it has); a host that does not resolve is refused too, unless
        ``unresolved`` is false (a start URL whose DNS is down fails later, as a crawl).
        """
        try:
            parts = urllib.parse.urlsplit(url)
            port = parts.port
        except ValueError as exc:
            return f"refused {url[:200]!r}: not a valid URL ({exc})"
        scheme = parts.scheme.lower()
        if scheme not in SCHEMES:
            return f"refused {url[:200]!r}: only http and https are fetched"
        host = parts.hostname
        if not host:
            return f"refused {url[:200]!r}: no host"
        port = port or DEFAULT_PORTS[scheme]
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            if not unresolved:
                return None
            return f"refused {url[:200]!r}: {host} does not resolve ({exc})"
        for info in infos:
            address = str(info[4][0])
            if not self.allowed(address, port):
                ip = ipaddress.ip_address(address.split("%", 1)[0])
                return (
                    f"refused {url[:200]!r}: {host} is a {_kind(ip)} address ({address}); "
                    "list it in OITWATCH_ALLOW_PRIVATE to crawl it"
                )
        return None
