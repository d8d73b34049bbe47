import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { TokenStats } from "../types.js";
import { DEFAULT_ALGORITHM, getAlgorithm } from "./index.js";
import { nameV3 } from "./name-v3.js";
import { nameV4 } from "./name-v4.js";

/** A few list-like frequencies, as in the older versions' tests. */
const DF: Record<string, number> = { mohamed: 800, ali: 900, al: 3000, "#llc": 5000, "#co": 4000, bank: 300, trading: 400 };
const STATS: TokenStats = { total: 30_000, df: (key) => DF[key] ?? 0 };
const T = nameV4.defaultThreshold;
/** A query as typed (no schema) against a list name read for its entity's schema, as the screener does. */
const score = (alg: typeof nameV4, q: string, c: string, schema?: string) =>
  alg.score(alg.prepare(q), alg.prepare(c, schema), { stats: STATS });
const v3 = (q: string, c: string, schema?: string) => score(nameV3, q, c, schema);
const v4 = (q: string, c: string, schema?: string) => score(nameV4, q, c, schema);
const matches = (q: string, c: string, schema?: string) => assert.ok(v4(q, c, schema) >= T, `${q} / ${c}: ${v4(q, c, schema)}`);
const misses = (q: string, c: string, schema?: string) => assert.ok(v4(q, c, schema) < T, `${q} / ${c}: ${v4(q, c, schema)}`);

describe("name-v4", () => {
  it("is the default; name-v3 keeps its behaviour", () => {
    assert.equal(DEFAULT_ALGORITHM, "name-v4");
    assert.equal(getAlgorithm(), nameV4);
    // Readings name-v4 adds do not leak into name-v3.
    assert.ok(v3("Президент Путин", "PUTIN, Vladimir Vladimirovich", "Person") < T);
    assert.ok(v3("金正恩", "KIM Jong Un", "Person") < T);
  });

  describe("part 2: every list name finds itself", () => {
    it("reads single letters joined by '&' or 'and', and runs of letters in company names, as one name part", () => {
      for (const [q, c] of [
        ["M AND S TRADING", "M&S TRADING"],
        ["I&S HOLDING COMPANY, S.A.", "I AND S HOLDING COMPANY, S.A."],
        ["G&G INTERNACIONAL S.A.S.", "G Y G INTERNACIONAL S.A.S."],
        ["INMOBILIARIA J & M CORP", "INMOBILIARIA J AND M CORP"],
        ["M. D. S. IMPORT EXPORT CO., LTD.", "MDS Import Export Co Ltd"],
        ["S&D SOLUTIONS LIMITED LIABILITY COMPANY", "S AND D SOLUTIONS LLC"],
        ["A A TRADING FZCO", "AA Trading FZCO"],
      ]) {
        assert.ok(v4(q as string, c as string, "Company") >= 0.99, `${q} / ${c}: ${v4(q as string, c as string, "Company")}`);
        assert.equal(nameV4.prepare(q as string).tokens[0]?.cls, "name");
      }
      // People's initials stay initials.
      assert.deepEqual(
        nameV4.prepare("DOCKRAT, J. I.").tokens.map((t) => t.cls),
        ["initial", "initial", "name"],
      );
    });

    it("gives a list name the same score against itself whatever schema it is read for", () => {
      // Entity List people whose CSL record has no type are read as companies; queries come without a schema.
      for (const name of ["Cho-Man Wong", "Pak To'-Ch'un", "K M A", "S. M. Mirbagheri", "Yi Yao", "COMERCIAL DOMELY, S.A. DE C.V"]) {
        for (const schema of ["Company", "Person", "Vessel"])
          assert.ok(v4(name, name, schema) >= 0.99, `${name} (${schema}): ${v4(name, name, schema)}`);
      }
    });
  });

  describe("part 5: words that are not the name", () => {
    it("takes titles and honorifics off as qualifiers, in the lists' main languages", () => {
      for (const q of ["Президент Путин", "Presidente Putin", "Président Putin", "Präsident Putin", "President Putin"]) {
        matches(q, "PUTIN, Vladimir Vladimirovich", "Person");
      }
      for (const q of ["Президент Путин", "Presidente Putin"]) assert.ok(v3(q, "PUTIN, Vladimir Vladimirovich", "Person") < T, q);
      for (const [q, c] of [
        ["General Min Aung Hlaing", "MIN AUNG HLAING"],
        ["Sheikh Hassan Nasrallah", "NASRALLAH, Hassan"],
        ["Dr Ayman al-Zawahiri", "AL-ZAWAHIRI, Ayman"],
        ["Haji Bashir Noorzai", "NOORZAI, Bashir"],
        ["Coronel Hugo Carvajal", "CARVAJAL BARRIOS, Hugo Armando"],
        ["Mr Viktor Bout", "BOUT, Viktor Anatolijevitch"],
      ])
        matches(q as string, c as string, "Person");
      const e = nameV4.explain(nameV4.prepare("Президент Путин"), nameV4.prepare("PUTIN, Vladimir Vladimirovich", "Person"), {
        stats: STATS,
      });
      assert.deepEqual(e.qualifiers, [{ name: "title", detail: "президент / -", adjustment: 0 }]);
    });

    it("weighs countries and cities in company names as location qualifiers", () => {
      matches("Spacety China", "SPACETY CO., LTD. (CHANGSHA)", "Company");
      assert.ok(v3("Spacety China", "SPACETY CO., LTD. (CHANGSHA)", "Company") < T);
      matches("Rosoboronexport Russia", "ROSOBORONEXPORT", "Company");
      matches("HK Sinno Electronics", "SINNO ELECTRONICS CO., LIMITED", "Company");
      matches("Deutsche Bank (Schweiz) AG", "Deutsche Bank AG", "Company");
      const e = nameV4.explain(nameV4.prepare("Spacety China"), nameV4.prepare("SPACETY CO., LTD. (CHANGSHA)", "Company"), {
        stats: STATS,
      });
      assert.deepEqual(e.qualifiers, [{ name: "location", detail: "china / changsha", adjustment: 0 }]);
      // Places that cannot be the same registration still disagree: two cities, two countries, Hong Kong
      // and the mainland.
      misses("Beijing Sinno Electronics", "SHENZHEN SINNO ELECTRONICS CO., LIMITED", "Company");
      misses("Bowne Global Solutions (France), S.A.R.L.", "Bowne Global Solutions (Germany), G.m.b.H.", "Company");
      misses("Huaxinke Hong Kong Ltd", "Shenzhen Huaxinke Technology Co., Ltd.", "Company");
      misses("Government of Estonia", "Government of Ethiopia", "Organization");
    });

    it("meets the Chinese names of listed Chinese firms with their English list names", () => {
      for (const [q, c] of [
        ["长光卫星技术有限公司", "CHANG GUANG SATELLITE TECHNOLOGY CO., LTD."],
        ["长沙天仪空间科技研究院有限公司", "CHANGSHA TIANYI SPACE SCIENCE AND TECHNOLOGY RESEARCH INSTITUTE CO. LTD."],
        ["北京微电子技术研究所", "BEIJING MICROELECTRONICS TECHNOLOGY INSTITUTE"],
        ["中国精密机械进出口总公司", "CHINA PRECISION MACHINERY IMPORT-EXPORT CORPORATION"],
        ["浙江大华技术股份有限公司", "ZHEJIANG DAHUA TECHNOLOGY CO., LTD."],
        ["中国电子科技集团公司", "CHINA ELECTRONICS TECHNOLOGY GROUP CORPORATION"],
        ["中国航空工业集团", "AVIATION INDUSTRY CORPORATION OF CHINA"],
        ["南京航空航天大学", "NANJING UNIVERSITY OF AERONAUTICS AND ASTRONAUTICS"],
        ["哈尔滨工程大学", "HARBIN ENGINEERING UNIVERSITY"],
        ["上海依图网络科技有限公司", "SHANGHAI YITU NETWORK TECHNOLOGY CO., LTD."],
        ["华为技术有限公司", "HUAWEI TECHNOLOGIES CO., LTD."],
      ])
        matches(q as string, c as string, "Company");
      assert.ok(v3("长光卫星技术有限公司", "CHANG GUANG SATELLITE TECHNOLOGY CO., LTD.", "Company") < T);
    });
  });

  describe("part 6: cross-script gaps", () => {
    it("reads short Arabic names, Greek and Hebrew", () => {
      for (const [q, c] of [
        ["علي", "Ali"],
        ["عبد الله", "Abdullah"],
        ["خالد محمود", "Khaled Mahmoud"],
        ["محمد بن سلمان", "Mohammed bin Salman"],
        ["Αλέξανδρος", "Alexander"],
        ["Γιώργος Παπαδόπουλος", "George Papadopoulos"],
        ["משה", "Moshe"],
        ["בנימין נתניהו", "Benjamin Netanyahu"],
      ])
        matches(q as string, c as string, "Person");
      // Same-script comparisons keep reading letters: נתניחו is a typo of נתניהו.
      matches("בנימין נתניחו", "בנימין נתניהו", "Person");
    });

    it("reads Korean names in Han characters the Korean way, Chinese names stay Chinese", () => {
      matches("金正恩", "KIM Jong Un", "Person");
      matches("崔龍海", "CHOE Ryong Hae", "Person");
      misses("金正恩", "Jin Zhengrong", "Person");
      matches("李克强", "Li Keqiang", "Person");
      matches("金庸", "Jin Yong", "Person");
    });

    it("reads Japanese names in kanji the Japanese way", () => {
      matches("山田太郎", "Yamada Taro", "Person");
      matches("麻原彰晃", "ASAHARA Shoko", "Person");
    });

    it("does not let loose consonant skeletons meet", () => {
      assert.equal(v4("比亚迪", "العبيدي"), 0);
      misses("משה", "KHAMIS", "Person");
      assert.ok(v3("משה", "KHAMIS", "Person") >= T, "name-v3 met them");
    });
  });

  it("discounts near single names and one-part queries against longer company names (clean names)", () => {
    misses("Cardinal AS", "CARDIAM", "Company");
    misses("AS Unica", "UNIIKM AO", "Company");
    misses("Pegasus AS", "SMART PEGASUS", "Vessel");
    misses("The Hair As", "Gray Hair", "Person");
    misses("Da Bella AS", "BELLA", "Company");
    // A word after the shared one is a region or a line of business: still the same firm.
    matches("Faberlic", "FABERLIC EUROPE Sp. z o.o.", "Company");
  });
});
