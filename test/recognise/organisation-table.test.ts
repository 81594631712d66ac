/**
 * Organisation surface forms → canonical name, kind and level (RECORDS.md section 4), written from
 * knowledge of Chinese institutions. Each row: a sentence of our own, the surface form as written
 * in it, and what the record must say. Bare forms get a context sentence naming their region.
 */
import { createExtractor, type Extractor } from '../../src';

type Row = [sentence: string, surface: string, name: string, kind: string, level: string | null];

const ROWS: Row[] = [
  // party committees
  ['天津市委召开常委会会议。', '天津市委', '中共天津市委员会', 'party_committee', 'provincial'],
  ['湖北省委印发通知。', '湖北省委', '中共湖北省委员会', 'party_committee', 'provincial'],
  ['广西壮族自治区党委作出部署。', '广西壮族自治区党委', '中共广西壮族自治区委员会', 'party_committee', 'provincial'],
  ['锡林郭勒盟委召开会议。', '锡林郭勒盟委', '中共锡林郭勒盟委员会', 'party_committee', 'prefectural'],
  ['通辽市委研究决定。', '通辽市委', '中共通辽市委员会', 'party_committee', 'prefectural'],
  ['中宁县委高度重视。', '中宁县委', '中共中宁县委员会', 'party_committee', 'county'],
  ['河南省洛阳市委召开全会。', '河南省洛阳市委', '中共洛阳市委员会', 'party_committee', 'prefectural'],
  ['银川市召开大会。市委要求各部门抓好落实。', '市委', '中共银川市委员会', 'party_committee', 'prefectural'],
  ['宁夏回族自治区召开会议。自治区党委提出要求。', '自治区党委', '中共宁夏回族自治区委员会', 'party_committee', 'provincial'],
  ['中国共产党洛阳市委员会第十二届委员会召开全体会议。', '中国共产党洛阳市委员会', '中共洛阳市委员会', 'party_committee', 'prefectural'],
  ['中共通辽市委员会印发意见。', '中共通辽市委员会', '中共通辽市委员会', 'party_committee', 'prefectural'],
  ['中共湖北省委发出通知。', '中共湖北省委', '中共湖北省委员会', 'party_committee', 'provincial'],
  // a level word after a short form is that region's own level (延边|州委, 广西|区委), else part of a
  // township's name: 桃源 is also 桃源县's short form, 喀什 also 喀什地区's
  ['延边州委召开会议。', '延边州委', '中共延边朝鲜族自治州委员会', 'party_committee', 'prefectural'],
  ['广西区委作出部署。', '广西区委', '中共广西壮族自治区委员会', 'party_committee', 'provincial'],
  ['桃源镇党委召开会议。', '桃源镇党委', '中共桃源镇委员会', 'party_committee', 'township'],
  ['村民来到桃源镇政府反映情况。', '桃源镇政府', '桃源镇人民政府', 'government', 'township'],
  // the governments of the special administrative regions are no people's governments (organs.json regionTemplates)
  ['香港特别行政区政府发布公告。', '香港特别行政区政府', '香港特别行政区政府', 'government', 'provincial'],
  ['香港特区政府宣布新措施。', '香港特区政府', '香港特别行政区政府', 'government', 'provincial'],
  ['喀什市人民检察院提起公诉。', '喀什市人民检察院', '喀什市人民检察院', 'procuratorate', 'county'],
  // party organs
  ['中共天津市委政法委员会召开会议。', '中共天津市委政法委员会', '中共天津市委政法委员会', 'party_organ', 'provincial'],
  ['天津市委政法委召开会议。', '天津市委政法委', '中共天津市委政法委员会', 'party_organ', 'provincial'],
  ['湖北省委组织部发布公告。', '湖北省委组织部', '中共湖北省委组织部', 'party_organ', 'provincial'],
  ['湖北省委宣传部组织宣讲。', '湖北省委宣传部', '中共湖北省委宣传部', 'party_organ', 'provincial'],
  // the offices a committee and its government share, written after the region with no 委 (partyOrganWithLevel)
  ['福建省台办发布消息。', '福建省台办', '中共福建省委台湾工作办公室', 'party_organ', 'provincial'],
  ['浙江省网信办开展专项行动。', '浙江省网信办', '中共浙江省委网络安全和信息化委员会办公室', 'party_organ', 'provincial'],
  ['温州市编办印发通知。', '温州市编办', '中共温州市委机构编制委员会办公室', 'party_organ', 'prefectural'],
  ['固原市召开会议。市委组织部负责同志出席。', '市委组织部', '中共固原市委组织部', 'party_organ', 'prefectural'],
  ['银川市推进法治建设，市委依法治市办牵头督办。', '市委依法治市办', '中共银川市委全面依法治市委员会办公室', 'party_organ', 'prefectural'],
  ['中宁县委依法治县办开展督察。', '中宁县委依法治县办', '中共中宁县委全面依法治县委员会办公室', 'party_organ', 'county'],
  ['青岛市委政法委组织培训。', '青岛市委政法委', '中共青岛市委政法委员会', 'party_organ', 'prefectural'],
  // departments of a government, short forms to their full names
  ['宁波市召开会议。市人防办部署演练。', '市人防办', '宁波市人民防空办公室', 'department', 'prefectural'],
  ['宁波市烟草局开展检查。', '宁波市烟草局', '宁波市烟草专卖局', 'department', 'prefectural'],
  ['宁波市文化广电旅游局举办活动。', '宁波市文化广电旅游局', '宁波市文化广电和旅游局', 'department', 'prefectural'],
  ['浙江省消防救援总队发布提示。', '浙江省消防救援总队', '浙江省消防救援总队', 'department', 'provincial'],
  // people's organisations: kind other, their full names
  ['宁波市召开会议。市妇联发出倡议。', '市妇联', '宁波市妇女联合会', 'other', 'prefectural'],
  ['浙江省总工会开展慰问。', '浙江省总工会', '浙江省总工会', 'other', 'provincial'],
  ['宁波市召开会议。市工商联组织企业座谈。', '市工商联', '宁波市工商业联合会', 'other', 'prefectural'],
  // the committee's other working bodies, short forms to their full names
  ['湖南省委网信办发布通知。', '湖南省委网信办', '中共湖南省委网络安全和信息化委员会办公室', 'party_organ', 'provincial'],
  ['湖南省委编办部署改革。', '湖南省委编办', '中共湖南省委机构编制委员会办公室', 'party_organ', 'provincial'],
  ['长沙市委政研室开展调研。', '长沙市委政研室', '中共长沙市委政策研究室', 'party_organ', 'prefectural'],
  ['长沙市委研究室形成报告。', '长沙市委研究室', '中共长沙市委研究室', 'party_organ', 'prefectural'],
  ['长沙市委社会工作部召开会议。', '长沙市委社会工作部', '中共长沙市委社会工作部', 'party_organ', 'prefectural'],
  ['长沙市委党校举办培训班。', '长沙市委党校', '中共长沙市委党校', 'party_organ', 'prefectural'],
  // the contract's template for a party organ (中共{R}委{organ}) is kept for 纪委 too
  ['杭州市纪委通报案例。', '杭州市纪委', '中共杭州市委纪律检查委员会', 'party_organ', 'prefectural'],
  ['杭州市监委立案调查。', '杭州市监委', '杭州市监察委员会', 'department', 'prefectural'],
  // governments
  ['天津市人民政府发布通告。', '天津市人民政府', '天津市人民政府', 'government', 'provincial'],
  ['通辽市政府印发方案。', '通辽市政府', '通辽市人民政府', 'government', 'prefectural'],
  ['湖北省政府召开常务会议。', '湖北省政府', '湖北省人民政府', 'government', 'provincial'],
  ['内蒙古自治区人民政府作出决定。', '内蒙古自治区人民政府', '内蒙古自治区人民政府', 'government', 'provincial'],
  ['中宁县人民政府发布公告。', '中宁县人民政府', '中宁县人民政府', 'government', 'county'],
  // congresses and CPPCC
  ['天津市人大常委会审议条例。', '天津市人大常委会', '天津市人民代表大会常务委员会', 'congress', 'provincial'],
  ['湖北省人大常委会开展执法检查。', '湖北省人大常委会', '湖北省人民代表大会常务委员会', 'congress', 'provincial'],
  ['杭州市政协组织委员视察。', '杭州市政协', '中国人民政治协商会议杭州市委员会', 'cppcc', 'prefectural'],
  // the CPPCC's name before a region and 委员会: its committee, not the Party's (市委 + 员会)
  ['政协许昌市委员会主席出席。', '政协许昌市委员会', '中国人民政治协商会议许昌市委员会', 'cppcc', 'prefectural'],
  ['中国人民政治协商会议内蒙古自治区委员会召开常委会议。', '中国人民政治协商会议内蒙古自治区委员会', '中国人民政治协商会议内蒙古自治区委员会', 'cppcc', 'provincial'],
  // the Party committee written in full, with an office after it: 市委员会 is whole (it read 中共许昌市委员会员会办公室)
  ['许昌市委员会办公室发布通知。', '许昌市委员会办公室', '中共许昌市委办公室', 'party_organ', 'prefectural'],
  // a session (第七届, 十四届) inside the name is read over and left out of the canonical name: the same body from one session to the next
  ['漯河市第七届人民代表大会常务委员会第三次会议表决通过。', '漯河市第七届人民代表大会常务委员会', '漯河市人民代表大会常务委员会', 'congress', 'prefectural'],
  ['南阳市召开会议。市第八届人大常委会组成人员列席。', '市第八届人大常委会', '南阳市人民代表大会常务委员会', 'congress', 'prefectural'],
  ['湖北省召开会议。省十四届人大常委会听取报告。', '省十四届人大常委会', '湖北省人民代表大会常务委员会', 'congress', 'provincial'],
  ['中共漯河市第七届委员会召开全体会议。', '中共漯河市第七届委员会', '中共漯河市委员会', 'party_committee', 'prefectural'],
  ['政协漯河市第九届委员会召开常委会议。', '政协漯河市第九届委员会', '中国人民政治协商会议漯河市委员会', 'cppcc', 'prefectural'],
  ['中国人民政治协商会议第十三届全国委员会闭幕。', '中国人民政治协商会议第十三届全国委员会', '中国人民政治协商会议全国委员会', 'central', 'national'],
  ['政协第十三届全国委员会常务委员会议召开。', '政协第十三届全国委员会', '中国人民政治协商会议全国委员会', 'central', 'national'],
  ['中国共产党第十九届中央委员会发表公报。', '中国共产党第十九届中央委员会', '中共中央', 'central', 'national'],
  // courts
  ['湖北高院发布典型案例。', '湖北高院', '湖北省高级人民法院', 'court', 'provincial'],
  ['湖北省高院召开新闻发布会。', '湖北省高院', '湖北省高级人民法院', 'court', 'provincial'],
  ['湖北省高级人民法院审结案件。', '湖北省高级人民法院', '湖北省高级人民法院', 'court', 'provincial'],
  ['天津高院出台意见。', '天津高院', '天津市高级人民法院', 'court', 'provincial'],
  ['锡林郭勒盟中级人民法院集中执行。', '锡林郭勒盟中级人民法院', '锡林郭勒盟中级人民法院', 'court', 'prefectural'],
  ['杭州中院公开宣判。', '杭州中院', '杭州市中级人民法院', 'court', 'prefectural'],
  ['杭州市中院召开座谈会。', '杭州市中院', '杭州市中级人民法院', 'court', 'prefectural'],
  ['余杭区法院开展巡回审判。', '余杭区法院', '杭州市余杭区人民法院', 'court', 'county'],
  ['中宁县人民法院审理此案。', '中宁县人民法院', '中宁县人民法院', 'court', 'county'],
  ['广西壮族自治区高级人民法院发布白皮书。', '广西壮族自治区高级人民法院', '广西壮族自治区高级人民法院', 'court', 'provincial'],
  // procuratorates
  ['杭州市检察院提起公诉。', '杭州市检察院', '杭州市人民检察院', 'procuratorate', 'prefectural'],
  ['余杭区检察院办理案件。', '余杭区检察院', '杭州市余杭区人民检察院', 'procuratorate', 'county'],
  ['湖北省人民检察院部署专项监督。', '湖北省人民检察院', '湖北省人民检察院', 'procuratorate', 'provincial'],
  ['内蒙古自治区人民检察院呼伦贝尔分院办理案件。', '内蒙古自治区人民检察院呼伦贝尔分院', '内蒙古自治区人民检察院呼伦贝尔市分院', 'procuratorate', 'prefectural'],
  ['天津市人民检察院第一分院依法起诉。', '天津市人民检察院第一分院', '天津市人民检察院第一分院', 'procuratorate', 'provincial'],
  // departments
  ['湖北省司法厅开展普法。', '湖北省司法厅', '湖北省司法厅', 'department', 'provincial'],
  ['宁夏司法厅印发通知。', '宁夏司法厅', '宁夏回族自治区司法厅', 'department', 'provincial'],
  ['青岛市市北区司法局组织调解。', '青岛市市北区司法局', '青岛市市北区司法局', 'department', 'county'],
  ['东营市公安局破获案件。', '东营市公安局', '东营市公安局', 'department', 'prefectural'],
  ['福州市公安局开展行动。', '福州市公安局', '福州市公安局', 'department', 'prefectural'],
  ['湖北省公安厅通报情况。', '湖北省公安厅', '湖北省公安厅', 'department', 'provincial'],
  ['中宁县司法局开展法律援助。', '中宁县司法局', '中宁县司法局', 'department', 'county'],
  ['天津市教育局发布通知。', '天津市教育局', '天津市教育局', 'department', 'provincial'],
  ['通辽市市场监督管理局开展检查。', '通辽市市场监督管理局', '通辽市市场监督管理局', 'department', 'prefectural'],
  ['湖北省财政厅下达资金。', '湖北省财政厅', '湖北省财政厅', 'department', 'provincial'],
  // central bodies
  ['党中央高度重视法治建设。', '党中央', '中共中央', 'central', 'national'],
  // 中央 alone: before punctuation, a verb, a particle, a noun the body issues, or a post, it is the Party centre
  ['各级党委始终牢记中央、省委的嘱托。', '中央', '中共中央', 'central', 'national'],
  ['中央决定，调整该省领导班子。', '中央', '中共中央', 'central', 'national'],
  ['坚决落实中央的部署。', '中央', '中共中央', 'central', 'national'],
  ['不折不扣贯彻中央决策部署。', '中央', '中共中央', 'central', 'national'],
  ['中共中央印发规划。', '中共中央', '中共中央', 'central', 'national'],
  ['国务院常务会议审议通过。', '国务院', '国务院', 'central', 'national'],
  ['司法部部署工作。', '司法部', '司法部', 'central', 'national'],
  ['最高人民法院发布指导性案例。', '最高人民法院', '最高人民法院', 'central', 'national'],
  ['最高人民检察院召开新闻发布会。', '最高人民检察院', '最高人民检察院', 'central', 'national'],
  ['最高法发布司法解释。', '最高法', '最高人民法院', 'central', 'national'],
  ['最高检发布典型案例。', '最高检', '最高人民检察院', 'central', 'national'],
  ['中央政法委召开会议。', '中央政法委', '中共中央政法委员会', 'central', 'national'],
  ['全国人大常委会审议法律草案。', '全国人大常委会', '全国人民代表大会常务委员会', 'central', 'national'],
  ['国家监察委员会通报案件。', '国家监察委员会', '国家监察委员会', 'central', 'national'],
  ['公安部部署专项行动。', '公安部', '公安部', 'central', 'national'],
  ['教育部印发指南。', '教育部', '教育部', 'central', 'national'],
  ['司法部人民参与和促进法治局负责同志答记者问。', '司法部人民参与和促进法治局', '司法部人民参与和促进法治局', 'central', 'national'],
  // a function character inside a word (公共) is not where the bureau's name stops; one that starts a word (共破获, 共有) is
  ['司法部公共法律服务管理局负责同志介绍情况。', '司法部公共法律服务管理局', '司法部公共法律服务管理局', 'central', 'national'],
  ['洛阳市公安局交通管理支队共有民警86名。', '洛阳市公安局交通管理支队', '洛阳市公安局交通管理支队', 'department', 'prefectural'],
  ['许昌市公安局共破获案件120起。', '许昌市公安局', '许昌市公安局', 'department', 'prefectural'],
  // the standard divisions of courts, procuratorates and police, read whole (a suffix 庭 or 部 alone would take 开庭, 干部)
  ['遵义市汇川区人民法院立案庭庭长出席。', '遵义市汇川区人民法院立案庭', '遵义市汇川区人民法院立案庭', 'court', 'county'],
  ['洛阳市中级人民法院民事审判第一庭审结此案。', '洛阳市中级人民法院民事审判第一庭', '洛阳市中级人民法院民事审判第一庭', 'court', 'prefectural'],
  ['银川市兴庆区检察院第三检察部办理此案。', '银川市兴庆区检察院第三检察部', '银川市兴庆区人民检察院第三检察部', 'procuratorate', 'county'],
  ['许昌市公安局政治部印发通知。', '许昌市公安局政治部', '许昌市公安局政治部', 'department', 'prefectural'],
  // the centre for comprehensive management of public security every level keeps (社会治安综合治理中心)
  ['杭州市上城区综治中心接待来访群众。', '杭州市上城区综治中心', '杭州市上城区社会治安综合治理中心', 'other', 'county'],
  ['温州市社会治安综合治理中心揭牌。', '温州市社会治安综合治理中心', '温州市社会治安综合治理中心', 'other', 'prefectural'],
  // the secretariat of a people's organisation, also where the segmenter holds the body's end and the unit in
  // one word (共青团中央书记处, 团|中央书记处: not the Party's 中央书记处)
  ['共青团中央书记处印发通知。', '共青团中央书记处', '中国共产主义青年团中央委员会书记处', 'central', 'national'],
  ['团中央书记处召开会议。', '团中央书记处', '中国共产主义青年团中央委员会书记处', 'central', 'national'],
  ['全国妇联书记处作出安排。', '全国妇联书记处', '中华全国妇女联合会书记处', 'central', 'national'],
  // a unit of a unit (分局 → 大队 → 中队, 分局 → 派出所), read to three deep; a 处 or 科 with two characters of its own
  ['宜宾市公安局翠屏区分局刑侦大队破获此案。', '宜宾市公安局翠屏区分局刑侦大队', '宜宾市公安局翠屏区分局刑侦大队', 'department', 'prefectural'],
  ['宜宾市公安局交警支队直属二大队三中队开展整治。', '宜宾市公安局交警支队直属二大队三中队', '宜宾市公安局交警支队直属二大队三中队', 'department', 'prefectural'],
  ['南宁市公安局青秀分局南湖派出所接到报警。', '南宁市公安局青秀分局南湖派出所', '南宁市公安局青秀分局南湖派出所', 'department', 'prefectural'],
  ['贵州省公安厅刑侦总队发布提示。', '贵州省公安厅刑侦总队', '贵州省公安厅刑侦总队', 'department', 'provincial'],
  ['贵州省司法厅法治调研处印发通知。', '贵州省司法厅法治调研处', '贵州省司法厅法治调研处', 'department', 'provincial'],
  ['宜宾市公安局法制科组织培训。', '宜宾市公安局法制科', '宜宾市公安局法制科', 'department', 'prefectural'],
  ['宜宾市中级人民法院少年庭开庭审理此案。', '宜宾市中级人民法院少年庭', '宜宾市中级人民法院少年庭', 'court', 'prefectural'],
  // 纪委监委 is one office under two names: read whole, as the commission (as 中央纪委国家监委 is); its divisions
  ['河南省纪委监委通报三起典型问题。', '河南省纪委监委', '中共河南省委纪律检查委员会', 'party_organ', 'provincial'],
  ['许昌市纪委监委第三审查调查室负责同志介绍。', '许昌市纪委监委第三审查调查室', '中共许昌市委纪律检查委员会第三审查调查室', 'party_organ', 'prefectural'],
  // the divisions of the Supreme People's Procuratorate and Court
  ['最高人民检察院第七检察厅负责同志介绍。', '最高人民检察院第七检察厅', '最高人民检察院第七检察厅', 'central', 'national'],
  ['最高人民法院第三巡回法庭审结此案。', '最高人民法院第三巡回法庭', '最高人民法院第三巡回法庭', 'central', 'national'],
  // organs that follow a region of one level only
  ['上海市第一中级人民法院审结此案。', '上海市第一中级人民法院', '上海市第一中级人民法院', 'court', 'provincial'],
  ['北京二中院作出判决。', '北京二中院', '北京市第二中级人民法院', 'court', 'provincial'],
  ['昆明市五华区华山街道办事处发出通知。', '昆明市五华区华山街道办事处', '昆明市五华区华山街道办事处', 'government', 'township'],
  ['喀什地区行政公署召开会议。', '喀什地区行政公署', '喀什地区行政公署', 'government', 'prefectural'],
  ['和田地区行署印发方案。', '和田地区行署', '和田地区行政公署', 'government', 'prefectural'],
  // the bodies of a village or community: its residents' or villagers' committee, its Party branch
  ['杭州市余杭区良渚街道桃源社区居委会组织志愿者巡逻。', '杭州市余杭区良渚街道桃源社区居委会', '杭州市余杭区良渚街道桃源社区居民委员会', 'other', 'village'],
  ['安徽省凤阳县小溪河镇杨家村村委会发出通知。', '安徽省凤阳县小溪河镇杨家村村委会', '凤阳县小溪河镇杨家村村民委员会', 'other', 'village'],
  // the people's mediation committees of townships and villages (the People's Mediation Law): after a township or village only
  ['常州市武进区湖塘镇人民调解委员会调处一起纠纷。', '常州市武进区湖塘镇人民调解委员会', '常州市武进区湖塘镇人民调解委员会', 'other', 'township'],
  ['杭州市余杭区良渚街道调委会组织调解。', '杭州市余杭区良渚街道调委会', '杭州市余杭区良渚街道人民调解委员会', 'other', 'township'],
  ['河北省平山县西柏坡村党支部召开会议。', '河北省平山县西柏坡村党支部', '中共平山县西柏坡村支部委员会', 'party_committee', 'village'],
  ['河北省平山县北庄村党总支召开会议。', '河北省平山县北庄村党总支', '中共平山县北庄村总支部委员会', 'party_committee', 'village'],
  // named bodies
  ['锡林郭勒盟肉类协会发出倡议。', '锡林郭勒盟肉类协会', '锡林郭勒盟肉类协会', 'other', 'prefectural'],
  // a function character inside one of the name's words (全 of 安全, 家 of 企业家) does not end it; a verb further in is the name's own
  ['洛阳市安全生产协会发出倡议。', '洛阳市安全生产协会', '洛阳市安全生产协会', 'other', 'prefectural'],
  ['许昌市企业家协会召开年会。', '许昌市企业家协会', '许昌市企业家协会', 'other', 'prefectural'],
  ['许昌市社会治理中心启用。', '许昌市社会治理中心', '许昌市社会治理中心', 'other', 'prefectural'],
  // an institution that the segmenter's dictionary has as one word (tag nt), its name opening with a proper name or a place
  ['西南政法大学举办法治论坛。', '西南政法大学', '西南政法大学', 'other', null],
  ['患者转入北京协和医院继续治疗。', '北京协和医院', '北京协和医院', 'other', null],
  ['南开大学与企业签署合作协议。', '南开大学', '南开大学', 'other', null],
];

let ex: Extractor;
beforeAll(() => {
  ex = createExtractor();
});

test('the table has at least 60 surface forms', () => {
  expect(new Set(ROWS.map((r) => r[1])).size).toBeGreaterThanOrEqual(60);
});

test.each(ROWS)('%s → %s is %s (%s, %s)', (sentence, surface, name, kind, level) => {
  const out = ex.extract(sentence);
  const at = sentence.lastIndexOf(surface);
  const mention = out.mentions.find((m) => m.type === 'organisation' && m.start === at && m.text === surface);
  expect(mention).toBeDefined();
  const org = out.organisations.find((o) => o.id === mention!.ref);
  expect(org && { name: org.name, kind: org.kind, level: org.level }).toEqual({ name, kind, level });
  expect(org!.aliases).toContain(surface);
});

test.each([
  ['在辽宁某矿业有限公司执行案件中，法院集中执行。'],
  ['许昌某智能装备有限公司申请信用修复。'],
])('an anonymised body is no organisation: %s', (sentence) => {
  expect(ex.extract(sentence).organisations.filter((o) => o.name.includes('某'))).toEqual([]);
});

test.each([
  ['聘请律师参与公安部门决策。', '公安部'],
  ['阿拉善盟中级人民法院指导辖区法院开展执行积案清理。', '区法院'],
  ['洛阳市中级人民法院依法开庭审理此案。', '洛阳市中级人民法院依法开庭'],
  ['许昌市人民检察院干部职工参加培训。', '许昌市人民检察院干部'],
  ['该集团驻洛阳市办事处负责人介绍。', '洛阳市办事处'],
  ['洛阳市第一中级人民法院', '洛阳市第一中级人民法院'],
  // a session before a body that has none is no part of a name
  ['南阳市第十届运动会开幕。', '南阳市第十届运动会'],
  ['南阳市第三届人民政府', '南阳市第三届人民政府'],
])('a generic phrase is no organisation: %s has no %s', (sentence, surface) => {
  expect(ex.extract(sentence).mentions.filter((m) => m.type === 'organisation' && m.text === surface)).toEqual([]);
});

test.each([
  // a kind of school, or a country's schools as a group, is no body (a common noun or genericStems before the suffix)
  ['他后来考入了音乐学院。'],
  ['理工大学的毕业生很受欢迎。'],
  ['美国大学的学费持续上涨。'],
  ['中国大学生就业形势总体稳定。'],
])('a dictionary word for a kind of institution is no body: %s', (sentence) => {
  expect(ex.extract(sentence).organisations).toEqual([]);
});

test.each([
  // the region does something: a verb opens the words before the suffix
  ['许昌市加强行业协会监管。'],
  ['洛阳市没有行业协会。'],
  ['洛阳市拥有国家级研究院3家。'],
  // a function word (一家 … 的, 也, 这个) is in them
  ['洛阳市的律师协会发出倡议。'],
  ['洛阳市也有协会参与。'],
  // a function character that starts a word ends the name (全市)
  ['洛阳市全市律师协会召开会议。'],
])('after a region, words that are a clause are no body: %s', (sentence) => {
  expect(ex.extract(sentence).organisations).toEqual([]);
});

test.each([
  ['中央企业负责人参加座谈会。'],
  ['中央财政安排专项资金支持农村公路建设。'],
  ['学习贯彻中央经济工作会议精神。'],
  ['中央媒体记者深入一线采访。'],
  ['中央第五生态环境保护督察组进驻该省。'],
  ['中央预算内投资支持一批项目。'],
])('中央 written before a noun of its own is the adjective "central", no body: %s', (sentence) => {
  expect(ex.extract(sentence).organisations.filter((o) => o.name === '中共中央')).toEqual([]);
});

test.each([
  ['人民调解委员会是依法设立的调解民间纠纷的群众性组织。'],
  ['各地要健全人民调解委员会，配齐调解员。'],
])('人民调解委员会 with no township or village before it names the kind of body, no body: %s', (sentence) => {
  expect(ex.extract(sentence).organisations).toEqual([]);
});

test.each([
  ['杭州市委书记处理群众来信。', ['中共杭州市委员会']],
  ['全国总工会书记处理了此事。', ['中华全国总工会']],
])('a post the segmenter ends inside 书记处 is the post, no secretariat: %s', (sentence, names) => {
  expect(ex.extract(sentence).organisations.map((o) => o.name)).toEqual(names);
});
