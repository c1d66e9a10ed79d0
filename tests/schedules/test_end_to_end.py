"""End to end: the daemon's nightly job crawls and checks two districts on one loopback host.

Real APScheduler dispatch (the stored job is made due now), the real crawler
and checker (``checklist.check_site``, the default job), real alerts to a
loopback SMTP server and webhook receiver. Only the clock the walk reads is
set, to a night in the assessed fiscal year.
"""

from __future__ import annotations

import email
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from click.testing import CliRunner
from sqlalchemy import select

from oitwatch.demo.sitegen import build_site
from oitwatch.store import Crawl, Run, Site
from schedules.cli import schedule
from schedules.daemon import Daemon

from .conftest import two_districts

BKK = ZoneInfo("Asia/Bangkok")
AS_OF = date(2025, 4, 14)
NIGHT = datetime(2025, 4, 14, 1, 30, tzinfo=BKK)


def _night(settings, store, clock: datetime) -> None:
    daemon = Daemon(settings, clock=lambda: clock, store=store).start(paused=True)
    try:
        [job] = daemon.nightly_jobs()
        job.modify(next_run_time=datetime.now(BKK))
        daemon.scheduler.resume()
        with daemon.walked:
            assert daemon.walked.wait_for(lambda: daemon.reports, timeout=240)
        report = daemon.reports[0]
        assert [(o.site_key, o.status) for o in report.outcomes] == [
            ("district-a", "done"),
            ("district-b", "done"),
        ], report
    finally:
        daemon.shutdown()


def _aware(d: datetime) -> datetime:
    return d if d.tzinfo else d.replace(tzinfo=UTC)


def test_two_districts_one_host_one_at_a_time_alerts_once(
    make_settings, store, serve, mailbox, receiver, tmp_path, monkeypatch
) -> None:
    root = tmp_path / "site"
    for slug, name, defects in (
        ("district-a", "สำนักงานเขตตัวอย่างเอ", {"O15": "stale"}),
        ("district-b", "สำนักงานเขตตัวอย่างบี", {"O9": "missing", "O12": "broken"}),
    ):
        build_site(
            root,
            slug=slug,
            name_th=name,
            framework="bma-2567",
            fiscal_year=2568,
            defects=defects,
            as_of=AS_OF,
        )
    srv = serve(root)
    settings = make_settings(
        smtp_host="127.0.0.1", smtp_port=mailbox.port, smtp_tls="none", webhook_url=receiver.url
    )
    registry = two_districts(settings, base=srv.base)

    _night(settings, store, NIGHT)

    with store.session() as s:
        runs = {
            site.key: s.scalars(select(Run).where(Run.site_id == site.id)).all()
            for site in s.scalars(select(Site))
        }
        crawls = sorted(s.scalars(select(Crawl)).all(), key=lambda c: c.started_at)
        assert {k: len(v) for k, v in runs.items()} == {"district-a": 1, "district-b": 1}
        assert all(r.as_of == AS_OF for v in runs.values() for r in v)
        results = {k: v[0].result for k, v in runs.items()}
        # one at a time on the shared host: the second crawl starts after the first ended
        assert len(crawls) == 2 and all(c.status == "complete" for c in crawls)
        assert _aware(crawls[1].started_at) >= _aware(crawls[0].finished_at)

    # one digest e-mail per district and recipient: the unit's items, the coordinator every item
    expected: dict[tuple[str, str], set[str]] = {}
    expected_hooks = set()
    for key, result in results.items():
        site = registry.site(key)
        failing = [it for it in result["items"] if it["status"] != "pass"]
        assert failing, f"{key}: the planted defects should fail"
        for it in failing:
            for address in (*site.emails_for(it["owner"]), site.coordinator):
                expected.setdefault((key, address), set()).add(it["code"])
            expected_hooks.add((key, it["code"], it["status"]))
    assert "O15" in expected[("district-a", registry.site("district-a").coordinator)]
    expected_mail = {(k, a, frozenset(codes)) for (k, a), codes in expected.items()}
    got_mail = set()
    for m in mailbox.messages:
        msg = email.message_from_bytes(m["data"])
        body = msg.get_payload(decode=True).decode("utf-8")
        links = re.findall(r"/sites/([^/\s]+)/items/(\S+)", body)
        assert len({k for k, _ in links}) == 1, body
        (rcpt,) = m["rcpt"]
        got_mail.add((links[0][0], rcpt, frozenset(c for _, c in links)))
    assert len(mailbox.messages) == len(expected_mail)
    assert got_mail == expected_mail
    assert len(receiver.posts) == len(expected_hooks)
    assert {(p["site_key"], p["code"], p["status"]) for p in receiver.posts} == expected_hooks

    # the next night, nothing changed on the sites: both are checked again, nothing new is sent
    _night(settings, store, NIGHT + timedelta(days=1))
    with store.session() as s:
        assert s.query(Run).count() == 4
    assert len(mailbox.messages) == len(expected_mail)
    assert len(receiver.posts) == len(expected_hooks)

    # `oitwatch schedule now` runs one site in the foreground: nothing changed, nothing is sent
    env = {
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(mailbox.port),
        "SMTP_TLS": "none",
        "DELAY": "0",
    }
    for name, value in env.items():
        monkeypatch.setenv(f"OITWATCH_{name}", value)
    res = CliRunner().invoke(
        schedule,
        ["now", "district-b", "--as-of", "๒๐๒๕-๐๔-๑๕", "--data-dir", str(settings.data_dir)],
    )
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("district-b: run ") and "ไม่ผ่านใหม่ (newly failing) 0" in res.stdout
    assert "alerts queued 0, sent 0, undelivered 0" in res.output
    assert len(mailbox.messages) == len(expected_mail)
    with store.session() as s:
        assert s.query(Run).count() == 5
