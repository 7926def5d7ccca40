"""A whole pipeline for a test: a Faust worker and the HTTP API as real processes on the real Kafka and
Redis, under a topic prefix of their own so tests never see each other's records."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REPO_ROOT = Path(__file__).resolve().parent.parent
API_KEY = "test-key"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Pipeline:
    prefix: str = field(default_factory=lambda: f"t{uuid.uuid4().hex[:10]}")
    api_port: int = field(default_factory=free_port)
    log_dir: Path = REPO_ROOT / "test-artifacts" / "logs"
    extra_env: dict[str, str] = field(default_factory=dict)
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    api: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.api_port}"

    @property
    def headers(self) -> dict[str, str]:
        return {"authorization": f"Bearer {API_KEY}"}

    def env(self, **overrides: str) -> dict[str, str]:
        return {
            **os.environ,
            "NEWSALERT_TOPIC_PREFIX": self.prefix,
            "NEWSALERT_ALLOW_PRIVATE_TARGETS": "true",
            "NEWSALERT_API_KEYS": API_KEY,
            "NEWSALERT_API_PORT": str(self.api_port),
            "NEWSALERT_LOG_FORMAT": "json",
            **self.extra_env,
            **overrides,
        }

    def _spawn(self, name: str, log_name: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = (self.log_dir / f"{self.prefix}-{log_name}.log").open("ab")
        return subprocess.Popen(
            [sys.executable, "-m", "streams.cli", name],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=REPO_ROOT,
            start_new_session=True,
        )

    def start_worker(self, wait: bool = True) -> subprocess.Popen[bytes]:
        """Start a worker; by default return once it holds partitions (its /ready page says so)."""
        index = len(self.workers)
        port = free_port()
        worker = self._spawn("worker", f"worker{index}", self.env(NEWSALERT_WORKER_WEB_PORT=str(port)))
        self.workers.append(worker)
        deadline = time.monotonic() + 90
        while wait and time.monotonic() < deadline:
            assert worker.poll() is None, f"worker exited; see {self.log_dir}"
            try:
                if httpx.get(f"http://127.0.0.1:{port}/ready", timeout=2).status_code == 200:
                    return worker
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        if wait:
            raise AssertionError("worker not ready within 90 s")
        return worker

    def start_api(self) -> None:
        self.api = self._spawn("api", "api", self.env())
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.api.poll() is None, f"API exited; see {self.log_dir}"
            try:
                if httpx.get(f"{self.base}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise AssertionError("API not healthy within 60 s")

    def start(self) -> Pipeline:
        self.start_api()
        self.start_worker()
        return self

    @staticmethod
    def kill(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
        if process.poll() is None:
            os.killpg(process.pid, sig)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()

    def stop(self) -> None:
        for worker in self.workers:
            self.kill(worker)
        if self.api is not None:
            self.kill(self.api)

    def subscribe(self, url: str, **body: object) -> dict[str, object]:
        response = httpx.post(f"{self.base}/subscriptions", json={"url": url, **body}, headers=self.headers)
        assert response.status_code == 201, response.text
        return dict(response.json())
