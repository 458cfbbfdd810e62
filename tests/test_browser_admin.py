"""Administration in a real headless Chromium.

The administrator moves a focal point to another agency, resets another focal point's password (a page
asks first) while that person is signed in elsewhere (their page then asks them to sign in again, and the
one-time password leads to the change-password page), and narrows the audit log to one user and one action. Screenshots:
admin-sua-nguoi-dung.png, admin-cap-lai-mat-khau.png, admin-nhat-ky-loc.png.
"""
import pytest

from chromium import needs_chromium, shot, sign_in, signed_in_page
from security_world import PROVINCE_A, password, served_world

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with served_world(tmp_path_factory.mktemp("admin")) as base:
        yield base


def test_admin_edits_an_agency_resets_a_password_and_filters_the_audit_log(site, browser):
    admin = signed_in_page(browser, site, "quantri", password("quantri"))
    admin.goto(f"{site}/users")
    admin.click("tr[data-username=ct_a] >> text=Sửa")
    admin.select_option("select[name=agency_id]", label=f"Sở Thông tin và Truyền thông ({PROVINCE_A})")
    admin.fill("input[name=display_name]", "Lê Thị Mai")
    admin.click("form.edit-user button[type=submit]")
    admin.wait_for_load_state()
    chosen = admin.locator("select[name=agency_id] option:checked").inner_text()
    assert chosen == f"Sở Thông tin và Truyền thông ({PROVINCE_A})"
    assert admin.input_value("input[name=display_name]") == "Lê Thị Mai"
    shot(admin, "admin-sua-nguoi-dung")

    focal = signed_in_page(browser, site, "tttt_a", password("tttt_a"))
    assert "/login" not in focal.url
    admin.goto(f"{site}/users")
    admin.click("tr[data-username=tttt_a] >> text=Sửa")
    admin.click("text=Cấp lại mật khẩu")
    admin.wait_for_url("**/users/*/reset*")  # a page asks first
    admin.click("form.confirm button[type=submit]")
    one_time = admin.locator("#mat-khau-moi").input_value()
    assert len(one_time) >= 12
    shot(admin, "admin-cap-lai-mat-khau")
    focal.goto(f"{site}/plans")
    assert "/login" in focal.url  # the session opened before the reset has ended
    sign_in(focal, site, "tttt_a", one_time)
    assert focal.url.endswith("/password")  # a one-time password opens only the page that replaces it

    admin.goto(f"{site}/audit")
    admin.select_option("select[name=user]", "ct_a")
    admin.click("form.filters button[type=submit]")
    admin.wait_for_url("**/audit?*user=ct_a*")
    actions = admin.locator("table.audit tbody tr").evaluate_all("rows => rows.map(r => r.dataset.action)")
    assert actions == ["user.update", "user.create"]
    assert "Lê Thị Mai" in admin.locator("tr[data-action='user.update']").inner_text()  # the after value
    admin.select_option("select[name=user]", "tttt_a")
    admin.select_option("select[name=action]", "user.reset")
    admin.click("form.filters button[type=submit]")
    admin.wait_for_url("**/audit?*action=user.reset*")
    rows = admin.locator("table.audit tbody tr")
    assert rows.count() == 1 and "quantri" in rows.first.inner_text()
    shot(admin, "admin-nhat-ky-loc")
