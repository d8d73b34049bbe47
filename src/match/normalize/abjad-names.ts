/**
 * Common given names and name parts written in Arabic or Hebrew letters, with the Latin spellings lists
 * and people write for them (name-v4). Short names carry too few consonants to be compared on their
 * skeleton (علي is "ly", משה is "msh"): read from this table they meet "Ali" and "Moshe" and nothing
 * else. The first spelling becomes the token's text. Written for this project.
 */

const ARABIC: Record<string, string[]> = {
  علي: ["ali", "aly", "alee"],
  عمر: ["omar", "umar", "omer"],
  عمرو: ["amr", "amru"],
  محمد: ["muhammad", "mohammed", "mohamed", "mohammad", "muhammed", "mohamad"],
  أحمد: ["ahmad", "ahmed"],
  احمد: ["ahmad", "ahmed"],
  محمود: ["mahmoud", "mahmud", "mahmood"],
  حسن: ["hassan", "hasan"],
  حسين: ["hussein", "husayn", "hussain", "husain", "hosein"],
  خالد: ["khaled", "khalid"],
  خليل: ["khalil", "khaleel"],
  يوسف: ["yousef", "yusuf", "youssef", "yusef", "yousif"],
  إبراهيم: ["ibrahim", "ebrahim"],
  ابراهيم: ["ibrahim", "ebrahim"],
  إسماعيل: ["ismail", "ismael"],
  اسماعيل: ["ismail", "ismael"],
  عثمان: ["osman", "uthman", "othman"],
  سعيد: ["said", "saeed", "saaed"],
  سعد: ["saad", "sad"],
  صالح: ["saleh", "salih"],
  سالم: ["salem", "salim"],
  سليمان: ["suleiman", "sulaiman", "sulayman", "soliman"],
  مصطفى: ["mustafa", "moustafa", "mostafa"],
  عيسى: ["issa", "isa", "eissa"],
  موسى: ["musa", "moussa", "mousa"],
  يحيى: ["yahya", "yehia", "yahia"],
  زكريا: ["zakaria", "zakariya"],
  جمال: ["jamal", "gamal"],
  كمال: ["kamal", "kemal"],
  فاطمة: ["fatima", "fatma", "fatimah"],
  مريم: ["maryam", "mariam"],
  عائشة: ["aisha", "aysha", "aicha"],
  زينب: ["zainab", "zaynab", "zeinab"],
  نور: ["nour", "nur", "noor"],
  ناصر: ["nasser", "nasir", "naser"],
  منصور: ["mansour", "mansur"],
  طارق: ["tariq", "tarek", "tareq"],
  فيصل: ["faisal", "faysal"],
  فهد: ["fahd", "fahad"],
  سلمان: ["salman"],
  سلطان: ["sultan"],
  عادل: ["adel", "adil"],
  وليد: ["walid", "waleed"],
  هشام: ["hisham", "hesham"],
  رامي: ["rami"],
  سامي: ["sami", "samy"],
  بشار: ["bashar"],
  حافظ: ["hafez", "hafiz"],
  ماهر: ["maher", "mahir"],
  رفعت: ["rifaat", "refaat"],
  أسامة: ["osama", "usama", "usamah"],
  اسامة: ["osama", "usama", "usamah"],
  حمزة: ["hamza", "hamzah"],
  جعفر: ["jafar", "jaafar"],
  قاسم: ["qasim", "kassem", "qassem", "qasem"],
  هاشم: ["hashem", "hashim"],
  عبد: ["abd", "abdul", "abdel"],
  الله: ["allah", "ullah"],
  "عبد الله": ["abdullah", "abdallah", "abdulla", "abdalla"],
  "عبد الرحمن": ["abdulrahman", "abdelrahman", "abdurrahman", "abdalrahman", "abdurahman", "abdel rahman", "abdul rahman"],
  "عبد العزيز": ["abdulaziz", "abdelaziz", "abdalaziz"],
  "عبد الكريم": ["abdulkarim", "abdelkarim", "abdalkarim"],
  "عبد الرحيم": ["abdulrahim", "abdelrahim", "abdurrahim"],
  "عبد القادر": ["abdulqadir", "abdelkader", "abdulkadir", "abdelqader"],
  "عبد الفتاح": ["abdelfattah", "abdulfattah", "abdel fattah", "abdul fattah"],
  "عبد الحميد": ["abdulhamid", "abdelhamid"],
  "عبد الملك": ["abdulmalik", "abdelmalek"],
  "عبد الناصر": ["abdulnasser", "abdelnasser"],
};

const HEBREW: Record<string, string[]> = {
  משה: ["moshe", "moishe", "moses"],
  אברהם: ["avraham", "abraham"],
  יצחק: ["yitzhak", "itzhak", "isaac", "yitzchak"],
  יעקב: ["yaakov", "jacob", "yakov", "yaacov"],
  יוסף: ["yosef", "joseph", "josef", "yossef"],
  דוד: ["david", "dovid"],
  שמואל: ["shmuel", "samuel"],
  שלמה: ["shlomo", "solomon"],
  אליהו: ["eliyahu", "eliahu", "elijah"],
  בנימין: ["binyamin", "benjamin"],
  מרדכי: ["mordechai", "mordecai", "mordehai"],
  חיים: ["chaim", "haim", "hayim"],
  אריה: ["aryeh", "arie", "arieh"],
  יהודה: ["yehuda", "yehudah", "judah"],
  מנחם: ["menachem", "menahem"],
  שרה: ["sarah", "sara"],
  רחל: ["rachel", "rahel"],
  מרים: ["miriam", "miryam"],
  אהרון: ["aharon", "aaron"],
  אהרן: ["aharon", "aaron"],
  יונתן: ["yonatan", "jonathan"],
  נתניהו: ["netanyahu"],
  גדעון: ["gideon", "gidon"],
  עמוס: ["amos"],
  אלכסנדר: ["alexander", "aleksandr"],
};

const TABLE = new Map<string, string[]>([...Object.entries(ARABIC), ...Object.entries(HEBREW)]);

/** Phrases of two words (عبد الله), looked up before single words. */
export const ABJAD_PHRASE_FIRST: ReadonlySet<string> = new Set(
  [...TABLE.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0] as string),
);

/** Latin spellings of an Arabic or Hebrew name part (one word or "عبد X"), list style first; undefined when unknown. */
export function abjadNameSpellings(word: string): string[] | undefined {
  // Hamza seats and the final ى/ي are written either way: أحمد / احمد.
  const w = word.replace(/[\u064B-\u0652\u0640]/g, "");
  const found = TABLE.get(w) ?? TABLE.get(w.replace(/[أإآ]/g, "ا")) ?? TABLE.get(w.replace(/ى$/u, "ي"));
  return found && [...new Set(found.map((s) => s.replace(/ /g, "")))];
}
