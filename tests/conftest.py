from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
GOLD = ROOT.parent / "shared" / "eval" / "gold"
SAMPLE = ROOT / "src" / "vnplan" / "samples" / "ke-hoach-mau.txt"


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def require_corpus():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
