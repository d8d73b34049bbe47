/** UN Security Council Consolidated List: every individual and entity under a Security Council sanctions regime. */
import { ValidationError } from "../../errors.js";
import type { InputFile, Source } from "../types.js";
import { parseUnFile } from "./parse.js";

const isXml = (f: InputFile) => /\.xml(\.gz)?$/i.test(f.name);

export const unScSanctions: Source = {
  key: "un_sc_sanctions",
  title: "UN Security Council Consolidated List",
  authority: "United Nations Security Council",
  homepage: "https://www.un.org/securitycouncil/content/un-sc-consolidated-list",
  downloads: [{ url: "https://scsanctions.un.org/resources/xml/en/consolidated.xml", file: "consolidated.xml" }],
  formats: ["xml"],
  select(files) {
    const xml = files.filter(isXml);
    // A release is one file; a folder of several dated copies must be imported one at a time.
    const chosen = xml.length === 1 ? xml[0] : xml.find((f) => /^consolidated\.xml(\.gz)?$/i.test(f.name));
    if (!chosen) {
      const names = files.map((f) => f.name).join(", ") || "(no files)";
      throw new ValidationError(
        xml.length > 1
          ? `several UN list files found (${xml.map((f) => f.name).join(", ")}); import one file at a time`
          : `no UN consolidated list XML file found among: ${names}`,
      );
    }
    return { format: "xml", files: [chosen] };
  },
  async *parse(selection, ctx) {
    const [file] = selection.files;
    if (!file) throw new ValidationError("un_sc_sanctions: no file selected");
    yield* parseUnFile(file, ctx);
  },
};
