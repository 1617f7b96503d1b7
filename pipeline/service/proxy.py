"""Forwarded headers, trusted by configuration only.

``X-Forwarded-For`` and ``X-Forwarded-Proto`` are honoured only on connections from an address in
``[service] trusted_proxies`` (addresses or networks, empty by default), or over the Unix socket
``scribe serve`` listens on when ``[service] socket`` is set (only the proxy can reach it: the socket is
created 0660). Anyone else's forwarded headers are ignored: sent straight to the port, they cannot forge
the audit log's address, dodge the sign-in throttle or set the cookie's Secure flag.

From a trusted peer, the client is the rightmost address of ``X-Forwarded-For`` that is not itself a
trusted proxy (the entries before it are the client's own claims), and the scheme is
``X-Forwarded-Proto`` when it says http or https. ``scribe serve`` turns uvicorn's own handling of
these headers off (it trusts 127.0.0.1 by default), so this is the only one.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from typing import Any

from ..errors import ConfigError

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(values: Iterable[str], origin: str = "[service] trusted_proxies") -> tuple[Network, ...]:
    out = []
    for v in values:
        try:
            out.append(ipaddress.ip_network(str(v).strip(), strict=False))
        except ValueError:
            raise ConfigError(f"{origin}: {v!r} is not an IP address or network (e.g. 127.0.0.1, 10.0.0.0/24)") \
                from None
    return tuple(out)


def _address(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    value = value.strip()
    if value.startswith("[") and "]" in value:  # [v6]:port
        value = value[1:value.index("]")]
    elif value.count(":") == 1:  # v4:port
        value = value.split(":")[0]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


class TrustedProxies:
    """ASGI middleware applying the rule above to ``scope["client"]`` and ``scope["scheme"]``."""

    def __init__(self, app: Any, networks: tuple[Network, ...], unix_socket: bool = False) -> None:
        self.app = app
        self.networks = networks
        self.unix_socket = unix_socket

    def trusted(self, host: str | None) -> bool:
        if host is None:
            return False
        addr = _address(host)
        return addr is not None and any(addr in n for n in self.networks)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] in ("http", "websocket"):
            client = scope.get("client")
            if (client is None and self.unix_socket) or (client is not None and self.trusted(client[0])):
                scope = self._apply(scope)
        await self.app(scope, receive, send)

    def _apply(self, scope: dict) -> dict:
        forwarded_for = proto = None
        for name, value in scope.get("headers", ()):
            if name == b"x-forwarded-for":
                forwarded_for = (forwarded_for + "," if forwarded_for else "") + value.decode("latin-1")
            elif name == b"x-forwarded-proto":
                proto = value.decode("latin-1").strip().lower()
        scope = dict(scope)
        if forwarded_for:
            for entry in reversed(forwarded_for.split(",")):
                addr = _address(entry)
                if addr is None:
                    break  # garbage: keep the peer's own address
                if not any(addr in n for n in self.networks):
                    scope["client"] = (str(addr), 0)
                    break
        if proto in ("http", "https"):
            scope["scheme"] = proto
        return scope
