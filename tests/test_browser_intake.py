"""Adding a plan and the period report in a real headless Chromium (Debian's chromium, driven by Playwright).

The planning department uploads a Word plan, corrects a lead on the review screen
and registers it; the task then shows the corrected lead on the plan and task pages.
A focal point is refused an empty period report, then fills several lines and
submits them together. Screenshots go to artifacts/screenshots.
"""

from chromium import needs_chromium, shot, signed_in_page
from test_intake import TASKS, plan_docx

pytestmark = needs_chromium


def test_planning_uploads_corrects_a_lead_and_registers(sample_site, browser, tmp_path):
    base, _ = sample_site
    upload = tmp_path / "ke-hoach-cai-cach-hanh-chinh.docx"
    # a plan of the planning department's own province, with no task for the focal point of the next test
    upload.write_bytes(plan_docx([t for t in TASKS if "Thông tin và Truyền thông" not in t], province="Quảng Bình"))
    page = signed_in_page(browser, base, "stc", "mat-khau-stc")
    page.click("text=Nhập kế hoạch")
    page.set_input_files("input[name=file]", str(upload))
    page.click("button:has-text('Tải lên và trích xuất')")
    page.wait_for_url(f"{base}/intake/*")
    assert page.locator("text=Kế hoạch mới").count() == 1
    page.click("tr[data-task='II.2'] >> a")  # the task's text is highlighted in the source
    assert page.locator("mark#chon", has_text="Sở Tư pháp chủ trì rà soát").count() == 1
    # an agency's name is read whole in its box ("Sở Nông nghiệp và Phát triển nông thôn" ≈ 40 characters)
    assert page.locator("input[name='task-II.2-coordinators']").bounding_box()["width"] >= 200
    page.fill("input[name='task-II.2-lead']", "Sở Nội vụ")
    page.click("button:has-text('Lưu sửa đổi')")
    page.wait_for_selector("text=Đã lưu các sửa đổi")
    assert page.locator("tr[data-task='II.2'] .tag", has_text="đã sửa").count() == 1
    shot(page, "intake_review")
    page.click("button:has-text('Đăng ký kế hoạch')")
    page.wait_for_url(f"{base}/plans/*")
    row = page.locator("tr", has_text="rà soát, đề xuất bãi bỏ")
    assert "Sở Nội vụ" in row.inner_text() and "Sở Tư pháp" not in row.locator("td").nth(2).inner_text()
    assert row.locator(".tag", has_text="đã sửa").count() == 1
    row.locator("a", has_text="rà soát").click()
    page.wait_for_url(f"{base}/tasks/*")
    assert page.locator("dd", has_text="Sở Nội vụ").first.inner_text() == "Sở Nội vụ"


def test_focal_point_fills_and_submits_a_period_report(sample_site, browser):
    base, _ = sample_site
    page = signed_in_page(browser, base, "tttt", "mat-khau-tttt")
    page.click("text=Báo cáo theo kỳ")
    page.goto(f"{base}/report/2024-Q2")
    page.click("button:has-text('Gửi báo cáo')")  # nothing filled in
    assert page.locator(".alert", has_text="Báo cáo trống").count() == 1

    first = page.locator("tr[data-line]", has_text="Tham mưu ban hành Quy chế")
    first.locator("select").select_option("hoan_thanh")
    first.locator("input[aria-label='Tỷ lệ hoàn thành']").fill("100")
    first.locator("input[aria-label='Ngày hoàn thành']").fill("25/06/2024")
    first.locator("textarea[aria-label='Kết quả thực hiện']").fill("Đã trình UBND tỉnh ban hành Quy chế vận hành")
    second = page.locator("tr[data-line]", has_text="Tổ chức tuyên truyền")
    second.locator("select").select_option("dang_trien_khai")
    second.locator("textarea[aria-label='Kết quả thực hiện']").fill("Đã phát 8 chuyên mục trên báo, đài của tỉnh")
    page.click("button:has-text('Lưu nháp')")
    page.wait_for_selector("text=Đã lưu 2 dòng")
    assert page.locator("tr[data-line] .tag", has_text="Bản nháp").count() == 2

    third = page.locator("tr[data-line]", has_text="Xây dựng kho dữ liệu dùng chung")
    third.locator("select").select_option("dang_trien_khai")
    third.locator("input[aria-label='Tỷ lệ hoàn thành']").fill("70")
    asked = []  # the two saved drafts would go too: the page says so first, and "Cancel" sends nothing
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.click("button:has-text('Gửi báo cáo')")
    assert "cả 2 dòng đã lưu nháp" in asked[0]
    assert page.locator("tr[data-line] .tag", has_text="Bản nháp").count() == 2
    assert third.locator("input[aria-label='Tỷ lệ hoàn thành']").input_value() == "70"
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("button:has-text('Gửi báo cáo')")
    page.wait_for_selector("text=Đã lưu 3 dòng và gửi Sở Tài chính")
    assert page.locator("tr[data-line] .tag", has_text="Đã gửi").count() == 3
    assert page.locator("tr[data-line]", has_text="Tham mưu ban hành Quy chế").locator("td", has_text="25/06/2024").count() == 1
    shot(page, "period_report")
    page.locator("tr[data-line]", has_text="Xây dựng kho dữ liệu dùng chung").locator("button", has_text="Rút lại").click()
    page.wait_for_url(f"{base}/report/2024-Q2")
    assert page.locator("tr[data-line] .tag", has_text="Đã gửi").count() == 2
    page.click("text=Việc của tôi")
    page.wait_for_url(f"{base}/home")
    assert page.locator("h2", has_text="Quá hạn chưa báo cáo (3)").count() == 1  # 3 of 5 lines sent, 1 withdrawn
    shot(page, "agency_home")


def test_leaving_a_period_report_with_lines_typed_asks_first(sample_site, browser):
    """Choosing another period reloads the page: with lines typed and not saved, the browser asks before leaving,
    and staying keeps what was typed."""
    base, _ = sample_site
    page = signed_in_page(browser, base, "tttt", "mat-khau-tttt")
    page.goto(f"{base}/report/2024-Q2")
    asked = []
    page.on("dialog", lambda dialog: (asked.append(dialog.type), dialog.dismiss()))
    result = page.locator("textarea[aria-label='Kết quả thực hiện']").first  # a line still open (another test sends some)
    result.fill("Đã phát 3 chuyên mục")
    other = page.eval_on_selector("select[name=ky]", "s => [...s.options].map(o => o.value).find(v => v !== '2024-Q2')")
    page.select_option("select[name=ky]", other)
    page.wait_for_timeout(500)
    assert asked == ["beforeunload"] and page.url == f"{base}/report/2024-Q2"
    assert result.input_value() == "Đã phát 3 chuyên mục"
    page.close()


def test_discarding_a_draft_asks_first(sample_site, browser, tmp_path):
    base, _ = sample_site
    upload = tmp_path / "ke-hoach-huy.docx"
    upload.write_bytes(plan_docx(TASKS[:2], province="Quảng Bình"))
    page = signed_in_page(browser, base, "stc", "mat-khau-stc")
    page.goto(f"{base}/intake")
    page.set_input_files("input[name=file]", str(upload))
    page.click("button:has-text('Tải lên và trích xuất')")
    page.wait_for_url(f"{base}/intake/*")
    review, asked = page.url, []

    def answer(dialog, accept: bool):
        asked.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    page.once("dialog", lambda dialog: answer(dialog, False))
    page.click("button:has-text('Hủy bản nháp')")
    assert page.url == review and page.locator("button:has-text('Đăng ký kế hoạch')").count() == 1  # kept
    page.once("dialog", lambda dialog: answer(dialog, True))
    page.click("button:has-text('Hủy bản nháp')")
    page.wait_for_url(f"{base}/intake")
    assert len(asked) == 2 and asked[0].startswith("Hủy bản nháp này?")
    assert page.goto(review).status == 404  # discarded


def test_the_period_report_is_one_card_per_line_on_a_phone(sample_site, browser):
    """At 390 px the status list and the result box were 35–37 px wide: each line is a card, its fields full width."""
    base, _ = sample_site
    page = signed_in_page(browser, base, "tttt", "mat-khau-tttt", viewport={"width": 390, "height": 844})
    page.goto(f"{base}/report/2024-Q2")
    line = page.locator("tr[data-line]:has(select)").first  # a line still open for writing
    assert not page.locator("table.period-lines thead").is_visible()
    for field in ("select", "textarea[aria-label='Kết quả thực hiện']"):
        assert line.locator(field).bounding_box()["width"] >= 250, field
    scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert scroll <= inner
    shot(page, "390px-bao-cao-theo-ky")
    page.context.close()
