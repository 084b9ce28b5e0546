"""Limits for code the snippet build runs: write only inside the run's scratch folders, no network.

Installed by `snippet_runner.py` in the process that runs a snippet, and in the kernel that runs a
notebook, through `sys.addaudithook`: the hook sees every file open, rename, removal and socket
connection that goes through Python and refuses it *before* it happens, so a snippet cannot edit
the pages it is built into and cannot reach another machine (or this one over TCP).
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterable

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
# For each event, the positions of its arguments that name a path it creates, changes or removes.
PATH_EVENTS = {
    "os.remove": (0,), "os.rmdir": (0,), "os.mkdir": (0,), "os.truncate": (0,), "os.chmod": (0,),
    "os.chown": (0,), "os.utime": (0,), "shutil.rmtree": (0,), "os.rename": (0, 1),
    "shutil.copyfile": (1,), "shutil.copytree": (1,), "os.link": (1,), "os.symlink": (1,),
}
NETWORK_EVENTS = {"socket.connect", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo",
                  "socket.gethostbyname", "socket.gethostbyaddr"}


class SnippetWriteError(PermissionError):
    """A snippet tried to change a file outside the folders its run may write to."""


class NetworkBlockedError(ConnectionError):
    """A snippet tried to use the network, which the build never does."""


def _inside(path: str, roots: tuple[str, ...]) -> bool:
    real = os.path.realpath(path)
    return any(real == root or real.startswith(root + os.sep) for root in roots)


def _opens_for_writing(mode: object, flags: object) -> bool:
    if isinstance(mode, str) and any(c in mode for c in "wax+"):
        return True
    return isinstance(flags, int) and bool(flags & WRITE_FLAGS)


def install(writable_roots: Iterable[str]) -> None:
    """Refuse, from now on, writes outside `writable_roots` and every network operation."""
    roots = tuple(os.path.realpath(root) for root in writable_roots)
    allowed_devices = ("/dev/null", "/dev/shm", "/dev/tty", "/dev/stdout", "/dev/stderr")
    roots = roots + allowed_devices

    def refuse_write(target: object) -> None:
        if isinstance(target, int):  # a file descriptor the process already holds
            return
        path = os.fsdecode(target) if isinstance(target, (str, bytes, os.PathLike)) else None
        if path is not None and not _inside(path, roots):
            raise SnippetWriteError(
                f"a snippet may write only inside its own working folder or the temporary "
                f"folder of its run, not to {os.path.realpath(path)}")

    def hook(event: str, args: tuple) -> None:
        if event == "open":
            path, mode, flags = (tuple(args) + (None, None, None))[:3]
            if path is not None and _opens_for_writing(mode, flags):
                refuse_write(path)
        elif event in PATH_EVENTS:
            for position in PATH_EVENTS[event]:
                if position < len(args):
                    refuse_write(args[position])
        elif event in NETWORK_EVENTS:
            sock = args[0] if args and isinstance(args[0], socket.socket) else None
            if sock is not None and sock.family == getattr(socket, "AF_UNIX", None):
                return  # a local pipe between processes of this run, not the network
            raise NetworkBlockedError(
                f"no network at build time: the snippet called {event}{_where(event, args)}; "
                "generate data or use what scikit-learn bundles")
        elif event == "sqlite3.connect":
            database = args[0] if args else None
            if isinstance(database, (str, bytes, os.PathLike)) and os.fsdecode(database) not in (
                    ":memory:", "") and not os.fsdecode(database).startswith("file::memory:"):
                refuse_write(database)

    sys.addaudithook(hook)


def _where(event: str, args: tuple) -> str:
    """" for host:port" (or the host alone) from a socket event's arguments."""
    if event == "socket.getaddrinfo" and len(args) > 1:
        return f" for {os.fsdecode(args[0]) if args[0] else ''}:{args[1]}"
    address = args[1] if args and isinstance(args[0], socket.socket) and len(args) > 1 else (
        args[0] if args else None)
    if isinstance(address, tuple) and len(address) > 1:
        return f" for {address[0]}:{address[1]}"
    if isinstance(address, (str, bytes)):
        return f" for {os.fsdecode(address)}"
    return ""
