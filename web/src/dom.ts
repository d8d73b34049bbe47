/**
 * A tiny DOM builder: `h("a", { href }, "text")`. Text always goes in as text nodes (never HTML), so
 * list data cannot inject markup. Handlers are `on<event>` props.
 */
export type Child = Node | string | number | null | undefined | false | Child[];
type Handler = (event: Event) => void;
export type Props = Record<string, string | number | boolean | Handler | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === "value" && "value" in el) (el as HTMLInputElement).value = String(value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, c);
    else parent.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/**
 * A <table> with a caption and a header row; cells are children. It sits in a box that scrolls
 * sideways by itself when the table is wider than the screen, so that the page never does.
 */
export function table(caption: string, headers: string[], rows: Child[][], props: Props = {}): HTMLElement {
  return h("div", { class: "table-scroll" }, tableElement(caption, headers, rows, props));
}

function tableElement(caption: string, headers: string[], rows: Child[][], props: Props): HTMLTableElement {
  return h(
    "table",
    props,
    h("caption", null, caption),
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        headers.map((t) => h("th", { scope: "col" }, t)),
      ),
    ),
    h(
      "tbody",
      null,
      rows.map((r) =>
        h(
          "tr",
          null,
          r.map((c) => h("td", null, c)),
        ),
      ),
    ),
  );
}

export const fmtScore = (s: number) => s.toFixed(3);

export function fmtNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return "–";
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(n);
}

export function fmtPct(n: number | null | undefined): string {
  if (n === null || n === undefined) return "–";
  const v = Math.round(n * 1000) / 10;
  return `${v > 0 ? "+" : ""}${v}%`;
}

/** Runs `fn` at most once per `ms`, with the latest arguments. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/**
 * Money on chart axes: "350k", "12m", "2.7bn". Plot's "~s" format says "2.7G" (giga), which reads
 * as nothing to most people for euros.
 */
export function fmtCompact(n: number): string {
  const a = Math.abs(n);
  const [div, unit] = a >= 1e12 ? [1e12, "tn"] : a >= 1e9 ? [1e9, "bn"] : a >= 1e6 ? [1e6, "m"] : a >= 1e3 ? [1e3, "k"] : [1, ""];
  const v = n / div;
  return `${Number.parseFloat(v.toFixed(Math.abs(v) >= 100 ? 0 : 1))}${unit}`;
}

/** "Run `chokepoint sync` first" → text with the backticked parts as <code> (as the CLI's messages are written). */
export function withCode(text: string): Child[] {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? h("code", null, part) : part));
}

/** Labels for property keys the lists carry; any other camelCase key is spelled out ("vesselFlag" → "Vessel flag"). */
const LABELS: Record<string, string> = {
  incorporationDate: "Incorporation date",
  secondarySanctionsRisk: "Secondary sanctions risk",
  dissolutionDate: "Dissolution date",
  registrationNumber: "Registration number",
  taxNumber: "Tax number",
  idNumber: "ID number",
  imoNumber: "IMO number",
  mmsi: "MMSI",
  swiftBic: "SWIFT/BIC",
  leiCode: "LEI",
  innCode: "INN",
  ogrnCode: "OGRN",
  okpoCode: "OKPO",
  vatCode: "VAT number",
  email: "Email",
  website: "Website",
  phone: "Phone",
  title: "Title",
  position: "Position",
  callSign: "Call sign",
  buildDate: "Build date",
  grossRegisteredTonnage: "Gross registered tonnage",
  tonnage: "Tonnage",
  flag: "Flag",
  previousFlag: "Previous flag",
  vesselType: "Vessel type",
  aircraftType: "Aircraft type",
  legalForm: "Legal form",
  sector: "Sector",
};

export function propertyLabel(key: string): string {
  const known = LABELS[key];
  if (known) return known;
  const words = key
    .replace(/[_-]+/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
