"""Projector mode at 1366 x 768: the figure fills the width and every text is at least 16 px."""

from __future__ import annotations


import pytest

from explainer.classroom import apps
from explainer.plots import style

VIEWPORT = (1366, 768)
MIN_PX = 16.0


def smallest_text_pt(explorer):
    """Smallest font size (points) of the visible, non-empty texts of an explorer's figure."""
    from matplotlib.text import Text

    sizes = [t.get_fontsize() for t in explorer.figure.findobj(Text)
             if t.get_visible() and t.get_text().strip()
             and all(a.get_visible() for a in [getattr(t, "axes", None)] if a is not None)]
    return min(sizes)


def rendered_px(points, natural_width, rendered_width, dpi=style.DPI):
    """Rendered height in CSS pixels of ``points`` text in a PNG shown at ``rendered_width``."""
    if natural_width <= 0 or rendered_width <= 0:
        raise ValueError("natural_width and rendered_width must be > 0")
    return points * dpi / 72 * rendered_width / natural_width


def test_rendered_px_scales_with_the_displayed_width():
    assert rendered_px(9, 720, 720) == pytest.approx(12.5)
    assert rendered_px(9, 720, 1440) == pytest.approx(25.0)
    with pytest.raises(ValueError, match="natural_width"):
        rendered_px(9, 0, 100)


def test_projector_css_sets_large_type_and_full_width():
    assert "width: 100% !important" in apps.PROJECTOR_CSS
    assert "--jp-widgets-font-size: 18px" in apps.PROJECTOR_CSS


@pytest.mark.browser
@pytest.mark.slow
def test_every_app_fills_the_projector_width_with_readable_text(voila_server, chromium_page):
    from explainer.widgets import all_explorers
    from support.browser import open_app

    explorers = all_explorers()
    smallest = {}
    for name, cls in explorers.items():
        explorer = cls()
        smallest[name] = smallest_text_pt(explorer)
        explorer.close()
    measured = {}
    page = chromium_page(*VIEWPORT)
    for name in sorted(explorers):
        open_app(page, voila_server, name)
        measured[name] = page.evaluate("""() => {
            const img = document.querySelector('img.explainer-figure');
            const px = sel => Array.from(document.querySelectorAll(sel))
                .filter(e => e.offsetParent !== null && e.textContent.trim())
                .map(e => parseFloat(getComputedStyle(e).fontSize));
            return {viewport: document.documentElement.clientWidth,
                    width: img.getBoundingClientRect().width, natural: img.naturalWidth,
                    controls: px('.explainer-controls .widget-label, .explainer-controls .widget-readout, .explainer-controls select, .explainer-controls button'),
                    readout: px('.explainer-readout p')};
        }""")
    problems = []
    for name, m in measured.items():
        share = m["width"] / m["viewport"]
        figure_px = rendered_px(smallest[name], m["natural"], m["width"])
        if share < 0.9:
            problems.append(f"{name}: figure is {share:.0%} of the width")
        if figure_px < MIN_PX:
            problems.append(f"{name}: smallest figure text {figure_px:.1f} px")
        if not m["controls"] or min(m["controls"]) < MIN_PX:
            problems.append(f"{name}: control text {m['controls']}")
        if not m["readout"] or min(m["readout"]) < MIN_PX:
            problems.append(f"{name}: readout text {m['readout']}")
    print({n: (round(m["width"] / m["viewport"], 3),
               round(rendered_px(smallest[n], m["natural"], m["width"]), 1))
           for n, m in measured.items()})
    assert problems == []
