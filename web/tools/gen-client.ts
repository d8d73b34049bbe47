/**
 * Generates the dashboard's API types from the OpenAPI document exactly as `GET /openapi.json` serves
 * it (the app is built in-process over an empty store; nothing listens). A build tool, not part of
 * the dashboard: the dashboard itself never imports src/.
 *
 *   node --import tsx web/tools/gen-client.ts          writes web/generated/api.d.ts
 *   node --import tsx web/tools/gen-client.ts --check  exits 1 when the file is out of date
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { createApiServer } from "../../src/api/app.js";
import { createSqliteStore } from "../../src/store/sqlite/index.js";

// Outside web/src: generated text keeps openapi-typescript's formatting and is not linted.
export const SCHEMA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), "..", "generated", "api.d.ts");

const HEADER = `/**
 * Generated from chokepoint's /openapi.json by web/tools/gen-client.ts (npm run gen:client).
 * Do not edit by hand.
 */

`;

export async function generateClientTypes(): Promise<string> {
  const store = createSqliteStore(":memory:");
  const server = await createApiServer({ store, apiKeys: ["generator-only-key"], refreshMs: 0 });
  try {
    const res = await server.app.inject({ url: "/openapi.json" });
    if (res.statusCode !== 200) throw new Error(`/openapi.json answered ${res.statusCode}`);
    const ast = await openapiTS(res.json(), { alphabetize: true });
    return HEADER + astToString(ast);
  } finally {
    await server.close();
    await store.close();
  }
}

const invoked = process.argv[1] ?? "";
if (invoked.endsWith("gen-client.ts")) {
  const text = await generateClientTypes();
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(SCHEMA_FILE, "utf8");
    } catch {}
    if (current !== text) {
      process.stderr.write(`${SCHEMA_FILE} is out of date: run npm run gen:client\n`);
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_FILE, text);
    process.stderr.write(`wrote ${SCHEMA_FILE}\n`);
  }
}
