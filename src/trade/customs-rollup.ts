/**
 * Sums customs records by month x flow x reporter x partner x CHPL tier x currency while they are
 * imported, from the coded batches (see CustomsBatch): every key part is already a number, so a
 * record costs a few array reads and two lookups by small integers. The partner of an export is its
 * destination; of an import, its origin, else the country it was dispatched from.
 */
import { CUSTOMS_TUPLE, type CustomsBatch, type CustomsRollupRow, type FlowDirection } from "../store/trade-store.js";

const at = (field: (typeof CUSTOMS_TUPLE)[number]) => CUSTOMS_TUPLE.indexOf(field);
const I = {
  date: at("date"),
  flow: at("flow"),
  reporter: at("reporter"),
  origin: at("originCountry"),
  dispatch: at("dispatchCountry"),
  destination: at("destinationCountry"),
  value: at("value"),
  currency: at("currency"),
  tier: at("chplTier"),
  partial: at("chplPartial"),
};
const WIDTH = CUSTOMS_TUPLE.length;

interface Sum {
  value: number;
  records: number;
}

/** Dictionary codes → 1, 2, 3 … (null → 0), refusing more than `limit` distinct ones. */
function smallNumbers(limit: number, what: string) {
  const small = new Map<number, number>();
  const codes: (number | null)[] = [null];
  return {
    of(code: unknown): number {
      if (code === null) return 0;
      let s = small.get(code as number);
      if (s === undefined) {
        s = codes.length;
        if (s >= limit) throw new Error(`customs rollup: more than ${limit - 1} distinct ${what}`);
        small.set(code as number, s);
        codes.push(code as number);
      }
      return s;
    },
    code: (s: number) => codes[s] ?? null,
  };
}

export function createCustomsRollup() {
  /** The import's strings, by code. */
  const strings: string[] = [];
  const areas = smallNumbers(1024, "countries");
  const tiers = smallNumbers(64, "tiers");
  const currencies = smallNumbers(1024, "currencies");
  // (YYYYMM, currency) → (export?, reporter, partner, tier, partial) → sum. Both keys stay small
  // integers (V8 Smis), so neither is allocated nor hashed as a double.
  const outer = new Map<number, Map<number, Sum>>();

  return {
    add(batch: CustomsBatch): void {
      for (const s of batch.fresh) strings.push(s);
      const v = batch.values;
      for (let i = 0; i < v.length; i += WIDTH) {
        const yyyymm = Math.floor((v[i + I.date] as number) / 100);
        const outerKey = yyyymm * 1024 + currencies.of(v[i + I.currency]);
        let inner = outer.get(outerKey);
        if (!inner) {
          inner = new Map();
          outer.set(outerKey, inner);
        }
        const exp = strings[v[i + I.flow] as number] === "export";
        const partner = exp ? v[i + I.destination] : (v[i + I.origin] ?? v[i + I.dispatch]);
        // export 1 bit, reporter and partner 10 bits each, tier 6, partial 1: 28 bits.
        const key =
          ((((exp ? 1 : 0) * 1024 + areas.of(v[i + I.reporter])) * 1024 + areas.of(partner)) * 64 + tiers.of(v[i + I.tier])) * 2 +
          (v[i + I.partial] === 1 ? 1 : 0);
        const sum = inner.get(key);
        if (sum) {
          sum.value += v[i + I.value] as number;
          sum.records++;
        } else inner.set(key, { value: v[i + I.value] as number, records: 1 });
      }
    },
    rows(): CustomsRollupRow[] {
      const text = (code: number | null) => (code === null ? null : (strings[code] ?? null));
      const out: CustomsRollupRow[] = [];
      for (const [outerKey, inner] of outer) {
        const yyyymm = Math.floor(outerKey / 1024);
        const month = `${String(Math.floor(yyyymm / 100)).padStart(4, "0")}-${String(yyyymm % 100).padStart(2, "0")}`;
        const currency = text(currencies.code(outerKey % 1024)) as string;
        for (const [key, sum] of inner) {
          const partial = key % 2 === 1;
          let k = Math.floor(key / 2);
          const tier = text(tiers.code(k % 64)) as string;
          k = Math.floor(k / 64);
          const partner = text(areas.code(k % 1024));
          k = Math.floor(k / 1024);
          const reporter = text(areas.code(k % 1024));
          const flow: FlowDirection = Math.floor(k / 1024) === 1 ? "export" : "import";
          out.push({ month, flow, reporter, partner, tier, partial, currency, ...sum });
        }
      }
      return out;
    },
  };
}
