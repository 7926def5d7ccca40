"""Process and port plumbing shared by the Kafka and Redis managers.

The services outlive the `newsalert services up` command, so they are started *detached*: through a
short-lived `sh` that backgrounds the real program and exits. The service is then re-parented to init
(no zombie in our process, no `ResourceWarning` from a dangling `Popen`), runs in its own session (a
Ctrl-C in the developer's terminal does not reach it), and is tracked only by its pid file. Every
pid read back is checked against `/proc/<pid>/cmdline` so that a recycled pid of an unrelated
process is never mistaken for ours, let alone signalled.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import ipaddress
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

Progress = Callable[[str], None]
"""Receives one human-readable progress line at a time."""


class ServiceError(Exception):
    """A local service could not be started, stopped or reached; the message says what to do."""


def stderr_progress(message: str) -> None:
    """Default progress sink: stderr, so that stdout stays clean for machine-readable output."""
    print(message, file=sys.stderr, flush=True)


# --- ports -----------------------------------------------------------------------------------------


def require_loopback(host: str, setting: str) -> None:
    """`services up` only runs services for this machine; refuse to bind anything reachable from outside."""
    if host == "localhost":
        return
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    raise ServiceError(
        f"{setting}={host!r} is not a loopback address; `newsalert services` only runs local services "
        f"bound to 127.0.0.1. Unset {setting} (or point it to 127.0.0.1) to use them."
    )


def port_answers(host: str, port: int, timeout: float = 0.5) -> bool:
    """True when something accepts TCP connections on host:port."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def port_in_use(host: str, port: int) -> bool:
    """True when host:port cannot be bound — a listener (on this or the wildcard address) holds it.

    Binding catches listeners that do not accept yet and ones bound to 0.0.0.0; SO_REUSEADDR keeps
    sockets lingering in TIME_WAIT from our own previous run from counting as "in use".
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                return True
            raise
    return port_answers(host, port)


def ensure_port_free(host: str, port: int, *, service: str, env_var: str, state_dir: Path) -> None:
    """Fail early, naming the port and the setting to change, instead of letting the service crash."""
    if port_in_use(host, port):
        raise ServiceError(
            f"Cannot start {service}: port {port} on {host} is already in use by another process "
            f"(not one started by `newsalert services up` with state dir {state_dir}). "
            f"Stop that process, or choose another port with {env_var}=<port>."
        )


# --- pid files and process identity ---------------------------------------------------------------


def read_pid(pid_file: Path) -> int | None:
    try:
        return int(pid_file.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None


def _cmdline(pid: int) -> str | None:
    """The process's command line with NULs as spaces; None when /proc is unavailable (non-Linux)."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except FileNotFoundError:
        return "" if Path("/proc/self").exists() else None
    except OSError:
        return ""


def is_alive(pid: int) -> bool:
    """True for a live process; a zombie (exited, not yet reaped) counts as dead."""
    with contextlib.suppress(ChildProcessError, OSError):
        # Reaps it if it happens to be our own child; otherwise ChildProcessError.
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True
    return "\nState:\tZ" not in status


def owned_pid(pid_file: Path, marker: str) -> int | None:
    """The pid in pid_file if that process is alive and its command line contains marker, else None."""
    pid = read_pid(pid_file)
    if pid is None or not is_alive(pid):
        return None
    cmdline = _cmdline(pid)
    if cmdline is not None and marker not in cmdline:
        return None  # pid recycled by an unrelated process
    return pid


def clear_stale_pid_file(pid_file: Path, marker: str) -> None:
    if pid_file.exists() and owned_pid(pid_file, marker) is None:
        pid_file.unlink(missing_ok=True)


def spawn_detached(argv: Sequence[str], *, log_file: Path, pid_file: Path, cwd: Path) -> int:
    """Start argv detached (own session, re-parented to init), output appended to log_file; return its pid."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    script = 'log=$1; shift; "$@" </dev/null >>"$log" 2>&1 & echo $!'
    try:
        out = subprocess.run(
            ["/bin/sh", "-c", script, "sh", str(log_file), *argv],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=True,
            start_new_session=True,
            timeout=30,
        )
        pid = int(out.stdout.strip())
    except (subprocess.SubprocessError, ValueError, OSError) as exc:
        raise ServiceError(f"Could not start {argv[0]}: {exc}") from exc
    tmp = pid_file.with_suffix(".tmp")
    tmp.write_text(f"{pid}\n")
    tmp.replace(pid_file)
    return pid


def stop_pid(pid: int, *, timeout: float) -> bool:
    """SIGTERM, wait up to timeout for a clean shutdown, then SIGKILL. True when it had to be killed."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return False
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not is_alive(pid):
            return False
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while is_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return True


def check_same_config(config: Path, wanted: str, pid: int, service: str) -> None:
    """A running service started with other settings (ports changed since) would never answer where
    we look; say so instead of waiting for a timeout."""
    try:
        current = config.read_text()
    except OSError:
        return
    if current != wanted:
        raise ServiceError(
            f"{service} is running (pid {pid}) with a different configuration than the current settings "
            "(ports changed since `services up`?). Run `newsalert services down`, then `up` again "
            "to apply them."
        )


def tail(path: Path, lines: int = 30) -> str:
    """Last lines of a log file for error messages; empty string when there is no log yet."""
    try:
        with path.open("rb") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - 64_000))
            data = fh.read().decode(errors="replace")
    except OSError:
        return ""
    return "\n".join(data.splitlines()[-lines:])


def with_log_tail(message: str, *logs: Path) -> str:
    parts = [message]
    for log in logs:
        text = tail(log)
        if text:
            parts.append(f"--- last lines of {log} ---\n{text}")
    return "\n".join(parts)


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Exclusive advisory lock: two `up`s (two terminals, parallel tests) must not both start a service."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def stop_service(
    name: str,
    *,
    root: Path,
    lock: Path,
    pid_file: Path,
    running_pid: Callable[[], int | None],
    progress: Progress,
    timeout: float,
) -> None:
    """Stop the process our pid file names, if it is still ours and alive; fine when nothing runs."""
    if not root.exists():
        progress(f"{name}: not running")
        return
    with file_lock(lock):
        pid = running_pid()
        if pid is None:
            pid_file.unlink(missing_ok=True)
            progress(f"{name}: not running")
            return
        progress(f"{name}: stopping (pid {pid})...")
        killed = stop_pid(pid, timeout=timeout)
        pid_file.unlink(missing_ok=True)
        progress(
            f"{name}: killed after {timeout:.0f} s without a clean shutdown" if killed else f"{name}: stopped"
        )
