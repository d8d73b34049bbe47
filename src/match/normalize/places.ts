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

/** Glossary concepts that name a country or territory, with its ISO code (name-v4 reads them as places). */
const COUNTRY_CONCEPTS: Record<string, string> = {
  china: "CN",
  hong_kong: "HK",
  russia: "RU",
  united_states: "US",
  united_kingdom: "GB",
  uae: "AE",
};

/** Country names and their usual forms inside company names (one word, as the matcher writes it). */
const COUNTRIES = `
afghanistan:AF albania:AL algeria:DZ andorra:AD angola:AO anguilla:AI antarctica:AQ argentina:AR armenia:AM aruba:AW
australia:AU austria:AT azerbaijan:AZ bahamas:BS bahrain:BH bangladesh:BD barbados:BB belarus:BY belgium:BE belize:BZ
benin:BJ bermuda:BM bhutan:BT bolivia:BO botswana:BW brazil:BR bulgaria:BG burundi:BI cambodia:KH cameroon:CM
canada:CA chile:CL china:CN colombia:CO comoros:KM congo:CD croatia:HR cuba:CU cyprus:CY czechia:CZ denmark:DK
djibouti:DJ ecuador:EC egypt:EG eritrea:ER estonia:EE ethiopia:ET fiji:FJ finland:FI france:FR gabon:GA gambia:GM
georgia:GE germany:DE ghana:GH gibraltar:GI greece:GR greenland:GL grenada:GD guadeloupe:GP guam:GU guatemala:GT
guyana:GY haiti:HT honduras:HN hungary:HU iceland:IS india:IN indonesia:ID iran:IR iraq:IQ ireland:IE israel:IL
italy:IT jamaica:JM japan:JP kazakhstan:KZ kenya:KE kiribati:KI kuwait:KW kyrgyzstan:KG latvia:LV lebanon:LB
lesotho:LS liberia:LR libya:LY liechtenstein:LI lithuania:LT luxembourg:LU macao:MO madagascar:MG malawi:MW
malaysia:MY maldives:MV mali:ML malta:MT martinique:MQ mauritania:MR mauritius:MU mayotte:YT mexico:MX monaco:MC
mongolia:MN montserrat:MS morocco:MA mozambique:MZ myanmar:MM namibia:NA nauru:NR nepal:NP netherlands:NL nicaragua:NI
niger:NE nigeria:NG niue:NU norway:NO oman:OM pakistan:PK palau:PW palestine:PS panama:PA paraguay:PY peru:PE
philippines:PH pitcairn:PN poland:PL portugal:PT qatar:QA romania:RO russia:RU rwanda:RW samoa:WS senegal:SN
seychelles:SC singapore:SG slovakia:SK slovenia:SI somalia:SO spain:ES sudan:SD suriname:SR eswatini:SZ sweden:SE
switzerland:CH taiwan:TW tajikistan:TJ tanzania:TZ thailand:TH togo:TG tokelau:TK tonga:TO tunisia:TN turkiye:TR
turkey:TR turkmenistan:TM tuvalu:TV uganda:UG ukraine:UA uruguay:UY uzbekistan:UZ vanuatu:VU venezuela:VE vietnam:VN
yemen:YE zambia:ZM zimbabwe:ZW curacao:CW guernsey:GG montenegro:ME serbia:RS kosovo:XK osterreich:AT brasil:BR
deutschland:DE italia:IT holland:NL norge:NO polska:PL espana:ES sverige:SE schweiz:CH suisse:CH svizzera:CH burma:MM
korea:KR czech:CZ emirates:AE rossiya:RU rossii:RU kitay:CN
`;

/** Cities that stand in company names as their registration place (besides the Chinese ones above). */
const CITIES = `
moscow:RU moskva:RU petersburg:RU peterburg:RU novosibirsk:RU yekaterinburg:RU ekaterinburg:RU kazan:RU samara:RU
minsk:BY kiev:UA kyiv:UA kharkiv:UA almaty:KZ astana:KZ tashkent:UZ bishkek:KG yerevan:AM baku:AZ tbilisi:GE
dubai:AE sharjah:AE ajman:AE istanbul:TR ankara:TR izmir:TR mersin:TR tehran:IR damascus:SY pyongyang:KP
kowloon:HK taipei:TW seoul:KR tokyo:JP london:GB berlin:DE hamburg:DE frankfurt:DE munich:DE paris:FR zurich:CH
geneva:CH vienna:AT riga:LV tallinn:EE vilnius:LT warsaw:PL prague:CZ helsinki:FI
`;

function entries(text: string): Map<string, string> {
  return new Map(
    text
      .split(/\s+/)
      .filter(Boolean)
      .map((e) => e.split(":") as [string, string]),
  );
}
const COUNTRY_WORDS = entries(COUNTRIES);
const CITY_WORDS = entries(CITIES);
for (const w of PLACES) CITY_WORDS.set(w, "CN");

/** A place of name-v4's reading: its country, and whether it is a city (or province) rather than a country. */
export interface Place {
  country: string;
  city: boolean;
}

/**
 * The place a token names inside an organisation name (name-v4): a country (China, 中国, HK, Russia,
 * Deutschland …) or a city or province (Shenzhen, Moscow, Dubai …); undefined for other words.
 */
export function placeOf(text: string, concept?: string): Place | undefined {
  if (concept) {
    const country = COUNTRY_CONCEPTS[concept];
    return country ? { country, city: false } : undefined;
  }
  const country = COUNTRY_WORDS.get(text);
  if (country) return { country, city: false };
  const city = CITY_WORDS.get(text);
  return city ? { country: city, city: true } : undefined;
}

/**
 * True when two places can stand for the same registration: the same country, or a city and its country.
 * Two different cities disagree, as do two countries.
 */
export function placesAgree(a: Place, b: Place): boolean {
  // Hong Kong is a place of its own: a Hong Kong front is not its Shenzhen supplier.
  if (a.country !== b.country) return false;
  return !(a.city && b.city);
}
