"""Odd and hostile input: extraction finishes with a plan or a clear error, never a traceback."""
import random

import pytest

import vnplan
from conftest import CORPUS, require_corpus


def test_fragments_of_real_plans_never_crash():
    require_corpus()
    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    for _ in range(150):
        text = rng.choice(texts)
        a = rng.randrange(len(text))
        fragment = text[a:a + rng.randrange(20, 6000)]
        try:
            vnplan.extract_text(fragment + "\n")
        except vnplan.NotAPlan:
            pass


def test_hostile_html_is_read_without_running_or_keeping_scripts(tmp_path):
    page = tmp_path / "x.html"
    page.write_text(
        "<html><body>" + "<div>" * 3000 + "Số: 9/KH-UBND" + "</div>" * 3000
        + "<script>while(1){}</script><iframe src='http://example.invalid'></iframe>"
        + "<p onclick='steal()'>KẾ HOẠCH</p><p>II. NHIỆM VỤ</p><p>- Sở Y tế rà soát.</p></body></html>",
        encoding="utf-8",
    )
    try:
        plan = vnplan.extract(page)
    except vnplan.VnplanError:
        return
    assert "while(1)" not in plan.text and "steal" not in plan.text


@pytest.mark.parametrize("text", ["\x00\x01\x02", "|||\n|---|\n", "1.\n2.\n3.", "- \n+ \n* \n(i)\n", "Số: /\nngày 99 tháng 99 năm 9999"])
def test_degenerate_texts(text):
    try:
        vnplan.extract_text(text)
    except vnplan.NotAPlan:
        pass
