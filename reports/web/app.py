"""The Starlette application: server-rendered pages, no build step.

Pages are rendered with the report templates (autoescape on) and sent with a
strict Content-Security-Policy: only our own inline styles and nonce'd script.
"""

from __future__ import annotations

import secrets
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from oitwatch.exceptions import ConfigError
from oitwatch.settings import Settings
from oitwatch.store import open_store
from oitwatch.store.models import User
from reports.render import make_environment
from reports.web import auth

__all__ = ["TEMPLATES", "create_app", "current_user", "page"]

TEMPLATES = Path(__file__).with_name("templates")
SESSION_HOURS = 8
_UNSET = object()


def _csp(nonce: str) -> str:
    return (
        "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; "
        f"script-src 'nonce-{nonce}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )


def current_user(request: Request) -> User | None:
    """The logged-in user (looked up once per request), or ``None``.

    The cookie's session version must be the user's current one: logging out
    or changing the password ends every earlier session, saved cookies too.
    """
    if getattr(request.state, "user", _UNSET) is _UNSET:
        uid = request.session.get("uid")
        user = None
        if isinstance(uid, int):
            with request.app.state.store.session() as s:
                user = s.get(User, uid)
            if user is None or request.session.get("sv") != user.session_version:
                user = None  # logged out (or password changed) since this cookie was issued
                request.session.clear()
        request.state.user = user
    return request.state.user


def page(request: Request, name: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render template ``name`` as a web page (navigation, user, CSRF token, CSP nonce)."""
    nonce = secrets.token_urlsafe(16)
    html = request.app.state.env.get_template(name).render(
        web=True,
        user=current_user(request),
        csrf_token=auth.csrf_token(request),
        csp_nonce=nonce,
        **context,
    )
    return HTMLResponse(html, status_code, headers=security_headers(nonce))


def security_headers(nonce: str | None = None) -> dict[str, str]:
    """Headers every response carries."""
    headers = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
    headers["Content-Security-Policy"] = _csp(nonce or secrets.token_urlsafe(8))
    return headers


async def _not_found(request: Request, exc: Exception) -> Response:
    return page(request, "error.html", status_code=404, message=str(exc))


def create_app(settings: Settings) -> Starlette:
    """The web UI over the store of ``settings`` (opened now, closed at shutdown)."""
    from reports.web import checks, correct, forms, itas, views

    store = open_store(settings.db)

    @asynccontextmanager
    async def lifespan(app: Starlette):
        yield
        store.close()

    routes = [
        Route("/", views.overview),
        Route("/overview.{fmt}", views.overview_download),
        Route("/owners", views.owners),
        Route("/owners/{unit}", views.owner),
        Route("/sites/{key}", views.district),
        Route("/sites/{key}/report.{fmt}", views.district_download),
        Route("/sites/{key}/itas.{fmt}", itas.district_itas),
        Route("/sites/{key}/fix", views.fix_list),
        Route("/sites/{key}/check", checks.check_page, methods=["GET", "POST"]),
        Route("/sites/{key}/check.json", checks.check_status),
        Route("/sites/{key}/items/{code}", views.item),
        Route("/sites/{key}/checklist", forms.checklist, methods=["GET", "POST"]),
        Route("/sites/{key}/corrections", correct.corrections, methods=["GET", "POST"]),
        Route("/login", forms.login, methods=["GET", "POST"]),
        Route("/logout", forms.logout, methods=["POST"]),
    ]
    middleware = [
        Middleware(
            SessionMiddleware,
            secret_key=auth.load_secret_key(settings),
            session_cookie="oitwatch_session",
            max_age=SESSION_HOURS * 3600,
            same_site="lax",
            https_only=settings.base_url.startswith("https://"),
        )
    ]
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={ConfigError: _not_found},
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.env = make_environment(TEMPLATES, timezone=settings.timezone)
    app.state.login_throttle = auth.LoginThrottle(store)
    app.state.checks = checks.CheckJobs()
    return app
