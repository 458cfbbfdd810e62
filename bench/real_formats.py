"""The real held-out documents as markdown, DOCX and PDF side by side: prints figures, asserts nothing.

    .venv/bin/python bench/real_formats.py [--shared ../shared]

Each document of the real held-out sets (tests/fixtures/realheldout*) is read from its portal page in
shared/robust, written as the DOCX and the PDF a province sends (tests/fixtures/make_real_formats.py),
and all three are extracted and scored against the same gold with shared/eval/score.py. One line per
document and format, then the mean of each format, then the median extraction time per format.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import vnplan

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SETS = tuple(sorted(p.name for p in FIXTURES.glob("realheldout*") if p.is_dir()))
FIGURES = ("tasks", "lead_acc", "coord", "deadline_acc", "targets", "refs", "meta_acc", "reporting")
FORMATS = ("md", "docx", "pdf")
sys.path.insert(0, str(ROOT / "tests"))
from conftest import load_script  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    scorer = load_script(args.shared / "eval" / "score.py", "score")
    writer = load_script(FIXTURES / "make_real_formats.py", "make_real_formats")
    rows: dict[str, list[list[float]]] = {fmt: [] for fmt in FORMATS}
    seconds: dict[str, list[float]] = {fmt: [] for fmt in FORMATS}
    print(f"{'document':18} {'fmt':5}" + "".join(f"{name[:8]:>9}" for name in FIGURES) + "   pred/gold")
    with tempfile.TemporaryDirectory() as folder:
        for gold_set in SETS:
            for gold_path in sorted((FIXTURES / gold_set).glob("*.json")):
                page = args.shared / "robust" / f"{gold_path.stem}.md"
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                sources = {"md": page, "docx": writer.write_docx(page, Path(folder)),
                           "pdf": writer.write_pdf(page, Path(folder))}
                for fmt, source in sources.items():
                    started = time.perf_counter()
                    try:
                        predicted = json.loads(vnplan.extract(source).to_json())
                    except vnplan.NotAPlan:
                        predicted = {}  # refused as no plan: scored as the scorer scores a failed run
                    seconds[fmt].append(time.perf_counter() - started)
                    result = scorer.score_doc(predicted, gold)
                    figures = [result[k][0] if isinstance(result[k], (list, tuple)) else result[k] for k in FIGURES]
                    rows[fmt].append(figures)
                    counts = "/".join(str(n) for n in result["task_counts"][:2])
                    print(f"{gold_path.stem:18} {fmt:5}" + "".join(f"{v:9.3f}" for v in figures) + f"   {counts}")
    for fmt in FORMATS:
        means = [statistics.mean(column) for column in zip(*rows[fmt])]
        print(f"{'MEAN':18} {fmt:5}" + "".join(f"{v:9.3f}" for v in means))
    for fmt in FORMATS:
        print(f"extract {fmt}: median {statistics.median(seconds[fmt]) * 1000:.0f} ms, "
              f"p95 {sorted(seconds[fmt])[int(0.95 * (len(seconds[fmt]) - 1))] * 1000:.0f} ms per document")


if __name__ == "__main__":
    main()
