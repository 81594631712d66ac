// One big document through extract(): time, mentions and peak RSS. Run by hand (not in CI):
//   npm run -s build && node bench/big-document.mjs [--mb 20] [--profile hostile|articles]
// hostile: unclosed quotes and 《, lone surrogates, HTML, entities, emoji, CRLF, control
//          characters and plain prose: every scan runs, nothing is a mention.
// articles: invented news paragraphs, dense with persons, posts, organisations and figures.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { createExtractor, validateExtraction } = createRequire(import.meta.url)(join(root, 'dist', 'index.js'));
const { values } = parseArgs({ options: { mb: { type: 'string', default: '20' }, profile: { type: 'string', default: 'hostile' } } });

const BLOCKS = {
  hostile:
    '“未闭合的引号《没有结尾的书名号\ud800孤立代理\udc00 😀🇨🇳 <p class="x">段落</p><br/>&nbsp;&amp;&#20013;&bogus; ＡＢＣ１２３ \r\n\r\n\u0000\u200b\ufeff 各位读者好，今天天气晴朗，我们一起去公园散步。\t',
  articles: [
    '本报讯（记者陈晓东 通讯员赵立新）',
    '宁波市委常委、政法委书记李明远主持召开专题会议，研究部署下半年政法工作。',
    '今年以来，湖北高院党组书记、院长王志强带队督办执行案件，全年执行到位金额3518万元，近600人参加集中培训，破案率同比上升27.46%。',
    '会议传达学习了《法治政府建设实施纲要（2021—2025年）》，要持续深化“放管服”改革。',
  ].join('\n\n') + '\n\n',
};
const block = BLOCKS[values.profile];
if (!block) throw new Error(`--profile must be one of ${Object.keys(BLOCKS).join(', ')}`);
const chars = Math.round(Number(values.mb) * 1_000_000);
const text = block.repeat(Math.ceil(chars / block.length)).slice(0, chars);

const extractor = createExtractor();
const t0 = performance.now();
const ex = extractor.extract(text);
const ms = performance.now() - t0;
const offsetsOk = ex.mentions.every((m) => text.slice(m.start, m.end) === m.text);
console.log(JSON.stringify({
  profile: values.profile,
  chars: text.length,
  seconds: +(ms / 1000).toFixed(2),
  chars_per_s: Math.round(text.length / (ms / 1000)),
  mentions: ex.mentions.length,
  offsets_ok: offsetsOk,
  schema_valid: validateExtraction(ex).valid,
  peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
}));
