/** The dashboard's files: served open, with a strict CSP, and nothing outside the web root. */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { createSqliteStore } from "../../store/sqlite/index.js";
import { createApiServer } from "../app.js";

describe("dashboard files", () => {
  it("serves index and assets without a key, with a CSP, and refuses paths outside the web root", async () => {
    const root = mkdtempSync(join(tmpdir(), "chokepoint-web-"));
    const web = join(root, "dist");
    mkdirSync(join(web, "assets"), { recursive: true });
    writeFileSync(join(web, "index.html"), "<!doctype html><title>t</title>");
    writeFileSync(join(web, "assets", "app-1.js"), "console.log(1)");
    writeFileSync(join(root, "secret.txt"), "TOP-SECRET-CONTENT");
    const store = createSqliteStore(":memory:");
    const server = await createApiServer({ store, apiKeys: ["web-key-12345678"], refreshMs: 0, webRoot: web });
    const index = await server.app.inject({ url: "/" });
    assert.equal(index.statusCode, 200);
    assert.match(index.body, /<title>t<\/title>/);
    assert.match(index.headers["content-security-policy"] as string, /default-src 'self'.*script-src 'self'/);
    assert.equal(index.headers["x-content-type-options"], "nosniff");
    const asset = await server.app.inject({ url: "/assets/app-1.js" });
    assert.equal(asset.statusCode, 200);
    assert.match(asset.headers["cache-control"] as string, /immutable/);
    for (const url of ["/assets/../../secret.txt", "/assets/..%2f..%2fsecret.txt", "/assets/%2e%2e/%2e%2e/secret.txt"]) {
      const res = await server.app.inject({ url });
      assert.ok([400, 403, 404].includes(res.statusCode), `${url}: ${res.statusCode}`);
      assert.ok(!res.body.includes("TOP-SECRET-CONTENT"), url);
    }
    await server.close();

    const bare = await createApiServer({ store, apiKeys: ["web-key-12345678"], refreshMs: 0, webRoot: join(root, "missing") });
    const missing = await bare.app.inject({ url: "/" });
    assert.equal(missing.statusCode, 503);
    assert.match(missing.body, /npm run build:web/);
    await bare.close();
    await store.close();
    rmSync(root, { recursive: true, force: true });
  });
});
