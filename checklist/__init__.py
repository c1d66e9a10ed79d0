"""Judging a crawl against an OIT framework: evidence, freshness, elements, score."""

from checklist.officer import load_checklist
from checklist.run import check_site, evaluate, today
from checklist.score import estimate, level_for

__all__ = ["check_site", "estimate", "evaluate", "level_for", "load_checklist", "today"]
