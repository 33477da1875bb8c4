"""Team status on a PostgreSQL team database behind a link that adds 2 ms per round trip.

``python -m benchmarks.team_server`` starts a throw-away PostgreSQL server (as the test suite
does: ``tests/pg_server.py``), fills it and a local SQLite file with the same generated team
(the bench's TEAM size: 50 people, 15,000 activities), and times ``team status`` (the
``team_view`` service both the Team page and the command use) on each: PostgreSQL through a
small asyncio TCP proxy that holds every client-to-server packet 2 ms (a LAN between a
pharmacy's computer and its server), as a ratio to SQLite. Best of five after one warm-up.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.datasets import SEED, TEAM
from benchmarks.measure import Figure
from rxtracker.demo.datagen import DatasetSpec, generate_dataset
from rxtracker.services import AppPaths, Context, open_context
from rxtracker.services.team import team_view

DELAY_S = 0.002
RUNS = 5


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    try:
        while data := await reader.read(65536):
            if delay:
                await asyncio.sleep(delay)
            writer.write(data)
            await writer.drain()
    finally:
        writer.close()


@contextlib.contextmanager
def delaying_proxy(host: str, port: int, delay: float = DELAY_S) -> Iterator[int]:
    """A local TCP proxy to ``host:port`` that adds ``delay`` per request; yields its port."""
    loop = asyncio.new_event_loop()
    ready: list[int] = []

    async def serve(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        server_r, server_w = await asyncio.open_connection(host, port)
        with contextlib.suppress(asyncio.CancelledError):  # the proxy shutting down
            await asyncio.gather(_pipe(client_r, server_w, delay), _pipe(server_r, client_w, 0))

    async def start() -> asyncio.Server:
        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        ready.append(server.sockets[0].getsockname()[1])
        return server

    server = loop.run_until_complete(start())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield ready[0]
    finally:

        async def shut() -> None:
            server.close()
            pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(shut(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()


def best_of(work: Callable[[], object], runs: int = RUNS) -> float:
    """The fastest of ``runs`` timings of ``work`` after one warm-up run."""
    work()
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    return min(timings)


def _filled(paths: AppPaths, as_of: dt.date) -> Context:
    ctx = open_context(paths)
    spec = DatasetSpec(TEAM.people, TEAM.years, as_of, seed=SEED, activities=TEAM.activities)
    generate_dataset(ctx, spec)
    return ctx


def measure() -> dict[str, float]:
    """Seconds for team status on SQLite and on PostgreSQL through the 2 ms proxy."""
    from rxtracker.db.postgres import create_schema, engine_url, make_engine
    from tests.pg_server import find_bin_dir, running_server

    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise SystemExit("PostgreSQL is not installed (initdb/pg_ctl not found)")
    as_of = dt.date.today()
    with tempfile.TemporaryDirectory() as tmp, running_server(bin_dir) as pg:
        local = _filled(AppPaths.resolve(Path(tmp) / "local"), as_of)
        engine = make_engine(engine_url(pg.admin()))
        with engine.begin() as con:
            create_schema(con)
        engine.dispose()
        sqlite_s = best_of(lambda: team_view(local, as_of))
        local.close()
        team = _filled(AppPaths.resolve(Path(tmp) / "team", database_url=pg.admin()), as_of)
        direct_s = best_of(lambda: team_view(team, as_of))
        team.close()
        with delaying_proxy(pg.host, pg.port) as port:
            url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
            slow = open_context(AppPaths.resolve(Path(tmp) / "team", database_url=url))
            proxied_s = best_of(lambda: team_view(slow, as_of))
            slow.close()
    return {"sqlite": sqlite_s, "postgresql": direct_s, "postgresql_2ms": proxied_s}


def figure() -> Figure:
    """The ``make bench`` row: through the 2 ms link, as a ratio to the same call on SQLite."""
    got = measure()
    note = f"2 ms a round trip; direct PostgreSQL {got['postgresql']:.3f} s"
    return Figure("team_server", got["postgresql_2ms"], got["sqlite"], 1.5, "s", note)


def main() -> None:
    """Print the row for BENCHMARKS.md."""
    got = measure()
    ratio = got["postgresql_2ms"] / got["sqlite"]
    print(
        f"| team_server_status | {got['postgresql_2ms']:.3f} s | {got['sqlite']:.3f} s "
        f"(SQLite) | {ratio:.2f} | direct PostgreSQL {got['postgresql']:.3f} s |"
    )


if __name__ == "__main__":
    main()
