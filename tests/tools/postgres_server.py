"""A throwaway PostgreSQL cluster on the loopback, for the tests and the benchmarks.

``initdb`` in a temporary folder, ``pg_ctl start`` on a free port of 127.0.0.1 only (no
Unix socket outside the folder, no other address), a superuser ``ncm_test`` with a
password, and ``pg_ctl stop`` plus removal of the folder on exit.  Run as root, the
server runs as the system user ``postgres`` (``initdb`` refuses to run as root).

As a script it starts a cluster, prints its URL and waits until killed (``.ci/run``)::

    python tests/tools/postgres_server.py --url-file /tmp/url    # stops on SIGTERM

As a module: ``with throwaway_cluster() as url: ...``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

SUPERUSER = "ncm_test"
PASSWORD = "ncm-test-password"


def binaries() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``, or None when PostgreSQL is not installed."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                      key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                      else 0)
    return versions[-1].parent if versions else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@contextlib.contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Start a cluster and yield its superuser URL; stop it and remove it afterwards."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (no pg_ctl found)")
    folder = Path(tempfile.mkdtemp(prefix="ncm-postgres-"))
    data = folder / "data"
    log = folder / "server.log"
    password_file = folder / "password"
    password_file.write_text(PASSWORD + "\n")
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        shutil.chown(password_file, "postgres", "postgres")
    port = _free_port()
    started = False
    try:
        subprocess.run(
            _as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER,
                             f"--pwfile={password_file}", "--auth=scram-sha-256",
                             "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]),
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={folder}"
                   " -c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        subprocess.run(
            _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log),
                             "-o", options, "-w", "-t", "60", "start"]),
            check=True, stdout=subprocess.DEVNULL)
        started = True
        yield f"postgresql://{SUPERUSER}:{PASSWORD}@127.0.0.1:{port}/postgres"
    finally:
        if started:
            subprocess.run(
                _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                 "-w", "stop"]),
                check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url-file", type=Path, required=True,
                        help="where to write the superuser URL once the server is ready")
    args = parser.parse_args(argv)
    stop = {"now": False}

    def _stop(*_: object) -> None:
        stop["now"] = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    with throwaway_cluster() as url:
        temporary = args.url_file.with_name(args.url_file.name + ".tmp")
        temporary.write_text(url + "\n")
        os.replace(temporary, args.url_file)
        print(url, flush=True)
        while not stop["now"]:
            time.sleep(0.2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
