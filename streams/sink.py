"""A local webhook receiver: prints each alert for a person, verifying its signature when it can.

Used by `newsalert demo` and `newsalert sink`; the integration tests use the same receiver.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from domain.signing import SignatureError, verify


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes
    verified: bool | None

    @property
    def payload(self) -> dict[str, Any]:
        return dict(json.loads(self.body))


@dataclass
class WebhookSink:
    """Collects webhooks. `status_for` lets tests make it fail (500, 429…) for a while."""

    secret: str | None = None
    on_receive: Callable[[Received], None] | None = None
    status_for: Callable[[Received], int] = lambda _: 200
    hang: bool = False  # never answer (tests: a dead endpoint that accepts connections)
    received: list[Received] = field(default_factory=list)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    _runner: web.AppRunner | None = None
    port: int = 0

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        headers = {k.lower(): v for k, v in request.headers.items()}
        verified: bool | None = None
        if self.secret:
            try:
                verify(self.secret, headers, body)
                verified = True
            except SignatureError:
                verified = False
        item = Received(headers, body, verified)
        if self.hang:
            await asyncio.sleep(3600)
        status = self.status_for(item)
        if 200 <= status < 300:
            self.received.append(item)
            self.arrived.set()
            if self.on_receive:
                self.on_receive(item)
        return web.Response(status=status, text="ok" if status < 300 else "not now")

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        app = web.Application(client_max_size=10_000_000)
        app.router.add_post("/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return f"http://{host}:{self.port}/hooks"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


def describe(item: Received) -> str:
    """One readable block per alert for the person watching the demo."""
    payload = item.payload
    data = payload.get("data", {})
    incident = data.get("incident", {})
    article = data.get("article", {})
    place = incident.get("location") or {}
    casualties = incident.get("casualties") or {}
    check = {True: "signature ok", False: "SIGNATURE INVALID", None: "unverified"}[item.verified]
    kind = str(payload.get("type", "?")).removeprefix("incident.").upper()
    changes = f" ({', '.join(data.get('changes') or [])} rose)" if data.get("changes") else ""
    languages = ",".join(incident.get("languages") or [])
    pad = " " * 12
    return (
        f"\n  {kind:<9} {incident.get('severity', '?').upper():<8} {incident.get('summary', '')}{changes}\n"
        f"{pad}type={incident.get('incident_type')} target={incident.get('target_type')} "
        f"place={place.get('city') or '?'}, {place.get('country_code') or '?'} "
        f"killed={casualties.get('killed')} injured={casualties.get('injured')} "
        f"sources={len(incident.get('sources') or [])} languages={languages}\n"
        f"{pad}article: [{article.get('language')}] {article.get('title') or article.get('id')}\n"
        f"{pad}incident={incident.get('incident_id')} webhook-id={item.headers.get('webhook-id')} ({check})"
    )


def run_sink_forever(host: str, port: int, secret: str | None = None) -> None:
    async def main() -> None:
        sink = WebhookSink(secret=secret, on_receive=lambda item: print(describe(item), flush=True))
        url = await sink.start(host, port)
        print(f"webhook sink listening on {url} (Ctrl-C to stop)", flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())
