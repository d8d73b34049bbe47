/** Batch screening of counterparty files (CSV/XLSX) with reports (CSV/XLSX/JSON). */
export { type BadRow, type BatchInput, type BatchInputOptions, type BatchRow, parseBirthDate, readBatchInput } from "./input.js";
export {
  howSummary,
  type ReportData,
  type ReportFormat,
  reportCsv,
  reportFormat,
  reportJson,
  reportLines,
  reportXlsx,
  writeReport,
} from "./report.js";
export { type BatchOutcome, type BatchResult, type BatchRunOptions, screenBatch } from "./run.js";
