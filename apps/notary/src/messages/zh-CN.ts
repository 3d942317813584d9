/**
 * 公证服务 (Notary): the module's zh-CN strings, all of them. en.ts has exactly the same keys (typed as `Messages`);
 * index.ts assembles the locales.
 */
export const zh = {
  title: '公证服务',
  nav: {
    directory: '公证机构',
  },
  cards: {
    directory: {
      title: '公证服务',
      description: '查询公证处，了解可办理的公证事项。',
    },
  },
  directory: {
    title: '公证机构名录',
    intro: '查询本地区的公证处及其地址和联系电话。许多公证事项可以“最多跑一次”。',
    caption: '公证机构名录',
  },
};

export type Messages = typeof zh;
