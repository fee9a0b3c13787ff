"""The browser tests' own set-up: a missing chromium skips locally and fails in CI."""

import pytest

from support import browser as browser_support


@pytest.fixture
def no_chromium(monkeypatch, tmp_path):
    monkeypatch.setattr(browser_support.shutil, "which", lambda name: None)
    monkeypatch.setattr(browser_support, "CHROMIUM", str(tmp_path / "no-chromium"))
    for name in ("CI", "EXPLAINER_REQUIRE_BROWSER"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_missing_chromium_skips_outside_ci(no_chromium):
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        browser_support.find_chromium()


@pytest.mark.parametrize("name, value", [("CI", "true"), ("CI", "1"),
                                         ("EXPLAINER_REQUIRE_BROWSER", "1")])
def test_missing_chromium_fails_in_ci(no_chromium, name, value):
    no_chromium.setenv(name, value)
    with pytest.raises(pytest.fail.Exception, match="is a failure"):
        browser_support.find_chromium()


def test_chromium_found_on_the_path(monkeypatch, tmp_path):
    fake = tmp_path / "chromium"
    fake.write_text("")
    monkeypatch.setattr(browser_support.shutil, "which", lambda name: str(fake))
    assert browser_support.find_chromium() == str(fake)


def test_ci_false_does_not_require_a_browser(no_chromium):
    no_chromium.setenv("CI", "false")
    assert not browser_support.browser_required()
