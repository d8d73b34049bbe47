import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SaxesParser } from "saxes";
import { barChart } from "./bar-chart.js";
import { lineChart, timeOf } from "./line-chart.js";
import { compact, niceTicks } from "./svg.js";

/** Parses the SVG as XML (throws when it is not well-formed) and collects its elements. */
function elements(svg: string): { name: string; attributes: Record<string, string>; text: string }[] {
  const parser = new SaxesParser();
  const out: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const open: (typeof out)[number][] = [];
  parser.on("opentag", (tag) => {
    const el = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: "" };
    out.push(el);
    open.push(el);
  });
  parser.on("closetag", () => {
    open.pop();
  });
  parser.on("text", (t) => {
    const top = open[open.length - 1];
    if (top) top.text += t;
  });
  parser.write(svg).close();
  return out;
}

describe("SVG charts", () => {
  const spec = {
    title: "EU27 exports to KG & AM <monthly>",
    unit: "EUR",
    series: [
      {
        label: "EU27 → KG",
        points: [
          { period: "2021-12", value: 10 },
          { period: "2022-01", value: 20 },
          { period: "2022-02", value: null },
          { period: "2022-03", value: 40 },
        ],
      },
      {
        label: "EU27 → AM",
        points: [
          { period: "2021-12", value: 5 },
          { period: "2022-01", value: 5 },
          { period: "2022-02", value: 6 },
          { period: "2022-03", value: 7 },
        ],
      },
    ],
    markers: [{ date: "2022-02-24", label: "24 Feb 2022" }],
  };

  it("draws lines with gaps where data is missing, never as zero", () => {
    const els = elements(lineChart(spec));
    const paths = els.filter((e) => e.name === "path");
    assert.equal(paths.length, 2);
    assert.equal(paths[0]?.attributes.d?.match(/M/g)?.length, 2, "the KG line breaks at February");
    assert.equal(paths[1]?.attributes.d?.match(/M/g)?.length, 1);
    assert.equal(els.find((e) => e.name === "title")?.text, "EU27 exports to KG & AM <monthly>", "escaped, then read back");
  });

  it("marks the date between the months around it", () => {
    const svg = lineChart(spec);
    const els = elements(svg);
    const marker = els.find((e) => e.name === "line" && e.attributes["stroke-dasharray"]);
    const label = els.find((e) => e.name === "text" && e.text === "24 Feb 2022");
    assert.ok(marker && label);
    const path = els.find((e) => e.name === "path")?.attributes.d ?? "";
    const xs = [...path.matchAll(/[ML]([\d.]+) /g)].map((m) => Number(m[1]));
    const x = Number(marker?.attributes.x1);
    assert.ok(
      xs[1] !== undefined && xs[2] !== undefined && x > xs[1] && x < xs[2],
      `marker ${x} between January ${xs[1]} and March ${xs[2]}`,
    );
    assert.ok(Math.abs(timeOf("2022-02-24") - (2022 + (1 + 23 / 31) / 12)) < 1e-9);
  });

  it("draws bars left of zero for falls", () => {
    const svg = barChart({
      title: "Growth",
      bars: [
        { label: "KG", value: 8.9 },
        { label: "RU", value: -0.55 },
      ],
      format: "percent",
    });
    const rects = elements(svg).filter((e) => e.name === "rect" && e.attributes.height === "22");
    assert.equal(rects.length, 2);
    const [kg, ru] = rects;
    assert.ok(Number(ru?.attributes.x) < Number(kg?.attributes.x), "the fall starts left of the rise");
    assert.match(svg, />-55%</);
  });

  it("formats axes", () => {
    assert.deepEqual(niceTicks(0, 9.2), [0, 2, 4, 6, 8, 10]);
    assert.deepEqual(niceTicks(-0.55, 8.9), [-2, 0, 2, 4, 6, 8, 10]);
    assert.equal(compact(2733762752), "2.73bn");
    assert.equal(compact(-55000), "-55k");
  });
});
