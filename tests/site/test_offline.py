"""No file of the built site makes a browser fetch anything from another host."""

from __future__ import annotations

import re

import pytest

# needs the whole site build; in one xdist group, so that one worker builds the site once for all of them
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("built_site")]

# Places where a URL is loaded rather than merely linked to: script/img/iframe/source src,
# stylesheet and preload links, CSS url() and @import, and ES module imports.
LOADED_URL = re.compile(
    r"""<(?:script|img|iframe|source|audio|video|embed)\b[^>]*?\bsrc\s*=\s*["']?(?P<src>(?:https?:)?//[^"'\s>]+)"""
    r"""|<link\b(?=[^>]*\brel\s*=\s*["']?(?:stylesheet|preload|modulepreload|icon|manifest))[^>]*?\bhref\s*=\s*["']?(?P<href>(?:https?:)?//[^"'\s>]+)"""
    r"""|url\(\s*["']?(?P<css>(?:https?:)?//[^"')\s]+)"""
    r"""|@import\s+["'](?P<imp>(?:https?:)?//[^"']+)"""
    r"""|\b(?:import|from)\s*\(?\s*["'](?P<mod>https?://[^"']+)""",
    re.IGNORECASE)


def test_no_built_file_loads_from_another_host(built_site):
    offenders = []
    for path in sorted(built_site.rglob("*")):
        if path.suffix not in {".html", ".css", ".js"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in LOADED_URL.finditer(text):
            url = next(group for group in match.groups() if group)
            if "127.0.0.1" in url or "localhost" in url:
                continue
            offenders.append(f"{path.relative_to(built_site)}: {url}")
    assert not offenders, f"{len(offenders)} loads from other hosts:\n" + "\n".join(offenders[:40])
