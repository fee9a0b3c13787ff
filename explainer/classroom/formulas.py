"""Formulas typeset at export time: the lessons' LaTeX becomes MathML that browsers draw.

JupyterLab typesets ``$...$`` and ``$$...$$`` in markdown cells with MathJax; nbconvert's
pages would load MathJax from a CDN, which an offline page cannot. :func:`typeset_math`
converts every formula of the rendered markdown to MathML with ``latex2mathml`` instead, so
the static site, the student edition's pages and the slide decks show typeset formulas with
no script, no font file and no network: Chromium, Firefox and Safari draw MathML natively,
and screen readers read it. The notebooks themselves are unchanged.

Why MathML and not a vendored KaTeX (measured on the lessons; the numbers are in
``docs/classroom.md``): both typeset all 900 formulas of the English and Chinese lessons
without an error and axe finds nothing on either, but KaTeX loads about 350 KB of script,
style sheet and fonts into every page and typesets after the page has loaded (45–130 ms
here, raw LaTeX until then, and never without JavaScript), while MathML adds 14–25 KB to a
lesson page and nothing else.

Four touches bring latex2mathml's output closer to TeX's spacing in browsers (see
:func:`to_mathml`); the math font is the reader's own, chosen by :data:`MATH_CSS`.
"""

from __future__ import annotations

import re
import warnings
import xml.etree.ElementTree as ET

MATHML_NS = "http://www.w3.org/1998/Math/MathML"

#: A formula in the text of a markdown cell: ``$$...$$`` (display) or ``$...$`` (inline), the
#: delimiters the lessons use. As in pandoc, an inline ``$...$`` starts and ends next to a
#: non-space character, so prices such as "5$ or $ 5" stay text, and ``\$`` is a dollar sign.
#: (nbconvert's markdown reads ``\(`` and ``\[`` as escaped brackets, so those delimiters
#: never reach a page.)
FORMULA = re.compile(
    r"\$\$(?P<display>.+?)\$\$"
    r"|(?<![\\$])\$(?P<inline>(?=\S)[^$]+?(?<=[^\s\\]))\$(?![\w$])",
    re.S)

#: Rendered markdown on nbconvert's pages (the ``lab`` and ``reveal`` templates).
MARKDOWN = ".jp-RenderedMarkdown, .jp-RenderedHTMLCommon.jp-MarkdownOutput"

#: Elements whose text is never a formula.
_NOT_MATH = ("code", "pre", "script", "style", "math", "textarea")

#: Operator names TeX sets upright with a thin space before an argument.
FUNCTION_NAMES = frozenset({"ln", "log", "exp", "sin", "cos", "tan", "min", "max", "det",
                            "dim", "lim", "sup", "inf", "arg", "Pr", "gcd"})
_OPENING = {"(", "[", "{", "|", "\u2016", "\u27e8"}
_THIN_SPACE = "0.1667em"

#: Styles added to a page with formulas: a math font where the system has one (a font with an
#: OpenType MATH table stretches brackets and roots), and display formulas that scroll
#: sideways on a narrow screen instead of widening the page.
MATH_CSS = """<style type="text/css">
math { font-family: "STIX Two Math", "Cambria Math", "Latin Modern Math", "DejaVu Math TeX Gyre", math; }
math[display="block"] { margin: 0.6em 0; }
.explainer-display-math { display: block; overflow-x: auto; overflow-y: hidden; }
code.explainer-math-source { background: #f6f7f9; padding: 0 0.15em; }
</style>
"""


class FormulaWarning(UserWarning):
    """A formula that could not be converted; the page shows its LaTeX source instead."""


def find_formulas(text):
    """Yield ``(match, tex, display)`` for every formula in ``text``, in order.

    Parameters
    ----------
    text : str
        Text of a markdown cell (its source, or the text of a rendered paragraph).

    Examples
    --------
    >>> [(tex, display) for _, tex, display in find_formulas("Demand $P = a - bQ$ and $$x^2$$")]
    [('P = a - bQ', False), ('x^2', True)]
    """
    for match in FORMULA.finditer(text):
        if match["display"] is not None:
            yield match, match["display"], True
        else:
            yield match, match["inline"], False


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def _element(tag, **attributes):
    return ET.Element(f"{{{MATHML_NS}}}{tag}", attributes)


def _text(node):
    return (node.text or "").strip()


def _function_name(node):
    """Whether ``node`` is an operator name such as ``ln`` or ``min``, maybe with limits."""
    if _local(node.tag) in ("msub", "msup", "msubsup", "munder", "mover", "munderover"):
        node = node[0] if len(node) else node
    return _local(node.tag) in ("mi", "mo") and _text(node) in FUNCTION_NAMES


def _opens(node):
    """Whether ``node`` starts with an opening bracket (no space goes before it)."""
    while _local(node.tag) in ("mrow", "msub", "msup", "msubsup") and len(node):
        node = node[0]
    return _local(node.tag) == "mo" and _text(node) in _OPENING


def _tidy(root):
    """Apply TeX's spacing where latex2mathml's MathML differs in browsers (in place)."""
    for node in root.iter():
        name = _local(node.tag)
        text = _text(node)
        if name == "mo" and text in FUNCTION_NAMES:
            # \min, \max: an operator name, not a stretchy operator with wide spacing.
            node.tag = f"{{{MATHML_NS}}}mi"
        elif name == "mo" and text in ("/", "|", "\u2032"):
            # TeX sets a slash, a bar and a prime as ordinary symbols: no space around them.
            node.set("lspace", "0")
            node.set("rspace", "0")
    for parent in list(root.iter()):
        children = list(parent)
        for index, child in enumerate(children):
            if _local(child.tag) == "mo" and _text(child) in ("\u2212", "+"):
                before = children[index - 1] if index else None
                if before is None or (_local(before.tag) == "mo"
                                      and _text(before) not in (")", "]", "}", "|")):
                    child.set("form", "prefix")  # a sign, not a binary operator
            if _local(child.tag) == "msup" and len(child) == 2 and _text(child[1]) == "\u2032":
                # x' as x followed by a prime: the prime glyph is already raised, and as a
                # superscript it would sit far above the letter.
                base, prime = child[0], _element("mo", lspace="0", rspace="0")
                prime.text = "\u2032"
                position = list(parent).index(child)
                parent.remove(child)
                parent.insert(position, prime)
                parent.insert(position, base)
        # A thin space after an operator name followed by its argument (\ln A, \min_k c_k).
        for child in [c for c in children if _function_name(c)]:
            position = list(parent).index(child)
            following = parent[position + 1] if position + 1 < len(parent) else None
            if following is not None and not _opens(following) and _local(following.tag) != "mspace":
                parent.insert(position + 1, _element("mspace", width=_THIN_SPACE))


def to_mathml(tex, display=False):
    """Return the MathML of one LaTeX formula.

    Parameters
    ----------
    tex : str
        The formula without its delimiters, e.g. ``\\frac{a-c}{b(n+1)}``.
    display : bool
        A display formula (``$$...$$``, set on its own line) rather than an inline one.

    Returns
    -------
    str
        A ``<math>`` element (``display="block"`` or ``"inline"``) converted by
        ``latex2mathml``, with TeX's spacing for operator names (a thin space in ``\\ln A``),
        ordinary slashes, bars and primes, and signs (``= -0.5``).

    Raises
    ------
    ValueError
        If latex2mathml cannot convert the formula, or converts it to something else than
        the formula (an unknown command left as text, a fraction missing a part); the
        message quotes the formula.

    Examples
    --------
    >>> to_mathml("x^2")
    '<math xmlns="http://www.w3.org/1998/Math/MathML" display="inline"><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow></math>'
    """
    from latex2mathml.converter import convert

    try:
        mathml = convert(tex, display="block" if display else "inline")
        ET.register_namespace("", MATHML_NS)
        root = ET.fromstring(mathml)
    except Exception as err:  # latex2mathml raises its own errors, and others, on bad input
        raise ValueError(f"cannot typeset the formula {tex!r}: {type(err).__name__}: {err}") from err
    problem = _problem(root)
    if problem:
        raise ValueError(f"cannot typeset the formula {tex!r}: {problem}")
    _tidy(root)
    return ET.tostring(root, encoding="unicode", short_empty_elements=False)


#: How many children each MathML layout element must have.
_ARITY = {"mfrac": 2, "mroot": 2, "msub": 2, "msup": 2, "munder": 2, "mover": 2,
          "msubsup": 3, "munderover": 3}
_COMMAND = re.compile(r"\\[A-Za-z]+")


def _problem(root):
    """Return what is wrong with converted MathML, or ``""``.

    latex2mathml does not raise on every mistake: an unknown command comes out as text
    (``<mi>\\foo</mi>``) and ``\\frac{a}`` as a fraction without a denominator. Both would
    show a reader something other than the formula.
    """
    for node in root.iter():
        name = _local(node.tag)
        command = _COMMAND.search(node.text or "")
        if command:
            return f"unknown command {command.group(0)}"
        if name in _ARITY and len(node) != _ARITY[name]:
            return f"<{name}> with {len(node)} parts instead of {_ARITY[name]} (a missing argument?)"
    return ""


def _replace(soup, node):
    """Replace the text ``node`` by its text and formulas; return ``(typeset, failed)``."""
    from bs4 import BeautifulSoup, NavigableString

    pieces, last, typeset, failed = [], 0, 0, []
    for match, tex, display in find_formulas(str(node)):
        pieces.append(NavigableString(node[last:match.start()]))
        try:
            # An HTML page puts <math> in the MathML namespace by itself.
            mathml = to_mathml(tex, display).replace(f' xmlns="{MATHML_NS}"', "", 1)
            math = BeautifulSoup(mathml, "html.parser")
            if display:
                wrapper = soup.new_tag("span", attrs={"class": "explainer-display-math"})
                wrapper.append(math)
                math = wrapper
            typeset += 1
        except ValueError as err:
            failed.append(str(err))
            math = soup.new_tag("code", attrs={"class": "explainer-math-source"})
            math.string = match.group(0)
        pieces.append(math)
        last = match.end()
    pieces.append(NavigableString(node[last:]))
    for piece in pieces:
        node.insert_before(piece)
    node.extract()
    return typeset, failed


def typeset_math(page_html):
    """Return ``page_html`` with every formula of its rendered markdown as MathML.

    Only text inside rendered markdown cells is read, never code, outputs or existing
    MathML. A formula that cannot be converted keeps its LaTeX source, set in a code font,
    and a :class:`FormulaWarning` names it. A page with formulas gets :data:`MATH_CSS`.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page_html, "html.parser")
    typeset, failed = 0, []
    for block in soup.select(MARKDOWN):
        for node in list(block.find_all(string=FORMULA)):
            if node.parent is None or node.find_parent(_NOT_MATH) is not None:
                continue
            done, errors = _replace(soup, node)
            typeset += done
            failed += errors
    for message in failed:
        warnings.warn(message, FormulaWarning, stacklevel=2)
    if typeset or failed:
        style = BeautifulSoup(MATH_CSS, "html.parser")
        (soup.head or soup).append(style)
    return str(soup)
