/** EU Financial Sanctions Files (FSF): the consolidated list of persons, groups and entities subject to EU financial sanctions. */
import { ValidationError } from "../../errors.js";
import type { InputFile, Source } from "../types.js";
import { type EuFormat, formatOfRoot, peekRootElement } from "./detect.js";
import { parseEuFile } from "./parse.js";

const FILES = "https://webgate.ec.europa.eu/fsd/fsf/public/files";
// The publisher's public download token, part of the URLs the FSF page and its RSS feed publish.
const TOKEN = "token=dG9rZW4tMjAxNw";

export const euFsf: Source = {
  key: "eu_fsf",
  title: "EU Financial Sanctions Files (consolidated list)",
  authority: "European Commission (DG FISMA) for the Council of the European Union",
  homepage: "https://data.europa.eu/data/datasets/consolidated-list-of-persons-groups-and-entities-subject-to-eu-financial-sanctions",
  downloads: [{ url: `${FILES}/xmlFullSanctionsList_1_1/content?${TOKEN}`, file: "sanctions.xml" }],
  formats: ["xml-1.1", "legacy-xml"],
  select(files) {
    // global_v1.xml, 20240101-FULL-1_1(xsd).xml, sanctions.xml: the name says little, the root element says which format.
    const candidates: { file: InputFile; format: EuFormat }[] = [];
    const others: string[] = [];
    for (const file of files.filter((f) => /\.xml(\.gz)?$/i.test(f.name))) {
      const root = peekRootElement(file);
      const format = formatOfRoot(root);
      if (format) candidates.push({ file, format });
      else others.push(`${file.name} (root <${root ?? "none"}>)`);
    }
    const [chosen, ...more] = candidates;
    if (!chosen) {
      const seen = others.length ? others.join(", ") : files.map((f) => f.name).join(", ") || "(no files)";
      throw new ValidationError(`no EU FSF XML file (root <export> or <WHOLE>) found among: ${seen}`);
    }
    if (more.length)
      throw new ValidationError(`several EU FSF files found (${candidates.map((c) => c.file.name).join(", ")}); import one file at a time`);
    return { format: chosen.format, files: [chosen.file] };
  },
  async *parse(selection, ctx) {
    const [file] = selection.files;
    if (!file) throw new ValidationError("eu_fsf: no file selected");
    if (selection.format !== "xml-1.1" && selection.format !== "legacy-xml")
      throw new ValidationError(`eu_fsf: unknown format '${selection.format}'`);
    yield* parseEuFile(file, selection.format, ctx);
  },
};
