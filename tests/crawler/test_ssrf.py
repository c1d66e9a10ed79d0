"""No SSRF: every hop of every redirect passes the start URL's check (scheme, site host, address).

An in-scope page that redirects (HTTP 3xx or ``<meta http-equiv="refresh">``)
to another loopback port, however spelled, must not make the crawler fetch it:
the "internal" server below must see no request at all, not even robots.txt.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from checklist import check_site
from crawler import run_crawl
from oitwatch.addresses import AddressPolicy
from oitwatch.devserver import Fault
from oitwatch.exceptions import ConfigError
from oitwatch.settings import Settings
from oitwatch.store import Content, Fetch, Store
from tests.crawler.sites import write

SECRET = "ความลับภายใน internal-only"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost/",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://127.1/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://172.16.5.4/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1]/",
        "http://240.0.0.1/",
        "file:///etc/passwd",
        "gopher://127.0.0.1:6379/",
    ],
)
def test_the_default_refuses_non_public_addresses_however_spelled(url: str) -> None:
    assert AddressPolicy().refusal(url) is not None


def test_an_allowed_address_opens_only_itself() -> None:
    policy = AddressPolicy.parse("127.0.0.1:8570, 10.20.0.0/16")
    assert policy.refusal("http://127.0.0.1:8570/khet/") is None
    assert policy.refusal("http://10.20.3.4/") is None
    for url in (
        "http://127.0.0.1:6379/",
        "http://127.0.0.2:8570/",
        "http://[::1]:8570/",
        "http://10.21.0.1/",
        "http://169.254.169.254/",
    ):
        assert policy.refusal(url) is not None, url


def test_a_bad_allow_list_is_a_clear_setting_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="OITWATCH_ALLOW_PRIVATE: 'intranet' is not an address"):
        Settings(data_dir=tmp_path, allow_private="127.0.0.1, intranet")


def test_by_default_a_loopback_start_url_is_refused(
    serve, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OITWATCH_ALLOW_PRIVATE")
    write(tmp_path / "site", "khet/index.html", "<p>หน้าแรก</p>")
    srv = serve(tmp_path / "site")
    settings = Settings(data_dir=tmp_path / "data", delay=0)
    with pytest.raises(ConfigError, match="loopback address"):
        run_crawl(settings, srv.url("/khet/index.html"))
    assert srv.requests == []


@pytest.fixture
def internal(serve, tmp_path: Path):
    """Another loopback port standing in for an internal service (a database, a cloud metadata API)."""
    write(tmp_path / "internal", "secret.html", f"<h1>{SECRET}</h1>")
    return serve(tmp_path / "internal")


def _site(serve, tmp_path: Path, internal) -> tuple:
    port = internal.port
    hops = {
        "ip": f"http://127.0.0.1:{port}/secret.html",
        "localhost": f"http://localhost:{port}/secret.html",
        "decimal": f"http://2130706433:{port}/secret.html",
        "short": f"http://127.1:{port}/secret.html",
        "mapped": f"http://[::ffff:127.0.0.1]:{port}/secret.html",
    }
    root = tmp_path / "site"
    links = "".join(f'<a href="r-{name}">{name}</a>' for name in hops)
    links += '<a href="meta.html">meta</a><a href="hop1">hop</a><a href="report.pdf">pdf</a>'
    write(root, "khet/index.html", f"<h1>หน้าแรก</h1>{links}")
    write(
        root,
        "khet/meta.html",
        f'<meta http-equiv="refresh" content="0; url=http://127.0.0.1:{port}/secret.html">'
        "<p>กำลังย้ายหน้า</p>",
    )
    faults = {f"/khet/r-{name}": Fault(redirect=target) for name, target in hops.items()}
    faults["/khet/hop1"] = Fault(redirect="/khet/hop2")  # first hop stays on the site ...
    faults["/khet/hop2"] = Fault(redirect=hops["ip"])  # ... the second leaves it
    faults["/khet/report.pdf"] = Fault(redirect=f"http://localhost:{port}/secret.html")
    return serve(root, faults), hops


def test_redirects_to_internal_addresses_are_never_followed(
    serve, tmp_path: Path, internal, settings: Settings, store: Store
) -> None:
    site, hops = _site(serve, tmp_path, internal)
    summary = run_crawl(settings, site.url("/khet/index.html"))
    assert summary.status == "complete"
    assert internal.requests == []  # not one request, not even robots.txt
    with store.session() as s:
        fetches = {f.url.removeprefix(site.base): f for f in s.scalars(select(Fetch))}
        texts = " ".join(c.text or "" for c in s.scalars(select(Content)))
    assert SECRET not in texts
    paths = [f"/khet/r-{name}" for name in hops] + ["/khet/hop1", "/khet/report.pdf"]
    for path in [*paths, "/khet/meta.html"]:  # the meta refresh hop too
        fetch = fetches[path]
        assert fetch.outcome == "error", path
        assert (fetch.error or "").startswith("refused"), (path, fetch.error)
        assert str(internal.port) in fetch.final_url, path


def test_a_checklist_url_that_redirects_off_the_site_is_reported_as_leaving_it(
    serve, tmp_path: Path, internal, settings: Settings
) -> None:
    site, hops = _site(serve, tmp_path, internal)
    write(tmp_path / "site", "khet/hidden.html", "<p>ไม่มีใครลิงก์มาที่นี่</p>")
    site.set_fault("/khet/hidden-jump", Fault(redirect=hops["decimal"]))
    checklist = tmp_path / "checklist.yaml"
    checklist.write_text(
        f"items:\n  O6: {site.url('/khet/r-ip')}\n  O7: {site.url('/khet/hidden-jump')}\n",
        encoding="utf-8",
    )
    result = check_site(
        settings,
        site.url("/khet/index.html"),
        framework="bma-2567",
        as_of=date(2025, 4, 30),
        checklist_path=checklist,
    )
    assert internal.requests == []
    items = {it["code"]: it for it in result["items"]}
    for code in ("O6", "O7"):  # one the crawl reached, one only the checklist probe fetched
        reasons = " ".join(r["en"] for r in items[code]["reasons"])
        assert "redirects off the agency's site" in reasons
        assert "opens" not in reasons
        assert items[code]["status"] != "pass"
        assert all(str(internal.port) not in e["url"] for e in items[code]["evidence"])


def test_an_upgrade_to_https_stays_on_the_site_another_port_does_not() -> None:
    from oitwatch.addresses import same_site_host

    site = "http://district.go.th/khet/"
    assert same_site_host("https://district.go.th/khet/index.html", site)
    assert same_site_host("http://district.go.th:80/uploads/a.pdf", site)
    assert not same_site_host("http://district.go.th:8080/", site)
    assert not same_site_host("http://intranet.district.go.th/", site)


def test_a_host_under_a_domain_is_it_or_its_subdomain() -> None:
    from oitwatch.addresses import host_under

    stores = ("drive.google.com", "Box.com")
    assert host_under("https://drive.google.com/drive/folders/1", stores)
    assert host_under("https://app.box.com/s/x", stores)  # a subdomain, any case
    assert not host_under("https://mybox.com/s/x", stores)  # a name ending alike is another
    assert not host_under("https://google.com/", stores)
