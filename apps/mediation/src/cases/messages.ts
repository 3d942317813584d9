/**
 * 调解案件 (mediation cases): the strings of the citizen's intake and tracking and of the mediator's
 * workbench, zh-CN first. Merged into the module's messages (../messages.ts).
 */
export const caseMessages = {
  "zh-CN": {
    "statuses": {
      "draft": "草稿",
      "submitted": "已申请",
      "accepted": "已受理",
      "declined": "不予受理",
      "assigned": "已指派调解员",
      "in_mediation": "调解中",
      "agreed": "达成协议",
      "failed": "调解不成",
      "withdrawn": "已撤回",
      "evaluated": "已评价"
    },
    "deadlineKinds": {
      "acceptance": "决定是否受理",
      "conclusion": "调解结案（一般一个月内调结）"
    },
    "roles": {
      "mediator": "调解员",
      "bureau_admin": "司法行政机关",
      "citizen": "申请人",
      "notary": "公证员",
      "lawyer": "律师",
      "legal_aid_officer": "法律援助工作人员",
      "arbitration_secretary": "仲裁秘书",
      "appraiser": "鉴定人"
    },
    "partyRoles": {
      "applicant": "申请人",
      "respondent": "被申请人"
    },
    "routing": {
      "heading": "受理的调解委员会",
      "waiting": "选择纠纷类型和纠纷发生地后，系统会推荐有管辖的人民调解委员会。",
      "loading": "正在查找调解委员会",
      "failed": "暂时无法推荐调解委员会：{message}",
      "proposed": "推荐：{name}",
      "choose": "您可以选择推荐的委员会，或改选下列委员会之一",
      "mustChoose": "请从下列调解委员会中选择一个",
      "noneCovering": "本地区暂时没有可以受理这类纠纷的人民调解委员会。请拨打 12348 公共法律服务热线咨询，或选择更具体的纠纷发生地。",
      "required": "请选择受理的调解委员会。",
      "reasons": {
        "field_committee": "这类纠纷由覆盖纠纷发生地的行业性、专业性人民调解委员会受理。",
        "village_of_place": "纠纷发生在这个村（居），由该村（居）人民调解委员会就近调解。",
        "township_of_place": "由纠纷发生地所在乡镇（街道）的人民调解委员会受理；纠纷发生在某个村（居）的，也可以选择该村（居）的调解委员会。",
        "place_too_broad": "纠纷发生地只选到了区县，无法确定唯一的调解委员会：请选择更具体的乡镇（街道），或从下列委员会中选择。",
        "none_covering": "没有覆盖纠纷发生地的人民调解委员会。"
      }
    },
    "apply": {
      "title": "申请人民调解",
      "intro": "填写纠纷情况和当事人，系统按纠纷发生地和纠纷类型推荐有管辖的人民调解委员会。",
      "free": "人民调解不收取任何费用（《中华人民共和国人民调解法》第四条）。",
      "signIn": {
        "heading": "请先登录",
        "body": "申请调解需要登录，以便您随时查看办理进度、接收调解安排。",
        "link": "登录后申请"
      },
      "sections": {
        "dispute": "纠纷情况",
        "parties": "当事人",
        "documents": "证据和材料（选填）"
      },
      "documentsIntro": "可以上传身份证明和证据材料（照片、合同、欠条、协商记录等），帮助调解员了解纠纷。只接受 PDF、JPG、PNG 文件，每个不超过 10 MB。",
      "documentKinds": {
        "case_material": "证据材料",
        "id_card": "身份证明",
        "other": "其他材料",
        "hardship_proof": "经济困难证明"
      },
      "documentHints": {
        "case_material": "照片、合同、欠条、聊天记录截图等能说明纠纷的材料。",
        "id_card": "申请人的居民身份证等身份证明。",
        "other": "其他您认为调解需要的材料。"
      },
      "fields": {
        "disputeType": "纠纷类型",
        "place": "纠纷发生地",
        "placeHint": "请选到乡镇（街道），能选到村（居）更好。",
        "town": "乡镇（街道）",
        "village": "村（居）",
        "chooseTown": "请选择乡镇（街道）",
        "chooseVillage": "请选择村（居）",
        "address": "详细地址（选填）",
        "summary": "纠纷简要情况",
        "summaryHint": "请写明发生了什么、您希望如何解决，10 到 2000 字。",
        "name": "姓名",
        "idNumber": "居民身份证号码（选填）",
        "phone": "手机号码（选填）",
        "partyAddress": "住址（选填）",
        "committee": "受理的调解委员会"
      },
      "applicant": "申请人（您本人）",
      "respondent": "被申请人 {n}",
      "addRespondent": "添加被申请人",
      "removeRespondent": "删除被申请人 {n}",
      "errors": {
        "disputeType": "请选择纠纷类型。",
        "place": "请选择纠纷发生地。",
        "summary": "请填写 10 到 2000 字的纠纷简要情况。",
        "name": "请填写姓名。"
      },
      "submit": "提交调解申请",
      "failed": "提交失败：{message}",
      "filed": {
        "title": "调解申请已提交",
        "reference": "调解编号",
        "hint": "请记下调解编号，查询进度时会用到。",
        "due": "调解委员会将在 {date} 前决定是否受理，并通知您。",
        "track": "查看办理进度",
        "hotline": "如有疑问，请拨打 12348 公共法律服务热线。"
      }
    },
    "track": {
      "title": "调解办理进度",
      "loading": "正在加载调解案件",
      "notFound": "找不到这件调解案件，或您无权查看。",
      "loadFailed": "调解案件加载失败",
      "status": "状态",
      "reference": "调解编号",
      "disputeType": "纠纷类型",
      "committee": "调解委员会",
      "mediators": "调解员",
      "noMediators": "尚未指派调解员",
      "outcomeReason": "说明",
      "deadlines": "办理时限",
      "noDeadlines": "尚无办理时限",
      "documents": "申请材料",
      "noDocuments": "申请时没有上传材料。",
      "documentsNote": "您下载的材料会记入审计日志。",
      "history": "办理记录",
      "created": "提交申请",
      "by": "经办：{name}（{role}）",
      "note": "说明：{note}",
      "withdraw": {
        "button": "撤回调解申请",
        "title": "撤回调解申请？",
        "body": "撤回后调解委员会不再调解这件纠纷。",
        "confirm": "确认撤回",
        "cancel": "不撤回",
        "done": "已撤回调解申请。",
        "conflict": "案件刚刚有了变化，已刷新，请确认后再操作。",
        "failed": "撤回失败：{message}"
      },
      "rating": {
        "heading": "评价本次调解",
        "intro": "调解已经结束。请对调解委员会和调解员的服务作出评价，帮助改进人民调解工作。"
      }
    },
    "sessions": {
      "heading": "调解安排",
      "empty": "尚未安排调解。",
      "onsite": "现场调解：{location}",
      "online": "线上调解",
      "join": "进入线上调解",
      "time": "{start} 至 {end}",
      "mediators": "调解员：{names}",
      "participants": "参加人：{names}"
    },
    "agreement": {
      "heading": "调解协议",
      "signedAt": "签订日期：{date}",
      "terms": "协议内容",
      "performBy": "履行期限：{date} 前",
      "reminder": "双方当事人可以自调解协议生效之日起三十日内，共同向人民法院申请司法确认（《中华人民共和国人民调解法》第三十三条）。请在 {date} 前申请。",
      "download": "下载调解协议书（PDF）"
    },
    "list": {
      "reference": "调解编号",
      "applicant": "申请人",
      "disputeType": "纠纷类型",
      "committee": "调解委员会",
      "status": "状态",
      "dueAt": "最近期限",
      "noDue": "无",
      "updatedAt": "更新时间",
      "emptyMine": "您还没有调解申请。",
      "emptyQueue": "暂无调解案件。",
      "emptyFiltered": "没有符合筛选条件的调解案件。"
    },
    "account": {
      "cases": "我的调解"
    },
    "workbench": {
      "queue": {
        "title": "人民调解案件",
        "description": "本地区调解委员会收到的调解申请：受理、移送、指派调解员、安排调解、记录结果。",
        "filters": "筛选",
        "allStatuses": "全部状态",
        "allDisputeTypes": "全部纠纷类型",
        "back": "返回调解案件列表"
      },
      "statistics": {
        "title": "人民调解统计",
        "description": "各调解委员会的案件数、调解成功率、办理时长，以及专职调解员占比与规划目标的对比。"
      }
    },
    "detail": {
      "heading": "调解案件 {reference}",
      "overview": "基本情况",
      "place": "纠纷发生地",
      "summary": "纠纷简要情况",
      "submittedAt": "申请时间",
      "parties": "当事人",
      "maskedNote": "身份证号码和电话已部分隐藏。",
      "idNumber": "身份证号码",
      "phone": "联系电话",
      "notGiven": "未填写"
    },
    "actions": {
      "names": {
        "submit": "提交申请",
        "transfer": "移送其他调解委员会",
        "accept": "受理",
        "decline": "不予受理",
        "assign": "指派调解员",
        "schedule": "安排调解",
        "record_agreement": "记录调解协议",
        "record_failure": "记录调解不成",
        "record_withdrawal": "记录当事人撤回",
        "withdraw": "撤回申请"
      },
      "heading": "办理",
      "none": "当前状态下没有可办理的操作。",
      "dialogDescription": "调解案件 {reference}",
      "reason": "理由",
      "reasonHint": "申请人会看到这段说明。",
      "committee": "移送到的调解委员会",
      "noAlternatives": "没有其他可以移送的调解委员会。",
      "mediators": "调解员（1 至 5 名）",
      "mediatorsRequired": "请选择 1 至 5 名本委员会的调解员。",
      "noMediators": "本委员会没有在职的调解员，无法指派。请将案件移送其他调解委员会。",
      "mode": "调解方式",
      "modes": {
        "onsite": "现场调解",
        "online": "线上调解"
      },
      "location": "调解地点",
      "onlineUrl": "线上调解链接（https）",
      "onlineUrlInvalid": "请填写以 https:// 开头的链接。",
      "startsAt": "开始时间",
      "endsAt": "结束时间",
      "endsBeforeStart": "结束时间应晚于开始时间。",
      "attending": "出席的调解员",
      "participants": "参加人（每行一人，选填）",
      "terms": "协议条款",
      "term": "第 {n} 条",
      "addTerm": "添加一条",
      "removeTerm": "删除第 {n} 条",
      "termRequired": "每条协议内容至少 2 个字。",
      "performBy": "履行期限（选填）",
      "confirm": "确认",
      "cancel": "取消",
      "done": "已办理：{action}",
      "conflict": "案件已有变化（可能已被他人处理），已刷新为最新情况，请确认后再操作。",
      "failed": "办理失败：{message}"
    },
    "statistics": {
      "title": "人民调解统计",
      "loading": "正在加载统计",
      "loadFailed": "统计加载失败",
      "caption": "各调解委员会办理情况",
      "committee": "调解委员会",
      "cases": "案件数",
      "agreed": "达成协议",
      "failed": "调解不成",
      "successRate": "调解成功率",
      "medianDays": "办理天数（中位数）",
      "none": "—",
      "empty": "本地区还没有调解案件。",
      "mediatorsHeading": "专职人民调解员",
      "share": "本地区共有人民调解员 {all} 名，其中专职 {fullTime} 名，占 {share}。",
      "noMediators": "本地区还没有登记人民调解员。",
      "target": "规划目标（{name}）：{value}{unit}。",
      "meets": "已达到规划目标。",
      "below": "低于规划目标 {gap} 个百分点。",
      "noTarget": "规划没有规定专职调解员占比目标。",
      "successTarget": "调解成功率规划目标（{name}）：{value}{unit}。"
    }
  },
  "en": {
    "statuses": {
      "draft": "Draft",
      "submitted": "Filed",
      "accepted": "Accepted",
      "declined": "Declined",
      "assigned": "Mediators assigned",
      "in_mediation": "In mediation",
      "agreed": "Agreement reached",
      "failed": "Mediation failed",
      "withdrawn": "Withdrawn",
      "evaluated": "Rated"
    },
    "deadlineKinds": {
      "acceptance": "Decide whether to accept",
      "conclusion": "Conclude (normally within a month)"
    },
    "roles": {
      "mediator": "Mediator",
      "bureau_admin": "Justice bureau",
      "citizen": "Applicant",
      "notary": "Notary",
      "lawyer": "Lawyer",
      "legal_aid_officer": "Legal aid officer",
      "arbitration_secretary": "Arbitration secretary",
      "appraiser": "Appraiser"
    },
    "partyRoles": {
      "applicant": "Applicant",
      "respondent": "Respondent"
    },
    "routing": {
      "heading": "Mediation committee",
      "waiting": "Choose the dispute type and where the dispute arose, and the competent people's mediation committee (人民调解委员会) is proposed.",
      "loading": "Finding the committee",
      "failed": "No committee can be proposed right now: {message}",
      "proposed": "Proposed: {name}",
      "choose": "Take the proposed committee or choose one of these instead",
      "mustChoose": "Choose one of these committees",
      "noneCovering": "No people's mediation committee in this region takes this kind of dispute. Call the 12348 public legal service hotline, or choose a more precise place.",
      "required": "Choose the committee to take the dispute.",
      "reasons": {
        "field_committee": "Disputes of this type are taken by the industry or professional committee covering the place.",
        "village_of_place": "The dispute arose in this village or community, whose committee mediates close by.",
        "township_of_place": "The committee of the township or sub-district where the dispute arose takes it; if it arose in a village or community with its own committee, you may choose that one instead.",
        "place_too_broad": "The place is only a county, so no single committee is competent: choose a township or sub-district, or one of these committees.",
        "none_covering": "No committee covers the place of the dispute."
      }
    },
    "apply": {
      "title": "Apply for people's mediation",
      "intro": "Describe the dispute and the parties; the competent people's mediation committee is proposed from the place and the type of dispute.",
      "free": "People's mediation is free of charge (People's Mediation Law, art. 4).",
      "signIn": {
        "heading": "Please sign in first",
        "body": "You need to sign in to apply, so that you can follow the case and receive the mediation sessions.",
        "link": "Sign in to apply"
      },
      "sections": {
        "dispute": "The dispute",
        "parties": "Parties",
        "documents": "Evidence and documents (optional)"
      },
      "documentsIntro": "You may upload proof of identity and evidence (photos, contracts, IOUs, records of talks) to help the mediator understand the dispute. PDF, JPG and PNG files only, up to 10 MB each.",
      "documentKinds": {
        "case_material": "Evidence",
        "id_card": "Proof of identity",
        "other": "Other documents",
        "hardship_proof": "Proof of financial hardship"
      },
      "documentHints": {
        "case_material": "Photos, contracts, IOUs, screenshots of messages: whatever shows what the dispute is about.",
        "id_card": "The applicant's resident ID card or other proof of identity.",
        "other": "Anything else you think the mediation needs."
      },
      "fields": {
        "disputeType": "Type of dispute",
        "place": "Where the dispute arose",
        "placeHint": "Choose at least the township or sub-district, and the village or community if you can.",
        "town": "Township or sub-district (乡镇/街道)",
        "village": "Village or community (村/居)",
        "chooseTown": "Choose a township or sub-district",
        "chooseVillage": "Choose a village or community",
        "address": "Address (optional)",
        "summary": "What the dispute is about",
        "summaryHint": "What happened and how you would like it resolved, 10 to 2000 characters.",
        "name": "Name",
        "idNumber": "Resident ID number (optional)",
        "phone": "Mobile number (optional)",
        "partyAddress": "Address (optional)",
        "committee": "Committee to take the dispute"
      },
      "applicant": "Applicant (you)",
      "respondent": "Respondent {n}",
      "addRespondent": "Add a respondent",
      "removeRespondent": "Remove respondent {n}",
      "errors": {
        "disputeType": "Choose the type of dispute.",
        "place": "Choose where the dispute arose.",
        "summary": "Describe the dispute in 10 to 2000 characters.",
        "name": "Enter the name."
      },
      "submit": "File for mediation",
      "failed": "Filing failed: {message}",
      "filed": {
        "title": "Your mediation request has been filed",
        "reference": "Case reference",
        "hint": "Keep the reference: you will need it to follow the case.",
        "due": "The committee decides by {date} whether to accept the case and will tell you.",
        "track": "Follow the case",
        "hotline": "Questions? Call the 12348 public legal service hotline."
      }
    },
    "track": {
      "title": "Mediation case progress",
      "loading": "Loading the case",
      "notFound": "This case does not exist or you may not see it.",
      "loadFailed": "The case could not be loaded",
      "status": "Status",
      "reference": "Reference",
      "disputeType": "Type of dispute",
      "committee": "Committee",
      "mediators": "Mediators",
      "noMediators": "No mediator assigned yet",
      "outcomeReason": "Explanation",
      "deadlines": "Time limits",
      "noDeadlines": "No time limit yet",
      "documents": "Documents filed",
      "noDocuments": "No documents were filed with the dispute.",
      "documentsNote": "Your downloads are written to the audit log.",
      "history": "History",
      "created": "Filed",
      "by": "By {name} ({role})",
      "note": "Note: {note}",
      "withdraw": {
        "button": "Withdraw the request",
        "title": "Withdraw your mediation request?",
        "body": "The committee will no longer mediate this dispute.",
        "confirm": "Withdraw",
        "cancel": "Keep it",
        "done": "The request has been withdrawn.",
        "conflict": "The case has just changed and has been reloaded; check it and try again.",
        "failed": "Withdrawing failed: {message}"
      },
      "rating": {
        "heading": "Rate this mediation",
        "intro": "Mediation has ended. Please rate the committee and the mediators to help improve people's mediation."
      }
    },
    "sessions": {
      "heading": "Mediation sessions",
      "empty": "No session scheduled yet.",
      "onsite": "On site: {location}",
      "online": "Online",
      "join": "Join the online session",
      "time": "{start} to {end}",
      "mediators": "Mediators: {names}",
      "participants": "Participants: {names}"
    },
    "agreement": {
      "heading": "Mediation agreement (调解协议)",
      "signedAt": "Signed on {date}",
      "terms": "Terms",
      "performBy": "To be performed by {date}",
      "reminder": "The parties may jointly apply to a people's court for judicial confirmation (司法确认) within 30 days of the agreement taking effect (People's Mediation Law, art. 33). Apply by {date}.",
      "download": "Download the agreement (PDF)"
    },
    "list": {
      "reference": "Reference",
      "applicant": "Applicant",
      "disputeType": "Dispute type",
      "committee": "Committee",
      "status": "Status",
      "dueAt": "Next deadline",
      "noDue": "None",
      "updatedAt": "Updated",
      "emptyMine": "You have no mediation requests.",
      "emptyQueue": "No mediation cases.",
      "emptyFiltered": "No case matches the filters."
    },
    "account": {
      "cases": "My mediation cases"
    },
    "workbench": {
      "queue": {
        "title": "People's mediation cases",
        "description": "Disputes filed with the region's committees: accept, transfer, assign mediators, schedule sessions, record outcomes.",
        "filters": "Filters",
        "allStatuses": "All statuses",
        "allDisputeTypes": "All types of dispute",
        "back": "Back to the cases"
      },
      "statistics": {
        "title": "People's mediation statistics",
        "description": "Cases, success rate and time to an outcome per committee, and the full-time mediator share against the plan's target."
      }
    },
    "detail": {
      "heading": "Mediation case {reference}",
      "overview": "Overview",
      "place": "Place of the dispute",
      "summary": "What the dispute is about",
      "submittedAt": "Filed",
      "parties": "Parties",
      "maskedNote": "ID numbers and phones are partly hidden.",
      "idNumber": "ID number",
      "phone": "Phone",
      "notGiven": "Not given"
    },
    "actions": {
      "names": {
        "submit": "Submit",
        "transfer": "Transfer to another committee",
        "accept": "Accept",
        "decline": "Decline",
        "assign": "Assign mediators",
        "schedule": "Schedule a session",
        "record_agreement": "Record the agreement",
        "record_failure": "Record a failure",
        "record_withdrawal": "Record a withdrawal",
        "withdraw": "Withdraw"
      },
      "heading": "Actions",
      "none": "No action is possible in this status.",
      "dialogDescription": "Mediation case {reference}",
      "reason": "Reason",
      "reasonHint": "The applicant will see this.",
      "committee": "Committee to transfer to",
      "noAlternatives": "There is no other committee to transfer to.",
      "mediators": "Mediators (1 to 5)",
      "mediatorsRequired": "Choose 1 to 5 mediators of this committee.",
      "noMediators": "This committee has no active mediator to assign. Transfer the case to another committee.",
      "mode": "Kind of session",
      "modes": {
        "onsite": "On site",
        "online": "Online"
      },
      "location": "Place",
      "onlineUrl": "Online session link (https)",
      "onlineUrlInvalid": "Enter a link starting with https://.",
      "startsAt": "Starts",
      "endsAt": "Ends",
      "endsBeforeStart": "The end must be after the start.",
      "attending": "Mediators attending",
      "participants": "Participants (one per line, optional)",
      "terms": "Terms of the agreement",
      "term": "Term {n}",
      "addTerm": "Add a term",
      "removeTerm": "Remove term {n}",
      "termRequired": "Each term needs at least 2 characters.",
      "performBy": "Perform by (optional)",
      "confirm": "Confirm",
      "cancel": "Cancel",
      "done": "Done: {action}",
      "conflict": "The case has changed (someone may have handled it); it has been reloaded, check it and try again.",
      "failed": "The action failed: {message}"
    },
    "statistics": {
      "title": "People's mediation statistics",
      "loading": "Loading the statistics",
      "loadFailed": "The statistics could not be loaded",
      "caption": "Cases per committee",
      "committee": "Committee",
      "cases": "Cases",
      "agreed": "Agreed",
      "failed": "Failed",
      "successRate": "Success rate",
      "medianDays": "Median days to an outcome",
      "none": "—",
      "empty": "No mediation cases in this region yet.",
      "mediatorsHeading": "Full-time people's mediators",
      "share": "The region has {all} people's mediators, {fullTime} of them full-time: {share}.",
      "noMediators": "No people's mediator is registered in this region.",
      "target": "The plan's target ({name}): {value}{unit}.",
      "meets": "The target is met.",
      "below": "{gap} percentage points below the target.",
      "noTarget": "The plan sets no target for the full-time share.",
      "successTarget": "The plan's success-rate target ({name}): {value}{unit}."
    }
  }
};
