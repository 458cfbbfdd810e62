"""Disabling, enabling and resetting accounts in a real headless Chromium, without any script of ours.

"Khóa" on the list opens a page that asks first; confirmed, the account is disabled and its row offers "Kích hoạt
lại", which lets it in again. A reset, confirmed, shows the one-time password; reloading the page shows it no
more and issues no other, so the password already handed over still signs in. Screenshots: admin-xac-nhan-khoa.png,
admin-kich-hoat-lai.png, admin-nhat-ky-tieng-viet.png.
"""
import pytest

from chromium import needs_chromium, shot, sign_in, signed_in_page
from security_world import password, served_world

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with served_world(tmp_path_factory.mktemp("account-admin")) as base:
        yield base


def test_admin_disables_after_confirming_and_enables_again(site, browser):
    admin = signed_in_page(browser, site, "quantri", password("quantri"))
    admin.goto(f"{site}/users")
    admin.click("tr[data-username=ld_a] >> text=Khóa")
    admin.wait_for_url("**/users/*/disable*")
    assert "Khóa tài khoản ld_a?" in admin.inner_text("h1")
    shot(admin, "admin-xac-nhan-khoa")
    admin.click("text=Hủy")  # changing one's mind changes nothing
    admin.goto(f"{site}/users")
    assert "Đang hoạt động" in admin.inner_text("tr[data-username=ld_a]")
    admin.click("tr[data-username=ld_a] >> text=Khóa")
    admin.click("form.confirm button[type=submit]")
    admin.wait_for_url(f"{site}/users")
    assert "Đã khóa" in admin.inner_text("tr[data-username=ld_a]")
    shot(admin, "admin-kich-hoat-lai")
    admin.click("tr[data-username=ld_a] >> text=Kích hoạt lại")
    admin.wait_for_url(f"{site}/users")
    assert "Đang hoạt động" in admin.inner_text("tr[data-username=ld_a]")
    leader = signed_in_page(browser, site, "ld_a", password("ld_a"))
    assert "/login" not in leader.url
    admin.goto(f"{site}/audit")
    enabled = admin.inner_text("tr[data-action='user.enable']")
    assert "Kích hoạt lại tài khoản" in enabled and "Tài khoản ld_a" in enabled and "Đã khóa → Đang hoạt động" in enabled
    shot(admin, "admin-nhat-ky-tieng-viet")


def test_reloading_the_reset_password_page_shows_no_second_password(site, browser):
    admin = signed_in_page(browser, site, "quantri", password("quantri"))
    admin.goto(f"{site}/users")
    admin.click("tr[data-username=ct_a] >> text=Sửa")
    admin.click("text=Cấp lại mật khẩu")
    admin.click("form.confirm button[type=submit]")
    one_time = admin.locator("#mat-khau-moi").input_value()
    admin.reload()
    assert admin.locator("#mat-khau-moi").count() == 0 and "Người dùng ct_a" in admin.inner_text("h1")
    focal = browser.new_context(locale="vi-VN").new_page()
    sign_in(focal, site, "ct_a", one_time)
    assert focal.url.endswith("/password")  # the first password still works, and must now be replaced
