/**
 * 司法鉴定 (Forensic appraisal): the module's zh-CN strings, all of them. en.ts has exactly the same keys (typed as `Messages`);
 * index.ts assembles the locales.
 */
export const zh = {
  title: '司法鉴定',
  nav: {
    directory: '司法鉴定机构',
  },
  cards: {
    directory: {
      title: '司法鉴定',
      description: '查询司法鉴定机构，了解鉴定类别。',
    },
  },
  directory: {
    title: '司法鉴定机构名录',
    intro: '查询经司法行政机关登记的司法鉴定机构及其联系方式。',
    caption: '司法鉴定机构名录',
  },
};

export type Messages = typeof zh;
