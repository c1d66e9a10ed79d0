"""The ``oitwatch`` command: a thin layer over the library.

Each command lives beside the code it drives (``rules/cli.py``,
``crawler/cli.py`` ...); this module only gathers them.
"""

from __future__ import annotations

import importlib

import click

from oitwatch import __version__
from oitwatch._cli import OitwatchGroup

__all__ = ["cli", "main"]

# (module, attribute) of every command, in the order help lists them.
COMMANDS = [
    ("oitwatch.demo.cli", "demo"),
    ("rules.cli", "rules"),
    ("crawler.cli", "crawl"),
    ("crawler.extract.cli", "extract_command"),
    ("checklist.cli", "check"),
    ("reports.cli", "report"),
    ("reports.web.cli", "serve"),
    ("reports.web.cli", "users"),
    ("schedules.cli", "sites"),
    ("schedules.cli", "schedule"),
    ("schedules.queue_cli", "worker"),
    ("schedules.queue_cli", "enqueue"),
    ("schedules.queue_cli", "status"),
    ("oitwatch.store.cli", "prune"),
]


@click.group(cls=OitwatchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="oitwatch")
def cli() -> None:
    """oitwatch: keep your agency's OIT public-disclosure items complete and current.

    Crawls an agency website, checks every OIT item of a framework (found,
    current, complete, links alive) and reports what to fix, in Thai.
    """


for _module, _name in COMMANDS:
    cli.add_command(getattr(importlib.import_module(_module), _name))


def main() -> None:
    cli(prog_name="oitwatch")
