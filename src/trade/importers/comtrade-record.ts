/**
 * One UN Comtrade record (API v1 `data[]` item or bulk-file row; field names as the Comtrade
 * developer documentation gives them: refYear, refMonth, period, reporterCode, reporterISO,
 * flowCode, partnerCode, partnerISO, partner2Code, classificationCode, cmdCode, customsCode,
 * motCode, qtyUnitAbbr, qty, netWgt, cifvalue, fobvalue, primaryValue, …) → a flow.
 * Only totals over the extra breakdowns are kept (partner2 World, customs procedure C00, mode of
 * transport 0): summing the breakdown rows as well would count the same trade twice.
 */
import { countryCode } from "../../model/countries.js";
import { HS_TOTAL, normalizeHs, parseHsVersion } from "../../model/hs.js";
import type { FlowDirection, NewFlow } from "../../store/trade-store.js";
import type { Place } from "../reference/areas.js";
import { areaOf, fail, requireNumber, type SkipReport, type Where } from "./common.js";
import type { TradeImportOptions } from "./types.js";

/** Every documented field, lower-cased (bulk files capitalise them: "ReporterISO"). */
export const COMTRADE_FIELDS = [
  "typecode",
  "freqcode",
  "refperiodid",
  "refyear",
  "refmonth",
  "period",
  "reportercode",
  "reporteriso",
  "reporterdesc",
  "flowcode",
  "flowdesc",
  "partnercode",
  "partneriso",
  "partnerdesc",
  "partner2code",
  "partner2iso",
  "partner2desc",
  "classificationcode",
  "classificationsearchcode",
  "isoriginalclassification",
  "cmdcode",
  "cmddesc",
  "aggrlevel",
  "isleaf",
  "customscode",
  "customsdesc",
  "moscode",
  "motcode",
  "motdesc",
  "qtyunitcode",
  "qtyunitabbr",
  "qty",
  "isqtyestimated",
  "altqtyunitcode",
  "altqtyunitabbr",
  "altqty",
  "isaltqtyestimated",
  "netwgt",
  "isnetwgtestimated",
  "grosswgt",
  "isgrosswgtestimated",
  "cifvalue",
  "fobvalue",
  "primaryvalue",
  "legacyestimationflag",
  "isreported",
  "isaggregate",
] as const;

export const COMTRADE_REQUIRED = ["period", "reportercode", "flowcode", "partnercode", "cmdcode", "primaryvalue"] as const;

/** Comtrade's own M49-style codes that differ from ISO 3166 numeric, and groups. */
const COMTRADE_CODES: Record<string, Place> = {
  "0": { kind: "aggregate", code: "WORLD" },
  "97": { kind: "aggregate", code: "EU" },
  "251": { kind: "country", code: "FR" },
  "381": { kind: "country", code: "IT" },
  "490": { kind: "country", code: "TW" }, // "Other Asia, nes" is how Comtrade reports Taiwan
  "579": { kind: "country", code: "NO" },
  "699": { kind: "country", code: "IN" },
  "757": { kind: "country", code: "CH" },
  "842": { kind: "country", code: "US" },
};

const FLOWS: Record<string, FlowDirection> = { X: "export", M: "import", "1": "import", "2": "export" };

type Rec = Record<string, unknown>;
const text = (r: Rec, k: string): string => {
  const v = r[k];
  return v === undefined || v === null ? "" : String(v).trim();
};

function comtradeArea(r: Rec, prefix: "reporter" | "partner", where: Where, line: number, skips: SkipReport, options: TradeImportOptions) {
  const iso = text(r, `${prefix}iso`);
  const code = text(r, `${prefix}code`);
  if (COMTRADE_CODES[code]) return COMTRADE_CODES[code];
  if (iso === "W00") return { kind: "aggregate", code: "WORLD" } as Place;
  const byIso = /^[A-Z]{3}$/.test(iso) ? countryCode(iso) : undefined;
  if (byIso) return { kind: "country", code: byIso } as Place;
  const byNumber = /^\d{1,3}$/.test(code) ? countryCode(code) : undefined;
  if (byNumber) return { kind: "country", code: byNumber } as Place;
  const desc = text(r, `${prefix}desc`);
  // Areas "nes" (not elsewhere specified) are Comtrade's residual groups.
  if (/\bnes\b|^_X|^X\d/i.test(desc || iso)) {
    skips.skip(`${prefix} is a residual group, not a country`, line, `${prefix}Code`, `${code} ${desc || iso}`);
    return undefined;
  }
  return areaOf(desc || iso || code, where, line, `${prefix}Code`, skips, options);
}

/** A record with lower-cased keys → a flow, or undefined after recording why it was skipped. */
export function mapComtradeRecord(r: Rec, line: number, where: Where, skips: SkipReport, options: TradeImportOptions): NewFlow | undefined {
  const flow = FLOWS[text(r, "flowcode")];
  if (!flow) {
    skips.skip("flow other than export (X) or import (M)", line, "flowCode", text(r, "flowcode"));
    return undefined;
  }
  const p2 = text(r, "partner2code");
  const customs = text(r, "customscode");
  const mot = text(r, "motcode");
  if ((p2 && p2 !== "0") || (customs && customs !== "C00") || (mot && mot !== "0")) {
    skips.skip(
      "breakdown by second partner, customs procedure or transport mode (totals kept)",
      line,
      "partner2Code",
      `${p2}/${customs}/${mot}`,
    );
    return undefined;
  }
  const period = text(r, "period");
  let when: string;
  if (/^\d{4}$/.test(period)) when = period;
  else if (/^\d{4}(0[1-9]|1[0-2])$/.test(period)) when = `${period.slice(0, 4)}-${period.slice(4)}`;
  else return fail(where, line, "period", `not YYYY or YYYYMM ('${period}')`);
  const hs = normalizeHs(text(r, "cmdcode"));
  if (!hs) return fail(where, line, "cmdCode", `not an HS code or TOTAL ('${text(r, "cmdcode")}')`);
  const valueText = text(r, "primaryvalue") || text(r, flow === "import" ? "cifvalue" : "fobvalue");
  if (!valueText) {
    skips.skip("no value", line, "primaryValue", "");
    return undefined;
  }
  const reporter = comtradeArea(r, "reporter", where, line, skips, options);
  const partner = reporter && comtradeArea(r, "partner", where, line, skips, options);
  if (!reporter || !partner) return undefined;
  const unit = text(r, "qtyunitabbr");
  const qtyText = text(r, "qty");
  const hasQty = unit && unit !== "N/A" && qtyText !== "" && text(r, "qtyunitcode") !== "-1";
  const kgText = text(r, "netwgt");
  const quantity = hasQty
    ? requireNumber(qtyText, where, line, "qty", options)
    : kgText
      ? requireNumber(kgText, where, line, "netWgt", options)
      : null;
  return {
    reporter: reporter.code,
    partner: partner.code,
    flow,
    period: when,
    hs,
    hsVersion: hs === HS_TOTAL ? null : (parseHsVersion(text(r, "classificationcode")) ?? null),
    value: requireNumber(valueText, where, line, "primaryValue", options),
    currency: "USD",
    quantity: quantity !== null && (hasQty || quantity > 0) ? quantity : null,
    unit: hasQty ? unit : quantity ? "kg" : null,
    sourceRow: line,
  };
}
