import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SaxesParser } from "saxes";
import { sharedData } from "../../../test/data.js";
import { parseHsSelection } from "../analysis/hs-selection.js";
import { importTradeFile } from "../import.js";
import { memoryStore } from "../importers/test-helpers.js";
import { buildReport, type ReportOptions } from "./build.js";
import { renderReport } from "./html.js";

describe("HTML trade report", async () => {
  const store = memoryStore();
  await importTradeFile(store, "eurostat", sharedData("trade", "eurostat_eu_member_exports_to_KG_monthly.csv"));
  await importTradeFile(store, "eurostat", sharedData("trade", "eurostat_eu_member_exports_to_AM_monthly.csv"));
  await importTradeFile(store, "imf", sharedData("trade", "imf_imts_RU_by_partner_annual_2016_2024.csv"));
  await importTradeFile(store, "customs", new URL("../flags/fixtures/customs-records.csv", import.meta.url).pathname);
  const imports = await store.listTradeImports();
  const options: ReportOptions = {
    title: "Test report",
    reporter: "EU27",
    partners: ["KG", "AM"],
    period: "2023",
    baseline: { from: "2019", to: "2021" },
    seriesPartners: ["KG", "AM"],
    hs: parseHsSelection("TOTAL"),
    marker: { date: "2022-02-24", label: "24 Feb 2022" },
    shares: { destination: "RU", period: "2023", basis: "reported" },
    mirror: { exporter: "EU27", importer: "KG" },
    generatedAt: "2026-01-01T00:00:00Z",
  };

  it("puts growth, a marked monthly chart, shares, a mirror table, red flags and sources on one page", async () => {
    const spec = await buildReport(store, imports, options);
    assert.deepEqual(
      spec.sections.map((s) => [s.title.split(" ").slice(0, 3).join(" "), Boolean(s.error)]),
      [
        ["EU27 exports in", false],
        ["EU27 exports by", false],
        ["Origins of RU's", false],
        ["Mirror: EU27 exports", false],
        ["Red flags in", false],
      ],
    );
    // The selection is TOTAL: every flow section says it shows all goods (issue 13: titles said dual-use).
    for (const section of spec.sections.slice(0, 4)) assert.match(section.title, /all goods \(TOTAL\)/);
    assert.equal(spec.goods, "all goods (TOTAL)");
    const html = renderReport(spec);
    assert.match(html, /<p>Goods: all goods \(TOTAL\); for high-priority dual-use goods only, use --hs CHPL\.<\/p>/);
    assert.match(html, /<td class="n">\+891\.5%<\/td>/);
    assert.match(html, /<td class="n">\+187\.0%<\/td>/);
    assert.match(html, /24 Feb 2022/);
    assert.match(html, /<td>CN<\/td><td class="n">120bn USD<\/td><td class="n">45\.2%<\/td>/);
    assert.match(html, /no year in which both sides report/);
    assert.match(html, /new-importer-since-cutoff: 2/);
    for (const i of imports) assert.ok(html.includes(`${i.sha256.slice(0, 16)}…`), i.fileName);
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    assert.equal(svgs.length, 3);
    for (const svg of svgs) new SaxesParser().write(svg).close();
  });

  it("says why a section is empty instead of failing the report", async () => {
    const spec = await buildReport(store, imports, { ...options, period: "2023-13" });
    assert.match(spec.sections[0]?.error ?? "", /period must be YYYY or YYYY-MM/);
    assert.match(renderReport(spec), /<p class="error">period must be YYYY or YYYY-MM/);
  });
});
