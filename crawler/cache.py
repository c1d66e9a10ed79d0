"""The HTTP cache behind conditional re-crawls: always revalidate, store atomically.

A re-crawl sends ``If-None-Match`` / ``If-Modified-Since`` for everything it
holds; a 304 brings the stored copy back (flagged ``cached``) so its links
are parsed again without downloading it.
"""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path
from typing import Any

from scrapy import Request
from scrapy.extensions.httpcache import FilesystemCacheStorage, RFC2616Policy
from scrapy.http import Response

__all__ = ["AlwaysRevalidatePolicy", "AtomicFilesystemCacheStorage"]


class AlwaysRevalidatePolicy(RFC2616Policy):
    """Cache policy that never trusts a cached copy without asking the server.

    Every cached response is stale at once, so each request carries
    ``If-None-Match`` / ``If-Modified-Since``; only a 304 brings the cached
    copy back (flagged ``cached``). A server error is an error, not a reason
    to serve the old copy.
    """

    def _compute_freshness_lifetime(
        self, response: Response, request: Request, now: float
    ) -> float:
        return 0

    def is_cached_response_fresh(self, cachedresponse: Response, request: Request) -> bool:
        self._set_conditional_validators(request, cachedresponse)
        return False

    def is_cached_response_valid(
        self, cachedresponse: Response, response: Response, request: Request
    ) -> bool:
        return response.status == 304


class AtomicFilesystemCacheStorage(FilesystemCacheStorage):
    """Scrapy's filesystem cache, but an entry appears whole or not at all.

    Scrapy writes an entry's files one by one; a crawl killed in between would
    leave validators beside a truncated body, and a later 304 would bring that
    body back. Here an entry is written to a temporary folder and renamed into
    place; an unreadable entry counts as a miss.
    """

    def __init__(self, settings: Any):
        super().__init__(settings)
        self._target: Path | None = None

    def _get_request_path(self, spider: Any, request: Request) -> str:
        if self._target is not None:
            return str(self._target)
        return super()._get_request_path(spider, request)

    def store_response(self, spider: Any, request: Request, response: Response) -> None:
        final = Path(self._get_request_path(spider, request))
        tmp = final.with_name(f"{final.name}.tmp{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        self._target = tmp
        try:
            super().store_response(spider, request, response)
        finally:
            self._target = None
        shutil.rmtree(final, ignore_errors=True)
        os.replace(tmp, final)

    def retrieve_response(self, spider: Any, request: Request) -> Response | None:
        try:
            return super().retrieve_response(spider, request)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, KeyError, TypeError):
            return None
