/**
 * A time-series line chart as SVG: months or years on x, value on y from zero, one line per series,
 * gaps where a period has no data (never drawn as zero), and vertical markers for dates such as
 * 24 Feb 2022.
 */
import { compact, esc, fmt, niceTicks, PALETTE, svgOpen } from "./svg.js";

export interface LineSeries {
  label: string;
  points: { period: string; value: number | null }[];
}

export interface LineChartSpec {
  title: string;
  subtitle?: string;
  /** Unit of the y axis, e.g. "EUR". */
  unit?: string;
  series: LineSeries[];
  markers?: { date: string; label: string }[];
  width?: number;
  height?: number;
}

/** "2022", "2022-02" or "2022-02-24" → fractional year (2022.0, 2022.083, 2022.146). */
export function timeOf(period: string): number {
  const y = Number(period.slice(0, 4));
  const m = period.length >= 7 ? Number(period.slice(5, 7)) - 1 : 0;
  const d = period.length >= 10 ? (Number(period.slice(8, 10)) - 1) / 31 : 0;
  return y + (m + d) / 12;
}

export function lineChart(spec: LineChartSpec): string {
  const width = spec.width ?? 800;
  const height = spec.height ?? 400;
  const margin = { top: spec.subtitle ? 58 : 42, right: 20, bottom: 40, left: 64 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const points = spec.series.flatMap((s) => s.points);
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const monthly = points.some((p) => p.period.length >= 7);
  // Yearly points sit mid-year so that a marker date falls in the right place between them.
  const t = (p: string) => timeOf(p) + (p.length === 4 ? 0.5 : 1 / 24);
  const times = [...points.map((p) => t(p.period)), ...(spec.markers ?? []).map((m) => timeOf(m.date))];
  const t0 = times.length ? Math.min(...times) : 0;
  const t1 = times.length ? Math.max(...times) : 1;
  const ticks = niceTicks(values.length ? Math.min(...values) : 0, values.length ? Math.max(...values) : 1);
  const y0 = ticks[0] ?? 0;
  const y1 = ticks[ticks.length - 1] ?? 1;
  const x = (time: number) => margin.left + (t1 === t0 ? plotW / 2 : ((time - t0) / (t1 - t0)) * plotW);
  const y = (v: number) => margin.top + plotH - ((v - y0) / (y1 - y0 || 1)) * plotH;
  const desc = `${spec.series.map((s) => s.label).join(", ")}; ${points.length} points${monthly ? " by month" : " by year"}`;
  const out = [svgOpen(width, height, spec.title, desc)];
  out.push(`<text x="${margin.left}" y="20" font-size="15" font-weight="600">${esc(spec.title)}</text>`);
  if (spec.subtitle) out.push(`<text x="${margin.left}" y="38" fill="#555">${esc(spec.subtitle)}</text>`);
  for (const tick of ticks) {
    out.push(`<line x1="${margin.left}" x2="${margin.left + plotW}" y1="${fmt(y(tick))}" y2="${fmt(y(tick))}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${margin.left - 6}" y="${fmt(y(tick) + 4)}" text-anchor="end" fill="#555">${esc(compact(tick))}</text>`);
  }
  if (spec.unit) out.push(`<text x="12" y="${margin.top - 8}" fill="#555">${esc(spec.unit)}</text>`);
  for (let year = Math.ceil(t0); year <= Math.floor(t1); year++) {
    out.push(`<line x1="${fmt(x(year))}" x2="${fmt(x(year))}" y1="${margin.top + plotH}" y2="${margin.top + plotH + 5}" stroke="#555"/>`);
    out.push(`<text x="${fmt(x(year))}" y="${margin.top + plotH + 18}" text-anchor="middle" fill="#555">${year}</text>`);
  }
  out.push(`<line x1="${margin.left}" x2="${margin.left + plotW}" y1="${fmt(y(0))}" y2="${fmt(y(0))}" stroke="#555"/>`);
  for (const m of spec.markers ?? []) {
    const mx = fmt(x(timeOf(m.date)));
    out.push(`<line x1="${mx}" x2="${mx}" y1="${margin.top}" y2="${margin.top + plotH}" stroke="#b00" stroke-dasharray="4 3"/>`);
    out.push(`<text x="${mx}" y="${margin.top - 4}" text-anchor="middle" fill="#b00">${esc(m.label)}</text>`);
  }
  spec.series.forEach((s, i) => {
    const colour = PALETTE[i % PALETTE.length];
    let d = "";
    let pen = false;
    for (const p of [...s.points].sort((a, b) => t(a.period) - t(b.period))) {
      if (p.value === null) {
        pen = false;
        continue;
      }
      d += `${pen ? "L" : "M"}${fmt(x(t(p.period)))} ${fmt(y(p.value))}`;
      pen = true;
    }
    out.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="2"><title>${esc(s.label)}</title></path>`);
    const ly = margin.top + 14 + i * 16;
    out.push(`<rect x="${margin.left + 10}" y="${ly - 9}" width="12" height="3" fill="${colour}"/>`);
    out.push(`<text x="${margin.left + 28}" y="${ly - 4}">${esc(s.label)}</text>`);
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
