import type { Migration } from "./index.js";

/** Partial releases (docs/architecture.md): which files a release lacks, and where their facts came from. */
export const partial003: Migration = {
  id: 3,
  name: "lists: partial releases (missing files, carried-from release)",
  sqlite: `
ALTER TABLE releases ADD COLUMN missing TEXT;
ALTER TABLE releases ADD COLUMN carried_from INTEGER;
`,
};
