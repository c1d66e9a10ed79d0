"""Helpers of the task-queue tests: worker processes, tiny loopback sites, job and run counts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from oitwatch.settings import Settings
from oitwatch.store import QueueJob, Run, Site, open_store
from schedules.queue_cli import enqueue

REDIS = "redis://127.0.0.1:6379/0"


def tiny_site(root: Path, slug: str, pages: int = 3) -> None:
    """A small Thai agency site: a home page linking ``pages`` pages."""
    site = root / slug
    site.mkdir(parents=True)
    links = "".join(f'<li><a href="p{n}.html">ข่าวประชาสัมพันธ์ {n}</a></li>' for n in range(pages))
    (site / "index.html").write_text(
        f"<html><head><meta charset='utf-8'><title>องค์การบริหารส่วนตำบล {slug}</title></head>"
        f"<body><h1>หน้าหลัก</h1><ul>{links}</ul></body></html>",
        encoding="utf-8",
    )
    for n in range(pages):
        (site / f"p{n}.html").write_text(
            f"<html><head><meta charset='utf-8'><title>ข่าว {n}</title></head>"
            f"<body><p>ประกาศ {slug} ฉบับที่ {n} วันที่ ๑ มกราคม ๒๕๖๘</p></body></html>",
            encoding="utf-8",
        )


class Workers:
    """``oitwatch worker`` processes started with ``settings`` in the environment."""

    def __init__(self, settings: Settings, log_dir: Path):
        self.settings = settings
        self.log_dir = log_dir
        self.procs: list[subprocess.Popen] = []

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        for name, value in self.settings.model_dump(mode="json").items():
            if value is not None:
                env[f"OITWATCH_{name.upper()}"] = str(value)
        return env

    def start(self, threads: int = 1, queues: str = "sites,extract") -> subprocess.Popen:
        with (self.log_dir / f"worker-{len(self.procs)}.log").open("wb") as log:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "oitwatch",
                    "worker",
                    "--threads",
                    str(threads),
                    "--grace",
                    "60",
                    "--queues",
                    queues,
                ],
                env=self.env(),
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.procs.append(proc)
        return proc

    def kill(self, proc: subprocess.Popen) -> None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()

    def stop_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=90)
            except subprocess.TimeoutExpired:
                self.kill(proc)

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-3000:] for p in self.log_dir.glob("*.log"))


def _enqueue(settings: Settings, *args: str) -> str:
    env = {
        f"OITWATCH_{k.upper()}": str(v)
        for k, v in settings.model_dump(mode="json").items()
        if v is not None
    }
    res = CliRunner(env=env).invoke(enqueue, list(args))
    assert res.exit_code == 0, res.output
    return res.output


def _wait(cond: Callable[[], bool], timeout: float, workers: Workers, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: not within {timeout:g} s\n{workers.logs()}")
        time.sleep(0.3)


def _jobs(settings: Settings) -> dict[str, QueueJob]:
    store = open_store(settings.db)
    try:
        with store.session() as s:
            return {j.site_key: j for j in s.scalars(select(QueueJob))}
    finally:
        store.close()


def _runs(settings: Settings) -> dict[str, int]:
    store = open_store(settings.db)
    try:
        with store.session() as s:
            rows = s.execute(
                select(Site.key, func.count(Run.id))
                .join(Run, Run.site_id == Site.id)
                .group_by(Site.key)
            )
            return dict(rows.all())
    finally:
        store.close()
