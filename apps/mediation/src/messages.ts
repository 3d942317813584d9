/**
 * 人民调解 (Mediation): the module's strings, zh-CN first. The case pages (intake, tracking, workbench) keep
 * theirs beside their code (cases/messages.ts); they are merged here.
 */
import { defineCaseWords } from '@fawang/module-kit/casework';
import { mediationWorkflow } from '@fawang/workflow/mediation';
import { caseMessages } from './cases/messages.js';

const registry = {
  "zh-CN": {
    "title": "人民调解",
    "nav": {
      "directory": "人民调解委员会",
      "mediators": "调解员",
      "apply": "申请调解"
    },
    "cards": {
      "directory": {
        "title": "人民调解",
        "description": "查询人民调解委员会，免费调解邻里、家庭、劳动等纠纷。"
      },
      "mediators": {
        "title": "人民调解员",
        "description": "查询人民调解员的等级、专职情况和服务语言，包括彝语、藏语双语调解员。"
      },
      "apply": {
        "title": "申请调解",
        "description": "在网上申请人民调解：系统推荐有管辖的调解委员会，免费调解，随时查看调解进度和调解协议。"
      }
    },
    "directory": {
      "title": "人民调解委员会名录",
      "intro": "人民调解不收费。查询本地区的人民调解委员会，就近化解矛盾纠纷。",
      "caption": "人民调解委员会名录",
      "kind": "类别与受理范围",
      "kindFilter": "委员会类别",
      "allKinds": "全部",
      "disputeType": "受理纠纷类型",
      "allDisputeTypes": "全部纠纷类型"
    },
    "kinds": {
      "village": "村（居）",
      "township": "乡镇（街道）",
      "industry": "行业性",
      "professional": "专业性"
    },
    "disputeTypes": {
      "neighbour": "邻里纠纷",
      "marriage_family": "婚姻家庭",
      "property": "房屋宅基地",
      "land": "山林土地",
      "contract": "合同",
      "labour": "劳动争议",
      "medical": "医疗纠纷",
      "traffic": "交通事故",
      "consumer": "消费",
      "property_management": "物业",
      "other": "其他"
    },
    "mediators": {
      "title": "人民调解员名录",
      "intro": "人民调解员有专职和兼职之分，按首席、一级、二级、三级评定等级。在彝族、藏族聚居地区，可以查找会讲彝语或藏语的双语调解员。",
      "caption": "人民调解员名录",
      "search": "调解员姓名",
      "searchAction": "查询",
      "employment": "专职或兼职",
      "all": "全部",
      "fullTime": "专职",
      "partTime": "兼职",
      "language": "服务语言",
      "allLanguages": "全部语言",
      "name": "姓名",
      "committee": "所在调解委员会",
      "grade": "等级",
      "languages": "服务语言",
      "empty": "没有符合条件的调解员。",
      "separator": "、"
    },
    "grades": {
      "chief": "首席人民调解员",
      "first": "一级人民调解员",
      "second": "二级人民调解员",
      "third": "三级人民调解员"
    },
    "languages": {
      "zh": "普通话",
      "ii": "彝语",
      "bo": "藏语",
      "en": "英语"
    }
  },
  "en": {
    "title": "Mediation",
    "nav": {
      "directory": "Mediation committees",
      "mediators": "Mediators",
      "apply": "Apply for mediation"
    },
    "cards": {
      "directory": {
        "title": "People's mediation",
        "description": "Find a mediation committee; mediation of neighbour, family and labour disputes is free."
      },
      "mediators": {
        "title": "People's mediators",
        "description": "Find mediators by grade, full-time status and language, including Yi and Tibetan bilingual mediators."
      },
      "apply": {
        "title": "Apply for mediation (申请调解)",
        "description": "Apply for free people's mediation online: the competent committee is proposed, and you follow the sessions and the agreement here."
      }
    },
    "directory": {
      "title": "Mediation committees",
      "intro": "People's mediation is free of charge. Find a mediation committee near you.",
      "caption": "Mediation committees",
      "kind": "Kind and disputes taken",
      "kindFilter": "Kind of committee",
      "allKinds": "All",
      "disputeType": "Dispute type",
      "allDisputeTypes": "All dispute types"
    },
    "kinds": {
      "village": "Village or community",
      "township": "Township or sub-district",
      "industry": "Industry",
      "professional": "Professional"
    },
    "disputeTypes": {
      "neighbour": "Neighbour disputes",
      "marriage_family": "Marriage and family",
      "property": "Housing and homesteads",
      "land": "Forest and land",
      "contract": "Contracts",
      "labour": "Labour disputes",
      "medical": "Medical disputes",
      "traffic": "Traffic accidents",
      "consumer": "Consumer disputes",
      "property_management": "Property management",
      "other": "Other"
    },
    "mediators": {
      "title": "People's mediators",
      "intro": "People's mediators are full-time or part-time and graded chief, first, second or third grade. In Yi and Tibetan areas you can find bilingual mediators who speak Yi or Tibetan.",
      "caption": "People's mediators",
      "search": "Mediator's name",
      "searchAction": "Search",
      "employment": "Full-time or part-time",
      "all": "All",
      "fullTime": "Full-time",
      "partTime": "Part-time",
      "language": "Language of service",
      "allLanguages": "All languages",
      "name": "Name",
      "committee": "Committee",
      "grade": "Grade",
      "languages": "Languages",
      "empty": "No mediator matches.",
      "separator": ", "
    },
    "grades": {
      "chief": "Chief mediator",
      "first": "First-grade mediator",
      "second": "Second-grade mediator",
      "third": "Third-grade mediator"
    },
    "languages": {
      "zh": "Mandarin",
      "ii": "Yi",
      "bo": "Tibetan",
      "en": "English"
    }
  }
};

/** The case words (statuses, action names, the action bar's words) are checked against the workflow. */
export const messages = defineCaseWords(mediationWorkflow, {
  'zh-CN': { ...registry['zh-CN'], ...caseMessages['zh-CN'] },
  en: { ...registry.en, ...caseMessages.en },
});
