/**
 * Greek names against their Latin forms (name-v4). any-ascii spells Greek letter by letter
 * (Αλέξανδρος → alexandros); Latin lists and documents often write the name without its Greek case
 * ending (Alexander, Constantine) or in its English form (George for Γιώργος). A Greek word ending in
 * -os, -as, -is, -es or -ou also reads without the ending; common given names add their English forms.
 * Written for this project.
 */

const ENGLISH: Record<string, string[]> = {
  alexandros: ["alexander", "alexandr"],
  giorgos: ["george", "georgios", "yiorgos"],
  georgios: ["george", "giorgos"],
  dimitris: ["dimitrios", "demetrios", "dimitri"],
  dimitrios: ["dimitris", "demetrios", "dimitri"],
  konstantinos: ["constantine", "constantinos", "kostas"],
  nikolaos: ["nicholas", "nikolas", "nikos"],
  ioannis: ["john", "yannis", "giannis", "ioannes"],
  giannis: ["john", "yannis", "ioannis"],
  michail: ["michael", "michalis"],
  michalis: ["michael", "michail"],
  christos: ["christopher", "chris"],
  petros: ["peter"],
  pavlos: ["paul", "paulos"],
  stefanos: ["stephen", "stephanos", "steven"],
  theodoros: ["theodore"],
  vasileios: ["basil", "vasilis", "vassilios"],
  vasilis: ["basil", "vasileios", "vassilis"],
  antonios: ["anthony", "antonis"],
  andreas: ["andrew"],
  spyridon: ["spyros", "spiros"],
  emmanouil: ["emmanuel", "manolis"],
  kyriakos: ["kyriacos", "cyriac"],
  elena: ["helen", "eleni"],
  eleni: ["helen", "elena"],
  maria: ["mary"],
  aikaterini: ["catherine", "katerina"],
  sofia: ["sophia"],
};

const ENDING = /(os|as|is|es|ou|ios)$/;

/** Other Latin spellings of a Greek word already in any-ascii Latin ("alexandros" → alexander, alexandr …); [] when none. */
export function greekSpellings(text: string): string[] {
  const out = [...(ENGLISH[text] ?? [])];
  const stem = text.replace(ENDING, "");
  if (stem !== text && stem.length >= 4) out.push(stem);
  return [...new Set(out)].filter((s) => s !== text);
}
