/** 法律援助 (Legal aid): the module's strings, zh-CN first. */
export const messages = {
  "zh-CN": {
    "title": "法律援助",
    "nav": {
      "directory": "法律援助机构"
    },
    "cards": {
      "directory": {
        "title": "法律援助",
        "description": "查询法律援助中心，了解申请条件和办理地点，拨打 12348 咨询。"
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
        "description": "本地区提交的法律援助申请，按状态筛选。",
        "allStatuses": "全部状态",
        "back": "返回受理队列"
      }
    },
    "account": {
      "applications": "我的法律援助申请"
    },
    "detail": {
      "heading": "法律援助申请 {reference}",
      "loading": "正在加载申请",
      "notFound": "找不到这件申请，或您无权查看。",
      "overview": "基本信息",
      "submittedAt": "提交时间",
      "createdAt": "创建时间",
      "dueAt": "最近期限",
      "overdue": "已超期",
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
      "deadlineStopped": "已于 {at} 停止计时",
      "history": "办理记录",
      "created": "创建申请",
      "by": "经办：{name}（{role}）",
      "note": "说明：{note}",
      "assignee": "承办人",
      "assigneeKind": "类型",
      "practitionerId": "执业人员编号",
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
      "legal_aid_worker": "基层法律服务工作者",
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
      "assigneeName": "承办人姓名",
      "practitionerId": "执业人员编号（选填）",
      "practitionerIdHint": "从律师名录选定时填写其编号。",
      "practitionerIdInvalid": "编号格式不正确",
      "confirm": "确认",
      "cancel": "取消",
      "done": "已办理：{action}",
      "conflict": "已被他人处理，请刷新",
      "failed": "办理失败：{message}"
    }
  },
  "en": {
    "title": "Legal aid",
    "nav": {
      "directory": "Legal aid centres"
    },
    "cards": {
      "directory": {
        "title": "Legal aid",
        "description": "Find legal aid centres, who qualifies and where to apply; call 12348 for advice."
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
        "description": "Applications submitted in this region, filtered by status.",
        "allStatuses": "All statuses",
        "back": "Back to the queue"
      }
    },
    "account": {
      "applications": "My legal aid applications"
    },
    "detail": {
      "heading": "Legal aid application {reference}",
      "loading": "Loading the application",
      "notFound": "This application does not exist or you may not see it.",
      "overview": "Overview",
      "submittedAt": "Submitted",
      "createdAt": "Created",
      "dueAt": "Next deadline",
      "overdue": "Overdue",
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
      "deadlineStopped": "Clock stopped on {at}",
      "history": "History",
      "created": "Application created",
      "by": "By {name} ({role})",
      "note": "Note: {note}",
      "assignee": "Aid provider",
      "assigneeKind": "Kind",
      "practitionerId": "Practitioner id",
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
      "legal_aid_worker": "Grassroots legal service worker",
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
      "assigneeName": "Provider name",
      "practitionerId": "Practitioner id (optional)",
      "practitionerIdHint": "Fill in when chosen from the lawyer directory.",
      "practitionerIdInvalid": "This id is not valid",
      "confirm": "Confirm",
      "cancel": "Cancel",
      "done": "Done: {action}",
      "conflict": "Someone else has already handled it; please refresh",
      "failed": "The action failed: {message}"
    }
  }
};
