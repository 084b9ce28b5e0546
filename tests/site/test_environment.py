"""The installed environment the snippet build relies on."""

import importlib.util
from pathlib import Path

import pytest


@pytest.mark.parametrize("module", ["numpy", "scipy", "pandas", "sklearn", "matplotlib"])
def test_heavy_packages_carry_compiled_bytecode(module):
    # Without it (PYTHONDONTWRITEBYTECODE is set here) every snippet process recompiles them.
    source = importlib.util.find_spec(module).origin
    assert Path(importlib.util.cache_from_source(source)).is_file(), (
        f"{module} has no compiled bytecode: scripts/_env.sh installs with UV_COMPILE_BYTECODE=1")
