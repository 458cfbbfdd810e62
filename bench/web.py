"""Web load: prints figures, asserts nothing.

    .venv/bin/python bench/web.py [--plans 2000] [--reports 200000] [--clients 50] [--seconds 30] [--workers 2] [--think 1.0]

Fills a SQLite register with varied plans (≥ 100,000 tasks) and ≥ 200,000 progress
reports, starts `vnplan`'s web app with uvicorn on loopback, and drives the
dashboard, plan pages, search, report submission, the review inbox and the reporting-rate
table with concurrent signed-in clients, each pausing `--think` seconds between requests
as a person reading the page would (0 for a stress test). Prints p50/p95 latency per kind
of request, errors, the reports counted in the database after the run (none may be lost)
and the server's peak memory.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

import httpx  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from register import build_corpus  # noqa: E402
from servers import free_port  # noqa: E402
from vnplan.monitor import users  # noqa: E402
from vnplan.monitor.periods import periods_for  # noqa: E402
from vnplan.register import Database  # noqa: E402
from vnplan.register.ingest import ingest  # noqa: E402
from vnplan.register.models import Plan, PlanVersion, ProgressReport, Task, TaskAgency  # noqa: E402

QUERIES = ["chuyen doi so", "du lich", "nông thôn mới", "doanh nghiep", "cải cách hành chính", "dau tu cong"]


def fill(db: Database, folder: Path, plans: int, reports: int, clients: int) -> tuple[list[int], dict[int, list[tuple[int, str]]]]:
    """Plans, prefilled reports and bench users; returns plan ids and each client's reserved (task, period) pairs."""
    folder.mkdir(parents=True, exist_ok=True)
    files = build_corpus(folder, plans)
    start = time.perf_counter()
    ingest(db, files)
    print(f"ingested {len(files)} plans in {time.perf_counter() - start:.0f} s")
    with db.session() as s, s.begin():
        tasks = s.execute(select(Task.id, Task.tracked_task_id, PlanVersion.plan_id, TaskAgency.agency_id)
                          .join(PlanVersion, PlanVersion.id == Task.version_id)
                          .join(TaskAgency, (TaskAgency.task_id == Task.id) & (TaskAgency.role == "lead"))
                          .where(PlanVersion.is_current.is_(True))).all()
        periods = {p.id: [x.key for x in periods_for(p)] for p in s.scalars(select(Plan))}
        rng = random.Random(7)
        rng.shuffle(tasks)
        unique = list({task_id: (task_id, tracked, plan_id, agency_id) for task_id, tracked, plan_id, agency_id in tasks}.values())
        reserved_tasks, prefilled = unique[:clients * 40], unique[clients * 40:]
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
        for i in range(clients):
            users.create_user(s, f"bench{i}", "mat-khau-thu-tai", "planning")
        plan_ids = list(periods)
        task_total = s.scalar(select(func.count()).select_from(Task))
    print(f"register: {len(plan_ids)} plans, {task_total:,} tasks, {len(rows):,} prefilled reports")
    reserved = defaultdict(list)
    for n, (task_id, _, plan_id, _) in enumerate(reserved_tasks):
        reserved[n % clients].append((task_id, periods[plan_id][0]))
    return plan_ids, reserved


async def client(n: int, base: str, plan_ids: list[int], reserved: list[tuple[int, str]], seconds: float,
                 latencies: dict, errors: dict, submitted: list, think: float, ready: asyncio.Barrier) -> None:
    rng = random.Random(n)
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        r = await http.post("/api/login", json={"username": f"bench{n}", "password": "mat-khau-thu-tai"})
        http.headers["X-CSRF-Token"] = r.json()["csrf_token"]
        await ready.wait()  # sign-ins (deliberately slow password hashing) are not part of the measurement
        await asyncio.sleep(rng.uniform(0, think))  # people do not all click in the same instant
        until = time.monotonic() + seconds
        while time.monotonic() < until:
            kind = rng.choices(["dashboard", "plan page", "search", "submit report", "inbox", "rate table"],
                               weights=[2, 3, 3, 2, 1, 1])[0]
            start = time.perf_counter()
            if kind == "dashboard":
                r = await http.get("/")
            elif kind == "plan page":
                r = await http.get(f"/plans/{rng.choice(plan_ids)}")
            elif kind == "inbox":
                r = await http.get("/inbox")
            elif kind == "rate table":
                r = await http.get(f"/plans/{rng.choice(plan_ids)}/rates")
            elif kind == "search":
                r = await http.get("/api/search", params={"q": rng.choice(QUERIES)})
            else:
                if not reserved:
                    continue
                task_id, period = reserved.pop()
                r = await http.post(f"/api/tasks/{task_id}/reports", json={
                    "period": period, "percent": rng.randint(10, 100), "result": "Báo cáo thử tải", "submit": True})
                if r.status_code == 200:
                    submitted.append(r.json()["id"])
            latencies[kind].append((time.perf_counter() - start) * 1000)
            if r.status_code >= 400:
                errors[kind] += 1
                errors.setdefault("samples", []).append(f"{kind}: {r.status_code} {r.text[:160]}")
            if think:
                await asyncio.sleep(rng.uniform(0.5, 1.5) * think)


async def drive(base: str, plan_ids, reserved, clients: int, seconds: float, think: float):
    latencies, errors, submitted = defaultdict(list), defaultdict(int), []
    ready = asyncio.Barrier(clients)
    await asyncio.gather(*(client(n, base, plan_ids, reserved[n], seconds, latencies, errors, submitted, think, ready)
                           for n in range(clients)))
    return latencies, errors, submitted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, default=2000)
    parser.add_argument("--reports", type=int, default=200_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--think", type=float, default=1.0, help="seconds between a client's requests (0: no pause)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = f"sqlite:///{folder / 'vnplan.sqlite'}"
        db = Database(url)
        plan_ids, reserved = fill(db, folder / "plans", args.plans, args.reports, args.clients)
        db.engine.dispose()
        port = free_port()
        env = dict(os.environ, VNPLAN_DATABASE_URL=url, VNPLAN_DATA_DIR=str(folder), MALLOC_ARENA_MAX="2")
        server = subprocess.Popen([sys.executable, "-m", "uvicorn", "--factory", "vnplan.web.app:create_app",
                                   "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers),
                                   "--log-level", "warning"], env=env)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(200):
                try:
                    httpx.get(f"{base}/login", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            latencies, errors, submitted = asyncio.run(drive(base, plan_ids, reserved, args.clients, args.seconds,
                                                                 args.think))
            memory = _peak_memory(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)
        db = Database(url)
        with db.session() as s:
            stored = s.scalar(select(func.count()).select_from(ProgressReport).where(ProgressReport.id.in_(submitted))) if submitted else 0
            total = s.scalar(select(func.count()).select_from(ProgressReport))
        print(f"{args.clients} clients for {args.seconds:.0f} s, {args.think:g} s between requests, "
              f"{args.workers} worker processes:")
        for kind, values in sorted(latencies.items()):
            if kind == "samples":
                continue
            values.sort()
            print(f"  {kind:14s} {len(values):6d} requests  p50 {statistics.median(values):7.1f} ms  "
                  f"p95 {values[int(len(values) * 0.95)]:7.1f} ms  errors {errors[kind]}")
        print(f"  reports submitted {len(submitted)}, found in the database afterwards {stored} "
              f"(lost: {len(submitted) - stored}); reports in the register: {total:,}")
        print(f"  server peak memory (VmHWM, all processes): {memory:.0f} MB")
        for sample in errors.get("samples", [])[:5]:
            print(f"  error: {sample}")


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
