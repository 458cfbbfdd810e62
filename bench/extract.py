"""Extraction throughput: prints figures, asserts nothing.

    .venv/bin/python bench/extract.py [--corpus ../shared/corpus] [--mb 5] [--pages 200]

1. text -> plan over the corpus repeated to >= 5 MB: median KB/s and documents/s; twice: as
   a batch runs (what one plan teaches the agency recogniser is reused by the next, and the
   repeated corpus repeats its headings), and as if every document were new (caches emptied
   before each);
2. PDF read + extract on a generated multi-page PDF: pages/s;
3. peak memory (max RSS) of this process.

Rates are printed twice: by the clock, and by the CPU time of this process (what one core does,
whatever else the machine runs at the same time; on a busy machine the clock's figure falls and
this one does not).
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import vnplan
from vnplan.extract import extract_plan
from vnplan.extract.actors import actors_of, bodies_named
from vnplan.normalise import normalise
from vnplan.read import RawText, read_file

ROOT = Path(__file__).resolve().parent.parent


def text_throughput(corpus: Path, megabytes: float, fresh: bool, rounds: int = 5) -> None:
    texts = [read_file(p).text for p in sorted(corpus.glob("*.*"))] or [
        (ROOT / "src/vnplan/samples/ke-hoach-mau.txt").read_text(encoding="utf-8")]
    batch, size = [], 0
    while size < megabytes * 1024 * 1024:
        for text in texts:
            batch.append(text)
            size += len(text.encode("utf-8"))
    rates, docs, cpu_rates = [], [], []
    for _ in range(rounds):
        start, cpu_start = time.perf_counter(), time.process_time()
        for text in batch:
            if fresh:
                actors_of.cache_clear()
                bodies_named.cache_clear()
            extract_plan(normalise(RawText(text, "txt")), strict=False)
        elapsed = time.perf_counter() - start
        rates.append(size / 1024 / elapsed)
        docs.append(len(batch) / elapsed)
        cpu_rates.append(size / 1024 / (time.process_time() - cpu_start))
    print(f"text->plan{' (every document new)' if fresh else ''}: {size / 1048576:.1f} MB in {len(batch)} documents, "
          f"{rounds} rounds: "
          f"median {statistics.median(rates):,.0f} KB/s, {statistics.median(docs):,.1f} documents/s; "
          f"by CPU time {statistics.median(cpu_rates):,.0f} KB/s")


def pdf_throughput(pages: int) -> None:
    from fpdf import FPDF

    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(font))
    pdf.set_font("DejaVu", size=12)
    sample = (ROOT / "src/vnplan/samples/ke-hoach-mau.txt").read_text(encoding="utf-8").splitlines()
    for page in range(pages):
        pdf.add_page()
        for line in sample[(page * 7) % len(sample):][:25]:
            pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan.pdf"
        pdf.output(str(path))
        import pypdfium2

        document = pypdfium2.PdfDocument(str(path))
        real_pages = len(document)  # long lines wrap, so the file has more pages than were started
        document.close()
        rates, cpu_rates = [], []
        for _ in range(5):
            start, cpu_start = time.perf_counter(), time.process_time()
            vnplan.extract_file(path, strict=False)
            rates.append(real_pages / (time.perf_counter() - start))
            cpu_rates.append(real_pages / (time.process_time() - cpu_start))
    print(f"PDF read+extract: {real_pages} pages, 5 rounds: median {statistics.median(rates):,.0f} pages/s; "
          f"by CPU time {statistics.median(cpu_rates):,.0f} pages/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    text_throughput(args.corpus, args.mb, fresh=False)
    text_throughput(args.corpus, args.mb, fresh=True)
    pdf_throughput(args.pages)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:,.0f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
