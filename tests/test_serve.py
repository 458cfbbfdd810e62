"""`vnplan serve` started for real, as a deployment runs it: several worker processes, one database."""
import os
import re
import socket
import subprocess
import time

import httpx

from servers import free_port, start_vnplan, stop, wait_until_up


def _children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    return [int(p) for p in found]


def test_serve_with_two_workers_shares_one_database_and_one_session_key(tmp_path):
    port, log = free_port(), tmp_path / "serve.log"
    env = dict(os.environ, VNPLAN_DATA_DIR=str(tmp_path), VNPLAN_DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite'}")
    server = start_vnplan(env, port, log, workers=2)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base)
        assert len(_children(server.pid)) >= 2  # a single process has none
        # signed in on one worker, still signed in on whichever answers next: the key is shared
        with httpx.Client(base_url=base) as client:
            password = re.search(r"admin / (\S+)", log.read_text()).group(1)
            assert client.post("/api/login", json={"username": "admin", "password": password}).status_code == 200
            assert all(client.get("/api/me").status_code == 200 for _ in range(20))
    finally:
        stop(server)


def _answer(connection: socket.socket) -> bytes:
    """One HTTP response read whole from `connection` (b"" if the server closed it)."""
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = connection.recv(65536)
        if not chunk:
            return head
        head += chunk
    head, body = head.split(b"\r\n\r\n", 1)
    length = int(re.search(rb"content-length: (\d+)", head, re.I).group(1))
    while len(body) < length:
        body += connection.recv(65536)
    return head


def test_an_idle_connection_is_kept_longer_than_a_browser_keeps_it(tmp_path):
    """A browser sends its next request on the connection it holds, after a pause of many seconds: the server is still
    there to answer it (uvicorn's own 5 s would have closed it and the request would meet a closed socket)."""
    port, log = free_port(), tmp_path / "serve.log"
    env = dict(os.environ, VNPLAN_DATA_DIR=str(tmp_path), VNPLAN_DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite'}")
    server = start_vnplan(env, port, log, workers=2)
    try:
        wait_until_up(f"http://127.0.0.1:{port}")
        with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
            request = b"GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            connection.sendall(request)
            assert _answer(connection).startswith(b"HTTP/1.1 200")
            time.sleep(7)  # a person reading the page
            connection.sendall(request)
            assert _answer(connection).startswith(b"HTTP/1.1 200")
    finally:
        stop(server)
