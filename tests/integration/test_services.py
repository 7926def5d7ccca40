"""Real start/stop of the local Kafka broker and Redis by `streams.services`.

Runs in a temporary state dir on free ports picked at random, so it never touches a developer's
running services (or a parallel run of itself). Only the Kafka jar cache is shared — by default
the project's `.state/kafka/libs`, the one `newsalert services up` fills — so Maven runs at most once.
The tests in this module run in order against one pair of services started by the fixture.
"""

from __future__ import annotations

import os
import shutil
import socket
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis as redis_client
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from streams import services
from streams.services import ServiceError
from streams.services.process import is_alive
from streams.settings import PROJECT_ROOT, Settings

pytestmark = pytest.mark.integration

SHARED_LIBS = Path(os.environ.get("NEWSALERT_KAFKA_LIBS_DIR") or PROJECT_ROOT / ".state" / "kafka" / "libs")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _settings(state_dir: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "state_dir": state_dir,
        "kafka_host": "127.0.0.1",
        "kafka_port": _free_port(),
        "kafka_controller_port": _free_port(),
        "redis_host": "127.0.0.1",
        "redis_port": _free_port(),
        "kafka_libs_dir": SHARED_LIBS,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def _require_programs() -> None:
    missing = [p for p in ("java", "redis-server") if shutil.which(p) is None]
    if not (SHARED_LIBS / ".complete").exists() and shutil.which("mvn") is None:
        missing.append("mvn")
    if missing:
        pytest.skip(f"needs {', '.join(missing)} on PATH")


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    _require_programs()
    s = _settings(tmp_path_factory.mktemp("services-state"))
    lines: list[str] = []
    started = time.monotonic()
    try:
        services.up(s, lines.append)
    except ServiceError:
        services.down(s, lambda _: None)
        raise
    print(f"services.up took {time.monotonic() - started:.1f} s:", *lines, sep="\n  ")
    yield s
    services.down(s, lambda _: None)


def test_status_reports_running(settings: Settings) -> None:
    st = services.status(settings)
    assert set(st) == {"kafka", "redis"}
    for name, port in (("kafka", settings.kafka_port), ("redis", settings.redis_port)):
        assert st[name].running, st[name]
        assert st[name].answering, st[name]
        pid = st[name].pid
        assert pid is not None and pid > 0
        assert st[name].port == port
        assert st[name].healthy
    assert services.kafka_log_path(settings).is_file()
    assert services.redis_log_path(settings).is_file()
    services.wait_until_ready(settings, timeout=5)


async def test_kafka_produce_and_consume(settings: Settings) -> None:
    topic = f"services-test-{uuid.uuid4().hex[:8]}"  # auto-created
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(topic, b"hello", key=b"k")
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=settings.kafka_bootstrap,
        group_id=f"services-test-{uuid.uuid4().hex[:8]}",
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        msg = await consumer.getone()
    finally:
        await consumer.stop()
    assert (msg.key, msg.value) == (b"k", b"hello")


def test_redis_data_survives_restart(settings: Settings) -> None:
    key, value = f"services-test:{uuid.uuid4().hex}", "subscription"
    client = redis_client.Redis(host=settings.redis_host, port=settings.redis_port)
    client.set(key, value)
    client.close()
    services.down(settings, lambda _: None)
    assert not services.status(settings)["redis"].running
    services.up(settings, lambda _: None)
    client = redis_client.Redis(host=settings.redis_host, port=settings.redis_port)
    try:
        assert client.get(key) == value.encode()
    finally:
        client.close()


def test_up_again_is_idempotent_and_quick(settings: Settings) -> None:
    before = services.status(settings)
    lines: list[str] = []
    started = time.monotonic()
    services.up(settings, lines.append)
    assert time.monotonic() - started < 5
    after = services.status(settings)
    assert {n: s.pid for n, s in after.items()} == {n: s.pid for n, s in before.items()}
    assert any("kafka: already running" in line for line in lines), lines
    assert any("redis: already running" in line for line in lines), lines


def test_up_with_changed_ports_while_running_says_so(settings: Settings) -> None:
    moved = settings.model_copy(update={"redis_port": _free_port()})
    with pytest.raises(ServiceError, match="different configuration"):
        services.up(moved, lambda _: None)


def test_missing_java_and_maven_are_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = _settings(tmp_path / "state", kafka_libs_dir=tmp_path / "libs")
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "no-jdk"))
    with pytest.raises(ServiceError, match="Java not found"):
        services.kafka.up(s, lambda _: None)
    monkeypatch.delenv("JAVA_HOME")
    real_which = shutil.which
    monkeypatch.setattr(shutil, "which", lambda cmd, *a, **kw: None if cmd == "mvn" else real_which(cmd))
    with pytest.raises(ServiceError, match=r"Maven \(`mvn`\) not found.*apt-get install maven"):
        services.kafka.up(s, lambda _: None)
    assert not (tmp_path / "libs").exists()


def test_port_taken_by_foreign_process(tmp_path: Path) -> None:
    with socket.socket() as foreign:
        foreign.bind(("127.0.0.1", 0))
        foreign.listen()
        port = foreign.getsockname()[1]
        s = _settings(tmp_path / "state", redis_port=port)
        with pytest.raises(ServiceError, match=rf"port {port}\b.*NEWSALERT_REDIS_PORT"):
            services.up(s, lambda _: None)
        s = _settings(tmp_path / "state", kafka_port=port)
        try:
            with pytest.raises(ServiceError, match=rf"port {port}\b.*NEWSALERT_KAFKA_PORT"):
                services.up(s, lambda _: None)
        finally:
            services.down(s, lambda _: None)
    assert not any(st.running for st in services.status(s).values())


def test_down_stops_everything(settings: Settings) -> None:
    pids = [st.pid for st in services.status(settings).values()]
    services.down(settings, lambda _: None)
    st = services.status(settings)
    assert not st["kafka"].running and not st["kafka"].answering
    assert not st["redis"].running and not st["redis"].answering
    for pid in pids:
        assert pid is not None
        assert not is_alive(pid)  # zombie-aware: init may reap the exited service a moment later
    lines: list[str] = []
    services.down(settings, lines.append)  # nothing runs: fine
    assert lines == ["kafka: not running", "redis: not running"]
