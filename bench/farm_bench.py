"""The farm: synthetic agency sites on many loopback hosts, checked by 1, 2 and 4 queue workers.

    nice python bench/farm_bench.py [--sites 1000 --hosts 24 --delay 1.0 --per-worker 12]

Builds ``--sites`` small agency sites (Thai home page and OIT pages, two text
PDFs each, a scanned PDF on every ``--scan-every``-th site) spread over
``--hosts`` loopback addresses 127.0.0.2 … (one server per address, each
logging every request's start and end). Then, on a throw-away PostgreSQL
database and a Redis namespace of its own, for N = 1, 2, 4 worker processes
(``oitwatch worker --threads 1`` each, standing in for machines) it enqueues
``--per-worker`` × N sites not checked before and waits for them, and prints
sites/hour and the scaling efficiency. Last, a night of ``--night`` sites on
4 workers with one killed (``kill -9`` of its process group, crawl child
included) a third of the way through: every site must end with exactly one
stored run. Also printed: per host the most concurrent requests and the
smallest gap between request starts, OCR jobs done per worker (scans are
``extract_document`` jobs any worker takes, apart from their site's crawl),
PostgreSQL writes/s and Redis memory. Bounded: every wait has a deadline; everything
started is stopped. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

import redis
from sqlalchemy import func, select, text

from oitwatch.demo.documents import make_pdf, make_scanned_pdf
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from oitwatch.store import Crawl, ExtractJob, QueueJob, Run, Site, open_store
from schedules.registry import Registry, SiteEntry, registry_path, save_registry

sys.path.insert(0, str(Path(__file__).parent))
from scaleout_bench import pg_database

PG = "postgresql://postgres@127.0.0.1:5432"
REDIS = "redis://127.0.0.1:6379/0"
ITEMS = [
    ("structure.html", "โครงสร้างหน่วยงาน", "แผนผังโครงสร้างการแบ่งส่วนราชการ"),
    ("executives.html", "ข้อมูลผู้บริหาร", "นายก รองนายก ปลัด พร้อมช่องทางติดต่อ"),
    ("authority.html", "อำนาจหน้าที่", "อำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล"),
    ("contact.html", "ข้อมูลการติดต่อ", "ที่อยู่ หมายเลขโทรศัพท์ ไปรษณีย์อิเล็กทรอนิกส์ แผนที่"),
    ("news.html", "ข่าวประชาสัมพันธ์", "ประกาศรับสมัคร ประชาสัมพันธ์กิจกรรมประจำเดือน"),
]
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(n: object) -> str:
    return str(n).translate(THAI_DIGITS)


def build_site(root: Path, n: int, *, scan: bool) -> None:
    """One small agency site: home, five OIT pages, two text PDFs (and maybe a scan)."""
    name = f"องค์การบริหารส่วนตำบลตัวอย่าง {th(n)}"
    site = root / f"agency-{n}"
    (site / "docs").mkdir(parents=True)
    docs = [("plan.pdf", "แผนปฏิบัติการประจำปี พ.ศ. ๒๕๖๘"), ("report.pdf", "รายงานผลการดำเนินงาน")]
    if scan:
        docs.append(("scan.pdf", "ประกาศ (สแกน)"))
    menu = "".join(f'<li><a href="{f}">{t}</a></li>' for f, t, _ in ITEMS)
    menu += "".join(f'<li><a href="docs/{f}">{t}</a></li>' for f, t in docs)
    page = "<html><head><meta charset='utf-8'><title>{t} | {n}</title></head><body><h1>{t}</h1>{b}</body></html>"
    (site / "index.html").write_text(
        page.format(t="หน้าหลัก", n=name, b=f"<h2>ข้อมูลสาธารณะ (OIT)</h2><ul>{menu}</ul>"),
        encoding="utf-8",
    )
    for f, title, body in ITEMS:
        (site / f).write_text(
            page.format(
                t=title,
                n=name,
                b=f"<p>{body} ของ{name} ปรับปรุงเมื่อ {th(n % 28 + 1)} มีนาคม ๒๕๖๘</p>"
                "<p><a href='index.html'>กลับหน้าหลัก</a></p>",
            ),
            encoding="utf-8",
        )
    lines = [name, "ปีงบประมาณ พ.ศ. ๒๕๖๘", f"โครงการที่ {th(n)} งบประมาณ {th(n * 1000)} บาท"]
    (site / "docs" / "plan.pdf").write_bytes(make_pdf([["แผนปฏิบัติการประจำปี", *lines]]))
    (site / "docs" / "report.pdf").write_bytes(make_pdf([["รายงานผลการดำเนินงาน", *lines]]))
    if scan:
        (site / "docs" / "scan.pdf").write_bytes(make_scanned_pdf(["ประกาศ", name], scale=1))


class Farm:
    """The loopback servers (one per address) and the registry of every site."""

    def __init__(self, root: Path, sites: int, hosts: int, stack: ExitStack):
        self.servers = [
            stack.enter_context(SiteServer(root, host=f"127.0.0.{2 + h}")) for h in range(hosts)
        ]
        self.entries: list[SiteEntry] = []
        for n in range(sites):
            srv = self.servers[n % hosts]
            entry = SiteEntry(name_th=f"อบต.ตัวอย่าง {n}", url=srv.url(f"/agency-{n}/"))
            entry._key = f"agency-{n}"
            self.entries.append(entry)

    def timings(self) -> dict[str, list[tuple[str, float, float]]]:
        return {srv.base: srv.timings for srv in self.servers}


def worker_env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    for name, value in settings.model_dump(mode="json").items():
        if value is not None:
            env[f"OITWATCH_{name.upper()}"] = str(value)
    return env


def start_workers(settings: Settings, count: int, logs: Path) -> list[subprocess.Popen]:
    procs = []
    for i in range(count):
        with (logs / f"worker-{time.monotonic_ns()}-{i}.log").open("wb") as log:
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "oitwatch", "worker", "--threads", "1", "--grace", "30"],
                    env=worker_env(settings),
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
    return procs


def stop_workers(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()


def enqueue(settings: Settings, keys: list[str]) -> None:
    subprocess.run(
        [sys.executable, "-m", "oitwatch", "enqueue", *keys],
        env=worker_env(settings),
        check=True,
        stdout=subprocess.DEVNULL,
    )


def job_rows(store, keys: list[str]) -> list[QueueJob]:
    with store.session() as s:
        return list(s.scalars(select(QueueJob).where(QueueJob.site_key.in_(keys))))


def pg_writes(store) -> int:
    with store.session() as s:
        return int(
            s.scalar(
                text("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
            )
            or 0
        )


def pg_rows_written(store) -> int:
    with store.session() as s:
        return int(
            s.scalar(
                text(
                    "SELECT tup_inserted + tup_updated + tup_deleted FROM pg_stat_database "
                    "WHERE datname = current_database()"
                )
            )
            or 0
        )


class RedisMemory(threading.Thread):
    """Samples Redis's used_memory every second; ``peak`` and ``base`` in bytes."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.client = redis.Redis.from_url(REDIS)
        self.base = int(self.client.info("memory")["used_memory"])
        self.peak = self.base
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(1.0):
            self.peak = max(self.peak, int(self.client.info("memory")["used_memory"]))


def wait_done(store, keys: list[str], deadline: float, *, on_progress=None) -> list[QueueJob]:
    while True:
        jobs = job_rows(store, keys)
        final = [j for j in jobs if j.state in ("done", "failed")]
        if on_progress is not None:
            on_progress(len(final))
        if len(final) == len(keys) or time.monotonic() > deadline:
            return jobs
        time.sleep(1.0)


def run_round(settings, store, keys, workers: int, logs: Path, limit: float) -> dict:
    """Enqueue ``keys``, run ``workers`` workers until all are done; the round's figures."""
    cpu0 = children_cpu()
    procs = start_workers(settings, workers, logs)
    w0, r0, t0 = pg_writes(store), pg_rows_written(store), time.monotonic()
    enqueue(settings, keys)
    jobs = wait_done(store, keys, time.monotonic() + limit)
    wall = time.monotonic() - t0
    w1, r1 = pg_writes(store), pg_rows_written(store)
    stop_workers(procs)
    cpu = children_cpu() - cpu0
    done = [j for j in jobs if j.state == "done"]
    first = min(j.started_at for j in done)
    last = max(j.finished_at for j in done)
    span = (last - first).total_seconds()
    return {
        "workers": workers,
        "sites": len(keys),
        "done": len(done),
        "failed": sum(j.state == "failed" for j in jobs),
        "span": span,
        "per_hour": len(done) / span * 3600 if span else 0.0,
        "commits_s": (w1 - w0) / wall,
        "rows_s": (r1 - r0) / wall,
        "per_worker": Counter(j.worker for j in done),
        "cpu_site": cpu / len(done) if done else 0.0,
        "ocr": ocr_jobs(store, keys),
        "load": os.getloadavg()[0],
    }


def children_cpu() -> float:
    """CPU seconds of every finished descendant (workers, their crawl processes, enqueue)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def host_figures(
    timings: dict[str, list[tuple[str, float, float]]],
) -> list[tuple[str, int, float, int]]:
    """Per host: requests, most concurrent requests, smallest gap between two request starts."""
    out = []
    for host, rows in timings.items():
        if len(rows) < 2:
            continue
        events = sorted([(s, 1) for _, s, _ in rows] + [(e, -1) for _, _, e in rows])
        now = peak = 0
        for _, d in events:
            now += d
            peak = max(peak, now)
        starts = sorted(s for _, s, _ in rows)
        gap = min(b - a for a, b in itertools.pairwise(starts))
        out.append((host, len(rows), peak, gap))
    return out


def ocr_jobs(store, keys: list[str]) -> tuple[Counter, Counter, int, int]:
    """For the sites ``keys``: OCR jobs done per worker, the workers that crawled those sites
    (per worker), how many were read by another worker than their site's, and how many are
    not done."""
    with store.session() as s:
        crawls = (
            select(QueueJob.crawl_id)
            .where(QueueJob.site_key.in_(keys), QueueJob.crawl_id.is_not(None))
            .scalar_subquery()
        )
        done = s.execute(
            select(ExtractJob.worker, func.count())
            .where(ExtractJob.crawl_id.in_(crawls), ExtractJob.state == "done")
            .where(ExtractJob.method.like("%ocr%"))
            .group_by(ExtractJob.worker)
        )
        crawled = s.execute(
            select(QueueJob.worker, func.count())
            .join(ExtractJob, ExtractJob.crawl_id == QueueJob.crawl_id)
            .where(QueueJob.site_key.in_(keys))
            .group_by(QueueJob.worker)
        )
        elsewhere = s.scalar(
            select(func.count())
            .select_from(ExtractJob)
            .join(QueueJob, QueueJob.crawl_id == ExtractJob.crawl_id)
            .where(QueueJob.site_key.in_(keys), ExtractJob.worker != QueueJob.worker)
        )
        left = s.scalar(
            select(func.count())
            .select_from(ExtractJob)
            .where(ExtractJob.crawl_id.in_(crawls), ExtractJob.state != "done")
        )
        return (
            Counter(dict(done.all())),
            Counter(dict(crawled.all())),
            int(elsewhere or 0),
            int(left or 0),
        )


def _short(per_worker: Counter) -> str:
    """``{pid: n}`` of a per-worker counter (worker names are ``host:pid``)."""
    return str({str(w).rsplit(":", 1)[-1]: n for w, n in sorted(per_worker.items())}) or "{}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=24)
    parser.add_argument("--delay", type=float, default=1.0, help="politeness: s between requests")
    parser.add_argument("--per-worker", type=int, default=10, help="sites per worker per round")
    parser.add_argument("--night", type=int, default=48, help="sites of the kill -9 night")
    parser.add_argument("--scan-every", type=int, default=8)
    parser.add_argument("--limit", type=float, default=900, help="most seconds of one round")
    args = parser.parse_args()
    t_start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="oitwatch-farm-") as tmp, ExitStack() as stack:
        tmpdir = Path(tmp)
        root = tmpdir / "www"
        t0 = time.monotonic()
        for n in range(args.sites):
            build_site(root, n, scan=n % args.scan_every == 0)
        files = sum(1 for f in root.rglob("*") if f.is_file())
        print(
            f"farm: {args.sites} sites, {files} files, {args.hosts} loopback hosts "
            f"127.0.0.2-127.0.0.{1 + args.hosts}, built in {time.monotonic() - t0:.0f} s; "
            f"a scan on every {args.scan_every}th site; delay {args.delay:g} s per host"
        )
        farm = Farm(root, args.sites, args.hosts, stack)
        db = stack.enter_context(pg_database(PG))
        ns = f"farm{secrets.token_hex(4)}"
        settings = Settings(
            data_dir=tmpdir / "data",
            db=db,
            broker=REDIS,
            queue_namespace=ns,
            delay=args.delay,
            redelivery_seconds=10,
            host_lease_seconds=10,
            contact="bench@oitwatch.invalid",
            allow_private="127.0.0.0/8",  # the farm's hosts are loopback addresses 127.0.0.2 ...
            schedule_attempts=2,
            schedule_retry_minutes=0.2,
        )
        path = registry_path(settings)
        path.parent.mkdir(parents=True)
        save_registry(Registry(sites={e.key: e for e in farm.entries}), path)
        store = open_store(settings.db)
        logs = tmpdir / "logs"
        logs.mkdir()
        memory = RedisMemory()
        memory.start()
        keys = iter(e.key for e in farm.entries)
        rounds = []
        try:
            for workers in (1, 2, 4):
                batch = list(itertools.islice(keys, args.per_worker * workers))
                fig = run_round(settings, store, batch, workers, logs, args.limit)
                rounds.append(fig)
                print(
                    f"  {workers} worker(s): {fig['done']}/{fig['sites']} sites in "
                    f"{fig['span']:.0f} s = {fig['per_hour']:.0f} sites/h "
                    f"(load average {fig['load']:.1f})",
                    flush=True,
                )
            # The night with a kill -9.
            batch = list(itertools.islice(keys, args.night))
            procs = start_workers(settings, 4, logs)
            enqueue(settings, batch)
            victim = procs[1]
            killed: dict[str, object] = {}

            def progress(done: int) -> None:
                if not killed and done >= len(batch) // 3:
                    with store.session() as s:
                        running = list(
                            s.scalars(
                                select(QueueJob.site_key).where(
                                    QueueJob.state == "running",
                                    QueueJob.worker.like(f"%:{victim.pid}"),
                                )
                            )
                        )
                    if running:
                        os.killpg(victim.pid, signal.SIGKILL)
                        victim.wait()
                        killed.update(at=done, running=running)

            jobs = wait_done(store, batch, time.monotonic() + args.limit, on_progress=progress)
            stop_workers(procs)
        finally:
            memory.stop.set()
            for key in memory.client.scan_iter(f"{ns}*"):  # the run's queues and mutexes
                memory.client.delete(key)
        with store.session() as s:
            runs = Counter(
                dict(
                    s.execute(
                        select(Site.key, func.count(Run.id))
                        .join(Run, Run.site_id == Site.id)
                        .where(Site.key.in_(batch))
                        .group_by(Site.key)
                    ).all()
                )
            )
            crawls = s.scalar(select(func.count(Crawl.id))) or 0
        night_ocr = ocr_jobs(store, batch)
        hosts = host_figures(farm.timings())
        store.close()

    base = rounds[0]["per_hour"]
    print()
    print(
        f"{'workers':>7} {'sites':>6} {'span s':>7} {'sites/h':>8} {'speed-up':>8} {'efficiency':>10} {'PG commits/s':>12} {'PG rows/s':>9} {'CPU s/site':>10}"
    )
    for f in rounds:
        up = f["per_hour"] / base if base else 0.0
        print(
            f"{f['workers']:>7} {f['done']:>6} {f['span']:>7.0f} {f['per_hour']:>8.0f} "
            f"{up:>7.2f}x {up / f['workers']:>9.0%} {f['commits_s']:>12.1f} {f['rows_s']:>9.0f} "
            f"{f['cpu_site']:>10.1f}"
        )
    gaps = [g for *_, g in hosts]
    peaks = [p for _, _, p, _ in hosts]
    print(
        f"\nper host ({len(hosts)} hosts, {sum(n for _, n, _, _ in hosts)} requests): most concurrent "
        f"requests {max(peaks)}; smallest gap between request starts {min(gaps):.3f} s "
        f"(median of hosts' smallest {statistics.median(gaps):.3f} s; configured delay "
        f"{args.delay:g} s, Scrapy's jitter ±50% puts the floor at {args.delay * 0.5:.3f} s)"
    )
    for label, (done, crawled, elsewhere, left) in [
        *((f"{f['workers']} worker(s)", f["ocr"]) for f in rounds),
        ("kill -9 night", night_ocr),
    ]:
        print(
            f"{label}: OCR jobs done per worker (pid) {_short(done)}, {sum(done.values())} "
            f"scans; their sites crawled by {_short(crawled)}; read by another worker than "
            f"their site's {elsewhere}; not done {left}"
        )
    print(
        f"Redis used_memory: {memory.base / 2**20:.1f} MiB before, peak {memory.peak / 2**20:.1f} MiB"
    )
    once = sum(1 for k in batch if runs.get(k) == 1)
    states = Counter(j.state for j in jobs)
    redelivered = [j.site_key for j in jobs if j.attempts > 1]
    print(
        f"\nkill -9 night: {len(batch)} sites on 4 workers; worker {victim.pid} killed with "
        f"{killed.get('at', '?')} sites done, while checking {killed.get('running', [])}; "
        f"jobs {dict(states)}; sites with exactly one run {once}/{len(batch)}, "
        f"with more {sum(1 for k in batch if runs.get(k, 0) > 1)}, with none "
        f"{sum(1 for k in batch if not runs.get(k))}; tried twice: {redelivered}; crawls in all {crawls}"
    )
    print(
        f"bench wall time {time.monotonic() - t_start:.0f} s; load average {os.getloadavg()[0]:.1f} at the end"
    )


if __name__ == "__main__":
    main()
