/** The kit's own strings (error states, loading), merged into the host's vue-i18n instance. */
export const moduleKitMessages = {
  'zh-CN': {
    moduleKit: {
      unavailable: '{name}暂时无法使用',
      tryAgain: '页面加载失败，请稍后重试。如急需办理，请拨打 12348 公共法律服务热线。',
      misconfigured: '本地区的该服务配置有误，工作人员已收到提醒。如急需办理，请拨打 12348 公共法律服务热线。',
      loading: '正在加载…',
      forbidden: '您没有权限查看此页面',
      directory: {
        search: '按名称或统一社会信用代码搜索',
        searchAction: '搜索',
        name: '名称',
        division: '所在地区',
        address: '地址',
        phone: '电话',
        practitioners: '执业人员',
        empty: '没有找到符合条件的机构',
      },
    },
  },
  en: {
    moduleKit: {
      unavailable: '{name} is unavailable at the moment',
      tryAgain: 'The page could not be loaded. Please try again later, or call the 12348 legal services hotline.',
      misconfigured: 'This service is misconfigured for this region; the site team has been notified. For urgent help call the 12348 hotline.',
      loading: 'Loading…',
      forbidden: 'You do not have permission to see this page',
      directory: {
        search: 'Search by name or unified social credit code',
        searchAction: 'Search',
        name: 'Name',
        division: 'Area',
        address: 'Address',
        phone: 'Phone',
        practitioners: 'Practitioners',
        empty: 'No organization matches',
      },
    },
  },
} as const;
