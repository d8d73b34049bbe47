/** Batch screening over HTTP: upload, progress, results, report, bad rows, and jobs private to their key. */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { seedStore } from "../../../e2e/seed.js";
import type { Store } from "../../store/store.js";
import { type ApiServer, createApiServer } from "../app.js";

const KEY = "batch-key-0123456789";
const OTHER = "other-key-0123456789";
const auth = { authorization: `ApiKey ${KEY}` };

/** A multipart/form-data body as a browser would send it. */
export function multipart(
  fields: Record<string, string>,
  file?: { name: string; content: string | Buffer },
): { body: Buffer; contentType: string } {
  const boundary = `----chokepoint${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${file.name}"\r\ncontent-type: text/csv\r\n\r\n`,
      ),
    );
    parts.push(Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content));
    parts.push(Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

const CSV = [
  "customer,country,dob",
  "Vladimir Putin,RU,1952-10-07",
  "Siemens Healthineers AG,DE,",
  "ab,,",
  "Евгений Пригожин,,not a date",
  ",,",
  "Changsha Tianyi Space Science and Technology Research Institute,CN,",
].join("\n");

let store: Store;
let server: ApiServer;

before(async () => {
  store = await seedStore(":memory:", { history: false });
  server = await createApiServer({ store, apiKeys: [KEY, OTHER], refreshMs: 0 });
  await server.start();
});
after(async () => {
  await server.close();
  await store.close();
});

async function upload(fields: Record<string, string>, file?: { name: string; content: string | Buffer }, key = KEY) {
  const { body, contentType } = multipart(fields, file);
  return server.app.inject({
    method: "POST",
    url: "/screen",
    headers: { authorization: `ApiKey ${key}`, "content-type": contentType },
    payload: body,
  });
}

describe("POST /screen and GET /screen/{job}", () => {
  it("screens every row of an uploaded CSV as a job, reports progress, results and rows not screened", async () => {
    const res = await upload({ column: "customer", countryColumn: "country", dobColumn: "dob" }, { name: "customers.csv", content: CSV });
    assert.equal(res.statusCode, 202, res.body);
    const job = res.json();
    assert.match(job.id, /^[0-9a-f-]{36}$/);
    assert.equal(res.headers.location, `/screen/${job.id}`);
    assert.equal(job.file, "customers.csv");
    assert.equal(job.total, 5);
    assert.ok(["queued", "running"].includes(job.status));
    await new Promise((resolve) => setImmediate(resolve));
    const running = (await server.app.inject({ url: `/screen/${job.id}`, headers: auth })).json();
    assert.ok(running.done <= running.total);
    assert.equal(running.progress, running.done / running.total);

    let done = running;
    for (let i = 0; i < 200 && done.status !== "done"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      done = (await server.app.inject({ url: `/screen/${job.id}`, headers: auth })).json();
    }
    assert.equal(done.status, "done");
    assert.equal(done.progress, 1);
    assert.ok(done.finishedAt);
    const rows = Object.fromEntries(done.results.map((r: { row: number; matches: { id: string }[] }) => [r.row, r.matches[0]?.id]));
    assert.equal(rows[2], "us_ofac_sdn:35096");
    assert.equal(rows[5], "us_ofac_sdn:21171");
    assert.equal(rows[7], "us_ofac_sdn:40477");
    assert.equal(rows[3], undefined, "a clean name has no match, so it is not among the results with matches");
    assert.equal(done.withMatches, 3);
    assert.equal(done.resultsTotal, 3);
    assert.deepEqual(
      done.notScreened.map((b: { row: number }) => b.row),
      [4],
    );
    assert.match(done.notScreened[0].reason, /too short/);
    assert.deepEqual(
      done.warnings.map((w: { row: number }) => w.row),
      [5],
    );
    assert.ok(done.results[0].matches[0].explanation.pairs.length > 0);

    const all = (await server.app.inject({ url: `/screen/${job.id}?only=all&offset=1&limit=2`, headers: auth })).json();
    assert.equal(all.resultsTotal, 4);
    assert.deepEqual(
      all.results.map((r: { row: number }) => r.row),
      [3, 5],
    );

    const report = await server.app.inject({ url: `/screen/${job.id}/report.csv`, headers: auth });
    assert.equal(report.statusCode, 200);
    assert.match(report.headers["content-type"] as string, /^text\/csv/);
    assert.match(report.headers["content-disposition"] as string, /customers-screening\.csv/);
    assert.match(report.body, /^row,query,/);
    assert.match(report.body, /us_ofac_sdn:35096/);
    assert.match(report.body, /not screened/);
  });

  // Small hand-written uploads of one row, as a spreadsheet saves them: with semicolons, and with tabs
  // (papaparse's own guess falls back to commas on files this short, so they were refused).
  it("accepts semicolon- and tab-separated uploads", async () => {
    for (const [name, delimiter] of [
      ["customers-semicolon.csv", ";"],
      ["customers-tab.tsv", "\t"],
    ] as const) {
      const content = `${["customer", "country"].join(delimiter)}\r\n${["Vladimir Putin", "RU"].join(delimiter)}\r\n`;
      const res = await upload({ column: "customer", countryColumn: "country" }, { name, content });
      assert.equal(res.statusCode, 202, res.body);
      assert.equal(res.json().total, 1, name);
    }
  });

  it("keeps answering other requests while a large job runs", async () => {
    const names = ["Vladimir Putin", "Ivan Petrov", "Maria Schmidt", "Gazprom Neft", "Rosoboronexport", "Acme Trading LLC"];
    const rows = Array.from({ length: 3000 }, (_, i) => `${names[i % names.length]} ${i}`);
    const res = await upload({ column: "customer" }, { name: "big.csv", content: `customer\n${rows.join("\n")}\n` });
    assert.equal(res.statusCode, 202);
    const id = res.json().id;
    const match = await server.app.inject({
      method: "POST",
      url: "/match/default",
      headers: auth,
      payload: { queries: { q: { schema: "Person", properties: { name: ["Vladimir Putin"] } } } },
    });
    assert.equal(match.statusCode, 200);
    assert.equal(match.json().responses.q.results[0].id, "us_ofac_sdn:35096");
    const mid = (await server.app.inject({ url: `/screen/${id}`, headers: auth })).json();
    assert.ok(mid.done < mid.total, `the job should still be running (${mid.done}/${mid.total})`);
    for (let i = 0; i < 500; i++) {
      const job = (await server.app.inject({ url: `/screen/${id}?limit=0`, headers: auth })).json();
      if (job.status === "done") {
        assert.equal(job.done, 3000);
        return;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.fail("the job did not finish within 10 s");
  });

  it("keeps a job private to the key that made it", async () => {
    const res = await upload({ column: "customer" }, { name: "one.csv", content: "customer\nVladimir Putin\n" });
    const id = res.json().id;
    const mine = await server.app.inject({ url: `/screen/${id}`, headers: auth });
    assert.equal(mine.statusCode, 200);
    const theirs = await server.app.inject({ url: `/screen/${id}`, headers: { authorization: `ApiKey ${OTHER}` } });
    assert.equal(theirs.statusCode, 404);
    const anon = await server.app.inject({ url: `/screen/${id}` });
    assert.equal(anon.statusCode, 401);
  });

  it("refuses uploads it cannot screen, naming the problem", async () => {
    const noColumn = await upload({ column: "name" }, { name: "c.csv", content: CSV });
    assert.equal(noColumn.statusCode, 400);
    assert.match(noColumn.json().detail, /c\.csv line 1, field 'name': no name column 'name'.*'customer'/);
    const noFile = await upload({ column: "customer" });
    assert.equal(noFile.statusCode, 400);
    assert.match(noFile.json().detail, /no file/);
    const noField = await upload({}, { name: "c.csv", content: CSV });
    assert.match(noField.json().detail, /form field 'column'/);
    const pdf = await upload({ column: "customer" }, { name: "c.pdf", content: "%PDF-1.4" });
    assert.match(pdf.json().detail, /unsupported file 'c\.pdf'/);
    const threshold = await upload({ column: "customer", threshold: "7" }, { name: "c.csv", content: CSV });
    assert.match(threshold.json().detail, /'threshold' must be a number from 0 to 1/);
    const binary = await upload(
      { column: "customer" },
      { name: "c.csv", content: Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02, 0x03, 0x00, 0x04]) },
    );
    assert.equal(binary.statusCode, 400);
    const json = await server.app.inject({
      method: "POST",
      url: "/screen",
      headers: { ...auth, "content-type": "application/json" },
      payload: "{}",
    });
    assert.equal(json.statusCode, 400);
    assert.match(json.json().detail, /multipart\/form-data/);
    const unknown = await server.app.inject({ url: "/screen/00000000-0000-4000-8000-000000000000", headers: auth });
    assert.equal(unknown.statusCode, 404);
  });

  it("refuses a job for a source that is not loaded (400 naming the loaded ones), rather than 'done, 0 matches'", async () => {
    const res = await upload({ column: "customer", source: "us_ofac_sdnx" }, { name: "customers.csv", content: CSV });
    assert.equal(res.statusCode, 400, res.body);
    assert.match(res.json().detail, /source 'us_ofac_sdnx' is not loaded \(loaded: us_ofac_sdn\)/);
    const ok = await upload({ column: "customer", source: "us_ofac_sdn" }, { name: "customers.csv", content: CSV });
    assert.equal(ok.statusCode, 202, ok.body);
  });

  it("refuses a file larger than the upload limit with 413", async () => {
    const small = await createApiServer({
      store,
      apiKeys: [KEY],
      refreshMs: 0,
      maxUploadBytes: 1000,
      buildScreener: async () => server.index.current().screener,
    });
    await small.start();
    const { body, contentType } = multipart(
      { column: "customer" },
      { name: "big.csv", content: `customer\n${"Vladimir Putin\n".repeat(200)}` },
    );
    const res = await small.app.inject({
      method: "POST",
      url: "/screen",
      headers: { ...auth, "content-type": contentType },
      payload: body,
    });
    assert.equal(res.statusCode, 413);
    assert.deepEqual(Object.keys(res.json()), ["detail"]);
    await small.close();
  });
});
