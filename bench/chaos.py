"""Crash test: prints figures, asserts nothing.

    .venv/bin/python bench/chaos.py [--seconds 75] [--clients 50] [--workers 2] [--database postgresql|sqlite]

Seeds a register with bench/web.py's `fill` (its varied plans), gives each client a focal point's
account and its own tasks of that agency, starts
`vnplan serve` with several workers on loopback, and lets signed-in clients write progress reports for
a bounded time: each report is created as a draft, then edited with the revision it was given and
sent. Meanwhile the server is killed with SIGKILL (master and workers at once, as a power cut would)
at random moments and started again. Afterwards every write the server acknowledged (HTTP 200) is
looked up in the database: it must be there, with at least the acknowledged revision.

Prints requests, acknowledged writes, conflicts (409: a write whose answer was lost in a crash and
that was then sent again finds it stored), other refusals, server errors while the server was up,
failures while it was down, and lost writes (the goal: none).
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import signal
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

import httpx  # noqa: E402
from sqlalchemy import select  # noqa: E402

import servers  # noqa: E402
from vnplan.monitor import users  # noqa: E402
from vnplan.monitor.periods import periods_for  # noqa: E402
from vnplan.register import Database  # noqa: E402
from vnplan.register.models import Agency, Plan, PlanVersion, ProgressReport, Task, TaskAgency  # noqa: E402
from web import fill  # noqa: E402

PASSWORD = "mat-khau-thu-sap"


def focal_points(db: Database, clients: int) -> list[list[tuple[int, str]]]:
    """An agency account per client ("chaos<n>"); each client's own (task, period) pairs, led by its agency
    and shared with no other client."""
    with db.session() as s, s.begin():
        first_period = {plan.id: periods[0].key for plan in s.scalars(select(Plan)) if (periods := periods_for(plan))}
        led = defaultdict(list)
        for task_id, plan_id, agency_id in s.execute(
                select(Task.id, PlanVersion.plan_id, TaskAgency.agency_id)
                .join(PlanVersion, PlanVersion.id == Task.version_id)
                .join(TaskAgency, (TaskAgency.task_id == Task.id) & (TaskAgency.role == "lead"))
                .where(PlanVersion.is_current.is_(True)).order_by(Task.id)):
            if plan_id in first_period:
                led[agency_id].append((task_id, first_period[plan_id]))
        agencies = sorted(led, key=lambda agency_id: -len(led[agency_id]))[:clients]
        share = Counter(agencies[n % len(agencies)] for n in range(clients))
        tasks, seen = [], Counter()
        for n in range(clients):
            agency_id = agencies[n % len(agencies)]
            users.create_user(s, f"chaos{n}", PASSWORD, "agency", agency=s.get(Agency, agency_id))
            tasks.append(led[agency_id][seen[agency_id]::share[agency_id]])
            seen[agency_id] += 1
    return tasks


@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)
    acknowledged: dict[int, int] = field(default_factory=dict)  # report id -> revision the server acknowledged
    server_up: bool = False
    kills: int = 0
    downtime: float = 0.0
    samples: list[str] = field(default_factory=list)  # a few refusals, to be read


async def _request(http: httpx.AsyncClient, tally: Tally, method: str, url: str, **kwargs) -> httpx.Response | None:
    """One request; None when it met no server (down, or killed while answering)."""
    up_before = tally.server_up
    tally.counts["requests"] += 1
    try:
        response = await http.request(method, url, **kwargs)
    except httpx.HTTPError:
        tally.counts["no answer (server down)" if not (up_before and tally.server_up) else "no answer while up"] += 1
        return None
    if response.status_code >= 500:
        when = "while up" if up_before and tally.server_up else "around a crash"
        tally.counts[f"{response.status_code} {when}"] += 1
        if len(tally.samples) < 8:
            tally.samples.append(f"{response.status_code} {response.text[:200]}")
    return response


async def _sign_in(http: httpx.AsyncClient, tally: Tally, username: str, until: float) -> bool:
    while time.monotonic() < until:
        r = await _request(http, tally, "POST", "/api/login", json={"username": username, "password": PASSWORD})
        if r is not None and r.status_code == 200:
            http.headers["X-CSRF-Token"] = r.json()["csrf_token"]
            return True
        await asyncio.sleep(1.0)
    return False


async def _write(http: httpx.AsyncClient, tally: Tally, task_id: int, body: dict, until: float) -> dict | None:
    """Send one write until it is answered; the stored report when it was acknowledged. A write sent again
    after a lost answer may find itself stored already: then it is refused (409, or 400 once sent), as it should."""
    resent = False
    while time.monotonic() < until:
        r = await _request(http, tally, "POST", f"/api/tasks/{task_id}/reports", json=body)
        if r is None or r.status_code >= 500:
            resent = True
            await asyncio.sleep(1.0)  # a restart takes seconds: no point in knocking faster
            continue
        if r.status_code == 200:
            report = r.json()
            tally.acknowledged[report["id"]] = report["revision"]
            tally.counts["acknowledged writes"] += 1
            return report
        if resent and r.status_code in (400, 409):
            tally.counts["resent, found already stored"] += 1
        else:
            tally.counts["conflicts (409)" if r.status_code == 409 else f"refused ({r.status_code})"] += 1
            if len(tally.samples) < 8:
                tally.samples.append(f"{r.status_code} {r.text[:200]}")
        return None
    return None


async def client(n: int, base: str, tasks: list[tuple[int, str]], tally: Tally, until: float) -> None:
    rng = random.Random(n)
    async with httpx.AsyncClient(base_url=base, timeout=15) as http:
        if not await _sign_in(http, tally, f"chaos{n}", until):
            return
        for task_id, period in tasks:
            if time.monotonic() >= until:
                return
            draft = await _write(http, tally, task_id, {"period": period, "percent": rng.randint(0, 50),
                                                        "result": "Bản nháp (thử sập máy chủ)"}, until)
            if draft is None:
                continue
            await asyncio.sleep(rng.uniform(0.2, 1.0))
            await _write(http, tally, task_id, {"period": period, "percent": rng.randint(50, 100), "submit": True,
                                                "result": "Đã gửi (thử sập máy chủ)", "revision": draft["revision"]},
                         until)
            await asyncio.sleep(rng.uniform(0.2, 1.0))


async def killer(start_server, tally: Tally, until: float, rng: random.Random, base: str, up: tuple[float, float]) -> None:
    """SIGKILL the server at random moments (after `up` seconds of service, drawn from the range), start it again."""
    process = start_server()
    await asyncio.to_thread(servers.wait_until_up, base)
    tally.server_up = True
    while True:
        await asyncio.sleep(rng.uniform(*up))
        if time.monotonic() >= until - 3:
            break
        tally.server_up = False
        servers.stop(process, signal.SIGKILL)
        tally.kills += 1
        down = time.monotonic()
        process = start_server()
        await asyncio.to_thread(servers.wait_until_up, base)
        tally.downtime += time.monotonic() - down
        tally.server_up = True
    await asyncio.sleep(max(0.0, until - time.monotonic()))
    tally.server_up = False
    servers.stop(process)


async def run(args, base: str, start_server, reserved) -> Tally:
    tally = Tally()
    until = time.monotonic() + args.seconds
    up = tuple(float(x) for x in args.up.split("-"))
    await asyncio.gather(killer(start_server, tally, until, random.Random(args.seed), base, up),
                         *(client(n, base, reserved[n], tally, until) for n in range(args.clients)))
    return tally


@contextlib.contextmanager
def database(kind: str, folder: Path):
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'vnplan.sqlite'}"
    else:
        with servers.temporary_postgres() as server:
            yield servers.create_database(server, "chaos")


def lost_writes(url: str, acknowledged: dict[int, int]) -> int:
    db = Database(url)
    with db.session() as s:
        stored = dict(s.execute(select(ProgressReport.id, ProgressReport.revision)
                                .where(ProgressReport.id.in_(list(acknowledged)))).all()) if acknowledged else {}
    db.engine.dispose()
    return sum(1 for report, revision in acknowledged.items() if stored.get(report, -1) < revision)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=75)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--plans", type=int, default=100)
    parser.add_argument("--database", choices=["postgresql", "sqlite"], default="postgresql")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--up", default="8-20", help="seconds of service between two kills, a range drawn from")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, database(args.database, Path(tmp)) as url:
        folder = Path(tmp)
        db = Database(url)
        fill(db, folder / "plans", args.plans, reports=0, clients=0)
        reserved = focal_points(db, args.clients)
        db.engine.dispose()
        port = servers.free_port()
        env = dict(os.environ, VNPLAN_DATABASE_URL=url, VNPLAN_DATA_DIR=str(folder / "data"))
        base = f"http://127.0.0.1:{port}"

        def start_server():
            return servers.start_vnplan(env, port, folder / "serve.log", args.workers)

        tally = asyncio.run(run(args, base, start_server, reserved))
        lost = lost_writes(url, tally.acknowledged)
    print(f"{args.clients} clients for {args.seconds:.0f} s, {args.workers} workers on {args.database}; "
          f"server killed (SIGKILL) {tally.kills} times, down {tally.downtime:.1f} s in all (restarts included)")
    for name, count in sorted(tally.counts.items()):
        print(f"  {name:28s} {count:7d}")
    print(f"  {'reports acknowledged':28s} {len(tally.acknowledged):7d}")
    print(f"  {'lost writes':28s} {lost:7d}")
    for sample in tally.samples:
        print(f"  sample: {sample}")


if __name__ == "__main__":
    main()
