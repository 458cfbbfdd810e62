"""Register throughput: prints figures, asserts nothing.

    .venv/bin/python bench/register.py [--plans 1000] [--min-tasks 100000] [--skip-postgres]

Builds a corpus of plans from the real corpus, varied (numbers, dates, provinces,
task order), ingests it into SQLite and into a PostgreSQL server started on
loopback, and prints ingest documents/s, database size, peak memory and search
latency p50/p95 over the whole register.
"""
from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from sqlalchemy import func, select, text  # noqa: E402

from vnplan.register import Database  # noqa: E402
from vnplan.register.ingest import ingest  # noqa: E402
from vnplan.register.models import Task  # noqa: E402
from vnplan.register.search import search  # noqa: E402

PROVINCES = ["Nghệ An", "Quảng Trị", "Bình Định", "Lâm Đồng", "Cà Mau", "Lào Cai", "Thái Bình", "Kiên Giang",
             "Đắk Lắk", "Quảng Ninh", "Bắc Giang", "Long An", "Phú Yên", "Hòa Bình", "Yên Bái", "An Giang"]
QUERIES = ["chuyen doi so", "chuyển đổi số", "du lich", "nông thôn mới", "ha tang giao thong", "doanh nghiep",
           "cải cách hành chính", "dau tu cong", "nguon nhan luc", "khoa hoc cong nghe", "moi truong", "an sinh xa hoi"]


def vary(text: str, rng: random.Random, serial: int) -> str:
    """One more plan: its own number, date, province and task order."""
    province = rng.choice(PROVINCES)
    text = re.sub(r"Thừa Thiên Huế|Hà Tĩnh|Sơn La|Hồ Chí Minh", province, text)
    text = re.sub(r"Số: ?\d+/", f"Số: {serial}/", text, count=1)
    if "Số:" not in text[:2000]:
        text = f"Số: {serial}/KH-UBND\n{province}, ngày 1 tháng 1 năm 2024\n" + text
    text = re.sub(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (20\d\d)",
                  lambda m: f"ngày {rng.randint(1, 28)} tháng {rng.randint(1, 12)} năm {rng.randint(2019, 2025)}", text)
    lines = text.split("\n")
    bullets = [i for i, line in enumerate(lines) if line.startswith("- ")]
    shuffled = [lines[i] for i in bullets]
    rng.shuffle(shuffled)
    for i, line in zip(bullets, shuffled):
        lines[i] = line
    return "\n".join(lines)


def build_corpus(folder: Path, plans: int) -> list[Path]:
    sources = [p.read_text(encoding="utf-8") for p in sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))]
    sources = sources or [(ROOT / "src/vnplan/samples/ke-hoach-mau.txt").read_text(encoding="utf-8")]
    rng = random.Random(2024)
    paths = []
    for serial in range(1, plans + 1):
        path = folder / f"plan-{serial:05d}.txt"
        path.write_text(vary(sources[serial % len(sources)], rng, serial), encoding="utf-8")
        paths.append(path)
    return paths


def run(label: str, url: str, files: list[Path], size_of) -> None:
    db = Database(url)
    start = time.perf_counter()
    first_thousand = []

    def count(_result) -> None:
        if len(first_thousand) < 1000:
            first_thousand.append(time.perf_counter() - start)

    errors = sum(result.status == "error" for result in ingest(db, files, progress=count))
    elapsed = time.perf_counter() - start
    with db.session() as session:
        tasks = session.scalar(select(func.count()).select_from(Task))
        latencies = []
        for round_ in range(20):
            for query in QUERIES:
                t0 = time.perf_counter()
                search(session, query, limit=20)
                latencies.append((time.perf_counter() - t0) * 1000)
        latencies.sort()
        size = size_of(session)
    p95 = latencies[int(len(latencies) * 0.95)]
    print(f"{label}: ingested {len(files)} files ({errors} errors) in {elapsed:.1f} s = {len(files) / elapsed:.1f} documents/s "
          f"(the first {len(first_thousand)} in {first_thousand[-1]:.1f} s); "
          f"{tasks:,} tasks; database {size / 1048576:.0f} MB; search p50 {statistics.median(latencies):.1f} ms, "
          f"p95 {p95:.1f} ms over {len(latencies)} queries")
    db.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--min-tasks", type=int, default=100_000)
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = build_corpus(folder, args.plans)
        # enough plans for the task count asked for (≈ 60 tasks a plan in the real corpus)
        while len(files) * 60 < args.min_tasks:
            files = build_corpus(folder, len(files) * 2)
        sqlite_file = folder / "bench.sqlite"
        run("SQLite", f"sqlite:///{sqlite_file}", files, lambda s: sqlite_file.stat().st_size)
        if not args.skip_postgres:
            import servers

            with servers.temporary_postgres() as server:
                run("PostgreSQL", servers.create_database(server, "bench"), files,
                    lambda s: s.scalar(text("SELECT pg_database_size('bench')")))
    print(f"peak memory (max RSS): ingesting process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB, "
          f"largest extracting process {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
