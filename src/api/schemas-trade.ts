/** Trade endpoints: imported files, series by route, growth against a baseline, shares by origin, mirror gaps, re-export ratios and red flags. */
import { Type } from "typebox";
import { Defaulted, Nullable, StringEnum } from "./schemas.js";

const PERIOD = "^\\d{4}(-(0[1-9]|1[0-2]))?$";
const AREAS = "Countries or aggregates, comma-separated: ISO codes or names, EU27, EU, EA20, EAEU, WORLD";

const Hs = {
  hs: Defaulted(
    Type.String({ default: "TOTAL", maxLength: 500, description: "TOTAL, CHPL, tier:1 … tier:4.B, or HS codes such as 8542,854800" }),
  ),
  includePartial: Defaulted(
    Type.Boolean({ default: false, description: "Count pre-2022 codes that only partly became CHPL codes in full" }),
  ),
  currency: Type.Optional(Type.String({ pattern: "^[A-Za-z]{3}$" })),
};

export const TradeImportsResponse = Type.Object({
  imports: Type.Array(
    Type.Object({
      id: Type.Integer(),
      kind: StringEnum(["flows", "customs"]),
      format: Type.String(),
      fileName: Type.String(),
      sha256: Type.String(),
      importedAt: Type.String(),
      rowCount: Type.Integer(),
      skipped: Type.Integer({ description: "Rows the importer did not take" }),
    }),
  ),
});

const PeriodValue = Type.Object({
  period: Type.String(),
  value: Nullable(Type.Number()),
  months: Type.Optional(Type.Integer({ description: "For a year built from months: how many months it sums" })),
});

export const SeriesQuery = Type.Object({
  reporter: Type.String({ minLength: 1, maxLength: 500, description: AREAS }),
  partner: Type.String({ minLength: 1, maxLength: 500, description: AREAS }),
  flow: Defaulted(StringEnum(["export", "import", "total"], { default: "export" })),
  freq: Defaulted(StringEnum(["month", "year"], { default: "year" })),
  from: Type.Optional(Type.String({ pattern: PERIOD })),
  to: Type.Optional(Type.String({ pattern: PERIOD })),
  ...Hs,
});

export const SeriesResponse = Type.Object({
  currency: Type.String(),
  hs: Type.String(),
  freq: StringEnum(["month", "year"]),
  series: Type.Array(
    Type.Object({
      reporter: Type.String(),
      partner: Type.String(),
      flow: StringEnum(["export", "import", "total"]),
      points: Type.Array(PeriodValue),
    }),
  ),
  notes: Type.Array(Type.String()),
});

export const GrowthQuery = Type.Object({
  reporter: Type.String({ minLength: 1, maxLength: 100, description: "One country or aggregate, e.g. EU27" }),
  partner: Type.String({ minLength: 1, maxLength: 500, description: AREAS }),
  period: Type.String({ pattern: PERIOD, description: "YYYY, or YYYY-MM against the same month of the baseline years" }),
  baseline: Defaulted(Type.String({ pattern: "^\\d{4}(\\s*[-–]\\s*\\d{4})?$", default: "2019-2021", description: "YYYY-YYYY" })),
  flow: Defaulted(StringEnum(["export", "import"], { default: "export" })),
  ...Hs,
});

export const GrowthResponse = Type.Object({
  currency: Type.String(),
  hs: Type.String(),
  flow: StringEnum(["export", "import"]),
  rows: Type.Array(
    Type.Object({
      reporter: Type.String(),
      partner: Type.String(),
      period: Type.String(),
      value: Nullable(Type.Number()),
      baselineMean: Nullable(Type.Number()),
      baseline: Type.Array(PeriodValue),
      growth: Nullable(Type.Number({ description: "value / baselineMean − 1" })),
      notes: Type.Array(Type.String()),
    }),
  ),
  notes: Type.Array(Type.String()),
});

export const SharesQuery = Type.Object({
  destination: Type.String({ minLength: 1, maxLength: 100, description: "The importing country, e.g. RU" }),
  period: Type.String({ pattern: PERIOD }),
  basis: Defaulted(
    StringEnum(["reported", "mirror"], {
      default: "reported",
      description: "reported: the destination's imports; mirror: partners' exports",
    }),
  ),
  ...Hs,
});

export const SharesResponse = Type.Object({
  destination: Type.String(),
  period: Type.String(),
  basis: StringEnum(["reported", "mirror"]),
  currency: Type.String(),
  hs: Type.String(),
  total: Type.Number(),
  totalFrom: Type.String(),
  rows: Type.Array(
    Type.Object({ origin: Type.String(), value: Type.Number(), share: Type.Number(), months: Type.Optional(Type.Integer()) }),
  ),
  notes: Type.Array(Type.String()),
});

const Range = {
  freq: Defaulted(StringEnum(["month", "year"], { default: "year" })),
  from: Type.Optional(Type.String({ pattern: PERIOD })),
  to: Type.Optional(Type.String({ pattern: PERIOD })),
};

export const MirrorQuery = Type.Object({
  exporter: Type.String({ minLength: 1, maxLength: 100, description: "One country or aggregate, e.g. EU27" }),
  importer: Type.String({ minLength: 1, maxLength: 100, description: "One country, e.g. KG" }),
  ...Range,
  ...Hs,
});

export const MirrorResponse = Type.Object({
  exporter: Type.String(),
  importer: Type.String(),
  currency: Type.String(),
  hs: Type.String(),
  rows: Type.Array(
    Type.Object({
      period: Type.String(),
      exports: Nullable(Type.Number({ description: "Exporter-reported exports to the importer" })),
      imports: Nullable(Type.Number({ description: "Importer-reported imports from the exporter" })),
      gap: Nullable(Type.Number({ description: "imports − exports" })),
      ratio: Nullable(Type.Number({ description: "imports / exports (CIF against FOB: a little above 1 is normal)" })),
      months: Type.Optional(Type.Object({ exports: Type.Optional(Type.Integer()), imports: Type.Optional(Type.Integer()) })),
    }),
  ),
  notes: Type.Array(Type.String()),
});

export const ReexportQuery = Type.Object({
  via: Type.String({ minLength: 1, maxLength: 100, description: "The intermediary, e.g. KG" }),
  sources: Type.String({ minLength: 1, maxLength: 500, description: `Where goods come from. ${AREAS}` }),
  destination: Type.String({ minLength: 1, maxLength: 100, description: "Where they go on to, e.g. RU" }),
  ...Range,
  ...Hs,
});

const Basis = Nullable(StringEnum(["reported", "mirror"]));

export const ReexportResponse = Type.Object({
  intermediary: Type.String(),
  sources: Type.Array(Type.String()),
  destination: Type.String(),
  currency: Type.String(),
  hs: Type.String(),
  rows: Type.Array(
    Type.Object({
      period: Type.String(),
      inflow: Nullable(Type.Number()),
      inflowBasis: Basis,
      outflow: Nullable(Type.Number()),
      outflowBasis: Basis,
      ratio: Nullable(Type.Number({ description: "outflow / inflow" })),
      months: Type.Optional(Type.Object({ inflow: Type.Optional(Type.Integer()), outflow: Type.Optional(Type.Integer()) })),
    }),
  ),
  notes: Type.Array(Type.String()),
});

export const FlagsQuery = Type.Object({
  from: Type.Optional(
    Type.String({ pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$", description: "Records on or after (YYYY, YYYY-MM or YYYY-MM-DD)" }),
  ),
  to: Type.Optional(Type.String({ pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$", description: "Records on or before" })),
  hs: Type.Optional(Type.String({ maxLength: 500, description: "Only records under these codes (CHPL, tier:N, codes)" })),
  rules: Type.Optional(Type.String({ maxLength: 300, description: "Only these rules, comma-separated" })),
  party: Defaulted(StringEnum(["consignee", "consignor", "declarant"], { default: "consignee" })),
  limit: Defaulted(Type.Integer({ minimum: 1, maximum: 1000, default: 200, description: "Flags returned at most" })),
});

export const FlagsResponse = Type.Object({
  records: Type.Integer({ description: "Customs records read; 0 means none are loaded for the selection" }),
  rules: Type.Array(Type.Object({ id: Type.String(), description: Type.String() })),
  total: Type.Integer({ description: "Flags found (before limit)" }),
  flags: Type.Array(
    Type.Object({
      rule: Type.String(),
      firm: Nullable(Type.String()),
      summary: Type.String(),
      records: Type.Integer({ description: "Records that make the case" }),
      evidence: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
});
