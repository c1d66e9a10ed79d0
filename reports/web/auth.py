"""Users, passwords (argon2), the session key, CSRF tokens and who may edit what.

Roles: ``admin`` edits every site's checklist, ``editor`` only its own
``site_key``, ``viewer`` reads. A POST form carries ``csrf_token``, the
session-bound token from ``csrf_token(request)``.
"""

from __future__ import annotations

import functools
import os
import secrets
import time
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.requests import Request

from oitwatch.exceptions import ConfigError
from oitwatch.settings import Settings
from oitwatch.store.models import User

__all__ = [
    "ROLES",
    "LoginThrottle",
    "add_user",
    "authenticate",
    "can_edit",
    "check_csrf",
    "csrf_token",
    "hash_password",
    "load_secret_key",
    "set_password",
    "verify_password",
]

ROLES = ("admin", "editor", "viewer")
_hasher = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the user name is unknown, so timing does not tell names apart."""
    return _hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``."""
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Whether ``password`` matches ``password_hash``."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def add_user(
    session: Session, username: str, password: str, role: str, site_key: str | None = None
) -> User:
    """A new user; ``ConfigError`` for a taken name, unknown role, or an editor without a site."""
    username = username.strip()
    if not username:
        raise ConfigError("ต้องระบุชื่อผู้ใช้ / a user name is required")
    if role not in ROLES:
        raise ConfigError(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")
    if role == "editor" and not site_key:
        raise ConfigError("ผู้แก้ไขต้องระบุเว็บไซต์ / an editor needs --site KEY")
    if len(password) < 8:
        raise ConfigError("รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร / the password needs 8 characters or more")
    if session.scalar(select(User).where(User.username == username)):
        raise ConfigError(f"มีผู้ใช้นี้แล้ว / user {username!r} exists")
    user = User(
        username=username, password_hash=hash_password(password), role=role, site_key=site_key
    )
    session.add(user)
    session.flush()
    return user


def set_password(session: Session, username: str, password: str) -> None:
    """Replace ``username``'s password."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise ConfigError(f"ไม่พบผู้ใช้ / no such user: {username!r}")
    user.password_hash = hash_password(password)


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The user if the password matches, else ``None``."""
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        verify_password(_dummy_hash(), password)
        return None
    return user if verify_password(user.password_hash, password) else None


class LoginThrottle:
    """Failed logins per (client address, user name) in this process.

    After ``limit`` failures within ``window`` seconds the pair is refused
    without checking the password until the oldest failure ages out.
    """

    def __init__(self, limit: int = 10, window: float = 15 * 60) -> None:
        self.limit, self.window = limit, window
        self._failures: dict[tuple[str, str], list[float]] = {}

    def _recent(self, key: tuple[str, str]) -> list[float]:
        cutoff = time.monotonic() - self.window
        recent = [t for t in self._failures.get(key, []) if t > cutoff]
        if recent:
            self._failures[key] = recent
        else:
            self._failures.pop(key, None)
        return recent

    def blocked(self, key: tuple[str, str]) -> bool:
        """Whether ``key`` has failed too often lately."""
        return len(self._recent(key)) >= self.limit

    def failed(self, key: tuple[str, str]) -> None:
        """Count a failed login of ``key``."""
        if len(self._failures) > 10_000:  # many names tried: forget the stale ones
            for old in list(self._failures):
                self._recent(old)
        self._failures.setdefault(key, []).append(time.monotonic())

    def succeeded(self, key: tuple[str, str]) -> None:
        """Forget ``key``'s failures."""
        self._failures.pop(key, None)


def can_edit(user: User | None, site_key: str) -> bool:
    """Whether ``user`` may change ``site_key``'s checklist."""
    if user is None:
        return False
    return user.role == "admin" or (user.role == "editor" and user.site_key == site_key)


def load_secret_key(settings: Settings) -> str:
    """``settings.secret_key``, or the key kept in ``data_dir/secret_key`` (made once, mode 0600)."""
    if settings.secret_key:
        if len(settings.secret_key) < 32:  # a short key lets anyone forge a session cookie
            raise ConfigError("OITWATCH_SECRET_KEY is too short: use 32 characters or more")
        return settings.secret_key
    path = Path(settings.data_dir) / "secret_key"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        key = path.read_text("ascii").strip()
        if len(key) < 32:
            raise ConfigError(
                f"the session key in {path} is too short; delete it to make a new one"
            ) from None
        return key
    key = secrets.token_urlsafe(48)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(key + "\n")
    return key


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def check_csrf(request: Request, submitted: object) -> bool:
    """Whether ``submitted`` is this session's CSRF token."""
    expected = request.session.get("csrf")
    return (
        bool(expected)
        and isinstance(submitted, str)
        # bytes: compare_digest raises TypeError on non-ASCII str (a Thai token -> a 500)
        and secrets.compare_digest(expected.encode(), submitted.encode())
    )
