"""The HTML report: offline, escaped, one chart per published view, honest when empty."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

from sinks.report_html import Views, render_report

VIEWS = Views(
    sector_quarter=[("2026-Q1", "IT", 12), ("2026-Q2", "IT", 20), ("2026-Q2", "Retail", 7)],
    region_quarter=[("2026-Q1", "Île-de-France", 9), ("2026-Q2", "Île-de-France", 15)],
    seniority_quarter=[("2026-Q1", "0-2", 6), ("2026-Q2", "3-5", 11)],
    analytics=[(date(2026, 5, 1), "PageViewed", "/jobs/:id", 40, 9), (date(2026, 5, 2), "PageViewed", "/", 30, 8)],
    searches=[(date(2026, 5, 1), "data engineer", 14), (date(2026, 5, 2), "<script>x</script>", 6)],
    k=5,
)


def test_when_the_report_is_rendered_then_every_chart_is_inline_svg_with_its_points() -> None:
    page = render_report(VIEWS, datetime(2026, 11, 30, tzinfo=timezone.utc))
    charts = re.findall(r'<svg [^>]*data-chart="([a-z-]+)" data-points="(\d+)"', page)
    assert [kind for kind, _ in charts] == ["stacked-bars", "lines", "stacked-bars", "lines", "horizontal-bars"]
    assert [int(n) for _, n in charts] == [3, 2, 2, 2, 2]
    assert "k=5" in page and "2026-11-30 00:00 UTC" in page


def test_when_the_report_is_rendered_then_it_needs_no_network_and_escapes_labels() -> None:
    page = render_report(VIEWS)
    assert not re.search(r'(src|href)=["\']?https?:', page)
    assert "<script>x</script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
    assert "Île-de-France" in page


def test_when_nothing_is_published_yet_then_each_chart_says_so_instead_of_drawing() -> None:
    page = render_report(Views([], [], [], [], [], k=5))
    assert "data-chart=" not in page
    assert page.count("no published cell yet") == 5
