import importlib.util
import itertools
import sys
from email import message_from_bytes
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

import servers

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
GOLD = ROOT.parent / "shared" / "eval" / "gold"
SAMPLE = ROOT / "src" / "vnplan" / "samples" / "ke-hoach-mau.txt"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Every test keeps its files (attachments, original sources) in its own folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("VNPLAN_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def api_client(app, username: str, password: str):
    """A client of `app` signed in through the API, sending its CSRF token with every change."""
    from fastapi.testclient import TestClient

    c = TestClient(app)
    r = c.post("/api/login", json={"username": username, "password": password})
    assert r.status_code == 200, r.text
    c.headers["X-CSRF-Token"] = r.json()["csrf_token"]
    return c


def load_script(path: Path, module_name: str):
    """A script that is not part of a package (the shared scorer, a fixture writer), as a module."""
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up while the script runs
    spec.loader.exec_module(module)
    return module
# -- a real SMTP server (aiosmtpd) on loopback, named in the environment as a deployment would --------------


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 OK"


@pytest.fixture
def smtp(monkeypatch):
    """The messages the app sends, as (recipients, message), received by a real SMTP server."""
    inbox = Inbox()
    port = servers.free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("VNPLAN_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("VNPLAN_SMTP_PORT", str(port))
    monkeypatch.setenv("VNPLAN_SMTP_FROM", "theo-doi@stc.quangbinh.gov.vn")
    yield inbox
    controller.stop()



def require_corpus():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")


# -- databases: every register test runs on SQLite and on a real PostgreSQL server -----------------


@pytest.fixture(scope="session")
def postgres_server():
    """A throw-away PostgreSQL cluster on loopback, started and stopped by the tests."""
    if servers.initdb_path() is None:
        pytest.skip("PostgreSQL is not installed (Debian package 'postgresql'); ./test.sh installs it")
    with servers.temporary_postgres() as server:
        yield server


_database_numbers = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """A fresh, migrated register database of each kind."""
    from vnplan.register import Database

    if request.param == "sqlite":
        database = Database(f"sqlite:///{tmp_path / 'vnplan.sqlite'}")
    else:
        server = request.getfixturevalue("postgres_server")
        database = Database(servers.create_database(server, f"test_{next(_database_numbers)}"))
    yield database
    database.engine.dispose()


@pytest.fixture
def world(db, tmp_path):
    """The quarterly plan in two provinces with their users (tests/reporting_plans.py), on each kind of database."""
    import reporting_plans

    reporting_plans.setup(db, tmp_path)
    return db


@pytest.fixture
def workers(world, tmp_path):
    """Two apps on one database, each with its own engine, as two workers of `vnplan serve`: what one writes
    or counts, the other must see."""
    from vnplan.register import Database
    from vnplan.web.app import create_app
    from vnplan.web.settings import Settings

    second = Database(world.engine.url.render_as_string(hide_password=False))
    yield (create_app(world, Settings(tmp_path, "a" * 48)), create_app(second, Settings(tmp_path, "b" * 48)))
    second.engine.dispose()


# -- a real headless Chromium (helpers in chromium.py) ------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    """Debian's chromium, launched once per test module (each test opens its own contexts)."""
    from chromium import CHROMIUM

    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"])
        yield instance
        instance.close()


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory):
    """The sample plan served on loopback, with a planning officer (stc) and the focal point of its
    department of information (tttt): (base URL, data folder)."""
    from chromium import site
    from vnplan.monitor import users
    from vnplan.register import Database, ingest
    from vnplan.register import agencies as registry

    folder = tmp_path_factory.mktemp("web")
    db = Database(f"sqlite:///{folder / 'vnplan.sqlite'}")
    ingest(db, [SAMPLE])
    with db.session() as s, s.begin():
        tt = registry.find(s, "Sở Thông tin và Truyền thông", "Quảng Bình")[0]
        users.create_user(s, "stc", "mat-khau-stc", "planning", "Phòng Tổng hợp, Sở Tài chính", province="Quảng Bình")
        users.create_user(s, "tttt", "mat-khau-tttt", "agency", "Nguyễn Văn An", agency=tt)
    with site(db, folder) as base:
        yield base, folder
