/** The dashboard's client types are generated from /openapi.json: they must match what the app serves now. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { generateClientTypes, SCHEMA_FILE } from "../../web/tools/gen-client.js";

describe("generated API client", () => {
  it("web/generated/api.d.ts is what /openapi.json gives today (else: npm run gen:client)", async () => {
    const fresh = await generateClientTypes();
    assert.ok(fresh.includes('"/match/{dataset}"'));
    assert.equal(readFileSync(SCHEMA_FILE, "utf8"), fresh, "web/generated/api.d.ts is out of date: run npm run gen:client");
  });
});
