"""`vnplan serve` started for real, as a deployment runs it: several worker processes, one database."""
import os
import re
import subprocess

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
