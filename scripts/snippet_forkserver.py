"""A warm parent for snippet runs: import the heavy libraries once, fork a fresh child per snippet.

Started by `build_snippets.py` with the build's fixed environment; it reads one JSON request per
line on stdin and answers on stdout:

    {"id": 3, "argv": [...], "cwd": "...", "env": {...}, "stdout": "...", "stderr": "..."}
    -> {"id": 3, "pid": 4242}            when the child is started
    -> {"exited": 4242, "code": 0}       when it ends

Each child starts its own session, points its standard streams at the request's files, takes the
request's environment and working folder, and runs `snippet_runner.main`, exactly as a runner
started from scratch would; only the import time is saved (about 3 s a snippet). Plain snippets
use it; notebooks, whose cells run in a kernel process anyway, do not.
"""

from __future__ import annotations

import json
import os
import select
import sys
import tempfile
import traceback

PRELOAD = ["numpy", "scipy", "scipy.linalg", "scipy.optimize", "scipy.sparse", "scipy.special",
           "scipy.stats", "pandas", "sklearn", "sklearn.base", "sklearn.datasets",
           "sklearn.linear_model", "sklearn.metrics", "sklearn.model_selection",
           "sklearn.preprocessing", "matplotlib", "matplotlib.pyplot"]


def preload() -> None:
    import importlib

    # Tests of the fork server itself name a lighter list; the build uses the full one.
    override = os.environ.get("SNIPPET_FORKSERVER_PRELOAD")
    for name in override.split(",") if override else PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # a snippet that needs it will say so itself


def reply(message: dict) -> None:
    os.write(1, (json.dumps(message) + "\n").encode())


def run_child(request: dict) -> None:
    """In the forked child: become a fresh, isolated snippet process, run, and exit."""
    code = 1
    try:
        os.setsid()  # its own process group, which the build kills on a timeout
        for fd, path, flags in ((0, os.devnull, os.O_RDONLY),
                                (1, request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
                                (2, request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)):
            opened = os.open(path, flags, 0o644)
            os.dup2(opened, fd)
            os.close(opened)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        tempfile.tempdir = None  # read TMPDIR again
        import snippet_runner  # sys.path[0] is scripts/, as for a runner started from scratch

        snippet_runner.main(request["argv"])
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # noqa: BLE001 - the runner reports snippet errors; this is its own
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # noqa: BLE001
                pass
        os._exit(code)


def serve() -> None:
    preload()
    reply({"ready": True})
    pending = b""
    while True:
        readable, _, _ = select.select([0], [], [], 0.05)
        if readable:
            data = os.read(0, 1 << 16)
            if not data:
                return  # the build has gone; its children are its to clean up
            pending += data
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                request = json.loads(line)
                pid = os.fork()
                if pid == 0:
                    run_child(request)
                reply({"id": request["id"], "pid": pid})
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            reply({"exited": pid, "code": os.waitstatus_to_exitcode(status)})


if __name__ == "__main__":
    serve()
