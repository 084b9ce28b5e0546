"""The hook removes every script that would load code from another host, and only those."""

from __future__ import annotations

import sys

import pytest

from tests.site.conftest import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "scripts"))
import mkdocs_hooks  # noqa: E402

KEPT = '<script>var local = 1;</script><script src="../assets/app.js"></script>'


@pytest.mark.parametrize("external", [
    '<script src="https://cdn.example/lib.js"></script>',
    '<script src="//cdn.example/lib.js"></script>',
    '<script type="module">import m from "https://cdn.example/m.mjs";</script>',
    # mkdocs-jupyter's notebook template loads Mermaid this way
    '<script type="module">\n document.addEventListener("x", async () => {\n'
    '  const m = (await import("https://cdn.example/m.mjs")).default;\n });\n</script>',
])
def test_external_scripts_are_dropped_and_local_ones_kept(external):
    assert mkdocs_hooks.on_post_page(KEPT + external + KEPT, None, None) == KEPT + KEPT
