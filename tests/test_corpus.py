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


# The ratchet: every document listed here must stay at or above every bar. A document joins the
# list when it reaches the bars and never leaves it; the bars are never lowered.
PASSING = [
    "000_5489cbd1903e62be",
    "001_502643519977a7af",
    "002_09455292e9c7e39e",
    "003_ae0b408a45954bed",
    "004_05e3fa0bd3f85029",
    "005_web_172-KH-UBND",
    "006_web_254-QD-UBND",
    "007_web_141-KH-UBND",
    "008_web_160-KH-UBND",
    "009_web_174-KH-UBND",
    "010_web_179-KH-UBND",
    "011_web_2623-QD-TTg",
    "012_web_2853-QD-UBND",
    "013_web_2820-QD-UBND",
    "014_web_010-CT-UBND",
    "015_web_631-TB-VPCP",
]


def _score(name: str) -> dict:
    score = _scorer()
    source = next(CORPUS.glob(name + ".*"))
    predicted = json.loads(vnplan.extract(source).to_json())
    gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    result = score.score_doc(predicted, gold)
    return {k: (v[0] if isinstance(v, tuple) else v) for k, v in result.items() if k in BARS}


@pytest.mark.parametrize("name", PASSING)
def test_passing_document_stays_above_the_bars(name):
    require_corpus()
    below = {k: round(v, 3) for k, v in _score(name).items() if v < BARS[k]}
    assert not below, f"{name} below bars: {below}"


def test_every_gold_document_is_scored_without_error():
    """Documents not yet on the list are still extracted and scored: no crash, a plan for each."""
    require_corpus()
    names = sorted(p.stem for p in GOLD.glob("*.json"))
    assert set(PASSING) <= set(names)
    for name in names:
        assert set(_score(name)) == set(BARS)


def test_the_same_plan_from_two_sources_shares_its_tasks():
    require_corpus()
    pdf_copy = vnplan.extract(CORPUS / "001_502643519977a7af.txt")
    web_copy = vnplan.extract(CORPUS / "003_ae0b408a45954bed.txt")
    assert web_copy.document.number == "24/KH-UBND" and pdf_copy.document.number is None
    leads_pdf = {lead for t in pdf_copy.tasks for lead in t.lead}
    leads_web = {lead for t in web_copy.tasks for lead in t.lead}
    assert len(leads_web & leads_pdf) >= 0.9 * len(leads_web)


# The bars the issue sets for the same plans in other layouts (means over a layout), held here by each document.
LAYOUT_BARS = {"tasks": 0.93, "lead_acc": 0.90, "overall": 0.93}


@pytest.fixture(scope="module")
def relaid_corpus(tmp_path_factory):
    """The corpus as the shared `layouts.py` re-lays it (PDF text, one paragraph a line, a web page's markdown, other
    labels), each variant beside its gold."""
    require_corpus()
    from conftest import load_script
    layouts = load_script(GOLD.parent / "layouts.py", "layouts")
    out = tmp_path_factory.mktemp("layouts")
    layouts.make(str(CORPUS), str(GOLD), str(out), 1)
    return out, layouts.SCORER_KEYS


def test_every_document_meets_the_layout_bars_in_every_layout(relaid_corpus):
    """The same words in another layout give the same plan: no document falls below the bars in any layout (a rule
    that reads a page's number as a footer's neighbour once dropped a table's cells in the PDF layout)."""
    out, keys = relaid_corpus
    score = _scorer()
    below = {}
    for gold_path in sorted(out.glob("*.json")):
        predicted = json.loads(vnplan.extract(gold_path.with_suffix(".txt")).to_json())
        result = score.score_doc(predicted, json.loads(gold_path.read_text(encoding="utf-8")))
        values = {k: (v[0] if isinstance(v, tuple) else v) for k, v in result.items() if k in keys}
        values["overall"] = sum(values[k] for k in keys) / len(keys)
        failing = {k: round(values[k], 3) for k, bar in LAYOUT_BARS.items() if values[k] < bar}
        if failing:
            below[gold_path.stem] = failing
    assert not below, f"below the layout bars: {below}"
