"""Fresh databases on the throwaway test cluster (LUOSHI_TEST_SERVER, see packaging/pg_cluster.py): one per test,
copied from a template made once per run, dropped after."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable

import pg8000.dbapi

from models.server.address import ServerAddress, parse_address

SERVER = os.environ.get("LUOSHI_TEST_SERVER", "")  # the cluster's address, its `postgres` database
_numbers = itertools.count(1)


class TestDatabases:
    """CREATE DATABASE … TEMPLATE …: a copy of a whole ledger in milliseconds, isolated from every other test."""

    def __init__(self, server: str) -> None:
        self.admin, _ = parse_address(server)
        self.templates: set[str] = set()

    def address(self, database: str) -> ServerAddress:
        return ServerAddress(self.admin.host, database, self.admin.user, self.admin.port)

    def url(self, database: str) -> str:
        address = self.address(database)
        return f"postgresql://{address.user}@/{database}?host={address.host}&port={address.port}"

    def _run(self, statement: str) -> None:
        connection = pg8000.dbapi.connect(user=self.admin.user, database="postgres",
                                          unix_sock=f"{self.admin.host}/.s.PGSQL.{self.admin.port}")
        connection.autocommit = True  # CREATE and DROP DATABASE refuse to run inside a transaction
        try:
            connection.cursor().execute(statement)
        finally:
            connection.close()

    def template(self, name: str, fill: Callable[[str], None]) -> str:
        """The template `name`, made by `fill(url)` the first time it is asked for in this run."""
        if name not in self.templates:
            self._run(f'DROP DATABASE IF EXISTS "{name}"')
            self._run(f'CREATE DATABASE "{name}"')
            fill(self.url(name))
            self.templates.add(name)
        return name

    def fresh(self, template: str | None = None) -> str:
        name = f"test_{os.getpid()}_{next(_numbers)}"
        self._run(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop(self, name: str) -> None:
        self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
