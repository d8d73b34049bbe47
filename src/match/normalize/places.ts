/**
 * Chinese cities and provinces as they stand at the head of company names ("Shenzhen Sinno Electronics",
 * 深圳市华信科科技有限公司): the registration place, which English list entries and trade documents
 * often leave out. name-v3 reads them as places: little weight, not used to find candidates, and two
 * different places still disagree. Pinyin, joined, as the matcher writes both Latin and Chinese-character
 * names. Written for this project.
 */
const WORDS = `
beijing shanghai tianjin chongqing shenzhen guangzhou dongguan foshan zhuhai zhongshan huizhou jiangmen
shantou hangzhou ningbo wenzhou jiaxing shaoxing taizhou jinhua yiwu nanjing suzhou wuxi changzhou
nantong yangzhou xuzhou zhenjiang kunshan changsha zhuzhou wuhan chengdu mianyang xian xiamen fuzhou
quanzhou qingdao jinan yantai weihai zibo zhengzhou luoyang hefei nanchang changchun shenyang dalian
harbin taiyuan shijiazhuang baoding tangshan kunming guiyang nanning haikou sanya lanzhou xining
yinchuan urumqi hohhot lhasa guangdong jiangsu zhejiang shandong henan hebei hubei hunan sichuan fujian
anhui jiangxi shaanxi shanxi liaoning jilin heilongjiang yunnan guizhou guangxi hainan gansu qinghai
ningxia xinjiang xizang neimenggu
`;

const PLACES: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** True for a Chinese city or province (pinyin, joined), or for 市 "city" after one. */
export function isChinesePlace(text: string, concept?: string): boolean {
  return concept === "city" || (!concept && PLACES.has(text));
}
