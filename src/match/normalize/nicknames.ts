/**
 * Short forms of given names that do not look like their full form (Ted ↔ Theodore, Bill ↔ William,
 * Sasha ↔ Alexander, Volodya ↔ Vladimir). Short forms that are prefixes or near spellings of the full
 * name are found by edit distance and need no entry.
 */

const TABLE: Record<string, string[]> = {
  william: ["bill", "billy", "will", "willy", "liam"],
  robert: ["bob", "bobby", "rob", "robbie", "bert"],
  richard: ["dick", "rick", "ricky", "rich"],
  edward: ["ted", "ed", "eddie", "ned"],
  theodore: ["ted", "teddy", "theo"],
  margaret: ["maggie", "meg", "peggy", "marge"],
  elizabeth: ["liz", "beth", "betty", "eliza", "lisa"],
  james: ["jim", "jimmy", "jamie"],
  john: ["jack", "johnny"],
  charles: ["chuck", "charlie"],
  henry: ["harry", "hank"],
  katherine: ["kate", "kathy", "katie"],
  benjamin: ["ben", "benny", "bibi"],
  barack: ["barry"],
  alexander: ["sasha", "sanya", "shura", "alex"],
  aleksandr: ["sasha", "sanya", "shura"],
  vladimir: ["volodya", "vova", "vlad"],
  dmitriy: ["dima", "mitya"],
  mikhail: ["misha"],
  nikolay: ["kolya"],
  yevgeniy: ["zhenya"],
  sergey: ["seryozha", "serezha"],
  ivan: ["vanya"],
  pavel: ["pasha"],
  aleksey: ["alyosha", "lyosha"],
  anatoliy: ["tolya"],
  konstantin: ["kostya"],
  viktor: ["vitya"],
  yekaterina: ["katya"],
  mariya: ["masha"],
  natalya: ["natasha"],
  tatyana: ["tanya"],
  olga: ["olya"],
  svetlana: ["sveta"],
  yelena: ["lena"],
  anna: ["anya"],
  mohammed: ["mohd", "muhd", "mamad"],
};

const BY_SHORT = new Map<string, string[]>();
for (const [full, shorts] of Object.entries(TABLE)) {
  for (const short of shorts) BY_SHORT.set(short, [...(BY_SHORT.get(short) ?? []), full]);
}

/** The full given names a short form stands for ("ted" → theodore, edward), else none. */
export function fullNamesOf(token: string): readonly string[] {
  return BY_SHORT.get(token) ?? [];
}

/** The short forms of a full given name ("theodore" → ted, teddy, theo), else none. */
export function shortNamesOf(token: string): readonly string[] {
  return Object.hasOwn(TABLE, token) ? (TABLE[token] as string[]) : [];
}
