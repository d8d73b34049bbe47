/** Trade endpoints: imported files, series by route, growth against a baseline, shares by origin. */
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
