"""Reading and extraction of the files to ingest, ahead of the database, in worker processes.

Extraction needs no database, so while the ingest stores one plan, other
processes already read and extract the next ones. Results come back in the
order of the files, at most a few ahead, so memory stays flat however many
files there are. A file that breaks a worker is reported as an error like any
other bad file, and the batch goes on.
"""
from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from .. import model as extracted
from ..errors import VnplanError
from ..extract import extract_plan
from ..normalise import normalise
from ..read import read_bytes
from ..textfold import fold
from .search import tsvector

_PARALLEL_FROM = 8  # files; below this, starting processes costs more than it saves


@dataclass
class ExtractedFile:
    path: Path
    data: bytes
    digest: str
    format: str
    plan: extracted.Plan
    folded: list[str]  # each task's text folded for search, computed here to spare the storing process
    vectors: list[str]  # and its PostgreSQL search vector


@dataclass
class Failure:
    path: Path
    message: str


@dataclass
class AlreadyRegistered:
    path: Path
    digest: str


def digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def extract_file(path: Path, known: frozenset[str] = frozenset()) -> ExtractedFile | Failure | AlreadyRegistered:
    """Read and extract one file, unless its digest is `known`; never raises for a bad file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Failure(path, f"Không đọc được tệp / cannot read: {exc.strerror}")
    digest = digest_of(data)
    if digest in known:
        return AlreadyRegistered(path, digest)
    try:
        raw = read_bytes(data, path)
        plan = extract_plan(normalise(raw), source=str(path))
    except VnplanError as exc:
        return Failure(path, str(exc))
    except Exception as exc:  # a bad file never stops the others
        return Failure(path, f"Lỗi nội bộ / internal error: {type(exc).__name__}: {exc}")
    folded = [fold(task.text) for task in plan.tasks]
    return ExtractedFile(path, data, digest, raw.format, plan, folded, [tsvector(text) for text in folded])


def extract_files(files: list[Path], known: frozenset[str],
                  workers: int | None = None) -> Iterator[ExtractedFile | Failure | AlreadyRegistered]:
    """`extract_file` for each file, in order; in `workers` processes (default: all cores but one)."""
    workers = max(1, (os.cpu_count() or 2) - 1) if workers is None else workers
    if workers < 1 or len(files) < _PARALLEL_FROM:
        yield from (extract_file(path, known) for path in files)
        return
    queued = deque(files)
    while queued:  # a new pool after one breaks
        yield from _extract_in_pool(queued, known, workers)


def _extract_in_pool(queued: deque[Path], known: frozenset[str],
                     workers: int) -> Iterator[ExtractedFile | Failure | AlreadyRegistered]:
    """Extract queued files, taking them off the queue, until it is empty or the pool breaks."""
    with ProcessPoolExecutor(max_workers=workers, initializer=_remember, initargs=(known,)) as pool:
        pending: deque[tuple[Path, Future]] = deque()
        while queued or pending:
            while queued and len(pending) < 2 * workers + 2:
                try:
                    pending.append((queued[0], pool.submit(_extract_in_worker, queued[0])))
                except BrokenProcessPool:
                    break  # what is in flight says so below
                queued.popleft()
            if not pending:
                return
            path, future = pending.popleft()
            try:
                yield future.result()
            except BrokenProcessPool:
                # A file crashed the process (a native library may). Which of those in flight did is not
                # known: each is tried again alone, and the queued ones go to a new pool.
                for lost in [path, *(p for p, _ in pending)]:
                    yield _extract_alone(lost, known)
                return


def _extract_alone(path: Path, known: frozenset[str]) -> ExtractedFile | Failure | AlreadyRegistered:
    with ProcessPoolExecutor(max_workers=1, initializer=_remember, initargs=(known,)) as pool:
        try:
            return pool.submit(_extract_in_worker, path).result()
        except BrokenProcessPool:
            return Failure(path, "Lỗi nội bộ / internal error: the extracting process stopped on this file")


_known_in_worker: frozenset[str] = frozenset()  # set once per worker process, not sent with every file


def _remember(known: frozenset[str]) -> None:
    global _known_in_worker
    _known_in_worker = known


def _extract_in_worker(path: Path) -> ExtractedFile | Failure | AlreadyRegistered:
    return extract_file(path, _known_in_worker)
