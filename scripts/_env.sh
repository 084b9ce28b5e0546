# Sourced by scripts/dev, scripts/test and scripts/build-site: install the locked dependencies on
# first use (and whenever a lock file changes), then run everything with the project's interpreter.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export UV_PYTHON_DOWNLOADS=never   # use this machine's Python 3.11, never a downloaded one
export NO_MKDOCS_2_WARNING=1

# A fresh pip install may not have put a `uv` shim on PATH yet; the module always works.
if ! command -v uv >/dev/null 2>&1; then
  if python3 -m uv --version >/dev/null 2>&1; then
    uv() { python3 -m uv "$@"; }
  else
    echo "uv is not installed: run 'python3 -m pip install uv' (see README.md)" >&2
    exit 1
  fi
fi
# Compile bytecode when the lock file changes (the environment sets PYTHONDONTWRITEBYTECODE, so
# without it every snippet process recompiles NumPy, SciPy, ... from source: 8 s instead of 3).
if ! cmp -s uv.lock .venv/.uv-lock.stamp 2>/dev/null; then
  UV_COMPILE_BYTECODE=1 uv sync --locked --quiet
  cp uv.lock .venv/.uv-lock.stamp
else
  uv sync --locked --quiet
fi

# npm ci only when node_modules does not match package-lock.json.
if ! cmp -s package-lock.json node_modules/.package-lock.stamp 2>/dev/null; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.package-lock.stamp
fi
