/**
 * Browser-test harness: a temporary SQLite file seeded with real lists and trade data, the real
 * `chokepoint serve` started on it (127.0.0.1, a free port, one API key), and Debian's Chromium
 * driven by playwright-core. Screenshots go to e2e/screenshots/ (git-ignored).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { REPO_ROOT } from "../test/data.js";
import { seedStore } from "./seed.js";

export const CHROMIUM = "/usr/bin/chromium";
export const SCREENSHOTS = resolve(REPO_ROOT, "e2e", "screenshots");
export const API_KEY = "e2e-key-0123456789abcdef";

/** The flags MACHINE.md gives for Chromium here: no sandbox as root, no background traffic to a closed network. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Harness {
  baseUrl: string;
  browser: Browser;
  page: Page;
  /** URLs of other hosts the dashboard tried to load (should stay empty). */
  outside: string[];
  /** Errors the pages logged (script errors, CSP refusals, failed requests other than expected 401s). */
  consoleErrors: string[];
  /** A second context that ignores the CSP (so that axe-core can be injected), holding the key unless told not to. */
  auditContext(withKey?: boolean): Promise<BrowserContext>;
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** `chokepoint serve` on the SQLite file `db` (a free port on 127.0.0.1, API_KEY accepted), resolved once /readyz is 200. */
export async function startServer(db: string, args: string[] = []): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", resolve(REPO_ROOT, "src", "cli", "main.ts"), "serve", "--db", db, "--port", "0", ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, CHOKEPOINT_API_KEYS: API_KEY, CHOKEPOINT_HOST: "127.0.0.1", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const baseUrl = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`chokepoint serve did not start within 30 s:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /chokepoint API on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.on("exit", (code) => fail(new Error(`chokepoint serve exited with ${code}:\n${output}`)));
  });
  // The index builds after listening: wait until /readyz says so.
  for (let i = 0; i < 300; i++) {
    const res = await fetch(`${baseUrl}/readyz`).catch(() => undefined);
    if (res?.ok) return { child, baseUrl };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`the screening index was not ready within 30 s:\n${output}`);
}

/** fontconfig knows a font for Chinese (Chromium on Linux finds its fallback fonts through fontconfig). */
function hanFontInstalled(): boolean {
  try {
    return execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false;
  }
}

export async function startHarness(viewport = { width: 1280, height: 900 }): Promise<Harness> {
  if (!existsSync(resolve(REPO_ROOT, "web", "dist", "index.html"))) throw new Error("the dashboard is not built: run npm run build:web");
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (see .ci/run)`);
  if (!hanFontInstalled())
    throw new Error("no font covers Chinese, so names would render as boxes: apt-get install fonts-noto-cjk (see .ci/run)");
  mkdirSync(SCREENSHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), "chokepoint-e2e-"));
  const db = join(dir, "e2e.db");
  const store = await seedStore(db, { trade: true });
  await store.close();
  const { child, baseUrl } = await startServer(db);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport, locale: "en-US" });
  const page = await context.newPage();
  // Anything the page tries to fetch from elsewhere is a bug (no CDN, no fonts from the network).
  const outside: string[] = [];
  await context.route(
    (url) => url.protocol.startsWith("http") && url.hostname !== "127.0.0.1",
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  const consoleErrors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  return {
    baseUrl,
    outside,
    consoleErrors,
    async auditContext(withKey = true) {
      const audit = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US", bypassCSP: true });
      if (withKey) await audit.addInitScript((key) => sessionStorage.setItem("chokepoint.apiKey", key), API_KEY);
      return audit;
    },
    browser,
    page,
    async shot(name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
