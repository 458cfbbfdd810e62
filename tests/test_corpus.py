"""The real corpus in ../shared, scored against the hand-made gold with the shared scorer."""
import importlib.util
import json

import pytest

import vnplan
from conftest import CORPUS, GOLD, require_corpus

# The bars of the extraction issue, per document.
BARS = {"tasks": 0.95, "lead_acc": 0.95, "coord": 0.90, "targets": 0.90, "refs": 0.95, "meta_acc": 0.90, "reporting": 0.80}


def _scorer():
    spec = importlib.util.spec_from_file_location("score", GOLD.parent / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _documents():
    if not GOLD.is_dir():
        return []
    return sorted(p.stem for p in GOLD.glob("*.json"))


@pytest.mark.parametrize("name", _documents() or ["(no corpus)"])
def test_corpus_document_scores(name):
    require_corpus()
    score = _scorer()
    source = next(CORPUS.glob(name + ".*"))
    predicted = json.loads(vnplan.extract(source).to_json())
    gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    result = score.score_doc(predicted, gold)
    below = {k: round(result[k][0] if isinstance(result[k], tuple) else result[k], 3)
             for k, bar in BARS.items() if (result[k][0] if isinstance(result[k], tuple) else result[k]) < bar}
    assert not below, f"{name} below bars: {below}"


def test_the_same_plan_from_two_sources_shares_its_tasks():
    require_corpus()
    pdf_copy = vnplan.extract(CORPUS / "001_502643519977a7af.txt")
    web_copy = vnplan.extract(CORPUS / "003_ae0b408a45954bed.txt")
    assert web_copy.document.number == "24/KH-UBND" and pdf_copy.document.number is None
    leads_pdf = {lead for t in pdf_copy.tasks for lead in t.lead}
    leads_web = {lead for t in web_copy.tasks for lead in t.lead}
    assert len(leads_web & leads_pdf) >= 0.9 * len(leads_web)
