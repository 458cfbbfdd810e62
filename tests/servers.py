"""Servers the tests (and benchmarks) start for real on loopback: PostgreSQL, and a free port helper."""
from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile


def initdb_path() -> str | None:
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return binaries[-1] if binaries else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(cmd: list[str]) -> list[str]:
    """initdb refuses to run as root: run the server tools as the postgres user then."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@contextlib.contextmanager
def temporary_postgres():
    """Yield a SQLAlchemy URL prefix (without database name) of a fresh server; stop and remove it after."""
    initdb = initdb_path()
    if initdb is None:
        raise RuntimeError("PostgreSQL is not installed (Debian package 'postgresql')")
    bindir = os.path.dirname(initdb)
    workdir = tempfile.mkdtemp(prefix="vnplan-pg-")
    datadir = os.path.join(workdir, "data")
    if os.geteuid() == 0:
        shutil.chown(workdir, "postgres")
    port = free_port()
    subprocess.run(_as_postgres([initdb, "-D", datadir, "-A", "trust", "-U", "vnplan", "-E", "UTF8", "--no-locale"]),
                   check=True, capture_output=True)
    subprocess.run(_as_postgres([f"{bindir}/pg_ctl", "-D", datadir, "-w", "-l", os.path.join(workdir, "log"),
                                 "-o", f"-h 127.0.0.1 -p {port} -k {workdir} -F", "start"]), check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://vnplan@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_postgres([f"{bindir}/pg_ctl", "-D", datadir, "-m", "fast", "stop"]), capture_output=True)
        shutil.rmtree(workdir, ignore_errors=True)


def create_database(server: str, name: str) -> str:
    from sqlalchemy import create_engine, text

    admin = create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return f"{server}/{name}"


@contextlib.contextmanager
def serving(app):
    """Yield the base URL of `app` served by uvicorn on a free loopback port, in a thread; stop it after."""
    import threading
    import time

    import uvicorn

    port = free_port()
    instance = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    for _ in range(100):
        if instance.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        instance.should_exit = True
        thread.join(timeout=10)


def start_vnplan(env: dict, port: int, log_path, workers: int = 2):
    """`vnplan serve` as a deployment runs it, its output in `log_path`; in a process group of its own,
    so that the master and its workers can be stopped (or killed) together."""
    import sys
    from pathlib import Path

    vnplan = Path(sys.executable).with_name("vnplan")
    with open(log_path, "ab") as log:
        return subprocess.Popen([str(vnplan), "serve", "--port", str(port), "--workers", str(workers)], env=env,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def wait_until_up(base: str, seconds: float = 60) -> None:
    import time

    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/login", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the server at {base} did not answer within {seconds} s")


def stop(process, sig=None) -> None:
    """Stop the server's whole process group (SIGTERM: a clean stop; SIGKILL: a crash)."""
    import signal

    try:
        os.killpg(process.pid, sig or signal.SIGTERM)
    except ProcessLookupError:
        pass
    process.wait(timeout=30)


def memory_peak_mb(pid: int) -> float:
    """The peak resident memory (VmHWM) of a process and all its descendants, summed, in MB."""
    import psutil

    total = 0.0
    root = psutil.Process(pid)
    for process in [root, *root.children(recursive=True)]:
        try:
            status = open(f"/proc/{process.pid}/status").read()
        except OSError:  # ended meanwhile
            continue
        total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")) / 1024
    return total
