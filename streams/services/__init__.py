"""Local services for development and tests: one Kafka broker and one Redis, on 127.0.0.1 only.

Backs `newsalert services up|down|status`. All state (data, logs, generated configs, pid files)
lives under `settings.state_dir`, so several checkouts or a test run with a temporary state dir and
other ports never interfere with each other. `up` is idempotent and `down` only stops what `up`
started (pid files, checked against the process's command line). Progress lines go to a callback,
by default stderr, because a human is waiting on them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from streams.settings import Settings

from . import kafka, redis
from .process import Progress, ServiceError, stderr_progress

__all__ = [
    "Progress",
    "ServiceError",
    "ServiceStatus",
    "down",
    "kafka_log_path",
    "log_paths",
    "redis_log_path",
    "status",
    "up",
    "wait_until_ready",
]


@dataclass(frozen=True)
class ServiceStatus:
    """One service as `status` sees it. running = our pid file names a live process of ours."""

    name: str
    running: bool
    pid: int | None
    host: str
    port: int
    answering: bool
    log: Path

    @property
    def healthy(self) -> bool:
        return self.running and self.answering

    def describe(self) -> str:
        """One line for `newsalert services status`."""
        if self.running:
            state = f"running (pid {self.pid})" + ("" if self.answering else ", NOT answering")
        elif self.answering:
            state = "stopped, but the port answers (another process?)"
        else:
            state = "stopped"
        return f"{self.name:<6} {self.host}:{self.port:<6} {state}  log: {self.log}"


def up(settings: Settings, progress: Progress | None = None) -> None:
    """Start Redis then Kafka (each only if not already ours and running); return when both answer.

    Raises ServiceError with an actionable message (missing program, port taken, log tail on failure).
    """
    say = progress or stderr_progress
    started = time.monotonic()
    redis.up(settings, say)
    kafka.up(settings, say)
    say(f"services: up ({time.monotonic() - started:.1f} s); state in {settings.state_dir}")


def down(settings: Settings, progress: Progress | None = None) -> None:
    """Stop Kafka then Redis if we started them; fine when nothing runs. Data is kept."""
    say = progress or stderr_progress
    errors: list[str] = []
    for service in (kafka, redis):
        try:
            service.down(settings, say)
        except OSError as exc:
            errors.append(f"{service.__name__.rsplit('.', 1)[-1]}: {exc}")
    if errors:
        raise ServiceError("Could not stop: " + "; ".join(errors))


def status(settings: Settings) -> dict[str, ServiceStatus]:
    """Per service ("kafka", "redis"): running?, pid, port, answering? — quick, never raises."""
    kafka_pid = kafka.running_pid(settings)
    redis_pid = redis.running_pid(settings)
    return {
        "kafka": ServiceStatus(
            name="kafka",
            running=kafka_pid is not None,
            pid=kafka_pid,
            host=settings.kafka_host,
            port=settings.kafka_port,
            answering=kafka.broker_answers(settings.kafka_host, settings.kafka_port, timeout=1.0),
            log=kafka.log_path(settings),
        ),
        "redis": ServiceStatus(
            name="redis",
            running=redis_pid is not None,
            pid=redis_pid,
            host=settings.redis_host,
            port=settings.redis_port,
            answering=redis.ping(settings.redis_host, settings.redis_port),
            log=redis.log_path(settings),
        ),
    }


def wait_until_ready(settings: Settings, timeout: float = 60.0) -> None:
    """Block until Kafka and Redis both answer (whoever started them); ServiceError after timeout.

    For tests and for commands that need the services but should not start them.
    """
    deadline = time.monotonic() + timeout
    while True:
        kafka_ok = kafka.broker_answers(settings.kafka_host, settings.kafka_port)
        redis_ok = redis.ping(settings.redis_host, settings.redis_port)
        if kafka_ok and redis_ok:
            return
        if time.monotonic() >= deadline:
            missing = [
                f"{name} on {where} (log: {log})"
                for name, ok, where, log in (
                    ("Kafka", kafka_ok, settings.kafka_bootstrap, kafka.log_path(settings)),
                    (
                        "Redis",
                        redis_ok,
                        f"{settings.redis_host}:{settings.redis_port}",
                        redis.log_path(settings),
                    ),
                )
                if not ok
            ]
            raise ServiceError(
                f"Not ready after {timeout:.0f} s: {', '.join(missing)}. "
                "Start them with `newsalert services up`."
            )
        time.sleep(0.25)


def kafka_log_path(settings: Settings) -> Path:
    return kafka.log_path(settings)


def redis_log_path(settings: Settings) -> Path:
    return redis.log_path(settings)


def log_paths(settings: Settings) -> dict[str, Path]:
    """Every log file worth showing a user when something fails."""
    return {
        "kafka": kafka.log_path(settings),
        "kafka-stdout": kafka.paths(settings).stdout_log,
        "redis": redis.log_path(settings),
    }
