/**
 * 仲裁服务 (Arbitration): the module's messages, one file per locale (zh-CN.ts, en.ts; en is typed as the shape of
 * zh-CN, so both have exactly the same keys).
 */
import { en } from './en.js';
import { zh } from './zh-CN.js';

export const messages = { 'zh-CN': zh, en };
