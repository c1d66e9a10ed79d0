"""Fetching a submitted URL the crawl did not reach (an officer's checklist URL).

One bounded, identified GET, on the site's own host only, redirects followed
one by one and only while they stay on that host: a submitted URL can never
make oitwatch fetch another machine (no SSRF through an open redirect). The
URL is checked like any other evidence, never trusted blindly; documents are
read with the crawler's extractors.
"""

from __future__ import annotations

import urllib.parse

import httpx

from checklist.snapshot import Doc
from crawler.extract.budget import extract_within_budget
from oitwatch.settings import Settings

__all__ = ["probe"]

PAGE_TYPES = ("text/html", "application/xhtml")
MAX_REDIRECTS = 5


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc.lower()


def probe(url: str, settings: Settings, *, host: str) -> Doc | None:
    """``url`` as a ``Doc`` (alive with its text, or dead), or ``None`` when it is not on ``host``."""
    if _host(url) != host.lower() or not url.lower().startswith(("http://", "https://")):
        return None
    policy = settings.address_policy
    refused = policy.refusal(url)
    if refused:
        return Doc(url, url, "page", "error", None, extract_status=f"error: {refused}")
    headers = {"User-Agent": settings.user_agent}
    target = url
    try:
        with httpx.Client(
            timeout=settings.download_timeout, follow_redirects=False, headers=headers
        ) as client:
            for _ in range(MAX_REDIRECTS + 1):
                with client.stream("GET", target) as resp:
                    if resp.is_redirect:
                        target = urllib.parse.urljoin(target, resp.headers.get("location", ""))
                        # every hop: still on the site's host, still a public (or allowed) address
                        if _host(target) != host.lower():
                            refused = "redirected off the site"
                        else:
                            refused = policy.refusal(target)
                        if refused:
                            return Doc(
                                url,
                                target,
                                "page",
                                "error",
                                resp.status_code,
                                extract_status=f"error: {refused}",
                            )
                        continue
                    return _read(url, resp, settings)
    except httpx.HTTPError as exc:
        return Doc(
            url, url, "page", "error", None, extract_status=f"error: {exc.__class__.__name__}"
        )
    return Doc(url, target, "page", "error", None, extract_status="error: too many redirects")


def _read(url: str, resp: httpx.Response, settings: Settings) -> Doc:
    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
    kind = "page" if ctype.startswith(PAGE_TYPES) else "document"
    final_url = str(resp.url)
    if resp.status_code >= 400:
        return Doc(url, final_url, kind, "error", resp.status_code, ctype)
    if int(resp.headers.get("content-length") or 0) > settings.max_bytes:
        return Doc(url, final_url, kind, "too_large", resp.status_code, ctype)
    body = bytearray()
    for chunk in resp.iter_bytes():
        body += chunk
        if len(body) > settings.max_bytes:
            return Doc(url, final_url, kind, "too_large", resp.status_code, ctype)
    got = extract_within_budget(bytes(body), ctype, final_url, settings=settings)  # bounded
    return Doc(
        url,
        final_url,
        kind,
        "ok",
        resp.status_code,
        ctype,
        title=got.title,
        text=got.text,
        tables=list(got.tables),
        quality=got.quality,
        extract_status=got.status,
        extract_method=got.method,
        main_text=got.text,
    )
