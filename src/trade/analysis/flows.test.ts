import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { comtradeFixtureRows } from "./fixture-rows.js";
import { growth } from "./growth.js";
import { parseHsSelection } from "./hs-selection.js";
import { series } from "./series.js";
import { shares } from "./shares.js";

const CHPL = parseHsSelection("CHPL");
const values = (points: { value: number | null }[] | undefined) => points?.map((p) => p.value);

describe("series, shares and growth on the Comtrade fixtures", async () => {
  const rows = await comtradeFixtureRows();

  it("series by month: gaps stay empty, HS2017 and HS2022 codes both count, partial codes are left out", () => {
    const s = series(rows, {
      reporters: ["KZ"],
      partners: ["DE"],
      flow: "import",
      hs: CHPL,
      freq: "month",
      from: "2021-01",
      to: "2021-04",
    });
    // Jan: 854231 100 (854140 → 854149 is only partly CHPL: out); Feb: 100 + 880330 (→ 880730) 40; Mar: no data.
    assert.deepEqual(values(s.series[0]?.points), [100, 140, null, 100]);
    assert.ok(s.notes.some((n) => /1 row\(s\) in pre-2022 codes .* left out, worth 50/.test(n)));
    assert.ok(s.notes.some((n) => /shown as empty \(not zero\)/.test(n)));
    const whole = series(rows, {
      reporters: ["KZ"],
      partners: ["DE"],
      flow: "import",
      hs: parseHsSelection("CHPL", { includePartial: true }),
      freq: "month",
      from: "2021-01",
      to: "2021-01",
    });
    assert.deepEqual(values(whole.series[0]?.points), [150]);
    const tier = series(rows, {
      reporters: ["KZ"],
      partners: ["DE"],
      flow: "import",
      hs: parseHsSelection("tier:3.B"),
      freq: "month",
      from: "2021-02",
      to: "2022-02",
    });
    assert.equal(tier.series[0]?.points[0]?.value, 40, "HS2017 880330 is tier 3.B");
    assert.equal(tier.series[0]?.points.at(-1)?.value, 40, "HS2022 880730 is tier 3.B");
  });

  it("series by year sums the months present and says how many", () => {
    const s = series(rows, { reporters: ["KZ"], partners: ["DE"], flow: "import", hs: CHPL, freq: "year" });
    assert.deepEqual(s.series[0]?.points, [
      { period: "2021", value: 340, months: 3 },
      { period: "2022", value: 940, months: 3 },
    ]);
    assert.ok(s.notes.some((n) => /fewer than 12 months/.test(n)));
  });

  it("series reads TOTAL rows only for TOTAL, and the deepest rows present for a heading", () => {
    const total = series(rows, { reporters: ["RU"], partners: ["CN"], flow: "import", hs: parseHsSelection("TOTAL"), freq: "year" });
    assert.deepEqual(values(total.series[0]?.points), [100000]);
    const heading = series(rows, { reporters: ["RU"], partners: ["CN"], flow: "import", hs: parseHsSelection("8542"), freq: "year" });
    assert.deepEqual(values(heading.series[0]?.points), [890]);
  });

  it("an aggregate's own row wins over its members; without it, members are summed", () => {
    const own = series(rows, { reporters: ["EU"], partners: ["RU"], flow: "export", hs: CHPL, freq: "year" });
    assert.deepEqual(values(own.series[0]?.points), [60]);
    const withoutEuRow = rows.filter((r) => r.reporter !== "EU");
    const summed = series(withoutEuRow, { reporters: ["EU"], partners: ["RU"], flow: "export", hs: CHPL, freq: "year" });
    assert.deepEqual(values(summed.series[0]?.points), [60]);
    assert.ok(summed.notes.some((n) => /EU: 1 statistic\(s\) without an EU row were summed from 2 member row\(s\)/.test(n)));
  });

  it("shares by origin as the destination reports them: 89% of Russia's CHPL imports from China", () => {
    const s = shares(rows, { destination: "RU", period: "2023", hs: CHPL, basis: "reported" });
    assert.equal(s.totalFrom, "world row");
    assert.deepEqual(
      s.rows.map((r) => [r.origin, r.share]),
      [
        ["CN", 0.89],
        ["HK", 0.05],
        ["KZ", 0.03],
        ["TR", 0.02],
      ],
    );
    assert.ok(s.notes.some((n) => /1% of the world total is not allocated/.test(n)));
    const total = shares(rows, { destination: "RU", period: "2023", hs: parseHsSelection("TOTAL"), basis: "reported" });
    assert.deepEqual(total.rows, [{ origin: "CN", value: 100000, share: 0.4 }]);
  });

  it("shares by origin from partners' exports (mirror) drop the EU row its members repeat", () => {
    const s = shares(rows, { destination: "RU", period: "2023", hs: CHPL, basis: "mirror" });
    assert.deepEqual(
      s.rows.map((r) => [r.origin, r.value]),
      [
        ["CN", 900],
        ["KG", 500],
        ["AM", 100],
        ["DE", 40],
        ["FR", 20],
      ],
    );
    assert.equal(s.total, 1560);
    assert.equal(s.totalFrom, "sum of origins");
  });

  it("growth against a baseline: zero baseline, a missing baseline year, a month against the same months", () => {
    const g = growth(rows, {
      reporter: "KG",
      partners: ["RU"],
      flow: "export",
      period: "2023",
      baseline: { from: "2019", to: "2021" },
      hs: CHPL,
    });
    assert.deepEqual([g.rows[0]?.value, g.rows[0]?.baselineMean, g.rows[0]?.growth], [500, 0, null]);
    assert.deepEqual(g.rows[0]?.notes, ["baseline is zero: growth is undefined"]);
    const am = growth(rows, {
      reporter: "AM",
      partners: ["RU"],
      flow: "export",
      period: "2023",
      baseline: { from: "2019", to: "2021" },
      hs: CHPL,
    });
    assert.deepEqual([am.rows[0]?.baselineMean, am.rows[0]?.growth], [20, 4]);
    assert.deepEqual(am.rows[0]?.notes, ["no data for baseline period(s) 2020: mean of the others"]);
    const month = growth(rows, {
      reporter: "KZ",
      partners: ["DE"],
      flow: "import",
      period: "2022-02",
      baseline: { from: "2021", to: "2021" },
      hs: CHPL,
    });
    assert.deepEqual([month.rows[0]?.value, month.rows[0]?.baselineMean, month.rows[0]?.growth], [340, 140, 340 / 140 - 1]);
    const none = growth(rows, {
      reporter: "KZ",
      partners: ["DE"],
      flow: "import",
      period: "2022-03",
      baseline: { from: "2021", to: "2021" },
      hs: CHPL,
    });
    assert.equal(none.rows[0]?.growth, null);
    assert.deepEqual(none.rows[0]?.notes, ["no data for baseline period(s) 2021-03: mean of the others", "no baseline data"]);
  });

  it("refuses to add currencies together", () => {
    const mixed = [...rows, { ...(rows[0] as (typeof rows)[number]), id: -5, currency: "EUR", period: "2019-05" }];
    assert.throws(
      () => series(mixed, { reporters: ["KZ"], partners: ["DE"], flow: "import", hs: CHPL, freq: "year" }),
      /mix currencies \(EUR, USD\)/,
    );
    const usd = series(mixed, { reporters: ["KZ"], partners: ["DE"], flow: "import", hs: CHPL, freq: "year", currency: "usd" });
    assert.equal(usd.currency, "USD");
  });
});
