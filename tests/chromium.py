"""Pages in a real headless Chromium (Debian's chromium, driven by Playwright): the site a browser test
opens, a page signed in as someone, and screenshots in artifacts/screenshots. The `browser` fixture that
launches Chromium, and `sample_site`, are in conftest.py."""
from __future__ import annotations

import contextlib
import shutil

import pytest

from conftest import ROOT
from servers import serving

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = ROOT / "artifacts" / "screenshots"
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (./test.sh installs it)")


@contextlib.contextmanager
def site(db, folder):
    """The base URL of the web app over `db` (files in `folder`), served on loopback for a module's tests."""
    from vnplan.web.app import create_app
    from vnplan.web.settings import Settings

    with serving(create_app(db, Settings(folder, "s" * 48))) as base:
        yield base


def new_page(browser, **options):
    """A page in a fresh browser context (its own cookies), in Vietnamese."""
    return browser.new_context(locale="vi-VN", **options).new_page()


def sign_in(page, base: str, username: str, password: str) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(lambda url: "/login" not in url)  # each role has its own home page


def signed_in_page(browser, base: str, username: str, password: str, **options):
    """A fresh page (`options` for its context: a viewport, downloads) signed in as `username`."""
    page = new_page(browser, **options)
    sign_in(page, base, username, password)
    return page


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
