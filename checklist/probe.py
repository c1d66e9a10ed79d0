"""Fetching a submitted URL the crawl did not reach (an officer's checklist URL).

One bounded, identified GET: the URL is checked like any other evidence, never
trusted blindly. Documents are read with the crawler's extractors.
"""

from __future__ import annotations

import httpx

from checklist.snapshot import Doc
from crawler.extract import extract
from oitwatch.settings import Settings

__all__ = ["probe"]

PAGE_TYPES = ("text/html", "application/xhtml")


def probe(url: str, settings: Settings) -> Doc:
    """The URL as a ``Doc``: alive with its text, or dead with the reason in ``extract_status``."""
    headers = {"User-Agent": settings.user_agent}
    try:
        with (
            httpx.Client(
                timeout=settings.download_timeout,
                follow_redirects=True,
                max_redirects=5,
                headers=headers,
            ) as client,
            client.stream("GET", url) as resp,
        ):
            ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
            kind = "page" if ctype.startswith(PAGE_TYPES) else "document"
            declared = int(resp.headers.get("content-length") or 0)
            if resp.status_code >= 400:
                return Doc(url, str(resp.url), kind, "error", resp.status_code, ctype)
            if declared > settings.max_bytes:
                return Doc(url, str(resp.url), kind, "too_large", resp.status_code, ctype)
            body = bytearray()
            for chunk in resp.iter_bytes():
                body += chunk
                if len(body) > settings.max_bytes:
                    return Doc(url, str(resp.url), kind, "too_large", resp.status_code, ctype)
            final_url, status = str(resp.url), resp.status_code
    except httpx.HTTPError as exc:
        return Doc(
            url, url, "page", "error", None, extract_status=f"error: {exc.__class__.__name__}"
        )
    got = extract(bytes(body), ctype, final_url, settings=settings)
    return Doc(
        url,
        final_url,
        kind,
        "ok",
        status,
        ctype,
        title=got.title,
        text=got.text,
        tables=list(got.tables),
        quality=got.quality,
        extract_status=got.status,
        main_text=got.text,
    )
