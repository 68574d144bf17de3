"""A throwaway PostgreSQL server for the tests (and for .ci/run): standard library only.

``python -m tests.pgserver start DIR`` initialises a cluster in DIR (owned by the ``postgres`` user when we
run as root: initdb and pg_ctl refuse to run as root), starts it on a free port of 127.0.0.1 with its
socket in DIR, and prints the superuser URL; ``python -m tests.pgserver stop DIR`` stops it again.
The cluster trusts local connections: authentication is the server's business, not what we test.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

URL_ENV = "VERANTWOORDING_TEST_PG_URL"
"""An existing server to test against (a superuser URL); without it the tests start their own."""


class ServerUnavailable(RuntimeError):
    """PostgreSQL could not be started here (no binaries, no postgres user, initdb failed)."""


def binaries() -> Path:
    """The newest installed PostgreSQL's bin folder (Debian: /usr/lib/postgresql/N/bin)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise ServerUnavailable("PostgreSQL is not installed (no initdb; apt-get install postgresql-15)")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_postgres(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    if shutil.which("runuser"):
        return ["runuser", "-u", "postgres", "--", *command]
    return ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(command)]


def _run(command: list[str], *, timeout: float = 60) -> None:
    result = subprocess.run(_as_postgres(command), capture_output=True, text=True, timeout=timeout, check=False)
    if result.returncode != 0:
        raise ServerUnavailable(f"{Path(command[0]).name} failed: {(result.stderr or result.stdout).strip()[-600:]}")


def start(folder: Path) -> str:
    """Initialise and start a cluster in ``folder``; the superuser URL (database ``postgres``)."""
    bin_dir = binaries()
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "data"
    if os.geteuid() == 0:
        import pwd

        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            raise ServerUnavailable("there is no 'postgres' user to run the server as") from None
        os.chown(folder, user.pw_uid, user.pw_gid)
    if not (data / "PG_VERSION").exists():
        _run([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "--encoding=UTF8",
              "--locale=C.UTF-8", "--no-sync"], timeout=120)
    port = _free_port()
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
    _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "server.log"),
          "-w", "-t", "60", "start"], timeout=90)
    (folder / "port").write_text(str(port), encoding="utf-8")
    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    _wait_until_ready(port)
    return url


def _wait_until_ready(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.1)
    raise ServerUnavailable(f"the server did not accept connections on port {port}")


def stop(folder: Path) -> None:
    data = folder / "data"
    if not (data / "postmaster.pid").exists():
        return
    with contextlib.suppress(ServerUnavailable, subprocess.TimeoutExpired):
        _run([str(binaries() / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], timeout=60)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print("usage: python -m tests.pgserver start|stop DIR", file=sys.stderr)
        return 2
    folder = Path(argv[1])
    try:
        if argv[0] == "start":
            print(start(folder))
        else:
            stop(folder)
    except ServerUnavailable as error:
        print(f"PostgreSQL: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
