"""Web load: prints figures, asserts nothing.

    .venv/bin/python bench/web.py [--plans 2000] [--reports 200000] [--clients 50] [--seconds 30] [--workers 2]
                                  [--think 1.0 [0 …]] [--runs 1] [--postgres]

Fills a register (SQLite, or with --postgres a PostgreSQL server started on loopback) with
varied plans (≥ 100,000 tasks) and ≥ 200,000 progress reports, starts `vnplan serve` on
loopback, and drives the dashboard, plan pages, search, report submission, the review inbox
(its pages) and the reporting-rate table with concurrent signed-in clients, each pausing
`--think` seconds between requests as a person reading the page would (0 for a stress test).
Each of `--runs` runs prints p50/p95 latency per kind of request, throughput, errors, the
requests the server shed (503 with Retry-After: counted apart, the client comes back after a
moment, as a browser user would) and client time-outs; then the reports counted in the database
(none may be lost) and the server's peak memory.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

import httpx  # noqa: E402
from sqlalchemy import func, insert, select, text  # noqa: E402

from register import build_corpus  # noqa: E402
from servers import create_database, free_port, temporary_postgres  # noqa: E402
from vnplan.monitor import inbox_counts, users  # noqa: E402
from vnplan.monitor.periods import periods_for  # noqa: E402
from vnplan.register import Database  # noqa: E402
from vnplan.register.ingest import ingest  # noqa: E402
from vnplan.register.models import Agency, Plan, PlanVersion, ProgressReport, Task, TaskAgency  # noqa: E402

KINDS = ["dashboard", "plan page", "search", "submit report", "inbox", "rate table"]
QUERIES = ["chuyen doi so", "du lich", "nông thôn mới", "doanh nghiep", "cải cách hành chính", "dau tu cong"]


RESERVED = 100  # tasks kept without a report for each client to report on during the runs


def fill(db: Database, folder: Path, plans: int, reports: int, clients: int) -> tuple[list[int], dict[int, list[tuple[int, str]]]]:
    """Plans, prefilled reports and bench users; returns plan ids and each client's reserved (task, period) pairs."""
    folder.mkdir(parents=True, exist_ok=True)
    files = build_corpus(folder, plans)
    start = time.perf_counter()
    ingest(db, files)
    print(f"ingested {len(files)} plans in {time.perf_counter() - start:.0f} s", flush=True)
    with db.session() as s, s.begin():
        tasks = s.execute(select(Task.id, Task.tracked_task_id, PlanVersion.plan_id, TaskAgency.agency_id)
                          .join(PlanVersion, PlanVersion.id == Task.version_id)
                          .join(TaskAgency, (TaskAgency.task_id == Task.id) & (TaskAgency.role == "lead"))
                          .where(PlanVersion.is_current.is_(True))).all()
        periods = {p.id: [x.key for x in periods_for(p)] for p in s.scalars(select(Plan))}
        rng = random.Random(7)
        rng.shuffle(tasks)
        unique = list({task_id: (task_id, tracked, plan_id, agency_id) for task_id, tracked, plan_id, agency_id in tasks}.values())
        # each client reports for the agency that leads most tasks after those of the clients before it
        by_agency = defaultdict(list)
        for task in unique:
            if periods[task[2]]:  # a plan issued after its last period's due date owes no report
                by_agency[task[3]].append(task)
        reporting = sorted(by_agency, key=lambda a: -len(by_agency[a]))[:clients]
        reserved_tasks = {n: by_agency[agency_id][:RESERVED] for n, agency_id in enumerate(reporting)}
        kept = {task[0] for chosen in reserved_tasks.values() for task in chosen}
        prefilled = [task for task in unique if task[0] not in kept]
        rows, now = [], datetime.now(timezone.utc)
        seen = set()
        for task_id, tracked, plan_id, agency_id in prefilled:
            for key in periods[plan_id]:
                if len(rows) >= reports or (tracked, key, agency_id) in seen:
                    continue
                seen.add((tracked, key, agency_id))
                status = rng.choice(["approved", "submitted", "draft", "returned"])
                rows.append(dict(tracked_task_id=tracked, agency_id=agency_id, period=key, percent=rng.randint(0, 100),
                                 result="Kết quả thực hiện (dữ liệu thử tải)", status=status, revision=1,
                                 created_at=now, updated_at=now, submitted_at=now if status != "draft" else None))
            if len(rows) >= reports:
                break
        for chunk in range(0, len(rows), 20000):
            s.execute(insert(ProgressReport), rows[chunk:chunk + 20000])
        inbox_counts.fold(s)  # the 200,000 rows the triggers wrote, one per plan and status, as a server would
        for n in range(clients):
            users.create_user(s, f"bench{n}", "mat-khau-thu-tai", "planning")
            agency = s.get(Agency, reporting[n % len(reporting)])
            users.create_user(s, f"focal{n}", "mat-khau-thu-tai", "agency", agency=agency, province=agency.province)
        plan_ids = list(periods)
        task_total = s.scalar(select(func.count()).select_from(Task))
    print(f"register: {len(plan_ids)} plans, {task_total:,} tasks, {len(rows):,} prefilled reports")
    reserved = defaultdict(list)
    for n, chosen in reserved_tasks.items():
        reserved[n] = [(task_id, periods[plan_id][0]) for task_id, _, plan_id, _ in chosen]
    return plan_ids, reserved


@dataclass
class Run:
    """What one run measured: latencies per kind of request, errors, shed requests, time-outs, reports sent."""

    latencies: dict = field(default_factory=lambda: defaultdict(list))
    errors: dict = field(default_factory=lambda: defaultdict(int))
    shed: dict = field(default_factory=lambda: defaultdict(int))
    timeouts: dict = field(default_factory=lambda: defaultdict(int))
    samples: list = field(default_factory=list)
    submitted: list = field(default_factory=list)


async def _sign_in(http: httpx.AsyncClient, username: str) -> None:
    """Signed in, however long a busy server takes (sign-ins are not measured)."""
    while (r := await http.post("/api/login", json={"username": username, "password": "mat-khau-thu-tai"},
                                timeout=120)).status_code == 503:
        await asyncio.sleep(int(r.headers.get("retry-after", "1")))
    http.headers["X-CSRF-Token"] = r.json()["csrf_token"]


async def _request(http: httpx.AsyncClient, focal: httpx.AsyncClient, kind: str, rng: random.Random, plan_ids: list[int],
                   reserved: list[tuple[int, str]]) -> httpx.Response | None:
    if kind == "dashboard":
        return await http.get("/")
    if kind == "plan page":
        return await http.get(f"/plans/{rng.choice(plan_ids)}")
    if kind == "inbox":
        return await http.get("/inbox", params={"page": rng.choice([1, 1, 1, 2, 3])})
    if kind == "rate table":
        return await http.get(f"/plans/{rng.choice(plan_ids)}/rates")
    if kind == "search":
        return await http.get("/api/search", params={"q": rng.choice(QUERIES)})
    if not reserved:
        return None
    task_id, period = reserved[-1]
    return await focal.post(f"/api/tasks/{task_id}/reports", json={
        "period": period, "percent": rng.randint(10, 100), "result": "Báo cáo thử tải", "submit": True})


async def client(n: int, base: str, plan_ids: list[int], reserved: list[tuple[int, str]], seconds: float,
                 run: Run, think: float, ready: asyncio.Barrier) -> None:
    rng = random.Random(n)
    # idle connections are dropped long before the server's keep-alive (120 s) could close one under a request
    limits = httpx.Limits(keepalive_expiry=2)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as http, \
            httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as focal:
        await _sign_in(http, f"bench{n}")  # the planning department reads and reviews
        await _sign_in(focal, f"focal{n}")  # a focal point sends its agency's reports
        await ready.wait()  # sign-ins (deliberately slow password hashing) are not part of the measurement
        await asyncio.sleep(rng.uniform(0, think))  # people do not all click in the same instant
        until = time.monotonic() + seconds
        while time.monotonic() < until:
            kind = rng.choices(KINDS, weights=[2, 3, 3, 2, 1, 1])[0]
            start = time.perf_counter()
            try:
                r = await _request(http, focal, kind, rng, plan_ids, reserved)
            except httpx.TransportError as lost:  # no answer: counted, and the run goes on
                if isinstance(lost, httpx.TimeoutException):
                    run.timeouts[kind] += 1
                else:
                    run.errors[kind] += 1
                    run.samples.append(f"{kind}: {type(lost).__name__} {lost}")
                if kind == "submit report":
                    reserved.pop()  # it may have been stored: sending it again would be refused
                continue
            if r is None:  # this client has sent all the reports it had
                continue
            if r.status_code == 503 and r.headers.get("retry-after", "").isdigit():
                run.shed[kind] += 1  # the report stays reserved: it is sent again later
                await asyncio.sleep(int(r.headers["retry-after"]))  # as asked, as a browser user would
                continue
            run.latencies[kind].append((time.perf_counter() - start) * 1000)
            if kind == "submit report":
                reserved.pop()
                if r.status_code == 200:
                    run.submitted.append(r.json()["id"])
            if r.status_code >= 400:
                run.errors[kind] += 1
                run.samples.append(f"{kind}: {r.status_code} {r.text[:160]}")
            if think:
                await asyncio.sleep(rng.uniform(0.5, 1.5) * think)


async def drive(base: str, plan_ids, reserved, clients: int, seconds: float, think: float) -> Run:
    run = Run()
    ready = asyncio.Barrier(clients)
    await asyncio.gather(*(client(n, base, plan_ids, reserved[n], seconds, run, think, ready) for n in range(clients)))
    return run


def report(run: Run, seconds: float) -> dict[str, tuple[float, float]]:
    """Prints the run's figures; returns p50 and p95 per kind of request."""
    figures = {}
    for kind in KINDS:
        values = sorted(run.latencies.get(kind, []))
        if not values:
            continue
        figures[kind] = (statistics.median(values), values[int(len(values) * 0.95)])
        print(f"  {kind:14s} {len(values):6d} requests  p50 {figures[kind][0]:7.1f} ms  p95 {figures[kind][1]:7.1f} ms  "
              f"errors {run.errors[kind]}  shed (503) {run.shed[kind]}  time-outs {run.timeouts[kind]}")
    answered = sum(len(v) for v in run.latencies.values())
    print(f"  throughput {answered / seconds:.1f} requests/s answered (not shed), "
          f"{sum(run.shed.values()) / seconds:.1f}/s shed; errors {sum(run.errors.values())}, "
          f"time-outs {sum(run.timeouts.values())}; load average at the end {os.getloadavg()[0]:.1f} "
          f"(the machine's other work shows in every figure)")
    for sample in run.samples[:5]:
        print(f"  error: {sample}")
    return figures


def _medians(runs: list[dict[str, tuple[float, float]]], think: float) -> None:
    if len(runs) > 1:
        print(f"medians of {len(runs)} runs, {think:g} s between requests:")
        for kind in KINDS:
            pairs = [figures[kind] for figures in runs if kind in figures]
            if pairs:
                print(f"  {kind:14s} p50 {statistics.median(p for p, _ in pairs):7.1f} ms  "
                      f"p95 {statistics.median(p for _, p in pairs):7.1f} ms", flush=True)


def serve(url: str, folder: Path, workers: int) -> tuple[subprocess.Popen, str]:
    """`vnplan serve` as deployed, on a free loopback port; returns the process and its base URL."""
    port = free_port()
    env = dict(os.environ, VNPLAN_DATABASE_URL=url, VNPLAN_DATA_DIR=str(folder), MALLOC_ARENA_MAX="2")
    server = subprocess.Popen([str(Path(sys.executable).with_name("vnplan")), "serve", "--host", "127.0.0.1", "--port", str(port),
                               "--workers", str(workers)], env=env, stdout=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            httpx.get(f"{base}/login", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    return server, base


def bench(url: str, folder: Path, args) -> None:
    db = Database(url)
    plan_ids, reserved = fill(db, folder / "plans", args.plans, args.reports, args.clients)
    if db.dialect == "postgresql":  # as autovacuum leaves a register whose reports came in over months:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))  # statistics, and pages marked visible for index-only reads
            # and the fill's pages written out now, not by the checkpointer during the first run (its p95 was the
            # worst of three in every series, 135–173 ms against 84–116 ms)
            connection.execute(text("CHECKPOINT"))
    db.engine.dispose()
    server, base = serve(url, folder, args.workers)
    submitted = []
    try:
        for think in args.think:
            runs = []
            for number in range(1, args.runs + 1):
                run = asyncio.run(drive(base, plan_ids, reserved, args.clients, args.seconds, think))
                print(f"run {number}: {args.clients} clients for {args.seconds:.0f} s, {think:g} s between requests, "
                      f"{args.workers} worker processes, {url.split(':')[0].split('+')[0]}:", flush=True)
                runs.append(report(run, args.seconds))
                submitted += run.submitted
            _medians(runs, think)
        memory = _peak_memory(server.pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a worker stuck in a request: the whole server goes
            os.killpg(server.pid, signal.SIGKILL)
    db = Database(url)
    with db.session() as s:
        stored = s.scalar(select(func.count()).select_from(ProgressReport).where(ProgressReport.id.in_(submitted))) if submitted else 0
        total = s.scalar(select(func.count()).select_from(ProgressReport))
    db.engine.dispose()
    print(f"  reports submitted {len(submitted)}, found in the database afterwards {stored} "
          f"(lost: {len(submitted) - stored}); reports in the register: {total:,}")
    print(f"  server peak memory (VmHWM, all processes): {memory:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, default=2000)
    parser.add_argument("--reports", type=int, default=200_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--think", type=float, nargs="+", default=[1.0],
                        help="seconds between a client's requests (0: no pause); several values run in turn")
    parser.add_argument("--runs", type=int, default=1, help="runs against the same server, each printed, then medians")
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL on loopback instead of SQLite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.postgres:
            with temporary_postgres() as server:
                bench(create_database(server, "bench"), folder, args)
        else:
            bench(f"sqlite:///{folder / 'vnplan.sqlite'}", folder, args)


def _peak_memory(pid: int) -> float:
    """Peak resident memory of the server and its worker processes, in MB."""
    pids = [pid] + [int(p) for p in subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()]
    total = 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            pass
    return total


if __name__ == "__main__":
    main()
