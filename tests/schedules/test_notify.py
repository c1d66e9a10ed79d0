"""Alerts delivered for real on loopback: an SMTP server and a webhook receiver."""

from __future__ import annotations

import email
from datetime import date, datetime
from email.header import decode_header, make_header
from zoneinfo import ZoneInfo

from oitwatch.store import Notification
from reports.changes import diff_runs
from rules.models import Framework
from schedules.notify.alerts import build_alerts
from schedules.runner import run_site

from .conftest import ScriptedJob, two_districts

BKK = ZoneInfo("Asia/Bangkok")
NOW = datetime(2026, 1, 15, 2, 0, tzinfo=BKK)


def _subject(raw: bytes) -> str:
    return str(make_header(decode_header(email.message_from_bytes(raw)["Subject"])))


def _body(raw: bytes) -> str:
    return email.message_from_bytes(raw).get_payload(decode=True).decode("utf-8")


def test_each_newly_failing_item_mails_its_owner_and_posts_once(
    make_settings, store, mailbox, receiver
) -> None:
    settings = make_settings(
        smtp_host="127.0.0.1", smtp_port=mailbox.port, smtp_tls="none", webhook_url=receiver.url
    )
    registry = two_districts(settings)
    job = ScriptedJob(store, {"district-a": {"O1": "pass", "O2": "pass", "O3": "pass"}})
    site = registry.site("district-a")

    first = run_site(settings, store, site, job=job, now=NOW)
    assert first.status == "done" and first.queued == 0  # first night, all passing: nothing to tell
    assert mailbox.messages == [] and receiver.posts == []

    job.statuses["district-a"] = {"O1": "missing", "O2": "pass", "O3": "stale"}
    second = run_site(settings, store, site, job=job, now=NOW)
    assert second.changes["newly_failing"] == [
        {"code": "O1", "status": "missing", "previous_status": "pass"},
        {"code": "O3", "status": "stale", "previous_status": "pass"},
    ]
    # one digest e-mail per recipient (3) and one webhook post per change (2)
    assert (second.queued, second.sent, second.undelivered) == (5, 5, 0)
    by_rcpt = {tuple(m["rcpt"]): m for m in mailbox.messages}
    # O1 belongs to ฝ่ายปกครอง, O3 to ฝ่ายการคลัง; the coordinator hears about both, once
    assert set(by_rcpt) == {
        ("admin-a@district.test",),
        ("finance-a@district.test",),
        ("oit-a@district.test",),
    }
    o1 = by_rcpt[("admin-a@district.test",)]["data"]
    assert "ไม่ผ่านครั้งใหม่ 1" in _subject(o1) and "สำนักงานเขตตัวอย่างเอ" in _subject(o1)
    body = _body(o1)
    assert body.startswith("เรียน ผู้รับผิดชอบ ฝ่ายปกครอง")
    assert "สำนักงานเขตตัวอย่างเอ" in body and "ไม่พบข้อมูล" in body
    assert "http://oitwatch.test/sites/district-a/items/O1" in body
    assert "/items/O3" not in body  # another unit's item
    assert "15 มกราคม 2569" in body  # as-of date in the Buddhist era
    coordinator = _body(by_rcpt[("oit-a@district.test",)]["data"])
    assert coordinator.startswith("เรียน ผู้ประสานงาน OIT")
    assert "/items/O1" in coordinator and "/items/O3" in coordinator
    assert "ไม่ผ่านครั้งใหม่ (2 รายการ)" in coordinator
    assert sorted((p["code"], p["event"], p["status"]) for p in receiver.posts) == [
        ("O1", "newly_failing", "missing"),
        ("O3", "newly_failing", "stale"),
    ]
    assert receiver.posts[0]["link"].startswith("http://oitwatch.test/sites/district-a/items/O")

    # the same night again (same statuses): nothing new is sent
    third = run_site(settings, store, site, job=job, now=NOW)
    assert third.queued == 0 and len(mailbox.messages) == 3 and len(receiver.posts) == 2

    # O1 fixed: its owner hears the good news
    job.statuses["district-a"]["O1"] = "pass"
    fourth = run_site(settings, store, site, job=job, now=NOW)
    assert fourth.changes["newly_passing"] == [
        {"code": "O1", "status": "pass", "previous_status": "missing"}
    ]
    assert "ผ่านแล้ว" in _subject(mailbox.messages[-1]["data"])
    assert receiver.posts[-1]["event"] == "newly_passing"


def test_a_failing_webhook_is_retried_recorded_and_sent_on_the_next_run(
    make_settings, store, receiver
) -> None:
    settings = make_settings(webhook_url=receiver.url, notify_attempts=3)
    registry = two_districts(settings)
    site = registry.site("district-b")
    job = ScriptedJob(store, {"district-b": {"O1": "missing"}})
    receiver.status = 500

    outcome = run_site(settings, store, site, job=job, now=NOW)  # never raises
    assert outcome.status == "done" and (outcome.queued, outcome.sent, outcome.undelivered) == (
        1,
        0,
        1,
    )
    assert receiver.hits == 3
    with store.session() as s:
        row = s.query(Notification).one()
        assert (row.status, row.attempts, row.channel) == ("failed", 3, "webhook")
        assert "HTTP 500" in row.last_error

    # the receiver is back: the next run sends the failed alert once, and nothing else
    receiver.status = 200
    again = run_site(settings, store, site, job=job, now=NOW)
    assert (again.queued, again.sent, again.undelivered) == (0, 1, 0)
    assert [p["code"] for p in receiver.posts] == ["O1"]
    with store.session() as s:
        row = s.query(Notification).one()
        assert (row.status, row.attempts, row.last_error) == ("sent", 4, None)


def test_an_unreachable_smtp_server_is_recorded_not_raised(make_settings, store) -> None:
    from .conftest import free_port

    settings = make_settings(
        smtp_host="127.0.0.1", smtp_port=free_port(), smtp_tls="none", notify_attempts=2
    )
    registry = two_districts(settings)
    job = ScriptedJob(store, {"district-a": {"O3": "broken"}})
    outcome = run_site(settings, store, registry.site("district-a"), job=job, now=NOW)
    assert (outcome.queued, outcome.sent, outcome.undelivered) == (2, 0, 2)  # owner, coordinator
    with store.session() as s:
        rows = s.query(Notification).filter(Notification.channel == "email").all()
        assert sorted(r.recipient for r in rows) == [
            "finance-a@district.test",
            "oit-a@district.test",
        ]
        assert all(r.status == "failed" and "SMTP 127.0.0.1" in r.last_error for r in rows)


def _framework() -> Framework:
    def item(code: str, freshness: dict) -> dict:
        return {
            "code": code,
            "title_th": f"รายการ {code}",
            "title_en": f"Item {code}",
            "owner": "ฝ่ายการคลัง",
            "phrases": [code],
            "freshness": freshness,
            "fix_th": "เผยแพร่ข้อมูล",
        }

    return Framework.model_validate(
        {
            "id": "test-fw",
            "variant": "bma-district",
            "title_th": "ทดสอบ",
            "title_en": "Test",
            "assessment_year": 2569,
            "fiscal_year": 2569,
            "window_start": "03-01",
            "indicators": [
                {
                    "code": "9",
                    "title_th": "ตัวชี้วัด",
                    "title_en": "Indicator",
                    "sub_indicators": [
                        {
                            "code": "9.3",
                            "title_th": "งบประมาณ",
                            "title_en": "Budget",
                            "items": [
                                item("O15", {"kind": "monthly", "due_day": 10}),
                                item("O11", {"kind": "half_year"}),
                                item("O1", {"kind": "standing"}),
                            ],
                        }
                    ],
                }
            ],
        }
    )


def _result(statuses: dict[str, str], **item_extra) -> dict:
    items = [
        {"code": c, "status": s, "owner": "ฝ่ายการคลัง", **item_extra.get(c, {})}
        for c, s in statuses.items()
    ]
    return {"site_key": "district-a", "framework": "test-fw", "items": items}


def test_deadlines_near_are_told_once_per_due_date() -> None:
    fw = _framework()
    prev = _result({"O15": "stale", "O11": "missing", "O1": "missing"})
    cur = _result(
        {"O15": "stale", "O11": "missing", "O1": "missing"}, O15={"months_missing": ["2025-12"]}
    )
    changes = diff_runs(prev, cur)
    # 5 January: December's procurement summary is due by the 10th; the half-year report is not near yet
    alerts = build_alerts(changes, cur, framework=fw, as_of=date(2026, 1, 5), notice_days=30)
    assert [(a.code, a.change, a.state) for a in alerts] == [("O15", "deadline", "due@2026-01-10")]
    assert alerts[0].dedupe_base == "district-a:test-fw:O15:deadline:due@2026-01-10"
    # 12 January: past the 10th, no monthly reminder; 10 February: within 30 days of 1 March
    assert build_alerts(changes, cur, framework=fw, as_of=date(2026, 1, 12)) == []
    feb = build_alerts(
        changes, _result({"O15": "pass", "O11": "missing"}), framework=fw, as_of=date(2026, 2, 10)
    )
    assert [(a.code, a.state) for a in feb] == [("O11", "due@2026-03-01")]
    # the monthly item whose missing months are older than last month is not "due": it is overdue
    old = _result({"O15": "stale"}, O15={"months_missing": ["2025-10"]})
    assert build_alerts(diff_runs(old, old), old, framework=fw, as_of=date(2026, 1, 5)) == []
    # an item newly failing is told as such, not twice
    fresh = build_alerts(diff_runs(None, cur), cur, framework=fw, as_of=date(2026, 1, 5))
    assert sorted((a.code, a.change) for a in fresh) == [
        ("O1", "newly_failing"),
        ("O11", "newly_failing"),
        ("O15", "newly_failing"),
    ]


def test_the_same_change_in_the_same_month_is_told_once(make_settings, store, receiver) -> None:
    settings = make_settings(webhook_url=receiver.url)
    registry = two_districts(settings)
    site = registry.site("district-a")
    job = ScriptedJob(store, {"district-a": {"O1": "missing"}})
    run_site(settings, store, site, job=job, now=NOW)
    job.statuses["district-a"]["O1"] = "pass"
    run_site(settings, store, site, job=job, now=NOW)
    job.statuses["district-a"]["O1"] = "missing"  # flaps back: the diff says "newly failing" again
    flap = run_site(settings, store, site, job=job, now=NOW)
    assert flap.changes["newly_failing"] and flap.queued == 0
    assert [p["event"] for p in receiver.posts] == ["newly_failing", "newly_passing"]
    # a month later the same failure is news again
    job.statuses["district-a"]["O1"] = "pass"
    run_site(settings, store, site, job=job, now=NOW.replace(month=2))
    job.statuses["district-a"]["O1"] = "missing"
    later = run_site(settings, store, site, job=job, now=NOW.replace(month=2))
    assert later.queued == 1
    assert [p["event"] for p in receiver.posts][-2:] == ["newly_passing", "newly_failing"]


def test_a_monthly_item_still_failing_before_the_10th_is_reminded_once(
    make_settings, store, mailbox
) -> None:
    """With the real bma-2567 rules: O15 (monthly procurement summaries) is due by the 10th."""
    settings = make_settings(smtp_host="127.0.0.1", smtp_port=mailbox.port, smtp_tls="none")
    registry = two_districts(settings)
    site = registry.site("district-a")
    job = ScriptedJob(store, {"district-a": {"O15": "stale", "O1": "missing"}})
    first = run_site(settings, store, site, job=job, now=datetime(2026, 1, 5, 2, 0, tzinfo=BKK))
    # both newly failing, no reminder on top: digests to admin-a (O1), finance-a (O15), oit-a
    assert first.queued == 3
    second = run_site(settings, store, site, job=job, now=datetime(2026, 1, 6, 2, 0, tzinfo=BKK))
    # O15 only (O1 is standing information, it has no due date): its unit and the coordinator
    assert second.queued == 2
    sent = {m["rcpt"][0]: m["data"] for m in mailbox.messages[-2:]}
    assert set(sent) == {"finance-a@district.test", "oit-a@district.test"}
    msg = sent["finance-a@district.test"]
    assert "ใกล้ครบกำหนด 1" in _subject(msg)
    assert "ข้อมูลประจำเดือน ธ.ค. 2568 ต้องเผยแพร่ภายใน 10 มกราคม 2569" in _body(msg)
    third = run_site(settings, store, site, job=job, now=datetime(2026, 1, 7, 2, 0, tzinfo=BKK))
    assert third.queued == 0 and len(mailbox.messages) == 5
    assert (
        run_site(settings, store, site, job=job, now=datetime(2026, 1, 11, 2, 0, tzinfo=BKK)).queued
        == 0
    )


def test_a_malformed_webhook_url_is_recorded_not_raised(make_settings, store) -> None:
    """OITWATCH_WEBHOOK_URL is not validated: a typo must not crash every site's run."""
    settings = make_settings(webhook_url="http://[::1/hook", notify_attempts=1)
    registry = two_districts(settings)
    job = ScriptedJob(store, {"district-a": {"O3": "broken"}})
    outcome = run_site(settings, store, registry.site("district-a"), job=job, now=NOW)
    assert (outcome.queued, outcome.sent, outcome.undelivered) == (1, 0, 1)
    with store.session() as s:
        row = s.query(Notification).one()
        assert row.channel == "webhook" and row.status == "failed"


# argv: store URL, settings JSON. Delivers every pending alert (the receiver kills it mid-way).
DELIVERER = """
import json, sys
from oitwatch.settings import Settings
from oitwatch.store import open_store
from schedules.notify.outbox import deliver_pending
store = open_store(sys.argv[1], upgrade=False)
deliver_pending(store, Settings(**json.loads(sys.argv[2])))
"""


def test_a_delivery_cut_by_a_crash_is_resent_with_the_same_delivery_id(
    make_settings, store
) -> None:
    """Killed after the POST left but before it was recorded: the retry carries the same id."""
    import json
    import subprocess
    import sys
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from oitwatch.store.sites import upsert_site
    from schedules.notify.outbox import deliver_pending

    posts: list[tuple[str | None, dict]] = []
    deliverer: list[subprocess.Popen] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            posts.append((self.headers.get("X-Oitwatch-Delivery"), body))
            if len(posts) == 1:  # the first delivery: its sender dies before hearing back
                deliverer[0].kill()
                deliverer[0].wait()
            self.send_response(204)
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/hook"
        settings = make_settings(
            webhook_url=url, notify_attempts=1, notify_timeout=5, notify_backoff=0
        )
        with store.session() as s:
            site_id = upsert_site(s, "https://example.go.th/district-a/", key="district-a").id
            s.add(
                Notification(
                    dedupe_key="district-a:bma-2567:O1:newly_failing:missing:webhook:x",
                    site_id=site_id,
                    code="O1",
                    change="newly_failing",
                    channel="webhook",
                    recipient=url,
                    payload={"text": "O1 ไม่ผ่าน", "code": "O1"},
                )
            )
        deliverer.append(
            subprocess.Popen(
                [sys.executable, "-c", DELIVERER, settings.db, settings.model_dump_json()]
            )
        )
        deliverer[0].wait(timeout=60)
        with store.session() as s:
            assert s.query(Notification).one().status == "sending"  # marked before sending
        # Another deliverer at once leaves a fresh claim alone: no second send mid-delivery.
        assert deliver_pending(store, settings).sent == 0 and len(posts) == 1
        time.sleep(5.5)  # the claim is now older than a delivery can take: a crash's
        assert deliver_pending(store, settings).sent == 1
        assert len(posts) == 2
        (first_id, first), (second_id, second) = posts
        assert first_id and first_id == second_id == first["delivery_id"] == second["delivery_id"]
        with store.session() as s:
            assert s.query(Notification).one().status == "sent"
    finally:
        server.shutdown()
        server.server_close()
