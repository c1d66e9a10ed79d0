"""The web UI: reports, downloads, and checklist editing behind a login.

``create_app(settings)`` returns the Starlette application; ``oitwatch serve`` runs it.
"""

from __future__ import annotations

from reports.web.app import create_app

__all__ = ["create_app"]
