/**
 * 法律咨询 (consult): a declared case module (ADR 0016), written by `pnpm create-module --case`. A citizen
 * files with one of the region's public legal service centres (公共法律服务中心); its staff accept it or decline it with a
 * reason, and conclude it with the outcome; the applicant may withdraw while it is open and rate it once
 * concluded. Edit the states, actions, clocks and fields to the service's rules: the server, the intake
 * form and the pages follow this definition.
 */
import { declareCaseModule } from './declared.js';
import { defineWorkflow, type StateOf } from './workflow.js';

export const consultWorkflow = defineWorkflow({
  states: ['draft', 'submitted', 'accepted', 'declined', 'concluded', 'withdrawn', 'evaluated'],
  final: ['declined', 'concluded', 'withdrawn', 'evaluated'],
  actions: {
    submit: { from: ['draft'], to: 'submitted', actors: ['applicant'], starts: [{ kind: 'answer', days: 'answerWithinDays' }] },
    accept: { from: ['submitted'], to: 'accepted', actors: ['staff'], stops: ['answer'], starts: [{ kind: 'conclusion', days: 'concludeWithinDays' }] },
    decline: { from: ['submitted'], to: 'declined', actors: ['staff'], requires: ['reason'], stops: ['answer'] },
    conclude: { from: ['accepted'], to: 'concluded', actors: ['staff'], requires: ['reason'], stops: ['conclusion'] },
    withdraw: { from: ['submitted', 'accepted'], to: 'withdrawn', actors: ['applicant'], stops: ['answer', 'conclusion'] },
  },
});

export type ConsultState = StateOf<typeof consultWorkflow.spec>;

export const consultCase = declareCaseModule({
  id: 'consult',
  workflow: consultWorkflow,
  referencePrefix: 'FZ',
  organizationType: 'service_centre',
  staffRoles: ['bureau_admin'],
  staffActor: 'staff',
  concluded: ['declined', 'concluded', 'withdrawn', 'evaluated'],
  rateable: ['concluded'],
  rated: 'evaluated',
  // Service commitments, not statute: answer within 3 working days, conclude within 15 working days.
  deadlines: { dayCounting: 'working', answerWithinDays: 3, concludeWithinDays: 15 },
  fields: [
    { key: 'subject', kind: 'text', required: true, maxLength: 60, sample: '申请法律咨询' },
    { key: 'details', kind: 'longtext', required: true, maxLength: 1000, sample: '申请人希望就本人遇到的问题获得法律咨询服务，具体情况见所附材料。' },
    { key: 'channel', kind: 'choice', required: true, options: ['in_person', 'phone', 'online'], sample: 'phone' },
    { key: 'phone', kind: 'phone', required: true, sample: '13800138000' },
    { key: 'preferredDate', kind: 'date', sample: '2026-12-15' },
  ],
});
