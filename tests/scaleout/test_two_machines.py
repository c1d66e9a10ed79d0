"""Two "machines" (processes with their own data dirs) run the nightly daemon on one database.

Both daemons hold the same stored job for the host and are made to fire it at
the same moment (real APScheduler dispatch, the real crawl-and-check); in the
runs here both fired, one walked the districts, the other found them busy. The
host and site locks in PostgreSQL make each district run exactly once, and
never two at a time.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from oitwatch.demo.sitegen import build_site
from oitwatch.settings import Settings
from oitwatch.store import Crawl, Run, Site, Store

from .conftest import write_registry

pytestmark = pytest.mark.postgres

# argv: data dir, store URL, signal file. Prints its walks' outcomes as JSON.
MACHINE = """
import json, sys, time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo
from sqlalchemy import func, select
from oitwatch.settings import Settings
from oitwatch.store import Run
from schedules.daemon import Daemon

BKK = ZoneInfo("Asia/Bangkok")
NIGHT = datetime(2025, 4, 14, 1, 30, tzinfo=BKK)  # a night in the sites' fiscal year
data_dir, url, go = sys.argv[1:]
settings = Settings(data_dir=data_dir, db=url, delay=0, schedule_attempts=1)
daemon = Daemon(settings, clock=lambda: NIGHT).start(paused=True)
print("ready", flush=True)
while not Path(go).exists():
    time.sleep(0.005)
[job] = daemon.nightly_jobs()
job.modify(next_run_time=datetime.now(BKK))  # due now, on both machines
daemon.scheduler.resume()
deadline = time.monotonic() + 240
while time.monotonic() < deadline:
    with daemon.store.session() as s:
        if s.scalar(select(func.count()).select_from(Run)) >= 2:
            break
    time.sleep(0.2)
daemon.shutdown(wait=True)
print(json.dumps([[o.site_key, o.status] for r in daemon.reports for o in r.outcomes]))
"""


def test_each_site_runs_once_when_two_daemons_fire_the_same_night(
    serve, pg_settings: Settings, pg_store: Store, tmp_path: Path
) -> None:
    root = tmp_path / "site"
    for slug in ("district-a", "district-b"):
        build_site(
            root,
            slug=slug,
            name_th=f"สำนักงานเขต {slug}",
            framework="bma-2567",
            fiscal_year=2568,
            as_of=date(2025, 4, 14),
        )
    srv = serve(root)
    urls = {slug: srv.url(f"/{slug}/") for slug in ("district-a", "district-b")}
    go = tmp_path / "go"
    machines = []
    for name in ("machine-a", "machine-b"):
        data_dir = tmp_path / name
        write_registry(Settings(data_dir=data_dir, db=pg_settings.db), urls)
        machines.append(
            subprocess.Popen(
                [sys.executable, "-c", MACHINE, str(data_dir), pg_settings.db, str(go)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    try:
        assert [m.stdout.readline().strip() for m in machines] == ["ready", "ready"]
        go.touch()
        results = [m.communicate(timeout=300) for m in machines]
    finally:
        for m in machines:
            if m.poll() is None:
                m.kill()
                m.communicate()
    assert [m.returncode for m in machines] == [0, 0], [err[-2000:] for _, err in results]
    outcomes = [tuple(o) for out, _ in results for o in json.loads(out.strip().splitlines()[-1])]
    done = sorted(key for key, status in outcomes if status == "done")
    assert done == ["district-a", "district-b"], outcomes  # each once, over both machines
    assert {status for _, status in outcomes} <= {"done", "busy", "skipped"}, outcomes

    with pg_store.session() as s:
        runs = s.execute(select(Site.key, func.count()).join(Run).group_by(Site.key)).all()
        assert sorted(runs) == [("district-a", 1), ("district-b", 1)]
        crawls = s.scalars(select(Crawl).order_by(Crawl.started_at)).all()
    assert [c.status for c in crawls] == ["complete", "complete"]
    # one host: the second crawl started after the first had finished
    assert crawls[0].finished_at <= crawls[1].started_at
