/**
 * 法律援助 (Legal aid): the module's messages, one file per locale (zh-CN.ts, en.ts; en is typed as the shape
 * of zh-CN, so both have exactly the same keys). The case words (statuses, action names, the action bar's
 * words) are checked against the workflow: a state or action without a name fails the typecheck.
 */
import { defineCaseWords } from '@fawang/module-kit/casework';
import { legalAidWorkflow } from '@fawang/workflow/legal-aid';
import { en } from './en.js';
import { zh } from './zh-CN.js';

export const messages = defineCaseWords(legalAidWorkflow, { 'zh-CN': zh, en });
