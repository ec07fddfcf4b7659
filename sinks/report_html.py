"""The analysts' report: the published (k-suppressed) views drawn as charts in one HTML file.

Self-contained and offline: every chart is inline SVG generated here (no script or font
from a CDN, no chart library), so the file can be mailed or archived as it is. Input is
only what the published views return, so the report can show nothing that ``stats``
would hide. Pure: rows in, HTML out (``talentguard report`` does the reading).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Sequence

PALETTE = ("#2f6db5", "#e07b39", "#3a9a5b", "#c0392b", "#8e5ea2", "#7f8c8d", "#b8860b", "#17a2b8")
WIDTH, HEIGHT = 760, 300
PAD_L, PAD_R, PAD_T, PAD_B = 56, 170, 36, 44


@dataclass(frozen=True)
class Views:
    """Rows of the published views, as ``AggregateSink.published`` returns them."""

    sector_quarter: Sequence[tuple]     # (period, sector, profiles)
    region_quarter: Sequence[tuple]     # (period, region, profiles)
    seniority_quarter: Sequence[tuple]  # (period, seniority_band, profiles)
    analytics: Sequence[tuple]          # (day, event_type, path_group, events, visitors)
    searches: Sequence[tuple]           # (day, term, searches)
    k: int


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _ticks(top: float) -> list[float]:
    if top <= 0:
        return [0.0]
    raw = top / 4
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)  # 1-2-5 steps
    return [i * step for i in range(int(top // step) + 2)]


def _frame(title: str, kind: str, body: list[str], points: int, top: float, y_label: str) -> str:
    ticks = _ticks(top)
    scale_top = ticks[-1] or 1
    inner_h = HEIGHT - PAD_T - PAD_B
    axis = []
    for t in ticks:
        y = PAD_T + inner_h - inner_h * t / scale_top
        axis.append(f'<line x1="{PAD_L}" x2="{WIDTH - PAD_R}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e3e3"/>'
                    f'<text x="{PAD_L - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{t:,.0f}</text>')
    return (f'<figure class="chart"><figcaption>{_esc(title)}</figcaption>'
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
            f'height="{HEIGHT}" role="img" aria-label="{_esc(title)}" data-chart="{kind}" data-points="{points}">'
            f'<text x="14" y="{PAD_T + inner_h / 2:.0f}" transform="rotate(-90 14 {PAD_T + inner_h / 2:.0f})" '
            f'text-anchor="middle" class="axis">{_esc(y_label)}</text>'
            + "".join(axis) + "".join(body) + "</svg></figure>")


def _legend(names: Sequence[str]) -> list[str]:
    out = []
    for i, name in enumerate(names):
        y = PAD_T + 4 + i * 18
        out.append(f'<rect x="{WIDTH - PAD_R + 14}" y="{y}" width="12" height="12" fill="{PALETTE[i % len(PALETTE)]}"/>'
                   f'<text x="{WIDTH - PAD_R + 32}" y="{y + 10}" class="legend"><title>{_esc(name)}</title>'
                   f'{_esc(_short(name))}</text>')
    return out


def _short(label: str, limit: int = 20) -> str:
    """Legend labels fit the legend column; the full label stays in the tooltip."""
    return label if len(label) <= limit else label[:limit - 1] + "…"


def _empty(title: str, why: str) -> str:
    return (f'<figure class="chart empty"><figcaption>{_esc(title)}</figcaption>'
            f'<p class="note">{_esc(why)}</p></figure>')


def stacked_bars(title: str, rows: Sequence[tuple], y_label: str, top_n: int = 7) -> str:
    """rows: (x, series, value). One bar per x, stacked by series (the top_n largest, the
    rest as "other")."""
    if not rows:
        return _empty(title, "no published cell yet (every cell is below k, or nothing has expired)")
    totals: dict[str, float] = {}
    for _, series, value in rows:
        totals[str(series)] = totals.get(str(series), 0) + value
    keep = [s for s, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:top_n]]
    names = keep + (["other"] if len(totals) > len(keep) else [])
    xs = sorted({str(x) for x, _, _ in rows})
    stacks = {x: {n: 0.0 for n in names} for x in xs}
    for x, series, value in rows:
        stacks[str(x)][str(series) if str(series) in keep else "other"] += value
    top = max(sum(s.values()) for s in stacks.values())
    scale_top = _ticks(top)[-1] or 1
    inner_w, inner_h = WIDTH - PAD_L - PAD_R, HEIGHT - PAD_T - PAD_B
    slot = inner_w / len(xs)
    bar = min(60.0, slot * 0.7)
    body = []
    for i, x in enumerate(xs):
        left = PAD_L + i * slot + (slot - bar) / 2
        y = PAD_T + inner_h
        for j, name in enumerate(names):
            value = stacks[x][name]
            if value <= 0:
                continue
            h = inner_h * value / scale_top
            y -= h
            body.append(f'<rect x="{left:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                        f'fill="{PALETTE[j % len(PALETTE)]}"><title>{_esc(x)} · {_esc(name)}: {value:,.0f}</title></rect>')
        body.append(f'<text x="{left + bar / 2:.1f}" y="{HEIGHT - PAD_B + 16}" text-anchor="middle" class="tick">{_esc(x)}</text>')
    return _frame(title, "stacked-bars", body + _legend(names), len(rows), top, y_label)


def lines(title: str, rows: Sequence[tuple], y_label: str, top_n: int = 6) -> str:
    """rows: (x, series, value): one line per series over the sorted x values."""
    if not rows:
        return _empty(title, "no published cell yet")
    totals: dict[str, float] = {}
    for _, series, value in rows:
        totals[str(series)] = totals.get(str(series), 0) + value
    names = [s for s, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:top_n]]
    xs = sorted({str(x) for x, _, _ in rows})
    values = {n: {x: 0.0 for x in xs} for n in names}
    for x, series, value in rows:
        if str(series) in values:
            values[str(series)][str(x)] += value
    top = max(max(v.values()) for v in values.values())
    scale_top = _ticks(top)[-1] or 1
    inner_w, inner_h = WIDTH - PAD_L - PAD_R, HEIGHT - PAD_T - PAD_B
    step = inner_w / max(1, len(xs) - 1)
    body = []
    for j, name in enumerate(names):
        pts = [(PAD_L + (i * step if len(xs) > 1 else inner_w / 2), PAD_T + inner_h - inner_h * values[name][x] / scale_top)
               for i, x in enumerate(xs)]
        colour = PALETTE[j % len(PALETTE)]
        body.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2.5" points="'
                    + " ".join(f"{px:.1f},{py:.1f}" for px, py in pts) + '"/>')
        body += [f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3.5" fill="{colour}"><title>{_esc(x)} · {_esc(name)}: '
                 f'{values[name][x]:,.0f}</title></circle>' for (px, py), x in zip(pts, xs)]
    every = max(1, len(xs) // 8)
    for i, x in enumerate(xs):
        if i % every == 0:
            px = PAD_L + (i * step if len(xs) > 1 else inner_w / 2)
            body.append(f'<text x="{px:.1f}" y="{HEIGHT - PAD_B + 16}" text-anchor="middle" class="tick">{_esc(x)}</text>')
    return _frame(title, "lines", body + _legend(names), len(rows), top, y_label)


def horizontal_bars(title: str, items: Sequence[tuple[str, float]], x_label: str) -> str:
    if not items:
        return _empty(title, "no published cell yet")
    height = PAD_T + 22 * len(items) + 20
    top = max(v for _, v in items)
    inner_w = WIDTH - 220 - 60
    body = []
    for i, (label, value) in enumerate(items):
        y = PAD_T + i * 22
        w = inner_w * value / (top or 1)
        body.append(f'<text x="210" y="{y + 14}" text-anchor="end" class="tick">{_esc(label)}</text>'
                    f'<rect x="220" y="{y + 2}" width="{w:.1f}" height="16" fill="{PALETTE[0]}">'
                    f'<title>{_esc(label)}: {value:,.0f}</title></rect>'
                    f'<text x="{224 + w:.1f}" y="{y + 14}" class="tick">{value:,.0f}</text>')
    return (f'<figure class="chart"><figcaption>{_esc(title)}</figcaption>'
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
            f'height="{height}" role="img" aria-label="{_esc(title)}" data-chart="horizontal-bars" '
            f'data-points="{len(items)}"><text x="220" y="20" class="axis">{_esc(x_label)}</text>'
            + "".join(body) + "</svg></figure>")


STYLE = """
body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 24px; color: #222; }
h1 { font-size: 22px; margin: 0 0 4px; } .meta { color: #666; margin: 0 0 18px; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(560px, 1fr)); gap: 18px; }
figure.chart svg { width: 100%; height: auto; }
figure.chart { margin: 0; padding: 10px; border: 1px solid #ddd; border-radius: 6px; background: #fff; }
figcaption { font-weight: 600; margin-bottom: 6px; } .note { color: #777; }
svg text { font: 11px system-ui, sans-serif; fill: #444; } svg .legend { font-size: 12px; }
svg .axis { font-size: 12px; fill: #666; }
"""

# Marks the page once the browser has laid the charts out (a headless test reads it).
CHECK_SCRIPT = """
window.addEventListener('load', function () {
  var drawn = 0;
  document.querySelectorAll('svg[data-chart]').forEach(function (svg) {
    var box = svg.getBBox();
    if (box.width > 0 && box.height > 0 && svg.querySelectorAll('rect, polyline, circle').length > 0) drawn++;
  });
  document.body.setAttribute('data-charts-drawn', String(drawn));
});
"""


def render_report(views: Views, generated_at: datetime | None = None) -> str:
    generated = (generated_at or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")
    daily: dict[tuple[str, str], float] = {}
    for day, event_type, _path, events, _visitors in views.analytics:
        key = (day.isoformat() if isinstance(day, date) else str(day), str(event_type))
        daily[key] = daily.get(key, 0) + events
    terms: dict[str, float] = {}
    for _day, term, searches in views.searches:
        terms[str(term)] = terms.get(str(term), 0) + searches
    top_terms = sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))[:15]
    charts = [
        stacked_bars("Expired profiles per quarter, by sector", views.sector_quarter, "profiles"),
        lines("Expired profiles per quarter, by region", views.region_quarter, "profiles"),
        stacked_bars("Expired profiles per quarter, by seniority", views.seniority_quarter, "profiles"),
        lines("Site analytics: events per day, by type", [(d, t, n) for (d, t), n in daily.items()], "events"),
        horizontal_bars("Top searches (all days)", top_terms, "searches"),
    ]
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>talentguard report</title><style>" + STYLE + "</style></head><body>"
            f"<h1>talentguard: anonymised statistics</h1><p class=\"meta\">Generated {generated} from the "
            f"published views; every cell below k={views.k} is hidden (a rollup counts its own cells, so a "
            "quarter can show more profiles than the visible rows of the full cohort view).</p>"
            "<div class=\"grid\">" + "".join(charts) + "</div><script>" + CHECK_SCRIPT + "</script></body></html>")
