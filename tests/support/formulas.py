"""What a browser test looks for on an exported page: LaTeX source a reader would see."""

from __future__ import annotations

#: JavaScript run in the page: every piece of text outside code, scripts and typeset MathML
#: that still looks like LaTeX (``$...$``, ``$$``, a command such as ``\frac``, or a braced
#: sub- or superscript such as ``T_{user}``), with a little context. Folded solutions and
#: slides not on screen count too: a reader opens them.
RAW_TEX = r"""() => {
  const tex = /\$\$|\$[^\s$][^$]*\$|\\[A-Za-z]+|[_^]\{/;
  const skip = 'script, style, template, noscript, textarea, pre, code, math';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement || node.parentElement.closest(skip)) continue;
    const match = node.textContent.match(tex);
    if (match) {
      found.push(node.textContent.slice(Math.max(0, match.index - 30), match.index + 40).trim());
    }
  }
  return found;
}"""

#: JavaScript run in the page with a CSS selector (``""``: the whole page): how the browser
#: laid out the MathML in it. ``formulas`` counts its ``<math>`` elements and ``shown`` those
#: on screen (not folded away or on another slide), which get ``data-seen``; ``empty``
#: counts the shown ones drawn with no width or height, ``flat`` the shown fractions whose
#: numerator is not above the denominator (MathML shown as plain text, not typeset).
LAYOUT = r"""(scope) => {
  const inside = selector => Array.from(document.querySelectorAll(
      scope ? scope + ' ' + selector : selector));
  const box = e => e.getBoundingClientRect();
  const maths = inside('math');
  const shown = maths.filter(m => m.getClientRects().length);
  shown.forEach(m => { m.dataset.seen = '1'; });
  const empty = shown.filter(m => !(box(m).width > 0 && box(m).height > 0));
  const fractions = inside('mfrac').filter(f => f.getClientRects().length);
  const flat = fractions.filter(f => box(f.children[0]).bottom > box(f.children[1]).top + 1);
  return {formulas: maths.length, shown: shown.length, empty: empty.length,
          fractions: fractions.length, flat: flat.length};
}"""



def offline(page):
    """Let ``page`` load only ``file:`` and ``data:`` addresses; return the list of the others
    it tried (each one failed)."""
    refused = []

    def route(request_route):
        url = request_route.request.url
        if url.startswith(("file:", "data:")):
            request_route.continue_()
        else:
            refused.append(url)
            request_route.abort()

    page.route("**/*", route)
    return refused
