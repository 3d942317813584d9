/**
 * Word lists for synthetic names, addresses and texts. Brands carry their pinyin so that demo websites
 * and e-mail addresses can be built without a pinyin library; every domain uses the reserved `.example`
 * top-level domain (RFC 2606) so that no demo link or address can reach a real firm.
 */
import type { PractitionerType, Specialty } from '@fawang/contract';

export type Word = readonly [hanzi: string, pinyin: string];

/** Two-character brand names of the kind law firms, notary offices and appraisal institutes use. */
export const BRAND_WORDS: readonly Word[] = [
  ['明德', 'mingde'], ['正衡', 'zhengheng'], ['致远', 'zhiyuan'], ['诚和', 'chenghe'], ['立言', 'liyan'],
  ['衡平', 'hengping'], ['博达', 'boda'], ['同济', 'tongji'], ['公信', 'gongxin'], ['正平', 'zhengping'],
  ['信达', 'xinda'], ['君和', 'junhe'], ['泰和', 'taihe'], ['恒信', 'hengxin'], ['中正', 'zhongzheng'],
  ['鼎立', 'dingli'], ['汇智', 'huizhi'], ['昭明', 'zhaoming'], ['守正', 'shouzheng'], ['天平', 'tianping'],
  ['明律', 'minglv'], ['德衡', 'deheng'], ['和信', 'hexin'], ['厚德', 'houde'], ['弘正', 'hongzheng'],
  ['笃行', 'duxing'], ['知行', 'zhixing'], ['尚法', 'shangfa'], ['崇法', 'chongfa'], ['秉正', 'bingzheng'],
  ['方正', 'fangzheng'], ['睿信', 'ruixin'], ['景和', 'jinghe'], ['宏达', 'hongda'], ['安和', 'anhe'],
  ['志诚', 'zhicheng'], ['永信', 'yongxin'], ['嘉信', 'jiaxin'], ['正源', 'zhengyuan'], ['明鉴', 'mingjian'],
  ['思源', 'siyuan'], ['广信', 'guangxin'], ['卓信', 'zhuoxin'], ['博雅', 'boya'], ['谦和', 'qianhe'],
  ['乾元', 'qianyuan'], ['中信', 'zhongxin'], ['国衡', 'guoheng'], ['众成', 'zhongcheng'], ['协力', 'xieli'],
  ['维德', 'weide'], ['良知', 'liangzhi'], ['致诚', 'zhicheng'], ['求是', 'qiushi'], ['明镜', 'mingjing'],
  ['持衡', 'chiheng'], ['开元', 'kaiyuan'], ['元正', 'yuanzheng'], ['信和', 'xinhe'], ['融通', 'rongtong'],
];

/** Characters combined pairwise when the curated brands of a region run out (large benchmark seeds). */
export const BRAND_FIRST: readonly Word[] = [
  ['正', 'zheng'], ['明', 'ming'], ['诚', 'cheng'], ['信', 'xin'], ['德', 'de'], ['衡', 'heng'], ['博', 'bo'],
  ['泰', 'tai'], ['恒', 'heng'], ['鼎', 'ding'], ['汇', 'hui'], ['弘', 'hong'], ['睿', 'rui'], ['嘉', 'jia'],
  ['卓', 'zhuo'], ['宏', 'hong'], ['致', 'zhi'], ['天', 'tian'], ['华', 'hua'], ['瑞', 'rui'], ['永', 'yong'],
  ['志', 'zhi'], ['君', 'jun'], ['锦', 'jin'], ['和', 'he'], ['同', 'tong'], ['广', 'guang'], ['金', 'jin'],
  ['盛', 'sheng'], ['合', 'he'], ['兴', 'xing'], ['安', 'an'], ['至', 'zhi'], ['立', 'li'], ['鸿', 'hong'],
  ['云', 'yun'], ['海', 'hai'], ['长', 'chang'], ['大', 'da'], ['新', 'xin'],
];

export const BRAND_SECOND: readonly Word[] = [
  ['律', 'lv'], ['法', 'fa'], ['平', 'ping'], ['正', 'zheng'], ['信', 'xin'], ['达', 'da'], ['衡', 'heng'],
  ['和', 'he'], ['诚', 'cheng'], ['远', 'yuan'], ['元', 'yuan'], ['成', 'cheng'], ['源', 'yuan'], ['泽', 'ze'],
  ['昊', 'hao'], ['峰', 'feng'], ['嘉', 'jia'], ['睿', 'rui'], ['禾', 'he'], ['邦', 'bang'], ['誉', 'yu'],
  ['通', 'tong'], ['锐', 'rui'], ['宁', 'ning'], ['铭', 'ming'], ['弘', 'hong'], ['智', 'zhi'], ['勤', 'qin'],
  ['仁', 'ren'], ['义', 'yi'], ['恒', 'heng'], ['策', 'ce'], ['鉴', 'jian'], ['明', 'ming'], ['安', 'an'],
  ['实', 'shi'], ['卓', 'zhuo'], ['韬', 'tao'], ['言', 'yan'], ['瀚', 'han'],
];

/**
 * Local flavour words a firm may put before its brand (嘉州 is Leshan's old name, 天府 Sichuan's epithet,
 * 香山 Zhongshan's). Keyed by division-code prefix; the longest matching prefix wins, '' is the fallback.
 */
export const LOCAL_FLAVOURS: Readonly<Record<string, readonly Word[]>> = {
  '': [['华夏', 'huaxia'], ['神州', 'shenzhou'], ['中天', 'zhongtian']],
  '11': [['京衡', 'jingheng'], ['燕山', 'yanshan'], ['京都', 'jingdu'], ['首信', 'shouxin'], ['京华', 'jinghua'], ['燕京', 'yanjing']],
  '51': [['天府', 'tianfu'], ['蜀信', 'shuxin'], ['巴蜀', 'bashu'], ['锦城', 'jincheng'], ['蜀都', 'shudu'], ['西蜀', 'xishu']],
  '5101': [['锦江', 'jinjiang'], ['蓉城', 'rongcheng'], ['天府', 'tianfu'], ['芙蓉', 'furong']],
  '5111': [['嘉州', 'jiazhou'], ['峨眉', 'emei'], ['海棠', 'haitang'], ['凌云', 'lingyun'], ['三江', 'sanjiang'], ['沫若', 'moruo']],
  '44': [['粤信', 'yuexin'], ['南粤', 'nanyue'], ['岭南', 'lingnan']],
  '4420': [['香山', 'xiangshan'], ['岐江', 'qijiang'], ['五桂', 'wugui'], ['伟人', 'weiren'], ['中岐', 'zhongqi']],
};

/** Road names used in every region; local ones are added from LOCAL_ROADS. */
export const COMMON_ROADS = [
  '人民路', '解放路', '建设路', '新华路', '中山路', '文化路', '滨江路', '胜利路', '和平路', '光明路',
  '健康路', '府前路', '学府路', '迎宾大道', '振兴路', '民主路', '东风路', '青年路', '育才路', '体育路',
  '长江路', '黄河路', '花园路', '公园路', '复兴路', '团结路', '兴业路', '创业路', '新城大道', '环城路',
];

export const LOCAL_ROADS: Readonly<Record<string, readonly string[]>> = {
  '11': ['复兴门外大街', '学院路', '中关村大街', '朝阳北路', '东三环中路', '西直门外大街', '广安门内大街', '安定路', '阜成路', '北四环西路'],
  '5101': ['天府大道', '人民南路', '蜀都大道', '一环路南一段', '红星路', '锦城大道', '剑南大道', '府城大道'],
  '5111': ['嘉州大道', '海棠路', '白燕路', '柏杨中路', '凤凰路', '肖坝路', '龙游路', '嘉定北路', '青衣路', '岷江路'],
  '4420': ['兴中道', '孙文中路', '博爱路', '起湾道', '中山路', '岐关西路', '富华道', '康华路', '长江北路', '东苑南路'],
};

export const ROAD_SECTIONS = ['', '', '', '东段', '西段', '南段', '北段', '中段', '一段', '二段'];

export const BUILDINGS = ['', '', '', '', '综合楼', '政务服务中心', '商务大厦', '金融中心', '国际广场', '写字楼'];

/** Village (村) and community (社区) names for village-level service rooms and committees. */
export const VILLAGE_NAMES = [
  '新华', '红星', '团结', '永兴', '太平', '石桥', '青龙', '白马', '金山', '长乐', '双河', '柏林', '桂花', '建新',
  '和平', '光明', '先锋', '胜利', '民主', '幸福', '同心', '东风', '新民', '联合', '安乐', '福禄', '大坪', '黄桷',
  '龙泉', '清水', '凤凰', '杨柳', '梨园', '茶园', '河坝', '高桥', '观音', '五一', '红旗', '富强', '兴隆', '三合',
];

export const COMMUNITY_NAMES = [
  '滨江', '文化', '翠湖', '锦绣', '学府', '花园', '东门', '西湖', '南苑', '北城', '新村', '阳光', '碧水', '景苑',
  '育英', '府前', '银河', '明珠', '龙井', '康乐', '春晖', '嘉园', '星光', '紫荆',
];

/** 行业性专业性人民调解委员会: the dispute fields that have their own committees. */
export const MEDIATION_FIELDS = ['医疗纠纷', '道路交通事故', '劳动争议', '婚姻家庭纠纷', '物业纠纷', '消费纠纷', '知识产权纠纷', '旅游纠纷'] as const;

/** 司法鉴定 categories; the empty one gives a general institute name. */
export const FORENSIC_CATEGORIES = ['法医', '物证', '声像资料', '环境损害', '', ''];

/** The ethnic groups that appear in names of autonomous prefectures; stripped to get a short city name. */
export const ETHNIC_GROUPS = [
  '藏', '羌', '彝', '苗', '侗', '布依', '土家', '壮', '傣', '景颇', '傈僳', '白', '哈尼', '朝鲜', '回', '哈萨克',
  '蒙古', '柯尔克孜', '土', '撒拉', '黎', '瑶',
];

export const SPECIALTY_ZH: Readonly<Record<Specialty, string>> = {
  civil: '民事', criminal: '刑事辩护', administrative: '行政诉讼', labour: '劳动争议', marriage_family: '婚姻家庭',
  contract: '合同纠纷', company: '公司法务', intellectual_property: '知识产权', real_estate: '房地产',
  traffic_accident: '交通事故', medical_dispute: '医疗纠纷', finance: '金融证券', tax: '税务', environment: '环境资源',
  foreign_related: '涉外法律事务', juvenile: '未成年人保护', inheritance: '继承', consumer: '消费者权益',
};

export const PRACTITIONER_TYPE_ZH: Readonly<Record<PractitionerType, string>> = {
  lawyer: '律师', notary: '公证员', mediator: '人民调解员', appraiser: '司法鉴定人', arbitrator: '仲裁员',
  legal_aid_worker: '法律援助工作人员', grassroots_legal_worker: '基层法律服务工作者',
};

/** Sentences a biography is assembled from; `{years}` and `{fields}` are filled in. */
export const BIOGRAPHY_OPENINGS = [
  '从事法律服务工作{years}年，',
  '执业{years}年，',
  '法学专业毕业，从业{years}年，',
  '长期扎根基层，从事法律服务{years}年，',
];

export const BIOGRAPHY_BODIES = [
  '主要办理{fields}等案件，注重以案释法。',
  '擅长{fields}领域的咨询、调解和诉讼代理。',
  '专注于{fields}，参与多起典型案件办理。',
  '熟悉{fields}相关法律法规，服务群众耐心细致。',
];

export const BIOGRAPHY_CLOSINGS = [
  '担任多个村（社区）法律顾问。',
  '积极参与法律援助和普法宣传。',
  '曾参与公共法律服务中心值班。',
  '',
];

export const SANCTION_REASONS = [
  '未按规定与委托人签订书面委托合同',
  '私自接受委托、收取费用',
  '无正当理由拒绝履行法律援助义务',
  '在同一案件中为有利益冲突的当事人提供服务',
  '未按规定出具收费票据',
  '执业期间违反职业道德和执业纪律',
];
