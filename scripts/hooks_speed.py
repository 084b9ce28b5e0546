"""MkDocs hook: keep a no-op build fast and the search index clean.

- mkdocs-jupyter reads every Markdown page with jupytext before it looks at its
  `include` patterns (about 4 s for the site); a file that no pattern matches is
  now turned away first.
- The search plugin indexes a cleaned copy of each page's HTML (the page itself is
  unchanged): math becomes readable text instead of LaTeX source; notebook prompts
  ("In [1]:"), the copy button's "Copied!" and heading pilcrows go; styles, scripts,
  inline SVG, inlined images and the highlighting spans of code, which add no
  searchable text but most of the parser's work, are dropped before parsing.
"""

from __future__ import annotations

import html
import re
from pathlib import PurePath

from mkdocs.plugins import event_priority

JUPYTER_PLUGIN = "mkdocs-jupyter"
SEARCH_PLUGINS = ("material/search", "search")

NO_TEXT_BLOCK = re.compile(r"<(style|script|svg)\b[^>]*>.*?</\1\s*>",
                           re.DOTALL | re.IGNORECASE)
INLINE_DATA = re.compile(r"""\s(?:src|href)=(["'])data:[^"']*\1""", re.IGNORECASE)
NOTEBOOK_PROMPT = re.compile(
    r'<div class="jp-(?:In|Out)putPrompt[^"]*"[^>]*>[^<]*</div>'
    r'|<span class="notice"[^>]*>\s*Copied!\s*</span>'
    r'|<a class="anchor-link"[^>]*>[^<]*</a>'
    r'|<div class="clipboard-copy-txt"[^>]*>[^<]*</div>')  # the code's hidden copy
# Highlighted code has a tag per token: most of the parser's work, for no text.
CODE_BLOCK = re.compile(r"(<pre\b[^>]*>)(.*?)(</pre>)", re.DOTALL)
HIGHLIGHT_TAG = re.compile(r"<(?!/?code\b)[^>]*>")
ARITHMATEX = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*(?:\\\(|\\\[)(?P<tex>.*?)'
    r'(?:\\\)|\\\])\s*</(?P=tag)>', re.DOTALL)
# Math that arithmatex leaves as typed: notebook Markdown cells (the browser renders
# them) and $...$ it does not take for math, e.g. with a space before the closing $.
DOLLAR_MATH = re.compile(
    r"\$\$(?P<display>.+?)\$\$|(?<![\\$])\$(?P<inline>(?:[^$\n]|\n(?!\s*\n))+?)\$",
    re.DOTALL)
CODE = re.compile(r"(<pre\b.*?</pre>|<code\b.*?</code>)", re.DOTALL)

SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε",
    "varepsilon": "ε", "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "θ",
    "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ",
    "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ",
    "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ",
    "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ",
    "Psi": "Ψ", "Omega": "Ω", "cdot": "·", "times": "×", "div": "÷", "pm": "±",
    "mp": "∓", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠",
    "approx": "≈", "sim": "~", "simeq": "≃", "equiv": "≡", "propto": "∝", "ll": "≪",
    "gg": "≫", "sum": "Σ", "prod": "Π", "int": "∫", "infty": "∞", "partial": "∂",
    "nabla": "∇", "to": "→", "rightarrow": "→", "Rightarrow": "⇒", "leftarrow": "←",
    "implies": "⇒", "iff": "⇔", "mapsto": "↦", "in": "∈", "notin": "∉",
    "subset": "⊂", "subseteq": "⊆", "cup": "∪", "cap": "∩", "emptyset": "∅",
    "forall": "∀", "exists": "∃", "neg": "¬", "land": "∧", "lor": "∨", "wedge": "∧",
    "vee": "∨", "oplus": "⊕", "otimes": "⊗", "odot": "⊙", "circ": "∘", "top": "⊤",
    "perp": "⊥", "mid": "|", "vert": "|", "lvert": "|", "rvert": "|", "Vert": "‖",
    "lVert": "‖", "rVert": "‖", "langle": "⟨", "rangle": "⟩", "lfloor": "⌊",
    "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉", "ldots": "…", "dots": "…",
    "cdots": "⋯", "vdots": "⋮", "ddots": "⋱", "prime": "′", "star": "⋆", "ast": "∗",
    "quad": " ", "qquad": " ", "colon": ":", "lbrace": "{", "rbrace": "}",
}
# Commands that only style, size or space what follows: that is the text.
SILENT_COMMANDS = {
    "left", "right", "big", "Big", "bigg", "Bigg", "displaystyle", "limits",
    "nolimits", "mathbb", "mathbf", "mathrm", "mathcal", "mathit", "mathsf",
    "boldsymbol", "bm", "text", "textbf", "textit", "textrm", "operatorname", "hat",
    "bar", "tilde", "vec", "overline", "underline", "widehat", "widetilde", "mbox",
}
FRACTION = re.compile(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
BINOMIAL = re.compile(r"\\binom\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
SQUARE_ROOT = re.compile(r"\\sqrt\s*(?:\[([^\]]*)\])?\s*\{([^{}]*)\}")
COMMAND = re.compile(r"\\([A-Za-z]+)\s*")
ESCAPED = re.compile(r"\\([{}%$&#_|,;:! ]|\\)")


def latex_as_text(tex: str) -> str:
    """LaTeX as plain readable text: `\\frac{a}{b}` -> `a/b`, `\\alpha` -> `α`."""
    text = html.unescape(tex)
    for _ in range(8):  # innermost first: nested fractions take a few passes
        replaced = FRACTION.sub(lambda m: f"{group(m[1])}/{group(m[2])}", text)
        replaced = BINOMIAL.sub(lambda m: f"C({m[1]}, {m[2]})", replaced)
        replaced = SQUARE_ROOT.sub(
            lambda m: (f"{m[1]}√" if m[1] else "√") + group(m[2]), replaced)
        if replaced == text:
            break
        text = replaced

    def command(match: re.Match) -> str:
        name = match[1]
        if name in SYMBOLS:
            return SYMBOLS[name] + (" " if match[0].endswith(" ") else "")
        if name in SILENT_COMMANDS:
            return ""
        return name + " "  # \log, \max, \arg, \sin: the name reads as the function

    text = re.sub(r"\\(?:begin|end)\{[^{}]*\}", " ", text)
    text = ESCAPED.sub(lambda m: {"\\": "; ", ",": " ", ";": " ", ":": " ", "!": "",
                                  " ": " "}.get(m[1], m[1]), text)
    text = COMMAND.sub(command, text)
    text = re.sub(r"[{}\\]", "", text).replace("&", " ")
    return re.sub(r"\s+", " ", text).strip()


def group(part: str) -> str:
    """A numerator or denominator, in brackets when it is more than one token."""
    part = part.strip()
    return part if re.fullmatch(r"[\w.]+|\\[A-Za-z]+", part) else f"({part})"


def math_as_text(match: re.Match) -> str:
    text = html.escape(latex_as_text(match["tex"]), quote=False)
    return f"<{match['tag']}>{text}</{match['tag']}>"


def dollar_math_as_text(match: re.Match) -> str:
    tex = match["display"] or match["inline"]
    return html.escape(latex_as_text(tex), quote=False)


def code_as_text(match: re.Match) -> str:
    """A code block without its highlighting spans, which the index drops anyway."""
    return match[1] + HIGHLIGHT_TAG.sub("", match[2]) + match[3]


def search_html(content: str, is_notebook: bool) -> str:
    """The page's HTML as the search index should read it."""
    content = NO_TEXT_BLOCK.sub("", content)
    content = CODE_BLOCK.sub(code_as_text, content)
    content = INLINE_DATA.sub("", content)
    content = ARITHMATEX.sub(math_as_text, content)
    if is_notebook:
        content = NOTEBOOK_PROMPT.sub("", content)
    pieces = CODE.split(content)  # prose at even indices, code at odd ones
    for index in range(0, len(pieces), 2):
        pieces[index] = DOLLAR_MATH.sub(dollar_math_as_text, pieces[index])
    return "".join(pieces)


def on_startup(command: str, dirty: bool) -> None:
    """Defined so that `mkdocs serve` keeps this hook between rebuilds."""


def matches_include(plugin, file) -> bool:
    path = file.abs_src_path
    return path is not None and any(
        PurePath(path).match(pattern) for pattern in plugin.config["include"])


def filter_jupyter_pages(plugin) -> None:
    """Let mkdocs-jupyter consider only files its own `include` patterns match."""
    original = plugin.should_include
    if getattr(original, "filtered_by_include", False):
        return

    def should_include(file) -> bool:
        return matches_include(plugin, file) and original(file)

    should_include.filtered_by_include = True
    plugin.should_include = should_include


def index_clean_html(search_index) -> None:
    """Make the search index read `search_html(page.content)`, not the page."""
    original = search_index.add_entry_from_context
    if getattr(original, "reads_clean_html", False):
        return

    def add_entry_from_context(page) -> None:
        content = page.content
        is_notebook = (page.file.abs_src_path or "").endswith(".ipynb")
        page.content = search_html(content or "", is_notebook)
        try:
            original(page)
        finally:
            page.content = content

    add_entry_from_context.reads_clean_html = True
    search_index.add_entry_from_context = add_entry_from_context


@event_priority(-100)  # after the search plugin has made this build's index
def on_config(config):
    jupyter = config.plugins.get(JUPYTER_PLUGIN)
    if jupyter is not None:
        filter_jupyter_pages(jupyter)
    for name in SEARCH_PLUGINS:
        search = config.plugins.get(name)
        if search is not None and hasattr(search, "search_index"):
            index_clean_html(search.search_index)
    return config
