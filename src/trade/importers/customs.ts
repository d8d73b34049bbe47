/**
 * Transaction-level customs records in chokepoint's layout (customs-layout.ts), read from bytes for
 * volume (the benchmark imports 10M rows). Each distinct value of a column is decoded, checked and
 * normalised once, at its first sight (that is where its errors point), and found again by its
 * bytes afterwards; records leave as coded batches (see CustomsBatch in the store contract).
 */
import { type HsVersion, hsVersionForDate, normalizeHs, parseHsVersion } from "../../model/hs.js";
import type { CustomsBatch } from "../../store/trade-store.js";
import { resolveArea } from "../reference/areas.js";
import { chplReading } from "../reference/chpl-reading.js";
import { ByteInterner } from "./byte-interner.js";
import { type ByteRecord, fieldText, visitByteRecords } from "./byte-records.js";
import { fail, type SkipReport, type Where } from "./common.js";
import { CUSTOMS_FIELDS, F, type Field, FLOW_WORDS, firstLine, headerIndex, parseCustomsDate, sniffDelimiter } from "./customs-layout.js";
import { parseNumber } from "./numbers.js";
import type { CustomsImporter, TradeImportOptions } from "./types.js";

export { CUSTOMS_FIELDS, parseCustomsDate } from "./customs-layout.js";

/** A value that makes its rows be skipped (an unknown country, a code above six digits). */
const SKIP = -2;
const COUNTRIES: Field[] = ["consignor_country", "consignee_country", "origin_country", "dispatch_country", "destination_country"];

/** The strings of one import, coded in order of first sight; take() gives those not yet sent. */
function dictionary() {
  const codes = new Map<string, number>();
  const all: string[] = [];
  let sent = 0;
  return {
    code(s: string): number {
      let c = codes.get(s);
      if (c === undefined) {
        c = all.length;
        codes.set(s, c);
        all.push(s);
      }
      return c;
    },
    text: (code: number): string => all[code] as string,
    take(): string[] {
      const fresh = all.slice(sent);
      sent = all.length;
      return fresh;
    },
  };
}

/** [-]digits[.digits] straight from bytes (exact: an integer over a power of ten); NaN for anything else. */
function plainNumber(buf: Buffer, s: number, e: number): number {
  let p = s;
  const negative = buf[p] === 0x2d;
  if (negative) p++;
  if (p >= e) return Number.NaN;
  let mantissa = 0;
  let scale = 1;
  let dot = false;
  for (; p < e; p++) {
    const b = buf[p] as number;
    if (b === 0x2e && !dot) dot = true;
    else if (b >= 0x30 && b <= 0x39) {
      mantissa = mantissa * 10 + (b - 0x30);
      if (dot) scale *= 10;
    } else return Number.NaN;
  }
  if (mantissa > Number.MAX_SAFE_INTEGER || buf[e - 1] === 0x2e) return Number.NaN;
  return (negative ? -mantissa : mantissa) / scale;
}

export const customsImporter: CustomsImporter = {
  id: "customs",
  kind: "customs",
  title: "Customs declaration lines (chokepoint CSV layout, column mapping allowed)",
  async *read(file, options: TradeImportOptions, skips: SkipReport) {
    const where: Where = { format: "customs", file: file.name };
    const mapping = options.columns ?? {};
    for (const k of Object.keys(mapping)) {
      if (!(CUSTOMS_FIELDS as readonly string[]).includes(k))
        fail(where, 1, k, `--columns names '${k}', which is not a layout field (${CUSTOMS_FIELDS.join(", ")})`);
    }
    const columnOf = (f: Field) => mapping[f] ?? f;
    const delimiter = options.delimiter ?? sniffDelimiter(await firstLine(file));
    const dict = dictionary();
    const reporterDefault = options.reporter ?? "";
    const currencyDefault = (options.currency ?? "").toUpperCase();
    const chpl = new Map<number, number>(); // hs code * 4 + edition → tier code * 2 + partial
    const editions: HsVersion[] = ["HS2012", "HS2017", "HS2022"];
    let idx: number[] | undefined;
    let values: unknown[] = [];
    let count = 0;

    /** One column: where it is in the file, its byte table, how its text is normalised. */
    interface Column {
      field: Field;
      at: number;
      table: ByteInterner<number>;
      normalise: (text: string, line: number) => string | null | typeof SKIP;
    }
    const country =
      (field: Field, fallback = "") =>
      (text: string, line: number): string | null | typeof SKIP => {
        const t = text || fallback;
        if (!t) return null;
        const area = resolveArea(t);
        if (area?.kind === "country") return area.code;
        if (options.strict) fail(where, line, columnOf(field), `unknown country '${t}'`);
        return SKIP;
      };
    const text = (t: string) => t || null;
    const normalisers: Partial<Record<Field, Column["normalise"]>> = {
      flow: (t, line) => {
        const flow = t ? FLOW_WORDS.get(t.toLowerCase()) : options.flow;
        return flow ?? fail(where, line, columnOf("flow"), `not export or import: '${t}'`);
      },
      hs_code: (t, line) => {
        const hs = normalizeHs(t);
        if (!hs || hs === "TOTAL") return fail(where, line, columnOf("hs_code"), `not an HS code: '${t}'`);
        return hs.length < 6 ? SKIP : hs;
      },
      hs_version: (t, line) =>
        t ? (parseHsVersion(t) ?? fail(where, line, columnOf("hs_version"), `not an HS edition (HS2017, HS2022, H5, H6): '${t}'`)) : null,
      currency: (t) => (t ? t.toUpperCase() : currencyDefault),
      reporter: country("reporter", reporterDefault),
      declarant: text,
      consignor: text,
      consignee: text,
      description: text,
      unit: text,
    };
    for (const f of COUNTRIES) normalisers[f] = country(f);
    const column = (field: Field): Column => ({
      field,
      at: (idx as number[])[F[field]] as number,
      table: new ByteInterner<number>(),
      normalise: normalisers[field] as Column["normalise"],
    });
    let cols:
      | Record<
          "flow" | "hs" | "version" | "reporter" | "currency" | "declarant" | "consignor" | "consignee" | "description" | "unit",
          Column
        >
      | undefined;
    let countryCols: Column[] = [];

    /** The coded value of a column (or null, or SKIP), normalising its text at first sight. */
    const coded = (r: ByteRecord, c: Column): number | null => {
      const i = c.at;
      if (r.quoted || i < 0 || i >= r.fields) {
        const n = c.normalise(i < 0 ? "" : fieldText(r, i), r.line);
        return n === null ? null : n === SKIP ? SKIP : dict.code(n);
      }
      const s = r.start[i] as number;
      const e = r.end[i] as number;
      const known = c.table.get(r.buf, s, e);
      if (known !== undefined) return known === -1 ? null : known;
      const n = c.normalise(fieldText(r, i), r.line);
      const code = n === null ? -1 : n === SKIP ? SKIP : dict.code(n);
      c.table.set(r.buf, s, e, code);
      return code === -1 ? null : code;
    };
    const number = (r: ByteRecord, i: number, field: Field): number | null => {
      if (i < 0 || i >= r.fields) return null;
      if (!r.quoted) {
        const fast = plainNumber(r.buf, r.start[i] as number, r.end[i] as number);
        if (!Number.isNaN(fast)) return fast;
      }
      const t = fieldText(r, i);
      if (!t) return null;
      const n = parseNumber(t, options.decimal);
      return "error" in n ? fail(where, r.line, columnOf(field), `${n.error} ('${t}')`) : n.value;
    };
    const dates = new ByteInterner<number>();
    let at = { date: -1, value: -1, quantity: -1, declaration: -1 };

    const visit = (r: ByteRecord) => {
      if (!cols) {
        idx = headerIndex(
          Array.from({ length: r.fields }, (_, i) => fieldText(r, i)),
          columnOf,
          where,
          options,
        );
        cols = {
          flow: column("flow"),
          hs: column("hs_code"),
          version: column("hs_version"),
          reporter: column("reporter"),
          currency: column("currency"),
          declarant: column("declarant"),
          consignor: column("consignor"),
          consignee: column("consignee"),
          description: column("description"),
          unit: column("unit"),
        };
        countryCols = COUNTRIES.map(column);
        at = {
          date: idx[F.date] as number,
          value: idx[F.value] as number,
          quantity: idx[F.quantity] as number,
          declaration: idx[F.declaration_id] as number,
        };
        return;
      }
      const line = r.line;
      // Date → YYYYMMDD.
      const di = at.date;
      let date = !r.quoted && di < r.fields ? dates.get(r.buf, r.start[di] as number, r.end[di] as number) : undefined;
      if (date === undefined) {
        const t = fieldText(r, di);
        const iso = parseCustomsDate(t);
        if (!iso) fail(where, line, columnOf("date"), `not a date (YYYY-MM-DD, DD.MM.YYYY or YYYYMMDD): '${t}'`);
        date = Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
        if (!r.quoted && di < r.fields) dates.set(r.buf, r.start[di] as number, r.end[di] as number, date);
      }
      const flow = coded(r, cols.flow);
      const hs = coded(r, cols.hs);
      if (hs === SKIP) {
        skips.skip("HS code above the six-digit level", line, columnOf("hs_code"), fieldText(r, cols.hs.at));
        return;
      }
      let version = coded(r, cols.version);
      if (version === null) version = dict.code(hsVersionForDate(String(Math.floor(date / 10000))));
      const reporter = coded(r, cols.reporter);
      const c0 = coded(r, countryCols[0] as Column);
      const c1 = coded(r, countryCols[1] as Column);
      const c2 = coded(r, countryCols[2] as Column);
      const c3 = coded(r, countryCols[3] as Column);
      const c4 = coded(r, countryCols[4] as Column);
      if (reporter === SKIP || c0 === SKIP || c1 === SKIP || c2 === SKIP || c3 === SKIP || c4 === SKIP) {
        const bad = [cols.reporter, ...countryCols][[reporter, c0, c1, c2, c3, c4].indexOf(SKIP)] as Column;
        skips.skip(
          `unknown country in ${columnOf(bad.field)}`,
          line,
          columnOf(bad.field),
          (bad.at < 0 ? "" : fieldText(r, bad.at)) || reporterDefault,
        );
        return;
      }
      const value = number(r, at.value, "value");
      if (value === null) fail(where, line, columnOf("value"), "empty value");
      const currency = coded(r, cols.currency);
      if (currency === null) fail(where, line, columnOf("currency"), "empty currency (give one for the file with --currency)");
      // CHPL tier of (code, edition), once per pair.
      const pair = (hs as number) * 4 + editions.indexOf(dict.text(version) as HsVersion);
      let tierBits = chpl.get(pair);
      if (tierBits === undefined) {
        const reading = chplReading(dict.text(hs as number), editions[pair % 4] as HsVersion);
        tierBits = dict.code(reading.tier) * 2 + (reading.partial ? 1 : 0);
        chpl.set(pair, tierBits);
      }
      values.push(
        line,
        at.declaration < 0 ? null : fieldText(r, at.declaration) || null,
        date,
        flow,
        reporter,
        coded(r, cols.declarant),
        coded(r, cols.consignor),
        coded(r, cols.consignee),
        c0,
        c1,
        c2,
        c3,
        c4,
        hs,
        version,
        coded(r, cols.description),
        value,
        currency,
        number(r, at.quantity, "quantity"),
        coded(r, cols.unit),
        Math.floor(tierBits / 2),
        tierBits % 2,
      );
      count++;
    };

    for await (const _ of visitByteRecords(file.openBytes(), delimiter, visit)) {
      if (!count) continue;
      const batch: CustomsBatch = { count, values, fresh: dict.take() };
      values = [];
      count = 0;
      yield batch;
    }
    if (!idx) fail(where, 1, undefined, "empty file");
  },
};
