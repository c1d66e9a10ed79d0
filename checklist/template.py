"""Standing information published in the site's template: the footer on every page.

Boilerplate (lines on many pages) is left out of pages' own text so that a menu naming an item
is not evidence on every page. But agencies often publish their address, phones and e-mail only
in the footer. For a standing item nothing else names, the start page *with* its template is
offered as evidence when most of the item's elements are there, so the verdict says which
element is missing (no fax, no map) rather than that the item is missing.
"""

from __future__ import annotations

import dataclasses

from checklist.elements import element_present
from checklist.evidence import Bundle, Candidate
from checklist.snapshot import Snapshot
from rules.models import Item, Standing

__all__ = ["template_bundle"]

TEMPLATE_CONFIDENCE = 0.7
MIN_ELEMENTS = 3  # the template must show at least this many of the item's elements ...
SHARE = 0.6  # ... and this share of them


def template_bundle(snapshot: Snapshot, item: Item) -> Bundle | None:
    """The start page with its template as ``item``'s evidence, or ``None`` when it shows too
    few of the item's elements (or the item is not standing information)."""
    if not isinstance(item.freshness, Standing) or len(item.elements) < MIN_ELEMENTS:
        return None
    start = snapshot.doc(snapshot.site.start_url)
    if start is None or not start.alive or start.kind != "page" or not start.text:
        return None
    own = set(start.main_text.splitlines())
    # the template's lines only: the page's own content (an OIT list naming the item) is not it
    footer = "\n".join(ln for ln in start.text.splitlines() if ln.strip() not in own)
    whole = dataclasses.replace(start, main_text=footer)
    links = [
        dataclasses.replace(lk, boilerplate=False)
        for lk in snapshot.links_from.get(start.url, [])
        if lk.boilerplate
    ]
    why = "the site's template (footer on every page)"
    bundle = Bundle(
        candidates=[Candidate(start.url, TEMPLATE_CONFIDENCE, "template", "", start.title, why)],
        docs=[whole],
        links=links,
    )
    found = sum(1 for e in item.elements if element_present(e, bundle))
    if found < MIN_ELEMENTS or found < SHARE * len(item.elements):
        return None
    return bundle
