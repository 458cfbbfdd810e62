"""`vnplan serve` started for real, as a deployment runs it: several worker processes, one database."""
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from servers import free_port


def _children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    return [int(p) for p in found]


def test_serve_with_two_workers_shares_one_database_and_one_session_key(tmp_path):
    port = free_port()
    env = dict(os.environ, VNPLAN_DATA_DIR=str(tmp_path), VNPLAN_DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite'}")
    vnplan = Path(sys.executable).with_name("vnplan")
    server = subprocess.Popen([str(vnplan), "serve", "--port", str(port), "--workers", "2"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if httpx.get(f"{base}/login", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        assert len(_children(server.pid)) >= 2  # a single process has none
        # signed in on one worker, still signed in on whichever answers next: the key is shared
        with httpx.Client(base_url=base) as client:
            password = next(line.split("admin / ")[1].split()[0] for line in _lines_until(server, "admin / "))
            assert client.post("/api/login", json={"username": "admin", "password": password}).status_code == 200
            assert all(client.get("/api/me").status_code == 200 for _ in range(20))
    finally:
        server.terminate()
        server.wait(timeout=30)


def _lines_until(process: subprocess.Popen, marker: str):
    for line in process.stdout:
        if marker in line:
            yield line
            return
