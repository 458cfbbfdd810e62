"""The second held-out set (tests/fixtures/heldout2), scored against its hand-made gold with the shared scorer.

The first held-out set has been looked at while rules were written, so it no longer measures extraction
on documents nobody has seen. These ten plans differ from it and from the corpus in genre, issuer and
layout (see fixtures/heldout2/NOTES.md). Same ratchet as tests/test_unseen.py: a plan joins `PASSING` once
it meets the bars and never leaves it; every plan is extracted and scored on every run, so a crash fails.
"""
from pathlib import Path

import pytest

from test_unseen import check_gold, figures_below_bars

HELDOUT2 = Path(__file__).resolve().parent / "fixtures" / "heldout2"
PLANS = sorted(p.stem for p in HELDOUT2.glob("*.json"))
PASSING: set[str] = {
    "01_kh_tinh_nuoc_sach_pdf",
    "02_kh_bo_cong_thuong",
    "03_ctr_hanh_dong_phu_luc_bang",
    "04_qd_chu_tich_ban_hanh_kh_thien_tai",
    "06_tb_ket_luan_chu_tich_tinh",
    "07_kh_huyen_nong_thon_moi",
    "08_md_cong_thong_tin_an_toan_thuc_pham",
    "10_kh_viec_lam_giam_ngheo_bao_cao",
}


def test_the_set_is_complete():
    assert len(PLANS) == 10
    assert {p.stem for p in HELDOUT2.glob("*.txt")} == set(PLANS)


@pytest.mark.parametrize("name", PLANS)
def test_gold_quotes_its_source_and_keeps_the_schema(name):
    check_gold(HELDOUT2, name)


@pytest.mark.parametrize("name", PLANS)
def test_heldout_plan_meets_the_bars(name):
    below = figures_below_bars(HELDOUT2, name)
    if name in PASSING:
        assert not below, f"{name} below bars: {below}"
