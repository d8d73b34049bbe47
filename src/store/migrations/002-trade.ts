import type { Migration } from "./index.js";

export const trade002: Migration = {
  id: 2,
  name: "trade: imports, flows, customs records and strings, customs rollup",
  sqlite: `
-- One row per imported file; a file is known by its sha256 (importing it again is a no-op).
CREATE TABLE trade_imports (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('flows', 'customs')),
  format TEXT NOT NULL,
  file_name TEXT NOT NULL,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  options TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  row_count INTEGER NOT NULL,
  skipped TEXT NOT NULL,
  -- Customs records of an import hold consecutive ids (one transaction, one writer): deleting an
  -- import deletes this range, so the 10M-row table needs no index on import_id.
  first_record INTEGER,
  last_record INTEGER
);

CREATE TABLE trade_flows (
  id INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES trade_imports (id) ON DELETE CASCADE,
  reporter TEXT NOT NULL,
  partner TEXT NOT NULL,
  flow TEXT NOT NULL CHECK (flow IN ('export', 'import')),
  period TEXT NOT NULL,
  hs TEXT NOT NULL,
  hs_version TEXT,
  value REAL NOT NULL,
  currency TEXT NOT NULL,
  quantity REAL,
  unit TEXT,
  source_row INTEGER NOT NULL,
  UNIQUE (import_id, reporter, partner, flow, period, hs)
);
CREATE INDEX trade_flows_by_route ON trade_flows (reporter, partner, period);
CREATE INDEX trade_flows_by_partner ON trade_flows (partner, period);

-- Strings of customs records (parties, countries, codes, units …), each stored once: records hold
-- their ids. At 10M rows, integers cost SQLite about half of what strings do, and a third of the space.
CREATE TABLE customs_strings (
  id INTEGER PRIMARY KEY,
  value TEXT NOT NULL UNIQUE
);

-- No foreign keys here: a per-row parent check costs ~15% on 10M-row imports; see first_record.
-- Columns marked * hold customs_strings ids; date is the number YYYYMMDD.
CREATE TABLE customs_records (
  id INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL,
  source_row INTEGER NOT NULL,
  declaration_id TEXT,
  date INTEGER NOT NULL,
  flow INTEGER NOT NULL, -- *
  reporter INTEGER, -- *
  declarant INTEGER, -- * names as declared: spellings are matched when read (src/trade/flags)
  consignor INTEGER, -- *
  consignee INTEGER, -- *
  consignor_country INTEGER, -- *
  consignee_country INTEGER, -- *
  origin_country INTEGER, -- *
  dispatch_country INTEGER, -- *
  destination_country INTEGER, -- *
  hs INTEGER NOT NULL, -- *
  hs_version INTEGER NOT NULL, -- *
  description INTEGER, -- *
  value REAL NOT NULL,
  currency INTEGER NOT NULL, -- *
  quantity REAL,
  unit INTEGER, -- *
  chpl_tier INTEGER NOT NULL, -- *
  chpl_partial INTEGER NOT NULL
);

-- Customs value by month x flow x reporter x partner x CHPL tier, summed while importing, so that
-- month x partner x tier reports read thousands of rows instead of millions. The tier comes from
-- the CHPL table shipped at import time (its version is in trade_imports.options).
CREATE TABLE customs_rollup (
  import_id INTEGER NOT NULL REFERENCES trade_imports (id) ON DELETE CASCADE,
  month TEXT NOT NULL,
  flow TEXT NOT NULL,
  reporter TEXT,
  partner TEXT,
  tier TEXT NOT NULL,
  partial INTEGER NOT NULL,
  currency TEXT NOT NULL,
  value REAL NOT NULL,
  records INTEGER NOT NULL
);
CREATE INDEX customs_rollup_by_month ON customs_rollup (month);
`,
};
