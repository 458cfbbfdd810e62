"""The web app in a real headless Chromium (Debian's chromium, driven by Playwright), end to end.

An agency focal point signs in and submits a report with an attachment; the
planning department approves it; the dashboard and calendar show it; the Excel
and Word exports download and contain it. Screenshots of the main pages are
saved in artifacts/screenshots.
"""
import io
from pathlib import Path

import docx
import openpyxl
import pytest

from chromium import SHOTS, needs_chromium, new_page, shot, signed_in_page

pytestmark = needs_chromium


def test_report_approve_dashboard_calendar_exports(sample_site, browser, tmp_path):
    base, _ = sample_site
    attachment = tmp_path / "bien-ban-nghiem-thu.pdf"
    attachment.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")

    agency = signed_in_page(browser, base, "tttt", "mat-khau-tttt", accept_downloads=True)
    shot(agency, "01-tong-quan-can-bo-dau-moi")
    agency.click("text=Kế hoạch")
    agency.click("text=215/KH-UBND")
    agency.click("text=Tham mưu ban hành Quy chế quản lý")
    agency.fill("input[name=percent]", "100")
    agency.select_option("select[name=progress_label]", "hoan_thanh")
    agency.fill("input[name=completed_on]", "15/07/2024")  # after the deadline of 30/06/2024
    agency.fill("textarea[name=result]", "Đã trình UBND tỉnh ban hành Quy chế vận hành Trung tâm IOC")
    agency.fill("textarea[name=difficulties]", "Thiếu nhân lực chuyên trách")
    agency.set_input_files("input[name=attachment]", str(attachment))
    shot(agency, "02-nhap-bao-cao")
    agency.click("button[value=submit]")
    agency.wait_for_selector("text=Đã gửi")
    assert agency.locator("a", has_text="bien-ban-nghiem-thu.pdf").count() == 1
    shot(agency, "03-bao-cao-da-gui")

    planning = signed_in_page(browser, base, "stc", "mat-khau-stc", accept_downloads=True)
    planning.goto(f"{base}/plans/1")
    shot(planning, "04-trang-ke-hoach")
    planning.click("text=Tham mưu ban hành Quy chế quản lý")
    planning.click("button:has-text('Duyệt')")
    planning.wait_for_selector("text=Đã duyệt")
    shot(planning, "05-da-duyet")

    planning.goto(f"{base}/")
    # done on 15/07/2024, after its deadline (30/06/2024): the approved task counts as completed late, 1 of 10 tasks
    assert planning.locator("svg.chart text", has_text="1 (10%)").count() == 1
    assert planning.locator("td.num", has_text="10%").count() == 1  # the plan's completion
    shot(planning, "06-tong-quan")
    planning.goto(f"{base}/calendar")
    row = planning.locator("tr", has_text="Sở Thông tin và Truyền thông")
    assert "1 / 4" in row.first.inner_text()
    shot(planning, "07-lich-bao-cao")

    planning.goto(f"{base}/plans/1")
    with planning.expect_download() as excel:
        planning.click("text=Excel")
    book = openpyxl.load_workbook(io.BytesIO(Path(excel.value.path()).read_bytes()))
    cells = [str(c.value) for row in book["Nhiệm vụ"].iter_rows() for c in row]
    assert any("Trung tâm IOC" in c for c in cells) and any("Thiếu nhân lực" in c for c in cells)
    with planning.expect_download() as word:
        planning.click("text=Word")
    document = docx.Document(io.BytesIO(Path(word.value.path()).read_bytes()))
    text = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Trung tâm IOC" in text and "Hoàn thành quá hạn" in text

    with planning.expect_download() as chart:
        planning.click("figure >> nth=0 >> text=Tải SVG")
    assert Path(chart.value.path()).read_text(encoding="utf-8").startswith("<svg")


def test_agency_user_cannot_reach_another_agencys_report_form(sample_site, browser):
    base, _ = sample_site
    page = signed_in_page(browser, base, "tttt", "mat-khau-tttt")
    page.goto(f"{base}/plans/1")
    page.click("text=Hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm OCOP")
    assert page.locator("form.report-form").count() == 0
    shot(page, "08-nhiem-vu-co-quan-khac")


@pytest.mark.parametrize("width", [360, 390, 414, 1366])
def test_plan_task_agency_inbox_and_rate_pages_never_scroll_sideways(sample_site, browser, width):
    base, _ = sample_site
    page = signed_in_page(browser, base, "stc", "mat-khau-stc", viewport={"width": width, "height": 900})
    page.goto(f"{base}/plans/1")
    page.click("text=Tham mưu ban hành Quy chế quản lý")
    task_url = page.url
    page.goto(f"{base}/calendar")
    agency_url = page.locator("a[href^='/agencies/']").first.get_attribute("href")
    for name, url in (("ke-hoach", f"{base}/plans/1"), ("nhiem-vu", task_url), ("co-quan", f"{base}{agency_url}"),
                      ("lich", f"{base}/calendar"), ("tong-quan", f"{base}/"), ("hop-thu", f"{base}/inbox"),
                      ("ty-le-bao-cao", f"{base}/plans/1/rates"), ("ty-le-toan-tinh", f"{base}/rates")):
        page.goto(url)
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert scroll <= inner, (name, width, scroll, inner)
        shot(page, f"{width}px-{name}")
    page.context.close()


def test_the_plan_table_filters_by_agency_state_and_deadline(sample_site, browser):
    base, _ = sample_site
    page = signed_in_page(browser, base, "stc", "mat-khau-stc", viewport={"width": 390, "height": 900})
    page.goto(f"{base}/plans/1")
    everything = page.locator(".tasks tbody tr").count()
    assert not page.locator(".tasks thead").is_visible()  # on a phone each task is a card
    label = page.evaluate("getComputedStyle(document.querySelector('.tasks td[data-label]:nth-child(3)'), '::before')"
                          ".content")
    assert label == '"Chủ trì: "'
    page.select_option("select[name=agency]", label="Sở Du lịch")
    with page.expect_navigation():  # the filtered page, not the one being left
        page.click(".filters button")
    assert page.locator(".tasks tbody tr").count() == 1 and "Sở Du lịch" in page.locator(".tasks tbody").inner_text()
    page.goto(f"{base}/plans/1?due_by=30/06/2024")
    rows = page.locator(".tasks tbody tr")
    assert 0 < rows.count() < everything and all("/2024" in rows.nth(i).locator("td").nth(4).inner_text()
                                                 for i in range(rows.count()))
    page.goto(f"{base}/plans/1?state=chua_hoan_thanh_trong_han")
    assert "Không có nhiệm vụ nào khớp" in page.locator(".tasks tbody").inner_text()  # every deadline is past
    shot(page, "09-loc-nhiem-vu")


def test_pages_print_without_menus_and_forms(sample_site, browser):
    base, _ = sample_site
    page = signed_in_page(browser, base, "stc", "mat-khau-stc")
    page.goto(f"{base}/plans/1")
    page.emulate_media(media="print")
    assert not page.locator("header.topbar").is_visible() and not page.locator("form.filters").is_visible()
    assert page.locator(".tasks table.data").is_visible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(SHOTS / "ke-hoach-in-a4.pdf"), format="A4")


def test_api_docs_render_offline_from_the_packages_own_assets(sample_site, browser):
    base, _ = sample_site
    page = new_page(browser)
    outside = []

    def only_this_server(route):
        if route.request.url.startswith(base):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_this_server)
    page.goto(f"{base}/api/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=15000)
    assert "vnplan" in page.locator(".swagger-ui .info .title").inner_text()
    assert page.locator(".opblock").count() > 10 and not outside
    shot(page, "10-tai-lieu-api")


def test_a_returned_report_reaches_the_agency_home_and_its_bell(sample_site, browser):
    base, _ = sample_site
    agency = signed_in_page(browser, base, "tttt", "mat-khau-tttt")
    agency.goto(f"{base}/plans/1")
    agency.click("text=Xây dựng kho dữ liệu dùng chung")
    agency.fill("input[name=percent]", "70")
    agency.select_option("select[name=progress_label]", "dang_trien_khai")
    agency.fill("textarea[name=result]", "Đã kết nối cơ sở dữ liệu dân cư")
    agency.click("button[value=submit]")
    agency.wait_for_selector("text=Đã gửi")

    planning = signed_in_page(browser, base, "stc", "mat-khau-stc")
    planning.goto(agency.url)
    planning.fill("input[name=comment][placeholder='Lý do trả lại']", "Bổ sung số liệu kết nối dữ liệu đất đai")
    planning.click("button:has-text('Trả lại')")
    planning.wait_for_selector("text=Bị trả lại")

    agency.goto(f"{base}/home")
    returned = agency.locator("#bi-tra-lai")
    assert "Bổ sung số liệu kết nối dữ liệu đất đai" in returned.inner_text()
    assert "Xây dựng kho dữ liệu dùng chung" in returned.inner_text()
    before = int(agency.locator("#chuong .count").inner_text())
    assert before >= 2  # the overdue period (written when the home was first opened) and this return, at least
    agency.click("#chuong")
    agency.wait_for_url(f"{base}/notifications")
    assert agency.locator("ul.notices li.unread").count() == before  # the bell counted what the list shows
    first = agency.locator("ul.notices li").first  # the newest
    assert "Báo cáo bị trả lại" in first.inner_text()
    assert agency.locator("ul.notices li", has_text="Quá hạn báo cáo").count() == 1
    assert "unread" in first.get_attribute("class")
    assert "Lý do: Bổ sung số liệu kết nối dữ liệu đất đai" in first.inner_text()
    assert agency.locator("ul.notices li.unread").count() == int(agency.locator("#chuong .count").inner_text())
    shot(agency, "11-thong-bao")
    unread = agency.locator("ul.notices li.unread").count()
    first.locator("button").click()  # opens the task, read from now on
    agency.wait_for_url(lambda url: "/tasks/" in url)
    assert "Báo cáo bị trả lại: Bổ sung số liệu" in agency.locator("main").inner_text()
    badge = agency.locator("#chuong .count")
    assert (int(badge.inner_text()) if badge.count() else 0) == unread - 1
    agency.goto(f"{base}/notifications")
    agency.click("text=Đánh dấu tất cả đã đọc")
    agency.wait_for_url(f"{base}/notifications")
    assert agency.locator("#chuong .count").count() == 0 and agency.locator("ul.notices li.unread").count() == 0
