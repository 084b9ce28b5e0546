"""Run every snippet under snippets/ and keep its outputs (stdout, figures, notebooks) current.

    python scripts/build_snippets.py            # run what changed
    python scripts/build_snippets.py --force    # run everything
    python scripts/build_snippets.py snippets/ml_coding/kmeans.py

Outputs go to generated/<module>/<name>/ (stdout.txt, figure-N-light.svg, figure-N-dark.svg) and,
for notebook sources, generated/<module>/<name>/<name>.ipynb. A snippet re-runs only when its
source, a project module it imports, the runner, or the lock file changed. A failing snippet keeps
its last good outputs; the build still finishes the others and exits non-zero.

A snippet tunes its own run with a comment line, e.g. `# snippet-build: timeout=120 timing-dependent`.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RUNNER = Path(__file__).resolve().parent / "snippet_runner.py"
SANDBOX = Path(__file__).resolve().parent / "snippet_sandbox.py"
FORKSERVER = Path(__file__).resolve().parent / "snippet_forkserver.py"
PLOT_STYLE = PROJECT_ROOT / "snippets" / "_shared" / "plot_style.py"
LOCK_FILE = PROJECT_ROOT / "uv.lock"

DEFAULT_TIMEOUT = 60.0
DEFAULT_NOTEBOOK_TIMEOUT = 600.0
MAX_OUTPUT_CHARS = 100_000
DIRECTIVE = re.compile(r"^#\s*snippet-build:(?P<options>.*)$", re.MULTILINE)


@dataclass(frozen=True)
class BuildPaths:
    """Where snippets are read and outputs written; tests point these at a scratch project."""

    snippets: Path = PROJECT_ROOT / "snippets"
    generated: Path = PROJECT_ROOT / "generated"
    cache: Path = PROJECT_ROOT / ".cache" / "snippet-build"


@dataclass(frozen=True)
class Snippet:
    source: Path
    name: str  # e.g. "ml_coding/kmeans", relative to the snippets folder, no suffix
    timeout: float
    timing_dependent: bool
    is_notebook: bool


@dataclass
class Outcome:
    snippet: Snippet
    status: str  # "ran", "cached" or "failed"
    seconds: float = 0.0
    message: str = ""
    warnings: str = ""
    changed_files: list[Path] = field(default_factory=list)


class SnippetConfigError(ValueError):
    pass


def parse_options(source: Path, text: str) -> tuple[float | None, bool]:
    """Read `# snippet-build:` options; a bad one fails with its file and line."""
    timeout, timing_dependent = None, False
    for match in DIRECTIVE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        for option in match["options"].split():
            key, _, value = option.partition("=")
            if key == "timeout" and value:
                try:
                    timeout = float(value)
                except ValueError:
                    raise SnippetConfigError(f"{source}:{line}: timeout must be a number of seconds, got {value!r}")
            elif key == "timing-dependent" and not value:
                timing_dependent = True
            else:
                raise SnippetConfigError(
                    f"{source}:{line}: unknown snippet-build option {option!r} "
                    "(known: timeout=SECONDS, timing-dependent)")
    return timeout, timing_dependent


def load_snippet(source: Path, paths: BuildPaths) -> Snippet:
    text = source.read_text(encoding="utf-8")
    timeout, timing_dependent = parse_options(source, text)
    is_notebook = text.startswith("# %%")
    default = DEFAULT_NOTEBOOK_TIMEOUT if is_notebook else DEFAULT_TIMEOUT
    return Snippet(source, snippet_name(source, paths), timeout or default, timing_dependent,
                   is_notebook)


def snippet_name(source: Path, paths: BuildPaths) -> str:
    """e.g. "ml_coding/kmeans": the snippet's path under snippets/, without the suffix."""
    return source.relative_to(paths.snippets).with_suffix("").as_posix()


def discover(paths: BuildPaths) -> list[Path]:
    """Every runnable snippet: .py files, not packages' __init__ and not private helpers."""
    found = []
    for source in sorted(paths.snippets.rglob("*.py")):
        parts = source.relative_to(paths.snippets).parts
        if any(part.startswith(("_", ".")) for part in parts):
            continue
        found.append(source)
    return found


def project_imports(source: Path, snippets_root: Path) -> set[Path]:
    """Files of the `snippets` package that `source` imports, directly or through each other."""
    seen: set[Path] = set()
    pending = [source]
    package_root = snippets_root.parent
    while pending:
        current = pending.pop()
        try:
            tree = ast.parse(current.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue  # the run reports it with its line
        for node in ast.walk(tree):
            modules: list[str] = []
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = current.parent
                    for _ in range(node.level - 1):
                        base = base.parent
                    prefix = ".".join(base.relative_to(package_root).parts)
                    module = f"{prefix}.{node.module}" if node.module else prefix
                else:
                    module = node.module or ""
                modules = [module] + [f"{module}.{alias.name}" for alias in node.names]
            for module in modules:
                if module.split(".")[0] != snippets_root.name:
                    continue
                stem = package_root.joinpath(*module.split("."))
                for candidate in (stem.with_suffix(".py"), stem / "__init__.py"):
                    if candidate.is_file() and candidate not in seen:
                        seen.add(candidate)
                        pending.append(candidate)
    seen.discard(source)
    return seen


def cache_key(snippet: Snippet, paths: BuildPaths) -> str:
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    fixed_inputs = [RUNNER, SANDBOX, PLOT_STYLE, Path(__file__).resolve()]
    if LOCK_FILE.exists():
        fixed_inputs.append(LOCK_FILE)
    for path in fixed_inputs + [snippet.source] + sorted(project_imports(snippet.source, paths.snippets)):
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def run_environment(paths: BuildPaths, cache_dir: Path) -> dict[str, str]:
    """A fixed environment: the same hash seed, clock zone, locale and single-threaded math."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "PYTHONPATH": os.pathsep.join([str(paths.snippets.parent), str(PROJECT_ROOT)]),
        "SNIPPET_ROOT": str(paths.snippets),
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "TZ": "UTC",
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
        "SOURCE_DATE_EPOCH": "0",
        "MPLBACKEND": "Agg",
        "MPLCONFIGDIR": str(cache_dir / "matplotlib"),
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "NUMEXPR_NUM_THREADS": "1",
        "VECLIB_MAXIMUM_THREADS": "1",
        "JUPYTER_PLATFORM_DIRS": "1",
    }
    if "VIRTUAL_ENV" in os.environ:
        env["VIRTUAL_ENV"] = os.environ["VIRTUAL_ENV"]
    return env


def write_if_changed(target: Path, data: bytes) -> bool:
    """Atomically replace `target` with `data`, only when the bytes differ."""
    if target.exists() and target.read_bytes() == data:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, prefix=f".{target.name}.", delete=False) as handle:
        handle.write(data)
    os.chmod(handle.name, 0o644)
    os.replace(handle.name, target)
    return True


def publish(produced: Path, destination: Path) -> list[Path]:
    """Make `destination` hold exactly the produced files; return what changed."""
    changed = []
    new_names = {path.name for path in produced.iterdir() if path.name != "result.json"}
    for name in sorted(new_names):
        if write_if_changed(destination / name, (produced / name).read_bytes()):
            changed.append(destination / name)
    if destination.is_dir():
        for stale in destination.iterdir():
            if stale.is_file() and stale.name not in new_names:
                stale.unlink()
                changed.append(stale)
    return changed


def describe_failure(result: dict, root: Path) -> str:
    def show(path: str) -> str:
        with contextlib.suppress(ValueError):
            return str(Path(path).relative_to(root))
        return path

    frames = result["frames"]
    where = frames[-1]
    lines = [f"{show(where['path'])}:{where['line']}: {result['kind']}: {result['message']}"]
    for frame in frames:
        lines.append(f"    {show(frame['path'])}:{frame['line']} in {frame['function']}")
        if frame["code"]:
            lines.append(f"        {frame['code']}")
    return "\n".join(lines)


STUCK_FRAME = re.compile(r'^\s*File "(?P<path>[^"]+)", line (?P<line>\d+) in (?P<function>\S+)', re.M)
GRACE_FOR_STACK_DUMP = 2.0  # seconds a timed-out runner gets to write where it is stuck


def stuck_at(stack_dump: Path, root: Path, snippets_root: Path) -> str:
    """" at path:line in function" for the innermost snippet frame of a faulthandler dump."""
    text = stack_dump.read_text(encoding="utf-8", errors="replace") if stack_dump.exists() else ""
    for match in STUCK_FRAME.finditer(text):  # faulthandler lists the innermost frame first
        path = Path(match["path"])
        if path.is_relative_to(snippets_root):
            return f", stuck at {path.relative_to(root)}:{match['line']} in {match['function']}"
    return ""


def kill_run_processes(run_id: str) -> None:
    """Kill every process started for one run, including any that left its process group.

    A run's processes inherit SNIPPET_RUN_ID in their environment, which setsid() or a
    double fork does not remove, so this reaches detached children that killpg misses.
    """
    marker = f"SNIPPET_RUN_ID={run_id}".encode()
    proc = Path("/proc")
    if not proc.is_dir():
        return
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environment = (entry / "environ").read_bytes()
        except OSError:
            continue
        if marker in environment.split(b"\0"):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(int(entry.name), signal.SIGKILL)


class ForkServer:
    """Client of `snippet_forkserver.py`: start plain snippets as forks of a warm parent.

    Any failure of the server itself (it cannot start, or dies) makes `start` return None, and
    the caller falls back to starting the runner from scratch: slower, never wrong.
    """

    def __init__(self, env: dict[str, str], cwd: Path, log_path: Path) -> None:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(log_path, "wb")  # noqa: SIM115 - lives as long as the server
        self.process = subprocess.Popen([sys.executable, str(FORKSERVER)], cwd=cwd, env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=self._log, start_new_session=True)
        self._lock = threading.Lock()
        self._next_id = 0
        self._started: dict[int, dict] = {}
        self._exited: dict[int, int] = {}
        self._changed = threading.Condition()
        self._alive = True
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            message = json.loads(line)
            with self._changed:
                if "exited" in message:
                    self._exited[message["exited"]] = message["code"]
                elif "id" in message:
                    self._started[message["id"]] = message
                self._changed.notify_all()
        with self._changed:
            self._alive = False
            self._changed.notify_all()

    def start(self, argv: list[str], cwd: Path, env: dict[str, str], stdout: Path,
              stderr: Path) -> int | None:
        """The pid of a child running `snippet_runner.main(argv)`, or None if the server is down."""
        with self._lock:
            self._next_id += 1
            request_id = self._next_id
            request = {"id": request_id, "argv": argv, "cwd": str(cwd), "env": env,
                       "stdout": str(stdout), "stderr": str(stderr)}
            try:
                self.process.stdin.write((json.dumps(request) + "\n").encode())
                self.process.stdin.flush()
            except (BrokenPipeError, OSError):
                return None
        with self._changed:
            self._changed.wait_for(lambda: request_id in self._started or not self._alive)
            started = self._started.pop(request_id, None)
        return started["pid"] if started else None

    def wait(self, pid: int, timeout: float | None) -> int | None:
        """The child's exit code, or None if it is still running after `timeout` seconds."""
        with self._changed:
            self._changed.wait_for(lambda: pid in self._exited or not self._alive, timeout)
            if pid in self._exited:
                return self._exited.pop(pid)
            if not self._alive:
                return -1  # the server died and cannot report; the run failed
            return None

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self._log.close()


class Child:
    """One run's process, started from scratch or by the fork server, with the same controls."""

    def __init__(self, command: list[str], cwd: Path, env: dict[str, str], stdout: Path,
                 stderr: Path, server: ForkServer | None) -> None:
        self.server, self.process, self.pid = server, None, None
        if server is not None:
            self.pid = server.start(command[2:], cwd, env, stdout, stderr)
        if self.pid is None:
            self.server = None
            with open(stdout, "wb") as out, open(stderr, "wb") as err:
                self.process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=err,
                                                stdin=subprocess.DEVNULL, start_new_session=True)
            self.pid = self.process.pid
        self.returncode: int | None = None

    def wait(self, timeout: float | None) -> bool:
        """True when the process ended within `timeout` seconds."""
        if self.returncode is not None:
            return True
        if self.server is not None:
            self.returncode = self.server.wait(self.pid, timeout)
            return self.returncode is not None
        try:
            self.returncode = self.process.wait(timeout=timeout)
            return True
        except subprocess.TimeoutExpired:
            return False


def run_one(snippet: Snippet, paths: BuildPaths, env: dict[str, str],
            server: ForkServer | None = None) -> Outcome:
    started = time.perf_counter()
    root = paths.snippets.parent
    display = snippet.source.relative_to(root)
    with tempfile.TemporaryDirectory(prefix="snippet-") as scratch_name:
        # The run may write only in its scratch folder: outputs, a working folder, temp files.
        scratch = Path(scratch_name)
        produced, workdir, tmpdir = scratch / "out", scratch / "work", scratch / "tmp"
        for folder in (produced, workdir, tmpdir):
            folder.mkdir()
        run_id = uuid.uuid4().hex
        run_env = dict(env, TMPDIR=str(tmpdir), SNIPPET_RUN_ID=run_id, SNIPPET_WRITABLE=os.pathsep.join(
            [str(scratch), env["MPLCONFIGDIR"]]))
        # Budget for the kernel to start and stop around the cells' own timeout.
        limit = snippet.timeout + (30 if snippet.is_notebook else 0)
        command = [sys.executable, str(RUNNER), str(snippet.source), str(produced),
                   str(MAX_OUTPUT_CHARS), str(snippet.timeout)]
        # Output goes to files, not pipes: a child the snippet left running cannot hold them open
        # and keep the build waiting for an end of file.
        process = Child(command, workdir, run_env, scratch / "stdout.log", scratch / "stderr.log",
                        None if snippet.is_notebook else server)
        timed_out = False
        try:
            timed_out = not process.wait(limit)
            if timed_out:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(process.pid, signal.SIGUSR1)  # faulthandler writes the stuck stack
                process.wait(GRACE_FOR_STACK_DUMP)
        finally:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            kill_run_processes(run_id)
            process.wait(None)
        if timed_out:
            where = stuck_at(scratch / "stack.txt", root, paths.snippets)
            return Outcome(snippet, "failed", time.perf_counter() - started,
                           f"{display}: timed out after its limit of {snippet.timeout:g} s{where} "
                           "(raise it with '# snippet-build: timeout=SECONDS' if the work is real)")
        stderr_text = "\n".join(
            line for line in (scratch / "stderr.log").read_text("utf-8", "replace").splitlines()
            if "Kernel is running over TCP" not in line)[-4000:]
        result_file = produced / "result.json"
        if not result_file.exists():
            return Outcome(snippet, "failed", time.perf_counter() - started,
                           f"{display}: the runner died with exit code {process.returncode}\n"
                           f"{stderr_text}")
        result = json.loads(result_file.read_text(encoding="utf-8"))
        if not result["ok"]:
            return Outcome(snippet, "failed", time.perf_counter() - started,
                           describe_failure(result, root), stderr_text)
        destination = paths.generated / snippet.name
        changed = publish(produced, destination)
    return Outcome(snippet, "ran", time.perf_counter() - started, warnings=stderr_text,
                   changed_files=changed)


@contextlib.contextmanager
def exclusive_lock(cache_dir: Path):
    """One build at a time per cache: `mkdocs serve` and a manual run do not interleave."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    with open(cache_dir / "lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def outputs_present(snippet: Snippet, paths: BuildPaths, entry: dict) -> bool:
    destination = paths.generated / snippet.name
    return all((destination / name).is_file() for name in entry.get("outputs", ["stdout.txt"]))


def use_fork_server(plain_snippets: int, workers: int) -> bool:
    """Whether warming a fork server (about 3 s of imports, once) pays for this many runs.

    SNIPPET_BUILD_FORKSERVER=1 forces it and =0 disables it; by default it starts when every
    worker has at least two plain snippets to run, so editing one snippet stays as fast as ever.
    """
    choice = os.environ.get("SNIPPET_BUILD_FORKSERVER", "auto")
    if choice in ("0", "1"):
        return choice == "1" and plain_snippets > 0
    return plain_snippets >= 2 * workers


PROGRESS_EVERY = 5.0  # seconds between progress lines; a quick build prints none


class Progress:
    """Which snippets run since when: a line every PROGRESS_EVERY seconds."""

    def __init__(self, total: int, show) -> None:
        self.total, self.show = total, show
        self.running: dict[str, float] = {}
        self.done = 0
        self.lock = threading.Lock()
        self.next_report = time.monotonic() + PROGRESS_EVERY

    def run(self, snippet: Snippet, *args) -> Outcome:
        with self.lock:
            self.running[snippet.name] = time.monotonic()
        try:
            return run_one(snippet, *args)
        finally:
            with self.lock:
                del self.running[snippet.name]
                self.done += 1

    def report(self) -> None:
        with self.lock:
            line = f"snippets: {self.done} of {self.total} done"
            if self.running:
                name, since = min(self.running.items(), key=lambda item: item[1])
                elapsed = time.monotonic() - since
                line += f"; slowest running: {name} ({elapsed:.0f} s)"
        self.show(line)
        self.next_report = time.monotonic() + PROGRESS_EVERY


def build(paths: BuildPaths = BuildPaths(), only: list[Path] | None = None, force: bool = False,
          jobs: int | None = None, log=print, progress=None) -> list[Outcome]:
    """Run stale snippets in parallel; return one Outcome per snippet considered.

    `progress` (default: print to stderr) gets a line every PROGRESS_EVERY seconds
    while snippets run: how many are done and the one running longest.
    """
    with exclusive_lock(paths.cache):
        manifest_path = paths.cache / "manifest.json"
        manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
        discovered = discover(paths)
        sources = [p.resolve() for p in only] if only else discovered
        outcomes: list[Outcome] = []
        stale: list[tuple[Snippet, str]] = []
        for source in sources:
            try:
                snippet = load_snippet(source, paths)
            except SnippetConfigError as error:
                outcomes.append(Outcome(Snippet(source, snippet_name(source, paths), 0, False, False), "failed",
                                        message=str(error)))
                continue
            key = cache_key(snippet, paths)
            entry = manifest.get(snippet.name, {})
            if not force and entry.get("key") == key and outputs_present(snippet, paths, entry):
                outcomes.append(Outcome(snippet, "cached", entry.get("seconds", 0.0)))
            else:
                stale.append((snippet, key))

        env = run_environment(paths, paths.cache)
        workers = max(1, jobs or os.cpu_count() or 1)
        server = None
        if use_fork_server(sum(not snippet.is_notebook for snippet, _ in stale), workers):
            server = ForkServer(env, paths.snippets.parent, paths.cache / "forkserver.log")
        with contextlib.ExitStack() as cleanup, ThreadPoolExecutor(max_workers=workers) as pool:
            if server is not None:
                cleanup.callback(server.close)
            tracker = Progress(len(stale), progress or (
                lambda line: print(line, file=sys.stderr, flush=True)))
            futures = [(key, pool.submit(tracker.run, snippet, paths, env, server))
                       for snippet, key in stale]
            pending = {future for _, future in futures}
            while pending:
                until_report = max(0.0, tracker.next_report - time.monotonic())
                _, pending = wait(pending, until_report,
                                  return_when=FIRST_COMPLETED)
                if pending and time.monotonic() >= tracker.next_report:
                    tracker.report()
            for key, future in futures:
                outcome = future.result()
                outcomes.append(outcome)
                if outcome.status == "ran":
                    destination = paths.generated / outcome.snippet.name
                    manifest[outcome.snippet.name] = {
                        "key": key, "seconds": round(outcome.seconds, 3),
                        "timing_dependent": outcome.snippet.timing_dependent,
                        "outputs": sorted(p.name for p in destination.iterdir()),
                    }
        known = {snippet_name(p, paths) for p in discovered}
        manifest = {name: entry for name, entry in manifest.items() if name in known}
        write_if_changed(manifest_path, json.dumps(manifest, indent=1, sort_keys=True).encode())
        remove_orphans(paths, known)
    report(outcomes, log)
    return outcomes


def remove_orphans(paths: BuildPaths, known: set[str]) -> None:
    """Delete outputs of snippets that no longer exist, so no page can show a dead result."""
    if not paths.generated.is_dir():
        return
    for marker in ("stdout.txt", "*.ipynb"):
        for output in list(paths.generated.rglob(marker)):
            folder = output.parent
            if folder.exists() and folder.relative_to(paths.generated).as_posix() not in known:
                shutil.rmtree(folder)


def report(outcomes: list[Outcome], log) -> None:
    failed = [o for o in outcomes if o.status == "failed"]
    ran = [o for o in outcomes if o.status == "ran"]
    cached = [o for o in outcomes if o.status == "cached"]
    for outcome in failed:
        log(f"FAILED {outcome.message}")
        if outcome.warnings.strip():
            log("    stderr:\n" + "\n".join("      " + line for line in outcome.warnings.strip().splitlines()[-15:]))
    for outcome in ran:
        if outcome.warnings.strip():
            log(f"warnings from {outcome.snippet.source.name}:\n    "
                + "\n    ".join(outcome.warnings.strip().splitlines()[-10:]))
    total = sum(o.seconds for o in ran + failed)
    log(f"snippets: {len(ran)} ran, {len(cached)} cached, {len(failed)} failed "
        f"({total:.1f} s of snippet time)")
    slowest = sorted(ran + failed, key=lambda o: o.seconds, reverse=True)[:5]
    if slowest:
        log("slowest: " + ", ".join(f"{o.snippet.name} {o.seconds:.1f} s" for o in slowest))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="snippets to consider (default: all)")
    parser.add_argument("--force", action="store_true", help="ignore the cache and run everything")
    parser.add_argument("--jobs", type=int, default=None, help="parallel runs (default: cores)")
    parser.add_argument("--snippets-dir", type=Path, default=BuildPaths.snippets)
    parser.add_argument("--generated-dir", type=Path, default=BuildPaths.generated)
    parser.add_argument("--cache-dir", type=Path, default=BuildPaths.cache)
    args = parser.parse_args(argv)
    paths = BuildPaths(args.snippets_dir.resolve(), args.generated_dir.resolve(), args.cache_dir.resolve())
    outcomes = build(paths, only=args.paths or None, force=args.force, jobs=args.jobs)
    return 1 if any(o.status == "failed" for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
