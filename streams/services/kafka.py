"""One local Apache Kafka 4.1 broker in KRaft combined mode (broker + controller in one JVM, node.id=1).

No Kafka distribution is installed: the broker jars come from Maven Central through
`streams/kafka/pom.xml` and are cached (keyed by the pom's hash) so only the first `up` pays for the
download. The quorum is the static `controller.quorum.voters` kind rather than a dynamic
`--standalone` one: the voter's address then lives in the config we regenerate on every `up`, not in
the formatted log, so changing NEWSALERT_KAFKA_CONTROLLER_PORT later does not strand the data.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import socket
import struct
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from streams.settings import Settings

from .process import (
    Progress,
    ServiceError,
    check_same_config,
    clear_stale_pid_file,
    ensure_port_free,
    file_lock,
    is_alive,
    owned_pid,
    require_loopback,
    spawn_detached,
    stop_pid,
    stop_service,
    with_log_tail,
)

POM = Path(__file__).resolve().parent.parent / "kafka" / "pom.xml"
MAIN_CLASS = "kafka.Kafka"
STORAGE_TOOL = "kafka.tools.StorageTool"
NODE_ID = 1
JAVA_MIN_VERSION = 17
HEAP_OPTS = ("-Xms256m", "-Xmx512m")
START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 30.0
MAVEN_TIMEOUT_S = 600.0
LIBS_MARKER = ".complete"


@dataclass(frozen=True)
class KafkaPaths:
    """Everything Kafka keeps under STATE_DIR/kafka (the jar cache may live elsewhere, see libs)."""

    root: Path
    libs: Path
    data: Path
    logs: Path
    config: Path
    log4j: Path
    pid_file: Path
    server_log: Path
    stdout_log: Path
    lock: Path


def paths(settings: Settings) -> KafkaPaths:
    root = settings.state_dir.resolve() / "kafka"  # absolute: the generated configs embed these paths
    logs = root / "logs"
    return KafkaPaths(
        root=root,
        libs=settings.kafka_libs_dir.resolve() if settings.kafka_libs_dir else root / "libs",
        data=root / "data",
        logs=logs,
        config=root / "server.properties",
        log4j=root / "log4j2.properties",
        pid_file=root / "kafka.pid",
        server_log=logs / "server.log",
        stdout_log=logs / "kafka.out",
        lock=root / ".lock",
    )


def log_path(settings: Settings) -> Path:
    """The broker's own log (log4j2); the JVM's stdout/stderr go to `paths(settings).stdout_log`."""
    return paths(settings).server_log


def _marker(p: KafkaPaths) -> str:
    """A marker unique to this state dir, found in the broker's command line (identifies *our* JVM)."""
    return str(p.config)


def running_pid(settings: Settings) -> int | None:
    return owned_pid(paths(settings).pid_file, _marker(paths(settings)))


# --- prerequisites ---------------------------------------------------------------------------------


def find_java() -> str:
    """JAVA_HOME's java if set, else the one on PATH; must be 17+ (Kafka 4 brokers need Java 17)."""
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if not java or not Path(java).exists():
        raise ServiceError(
            "Java not found: Kafka needs a Java 17+ runtime. Install one "
            "(Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`) or set JAVA_HOME."
        )
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        raise ServiceError(f"Could not run {java} -version: {exc}") from exc
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if match:
        major = int(match.group(1))
        if major == 1 and match.group(2):  # "1.8.0_x" style
            major = int(match.group(2))
        if major < JAVA_MIN_VERSION:
            raise ServiceError(
                f"{java} is Java {major}; Kafka 4 needs Java {JAVA_MIN_VERSION}+. "
                "Install a newer JDK/JRE or point JAVA_HOME to one."
            )
    return java


def _pom_hash() -> str:
    return hashlib.sha256(POM.read_bytes()).hexdigest()


def libs_ready(settings: Settings) -> bool:
    """True when the jar cache was filled completely from the current pom (marker = pom hash)."""
    marker = paths(settings).libs / LIBS_MARKER
    try:
        return marker.read_text().strip() == _pom_hash()
    except OSError:
        return False


def ensure_libs(settings: Settings, progress: Progress) -> Path:
    """Download the broker jars with Maven unless the cache is complete for this pom.

    Maven writes into a temporary sibling directory that is renamed into place only on success, so
    an interrupted download never leaves a half-filled cache that looks usable. A lock serialises
    processes sharing one cache (NEWSALERT_KAFKA_LIBS_DIR).
    """
    libs = paths(settings).libs
    if libs_ready(settings):
        return libs
    libs.parent.mkdir(parents=True, exist_ok=True)
    with file_lock(libs.parent / f".{libs.name}.lock"):
        if libs_ready(settings):
            return libs
        mvn = shutil.which("mvn")
        if not mvn:
            raise ServiceError(
                "Maven (`mvn`) not found: it downloads the Kafka jars on the first `services up`. "
                "Install it (Debian/Ubuntu: `apt-get install maven`), or fill "
                f"{libs} yourself and set NEWSALERT_KAFKA_LIBS_DIR."
            )
        progress(f"kafka: downloading broker jars with Maven into {libs} (first run only, ~30 s)...")
        tmp = Path(tempfile.mkdtemp(prefix=f".{libs.name}-", dir=libs.parent))
        try:
            cmd = [
                mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
                f"-DoutputDirectory={tmp}", "-DincludeScope=runtime",
            ]  # fmt: skip
            try:
                out = subprocess.run(cmd, capture_output=True, text=True, timeout=MAVEN_TIMEOUT_S)
            except subprocess.TimeoutExpired as exc:
                raise ServiceError(
                    f"Maven did not finish within {MAVEN_TIMEOUT_S:.0f} s: {' '.join(cmd)}"
                ) from exc
            if out.returncode != 0 or not any(tmp.glob("kafka_2.13-*.jar")):
                output = "\n".join((out.stdout + out.stderr).splitlines()[-30:])
                raise ServiceError(
                    f"Maven could not download the Kafka jars (exit {out.returncode}); is Maven Central "
                    f"reachable (proxy settings in ~/.m2/settings.xml)?\n$ {' '.join(cmd)}\n{output}"
                )
            (tmp / LIBS_MARKER).write_text(_pom_hash() + "\n")
            if libs.exists():
                shutil.rmtree(libs)
            tmp.rename(libs)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return libs


# --- configuration ---------------------------------------------------------------------------------


def server_properties(settings: Settings, p: KafkaPaths) -> str:
    host = settings.kafka_host
    voters = f"{NODE_ID}@{host}:{settings.kafka_controller_port}"
    plaintext = f"PLAINTEXT://{host}:{settings.kafka_port}"
    lines = [
        "# Generated by `newsalert services up` on every start; edits are overwritten.",
        "process.roles=broker,controller",
        f"node.id={NODE_ID}",
        f"controller.quorum.voters={voters}",
        f"listeners={plaintext},CONTROLLER://{host}:{settings.kafka_controller_port}",
        f"advertised.listeners={plaintext}",
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        f"log.dirs={p.data}",
        "num.partitions=1",
        "default.replication.factor=1",
        "min.insync.replicas=1",
        "offsets.topic.replication.factor=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "auto.create.topics.enable=true",
        "log.retention.hours=168",
    ]
    return "\n".join(lines) + "\n"


def log4j2_properties(p: KafkaPaths) -> str:
    """Broker log to a size-capped rolling file at INFO, chatty loggers at WARN; nothing on the console."""
    return f"""\
# Generated by `newsalert services up`.
status = warn
appender.file.type = RollingFile
appender.file.name = FILE
appender.file.fileName = {p.server_log}
appender.file.filePattern = {p.logs}/server.log.%i
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
appender.file.policies.type = Policies
appender.file.policies.size.type = SizeBasedTriggeringPolicy
appender.file.policies.size.size = 10MB
appender.file.strategy.type = DefaultRolloverStrategy
appender.file.strategy.max = 3
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = FILE
logger.request.name = kafka.request.logger
logger.request.level = WARN
logger.network.name = kafka.network.RequestChannel$
logger.network.level = WARN
logger.clients.name = org.apache.kafka.clients
logger.clients.level = WARN
logger.authorizer.name = kafka.authorizer.logger
logger.authorizer.level = WARN
logger.state.name = state.change.logger
logger.state.level = WARN
logger.cleaner.name = kafka.log.LogCleaner
logger.cleaner.level = WARN
# The full config is dumped at INFO on every start (~1,300 lines); server.properties says the same.
logger.config.name = org.apache.kafka.common.config.AbstractConfig
logger.config.level = WARN
"""


def _write_if_changed(path: Path, text: str) -> None:
    if not path.exists() or path.read_text() != text:
        path.write_text(text)


def _random_cluster_id() -> str:
    """Same shape as Kafka's Uuid.randomUuid(): 22 chars of url-safe base64, never starting with '-'."""
    while True:
        cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not cid.startswith("-"):
            return cid


def _java_cmd(java: str, p: KafkaPaths, main: str, *args: str) -> list[str]:
    return [
        java, *HEAP_OPTS, "-XX:+UseG1GC", "-Djava.awt.headless=true",
        f"-Dlog4j2.configurationFile={p.log4j}", f"-Dkafka.logs.dir={p.logs}",
        # Log4j's own shutdown hook would stop logging while Kafka's hook is still shutting down.
        "-Dlog4j2.shutdownHookEnabled=false",
        "-cp", f"{p.libs}/*", main, *args,
    ]  # fmt: skip


def format_storage(java: str, p: KafkaPaths, progress: Progress) -> None:
    """Format the KRaft log dir once (meta.properties marks it done); a new random cluster id."""
    if (p.data / "meta.properties").exists():
        return
    progress(f"kafka: formatting storage in {p.data}")
    cmd = _java_cmd(java, p, STORAGE_TOOL, "format", "-t", _random_cluster_id(), "-c", str(p.config))
    cmd.append("--ignore-formatted")
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise ServiceError(f"Kafka storage format failed (exit {out.returncode}):\n{out.stdout}{out.stderr}")


# --- readiness ---------------------------------------------------------------------------------------


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("connection closed")
        buf += chunk
    return buf


def broker_answers(host: str, port: int, timeout: float = 2.0) -> bool:
    """True when the broker answers a Metadata (v4) request listing at least one broker.

    Plain socket + the wire protocol rather than aiokafka: callable from sync code and from inside a
    running event loop alike, and a KRaft broker only opens its listener and lists itself once it
    has caught up with the controller, so this means "clients can work now".
    """
    client_id = b"newsalert-services"
    # Header v1: api_key=3 (Metadata), api_version=4 (v0-v3 are gone in Kafka 4), correlation_id,
    # client_id. Body: topics=null (all), allow_auto_topic_creation=false.
    body = struct.pack(">hhih", 3, 4, 7, len(client_id)) + client_id + struct.pack(">ib", -1, 0)
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.settimeout(timeout)
            sock.sendall(struct.pack(">i", len(body)) + body)
            (size,) = struct.unpack(">i", _recv_exact(sock, 4))
            resp = _recv_exact(sock, size)
    except (OSError, ConnectionError, struct.error):
        return False
    try:
        correlation_id, _throttle, n_brokers = struct.unpack_from(">iii", resp, 0)
    except struct.error:
        return False
    return correlation_id == 7 and n_brokers >= 1


# --- lifecycle ---------------------------------------------------------------------------------------


def _wait_ready(settings: Settings, pid: int, timeout: float, progress: Progress) -> None:
    p = paths(settings)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if broker_answers(settings.kafka_host, settings.kafka_port):
            return
        if not is_alive(pid):
            p.pid_file.unlink(missing_ok=True)
            raise ServiceError(
                with_log_tail(f"Kafka (pid {pid}) exited during startup.", p.stdout_log, p.server_log)
            )
        time.sleep(0.25)
    stop_pid(pid, timeout=10)
    p.pid_file.unlink(missing_ok=True)
    raise ServiceError(
        with_log_tail(
            f"Kafka did not answer on {settings.kafka_bootstrap} within {timeout:.0f} s; "
            f"stopped it (pid {pid}).",
            p.stdout_log,
            p.server_log,
        )
    )


def up(settings: Settings, progress: Progress, timeout: float = START_TIMEOUT_S) -> int:
    """Start the broker unless ours already runs; return once it answers. Returns the pid."""
    require_loopback(settings.kafka_host, "NEWSALERT_KAFKA_HOST")
    p = paths(settings)
    p.root.mkdir(parents=True, exist_ok=True)
    with file_lock(p.lock):
        pid = running_pid(settings)
        if pid is not None:
            check_same_config(p.config, server_properties(settings, p), pid, "Kafka")
            if broker_answers(settings.kafka_host, settings.kafka_port):
                progress(f"kafka: already running (pid {pid}) on {settings.kafka_bootstrap}")
                return pid
            progress(f"kafka: running (pid {pid}) but not answering yet; waiting...")
            _wait_ready(settings, pid, timeout, progress)
            return pid
        clear_stale_pid_file(p.pid_file, _marker(p))
        for port, var in (
            (settings.kafka_port, "NEWSALERT_KAFKA_PORT"),
            (settings.kafka_controller_port, "NEWSALERT_KAFKA_CONTROLLER_PORT"),
        ):
            ensure_port_free(
                settings.kafka_host, port, service="Kafka", env_var=var, state_dir=settings.state_dir
            )
        java = find_java()
        ensure_libs(settings, progress)
        for d in (p.data, p.logs):
            d.mkdir(parents=True, exist_ok=True)
        _write_if_changed(p.config, server_properties(settings, p))
        _write_if_changed(p.log4j, log4j2_properties(p))
        format_storage(java, p, progress)
        progress(f"kafka: starting broker on {settings.kafka_bootstrap} (log: {p.server_log})")
        started = time.monotonic()
        pid = spawn_detached(
            _java_cmd(java, p, MAIN_CLASS, str(p.config)),
            log_file=p.stdout_log,
            pid_file=p.pid_file,
            cwd=p.root,
        )
        _wait_ready(settings, pid, timeout, progress)
        progress(f"kafka: ready (pid {pid}) in {time.monotonic() - started:.1f} s")
        return pid


def down(settings: Settings, progress: Progress, timeout: float = STOP_TIMEOUT_S) -> None:
    """Stop the broker we started (pid file); a clean shutdown takes a few seconds, then SIGKILL."""
    p = paths(settings)
    stop_service(
        "kafka",
        root=p.root,
        lock=p.lock,
        pid_file=p.pid_file,
        running_pid=lambda: running_pid(settings),
        progress=progress,
        timeout=timeout,
    )
