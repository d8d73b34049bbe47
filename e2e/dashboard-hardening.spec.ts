/**
 * What an outside probe found on the dashboard (issue 13), in real Chromium: pages stacking on quick
 * navigation, empty charts drawn as "NaN", a threshold of its own, fonts for Han, Cyrillic and Arabic,
 * raw property keys, literal backticks, sideways scrolling on a phone, "G" for billions, and a trade
 * page that showed only two of the CLI's analyses.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { API_KEY, type Harness, startHarness } from "./harness.js";

let hx: Harness;

before(async () => {
  hx = await startHarness();
  await hx.page.addInitScript((key) => sessionStorage.setItem("chokepoint.apiKey", key), API_KEY);
});
after(async () => {
  await hx?.close();
});

describe("dashboard hardening", () => {
  it("renders only the last page when the hash changes quickly", async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}/#/changes?since=2024-04-15`);
    await page.locator("main h1").waitFor();
    await page.evaluate(() => {
      window.location.hash = "#/sources";
      setTimeout(() => {
        window.location.hash = "#/trade";
      }, 0);
      setTimeout(() => {
        window.location.hash = "#/batch";
      }, 5);
    });
    await page.getByRole("heading", { level: 1, name: "Batch screening" }).waitFor();
    // Give the earlier pages' requests time to come back: they must draw nowhere.
    await page.waitForTimeout(1500);
    assert.deepEqual(await page.locator("main h1").allTextContents(), ["Batch screening"]);
  });

  it("starts the threshold at the algorithm's default from the API, on screening and batch", async () => {
    const { page } = hx;
    const ready = await (await fetch(`${hx.baseUrl}/readyz`)).json();
    const expected = (ready.index.threshold as number).toFixed(2);
    await page.goto(`${hx.baseUrl}/#/`);
    await page.locator("#threshold-value").waitFor();
    assert.equal(await page.locator("#threshold-value").textContent(), expected);
    assert.equal(await page.locator("#threshold").inputValue(), String(Number(expected)));
    await page.goto(`${hx.baseUrl}/#/batch`);
    assert.equal(await page.locator("#batch-threshold").getAttribute("placeholder"), expected);
  });

  it("shows where a hit is listed", async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}/#/?q=Vladimir%20Putin`);
    const first = page.locator(".hit").first();
    await first.waitFor();
    assert.match((await first.textContent()) ?? "", /Listed on SDN List/);
  });

  it("draws Han, Cyrillic and Arabic text with fonts that have the glyphs", async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}/#/sources`);
    await page.locator("table.sources").waitFor();
    await page.evaluate(() => {
      for (const [id, lang, text] of [
        ["probe-han", "zh", "长沙天仪空间科技研究院有限公司"],
        ["probe-cyrl", "ru", "Евгений Пригожин"],
        ["probe-arab", "ar", "محمد بن سلمان"],
      ]) {
        const p = document.createElement("p");
        p.id = id as string;
        p.lang = lang as string;
        p.textContent = text as string;
        document.querySelector("main")?.append(p);
      }
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument");
    const families: Record<string, string[]> = {};
    for (const id of ["probe-han", "probe-cyrl", "probe-arab"]) {
      const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: `#${id}` });
      const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
      families[id] = fonts.map((f) => f.familyName);
    }
    await cdp.detach();
    assert.ok(
      families["probe-han"]?.some((f) => /CJK|Han|SC|YaHei|PingFang|WenQuanYi/.test(f)),
      `Han drawn with ${families["probe-han"]}`,
    );
    assert.ok(families["probe-cyrl"]?.length, "Cyrillic drawn");
    assert.ok(families["probe-arab"]?.length, "Arabic drawn");
    const stack = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    for (const family of ["Noto Sans CJK SC", "DejaVu Sans", "Noto Sans Arabic"])
      assert.ok(stack.includes(family), `${family} in ${stack}`);
  });

  it("labels the entity page's property keys", async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}/#/entity/us_ofac_sdn%3A17013`);
    await page.locator("dl.facts").waitFor();
    const text = (await page.locator("dl.facts").textContent()) ?? "";
    assert.match(text, /Incorporation date/);
    assert.match(text, /Secondary sanctions risk/);
    assert.doesNotMatch(text, /incorporationDate|secondarySanctionsRisk/);
  });

  it("shows commands as code, never with literal backticks", async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}/#/sources`);
    await page.locator("table.sources").waitFor();
    assert.doesNotMatch((await page.locator("main").textContent()) ?? "", /`/);
    assert.ok((await page.locator("main p code", { hasText: "chokepoint sync" }).count()) === 1);
  });

  it("explains an empty trade chart instead of drawing NaN axes", async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}/#/trade?partners=CN`);
    await page.locator("#series-chart").waitFor();
    assert.match((await page.locator("#series-chart").textContent()) ?? "", /nothing to draw.*no imported file has values for EU27 → CN/);
    assert.match((await page.locator("#growth-chart").textContent()) ?? "", /no partner \(CN\) has values/);
    assert.equal(await page.locator("#charts svg").count(), 0);
    assert.doesNotMatch((await page.locator("#charts").textContent()) ?? "", /NaN/);
  });

  it("shows annual series in bn (not G), shares, mirror gaps, re-export ratios and red flags", async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}/#/trade?partners=KG&view=year`);
    await page.locator("#series-chart svg[aria-label^='Line chart']").waitFor();
    assert.match((await page.locator("#charts h2").first().textContent()) ?? "", /Annual series/);
    const ticks = await page.locator("#series-chart svg[aria-label^='Line chart'] text").allTextContents();
    assert.ok(
      ticks.some((t) => /\dbn$/.test(t)),
      `ticks: ${ticks.join(" ")}`,
    );
    assert.ok(!ticks.some((t) => /\dG$/.test(t)), `ticks: ${ticks.join(" ")}`);
    await page.locator("#shares table.shares").waitFor();
    assert.ok((await page.locator("#shares table.shares tbody tr").count()) > 3);
    await page.locator("#mirror table.mirror").waitFor();
    const mirror = (await page.locator("#mirror table.mirror tbody tr").allTextContents()).find((r) => r.startsWith("EU27 → KG2023")) ?? "";
    assert.match(mirror, /EU27 → KG.*2,733,762,750.*901,470,020.*0\.33/);
    await page.locator("#reexport table.reexport").waitFor();
    assert.match((await page.locator("#reexport").textContent()) ?? "", /EU27 → KG → RU.*\(reported\).*a side is missing/);
    await page.locator("#flags .empty-state").waitFor();
    assert.match((await page.locator("#flags").textContent()) ?? "", /No customs records are loaded/);
    await hx.shot("10-trade-annual");
  });

  it("never scrolls sideways at 390 px", async () => {
    const { page } = hx;
    await page.setViewportSize({ width: 390, height: 844 });
    const pages: [string, string][] = [
      ["/#/?q=Vladimir%20Putin", ".hit"],
      ["/#/entity/us_ofac_sdn%3A17013", "#history"],
      ["/#/changes?since=2024-04-15", "article.release"],
      ["/#/batch", "#file"],
      ["/#/sources", "table.sources"],
      ["/#/trade?partners=KG,AM,KZ", "#mirror table"],
    ];
    const wide: string[] = [];
    for (const [path, ready] of pages) {
      await page.goto(`${hx.baseUrl}${path}`);
      await page.locator(ready).first().waitFor();
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) wide.push(`${path}: ${scroll} > ${client}`);
    }
    await hx.shot("11-narrow-trade");
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.deepEqual(wide, []);
  });
});
