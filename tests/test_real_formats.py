"""The real held-out documents (tests/test_realheldout.py) as the DOCX and PDF a province sends, written from
their portal pages by tests/fixtures/make_real_formats.py and scored against the same gold.

Same ratchet as the markdown: a copy joins `PASSING_FORMATS` once it meets the bars and never leaves it;
every copy is written, extracted and scored on every run, so a crash fails. The copies' figures beside the
markdown's are in README ("Extraction quality").
"""
from pathlib import Path

import pytest

from conftest import load_script
from test_realheldout import DOCUMENTS, FIXTURES, _source
from test_unseen import figures_below_bars

WRITER = load_script(FIXTURES / "make_real_formats.py", "make_real_formats")
PASSING_FORMATS = {
    ("realheldout", "2847e16133f7b987", "docx"), ("realheldout", "2847e16133f7b987", "pdf"),
    ("realheldout", "4f30202155d56bdd", "docx"), ("realheldout", "4f30202155d56bdd", "pdf"),
    ("realheldout", "c5d930a5fc8373cd", "docx"),
    ("realheldout", "d40513a8b25883ec", "docx"), ("realheldout", "d40513a8b25883ec", "pdf"),
    ("realheldout2", "541cde0f8d5ffef3", "docx"), ("realheldout2", "541cde0f8d5ffef3", "pdf"),
    ("realheldout2", "a83fffe08d7aeed7", "docx"), ("realheldout2", "a83fffe08d7aeed7", "pdf"),
}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("gold_set, name", DOCUMENTS)
def test_office_copy_of_a_real_document_meets_the_bars(gold_set, name, fmt, tmp_path):
    if fmt == "pdf" and not WRITER.FONT.exists():
        pytest.skip("DejaVuSans.ttf is needed to write a Vietnamese PDF")
    write = WRITER.write_docx if fmt == "docx" else WRITER.write_pdf
    copy = write(_source(name), tmp_path)
    below = figures_below_bars(FIXTURES / gold_set, name, copy)
    if (gold_set, name, fmt) in PASSING_FORMATS:
        assert not below, f"{name}.{fmt} below bars: {below}"
