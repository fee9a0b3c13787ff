"""Every explorer draws in Chinese with real glyphs, and without a Chinese font keeps English.

The Chinese edition needs a font with Chinese glyphs (``fonts-noto-cjk`` on Debian and Binder;
PingFang SC or Microsoft YaHei on macOS and Windows). With one installed, each explorer's
figure at its defaults must carry Chinese text and raise no missing-glyph warning (a missing
glyph is drawn as an empty box). Without one, figure text stays English and a hint says once
how to install a font.
"""

from __future__ import annotations

import os
import warnings

import pytest

from explainer.plots import style
from explainer.widgets import all_explorers

EXPLORERS = all_explorers()


def _has_chinese(text):
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _figure_texts(figure):
    texts = [t.get_text() for t in figure.texts]
    for ax in figure.axes:
        texts += [ax.title.get_text(), ax._left_title.get_text(), ax.get_xlabel(), ax.get_ylabel()]
        legend = ax.get_legend()
        if legend is not None:
            texts += [t.get_text() for t in legend.get_texts()]
        texts += [t.get_text() for t in ax.texts]
    return [t for t in texts if t]


def test_a_chinese_font_is_installed_where_the_tests_run():
    if style.cjk_font() is None and not os.environ.get("CI"):
        pytest.skip("no Chinese font here; install fonts-noto-cjk (scripts/test-all does)")
    assert style.cjk_font() in style.CJK_FONTS


@pytest.mark.parametrize("name", sorted(EXPLORERS))
def test_explorer_draws_chinese_with_no_missing_glyph(name, in_language):
    if style.cjk_font() is None:
        pytest.skip("no Chinese font installed")
    in_language("zh")
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r"Glyph \d+ .* missing from font")
        explorer = EXPLORERS[name]()
        try:
            style.png_bytes(explorer.figure)
            texts = _figure_texts(explorer.figure)
            assert any(_has_chinese(t) for t in texts), f"no Chinese text in the figure: {texts}"
            assert _has_chinese(explorer.readout.value), explorer.readout.value
            labels = [c.description for c in explorer.controls.values() if c.description]
            assert labels and all(_has_chinese(label) for label in labels), labels
        finally:
            explorer.close()


def test_the_check_catches_a_missing_glyph(in_language, monkeypatch):
    # with the Chinese font taken away, drawing Chinese text warns about missing glyphs
    import matplotlib

    figure = style.new_figure()
    figure.axes[0].set_title("新质生产力")
    figure.axes[0].title.set_fontfamily(["DejaVu Sans"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with matplotlib.rc_context(style.RC):
            style.png_bytes(figure)
    assert any("missing from font" in str(w.message) for w in caught)


def test_without_a_chinese_font_figures_keep_english(in_language, monkeypatch):
    monkeypatch.setattr(style, "cjk_font", lambda: None)
    monkeypatch.setattr(style, "_warned", [])
    in_language("zh")
    with pytest.warns(UserWarning, match="fonts-noto-cjk"):
        assert style.figure_language() == "en"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert style.figure_language() == "en"  # said once only
        assert style._("Source: {names}") == "Source: {names}"
