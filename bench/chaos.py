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
that was then sent again finds it stored), other refusals and lost writes (the goal: none), and every
request that got no good answer by its kind (connection refused, reset or closed, the client's own
time-out, a 5xx) and by its moment: sent while the server was down or starting again, in flight when it
was killed, or entirely while it was up (then how long after it came up); and how long answered
requests took. What counts against the server is a failure while it was up, and a 5xx at any moment (a
running worker answered it): "up" runs from the moment the restarted server answers its sign-in page
to the next kill.
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
class Failure:
    kind: str  # "refused", "reset", "timeout" or the 5xx status
    path: str
    sent: float  # monotonic seconds
    ended: float


@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)
    acknowledged: dict[int, int] = field(default_factory=dict)  # report id -> revision the server acknowledged
    kills_at: list[float] = field(default_factory=list)
    ups_at: list[float] = field(default_factory=list)  # when the (re)started server first answered
    failures: list[Failure] = field(default_factory=list)
    answered_in: list[float] = field(default_factory=list)  # seconds each request took that was answered below 500
    samples: list[str] = field(default_factory=list)  # a few refusals, to be read

    @property
    def downtime(self) -> float:
        return sum(up - kill for kill, up in zip(self.kills_at, self.ups_at[1:]))


def _kind(error: httpx.HTTPError) -> str:
    if isinstance(error, httpx.TimeoutException):
        return "timeout"
    if isinstance(error, httpx.ConnectError):
        return "refused"
    return "reset"  # the connection closed or reset before the whole answer came


async def _request(http: httpx.AsyncClient, tally: Tally, method: str, url: str, **kwargs) -> httpx.Response | None:
    """One request; None when it met no server (down, or killed while answering)."""
    sent = time.monotonic()
    tally.counts["requests"] += 1
    try:
        response = await http.request(method, url, **kwargs)
    except httpx.HTTPError as error:
        tally.failures.append(Failure(_kind(error), url, sent, time.monotonic()))
        return None
    if response.status_code >= 500:
        tally.failures.append(Failure(str(response.status_code), url, sent, time.monotonic()))
        if len(tally.samples) < 8:
            tally.samples.append(f"{response.status_code} {response.text[:200]}")
    else:
        tally.answered_in.append(time.monotonic() - sent)
    return response


def moment(failure: Failure, tally: Tally) -> tuple[str, float | None]:
    """When a failed request was sent, told from the kills and restarts: ("up", seconds since the server
    came up) only when it was sent and ended with the server up and no kill in between."""
    last_up = max((t for t in tally.ups_at if t <= failure.sent), default=None)
    last_kill = max((t for t in tally.kills_at if t <= failure.sent), default=None)
    if last_up is None or (last_kill is not None and last_kill >= last_up):
        # held in the listening socket's queue until a worker was up, then answered (or not) by it
        answered_up = any(failure.sent <= t <= failure.ended for t in tally.ups_at)
        return "sent while down or starting" + (", ended once up" if answered_up else ""), None
    if any(failure.sent <= t <= failure.ended for t in tally.kills_at):
        # told apart because a tally by the server's state at the two ends alone counts the second kind as "up"
        seen_after_restart = any(failure.sent <= t <= failure.ended for t in tally.ups_at)
        return "in flight at a kill" + (", seen after the restart" if seen_after_restart else ""), None
    return "up", failure.sent - last_up


def report_failures(tally: Tally) -> None:
    by_moment = Counter()
    after_up = defaultdict(list)
    for failure in tally.failures:
        when, since = moment(failure, tally)
        by_moment[(when, failure.kind)] += 1
        if since is not None:
            after_up[failure.kind].append((since, failure.path))
    print("  requests without a good answer, by moment and kind:")
    for (when, kind), count in sorted(by_moment.items()):
        print(f"    {when:44s} {kind:8s} {count:6d}")
    for kind, seen in sorted(after_up.items()):
        seconds = sorted(since for since, _ in seen)
        paths = Counter("sign-in" if path.endswith("/login") else "write" for _, path in seen)
        print(f"    while up, {kind}: {seconds[0]:.1f}-{seconds[-1]:.1f} s after the server came up "
              f"(median {seconds[len(seconds) // 2]:.1f} s); {dict(paths)}")


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
    tally.ups_at.append(time.monotonic())
    while True:
        await asyncio.sleep(rng.uniform(*up))
        if time.monotonic() >= until - 3:
            break
        tally.kills_at.append(time.monotonic())
        servers.stop(process, signal.SIGKILL)
        process = start_server()
        await asyncio.to_thread(servers.wait_until_up, base)
        tally.ups_at.append(time.monotonic())
    await asyncio.sleep(max(0.0, until - time.monotonic()))
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
          f"server killed (SIGKILL) {len(tally.kills_at)} times, down {tally.downtime:.1f} s in all (restarts included); "
          f"load average {os.getloadavg()[0]:.1f}")
    for name, count in sorted(tally.counts.items()):
        print(f"  {name:28s} {count:7d}")
    print(f"  {'reports acknowledged':28s} {len(tally.acknowledged):7d}")
    print(f"  {'lost writes':28s} {lost:7d}")
    answered = sorted(tally.answered_in)
    if answered:
        print(f"  answered requests took p50 {answered[len(answered) // 2]:.2f} s, "
              f"p95 {answered[int(len(answered) * 0.95)]:.2f} s, at most {answered[-1]:.2f} s")
    report_failures(tally)
    for sample in tally.samples:
        print(f"  sample: {sample}")


if __name__ == "__main__":
    main()
