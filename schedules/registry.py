"""The site registry: which sites the scheduler checks, and who hears about them.

A YAML file the operator edits (``settings.sites_file``, default
``data_dir/sites.yaml``, created on first use from the bundled
``schedules/data/bma-districts.yaml``)::

    version: 1
    sites:
      pranakorn:                      # the site key (lower case, a-z 0-9 - _)
        code: "1001"                  # district code, optional
        name_th: พระนคร
        name_en: Phra Nakhon
        url: https://webportal.bangkok.go.th/pranakorn/   # null: not configured yet, skipped
        framework: bma-2567
        owners:                       # unit -> e-mails of who answers for its items
          ฝ่ายปกครอง: [admin@example.go.th]
          ฝ่ายการคลัง: []
        coordinator: oit@example.go.th   # hears about every item; optional
        webhook: null                 # this site's own webhook URL; optional

Unknown fields are errors; every error names the file and the site.
"""

from __future__ import annotations

import re
import shutil
import urllib.parse
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from oitwatch.exceptions import RegistryError
from oitwatch.settings import Settings
from oitwatch.store.sites import http_url_problem
from oitwatch.thai import thai_to_arabic

__all__ = [
    "BUNDLED",
    "DEFAULT_FRAMEWORK",
    "Registry",
    "SiteEntry",
    "load_registry",
    "make_entry",
    "registry_path",
    "save_registry",
]

# libyaml's C loader and dumper when present: a registry of thousands of agencies reads in
# well under a second instead of seconds.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

BUNDLED = Path(__file__).with_name("data") / "bma-districts.yaml"
DEFAULT_FRAMEWORK = "bma-2567"
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
EMAIL_RE = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$|^[^@\s,;<>]+@localhost$")


def _check_email(value: str) -> str:
    if not EMAIL_RE.match(value):
        raise ValueError(f"not an e-mail address: {value!r}")
    return value


def _check_http(value: str | None) -> str | None:
    if value is None:
        return None
    problem = http_url_problem(value)
    if problem:
        raise ValueError(problem)
    return value


class SiteEntry(BaseModel):
    """One site of the registry (its key is the mapping key, copied into ``key``)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, coerce_numbers_to_str=True)

    _key: str = PrivateAttr("")
    code: str | None = None
    name_th: str = ""
    name_en: str = ""
    url: str | None = None
    framework: str = DEFAULT_FRAMEWORK
    owners: dict[str, list[str]] = Field(default_factory=dict)
    coordinator: str | None = None
    webhook: str | None = None

    @field_validator("url", "webhook")
    @classmethod
    def _http(cls, v: str | None) -> str | None:
        return _check_http(v)

    @field_validator("code")
    @classmethod
    def _code(cls, v: str | None) -> str | None:
        return None if v is None else thai_to_arabic(v)

    @field_validator("coordinator")
    @classmethod
    def _coordinator(cls, v: str | None) -> str | None:
        return None if v is None else _check_email(v)

    @field_validator("owners")
    @classmethod
    def _owners(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for emails in v.values():
            for email in emails:
                _check_email(email)
        return v

    @property
    def key(self) -> str:
        """The site key (the registry's mapping key)."""
        return self._key

    @property
    def configured(self) -> bool:
        """Whether the site has a URL (sites without one are shown, never crawled)."""
        return self.url is not None

    @property
    def host(self) -> str:
        """``host[:port]`` of the site's URL, lower case (sites on one host run one at a time)."""
        if self.url is None:
            return ""
        return urllib.parse.urlsplit(self.url).netloc.lower()

    def emails_for(self, unit: str) -> list[str]:
        """The owner unit's addresses (none when the unit is unknown or has none)."""
        return list(self.owners.get(unit, []))


class Registry(BaseModel):
    """Every site, by key, in file order."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    sites: dict[str, SiteEntry] = Field(default_factory=dict)

    def site(self, key: str) -> SiteEntry:
        """The site ``key``; :class:`RegistryError` if the registry has none."""
        try:
            return self.sites[key]
        except KeyError:
            raise RegistryError(f"no site {key!r} in the registry") from None

    def configured(self) -> list[SiteEntry]:
        """Sites with a URL, in file order."""
        return [s for s in self.sites.values() if s.configured]

    def site_for_url(self, url: str) -> SiteEntry | None:
        """The configured site whose scope (its URL's path prefix) holds ``url``, the longest first.

        ``https://webportal.bangkok.go.th/bangkoknoi/page/x`` finds ``bangkoknoi``; http and
        https, and a ``www.`` prefix, are taken as the same site.
        """
        from crawler.urls import canonicalize
        from oitwatch.exceptions import ConfigError
        from oitwatch.store.sites import default_scope

        def loose(u: str) -> str:
            text = canonicalize(u).split("://", 1)[-1]
            return text.removeprefix("www.")

        try:
            target = loose(url)
        except ValueError:
            return None
        best: tuple[int, SiteEntry] | None = None
        for site in self.configured():
            try:
                scope = loose(default_scope(site.url or ""))
            except ConfigError:
                continue
            if (target.startswith(scope) or target + "/" == scope) and (
                best is None or len(scope) > best[0]
            ):
                best = (len(scope), site)
        return best[1] if best else None

    def by_host(self) -> dict[str, list[SiteEntry]]:
        """Configured sites grouped by host, each group in file order."""
        groups: dict[str, list[SiteEntry]] = {}
        for site in self.configured():
            groups.setdefault(site.host, []).append(site)
        return groups


def registry_path(settings: Settings) -> Path:
    """Where the live registry is: ``settings.sites_file`` or ``data_dir/sites.yaml``."""
    return settings.sites_file or settings.data_dir / "sites.yaml"


def make_entry(path: Path, key: str, data: dict[str, Any]) -> SiteEntry:
    """Validate one site's fields (for ``sites add``); errors name the file and the site."""
    if not KEY_RE.match(key):
        raise RegistryError(f"{path}: site {key}: bad key (use a-z, 0-9, - and _)")
    try:
        entry = SiteEntry.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "(entry)"
        raise RegistryError(f"{path}: site {key}: field {field}: {err['msg']}") from exc
    entry._key = key
    return entry


def _error(path: Path, exc: ValidationError) -> RegistryError:
    err = exc.errors()[0]
    loc = [str(p) for p in err["loc"]]
    if len(loc) >= 2 and loc[0] == "sites":
        field = ".".join(loc[2:]) or "(entry)"
        return RegistryError(f"{path}: site {loc[1]}: field {field}: {err['msg']}")
    return RegistryError(f"{path}: field {'.'.join(loc) or '(top)'}: {err['msg']}")


def load_registry(settings_or_path: Settings | Path) -> Registry:
    """Read and validate the registry; a live one missing is created from the bundled default."""
    if isinstance(settings_or_path, Settings):
        path = registry_path(settings_or_path)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(BUNDLED, path)
    else:
        path = settings_or_path
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise RegistryError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise RegistryError(f"{path}: the registry must be a mapping with 'sites'")
    sites = raw.get("sites") or {}
    if isinstance(sites, dict):
        for key in sites:
            if not isinstance(key, str) or not KEY_RE.match(key):
                raise RegistryError(f"{path}: site {key}: bad key (use a-z, 0-9, - and _)")
            if sites[key] is None:
                sites[key] = {}
    try:
        registry = Registry.model_validate(raw)
    except ValidationError as exc:
        raise _error(path, exc) from exc
    for key, entry in registry.sites.items():
        entry._key = key
    return registry


HEADER = """\
# oitwatch site registry: the sites checked every night and who is told what changed.
# url: null means "not configured yet" (shown, never crawled). owners: unit -> e-mails.
# Edit by hand or with `oitwatch sites add|remove`.
"""


def save_registry(registry: Registry, path: Path) -> None:
    """Write the registry back (atomically), with a short header comment."""
    data = {
        "version": registry.version,
        "sites": {k: s.model_dump() for k, s in registry.sites.items()},
    }
    text = HEADER + yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=200)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
