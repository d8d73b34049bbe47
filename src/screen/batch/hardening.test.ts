/**
 * Batch screening under stress: a report is written whole or not at all (SIGTERM while writing
 * leaves no clean-looking partial file), and a 1M-row input is refused before any screening. The
 * inputs are generated here (no file is kept).
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { ParseError } from "../../errors.js";
import { MAX_BATCH_ROWS, readBatchInput } from "./input.js";

const tmp = mkdtempSync(join(tmpdir(), "chokepoint-batch-hard-"));
const report = fileURLToPath(new URL("./report.ts", import.meta.url));

describe("batch report writing", () => {
  // CSV is written as it is made, so a signal lands mid-write; exceljs' writer lays most of an XLSX
  // down at commit, too fast to interrupt here, but goes through the same temporary file and rename.
  for (const ext of ["csv"]) {
    it(`SIGTERM while a .${ext} report is written leaves neither the report nor its temporary file`, async () => {
      const dir = mkdtempSync(join(tmp, `sig-${ext}-`));
      const out = join(dir, `report.${ext}`);
      // A child writes a large report; we kill it as soon as the temporary file has bytes.
      const script = join(dir, "write.mts");
      writeFileSync(
        script,
        `import { writeReport } from ${JSON.stringify(report)};
const listings = [{ id: "us_ofac_sdn:17013", source: "us_ofac_sdn", recordId: "17013", lists: ["SDN List"], releaseId: 1 }];
const match = { id: "us_ofac_sdn:17013", source: "us_ofac_sdn", recordId: "17013", schema: "Organization", name: "VTB BANK", matchedName: "VNESHTORGBANK", matchedListing: "us_ofac_sdn:17013", listings, score: 0.97, algorithm: "name-v4", releaseId: 1, explanation: { pairs: [] } };
const results = Array.from({ length: 400000 }, (_, i) => ({ row: i + 2, query: "Vneshtorgbank " + i, matches: [match] }));
await writeReport(${JSON.stringify(out)}, { file: "in.csv", algorithm: "name-v3", threshold: 0.65, results, bad: [], warnings: [] });
process.stdout.write("finished\\n");
`,
      );
      const child = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => {
        stdout += d;
      });
      child.stderr.on("data", (d) => {
        stderr += d;
      });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on("exit", (code, signal) => resolve({ code, signal })),
      );
      let killed = false;
      // Up to two minutes: on a busy machine the child takes long to start.
      let done = false;
      void exited.then(() => {
        done = true;
      });
      for (let i = 0; i < 2400 && !killed && !done; i++) {
        await new Promise((r) => setTimeout(r, 50));
        const temp = readdirSync(dir).find((f) => f.includes(".partial-"));
        if (temp && statSync(join(dir, temp)).size > 0) {
          child.kill("SIGTERM");
          killed = true;
        }
      }
      const { signal } = await exited;
      assert.ok(killed, `the temporary file never appeared (stdout: ${stdout}; stderr: ${stderr.slice(-2000)})`);
      assert.equal(stdout, "", "the write finished before the signal: make the report larger");
      assert.equal(signal, "SIGTERM");
      assert.equal(existsSync(out), false, "a partial report was left under the final name");
      assert.deepEqual(
        readdirSync(dir).filter((f) => f.includes("partial")),
        [],
      );
    });
  }
});

describe("batch input size", () => {
  it(`refuses a 1M-row CSV before screening, naming the cap (${MAX_BATCH_ROWS} rows)`, async () => {
    const path = join(tmp, "million.csv");
    const lines = ["Name"];
    for (let i = 0; i < 1_000_000; i++) lines.push(`Company ${i}`);
    writeFileSync(path, `${lines.join("\n")}\n`);
    const t = Date.now();
    await assert.rejects(readBatchInput(path, { column: "Name" }), (e: unknown) => {
      assert.ok(e instanceof ParseError);
      assert.match(
        (e as Error).message,
        /million\.csv: more than 500000 lines, far more than the 250000 rows one batch screens; split the file/,
      );
      return true;
    });
    assert.ok(Date.now() - t < 3000);
  });

  it("refuses a file just over the cap with the exact count, and takes one at the cap", async () => {
    const over = join(tmp, "over.csv");
    writeFileSync(over, `Name\n${Array.from({ length: MAX_BATCH_ROWS + 1 }, (_, i) => `Co ${i}`).join("\n")}\n`);
    await assert.rejects(readBatchInput(over, { column: "Name" }), /over\.csv: 250001 rows after the header, more than the 250000/);
    const at = join(tmp, "at.csv");
    writeFileSync(at, `Name\n${Array.from({ length: MAX_BATCH_ROWS }, (_, i) => `Co ${i}`).join("\n")}\n`);
    assert.equal((await readBatchInput(at, { column: "Name" })).rows.length, MAX_BATCH_ROWS);
  });
});
