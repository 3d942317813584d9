/**
 * 法律援助 (Legal aid): the module's strings, zh-CN first. The citizen's application pages and the
 * workbench keep theirs beside their code (citizen/messages.ts, workbench/messages.ts); they are merged here.
 */
import { defineCaseWords } from '@fawang/module-kit/casework';
import { legalAidWorkflow } from '@fawang/workflow/legal-aid';
import { citizenMessages } from './citizen/messages.js';
import { workbenchMessages } from './workbench/messages.js';

const common = {
  "zh-CN": {
    "title": "法律援助",
    "nav": {
      "directory": "法律援助机构",
      "selfCheck": "自助评估",
      "apply": "申请法律援助"
    },
    "cards": {
      "directory": {
        "title": "法律援助",
        "description": "查询法律援助中心，了解申请条件和办理地点，拨打 12348 咨询。"
      },
      "selfCheck": {
        "title": "能否获得法律援助？自助评估",
        "description": "填写事项和家庭经济状况，马上估计能否获得法律援助、申请时要准备什么。"
      },
      "apply": {
        "title": "在线申请法律援助",
        "description": "在网上填写申请、上传材料、签署诚信承诺；草稿自动保存，提交后可随时查看办理进度。"
      }
    },
    "directory": {
      "title": "法律援助机构",
      "intro": "经济困难公民和符合法定条件的其他当事人可以向法律援助机构申请法律援助。下面是本地区的法律援助中心及其联系方式。",
      "caption": "法律援助机构"
    },
    "applications": {
      "reference": "受理编号",
      "applicant": "申请人",
      "matterType": "事项类别",
      "status": "状态",
      "updatedAt": "更新时间",
      "emptyQueue": "队列中暂无申请",
      "emptyMine": "您还没有法律援助申请"
    },
    "matterTypes": {
      "civil": "民事",
      "administrative": "行政",
      "criminal": "刑事"
    },
    "statuses": {
      "draft": "草稿",
      "submitted": "已提交",
      "under_review": "审查中",
      "needs_material": "需补充材料",
      "approved": "准予援助",
      "refused": "不予援助",
      "objected": "异议审查中",
      "assigned": "已指派",
      "in_progress": "承办中",
      "closed": "已结案",
      "evaluated": "已评价",
      "withdrawn": "已撤回"
    },
    "workbench": {
      "queue": {
        "title": "法律援助受理队列",
        "description": "本地区提交的法律援助申请，可按状态、事项类别和是否逾期筛选，并导出 CSV。",
        "allStatuses": "全部状态",
        "back": "返回受理队列"
      },
      "statistics": {
        "title": "法律援助统计",
        "description": "本地区申请数量、办理时长、逾期情况和每十万人受援案件数与规划目标的对比。"
      }
    },
    "account": {
      "applications": "我的法律援助申请"
    },
    "detail": {
      "heading": "法律援助申请 {reference}",
      "loading": "正在加载申请",
      "loadFailed": "申请载入失败",
      "notFound": "找不到这件申请，或您无权查看。",
      "overview": "基本信息",
      "submittedAt": "提交时间",
      "createdAt": "创建时间",
      "dueAt": "最近期限",
      "applicant": "申请人",
      "name": "姓名",
      "idNumber": "居民身份证号码",
      "phone": "联系电话",
      "address": "住址",
      "reveal": "显示完整身份证号",
      "revealNote": "查看完整身份证号会记入审计日志。",
      "revealed": "已显示完整身份证号，此次查看已记入审计日志。",
      "case": "案情",
      "caseSummary": "案情简述",
      "opposingParty": "对方当事人",
      "categories": "申请人类别",
      "noCategories": "无",
      "household": "家庭经济状况",
      "householdSize": "家庭人口",
      "monthlyIncome": "家庭月收入（元）",
      "assets": "家庭资产（元）",
      "notGiven": "未填写",
      "deadlines": "法定时限",
      "noDeadlines": "尚无法定时限",
      "history": "办理记录",
      "created": "创建申请",
      "by": "经办：{name}（{role}）",
      "note": "说明：{note}",
      "assignee": "承办人",
      "assigneeKind": "类型",
      "organization": "所在机构",
      "outcome": "结案情况"
    },
    "deadlineKinds": {
      "decision": "作出是否给予法律援助的决定",
      "assignment": "指派承办人",
      "objection_review": "审查异议"
    },
    "categories": {
      "minor": "未成年人",
      "elderly_no_income": "无固定生活来源的老年人",
      "disabled_no_income": "无固定生活来源的残疾人",
      "subsistence_allowance": "低保或特困人员",
      "judicial_assistance": "司法救助对象",
      "special_care": "优抚对象",
      "migrant_worker_wages": "农民工追索劳动报酬",
      "martyr_relative_honour": "英烈近亲属维护英烈名誉",
      "brave_deed": "见义勇为",
      "state_compensation_retrial": "再审改判无罪请求国家赔偿",
      "abuse_or_domestic_violence": "遭受虐待、遗弃或者家庭暴力"
    },
    "roles": {
      "citizen": "申请人",
      "legal_aid_officer": "法律援助工作人员",
      "lawyer": "律师",
      "notary": "公证员",
      "mediator": "调解员",
      "appraiser": "鉴定人",
      "arbitration_secretary": "仲裁秘书",
      "bureau_admin": "司法行政机关"
    },
    "assigneeKinds": {
      "lawyer": "律师",
      "legal_aid_worker": "法律援助人员",
      "duty_lawyer": "值班律师"
    },
    "actions": {
      "heading": "办理",
      "none": "当前状态下没有可办理的操作。",
      "names": {
        "submit": "提交申请",
        "start_review": "开始审查",
        "request_material": "要求补充材料",
        "provide_material": "补充材料",
        "approve": "准予援助",
        "refuse": "不予援助",
        "object": "提出异议",
        "uphold_objection": "异议成立",
        "reject_objection": "异议不成立",
        "assign": "指派承办人",
        "start": "开始承办",
        "close": "结案",
        "withdraw": "撤回"
      },
      "dialogDescription": "申请 {reference}",
      "reason": "理由",
      "reasonHint": "申请人会看到这段说明。",
      "outcome": "结案情况",
      "assigneeKind": "承办人类型",
      "confirm": "确认",
      "cancel": "取消",
      "done": "已办理：{action}",
      "conflict": "申请已有变化（可能已被他人处理），已刷新为最新情况，请确认后再操作。",
      "failed": "办理失败：{message}"
    },
    "selfCheck": {
      "title": "能否获得法律援助？自助评估",
      "intro": "回答几个问题，估计您能否获得法律援助、申请时需要准备什么。评估在您的设备上完成，填写的内容不会发送或保存。",
      "note": "本结果只是估计，不是决定：是否给予法律援助，由法律援助机构审查后决定。如有疑问，请拨打 12348 公共法律服务热线。",
      "form": {
        "matterType": "事项类别",
        "categories": {
          "art32": "不受经济困难条件限制的事项（法律援助法第三十二条）",
          "art42": "免予核查经济困难状况的人员（法律援助法第四十二条）",
          "pledge": "可以个人诚信承诺说明经济困难的人员（法律援助法第四十一条）"
        },
        "categoriesHint": {
          "art32": "您的事项属于以下情形的，请勾选；都不属于可以不选。",
          "art42": "您属于以下人员的，请勾选；都不属于可以不选。",
          "pledge": "您属于以下人员的，请勾选；都不属于可以不选。"
        },
        "householdSize": "家庭人口",
        "householdSizeHint": "包括您本人，1 到 {max} 人。",
        "income": "家庭月收入（元）",
        "incomeHint": "全家每月收入合计；没有收入请填 0。",
        "assets": "家庭资产（元，选填）",
        "assetsHint": "存款、有价证券等合计；不清楚可以不填，申请时再核查。",
        "submit": "开始评估"
      },
      "errors": {
        "input": "填写的内容无法评估，请检查后重试。",
        "date": "无法确定今天的日期，请检查设备的日期设置。",
        "matterType": "请选择本地区法律援助范围内的事项类别。",
        "art32": "请只勾选列出的类别。",
        "art42": "请只勾选列出的类别。",
        "pledge": "请只勾选列出的类别。",
        "householdSize": "请填写 1 到 {max} 之间的整数。",
        "householdSizeMax": "家庭人口最多填 {max} 人。",
        "monthlyHouseholdIncomeYuan": "请填写不小于 0 的金额，数字中不要加逗号。",
        "householdAssetsYuan": "请填写不小于 0 的金额，或者留空。"
      },
      "result": {
        "heading": "评估结果",
        "outcomes": {
          "not_eligible": "可能不符合条件",
          "eligible": "可能符合条件",
          "exempt_from_verification": "可能符合条件，免予核查经济困难",
          "exempt_from_hardship_test": "可能符合条件，不受经济困难条件限制"
        },
        "explanations": {
          "not_eligible": "按您填写的情况，估计不符合本地区法律援助的条件。情况有变化或有疑问，仍然可以向法律援助机构咨询或提出申请。",
          "eligible": "按您填写的情况，家庭经济状况估计符合本地区的经济困难标准。",
          "exempt_from_verification": "您属于法律援助法第四十二条规定的人员，申请时免予核查经济困难状况。",
          "exempt_from_hardship_test": "您的事项属于法律援助法第三十二条规定的情形，申请法律援助不受经济困难条件的限制。"
        },
        "needs": {
          "none": "申请时无需证明经济困难状况。",
          "pledge": "申请时需要：签署个人诚信承诺，如实说明家庭经济状况，不必提交经济困难证明。",
          "documents": "申请时需要：如实填写家庭经济状况，由法律援助机构通过信息共享核查，必要时提交证明材料。",
          "exempt_from_verification": "申请时需要：说明您属于哪类人员（如相关证件），不必证明经济困难。",
          "exempt_from_hardship_test": "申请时需要：说明事项的情形，不必证明经济困难。"
        },
        "threshold": {
          "heading": "适用的经济困难标准",
          "income": "家庭月收入上限",
          "line": "每人每月 {figure} 元 × {size} 人 = {total} 元",
          "assetsLimit": "家庭资产上限",
          "assets": "{limit} 元",
          "effectiveFrom": "施行日期",
          "basis": "依据"
        },
        "reasons": "评估依据"
      }
    },
    "reasons": {
      "matter_type": {
        "not_covered": "本地区的法律援助不包括这类事项。"
      },
      "hardship": {
        "exempt_category": "{name}：不受经济困难条件的限制（法律援助法第三十二条）。",
        "income_within_threshold": "家庭人均月收入不超过 {figure} 元，符合经济困难标准。",
        "income_above_threshold": "家庭人均月收入超过 {figure} 元，高于经济困难标准。",
        "assets_within_limit": "家庭资产不超过 {limit} 元的上限。",
        "assets_above_limit": "家庭资产超过 {limit} 元的上限。",
        "assets_not_declared": "没有填写家庭资产：资产是否超过 {limit} 元，申请时再核查。"
      },
      "threshold": {
        "none_in_force": "这一天本地区还没有施行的经济困难标准，无法按标准评估。",
        "effective": "适用自 {date} 起施行的经济困难标准。"
      },
      "verification": {
        "exempt_category": "{name}：免予核查经济困难状况（法律援助法第四十二条）。",
        "pledge_category": "{name}：可以个人诚信承诺代替经济困难证明（法律援助法第四十一条）。",
        "pledge_for_all": "{name}：本地区因经济困难申请的人都可以个人诚信承诺说明经济困难状况（法律援助法第四十一条）。",
        "documents": "经济困难状况由法律援助机构核查（法律援助法第四十一条）。"
      }
    }
  },
  "en": {
    "title": "Legal aid",
    "nav": {
      "directory": "Legal aid centres",
      "selfCheck": "Self-check",
      "apply": "Apply for legal aid"
    },
    "cards": {
      "directory": {
        "title": "Legal aid",
        "description": "Find legal aid centres, who qualifies and where to apply; call 12348 for advice."
      },
      "selfCheck": {
        "title": "Can I get legal aid? Self-check",
        "description": "Answer a few questions about your matter and household finances to see at once whether legal aid is likely and what you will need."
      },
      "apply": {
        "title": "Apply for legal aid online",
        "description": "Fill in the application, upload documents and sign the integrity pledge online; drafts are saved as you go and you can follow your application after submitting."
      }
    },
    "directory": {
      "title": "Legal aid centres",
      "intro": "People with financial difficulties, and others the law names, can ask a legal aid centre for free legal help. These are the centres in this region.",
      "caption": "Legal aid centres"
    },
    "applications": {
      "reference": "Reference",
      "applicant": "Applicant",
      "matterType": "Matter",
      "status": "Status",
      "updatedAt": "Updated",
      "emptyQueue": "No applications in the queue",
      "emptyMine": "You have no legal aid applications"
    },
    "matterTypes": {
      "civil": "Civil",
      "administrative": "Administrative",
      "criminal": "Criminal"
    },
    "statuses": {
      "draft": "Draft",
      "submitted": "Submitted",
      "under_review": "Under review",
      "needs_material": "Material needed",
      "approved": "Approved",
      "refused": "Refused",
      "objected": "Objection under review",
      "assigned": "Assigned",
      "in_progress": "In progress",
      "closed": "Closed",
      "evaluated": "Rated",
      "withdrawn": "Withdrawn"
    },
    "workbench": {
      "queue": {
        "title": "Legal aid queue",
        "description": "Applications submitted in this region, filtered by status, matter type and overdue clocks, with a CSV export.",
        "allStatuses": "All statuses",
        "back": "Back to the queue"
      },
      "statistics": {
        "title": "Legal aid statistics",
        "description": "Applications, decision times, overdue cases and aided cases per 100,000 people against the plan's target in this region."
      }
    },
    "account": {
      "applications": "My legal aid applications"
    },
    "detail": {
      "heading": "Legal aid application {reference}",
      "loading": "Loading the application",
      "loadFailed": "The application could not be loaded",
      "notFound": "This application does not exist or you may not see it.",
      "overview": "Overview",
      "submittedAt": "Submitted",
      "createdAt": "Created",
      "dueAt": "Next deadline",
      "applicant": "Applicant",
      "name": "Name",
      "idNumber": "Resident ID number",
      "phone": "Phone",
      "address": "Address",
      "reveal": "Show the full ID number",
      "revealNote": "Viewing the full ID number is recorded in the audit log.",
      "revealed": "The full ID number is shown; this view was recorded in the audit log.",
      "case": "Case",
      "caseSummary": "Case summary",
      "opposingParty": "Opposing party",
      "categories": "Applicant categories",
      "noCategories": "None",
      "household": "Household finances",
      "householdSize": "Household size",
      "monthlyIncome": "Monthly household income (yuan)",
      "assets": "Household assets (yuan)",
      "notGiven": "Not given",
      "deadlines": "Statutory deadlines",
      "noDeadlines": "No statutory clock yet",
      "history": "History",
      "created": "Application created",
      "by": "By {name} ({role})",
      "note": "Note: {note}",
      "assignee": "Aid provider",
      "assigneeKind": "Kind",
      "organization": "Organization",
      "outcome": "Outcome"
    },
    "deadlineKinds": {
      "decision": "Decide on legal aid",
      "assignment": "Assign a provider",
      "objection_review": "Review the objection"
    },
    "categories": {
      "minor": "Minor",
      "elderly_no_income": "Elderly without a fixed income",
      "disabled_no_income": "Disabled without a fixed income",
      "subsistence_allowance": "Subsistence allowance or extreme poverty support",
      "judicial_assistance": "Judicial assistance recipient",
      "special_care": "Special care recipient",
      "migrant_worker_wages": "Migrant worker claiming wages",
      "martyr_relative_honour": "Martyr's relative defending the martyr's honour",
      "brave_deed": "Act of bravery",
      "state_compensation_retrial": "State compensation after acquittal on retrial",
      "abuse_or_domestic_violence": "Abuse, abandonment or domestic violence"
    },
    "roles": {
      "citizen": "Applicant",
      "legal_aid_officer": "Legal aid officer",
      "lawyer": "Lawyer",
      "notary": "Notary",
      "mediator": "Mediator",
      "appraiser": "Appraiser",
      "arbitration_secretary": "Arbitration secretary",
      "bureau_admin": "Justice bureau"
    },
    "assigneeKinds": {
      "lawyer": "Lawyer",
      "legal_aid_worker": "Legal aid worker",
      "duty_lawyer": "Duty lawyer"
    },
    "actions": {
      "heading": "Actions",
      "none": "No action is possible in this status.",
      "names": {
        "submit": "Submit",
        "start_review": "Start review",
        "request_material": "Request material",
        "provide_material": "Provide material",
        "approve": "Approve legal aid",
        "refuse": "Refuse legal aid",
        "object": "Object",
        "uphold_objection": "Uphold the objection",
        "reject_objection": "Reject the objection",
        "assign": "Assign a provider",
        "start": "Start the case",
        "close": "Close the case",
        "withdraw": "Withdraw"
      },
      "dialogDescription": "Application {reference}",
      "reason": "Reason",
      "reasonHint": "The applicant will see this.",
      "outcome": "Outcome",
      "assigneeKind": "Provider kind",
      "confirm": "Confirm",
      "cancel": "Cancel",
      "done": "Done: {action}",
      "conflict": "The application has changed (someone may have handled it); the latest state is shown, check it before acting.",
      "failed": "The action failed: {message}"
    },
    "selfCheck": {
      "title": "Can I get legal aid? Self-check",
      "intro": "Answer a few questions to estimate whether you can get legal aid and what you will need to apply. The check runs on your device; nothing you enter is sent or kept.",
      "note": "This is an estimate, not a decision: the legal aid centre decides after reviewing your application. Questions? Call the 12348 public legal service hotline.",
      "form": {
        "matterType": "Type of matter",
        "categories": {
          "art32": "Matters without the financial hardship condition (Legal Aid Law art. 32)",
          "art42": "People whose hardship is not verified (Legal Aid Law art. 42)",
          "pledge": "People who may show hardship by a personal pledge (Legal Aid Law art. 41)"
        },
        "categoriesHint": {
          "art32": "Tick any that describe your matter; leave them all empty if none does.",
          "art42": "Tick any that describe you; leave them all empty if none does.",
          "pledge": "Tick any that describe you; leave them all empty if none does."
        },
        "householdSize": "People in your household",
        "householdSizeHint": "Including you, 1 to {max}.",
        "income": "Monthly household income (yuan)",
        "incomeHint": "The whole household's income per month; enter 0 if there is none.",
        "assets": "Household assets (yuan, optional)",
        "assetsHint": "Savings, securities and the like; leave empty if unsure, they are checked when you apply.",
        "submit": "Check"
      },
      "errors": {
        "input": "What you entered cannot be assessed; please check it and try again.",
        "date": "Today's date cannot be determined; please check your device's date setting.",
        "matterType": "Choose a type of matter that legal aid covers in this region.",
        "art32": "Tick only the categories listed.",
        "art42": "Tick only the categories listed.",
        "pledge": "Tick only the categories listed.",
        "householdSize": "Enter a whole number from 1 to {max}.",
        "householdSizeMax": "A household has at most {max} people here.",
        "monthlyHouseholdIncomeYuan": "Enter an amount of 0 or more, without commas.",
        "householdAssetsYuan": "Enter an amount of 0 or more, or leave it empty."
      },
      "result": {
        "heading": "Your result",
        "outcomes": {
          "not_eligible": "Probably not eligible",
          "eligible": "Probably eligible",
          "exempt_from_verification": "Probably eligible, hardship not verified",
          "exempt_from_hardship_test": "Probably eligible, no hardship condition"
        },
        "explanations": {
          "not_eligible": "From what you entered, you probably do not meet this region's conditions for legal aid. If your situation changes or you are unsure, you can still ask a legal aid centre or apply.",
          "eligible": "From what you entered, your household probably meets this region's financial hardship standard.",
          "exempt_from_verification": "You belong to a group named in art. 42 of the Legal Aid Law: your financial hardship is not verified when you apply.",
          "exempt_from_hardship_test": "Your matter is one named in art. 32 of the Legal Aid Law: legal aid has no financial hardship condition for it."
        },
        "needs": {
          "none": "You will not need to show financial hardship.",
          "pledge": "To apply you will need: a signed personal pledge stating your household finances truthfully; no proof of hardship.",
          "documents": "To apply you will need: your household finances stated truthfully, checked by the centre through shared records, with certificates where asked.",
          "exempt_from_verification": "To apply you will need: something showing which group you belong to (an ID or certificate); no proof of hardship.",
          "exempt_from_hardship_test": "To apply you will need: a description of the matter; no proof of hardship."
        },
        "threshold": {
          "heading": "Hardship standard applied",
          "income": "Monthly household income limit",
          "line": "{figure} yuan per person per month × {size} = {total} yuan",
          "assetsLimit": "Household assets limit",
          "assets": "{limit} yuan",
          "effectiveFrom": "In force since",
          "basis": "Basis"
        },
        "reasons": "Why"
      }
    },
    "reasons": {
      "matter_type": {
        "not_covered": "Legal aid in this region does not cover this type of matter."
      },
      "hardship": {
        "exempt_category": "{name}: no financial hardship condition (Legal Aid Law art. 32).",
        "income_within_threshold": "Household income per person is at most {figure} yuan a month, within the hardship standard.",
        "income_above_threshold": "Household income per person is above {figure} yuan a month, the hardship standard.",
        "assets_within_limit": "Household assets are within the limit of {limit} yuan.",
        "assets_above_limit": "Household assets are above the limit of {limit} yuan.",
        "assets_not_declared": "Household assets were not entered: whether they exceed {limit} yuan is checked when you apply."
      },
      "threshold": {
        "none_in_force": "No hardship standard of this region was in force on this day, so there is nothing to assess against.",
        "effective": "The hardship standard in force since {date} applies."
      },
      "verification": {
        "exempt_category": "{name}: financial hardship is not verified (Legal Aid Law art. 42).",
        "pledge_category": "{name}: a personal pledge replaces proof of hardship (Legal Aid Law art. 41).",
        "pledge_for_all": "{name}: in this region everyone applying on hardship grounds may show it by a personal pledge (Legal Aid Law art. 41).",
        "documents": "The legal aid centre checks your financial hardship (Legal Aid Law art. 41)."
      }
    }
  }
};

/** The case words (statuses, action names, the action bar's words) are checked against the workflow. */
export const messages = defineCaseWords(legalAidWorkflow, {
  'zh-CN': { ...common['zh-CN'], ...citizenMessages['zh-CN'], ...workbenchMessages['zh-CN'] },
  en: { ...common.en, ...citizenMessages.en, ...workbenchMessages.en },
});
