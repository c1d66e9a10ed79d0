"""Versioned OIT rule sets: one data file per framework (variant and year), and mappings between them.

>>> from rules import load_framework
>>> load_framework("bma-2567").item("O15").freshness.kind
'monthly'
"""

from rules.describe import describe_freshness, describe_match
from rules.loader import (
    FRAMEWORKS_DIR,
    MAPPINGS_DIR,
    corresponding,
    framework_ids,
    load_all,
    load_framework,
    load_mapping,
    mapping_files,
    validate_path,
)
from rules.models import Element, Framework, FrameworkMapping, Item, SubIndicator

__all__ = [
    "FRAMEWORKS_DIR",
    "MAPPINGS_DIR",
    "Element",
    "Framework",
    "FrameworkMapping",
    "Item",
    "SubIndicator",
    "corresponding",
    "describe_freshness",
    "describe_match",
    "framework_ids",
    "load_all",
    "load_framework",
    "load_mapping",
    "mapping_files",
    "validate_path",
]
