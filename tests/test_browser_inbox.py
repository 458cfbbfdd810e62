"""The inbox and the reporting-rate table in a real headless Chromium.

The planning department approves and returns from its inbox, one report at a time and several at once;
a focal point then sends a report after its due date, and the rate table shows that late cell, an
on-time one and a missing one, each with its words and its colour. Screenshots: inbox.png, rates.png.
"""
import pytest

import reporting_plans as rp
from chromium import needs_chromium, shot, signed_in_page, site as served
from vnplan.register import Database
from vnplan.register.models import ProgressReport

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inbox")
    db = Database(f"sqlite:///{folder / 'vnplan.sqlite'}")
    rp.setup(db, folder)
    sent = {
        "nn-q1": rp.submit(db, "nn", "II.1.1", "2026-Q1", rp.utc(2026, 3, 12, 2)),
        "nn-q2": rp.submit(db, "nn", "II.1.2", "2026-Q2", rp.utc(2026, 6, 12, 2)),
        "yt-q1": rp.submit(db, "yt", "II.3", "2026-Q1", rp.utc(2026, 3, 15, 2)),
        # sent on 10/03/2026, ten days before the first quarter's due date: the on-time cell
        "xd-q1": rp.submit(db, "xd", "II.2", "2026-Q1", rp.utc(2026, 3, 10, 2)),
    }
    with served(db, folder) as base:
        yield base, db, sent


def _status(db, report_id):
    with db.session() as s:
        return s.get(ProgressReport, report_id).status


def test_enter_in_a_reason_box_decides_nothing(site, browser):
    """A reviewer who types why a report goes back and presses Enter has approved nothing: the form's first button,
    which Enter presses, is a disabled one; the reason stays typed for the "Trả lại" button."""
    base, db, sent = site
    page = signed_in_page(browser, base, "stc", rp.PASSWORDS["stc"])
    page.check(f"tr[data-item='report:{sent['nn-q1']}'] input[type=checkbox]")
    page.fill("#duyet input[name=comment]", "Thiếu số liệu cụ thể")
    page.press("#duyet input[name=comment]", "Enter")
    row = page.locator(f"tr[data-item='report:{sent['yt-q1']}']")
    row.locator("input[name=reason]").fill("Chưa nêu kết quả")
    row.locator("input[name=reason]").press("Enter")
    page.wait_for_timeout(500)  # a submission, had there been one, would have left this page by now
    assert page.url == f"{base}/inbox" and page.locator(".outcome").count() == 0
    assert {_status(db, sent[k]) for k in ("nn-q1", "yt-q1")} == {"submitted"}
    assert page.input_value("#duyet input[name=comment]") == "Thiếu số liệu cụ thể"


def test_planning_approves_and_returns_from_the_inbox(site, browser):
    base, db, sent = site
    page = signed_in_page(browser, base, "stc", rp.PASSWORDS["stc"])
    assert page.url == f"{base}/inbox"  # the planning department's home
    assert page.locator("#cho-duyet-nav").inner_text() == "Chờ duyệt (4)"

    row = page.locator(f"tr[data-item='report:{sent['yt-q1']}']")
    row.locator("button", has_text="Duyệt").click()
    page.wait_for_selector(".outcome.done")
    assert _status(db, sent["yt-q1"]) == "approved"

    row = page.locator(f"tr[data-item='report:{sent['nn-q2']}']")
    row.locator("input[name=reason]").fill("Chưa nêu kết quả kiểm tra hồ chứa")
    row.locator("button", has_text="Trả lại").click()
    page.wait_for_selector(".outcome.done")
    assert _status(db, sent["nn-q2"]) == "returned"
    assert "Chưa nêu kết quả kiểm tra hồ chứa" in page.locator("#da-tra-lai").inner_text()

    for key in ("nn-q1", "xd-q1"):
        page.check(f"tr[data-item='report:{sent[key]}'] input[type=checkbox]")
    shot(page, "inbox")
    page.click("button:has-text('Duyệt các báo cáo đã chọn')")
    page.wait_for_selector(".outcome.done")
    assert page.locator(".outcome.done").count() == 2
    assert {_status(db, sent[k]) for k in ("nn-q1", "xd-q1")} == {"approved"}
    assert page.locator("#cho-duyet-nav").inner_text() == "Chờ duyệt (0)"


def test_rate_table_shows_late_missing_and_on_time_cells(site, browser):
    base, db, sent = site
    with db.session() as s:
        task_id = rp.task(s, "II.1.2").id
    focal = signed_in_page(browser, base, "nn", rp.PASSWORDS["nn"])
    focal.goto(f"{base}/tasks/{task_id}?period=2026-Q1")  # its first-quarter report, months after 20/03/2026
    focal.fill("input[name=percent]", "60")
    focal.fill("textarea[name=result]", "Đã kiểm tra 12 hồ chứa xung yếu")
    focal.click("button[value=submit]")
    focal.wait_for_selector("text=Đã gửi")

    page = signed_in_page(browser, base, "stc", rp.PASSWORDS["stc"])
    page.goto(f"{base}/plans/{rp.plan_id(db)}/rates")

    def cell(agency, period):
        return page.locator(f"tr[data-agency='{agency}'] td[data-period='{period}'] .state")

    late = cell("Sở Nông nghiệp và Môi trường", "2026-Q1")
    assert late.inner_text() == "Trễ hạn (2/2)" and "tre_han" in late.get_attribute("class")
    on_time = cell("Sở Xây dựng", "2026-Q1")
    assert on_time.inner_text() == "Đúng hạn (1/1)" and "dung_han" in on_time.get_attribute("class")
    missing = cell("Sở Xây dựng", "2026-Q2")
    assert missing.inner_text() == "Chưa nộp (quá hạn) (0/1)" and "chua_nop" in missing.get_attribute("class")
    colours = {late.evaluate("e => getComputedStyle(e).backgroundColor"),
               on_time.evaluate("e => getComputedStyle(e).backgroundColor"),
               missing.evaluate("e => getComputedStyle(e).backgroundColor")}
    assert len(colours) == 3  # told apart by colour as well as by words
    shot(page, "rates")

    late.click()  # drill down to the reports behind the cell
    page.wait_for_selector("h1:has-text('Báo cáo của Sở Nông nghiệp và Môi trường')")
    assert page.locator("td .state", has_text="Trễ hạn").count() == 1
    assert page.locator("td .state", has_text="Đúng hạn").count() == 1


@pytest.mark.parametrize("width", [390, 1280])
def test_wide_lists_scroll_inside_their_box_not_the_page(site, browser, width):
    """The inbox's lists, the rate tables (a column per period) and the period report keep to the screen, a phone's
    included: a table wider than the screen scrolls in its own box, its buttons reachable."""
    base, db, _ = site
    pages = {"stc": ["/inbox", f"/plans/{rp.plan_id(db)}/rates", "/rates"], "nn": ["/report/2026-Q1"]}
    for who, urls in pages.items():
        page = signed_in_page(browser, base, who, rp.PASSWORDS[who], viewport={"width": width, "height": 900})
        for url in urls:
            page.goto(f"{base}{url}")
            scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert scroll <= inner, (url, width, scroll, inner)
        page.close()
