"""Notices: prints figures, asserts nothing.

    .venv/bin/python bench/notifications.py [--plans 300] [--people 3] [--counts 2000]

Fills a SQLite register with varied plans and a focal point per agency (`--people` each, with
an e-mail address), then times what `vnplan remind` does from cron: the first run that writes
every period notice, a second run the same day that writes none, and sending the notices to a
real SMTP server (aiosmtpd) on loopback. Prints the bell's unread count query (run on every
page) p50/p95 for a person with many notices.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from aiosmtpd.controller import Controller  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from register import build_corpus  # noqa: E402
from servers import free_port  # noqa: E402
from vnplan.monitor import notifications, users  # noqa: E402
from vnplan.register import Database  # noqa: E402
from vnplan.register.ingest import ingest  # noqa: E402
from vnplan.register.models import Agency, Notification, TaskAgency, User  # noqa: E402


class Counter:
    def __init__(self) -> None:
        self.messages = 0

    async def handle_DATA(self, server, session, envelope):
        self.messages += 1
        return "250 OK"


def people(db: Database, per_agency: int) -> int:
    with db.session() as s, s.begin():
        leading = select(TaskAgency.agency_id).where(TaskAgency.role == "lead")
        leads = s.scalars(select(Agency).where(Agency.id.in_(leading), Agency.kind == "agency")).all()
        for agency in leads:
            for n in range(per_agency):
                users.create_user(s, f"a{agency.id}-{n}", "mat-khau-bench", "agency", agency=agency,
                                  email=f"a{agency.id}-{n}@example.vn")
        return len(leads) * per_agency


def timed(label: str, work):
    start = time.perf_counter()
    result = work()
    print(f"{label}: {time.perf_counter() - start:.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=300)
    parser.add_argument("--people", type=int, default=3)
    parser.add_argument("--counts", type=int, default=2000)
    args = parser.parse_args()
    smtp = Counter()
    port = free_port()
    controller = Controller(smtp, hostname="127.0.0.1", port=port)
    controller.start()
    os.environ.update(VNPLAN_SMTP_HOST="127.0.0.1", VNPLAN_SMTP_PORT=str(port))
    try:
        with tempfile.TemporaryDirectory() as folder:
            db = Database(f"sqlite:///{folder}/bench.sqlite")
            (Path(folder) / "plans").mkdir()
            ingest(db, build_corpus(Path(folder) / "plans", args.plans))
            print(f"{args.plans} plans, {people(db, args.people)} focal points")

            def remind():
                with db.session() as s:
                    written = notifications.produce(s)
                    s.commit()
                    return len(written)

            print(f"  notices written: {timed('remind, first run', remind)}")
            print(f"  notices written: {timed('remind, second run the same day', remind)}")
            sent, failed = timed("e-mail, one message per person", lambda: notifications.deliver(db))
            print(f"  messages sent {sent}, failed {failed}, received by the SMTP server {smtp.messages}")
            with db.session() as s:
                busiest = s.scalar(select(Notification.user_id).group_by(Notification.user_id)
                                   .order_by(func.count().desc()).limit(1))
                user = s.get(User, busiest)
                total = s.scalar(select(func.count()).select_from(Notification).where(Notification.user_id == busiest))
                times = []
                for _ in range(args.counts):
                    start = time.perf_counter()
                    notifications.unread_count(s, user)
                    times.append((time.perf_counter() - start) * 1000)
                times.sort()
                print(f"bell count for a person with {total} notices (of "
                      f"{s.scalar(select(func.count()).select_from(Notification))}): "
                      f"p50 {statistics.median(times):.2f} ms, p95 {times[int(len(times) * 0.95)]:.2f} ms")
            db.engine.dispose()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
