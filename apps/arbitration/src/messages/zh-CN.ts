/**
 * 仲裁服务 (Arbitration): the module's zh-CN strings, all of them. en.ts has exactly the same keys (typed as `Messages`);
 * index.ts assembles the locales.
 */
export const zh = {
  title: '仲裁服务',
  nav: {
    directory: '仲裁委员会',
  },
  cards: {
    directory: {
      title: '仲裁服务',
      description: '查询仲裁委员会，了解仲裁申请。',
    },
  },
  directory: {
    title: '仲裁委员会名录',
    intro: '查询本地区的仲裁委员会。平等主体之间的合同纠纷和其他财产权益纠纷可以申请仲裁。',
    caption: '仲裁委员会名录',
  },
};

export type Messages = typeof zh;
