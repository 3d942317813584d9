import type { MessageGroup } from '../types.js';

/** Strings shared by many components (buttons, states, generic labels). */
export default {
  'zh-CN': {
    common: {
      close: '关闭',
      cancel: '取消',
      confirm: '确定',
      loading: '加载中…',
      required: '必填',
      optional: '选填',
      opensInNewWindow: '（在新窗口打开）',
    },
  },
  en: {
    common: {
      close: 'Close',
      cancel: 'Cancel',
      confirm: 'OK',
      loading: 'Loading…',
      required: 'Required',
      optional: 'Optional',
      opensInNewWindow: '(opens in a new window)',
    },
  },
} satisfies MessageGroup;
