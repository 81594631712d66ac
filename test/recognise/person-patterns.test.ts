/**
 * Issue 5 patterns, with sentences of our own: names (surname table, compound surnames, minority
 * names with and without the dot), credits and bylines, positions, repeated mentions, look-alikes.
 */
import { createExtractor, type Extraction, type Extractor } from '../../src';

let ex: Extractor;
beforeAll(() => {
  ex = createExtractor();
});

const names = (out: Extraction) => out.persons.map((p) => p.name);
const roles = (out: Extraction) => Object.fromEntries(out.persons.map((p) => [p.name, p.role]));
const positions = (out: Extraction) =>
  out.positions.map((p) => [out.persons.find((x) => x.id === p.person)?.name ?? null, p.title, out.organisations.find((o) => o.id === p.organisation)?.name ?? null]);

describe('names', () => {
  test.each([
    ['县委书记欧阳明辉主持会议。', '欧阳明辉'],
    ['副县长司马永强介绍了情况。', '司马永强'],
    ['市司法局局长诸葛文华指出，要抓好普法。', '诸葛文华'],
    ['院长陈立说，今年审结案件增加。', '陈立'],
    ['旗委书记奇·达楞太在会上讲话。', '奇·达楞太'],
    ['村民买买提·艾力告诉记者，纠纷已经化解。', '买买提·艾力'],
    // a first part of six characters; a verb the segmenter glued to the next word (提出 in 买买提|出席) is no verb
    ['检察长阿布都热依木·买买提出席会议。', '阿布都热依木·买买提'],
    ['副主席奇·孟和出席。', '奇·孟和'],
    // Yi clan names are two-character surnames: a two-character given name follows
    ['县人民检察院检察长吉克伍呷在座谈会上发言。', '吉克伍呷'],
    ['乡党委书记沙马阿果介绍。', '沙马阿果'],
  ])('%s → %s', (text, name) => {
    expect(names(ex.extract(text))).toContain(name);
  });

  test('a minority name without the dot after an occupation, up to the punctuation', () => {
    expect(names(ex.extract('调解任务派给了人民调解员巴音达来呼格吉勒，他当天就上门了解情况。'))).toContain('巴音达来呼格吉勒');
  });

  test('a reporting verb glued to the last character by the segmenter (…图说) still ends the name', () => {
    expect(names(ex.extract('盟检察分院副检察长敖日图说，该院设立了服务站。'))).toContain("敖日图");
  });

  test('a reporting verb of three or more characters ends a two-character name the segmenter glued to its first character', () => {
    // jieba cuts 郑凯作|报告 and 孙浩|作|动员|讲话: the name was 郑凯作, 孙浩作
    expect(names(ex.extract('区人大常委会主任郑凯作报告。'))).toEqual(['郑凯']);
    expect(names(ex.extract('副区长孙浩作动员讲话。'))).toEqual(['孙浩']);
    expect(names(ex.extract('局长何勇介绍说，案件已经审结。'))).toEqual(['何勇']);
    // a one-character verb leaves a three-character name whole
    expect(names(ex.extract('副区长孙浩然说，要抓好落实。'))).toEqual(['孙浩然']);
  });

  test('作 + what + 报告 (a report frame) ends a three-character name the segmenter glued to 作', () => {
    // jieba cuts 钱道|林作|法院 (the last given character glued to 作): the name was cut to 钱道
    expect(names(ex.extract('省高级人民法院院长钱道林作法院工作报告。'))).toEqual(['钱道林']);
    // and 雷振海作|法院 (the whole name glued to 作): no name was read
    expect(names(ex.extract('市中级人民法院院长雷振海作法院工作报告。'))).toEqual(['雷振海']);
    expect(names(ex.extract('副区长雷振海做政府工作报告。'))).toEqual(['雷振海']);
    expect(names(ex.extract('区长韩志刚作关于财政预算的说明。'))).toEqual(['韩志刚']);
    // 作了 and a long object, with digits, title marks and brackets in it (a budget report, a bill's explanation)
    expect(names(ex.extract('市发展改革委主任韩栅洁作了关于国民经济和社会发展计划执行情况的报告。'))).toEqual(['韩栅洁']);
    expect(names(ex.extract('市财政局局长蓝佛生作了关于2025年预算执行情况的报告。'))).toEqual(['蓝佛生']);
    expect(names(ex.extract('市司法局局长贺晓荣作关于《某某市法律援助条例（草案）》的说明。'))).toEqual(['贺晓荣']);
    // 作为 is one word, no frame: the name before it is read as before (two given characters)
    expect(names(ex.extract('主任刘伟作为代表发言。'))).toEqual(['刘伟']);
  });

  test('和 one character after a post is inside a Mongolian name, not a conjunction before a name', () => {
    // 苏|和|巴特尔: 巴特尔 alone was read (role other), a wrong name
    expect(names(ex.extract('副旗长敖和巴雅尔出席会议。'))).not.toContain('巴雅尔');
    expect(names(ex.extract('锡林郭勒盟副盟长苏和巴特尔出席会议。'))).not.toContain('巴特尔');
    // right after the post, 和 is the conjunction, and the name after it stands
    expect(names(ex.extract('副旗长和巴特尔出席会议。'))).toEqual(['巴特尔']);
  });

  test('a two-character name with no surname only between a post and a reporting verb', () => {
    expect(names(ex.extract('副县长巴图介绍了情况。'))).toEqual(['巴图']);
    expect(names(ex.extract('副主任塔娜表示，要做好服务。'))).toEqual(['塔娜']);
    // without the post, or without the verb, it is no name
    expect(names(ex.extract('巴图介绍了情况。'))).toEqual([]);
    expect(names(ex.extract('副县长巴图和大家一起。'))).toEqual([]);
    // a word the dictionary knows is no name (大家)
    expect(names(ex.extract('局长大家表示。'))).toEqual([]);
  });

  test('between a post and a reporting verb, a name jieba tags as a place (ns) is a name', () => {
    expect(names(ex.extract('副院长扎西介绍，该院审结案件1200件。'))).toEqual(['扎西']);
    // 乌兰 is also the short form of 乌兰县, which needs context to be the county
    expect(names(ex.extract('副旗长乌兰表示，要抓好落实。'))).toEqual(['乌兰']);
    // a division named without context (西藏, 那曲) is no name; nor is the word without the post
    expect(names(ex.extract('副县长西藏表示。'))).toEqual([]);
    expect(names(ex.extract('副县长那曲表示。'))).toEqual([]);
    expect(names(ex.extract('乌兰表示，要抓好落实。'))).toEqual([]);
  });

  test('a function character (向, 为, 在) in a name the segmenter itself reads as a name is the name\'s', () => {
    // jieba: 马向东 (nr), 周|向阳 (nr)
    expect(names(ex.extract('副厅长马向东参加活动。'))).toEqual(['马向东']);
    expect(names(ex.extract('县长周向阳指出，要抓好落实。'))).toEqual(['周向阳']);
    // elsewhere the character still ends the name, or makes it none
    expect(names(ex.extract('院长张明向记者介绍了情况。'))).toEqual(['张明']);
    expect(names(ex.extract('所长张向辖区群众发放传单。'))).toEqual([]);
    // and the chain after the comma is that name's, not the name's before it
    const out = ex.extract('省人民检察院党组成员、副检察长刘志远，省公安厅党委委员、副厅长马向东参加活动。');
    expect(positions(out).map(([name, title]) => [name, title])).toEqual([
      ['刘志远', '党组成员'], ['刘志远', '副检察长'], ['马向东', '党委委员'], ['马向东', '副厅长'],
    ]);
  });

  test('a function character opening a given name of two, after a post and before a reporting verb, when the segmenter reads the last as a name (张|又|侠/nr)', () => {
    expect(names(ex.extract('军委副主席张又侠会见外宾。'))).toEqual(['张又侠']);
    // it ends the name where the name would end inside a word (王|又|强调, 李|又|来到) or before no verb
    expect(names(ex.extract('市委书记王又强调，要抓好落实。'))).toEqual([]);
    expect(names(ex.extract('局长李又来到现场指导工作。'))).toEqual([]);
    expect(names(ex.extract('副市长张又一次强调安全生产。'))).toEqual([]);
  });

  test('a function character the segmenter glued to a name of one given character ends it (王浩到|湖州)', () => {
    expect(names(ex.extract('省人大常委会主任王浩到湖州调研。'))).toEqual(['王浩']);
    // no cue, no name
    expect(names(ex.extract('王浩到湖州调研。'))).toEqual([]);
  });

  test('…and one of two given characters (陈伟俊到|喀什): the name keeps all three', () => {
    const text = '自治区政府常务副主席陈伟俊到喀什地区调研。';
    // the segmenter's own cut glues the function character to the name
    expect(ex.segmenter.cut(text)).toContain('陈伟俊到');
    expect(names(ex.extract(text))).toEqual(['陈伟俊']);
    expect(names(ex.extract('陈伟俊到喀什地区调研。'))).toEqual([]);
  });

  test('…or to the last given character only (赵国|平已|从事)', () => {
    const text = '调解委员会主任赵国平已从事调解工作二十年。';
    expect(ex.segmenter.cut(text)).toContain('平已');
    expect(names(ex.extract(text))).toEqual(['赵国平']);
  });

  test('a verb word the segmenter cut after the name is not part of it (李红|担任, not 李红担 + 任)', () => {
    const text = '审判长由该院副院长李红担任。';
    expect(ex.segmenter.cut(text)).toContain('担任');
    expect(names(ex.extract(text))).toEqual(['李红']);
    // a reporting verb glued to the last character still ends the name (图说, and the verb word 明说)
    expect(names(ex.extract('盟检察分院副检察长敖日图说，该院设立了服务站。'))).toEqual(['敖日图']);
    expect(ex.segmenter.cut('管理局局长陈明说。')).toContain('明说');
    expect(names(ex.extract('管理局局长陈明说。'))).toEqual(['陈明']);
  });

  test('a place\'s short form between a post and a reporting verb is a name (副会长金华表示)', () => {
    expect(names(ex.extract('市慈善总会常务副会长金华表示，要做好救助工作。'))).toEqual(['金华']);
    expect(names(ex.extract('县残联副理事长高邮说，全县新建康复站12个。'))).toEqual(['高邮']);
    // with no post right before it, or a division's full name, it stays a place
    const away = ex.extract('书记在金华表示，要抓好落实。');
    expect([names(away), away.regions.map((r) => r.name)]).toEqual([[], ['金华市']]);
    expect(names(ex.extract('主任成华区表示，要抓好落实。'))).toEqual([]);
  });

  test('a word of legal news the segmenter is given (dicts/segmenter-words.txt) is not read into the name before it', () => {
    const text = '该案由审判员宋立安独任审理，当庭宣判。';
    expect(ex.segmenter.cut(text)).toContain('独任审理');
    expect(names(ex.extract(text))).toEqual(['宋立安']);
    expect(names(ex.extract('此案由法官顾岚独任审理。'))).toEqual(['顾岚']);
  });

  test('作了 / 作出 + a report ends the name (张磊作|了|部署)', () => {
    expect(names(ex.extract('市监委主任张磊作了部署。'))).toEqual(['张磊']);
    expect(names(ex.extract('副市长王明作出重要批示。'))).toEqual(['王明']);
  });

  test('a name the segmenter knows before a post needs no clause start', () => {
    const out = ex.extract('全市上下认真贯彻王建国书记讲话精神。');
    expect(names(out)).toContain('王建国');
  });
});

describe('credits and bylines set the role', () => {
  test.each([
    ['本报讯（记者范明远）近日，市法院召开会议。', { 范明远: 'reporter' }],
    ['本报讯 记者潘从文 3月25日，市委召开会议。', { 潘从文: 'reporter' }],
    ['通讯员曾小芳 王晓雨报道', { 曾小芳: 'correspondent', 王晓雨: 'correspondent' }],
    ['据新华社电（记者 韦文杰、孔令宇）', { 韦文杰: 'reporter', 孔令宇: 'reporter' }],
    ['本报记者 韦文杰、孔令宇 摄', { 韦文杰: 'photographer', 孔令宇: 'photographer' }],
    ['本报记者 史文森 颜爱民\n\n近日，市委召开会议。', { 史文森: 'reporter', 颜爱民: 'reporter' }],
    ['□ 本报记者 陈东海\n\n近日，市委召开会议。', { 陈东海: 'reporter' }],
    ['本报通讯员 郝鑫成 摄', { 郝鑫成: 'photographer' }],
    ['记者刘洋张晓明报道', { 刘洋: 'reporter', 张晓明: 'reporter' }],
    // a colon after the cue
    ['（责任编辑：刘晓燕）', { 刘晓燕: 'other' }],
    ['作者：韦文杰', { 韦文杰: 'author' }],
  ])('%s', (text, expected) => {
    const got = roles(ex.extract(text));
    for (const [name, role] of Object.entries(expected)) expect({ name, role: got[name] }).toEqual({ name, role });
  });

  test('posts in brackets right after a name are that name\'s (作者：王某（…检察长）)', () => {
    expect(positions(ex.extract('作者：韦文杰（宁波市人民检察院检察长）'))).toEqual([['韦文杰', '检察长', '宁波市人民检察院']]);
    // with no credit before it: the posts in brackets mark the name
    expect(positions(ex.extract('会议由韦文杰（宁波市委常委、政法委书记）主持。'))).toEqual([
      ['韦文杰', '常委', '中共宁波市委员会'], ['韦文杰', '书记', '中共宁波市委政法委员会'],
    ]);
    // a note in brackets after a name holds no post (左二), and the posts after it are another name's
    expect(positions(ex.extract('韦文杰（左二）和宁波市副市长李明华交谈。'))).toEqual([['李明华', '副市长', '宁波市人民政府']]);
  });

  test('an author byline: a name alone on its line, its posts on the next', () => {
    const out = ex.extract('依法治市开新局\n\n李文博\n宁波市委常委、政法委书记\n\n宁波市坚持以法治保障发展。');
    expect(positions(out)).toEqual([
      ['李文博', '常委', '中共宁波市委员会'],
      ['李文博', '书记', '中共宁波市委政法委员会'],
    ]);
    expect(roles(out).李文博).toBe('official');
  });
});

describe('positions', () => {
  test('an enumeration before the name shares its head', () => {
    const out = ex.extract('宁波市委常委、市委政法委书记、市委全面依法治市委员会办公室主任李明远主持召开会议。');
    expect(positions(out)).toEqual([
      ['李明远', '常委', '中共宁波市委员会'],
      ['李明远', '书记', '中共宁波市委政法委员会'],
      ['李明远', '主任', '中共宁波市委全面依法治市委员会办公室'],
    ]);
  });

  test('titles after a name in apposition', () => {
    const out = ex.extract('会上，张海峰，东营市副市长、市公安局局长，通报了全市治安形势。');
    expect(positions(out)).toEqual(expect.arrayContaining([
      ['张海峰', '副市长', '东营市人民政府'],
      ['张海峰', '局长', '东营市公安局'],
    ]));
  });

  test('a name before a biographical note (，男，, （女，) at a clause start', () => {
    expect(names(ex.extract('周立平，男，1969年生，大学学历。'))).toEqual(['周立平']);
    expect(names(ex.extract('欧阳明华，男，汉族，1970年出生。'))).toEqual(['欧阳明华']);
    expect(names(ex.extract('当选代表：孙丽（女，1975年生），教师。'))).toEqual(['孙丽']);
    // an anonymised name, or no name at all, before the note: none
    expect(names(ex.extract('被告人陈某，男，无业。'))).toEqual([]);
    expect(names(ex.extract('参加者有老人，男，女都有。'))).toEqual([]);
  });

  test('同 ("with") before a counterpart ends the name it is written after (person-context.json counterpartJoiners)', () => {
    // the segmenter glues 同 to a name it does not know, or cuts it after a name it knows
    expect(names(ex.extract('外交部长王晓东同美国国务卿举行会谈。'))).toEqual(['王晓东']);
    expect(names(ex.extract('国务院总理李强同新加坡总理会谈。'))).toEqual(['李强']);
    // no counterpart after it: 同 may be the name's own
    expect(names(ex.extract('会长李大同出席。'))).toEqual(['李大同']);
  });

  test('a candidate for a post, a congress deputy and a CPPCC member are persons with no post (occupations)', () => {
    const out = ex.extract('镇长候选人李明华当选镇长。');
    expect(names(out)).toEqual(['李明华']);
    expect(out.persons[0].role).toBe('other');
    expect(out.positions).toEqual([]);
    expect(names(ex.extract('县人大代表王晓东说，建议很快得到答复。'))).toEqual(['王晓东']);
  });

  test('an ordinary word the segmenter reads as a name, right after a post and before a reporting verb, is a name', () => {
    expect(names(ex.extract('赛罕区委书记高峰主持召开会议。'))).toEqual(['高峰']);
    // elsewhere it stays a word (person-context.json nonNames)
    expect(names(ex.extract('高峰表示，要抓好落实。'))).toEqual([]);
    expect(names(ex.extract('局长高峰期间值班。'))).toEqual([]);
  });

  test('an adverb of time before a reporting verb ends a name after one given character (杨光|明天|出席)', () => {
    expect(names(ex.extract('书记杨光明天出席。'))).toEqual(['杨光']);
    expect(names(ex.extract('王晓东明天出席会议。'))).toEqual(['王晓东']);
    // no verb after it: the longer name
    expect(names(ex.extract('书记杨光明出席。'))).toEqual(['杨光明']);
  });

  test('a reporting verb of several words of the segmentation (发表|讲话, 对|记者|说)', () => {
    expect(names(ex.extract('王晓东发表重要讲话。'))).toEqual(['王晓东']);
    expect(names(ex.extract('李明华对记者说，项目进展顺利。'))).toEqual(['李明华']);
    // the verb must end where a word ends: 发表讲话 in 发表|讲话稿 is none
    expect(names(ex.extract('王晓东发表讲话稿。'))).toEqual([]);
  });

  test('a name joined by 和, 与, 及 or 同 to a name found is a name (joined-with-name)', () => {
    expect(names(ex.extract('王晓东和李明华出席会议。'))).toEqual(['王晓东', '李明华']);
    expect(names(ex.extract('王晓东与李明华举行会谈。'))).toEqual(['王晓东', '李明华']);
    expect(names(ex.extract('赵海峰同刘建国会谈。'))).toEqual(['赵海峰', '刘建国']);
    expect(names(ex.extract('会议由王晓东和李明华主持。'))).toEqual(['王晓东', '李明华']);
    // the joiner before a list with 、: the name before it joins the whole list
    expect(names(ex.extract('王晓东同李明华、张海峰座谈。'))).toEqual(['王晓东', '李明华', '张海峰']);
    // a word before the joiner that is no name stays none, and so does the end of a longer word
    expect(names(ex.extract('支持和李明华出席。'))).toEqual(['李明华']);
    expect(names(ex.extract('巴音吉日格与李明华一同出席。'))).toEqual(['李明华']);
    expect(names(ex.extract('加强和改进工作，李明华强调。'))).toEqual(['李明华']);
  });

  test('an anonymising 某 anywhere in the given name makes no name (单位某: 单 and a given name 位某)', () => {
    expect(names(ex.extract('法院认为，被告单位某建材有限公司向他人行贿。'))).toEqual([]);
    expect(names(ex.extract('社区民警张某明上门走访。'))).toEqual([]);
    // a full name after the same cue is read as before
    expect(names(ex.extract('社区民警张晓明上门走访。'))).toEqual(['张晓明']);
  });

  test('later bare mentions are the same person: one record with every mention', () => {
    const out = ex.extract('湖北省高级人民法院院长游立新出席会议。游立新强调，要抓好执行工作。会后，游立新走访了基层法庭。');
    const p = out.persons.filter((x) => x.name === '游立新');
    expect(p).toHaveLength(1);
    expect(p[0].mentions).toHaveLength(3);
    expect(p[0].role).toBe('official');
    expect(positions(out)).toEqual([['游立新', '院长', '湖北省高级人民法院']]);
  });

  test.each([
    ['会上，许昌市副市长周立、韩梅分别就分管工作作了发言。', ['周立', '韩梅']],
    ['洛阳市副市长高志峰、孙晓红、马建国分别带队检查。', ['高志峰', '孙晓红', '马建国']],
  ])('names listed with 、 after a post hold it, whatever follows the last one: %s', (text, listed) => {
    const out = ex.extract(text);
    expect(names(out)).toEqual(listed);
    const city = text.includes('许昌') ? '许昌市人民政府' : '洛阳市人民政府';
    expect(positions(out)).toEqual(listed.map((n) => [n, '副市长', city]));
  });

  test('a listed name needs an end: a noun glued after it leaves it out', () => {
    expect(names(ex.extract('副县长刘洋、王庄村村民代表参加座谈。'))).toEqual(['刘洋']);
  });

  test('a post with no named holder is a position with person null', () => {
    const out = ex.extract('司法部人民参与和促进法治局负责人就有关问题答记者问。');
    expect(positions(out)).toEqual([[null, '负责人', '司法部人民参与和促进法治局']]);
  });
});

describe('look-alikes are not names', () => {
  test.each([
    ['推动经济高质量发展，全市上下马上行动。'],
    ['打造法治建设的王牌工程。'],
    ['要让群众安全感和满意度持续提升。'],
    ['获得群众强烈点赞。'],
    ['邀请法学专家任特邀人民监督员。'],
    ['不断增强人民群众获得感、幸福感、安全感。'],
  ])('%s has no person', (text) => {
    expect(names(ex.extract(text))).toEqual([]);
  });
});

describe('the other names of a list with 、 that a found name is in', () => {
  test.each([
    // the verb confirms the last name; the items before it are whole names
    ['省领导孙建国、贺晓梅、欧阳立新出席开幕式。', ['孙建国', '贺晓梅', '欧阳立新']],
    ['市领导陈志刚、刘海燕陪同调研。', ['陈志刚', '刘海燕']],
    // 等 between the last name and the verb
    ['魏国平、邓丽君等参加座谈。', ['魏国平', '邓丽君']],
    ['邓丽君等出席。', ['邓丽君']],
    // the first item after 有: a surname-led name (林涛), not 有林涛 read as a name with no surname
    ['参加活动的有林涛、贺晓梅、欧阳立新等同志。', ['林涛', '贺晓梅', '欧阳立新']],
    // after the name a post or a verb confirmed: the items that follow it
    ['孙建国主持会议并讲话，贺晓梅、邓丽君出席。', ['孙建国', '贺晓梅', '邓丽君']],
  ])('%s', (text, expected) => {
    expect(names(ex.extract(text)).sort()).toEqual([...expected].sort());
  });

  test('a list stops at an item that is no name, and places or words in it are no names', () => {
    expect(names(ex.extract('北京、上海等参加展会。'))).toEqual([]);
    expect(names(ex.extract('会议研究了教育、卫生、住房等工作，孙建国出席。'))).toEqual(['孙建国']);
    // an item before that is longer than a name, or a word of the dictionary, is left out
    expect(names(ex.extract('各级干部职工、贺晓梅出席。'))).toEqual(['贺晓梅']);
  });
});

describe('what stands before a post at a clause start is no name when it is a place or a body', () => {
  test('a place or a unit whose last character the post repeats (平水镇镇长, 某某局局长)', () => {
    const town = ex.extract('平水镇镇长韩晓东说，要把好事办好。');
    expect(names(town)).toEqual(['韩晓东']);
    expect(names(ex.extract('白沙乡乡长陆红英介绍情况。'))).toEqual(['陆红英']);
  });

  test('a word the segmenter tags as an organisation\'s name (国民党主席)', () => {
    expect(names(ex.extract('国民党主席周立群访问大陆。'))).toEqual(['周立群']);
  });

  test('a name before its post still is one', () => {
    expect(names(ex.extract('韩晓东副市长出席会议。'))).toEqual(['韩晓东']);
  });
});

describe('an adverb between a name and its reporting verb (person-context.json adverbsBeforeVerb)', () => {
  test.each([
    ['韩晓东还指出，要把工作抓实。', '韩晓东'],
    ['陆红英随后考察了两家企业。', '陆红英'],
    ['周立群最后强调，要守住底线。', '周立群'],
    ['欧阳立新再次强调，要守住底线。', '欧阳立新'],
  ])('%s', (text, name) => {
    const out = ex.extract(text, { explain: true });
    expect(names(out)).toEqual([name]);
    expect(out.mentions.find((m) => m.type === 'person')?.reason).toBe('before-adverb-verb');
  });

  test.each([
    ['我国政法战线的杰出领导人韩晓东同志，因病医治无效逝世。', '韩晓东'],
    ['忠诚的共产主义战士陆红英同志永远活在我们心中。', '陆红英'],
  ])('before the honorific 同志 the name need not open its clause (person-context.json honorificsAfterName): %s', (text, name) => {
    const out = ex.extract(text, { explain: true });
    expect(names(out)).toEqual([name]);
    expect(out.mentions.find((m) => m.type === 'person')?.reason).toBe('before-honorific');
  });

  test('words for groups of comrades stay none (参会同志, 一线同志, 老同志)', () => {
    for (const text of ['请参会同志准时到场。', '基层一线同志辛苦了。', '退休老同志座谈。', '请各单位联络员同志报送材料。', '感谢援疆同志的付出。']) {
      expect(names(ex.extract(text))).toEqual([]);
    }
  });

  test('a word before the adverb that is no name stays none', () => {
    for (const text of ['会议还指出，要抓好落实。', '文件还指出，要抓好落实。', '双方还签署了协议。', '记者随后走访了企业。', '李某还表示，要抓好落实。']) {
      expect(names(ex.extract(text))).toEqual([]);
    }
  });

  test('不再担任 gives the name the posts after it, marked former (person-context.json careerVerbs)', () => {
    const out = ex.extract('韩晓东不再担任金华市副市长。');
    expect(positions(out)).toEqual([['韩晓东', '副市长', '金华市人民政府']]);
    expect(out.positions[0].former).toBe(true);
    const withComrade = ex.extract('经研究决定，韩晓东同志不再兼任金华市公安局局长职务。');
    expect(positions(withComrade)).toEqual([['韩晓东', '局长', '金华市公安局']]);
    expect(withComrade.positions[0].former).toBe(true);
  });
});

describe('the members of a trial panel are persons, with no post (审判长 is a role in the trial, not a post)', () => {
  test('审判长, 审判员 and 人民陪审员 of one panel', () => {
    const out = ex.extract('合议庭由审判长周立群、审判员韩晓东、人民陪审员陆红英组成。');
    expect(roles(out)).toEqual({ 周立群: 'other', 韩晓东: 'official', 陆红英: 'other' });
    expect(out.mentions.filter((m) => m.type === 'title').map((m) => m.text)).toEqual(['审判员']);
  });
});

describe('academic and medical ranks name a person, and are no posts', () => {
  test.each([
    ['中国工程院院士李德仁作主旨报告。', '李德仁'],
    ['华中科技大学副教授韩雪梅认为，应当完善制度。', '韩雪梅'],
    ['该院副主任医师吴志强为群众义诊。', '吴志强'],
  ])('%s', (text, name) => {
    const out = ex.extract(text);
    expect(roles(out)).toEqual({ [name]: 'other' });
    expect(out.positions).toEqual([]);
  });

  test('主任医师 is a rank, not the post 主任 of the hospital', () => {
    const out = ex.extract('湘雅医院主任医师唐建平介绍了治疗方案。');
    expect(out.positions).toEqual([]);
    expect(out.mentions.filter((m) => m.type === 'title')).toEqual([]);
  });

  test('主任检察官 is a role in a procuratorate, not the post 主任 of its department (a non-title three characters past the post)', () => {
    const out = ex.extract('长沙市岳麓区人民检察院第二检察部主任检察官孔丽萍办理了该案。');
    expect(roles(out)).toEqual({ 孔丽萍: 'other' });
    expect(out.positions).toEqual([]);
    expect(out.mentions.filter((m) => m.type === 'title')).toEqual([]);
  });
});
