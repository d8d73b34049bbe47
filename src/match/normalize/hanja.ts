/**
 * Korean names written in Han characters (Hanja) read the Korean way (name-v4): 金正恩 is KIM Jong Un,
 * not the Mandarin "Jin Zheng'en". Each character is read as its Hangul syllable, then spelt by korean.ts
 * as the lists write North Korean names (with Revised Romanization and the common surname spellings as
 * variants). Both the traditional forms Korea uses and the simplified forms a Chinese keyboard types are
 * listed. Written for this project from the standard Sino-Korean readings.
 *
 * A name is read so only when its shape says Korean: three characters, a surname that is far more often
 * Korean than Chinese (金 Kim, 朴 Pak, 崔 Choe, traditional 鄭 趙 韓 …), and a given name of two characters
 * this table reads. 李克强 stays Li Keqiang (李 is as Chinese as it is Korean).
 */

/** Surnames whose Korean reading wins in a three-character name. */
const SURNAMES = `金김 朴박 崔최 鄭정 趙조 韓한 尹윤 權권 裵배 裴배 盧로 閔민 池지 玄현 咸함 卞변 廉렴 琴금 片편 魚어
愼신 慎신 車차 禹우 全전 南남 申신 具구 延연 表표 奇기 河하 太태 都도 秋추 睦목`;

/** Readings of characters in Korean given names (traditional and simplified forms). */
const GIVEN = `正정 恩은 日일 成성 哲철 喆철 男남 南남 浩호 鎬호 昊호 虎호 好호 永영 英영 榮영 荣영 泳영 映영 光광 明명
植식 湜식 國국 国국 春춘 秀수 洙수 守수 壽수 寿수 修수 水수 賢현 贤현 鉉현 铉현 玄현 炫현 顯현 显현 東동 东동 元원 源원
遠원 远원 媛원 苑원 園원 园원 圓원 圆원 願원 愿원 勇용 龍룡 龙룡 容용 鎔용 鏞용 用용 泰태 太태 俊준 峻준 準준 准준 駿준 浚준
敏민 珉민 民민 旻민 旼민 錫석 锡석 碩석 硕석 石석 善선 宣선 先선 仙선 鮮선 鲜선 璇선 順순 顺순 淳순 純순 纯순 旬순 淑숙
姬희 姫희 熙희 喜희 希희 惠혜 慧혜 美미 微미 玉옥 蓮련 莲련 花화 華화 华화 和화 化화 一일 逸일 三삼 萬만 万만 滿만 满만
吉길 基기 起기 奇기 琪기 麒기 淇기 紀기 纪기 記기 记기 奎규 圭규 京경 慶경 庆경 景경 敬경 炅경 卿경 鏡경 镜경 徹철 彻철
鐵철 铁철 昌창 彰창 贊찬 赞찬 燦찬 灿찬 周주 柱주 珠주 朱주 主주 州주 仲중 中중 重중 鍾종 钟종 鐘종 宗종 貞정 贞정 廷정
庭정 禎정 晶정 靜정 静정 鼎정 政정 精정 在재 載재 载재 宰재 哉재 才재 材재 濟제 济제 帝제 宇우 禹우 友우 祐우 佑우 雨우
羽우 雄웅 旭욱 郁욱 煜욱 允윤 潤윤 润윤 尹윤 仁인 寅인 人인 印인 信신 新신 申신 相상 尙상 尚상 祥상 常상 世세 憲헌 宪헌
赫혁 革혁 煥환 焕환 輝휘 辉휘 徽휘 勳훈 勋훈 勛훈 薰훈 熏훈 訓훈 训훈 興흥 兴흥 漢한 汉한 韓한 韩한 翰한 學학 学학 鶴학
鹤학 海해 河하 夏하 進진 进진 珍진 鎭진 镇진 眞진 真진 振진 晉진 晋진 陳진 陈진 林림 烈렬 列렬 雲운 云운 運운 运운 芸운
殷은 銀은 银은 應응 应응 義의 义의 宜의 益익 翼익 任임 壬임 均균 根근 槿근 謹근 克극 君군 軍군 军군 權권 权권 錦금 今금
斗두 炳병 秉병 丙병 兵병 範범 范범 凡범 福복 奉봉 鳳봉 凤봉 峰봉 峯봉 富부 夫부 士사 思사 史사 師사 师사 四사 山산 星성
聖성 圣성 誠성 诚성 盛성 晟성 城성 松송 承승 勝승 胜승 昇승 時시 时시 詩시 诗시 始시 心심 岩암 巖암 亮량 良량 禮례 礼례
錄록 录록 武무 茂무 彬빈 斌빈 賓빈 弼필 必필 亨형 炯형 衡형 馨형 兄형 瀅형 鴻홍 鸿홍 弘홍 孝효 厚후 欽흠 钦흠 彦언 言언
然연 淵연 渊연 燕연 妍연 延연 悅열 悦열 祖조 照조 朝조 兆조 佐좌 智지 志지 知지 之지 芝지 池지 直직 天천 泉천 川천 千천
清청 淸청 青청 靑청 忠충 冲충 卓탁 澤택 泽택 宅택 平평 坪평 恒항 港항 杏행 幸행 香향 鄕향 向향 協협 协협 洛락 樂락 乐락
蘭란 兰란 來래 来래 倫륜 伦륜 輪륜 律률 栗률 利리 理리 里리 梨리 立립 梅매 命명 模모 睦목 穆목 文문 雯문 博박 培배
伯백 栢백 白백 寶보 宝보 甫보 普보 輔보 辅보 雪설 燮섭 昭소 素소 韶소 述술 崇숭 實실 实실 我아 娥아 雅아 亞아 亚아 岳악
安안 愛애 爱애 陽양 阳양 洋양 揚양 扬양 如여 汝여 炎염 燁엽 烨엽 葉엽 叶엽 藝예 艺예 睿예 譽예 誉예 五오 悟오 午오 完완
王왕 旺왕 堯요 尧요 耀요 曜요 瑤요 瑶요 偉위 伟위 緯위 纬위 威위 衛위 卫위 有유 裕유 柔유 儒유 維유 维유 惟유 唯유 劉류
刘류 流류 六육 育육 毓육 乙을 音음 二이 伊이 怡이 以이 日일 子자 慈자 滋자 長장 长장 章장 壯장 壮장 將장 将장 莊장 庄장
財재 财재 全전 田전 典전 前전 傳전 传전 節절 节절 丁정 第제 齊제 齐제 竹죽 曾증 次차 采채 彩채 菜채 蔡채 處처 处처 哲철
楚초 初초 草초 聰총 聪총 總총 总총 致치 七칠 通통 判판 八팔 豊풍 丰풍 風풍 风풍 咸함 合합 項항 项항 幸행 許허 许허 峴현
皇황 黃황 黄황 孝효 後후 后후 休휴 勇용 范범 桓환 丸환 活활 會회 会회 回회 萬만`;

function table(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of text.split(/\s+/)) {
    const [han, hangul] = [...pair];
    if (han && hangul && !out.has(han)) out.set(han, hangul);
  }
  return out;
}

const SURNAME = table(SURNAMES);
const GIVEN_NAME = table(GIVEN);

/**
 * The Hangul of a Korean-shaped name in Han characters: [surname syllable, given-name syllables], or
 * undefined when the shape does not say Korean.
 */
export function koreanHanjaReading(chars: readonly string[]): [string, string[]] | undefined {
  if (chars.length !== 3) return undefined;
  const surname = SURNAME.get(chars[0] as string);
  const given = chars.slice(1).map((c) => GIVEN_NAME.get(c));
  if (!surname || given.some((g) => !g)) return undefined;
  return [surname, given as string[]];
}
