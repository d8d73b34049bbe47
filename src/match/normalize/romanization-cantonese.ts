/**
 * Hong Kong (and a few Macau) surname spellings, which follow Cantonese sounds, to the Mandarin pinyin
 * of the surnames they commonly write: 陳 can4 "Chan" → chen. Written by hand from the characters'
 * Cantonese readings (Jyutping in the comments); a spelling shared by several common surnames lists
 * each, the most frequent first. Spellings that are themselves pinyin for a different surname and rare
 * in Hong Kong ("Lin" 連, "Liu" 廖, "Yan" 甄) are left out so they do not pull pinyin names apart;
 * ones common in Hong Kong stay ("Wan", "Man", "Tang", "Lai").
 * Compound surnames are one joined word ("szeto" → situ); hyphenated ones ("Au-Yeung") also work part
 * by part (au → ou, yeung → yang).
 */
const TABLE: Record<string, readonly string[]> = {
  au: ["ou"], // 區 au1, 歐 au1
  auyeung: ["ouyang"], // 歐陽
  chai: ["qi"], // 齊 cai4
  chak: ["zhai"], // 翟 zaak6
  chan: ["chen"], // 陳 can4
  chau: ["zhou", "zou"], // 周 zau1, 鄒 zau1
  cheng: ["zheng"], // 鄭 zeng6
  cheong: ["zhang", "jiang"], // Macau 張, 蔣
  cheuk: ["zhuo"], // 卓 coek3
  cheung: ["zhang", "jiang"], // 張 zoeng1, 蔣 zoeng2
  chim: ["zhan"], // 詹 zim1
  chin: ["qian"], // 錢 cin4
  ching: ["cheng"], // 程 cing4
  chiu: ["zhao"], // 趙 ziu6, 招 ziu1
  choi: ["cai"], // 蔡 coi3
  chong: ["zhuang"], // 莊 zong1
  chow: ["zhou", "zou"], // 周 zau1, 鄒 zau1
  chu: ["zhu"], // 朱 zyu1
  chui: ["xu", "cui"], // 徐 ceoi4, 崔 ceoi1
  chuk: ["zhu"], // 祝 zuk1
  chun: ["qin"], // 秦 ceon4
  chung: ["zhong", "zong"], // 鍾 zung1, 宗 zung1
  fan: ["fan"], // 范 faan6, 樊 faan4
  fok: ["huo"], // 霍 fok3
  fong: ["fang"], // 方 fong1, 房 fong4
  fung: ["feng"], // 馮 fung4
  hau: ["hou"], // 侯 hau4
  ho: ["he"], // 何 ho4
  hon: ["han"], // 韓 hon4
  hui: ["xu"], // 許 heoi2
  hung: ["hong", "xiong", "kong"], // 洪 hung4, 熊 hung4, 孔 hung2
  ieong: ["yang"], // Macau 楊
  ip: ["ye"], // 葉 jip6
  kam: ["gan", "jin"], // 甘 gam1, 金 gam1
  kan: ["jian"], // 簡 gaan2
  keung: ["jiang", "qiang"], // 姜 goeng1, 強 koeng4
  kiu: ["qiao"], // 喬 kiu4
  ko: ["gao"], // 高 gou1
  kong: ["jiang"], // 江 gong1
  koo: ["gu"], // 古 gu2, 顧 gu3
  kot: ["ge"], // 葛 got3
  kuk: ["gu", "qu"], // 谷 guk1, 曲 kuk1
  kung: ["gong"], // 龔 gung1
  kuok: ["guo"], // Macau 郭
  kwan: ["guan"], // 關 gwaan1
  kwok: ["guo"], // 郭 gwok3
  kwong: ["kuang"], // 鄺 kwong3
  lai: ["li", "lai"], // 黎 lai4, 賴 laai6
  lam: ["lin", "lan"], // 林 lam4, 藍 laam4
  lau: ["liu"], // 劉 lau4
  law: ["luo"], // 羅 lo4
  lee: ["li"], // 李 lei5, 利 lei6
  lei: ["li"], // Macau 李
  leong: ["liang"], // Macau 梁
  leung: ["liang"], // 梁 loeng4
  lo: ["luo", "lu"], // 羅 lo4, 盧 lou4
  lok: ["luo"], // 駱 lok3
  lui: ["lu", "lei"], // 呂 leoi5, 雷 leoi4
  luk: ["lu"], // 陸 luk6
  lum: ["lin"], // 林 lam4
  lung: ["long"], // 龍 lung4
  ma: ["ma"], // 馬 maa5
  mah: ["ma"], // 馬 maa5
  mak: ["mai"], // 麥 mak6
  man: ["wen", "wan"], // 文 man4, 萬 maan6
  mok: ["mo"], // 莫 mok6
  mui: ["mei"], // 梅 mui4
  ng: ["wu"], // 吳 ng4, 伍 ng5
  ngai: ["wei", "ni"], // 魏 ngai6, 倪 ngai4
  ngan: ["yan"], // 顏 ngaan4
  pak: ["bai"], // 白 baak6
  pang: ["peng"], // 彭 paang4
  pau: ["bao"], // 鮑 baau1
  poon: ["pan"], // 潘 pun1
  pun: ["pan"], // 潘 pun1
  sham: ["cen", "shen"], // 岑 sam4, 沈 sam2
  shek: ["shi"], // 石 sek6
  shing: ["cheng", "sheng"], // 成 sing4, 盛 sing6
  shiu: ["shao", "xiao"], // 邵 siu6, 蕭 siu1
  shum: ["shen", "cen"], // 沈 sam2, 岑 sam4
  sin: ["xian"], // 冼 sin2
  sit: ["xue"], // 薛 sit3
  siu: ["xiao", "shao"], // 蕭 siu1, 邵 siu6
  so: ["su"], // 蘇 sou1
  suen: ["sun"], // 孫 syun1
  sum: ["shen", "cen"], // 沈 sam2, 岑 sam4
  sung: ["song"], // 宋 sung3
  sze: ["shi", "si"], // 施 si1, 史 si2, 司 si1
  szeto: ["situ"], // 司徒
  tai: ["dai"], // 戴 daai3
  tam: ["tan"], // 譚 taam4, 談 taam4
  tang: ["deng", "tang"], // 鄧 dang6, 唐 tong4 (Henry Tang 唐英年)
  tin: ["tian"], // 田 tin4
  ting: ["ding"], // 丁 ding1
  to: ["du", "tao"], // 杜 dou6, 陶 tou4
  tong: ["tang"], // 唐 tong4, 湯 tong1
  tsang: ["zeng"], // 曾 zang1
  tse: ["xie"], // 謝 ze6
  tso: ["cao"], // 曹 cou4
  tsoi: ["cai"], // 蔡 coi3
  tsui: ["xu", "cui"], // 徐 ceoi4, 崔 ceoi1
  tung: ["dong"], // 董 dung2
  vong: ["huang", "wang"], // Macau 黃, 王
  wai: ["wei"], // 韋 wai4, 衛 wai6
  wan: ["yin", "wen", "yun"], // 尹 wan5, 溫 wan1, 雲 wan4
  wat: ["qu"], // 屈 wat1
  wing: ["rong"], // 榮 wing4
  wong: ["huang", "wang"], // 黃 wong4, 王 wong4
  woo: ["hu"], // 胡 wu4
  wu: ["hu", "wu"], // 胡 wu4, 鄔 wu1
  yam: ["ren"], // 任 jam4
  yau: ["qiu", "you"], // 邱 jau1, 游 jau4
  yeung: ["yang"], // 楊 joeng4
  yik: ["yi"], // 易 jik6
  yim: ["yan"], // 嚴 jim4
  yip: ["ye"], // 葉 jip6
  yiu: ["yao"], // 姚 jiu4
  yu: ["yu"], // 余 jyu4
  yuen: ["yuan", "ruan"], // 袁 jyun4, 阮 jyun5
  yung: ["rong", "weng"], // 容 jung4, 翁 jung1
};

export const CANTONESE_SURNAMES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(TABLE));
