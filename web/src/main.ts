/** The dashboard shell: navigation, API key, index status, and a hash router over the pages. */
import "./styles.css";
import { ApiError, client, forgetKey, type HealthResponse, saveKey, storedKey, unwrap } from "./api.js";
import { clear, h } from "./dom.js";
import { batchPage } from "./pages/batch.js";
import { changesPage } from "./pages/changes.js";
import { entityPage } from "./pages/entity.js";
import { screeningPage } from "./pages/screening.js";
import { sourcesPage } from "./pages/sources.js";
import { tradePage } from "./pages/trade.js";

/** A page renders into <main>; it may return a function that stops its timers when the page is left. */
export type Page = (
  main: HTMLElement,
  params: URLSearchParams,
  path: string[],
) => undefined | (() => void) | Promise<undefined | (() => void)>;

const PAGES: { path: string; title: string; page: Page; nav: boolean }[] = [
  { path: "", title: "Screening", page: screeningPage, nav: true },
  { path: "batch", title: "Batch", page: batchPage, nav: true },
  { path: "changes", title: "List changes", page: changesPage, nav: true },
  { path: "sources", title: "Sources", page: sourcesPage, nav: true },
  { path: "trade", title: "Trade flows", page: tradePage, nav: true },
  { path: "entity", title: "Entity", page: entityPage, nav: false },
];

const main = document.getElementById("main") as HTMLElement;
const nav = document.getElementById("nav") as HTMLElement;
const banner = document.getElementById("banner") as HTMLElement;
const keyArea = document.getElementById("key-area") as HTMLElement;
const indexStatus = document.getElementById("index-status") as HTMLElement;
let leave: (() => void) | undefined;
let health: HealthResponse | undefined;

function parseHash(): { path: string[]; params: URLSearchParams } {
  const raw = window.location.hash.replace(/^#\/?/, "");
  const [p = "", q = ""] = raw.split("?");
  return { path: p.split("/").filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(q) };
}

function renderNav(current: string): void {
  clear(
    nav,
    PAGES.filter((p) => p.nav).map((p) =>
      h("li", null, h("a", { href: `#/${p.path}`, "aria-current": p.path === current ? "page" : undefined }, p.title)),
    ),
  );
}

export function showBanner(text: string, kind: "error" | "info" = "error"): void {
  clear(banner, text ? h("p", { class: `banner ${kind}` }, text) : null);
}

/** Each navigation's number: a page that finishes after a later navigation began is thrown away. */
let generation = 0;

/**
 * Renders the page the hash names. Each render gets a container of its own: when the hash changes
 * again while a page still awaits the API, that container is already detached, so the earlier page
 * draws nowhere (three quick clicks gave three headings on one page), and its cleanup runs at once.
 */
async function route(): Promise<void> {
  const mine = ++generation;
  leave?.();
  leave = undefined;
  showBanner("");
  const { path, params } = parseHash();
  const entry = PAGES.find((p) => p.path === (path[0] ?? "")) ?? PAGES[0];
  if (!entry) return;
  renderNav(entry.path);
  document.title = `${entry.title} · chokepoint`;
  const view = document.createElement("div");
  view.className = "view";
  main.replaceChildren(view);
  let stop: (() => void) | undefined;
  try {
    stop = (await entry.page(view, params, path.slice(1))) ?? undefined;
  } catch (e) {
    if (mine === generation) view.append(h("p", { class: "error", role: "alert" }, e instanceof Error ? e.message : String(e)));
  }
  if (mine !== generation) {
    stop?.();
    return;
  }
  leave = stop;
  // Move focus to the new page's heading so that screen readers announce it.
  const heading = view.querySelector("h1");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  }
}

function renderKeyArea(): void {
  if (!health || health.auth === "open") {
    clear(keyArea, h("span", { class: "muted" }, health ? "open mode (loopback, no key)" : ""));
    return;
  }
  if (storedKey()) {
    clear(
      keyArea,
      h("span", { class: "muted" }, "API key set"),
      h(
        "button",
        {
          type: "button",
          class: "link",
          onclick: () => {
            forgetKey();
            renderKeyArea();
          },
        },
        "Forget key",
      ),
    );
    return;
  }
  const input = h("input", { id: "api-key", type: "password", autocomplete: "off", required: true, placeholder: "your key" });
  const remember = h("input", { id: "remember-key", type: "checkbox" });
  clear(
    keyArea,
    h(
      "form",
      {
        class: "key-form",
        onsubmit: (e: Event) => {
          e.preventDefault();
          // People paste the whole header value too: keep only the key.
          const key = input.value.trim().replace(/^ApiKey\s+/i, "");
          if (!key) return;
          saveKey(key, remember.checked);
          renderKeyArea();
          void route();
        },
      },
      h("label", { for: "api-key" }, "API key"),
      input,
      h("label", { class: "inline" }, remember, " remember on this device"),
      h("button", { type: "submit" }, "Use key"),
    ),
  );
}

async function pollIndex(): Promise<void> {
  const { data, error } = await client.GET("/readyz");
  indexStatus.textContent = data
    ? `Index: ${data.index.entities.toLocaleString("en-US")} entities from ${data.index.releases.length} list(s), ${data.index.algorithm}`
    : `Index not ready: ${(error as { detail?: string } | undefined)?.detail ?? "no answer"}`;
}

window.addEventListener("chokepoint:unauthorized", () => {
  showBanner(storedKey() ? "The API key was refused. Enter a valid key." : "This server needs an API key: enter it at the top right.");
  if (storedKey()) forgetKey();
  renderKeyArea();
});
window.addEventListener("hashchange", () => void route());

async function boot(): Promise<void> {
  try {
    health = await unwrap(client.GET("/healthz"));
  } catch (e) {
    showBanner(e instanceof ApiError ? e.message : "The server does not answer.");
  }
  renderKeyArea();
  void pollIndex();
  setInterval(() => void pollIndex(), 15_000);
  await route();
}

void boot();
