"""ZIP archives of documents: what they hold, read within fixed bounds.

Districts post a quarter's monthly forms, every division's manual or a set of HR documents
as one ZIP. Each member is a document of its own (``archive.zip#member=name``, see
:func:`crawler.urls.member_url`), extracted like any download; the archive's own text is the
list of its members' names. An archive is untrusted bytes that may unpack to gigabytes
(a zip bomb), hold thousands of parts, names climbing out of any folder (``../../etc``) or
archives inside archives: members are read only up to :data:`MAX_ARCHIVE_MEMBERS`, each up to
:data:`MAX_MEMBER_BYTES`, all together up to :data:`MAX_ARCHIVE_UNZIPPED`, none expanding more
than :data:`MAX_RATIO` times (above :data:`RATIO_FLOOR`); an archive inside one is listed,
never opened; a name is only ever a label (nothing is written to disk). A ZIP that cannot
be opened (truncated, no central directory) is a broken document, as it is for a person.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO

from crawler.extract._result import Extracted
from oitwatch.exceptions import ExtractionError

__all__ = [
    "MAX_ARCHIVE_MEMBERS",
    "MAX_ARCHIVE_UNZIPPED",
    "MAX_MEMBER_BYTES",
    "MAX_RATIO",
    "RATIO_FLOOR",
    "Listing",
    "Member",
    "extract_archive",
    "list_archive",
    "read_members",
]

MAX_ARCHIVE_MEMBERS = 200  # members read from one archive (the rest listed as not read)
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # one member's uncompressed size
MAX_ARCHIVE_UNZIPPED = 256 * 1024 * 1024  # all members read from one archive, uncompressed
MAX_RATIO = 100  # uncompressed / compressed size of one member (a zip bomb's is 1000+) ...
RATIO_FLOOR = 1024 * 1024  # ... checked for members larger than this (small text packs tight)
_ARCHIVE_EXTENSIONS = (".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz")
_ZIP_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError)


@dataclass
class Member:
    """One member to read: its name (a relative path, ``/`` between folders) and sizes."""

    name: str
    size: int
    info: zipfile.ZipInfo = field(repr=False)


@dataclass
class Listing:
    """An archive's members to read, and those left unread with why."""

    members: list[Member] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    past_limit: int = 0  # members past MAX_ARCHIVE_MEMBERS

    @property
    def notes(self) -> str | None:
        notes = [f"{name}: {why}" for name, why in self.skipped[:5]]
        if len(self.skipped) > 5:
            notes.append(f"{len(self.skipped) - 5} more not read")
        if self.past_limit:
            notes.append(f"{self.past_limit} members past the first {MAX_ARCHIVE_MEMBERS} not read")
        return "; ".join(notes) or None


def _decoded_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its maker wrote it: zipfile reads names without the UTF-8 flag as
    cp437, while Thai Windows writes them in cp874 (and many tools in UTF-8 without the flag)."""
    name = info.filename
    if info.flag_bits & 0x800:
        return name
    try:
        raw = name.encode("cp437")
    except UnicodeEncodeError:
        return name
    for encoding in ("utf-8", "cp874"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return name


def _safe_name(name: str) -> str:
    """A label for the member: folders kept, ``..``, ``.``, drive letters and leading slashes
    dropped (a name climbing out of its folder means nothing here)."""
    name = name.replace("\\", "/")
    parts = [p for p in name.split("/") if p not in ("", ".", "..")]
    if parts and len(parts[0]) == 2 and parts[0][1] == ":":
        parts = parts[1:]
    return posixpath.join(*parts) if parts else ""


def list_archive(body: bytes) -> Listing:
    """The members of the ZIP ``body`` to read; raises ExtractionError when it cannot be opened
    or would unpack past the bounds."""
    try:
        infos = zipfile.ZipFile(BytesIO(body)).infolist()
    except _ZIP_READ_ERRORS as exc:
        raise ExtractionError(
            f"corrupt ZIP archive, cannot be opened ({type(exc).__name__}: {exc})"
        ) from exc
    listing = Listing()
    total = 0
    seen: set[str] = set()
    for info in infos:
        if info.is_dir():
            continue
        name = _safe_name(_decoded_name(info))
        if not name or name in seen:
            continue
        seen.add(name)
        base = name.rsplit("/", 1)[-1]
        if base.startswith(".") or name.startswith("__MACOSX/") or base.lower() == "thumbs.db":
            continue  # a system's own files, not the agency's
        if len(listing.members) >= MAX_ARCHIVE_MEMBERS:
            listing.past_limit += 1
            continue
        if info.flag_bits & 0x1:
            listing.skipped.append((name, "encrypted"))
            continue
        if name.lower().endswith(_ARCHIVE_EXTENSIONS):
            listing.skipped.append((name, "an archive inside the archive is not opened"))
            continue
        size = info.file_size
        if size > MAX_MEMBER_BYTES:
            listing.skipped.append((name, f"{size} bytes unpacked, over {MAX_MEMBER_BYTES}"))
            continue
        if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
            raise ExtractionError(
                f"ZIP archive refused (a zip bomb?): {name} expands {size // max(info.compress_size, 1)}"
                f" times, over {MAX_RATIO}"
            )
        total += size
        if total > MAX_ARCHIVE_UNZIPPED:
            raise ExtractionError(
                f"ZIP archive refused (a zip bomb?): its members unpack to more than "
                f"{MAX_ARCHIVE_UNZIPPED} bytes"
            )
        listing.members.append(Member(name, size, info))
    return listing


def read_members(body: bytes, listing: Listing) -> Iterator[tuple[Member, bytes | str]]:
    """Each listed member's bytes, or why it could not be read (a damaged member, a CRC error);
    never more than its declared size (zipfile stops there) and :data:`MAX_MEMBER_BYTES`."""
    try:
        zf = zipfile.ZipFile(BytesIO(body))
    except _ZIP_READ_ERRORS as exc:
        for member in listing.members:
            yield member, f"corrupt ZIP archive ({type(exc).__name__})"
        return
    with zf:
        for member in listing.members:
            try:
                with zf.open(member.info) as fh:
                    data = fh.read(MAX_MEMBER_BYTES + 1)
            except (*_ZIP_READ_ERRORS, NotImplementedError) as exc:
                yield member, f"damaged member, cannot be unpacked ({type(exc).__name__}: {exc})"
                continue
            if len(data) > MAX_MEMBER_BYTES:
                yield member, f"unpacks past {MAX_MEMBER_BYTES} bytes"
                continue
            yield member, data


def extract_archive(body: bytes) -> Extracted:
    """The archive as a document: its members' names, one a line (their documents are read
    one by one by the crawl, see ``crawler.pipelines``)."""
    listing = list_archive(body)
    names = [m.name for m in listing.members] + [name for name, _ in listing.skipped]
    if not names and not listing.past_limit:
        raise ExtractionError("empty ZIP archive: it holds no document")
    return Extracted(
        text="\n".join(names), method="zip", pages=len(listing.members), error=listing.notes
    )
