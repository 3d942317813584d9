/**
 * The 法律咨询 module (Legal consultation): a declared case module (ADR 0016). Its case definition
 * (`@fawang/workflow/consult`: workflow, fields, clocks, the organizations that handle it) is all it states;
 * the pages — the directory of public legal service centres, the intake form, the tracking page, 我的 and the workbench
 * queue — are the case kit's, drawn from that definition. Pages load lazily, so this entry holds the
 * definition and the words only.
 */
import { declaredCaseModule } from '@fawang/module-kit/casework';
import { consultCase } from '@fawang/workflow/consult';
import { messages } from './messages/index.js';

export default declaredCaseModule({
  definition: consultCase,
  icon: 'location',
  configSchema: () => import('./config.js').then((config) => config.configSchema),
  messages,
});
