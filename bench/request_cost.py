"""The cost of one request, with no load: prints figures, asserts nothing.

    .venv/bin/python bench/request_cost.py [--postgres] [--database URL] [--repeat 30] [--profile KIND [--sort tottime]]

Fills a register as `bench/web.py` does (2,000 plans, 200,000 reports; or uses `--database`, a register
`bench/web.py`'s fill already wrote), then asks the app in this process, one request at a time, for the review
inbox (`/inbox?page=N`), plans' reporting-rate tables (`/plans/N/rates`), plan pages, the dashboard and searches
(the other requests of `bench/web.py`'s mix), signed in as one of the bench's planning-department reviewers, then counts the inbox's overdue agencies for the whole register. For each kind
it prints the median and p95 of wall time and of this process's CPU time, the SQL statements per request and
the time spent in them. On a machine shared with other work, CPU time and statement counts are the figures to
compare; `--profile inbox` (or `rates`, `plan`, …) prints where the CPU time of that kind goes (cProfile, cumulative).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import statistics
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import event, select, text  # noqa: E402

from servers import create_database, temporary_postgres  # noqa: E402
from vnplan.register import Database  # noqa: E402
from vnplan.monitor import inbox  # noqa: E402
from vnplan.register.models import Plan, User  # noqa: E402
from vnplan.web.app import create_app  # noqa: E402
from web import QUERIES, fill  # noqa: E402


class Statements:
    """Counts the SQL statements an engine runs and the time spent in them."""

    def __init__(self, engine) -> None:
        self.count, self.seconds, self._started = 0, 0.0, {}
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, conn, cursor, statement, parameters, context, executemany) -> None:
        self._started[id(cursor)] = time.perf_counter()

    def _after(self, conn, cursor, statement, parameters, context, executemany) -> None:
        self.count += 1
        self.seconds += time.perf_counter() - self._started.pop(id(cursor), time.perf_counter())


def _p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95)]


def measure(http: TestClient, statements: Statements, kind: str, paths: list[str]) -> None:
    walls, cpus, counts, sql = [], [], [], []
    for path in paths:
        before = (time.perf_counter(), time.process_time(), statements.count, statements.seconds)
        answer = http.get(path)
        if answer.status_code != 200:
            raise SystemExit(f"{path}: {answer.status_code} {answer.text[:200]}")
        walls.append((time.perf_counter() - before[0]) * 1000)
        cpus.append((time.process_time() - before[1]) * 1000)
        counts.append(statements.count - before[2])
        sql.append((statements.seconds - before[3]) * 1000)
    print(f"  {kind:10s} {len(paths):3d} requests  wall p50 {statistics.median(walls):6.1f} / p95 {_p95(walls):6.1f} ms  "
          f"CPU (this process) p50 {statistics.median(cpus):6.1f} / p95 {_p95(cpus):6.1f} ms  "
          f"SQL {statistics.median(counts):.0f} statements, p50 {statistics.median(sql):6.1f} / p95 {_p95(sql):6.1f} ms",
          flush=True)


BACKGROUND = ("province-figures", "overview-refresh", "inbox-count-fold")  # the app's own threads: not a request's time


@contextmanager
def profiled(enabled: bool, order: str):
    """cProfile in every thread started meanwhile (the app answers in its worker threads, not in this one)."""
    profiles: list[cProfile.Profile] = []

    def start(*_) -> None:
        if threading.current_thread().name in BACKGROUND:
            return
        profile = cProfile.Profile()
        profiles.append(profile)
        profile.enable()  # replaces this hook in the new thread

    if enabled:
        threading.setprofile(start)
    yield
    if enabled:
        threading.setprofile(None)
        stats = pstats.Stats(*profiles) if profiles else None
        if stats:
            stats.sort_stats(order).print_stats(60)


def measure_count(db: Database, statements: Statements, repeat: int) -> None:
    """The inbox's overdue agencies counted afresh for the reviewer's whole register, as a worker's background
    thread counts them once a minute: by the clock, and by this thread's CPU time, the share that holds the
    interpreter's lock while the worker's requests wait for it (on PostgreSQL the database's work is the
    server's, in a process of its own; SQLite's runs in this thread, with the lock released)."""
    walls, cpus, sql = [], [], []
    with db.session() as session:
        reviewer = session.scalars(select(User).where(User.username == "bench0")).one()
        for _ in range(repeat):
            before = (time.perf_counter(), time.thread_time(), statements.seconds)
            inbox.overdue_agencies(session, reviewer)
            walls.append((time.perf_counter() - before[0]) * 1000)
            cpus.append((time.thread_time() - before[1]) * 1000)
            sql.append((statements.seconds - before[2]) * 1000)
    print(f"  overdue count {repeat} times  wall p50 {statistics.median(walls):6.0f} ms  CPU (this thread) p50 "
          f"{statistics.median(cpus):6.0f} ms  SQL p50 {statistics.median(sql):6.0f} ms", flush=True)


def _overdue_counted(app, seconds: float = 300) -> None:
    """Waits for the inbox's overdue agencies, counted in a background thread of this process, so that
    their CPU time is not taken for the requests' (the measurement then ends within their minute)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        figures = getattr(app.state, "overdue_figures", None)
        if figures is None or (figures.values and not figures.refreshing):
            return
        time.sleep(0.2)


def run(url: str, args) -> None:
    db = Database(url)
    with db.session() as session:
        plan_ids = list(session.scalars(select(Plan.id)))
    if not plan_ids:
        with tempfile.TemporaryDirectory() as folder:
            plan_ids, _ = fill(db, Path(folder), 2000, 200_000, 50)
        if db.dialect == "postgresql":  # statistics, as bench/web.py leaves them
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.execute(text("VACUUM ANALYZE"))
    rng = random.Random(1)
    kinds = {"inbox": [f"/inbox?page={rng.choice([1, 1, 1, 2, 3])}" for _ in range(args.repeat)],
             "rates": [f"/plans/{rng.choice(plan_ids)}/rates" for _ in range(args.repeat)],
             "plan": [f"/plans/{rng.choice(plan_ids)}" for _ in range(args.repeat)],
             "dashboard": ["/" for _ in range(args.repeat)],
             "search": [f"/api/search?q={rng.choice(QUERIES)}" for _ in range(args.repeat)]}
    if args.profile:
        kinds = {args.profile: kinds[args.profile]}
    app = create_app(db)
    statements = Statements(db.engine)
    with profiled(args.profile is not None, args.sort), TestClient(app) as http:
        signed = http.post("/api/login", json={"username": "bench0", "password": "mat-khau-thu-tai"})
        http.headers["X-CSRF-Token"] = signed.json()["csrf_token"]
        for paths in kinds.values():  # the first of each warms caches and imports
            http.get(paths[0])
        _overdue_counted(app)
        print(f"{db.dialect}, {len(plan_ids)} plans, one request at a time:")
        for kind, paths in kinds.items():
            measure(http, statements, kind, paths)
    if not args.profile:
        measure_count(db, statements, 5)
    db.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL on loopback instead of SQLite")
    parser.add_argument("--database", help="a register filled by an earlier run (SQLAlchemy URL)")
    parser.add_argument("--repeat", type=int, default=30, help="requests of each kind")
    parser.add_argument("--profile", choices=["inbox", "rates", "plan", "dashboard", "search"], help="only this kind, profiled")
    parser.add_argument("--sort", default="cumulative", help="the profile's order (cumulative, tottime, …)")
    args = parser.parse_args()
    if args.database:
        run(args.database, args)
    elif args.postgres:
        with temporary_postgres() as server:
            run(create_database(server, "cost"), args)
    else:
        with tempfile.TemporaryDirectory() as folder:
            run(f"sqlite:///{folder}/vnplan.sqlite", args)


if __name__ == "__main__":
    main()
