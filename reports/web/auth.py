"""Users, passwords (argon2), the session key, CSRF tokens and who may edit what.

Roles: ``admin`` edits every site's checklist, ``editor`` only its own
``site_key``, ``viewer`` reads. A POST form carries ``csrf_token``, the
session-bound token from ``csrf_token(request)``.
"""

from __future__ import annotations

import functools
import os
import secrets
import threading
from datetime import timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from starlette.requests import Request

from oitwatch.exceptions import ConfigError
from oitwatch.settings import Settings
from oitwatch.store import Store
from oitwatch.store.models import LoginAttempt, User, utcnow

__all__ = [
    "ROLES",
    "LoginThrottle",
    "add_user",
    "authenticate",
    "can_edit",
    "check_csrf",
    "csrf_token",
    "end_sessions",
    "hash_password",
    "load_secret_key",
    "set_password",
    "verify_password",
]

ROLES = ("admin", "editor", "viewer")
_hasher = PasswordHasher()
_HASHING = threading.BoundedSemaphore(2)


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the user name is unknown, so timing does not tell names apart."""
    return _hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``."""
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Whether ``password`` matches ``password_hash`` (at most two hashes at once: 64 MiB each)."""
    with _HASHING:
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
    """Replace ``username``'s password; every session of the user ends."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise ConfigError(f"ไม่พบผู้ใช้ / no such user: {username!r}")
    if len(password) < 8:
        raise ConfigError("รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร / the password needs 8 characters or more")
    user.password_hash = hash_password(password)
    end_sessions(user)


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The user if the password matches, else ``None``."""
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        verify_password(_dummy_hash(), password)
        return None
    return user if verify_password(user.password_hash, password) else None


class LoginThrottle:
    """Login attempts counted in the store, per user name and per client address.

    ``admit`` records the attempt first (committed) and then counts the
    attempts of the last ``window`` seconds: parallel guesses each see every
    attempt committed before theirs, so at most ``per_user`` of them (and
    ``per_address`` from one address) ever reach the password check, however
    many arrive at once and on however many server processes. Refused attempts
    count too, so a name under attack stays refused while the attack goes on.
    A successful login forgets its name's attempts.
    """

    def __init__(
        self, store: Store, *, per_user: int = 10, per_address: int = 30, window: float = 15 * 60
    ) -> None:
        self.store = store
        self.per_user, self.per_address, self.window = per_user, per_address, window

    @staticmethod
    def _user_key(username: str) -> str:
        return f"user:{username.strip().casefold()}"[:200]

    def admit(self, username: str, address: str) -> bool:
        """Record an attempt; whether its name and address are both under their limits."""
        now = utcnow()
        cutoff = now - timedelta(seconds=self.window)
        keys = {self._user_key(username): self.per_user, f"addr:{address}"[:200]: self.per_address}
        with self.store.session() as s:
            s.execute(delete(LoginAttempt).where(LoginAttempt.at < cutoff))
            s.add_all(LoginAttempt(key=key, at=now) for key in keys)
        with self.store.session() as s:
            counts = dict(
                s.execute(
                    select(LoginAttempt.key, func.count())
                    .where(LoginAttempt.key.in_(keys), LoginAttempt.at >= cutoff)
                    .group_by(LoginAttempt.key)
                ).all()
            )
        return all(counts.get(key, 0) <= limit for key, limit in keys.items())

    def succeeded(self, username: str) -> None:
        """Forget the attempts on ``username`` (its owner got in)."""
        with self.store.session() as s:
            s.execute(delete(LoginAttempt).where(LoginAttempt.key == self._user_key(username)))


def end_sessions(user: User) -> None:
    """Make every session cookie of ``user`` stop working (logout, password change)."""
    user.session_version += 1


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
