/** Horizontal bars as SVG, for shares by origin and growth by partner; negative values grow left of zero. */
import { compact, esc, fmt, niceTicks, PALETTE, svgOpen } from "./svg.js";

export interface BarChartSpec {
  title: string;
  subtitle?: string;
  bars: { label: string; value: number; text?: string }[];
  /** Axis tick labels: "percent" shows 0.5 as 50%. */
  format?: "number" | "percent";
  width?: number;
}

export function barChart(spec: BarChartSpec): string {
  const width = spec.width ?? 800;
  const barH = 22;
  const margin = { top: spec.subtitle ? 58 : 42, right: 90, bottom: 30, left: 140 };
  const height = margin.top + margin.bottom + Math.max(1, spec.bars.length) * (barH + 6);
  const plotW = width - margin.left - margin.right;
  const values = spec.bars.map((b) => b.value);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), 5);
  const lo = ticks[0] ?? 0;
  const hi = ticks[ticks.length - 1] ?? 1;
  const x = (v: number) => margin.left + ((v - lo) / (hi - lo || 1)) * plotW;
  const label = (v: number) => (spec.format === "percent" ? `${Number((v * 100).toPrecision(3))}%` : compact(v));
  const out = [svgOpen(width, height, spec.title, spec.bars.map((b) => `${b.label}: ${b.text ?? label(b.value)}`).join("; "))];
  out.push(`<text x="${margin.left}" y="20" font-size="15" font-weight="600">${esc(spec.title)}</text>`);
  if (spec.subtitle) out.push(`<text x="${margin.left}" y="38" fill="#555">${esc(spec.subtitle)}</text>`);
  const bottom = height - margin.bottom;
  for (const tick of ticks) {
    out.push(`<line x1="${fmt(x(tick))}" x2="${fmt(x(tick))}" y1="${margin.top}" y2="${bottom}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${fmt(x(tick))}" y="${bottom + 16}" text-anchor="middle" fill="#555">${esc(label(tick))}</text>`);
  }
  spec.bars.forEach((b, i) => {
    const top = margin.top + i * (barH + 6);
    const x0 = x(Math.min(0, b.value));
    const w = Math.abs(x(b.value) - x(0));
    const colour = b.value < 0 ? PALETTE[3] : PALETTE[0];
    out.push(`<text x="${margin.left - 8}" y="${top + barH / 2 + 4}" text-anchor="end">${esc(b.label)}</text>`);
    out.push(
      `<rect x="${fmt(x0)}" y="${top}" width="${fmt(w)}" height="${barH}" fill="${colour}"><title>${esc(`${b.label}: ${b.text ?? label(b.value)}`)}</title></rect>`,
    );
    const tx = b.value < 0 ? x(0) + 6 : x(b.value) + 6;
    out.push(`<text x="${fmt(tx)}" y="${top + barH / 2 + 4}" fill="#333">${esc(b.text ?? label(b.value))}</text>`);
  });
  out.push(`<line x1="${fmt(x(0))}" x2="${fmt(x(0))}" y1="${margin.top - 4}" y2="${bottom}" stroke="#555"/>`);
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
