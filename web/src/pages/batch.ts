/** Batch screening: upload a CSV or XLSX, pick the columns, watch the job's progress, read the hits, download the report. */
import { ApiError, algorithmThreshold, client, type ScreenJob, unwrap } from "../api.js";
import { clear, fmtScore, h, table } from "../dom.js";
import type { Page } from "../main.js";

/** The header row of a CSV, read in the browser so that the columns can be picked from a list. */
async function csvHeader(file: File): Promise<string[]> {
  const text = await file.slice(0, 64 * 1024).text();
  const line = text.replace(/^\uFEFF/, "").split(/\r?\n/)[0] ?? "";
  const cells: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"' && quoted && line[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if ((ch === "," || ch === ";" || ch === "\t") && !quoted) {
      cells.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells.filter(Boolean);
}

function guess(columns: string[], words: RegExp): string {
  return columns.find((c) => words.test(c)) ?? "";
}

function resultsView(job: ScreenJob): HTMLElement {
  const rows = job.results.map((r) => {
    const best = r.matches[0];
    return [
      String(r.row),
      r.query,
      best ? h("a", { href: `#/entity/${encodeURIComponent(best.id)}` }, best.name) : "–",
      best ? fmtScore(best.score) : "–",
      String(r.matches.length),
    ];
  });
  return table(`Rows with matches (${job.withMatches})`, ["Row", "Name", "Best match", "Score", "Matches"], rows, {
    class: "batch-results",
  });
}

export const batchPage: Page = async (main) => {
  const file = h("input", { id: "file", type: "file", accept: ".csv,.xlsx,text/csv", required: true });
  const column = h("select", { id: "column", required: true });
  const countryColumn = h("select", { id: "country-column" });
  const dobColumn = h("select", { id: "dob-column" });
  // Empty means the algorithm's default, shown as the placeholder (from the API).
  const fallback = await algorithmThreshold();
  const threshold = h("input", {
    id: "batch-threshold",
    type: "number",
    min: 0,
    max: 1,
    step: 0.01,
    placeholder: fallback !== undefined ? fallback.toFixed(2) : "default",
  });
  const typed = h("input", { id: "column-text", placeholder: "header of the name column", "aria-label": "Name column" });
  const progress = h("progress", { id: "batch-progress", max: 1, value: 0, "aria-label": "Screening progress" });
  const status = h("p", { id: "batch-status", role: "status", "aria-live": "polite" });
  const output = h("div", { id: "batch-output" });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const fill = (select: HTMLSelectElement, columns: string[], none: string, pick: string) => {
    clear(
      select,
      h("option", { value: "" }, none),
      columns.map((c) => h("option", { value: c }, c)),
    );
    select.value = pick;
  };
  file.addEventListener("change", async () => {
    const f = file.files?.[0];
    if (!f) return;
    const isCsv = /\.(csv|tsv|txt)$/i.test(f.name);
    const columns = isCsv ? await csvHeader(f) : [];
    typed.hidden = columns.length > 0;
    column.hidden = columns.length === 0;
    fill(column, columns, "choose…", guess(columns, /name|customer|party|counterpart|company|entity/i));
    fill(countryColumn, columns, "none", guess(columns, /country|nation/i));
    fill(dobColumn, columns, "none", guess(columns, /birth|dob/i));
  });
  column.hidden = true;

  function render(job: ScreenJob): void {
    progress.max = Math.max(1, job.total);
    progress.value = job.done;
    const pct = Math.round(job.progress * 100);
    status.textContent =
      job.status === "done"
        ? `Done: ${job.total} rows screened, ${job.withMatches} with matches, ${job.notScreened.length} not screened.`
        : job.status === "failed"
          ? `Failed: ${job.error ?? "unknown error"}`
          : `Screening ${job.file}: ${job.done} of ${job.total} rows (${pct}%)…`;
    clear(
      output,
      job.results.length ? resultsView(job) : null,
      job.notScreened.length
        ? table(
            "Rows not screened",
            ["Row", "Reason"],
            job.notScreened.map((b) => [String(b.row), b.reason]),
          )
        : null,
      job.warnings.length
        ? table(
            "Warnings",
            ["Row", "Note"],
            job.warnings.map((b) => [String(b.row), b.reason]),
          )
        : null,
      job.status === "done"
        ? h("button", { type: "button", id: "download", onclick: () => void download(job) }, "Download report (CSV)")
        : null,
    );
  }

  async function download(job: ScreenJob): Promise<void> {
    const { data, response } = await client.GET("/screen/{job}/report.csv", { params: { path: { job: job.id } }, parseAs: "blob" });
    if (!response.ok || !data) return;
    const url = URL.createObjectURL(data);
    const a = h("a", { href: url, download: `${job.file.replace(/\.[^.]+$/, "")}-screening.csv` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  async function poll(id: string): Promise<void> {
    if (stopped) return;
    try {
      const job = await unwrap(client.GET("/screen/{job}", { params: { path: { job: id }, query: { limit: 200 } } }));
      render(job);
      if (job.status === "queued" || job.status === "running") timer = setTimeout(() => void poll(id), 400);
    } catch (e) {
      status.textContent = e instanceof ApiError ? e.message : String(e);
    }
  }

  async function submit(): Promise<void> {
    const f = file.files?.[0];
    const col = column.hidden ? typed.value.trim() : column.value;
    if (!f || !col) {
      status.textContent = "Choose a file and the column that holds the names.";
      return;
    }
    const form = new FormData();
    form.append("column", col);
    if (countryColumn.value && !countryColumn.hidden) form.append("countryColumn", countryColumn.value);
    if (dobColumn.value && !dobColumn.hidden) form.append("dobColumn", dobColumn.value);
    if (threshold.value) form.append("threshold", threshold.value);
    form.append("file", f, f.name);
    status.textContent = "Uploading…";
    clear(output);
    try {
      const job = await unwrap(client.POST("/screen", { body: { file: "", column: col }, bodySerializer: () => form }));
      render(job);
      await poll(job.id);
    } catch (e) {
      status.textContent = e instanceof ApiError ? e.message : String(e);
    }
  }

  main.append(
    h("h1", null, "Batch screening"),
    h("p", { class: "muted" }, "A CSV or XLSX file with a header row; each row is screened against every loaded list."),
    h(
      "form",
      {
        class: "batch-form",
        onsubmit: (e: Event) => {
          e.preventDefault();
          void submit();
        },
      },
      h("div", { class: "field wide" }, h("label", { for: "file" }, "File"), file),
      h("div", { class: "field" }, h("label", { for: "column" }, "Name column"), column, typed),
      h("div", { class: "field" }, h("label", { for: "country-column" }, "Country column"), countryColumn),
      h("div", { class: "field" }, h("label", { for: "dob-column" }, "Birth-date column"), dobColumn),
      h("div", { class: "field" }, h("label", { for: "batch-threshold" }, "Threshold"), threshold),
      h("div", { class: "field" }, h("button", { type: "submit" }, "Screen file")),
    ),
    progress,
    status,
    output,
  );
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
};
