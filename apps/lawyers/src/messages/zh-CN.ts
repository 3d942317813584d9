/**
 * 律师服务 (Lawyers): the module's zh-CN strings, all of them. en.ts has exactly the same keys (typed as `Messages`);
 * index.ts assembles the locales.
 */
export const zh = {
  title: '律师服务',
  nav: {
    directory: '律师事务所',
  },
  cards: {
    directory: {
      title: '找律师',
      description: '查询律师事务所和执业律师，了解执业信息。',
    },
  },
  directory: {
    title: '律师事务所名录',
    intro: '查询本地区依法设立的律师事务所：名称、所在地区、地址、联系电话和执业律师人数。',
    caption: '律师事务所名录',
  },
};

export type Messages = typeof zh;
