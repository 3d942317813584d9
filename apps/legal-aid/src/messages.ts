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
        "allStatuses": "全部状态"
      }
    },
    "account": {
      "applications": "我的法律援助申请"
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
        "allStatuses": "All statuses"
      }
    },
    "account": {
      "applications": "My legal aid applications"
    }
  }
};
