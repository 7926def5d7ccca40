"""`newsalert demo`: the main job, end to end, on this machine.

Starts Kafka and Redis, a Faust worker and the HTTP API (as child processes, logs under the state
folder), a local webhook sink, subscribes the sink, submits the sample articles through the API and
prints every alert as it arrives. Each run uses its own topic prefix, so the samples are fresh
articles every time instead of duplicates of the last run's.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

from streams.settings import PROJECT_ROOT, Settings
from streams.sink import WebhookSink, describe

SAMPLES = PROJECT_ROOT / "samples" / "articles.jsonl"
QUIET_S = 8.0
"""With --once: stop after this long without a new alert (the samples have gone through)."""


def _say(message: str) -> None:
    print(f"[demo] {message}", file=sys.stderr, flush=True)


def _port_taken(host: str, port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex((host, port)) == 0


def _free_port(host: str) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def _spawn(name: str, env: dict[str, str], log_dir: Path) -> subprocess.Popen[bytes]:
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = (log_dir / f"{name}.log").open("ab")
    return subprocess.Popen(
        [sys.executable, "-m", "streams.cli", name],
        env=env,
        stdout=log_file,
        stderr=subprocess.STDOUT,
        cwd=PROJECT_ROOT,
        start_new_session=True,
    )


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


async def _wait_healthy(
    client: httpx.AsyncClient, base: str, api: subprocess.Popen[bytes], log: Path
) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if api.poll() is not None:
            raise RuntimeError(f"the API exited with code {api.returncode}; see {log}")
        try:
            if (await client.get(f"{base}/health")).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        await asyncio.sleep(0.3)
    raise RuntimeError(f"the API did not become healthy within 60 s; see {log}")


async def _run(settings: Settings, once: bool, timeout_s: float) -> int:
    from streams import services

    _say("starting Kafka and Redis (the first run downloads Kafka's jars from Maven Central)…")
    services.up(settings)
    prefix = f"demo-{datetime.now(UTC):%Y%m%d%H%M%S}"
    articles = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]

    if _port_taken(settings.api_host, settings.api_port):
        raise RuntimeError(
            f"port {settings.api_port} on {settings.api_host} is in use (another API?); "
            "stop it or choose another with NEWSALERT_API_PORT"
        )
    sink = WebhookSink(on_receive=lambda item: print(describe(item), flush=True))
    sink_url = await sink.start("127.0.0.1", 0)
    env = {
        **os.environ,
        "NEWSALERT_TOPIC_PREFIX": prefix,
        "NEWSALERT_ALLOW_PRIVATE_TARGETS": "true",
        "NEWSALERT_API_KEYS": os.environ.get("NEWSALERT_API_KEYS", "demo-key"),
        "NEWSALERT_WORKER_WEB_PORT": str(_free_port(settings.worker_web_host)),
    }
    api_key = env["NEWSALERT_API_KEYS"].split(",")[0].strip()
    log_dir = settings.state_dir / "logs" / prefix
    _say(f"starting the worker and the API (topic prefix {prefix}; logs in {log_dir})…")
    worker = _spawn("worker", env, log_dir)
    api = _spawn("api", env, log_dir)
    base = f"http://{settings.api_host}:{settings.api_port}"
    try:
        async with httpx.AsyncClient(timeout=30) as client:
            await _wait_healthy(client, base, api, log_dir / "api.log")
            created = await client.post(
                f"{base}/subscriptions",
                json={"url": sink_url, "description": "newsalert demo sink"},
                headers={"authorization": f"Bearer {api_key}"},
            )
            created.raise_for_status()
            sink.secret = created.json()["secret"]
            _say(f"subscribed the local sink {sink_url} (alerts on attacks on diplomatic sites)")
            response = await client.post(f"{base}/articles", json=articles)
            response.raise_for_status()
            _say(f"submitted {len(articles)} sample articles; waiting for alerts…")
            _say(f"dashboard: {base}/dashboard (API key {api_key})   API docs: {base}/docs")
            if not once:
                _say("the pipeline keeps running: POST more articles to the API; Ctrl-C stops the demo")
            started = last_change = time.monotonic()
            seen = 0
            while True:
                if worker.poll() is not None:
                    _say(f"the worker exited with code {worker.returncode}; see {log_dir / 'worker.log'}")
                    return 1
                now = time.monotonic()
                if len(sink.received) != seen:
                    seen, last_change = len(sink.received), now
                    _say(f"{seen} alert(s) after {now - started:.1f} s")
                if once and (now - started > timeout_s or (seen and now - last_change > QUIET_S)):
                    break
                await asyncio.sleep(0.25)
    finally:
        _say("stopping the worker and the API (Kafka and Redis stay up: `newsalert services down`)")
        _stop(worker)
        _stop(api)
        await sink.stop()
    bad = [item for item in sink.received if item.verified is not True]
    _say(f"done: {len(sink.received)} alert(s) received, {len(bad)} with a bad signature")
    return 0 if sink.received and not bad else 1


def run_demo(settings: Settings, once: bool = False, timeout_s: float = 120.0) -> int:
    try:
        return asyncio.run(_run(settings, once, timeout_s))
    except KeyboardInterrupt:
        return 0
    except Exception as error:
        _say(f"error: {error}")
        return 1
