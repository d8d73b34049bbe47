/**
 * Japanese names written in kanji read the Japanese way (name-v4): 山田太郎 is Yamada Taro, not the
 * Mandarin "Shantian Tailang". A name is read so when it starts with a common Japanese family name of two
 * or three characters (no common Chinese surname is written so) and is three to five characters long;
 * the given name is read from the table of common given names, or left in its Mandarin reading. Hepburn
 * spelling without long vowels, as lists write it (Taro, Shinzo). Written for this project.
 */

const SURNAMES = `山田 yamada 田中 tanaka 佐藤 sato 鈴木 suzuki 高橋 takahashi 渡辺 watanabe 渡邊 watanabe 伊藤 ito 中村 nakamura
小林 kobayashi 加藤 kato 吉田 yoshida 山本 yamamoto 佐々木 sasaki 山口 yamaguchi 松本 matsumoto 井上 inoue 木村 kimura
斎藤 saito 斉藤 saito 清水 shimizu 山崎 yamazaki 池田 ikeda 橋本 hashimoto 阿部 abe 石川 ishikawa 山下 yamashita
中島 nakajima 石井 ishii 小川 ogawa 前田 maeda 岡田 okada 長谷川 hasegawa 藤田 fujita 後藤 goto 近藤 kondo 村上 murakami
遠藤 endo 青木 aoki 坂本 sakamoto 福田 fukuda 太田 ota 西村 nishimura 藤井 fujii 金子 kaneko 岡本 okamoto 藤原 fujiwara
中野 nakano 三浦 miura 原田 harada 中川 nakagawa 松田 matsuda 竹内 takeuchi 小野 ono 田村 tamura 中山 nakayama 和田 wada
石田 ishida 森田 morita 上田 ueda 内田 uchida 柴田 shibata 酒井 sakai 宮崎 miyazaki 横山 yokoyama 高木 takagi 安藤 ando
宮本 miyamoto 大野 ono 小島 kojima 谷口 taniguchi 今井 imai 工藤 kudo 高田 takada 増田 masuda 丸山 maruyama 杉山 sugiyama
村田 murata 大塚 otsuka 新井 arai 小山 koyama 平野 hirano 藤本 fujimoto 河野 kono 上野 ueno 野口 noguchi 武田 takeda
松井 matsui 千葉 chiba 岩崎 iwasaki 菅原 sugawara 木下 kinoshita 久保 kubo 佐野 sano 野村 nomura 松尾 matsuo 市川 ichikawa
菊地 kikuchi 杉本 sugimoto 古川 furukawa 大西 onishi 島田 shimada 水野 mizuno 桜井 sakurai 高野 takano 吉川 yoshikawa
山内 yamauchi 西田 nishida 飯田 iida 菊池 kikuchi 西川 nishikawa 小松 komatsu 北村 kitamura 安田 yasuda 五十嵐 igarashi
川口 kawaguchi 平田 hirata 中田 nakata 久保田 kubota 服部 hattori 岩田 iwata 土屋 tsuchiya 川崎 kawasaki 福島 fukushima
本田 honda 樋口 higuchi 秋山 akiyama 田口 taguchi 永井 nagai 山中 yamanaka 中西 nakanishi 吉村 yoshimura 川上 kawakami
石原 ishihara 大橋 ohashi 松岡 matsuoka 浜田 hamada 森本 morimoto 星野 hoshino 矢野 yano 浅野 asano 大久保 okubo
松下 matsushita 吉岡 yoshioka 小池 koike 野田 noda 荒木 araki 大谷 otani 内藤 naito 松浦 matsuura 熊谷 kumagai 黒田 kuroda
尾崎 ozaki 永田 nagata 川村 kawamura 望月 mochizuki 田辺 tanabe 松村 matsumura 荒井 arai 大島 oshima 平井 hirai 早川 hayakawa
岸田 kishida 安倍 abe 麻原 asahara 重信 shigenobu 岡本 okamoto 高市 takaichi 石破 ishiba 小泉 koizumi 鳩山 hatoyama
野田 noda 福田 fukuda 麻生 aso 東條 tojo 東条 tojo 山上 yamagami 上祐 joyu 豊田 toyoda 豊臣 toyotomi 徳川 tokugawa`;

const GIVEN = `太郎 taro 一郎 ichiro 次郎 jiro 三郎 saburo 四郎 shiro 健 ken 健一 kenichi 誠 makoto 浩 hiroshi 博 hiroshi 大輔 daisuke
翔太 shota 拓也 takuya 直樹 naoki 和也 kazuya 達也 tatsuya 洋子 yoko 恵子 keiko 裕子 yuko 幸子 sachiko 花子 hanako
美香 mika 晋三 shinzo 文雄 fumio 義偉 yoshihide 純一郎 junichiro 由紀夫 yukio 早苗 sanae 茂 shigeru 明 akira 清 kiyoshi
隆 takashi 勝 masaru 実 minoru 修 osamu 進 susumu 豊 yutaka 薫 kaoru 彰晃 shoko 智津夫 chizuo 房子 fusako 英機 hideki
秀樹 hideki 雅子 masako 和子 kazuko 明美 akemi 真由美 mayumi 健太 kenta 大樹 daiki 翔 sho 蓮 ren 陽翔 haruto 結衣 yui
一 hajime 正 tadashi 武 takeshi 剛 tsuyoshi 聡 satoshi 哲也 tetsuya 徹 toru 亮 ryo 翼 tsubasa 陽子 yoko 久美子 kumiko
由美 yumi 直子 naoko 智子 tomoko 典子 noriko 恵 megumi 愛 ai 優子 yuko 信夫 nobuo 正雄 masao 和夫 kazuo 秀夫 hideo
茂雄 shigeo 浩二 koji 健二 kenji 誠一 seiichi 康夫 yasuo 太一 taichi 光 hikaru 徹也 tetsuya 雄一 yuichi 俊介 shunsuke
義男 yoshio 邦夫 kunio 昭 akira 博文 hirofumi 徹 toru 朋美 tomomi 美穂 miho 真理子 mariko 京子 kyoko 節子 setsuko
有紀 yuki 由紀 yuki 正人 masato 哲郎 tetsuro 太 futoshi 茂 shigeru 信之 nobuyuki 雅人 masato 修一 shuichi`;

function pairs(text: string): Map<string, string> {
  const words = text.split(/\s+/).filter(Boolean);
  const out = new Map<string, string>();
  for (let i = 0; i + 1 < words.length; i += 2) if (!out.has(words[i] as string)) out.set(words[i] as string, words[i + 1] as string);
  return out;
}

const SURNAME = pairs(SURNAMES);
const GIVEN_NAME = pairs(GIVEN);

/**
 * The Japanese reading of a name in kanji: [surname, its characters, given name reading or undefined, the
 * given name's characters], or undefined when the shape does not say Japanese.
 */
export function japaneseKanjiReading(
  chars: readonly string[],
): { surname: string; surnameChars: string; given?: string; givenChars: string } | undefined {
  if (chars.length < 3 || chars.length > 5) return undefined;
  for (const len of [3, 2]) {
    const head = chars.slice(0, len).join("");
    const surname = SURNAME.get(head);
    if (!surname) continue;
    const givenChars = chars.slice(len).join("");
    if (!givenChars) return undefined;
    const given = GIVEN_NAME.get(givenChars);
    return given ? { surname, surnameChars: head, given, givenChars } : { surname, surnameChars: head, givenChars };
  }
  return undefined;
}
