"""Configuration from the environment, read once at start-up."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from ..register.db import REQUEST_THREADS, data_dir

# How long an idle connection stays open for the next request. Browsers keep theirs far longer than uvicorn's 5 s
# (Firefox 115 s, Chrome minutes): a request sent on a connection at the instant the server closes it is answered by a
# closed socket. The server waits longer than any client, so the client is the one that lets a connection go.
KEEP_ALIVE_SECONDS = 120


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    secret_key: str
    https_only: bool = False  # set VNPLAN_HTTPS=1 behind TLS so cookies are never sent in clear
    request_threads: int = REQUEST_THREADS  # requests handled at once by a worker process
    admission_wait: float = 2.0  # seconds a request may wait for its turn behind a standing queue before 503
    burst_wait: float = 10.0  # how long a burst may take to drain before its queue counts as standing (limits.py)

    @classmethod
    def from_env(cls) -> Settings:
        folder = data_dir()
        key_file = folder / "secret.key"
        if not key_file.exists():  # a stable key keeps people signed in across restarts
            key_file.write_text(secrets.token_urlsafe(48))
            key_file.chmod(0o600)
        return cls(folder, os.environ.get("VNPLAN_SECRET_KEY") or key_file.read_text().strip(),
                   os.environ.get("VNPLAN_HTTPS") == "1")
