"""The crawler: one polite, bounded, incremental Scrapy crawl of a site, in its own process."""

from crawler.runner import CrawlProcess, run_crawl, start_crawl
from crawler.summary import CrawlSummary, load_summary

__all__ = ["CrawlProcess", "CrawlSummary", "load_summary", "run_crawl", "start_crawl"]
