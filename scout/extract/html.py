"""HTML to plain text, keeping the reading order and the line structure a person sees.

Block elements end lines, list items start with "- ", table cells are joined with " | ", entities
are decoded by the parser, and script/style/template content is dropped. Evidence offsets with
`--html` point into this text.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
    ]
)
_SKIP = frozenset(
    [
        "script",
        "style",
        "template",
        "noscript",
        "head",
        "svg",
        "iframe",
        "object",
        "button",
        "select",
    ]
)
_CELL = frozenset(("td", "th"))
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n\s*\n\s*\n+")


def html_to_text(html: str) -> str:
    """Readable plain text from an HTML document or fragment; never raises on bad markup."""
    if not html or not html.strip():
        return ""
    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    out: list[str] = []
    # explicit stack instead of recursion: malformed pages can nest thousands deep
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag or ""
        if closing:
            if tag in _CELL:
                out.append(" | ")
            elif tag in _BLOCK:
                _newline(out)
            continue
        if tag == "-text":
            text = node.text_content or ""
            if not text.strip() and (not out or out[-1].endswith("\n")):
                continue  # whitespace between block elements
            out.append(text)
            continue
        if tag in _SKIP or tag.startswith("-"):
            continue
        if tag == "br":
            out.append("\n")
            continue
        if tag in _BLOCK:
            _newline(out)
            if tag == "li":
                out.append("- ")
        stack.append((node, True))
        children = list(node.iter(include_text=True))
        for child in reversed(children):
            stack.append((child, False))
    return _tidy("".join(out))


def _newline(out: list[str]) -> None:
    if out and not out[-1].endswith("\n"):
        out.append("\n")


def _tidy(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if line.endswith("|"):
            line = line.rstrip("| ").rstrip()
        lines.append(line)
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
