/**
 * The dashboard in real Chromium against `chokepoint serve` on a seeded SQLite file: a refused request
 * without a key, screening a name and reading the hit, an entity page with its history, the changes
 * feed, a batch upload with progress, and the trade charts.
 */
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { API_KEY, type Harness, startHarness } from "./harness.js";

const AXE_SOURCE = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

let hx: Harness;

before(async () => {
  hx = await startHarness();
});
after(async () => {
  await hx?.close();
});

describe("dashboard", () => {
  it("asks for an API key, and the API refuses a search without one", async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}/`);
    await page.getByLabel("API key", { exact: true }).waitFor();
    await page.getByLabel("Name (any script)").fill("Vladimir Putin");
    await page.getByRole("button", { name: "Screen" }).click();
    await page.getByText("This server needs an API key").waitFor();
    assert.equal(await page.locator(".hit").count(), 0);
    await hx.shot("01-no-key");
  });

  it("screens a name and shows the hit with its explanation", async () => {
    const { page } = hx;
    await page.getByLabel("API key", { exact: true }).fill(API_KEY);
    await page.getByRole("button", { name: "Use key" }).click();
    await page.getByText("API key set").waitFor();
    await page.getByLabel("Name (any script)").fill("Владимир Путин");
    await page.getByRole("button", { name: "Screen" }).click();
    const first = page.locator(".hit").first();
    await first.waitFor();
    assert.equal(await first.locator(".caption").textContent(), "PUTIN, Vladimir Vladimirovich");
    assert.equal(await first.locator(".badge").textContent(), "match");
    assert.match((await first.locator("code").first().textContent()) ?? "", /us_ofac_sdn:35096/);
    // The explanation pairs the Cyrillic query tokens with the list's Latin ones.
    const pairs = first.locator(".pair");
    assert.ok((await pairs.count()) >= 2);
    assert.match((await pairs.first().getAttribute("aria-label")) ?? "", /met/);
    assert.match((await page.locator("#summary").textContent()) ?? "", /match(es)? at or above 0\.65/);
    await hx.shot("02-screening");

    // Moving the threshold up re-screens: Putin (score 1) stays a match; weaker hits fall below.
    await page.locator("#threshold").fill("0.99");
    await page.locator("#threshold-value", { hasText: "0.99" }).waitFor();
    await page.locator("#summary", { hasText: "at or above 0.99" }).waitFor();
    assert.equal(await page.locator(".hit").first().locator(".badge").textContent(), "match");
  });

  it("opens the entity page with names, sanctions and its history across releases", async () => {
    const { page } = hx;
    await page.locator(".hit .caption").first().click();
    await page.getByRole("heading", { level: 1, name: "PUTIN, Vladimir Vladimirovich" }).waitFor();
    const names = page.locator("table.names tbody tr");
    assert.ok((await names.count()) >= 2);
    assert.ok(await page.getByRole("cell", { name: "PUTIN, Vladimir", exact: true }).isVisible());
    // The 2024-04-02 release is a bare sdn.csv (partial): the complete 2024-05-01 release changes
    // nothing that it holds, so the entity's history is one event.
    const events = page.locator("#history .timeline > li");
    assert.equal(await events.count(), 1);
    assert.equal(await events.nth(0).locator("time").textContent(), "2024-04-02");
    assert.equal(await events.nth(0).locator(".badge").textContent(), "added");
    assert.match((await page.locator("#history").textContent()) ?? "", /First seen 2024-04-02/);
    await hx.shot("03-entity");
  });

  it("lists the changes between the two releases", async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}/#/changes?since=2024-04-15`);
    const card = page.locator("article.release").first();
    await card.waitFor();
    assert.match((await card.locator("h2").textContent()) ?? "", /us_ofac_sdn: release of 2024-05-01/);
    assert.match((await card.textContent()) ?? "", /against 2024-04-02/);
    assert.ok((await card.locator(".change-list li").count()) > 0);
    await hx.shot("04-changes");
  });

  it("uploads a batch file, shows progress to the end, and lists the hits", async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}/#/batch`);
    const csv = [
      "customer,country",
      "Vladimir Putin,RU",
      "Siemens Healthineers AG,DE",
      "Spacety Co. Ltd,CN",
      "ab,",
      "Евгений Пригожин,RU",
    ].join("\n");
    await page.getByLabel("File").setInputFiles({ name: "customers.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    // The columns come from the file's header; the name and country columns are guessed.
    await page.locator("#column option[value='customer']").waitFor({ state: "attached" });
    assert.equal(await page.locator("#column").inputValue(), "customer");
    assert.equal(await page.locator("#country-column").inputValue(), "country");
    await page.getByRole("button", { name: "Screen file" }).click();
    await page.locator("#batch-status", { hasText: "Done" }).waitFor({ timeout: 30_000 });
    assert.match((await page.locator("#batch-status").textContent()) ?? "", /5 rows screened, 3 with matches, 1 not screened/);
    const progress = page.locator("#batch-progress");
    assert.equal(await progress.getAttribute("value"), await progress.getAttribute("max"));
    const rows = page.locator("table.batch-results tbody tr");
    assert.equal(await rows.count(), 3);
    assert.match((await rows.first().textContent()) ?? "", /PUTIN, Vladimir Vladimirovich/);
    await page.getByRole("button", { name: "Download report (CSV)" }).waitFor();
    await hx.shot("05-batch");
  });

  it("draws the trade series with the invasion marked and the third-country growth bars", async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}/#/trade`);
    const series = page.locator("#series-chart svg[aria-label^='Line chart']");
    await series.waitFor();
    assert.equal(await page.locator("#series-chart svg g[data-mark='line'] path").count(), 3);
    assert.match((await page.locator("#series-chart").textContent()) ?? "", /24 Feb 2022/);
    const bars = page.locator("#growth-chart svg g[data-mark='bar'] rect");
    assert.equal(await bars.count(), 3);
    const label = (await page.locator("#growth-chart svg[aria-label^='Bar chart']").getAttribute("aria-label")) ?? "";
    assert.match(label, /KG 89\d%/);
    await hx.shot("06-trade");
  });

  it("serves readable API docs from this server alone", async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}/docs`);
    await page.locator(".swagger-ui .info .title", { hasText: "chokepoint API" }).waitFor();
    await page.locator(".opblock-summary-path", { hasText: "/match/{dataset}" }).first().waitFor();
    await hx.shot("07-docs");
  });

  it("loaded nothing from other hosts and logged no errors but the expected 401", () => {
    assert.deepEqual(hx.outside, []);
    assert.deepEqual(
      hx.consoleErrors.filter((e) => !/status of 401/.test(e)),
      [],
    );
  });

  it("passes axe-core's WCAG 2 A and AA checks on every page", async () => {
    const problems: string[] = [];
    const keyless = await hx.auditContext(false);
    for (const v of await audit(await keyless.newPage(), "/", "#api-key")) problems.push(`/ without a key: ${v}`);
    await keyless.close();
    const context = await hx.auditContext();
    const page = await context.newPage();
    const pages: [string, string][] = [
      ["/#/?q=Vladimir%20Putin", ".hit"],
      ["/#/entity/us_ofac_sdn%3A35096", "#history .timeline"],
      ["/#/changes?since=2024-04-15", "article.release"],
      ["/#/batch", "#file"],
      ["/#/sources", "table.sources"],
      ["/#/trade", "#growth-chart svg"],
    ];
    for (const [path, ready] of pages) for (const v of await audit(page, path, ready)) problems.push(`${path}: ${v}`);
    await context.close();
    assert.deepEqual(problems, []);
  });
});

type Axe = { run(ctx: Document, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };

/** axe-core's WCAG 2.0/2.1 A and AA rules on the page at `path` once `ready` shows: one line per violation. */
async function audit(page: Page, path: string, ready: string): Promise<string[]> {
  await page.goto(`${hx.baseUrl}${path}`);
  await page.locator(ready).first().waitFor();
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map(
      (v) =>
        `${v.impact} ${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  });
}
