/** 法律咨询: every zh-CN string of the module; the kit's casework words say the rest (its declared/README.md). */
export const zh = {
  title: '法律咨询',
  nav: {
    directory: '公共法律服务中心',
    apply: '申请法律咨询',
  },
  cards: {
    directory: {
      title: '公共法律服务中心',
      description: '查询本地区的公共法律服务中心，了解地址和联系电话。',
    },
    apply: {
      title: '法律咨询',
      description: '在线申请法律咨询，由公共法律服务中心受理和答复。',
    },
  },
  directory: {
    title: '公共法律服务中心名录',
    intro: '本地区的公共法律服务中心：名称、所在地区、地址和联系电话。',
    caption: '公共法律服务中心名录',
  },
  workbench: {
    queue: {
      title: '法律咨询申请',
      description: '本地区的法律咨询申请：受理或不予受理，答复后办结。',
    },
  },
  account: {
    cases: '我的法律咨询',
  },
  statuses: {
    draft: '草稿',
    submitted: '已提交',
    accepted: '已受理',
    declined: '不予受理',
    concluded: '已办结',
    withdrawn: '已撤回',
    evaluated: '已评价',
  },
  actions: {
    names: {
      submit: '提交',
      accept: '受理',
      decline: '不予受理',
      conclude: '办结',
      withdraw: '撤回',
    },
    reasons: {
      decline: '不予受理的理由',
      conclude: '答复意见',
    },
    heading: '办理',
    none: '当前状态下没有可办理的操作。',
    confirm: '确认',
    cancel: '取消',
    dialogDescription: '法律咨询申请 {reference}',
    done: '已办理：{action}',
    conflict: '申请已有变化，页面已刷新为最新情况，请核对后再办理。',
    failed: '办理未成功：{message}',
  },
  fields: {
    subject: {
      label: '申请事项',
      hint: '用一句话说明希望办理或咨询的事项。',
    },
    details: {
      label: '具体情况',
      hint: '事情的经过、目前的情况和希望得到的帮助。',
    },
    channel: {
      label: '答复方式',
      options: {
        in_person: '当面',
        phone: '电话',
        online: '网上',
      },
    },
    phone: {
      label: '联系电话',
      hint: '手机号码，或带区号的固定电话。',
    },
    preferredDate: {
      label: '希望答复日期',
    },
  },
  deadlineKinds: {
    answer: '受理期限',
    conclusion: '办结期限',
  },
  apply: {
    title: '申请法律咨询',
    intro: '选择公共法律服务中心，写明申请事项和具体情况。受理后按您选择的方式答复。',
  },
  track: {
    title: '法律咨询办理进度',
  },
  rating: {
    heading: '评价本次法律咨询',
    intro: '您的评价会转给公共法律服务中心，帮助改进服务。',
  },
};

export type Messages = typeof zh;
