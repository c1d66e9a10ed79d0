"""The ITAS answer sheet of a district, as a download (``/sites/{key}/itas.csv|xlsx``)."""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.responses import Response

from oitwatch.exceptions import ConfigError
from reports.build import MEDIA_TYPES, district_from_store
from reports.itas import itas_csv, itas_xlsx
from reports.web.app import security_headers
from reports.web.views import _run_param

__all__ = ["district_itas"]


def district_itas(request: Request) -> Response:
    """The latest run's answer sheet (or ``?run=N``'s), CSV with a BOM or XLSX."""
    fmt = request.path_params["fmt"]
    if fmt not in ("csv", "xlsx"):
        raise ConfigError(f"ไม่มีรูปแบบนี้ / no such format: {fmt!r}")
    key = request.path_params["key"]
    with request.app.state.store.session() as s:
        result = district_from_store(s, key, _run_param(request)).result
    data = itas_csv(result) if fmt == "csv" else itas_xlsx(result)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"itas-{key}-{result.get('as_of', '')}").strip("-")
    headers = security_headers()
    headers["Content-Disposition"] = f'attachment; filename="{name or "itas"}.{fmt}"'
    return Response(data, media_type=MEDIA_TYPES[fmt], headers=headers)
