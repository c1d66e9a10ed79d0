"""What every command shares: the settings options and error handling."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from pydantic import ValidationError

from oitwatch.exceptions import ConfigError, OitwatchError
from oitwatch.settings import Settings

__all__ = ["DateParam", "OitwatchGroup", "setting_error", "settings_options"]


def settings_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--db`` and ``--data-dir`` and pass a ready ``settings`` to the command."""

    @click.option(
        "--db",
        envvar="OITWATCH_DB",
        default=None,
        help="SQLAlchemy URL of the store [env OITWATCH_DB; default SQLite in the data dir].",
    )
    @click.option(
        "--data-dir",
        envvar="OITWATCH_DATA_DIR",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Where the store, document bodies and reports live [env OITWATCH_DATA_DIR].",
    )
    @functools.wraps(func)
    def wrapper(*args: Any, db: str | None, data_dir: Path | None, **kwargs: Any) -> Any:
        overrides: dict[str, Any] = {}
        if db:
            overrides["db"] = db
        if data_dir:
            overrides["data_dir"] = data_dir
        try:
            kwargs["settings"] = Settings(**overrides)
        except ValidationError as exc:
            raise ConfigError(setting_error(exc)) from exc
        return func(*args, **kwargs)

    return wrapper


def setting_error(exc: ValidationError) -> str:
    """A settings ``ValidationError`` as one line naming the option and its environment variable."""
    err = exc.errors()[0]
    name = ".".join(str(p) for p in err["loc"]) or "settings"
    msg = str(err["msg"]).removeprefix("Value error, ")
    return f"ค่าตั้งไม่ถูกต้อง (bad setting) --{name.replace('_', '-')} / OITWATCH_{name.upper()}: {msg}"


class OitwatchGroup(click.Group):
    """A click group that shows an error as one line, never a traceback.

    A bad option or setting (``ConfigError``), or a file or folder the user
    named that cannot be used (``OSError``), exits with status 2, like any
    usage error; other errors (a dead site, a busy lock) exit with status 1.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            if exc.ctx is None or isinstance(exc.ctx.command, click.Group):
                raise  # "no such command": the usage helps
            where = exc.ctx.command_path
            error = click.ClickException(f"{exc.format_message()} (see '{where} -h')")
            error.exit_code = 2
            raise error from exc
        except ConfigError as exc:
            error = click.ClickException(str(exc))
            error.exit_code = 2
            raise error from exc
        except OitwatchError as exc:
            raise click.ClickException(str(exc)) from exc
        except OSError as exc:
            where = f": {exc.filename}" if exc.filename else ""
            error = click.ClickException(f"{exc.strerror or exc}{where}")
            error.exit_code = 2
            raise error from exc


class DateParam(click.ParamType):
    """A date as YYYY-MM-DD, in Arabic or Thai digits, Common or Buddhist era (year > 2400)."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from datetime import date

        from oitwatch.thai import thai_to_arabic

        if isinstance(value, date):
            return value
        text = thai_to_arabic(str(value)).strip()
        try:
            year, month, day = (int(p) for p in text.split("-"))
            if year > 2400:
                year -= 543
            if not 1900 <= year <= 2200:  # "68-04-30" is not the year 68
                raise ValueError(year)
            return date(year, month, day)
        except ValueError:
            self.fail(f"{value!r} is not a date like 2025-04-30 (or ๒๕๖๘-๐๔-๓๐)", param, ctx)
