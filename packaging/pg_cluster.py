"""A throwaway PostgreSQL cluster for the server tests: `python packaging/pg_cluster.py [--optional] -- COMMAND…`
(--optional: without PostgreSQL installed, run the command alone).

initdb in a temporary folder, the server listening on a Unix socket there and on loopback only, the
command run with LUOSHI_TEST_SERVER set to the cluster's address, and the cluster stopped and removed
whatever the command's outcome. As root (CI), the server runs as the `postgres` user, as initdb insists."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

FIRST_PORT = 54331  # beside a server of the machine's own (5432)
USER = "luoshi"
# A second user who must log in with a password (SCRAM, as PostgreSQL does by default): the login tests.
PASSWORD_USER, PASSWORD = "luoshi_pw", "口令-S3cret"


def free_port() -> int:
    """LUOSHI_TEST_PORT, or the first port from 54331 that nothing on loopback listens on: two clusters at once
    (a CI run and a bench on one machine) each get their own."""
    if os.environ.get("LUOSHI_TEST_PORT"):
        return int(os.environ["LUOSHI_TEST_PORT"])
    for port in range(FIRST_PORT, FIRST_PORT + 100):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    sys.exit("127.0.0.1 上从 54331 起的 100 个端口都被占用了，无法启动测试用的 PostgreSQL。")


PORT = free_port()


def server_bin() -> Path | None:
    """PostgreSQL's own programs: Debian keeps them out of PATH, under /usr/lib/postgresql/<version>/bin."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    return Path(versions[-1]).parent if versions else None


def as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _add_password_user(folder: Path, binaries: Path, data: Path) -> None:
    import pg8000.dbapi

    connection = pg8000.dbapi.connect(user=USER, database="postgres", unix_sock=f"{folder}/.s.PGSQL.{PORT}")
    connection.autocommit = True
    connection.cursor().execute(f"CREATE ROLE {PASSWORD_USER} LOGIN CREATEDB PASSWORD '{PASSWORD}'")
    connection.close()
    rules = data / "pg_hba.conf"
    scram = f"local all {PASSWORD_USER} scram-sha-256\nhost all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n"
    rules.write_text(scram + rules.read_text(encoding="utf-8"), encoding="utf-8")
    subprocess.run(as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "reload"]), check=True,
                   stdout=subprocess.DEVNULL)


def main(command: list[str], optional: bool = False) -> int:
    binaries = server_bin()
    if binaries is None:
        if optional:  # `make bench`: the server's measures are left out on a machine without PostgreSQL
            print("没有安装 PostgreSQL：不测服务器台账。", file=sys.stderr)
            return subprocess.run(command).returncode
        sys.exit("找不到 PostgreSQL 的 pg_ctl：请先安装 postgresql（Debian：apt-get install postgresql）。")
    folder = Path(tempfile.mkdtemp(prefix="luoshi-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    try:  # whatever fails, from initdb on, the cluster is stopped and its folder removed
        subprocess.run(as_server_user([str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", USER,
                                       "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]),
                       check=True, stdout=subprocess.DEVNULL)
        # Loopback too, for the test that watches a process's connections go to the server and nowhere else.
        options = f"-k {folder} -c listen_addresses=127.0.0.1 -p {PORT} -c fsync=off -c full_page_writes=off"
        subprocess.run(as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"),
                                       "-o", options, "-w", "start"]), check=True, stdout=subprocess.DEVNULL)
        _add_password_user(folder, binaries, data)
        environment = dict(os.environ, LUOSHI_TEST_PASSWORD_USER=PASSWORD_USER, LUOSHI_TEST_PASSWORD=PASSWORD, LUOSHI_TEST_SERVER=f"postgresql://{USER}@/postgres?host={folder}&port={PORT}",
                           LUOSHI_TEST_SERVER_TCP=f"postgresql://{USER}@127.0.0.1:{PORT}/postgres")
        return subprocess.run(command, env=environment).returncode
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                           stdout=subprocess.DEVNULL)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    optional = arguments[:1] == ["--optional"]
    arguments = arguments[1:] if optional else arguments
    if arguments[:1] == ["--"]:
        arguments = arguments[1:]
    if not arguments:
        sys.exit(__doc__)
    sys.exit(main(arguments, optional))
