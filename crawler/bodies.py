"""Document bodies kept once per content hash: ``<bodies_dir>/ab/abcdef...``."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

__all__ = ["body_path", "save_body", "sha256_of"]


def sha256_of(body: bytes) -> str:
    """Hex SHA-256 of ``body``."""
    return hashlib.sha256(body).hexdigest()


def body_path(sha256: str) -> str:
    """Where a body lives, relative to the bodies directory."""
    return f"{sha256[:2]}/{sha256}"


def save_body(bodies_dir: Path, sha256: str, body: bytes) -> str:
    """Write ``body`` under its hash (atomically, once) and return the relative path."""
    rel = body_path(sha256)
    target = bodies_dir / rel
    if target.is_file():
        return rel
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(body)
        os.replace(tmp, target)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise
    return rel
