from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
GOLD = ROOT.parent / "shared" / "eval" / "gold"
SAMPLE = ROOT / "src" / "vnplan" / "samples" / "ke-hoach-mau.txt"


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def require_corpus():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")


# -- databases: every register test runs on SQLite and on a real PostgreSQL server -----------------

import glob  # noqa: E402
import itertools  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(cmd: list[str]) -> list[str]:
    """initdb refuses to run as root: run the server tools as the postgres user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="session")
def postgres_server():
    """A throw-away PostgreSQL cluster on loopback, started and stopped by the tests."""
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not binaries:
        pytest.skip("PostgreSQL is not installed (Debian package 'postgresql'); ./test.sh installs it")
    bindir = os.path.dirname(binaries[-1])
    workdir = tempfile.mkdtemp(prefix="vnplan-pg-")
    datadir = os.path.join(workdir, "data")
    if os.geteuid() == 0:
        shutil.chown(workdir, "postgres")
    port = _free_port()
    subprocess.run(_as_postgres([f"{bindir}/initdb", "-D", datadir, "-A", "trust", "-U", "vnplan", "-E", "UTF8",
                                 "--no-locale"]), check=True, capture_output=True)
    subprocess.run(_as_postgres([f"{bindir}/pg_ctl", "-D", datadir, "-w", "-l", os.path.join(workdir, "log"),
                                 "-o", f"-h 127.0.0.1 -p {port} -k {workdir} -F", "start"]), check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://vnplan@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_postgres([f"{bindir}/pg_ctl", "-D", datadir, "-m", "fast", "stop"]), capture_output=True)
        shutil.rmtree(workdir, ignore_errors=True)


_database_numbers = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """A fresh, migrated register database of each kind."""
    from sqlalchemy import create_engine, text

    from vnplan.register import Database

    if request.param == "sqlite":
        database = Database(f"sqlite:///{tmp_path / 'vnplan.sqlite'}")
    else:
        server = request.getfixturevalue("postgres_server")
        name = f"test_{next(_database_numbers)}"
        admin = create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name}"))
        admin.dispose()
        database = Database(f"{server}/{name}")
    yield database
    database.engine.dispose()
