"""Agency recognition apart from task finding: prints figures, asserts nothing.

    .venv/bin/python bench/agencies.py [--shared ../shared] [--names]

For each document of the corpus: how many of the named (not collective) bodies its gold gives as
leads, coordinators, reporters or recipients `find_agencies` finds anywhere in the text under the
same name, which it misses, and the time the scan takes. With --names, also the names it finds that
no gold entry uses (bodies the plan cites, or misreadings to look at).
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

from vnplan.extract.agencies import find_agencies
from vnplan.normalise import normalise
from vnplan.read import read_file

ROOT = Path(__file__).resolve().parent.parent


def gold_names(gold: dict) -> set[str]:
    names = set()
    for task in gold.get("tasks") or []:
        names.update(task.get("lead") or [])
        names.update(task.get("coordinators") or [])
    for duty in gold.get("reporting") or []:
        names.update(x for x in (duty.get("reporter"), duty.get("recipient")) if x)
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--names", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(args.shared / "eval"))
    from score import is_collective, norm_text  # the scorer's own folding and collective patterns

    total = hits = 0
    elapsed = 0.0
    for gold_file in sorted((args.shared / "eval" / "gold").glob("*.json")):
        wanted = {norm_text(n) for n in gold_names(json.loads(gold_file.read_text())) if not is_collective(n)}
        source = next((args.shared / "corpus").glob(gold_file.stem + ".*"))
        text = normalise(read_file(source))
        found: collections.Counter[str] = collections.Counter()
        start = time.perf_counter()
        for line in text.split("\n"):
            found.update(norm_text(m.name) for m in find_agencies(line) if not m.collective)
        elapsed += time.perf_counter() - start
        total, hits = total + len(wanted), hits + len(wanted & set(found))
        print(f"{gold_file.stem:28} {len(wanted & set(found)):3}/{len(wanted):<3} missed: {sorted(wanted - set(found))}")
        if args.names:
            print("    others:", [(name, n) for name, n in found.most_common() if name not in wanted])
    print(f"gold agency names found: {hits}/{total} = {hits / max(total, 1):.3f}; scan of every line: {elapsed:.2f} s")


if __name__ == "__main__":
    main()
