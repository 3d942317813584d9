import { enableAutoUnmount, type VueWrapper } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonResponse, listPage, settle } from '../../testing/index.js';
import CaseRatedNote from '../CaseRatedNote.vue';
import CaseRating from '../CaseRating.vue';
import { evaluationLevel, isBadLevel } from '../ratingLevels.js';
import { mountCasework } from './harness.js';

enableAutoUnmount(afterEach);

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
const stored = (level: string) => ({ id: '00000000-0000-4000-8000-0000000000e1', module: 'mediation', subjectType: 'application', subjectId: CASE_ID, level, followUpConsent: false, regionId: 'leshan', createdAt: '2026-11-28T00:00:00Z', followUpStatus: 'not_required' });

const rating = defineComponent(() => () =>
  h(CaseRating, { moduleId: 'mediation', subjectType: 'application', subjectId: CASE_ID, heading: '评价本次调解', headingId: 'case-rating', intro: '您的评价会用于改进调解服务。' }),
);

function radio(wrapper: VueWrapper, name: string) {
  const found = wrapper.findAll('[role="radio"]').find((candidate) => document.getElementById(candidate.attributes('aria-labelledby')!)?.textContent?.trim() === name);
  if (!found) throw new Error(`no radio ${name}`);
  return found;
}

async function send(wrapper: VueWrapper) {
  await wrapper.findAll('button').find((button) => button.text() === '提交评价')!.trigger('click');
  await settle();
}

describe('rating levels', () => {
  it('maps the five stars to the contract levels, the two lowest being bad reviews', () => {
    expect([5, 4, 3, 2, 1].map((stars) => evaluationLevel(stars as 1 | 2 | 3 | 4 | 5))).toEqual(['very_satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied']);
    expect(['satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied'].map((level) => isBadLevel(level as never))).toEqual([false, false, true, true]);
  });
});

describe('CaseRating', () => {
  it('rates the case of the module it is given and then says 已评价', async () => {
    const bodies: unknown[] = [];
    const record = async (request: Request) => {
      bodies.push(await request.json());
      return jsonResponse(stored('very_satisfied'), 201);
    };
    const { wrapper, api, errors } = await mountCasework(rating, { routes: { 'POST /evaluations': record } });
    expect(errors).toEqual([]);
    expect(wrapper.get('section[aria-labelledby="case-rating"] h2#case-rating').text()).toBe('评价本次调解');
    await radio(wrapper, '非常满意').trigger('click');
    await send(wrapper);
    expect(api.calls).toEqual(['POST /evaluations']);
    expect(bodies).toEqual([{ module: 'mediation', subjectType: 'application', subjectId: CASE_ID, level: 'very_satisfied' }]);
    expect(wrapper.get('[data-testid="rated"]').text()).toBe('已评价：非常满意');
  });

  it('asks a bad review for at least five characters before sending it', async () => {
    const { wrapper, api } = await mountCasework(rating, { routes: { 'POST /evaluations': () => jsonResponse(stored('dissatisfied'), 201) } });
    await radio(wrapper, '不满意').trigger('click');
    await settle();
    await wrapper.get('.fw-rating textarea').setValue('太慢');
    await send(wrapper);
    expect(api.calls).toEqual([]);
    expect(wrapper.get('[role="alert"]').text()).toBe('请至少用 5 个字说明问题');
  });

  it('says why the server refused the rating', async () => {
    const refusal = () => jsonResponse({ type: 'about:blank', title: '已评价过', status: 409, code: 'already_rated', detail: '这件事已经评价过了' }, 409);
    const { wrapper } = await mountCasework(rating, { routes: { 'POST /evaluations': refusal } });
    await radio(wrapper, '满意').trigger('click');
    await send(wrapper);
    expect(wrapper.get('[role="alert"]').text()).toBe('评价未能提交：这件事已经评价过了');
  });
});

describe('CaseRatedNote', () => {
  const note = defineComponent(() => () => h(CaseRatedNote, { subjectType: 'application', subjectId: CASE_ID, heading: '评价本次调解', headingId: 'case-rated' }));

  it('shows the level the person gave to this case, or only that it was rated', async () => {
    const { wrapper } = await mountCasework(note, { routes: { 'GET /evaluations/mine': () => listPage([stored('basically_satisfied')]) } });
    expect(wrapper.get('section[aria-labelledby="case-rated"] [data-testid="rated"]').text()).toBe('已评价：基本满意');
    const { wrapper: other } = await mountCasework(note, { routes: { 'GET /evaluations/mine': () => listPage([]) } });
    expect(other.get('[data-testid="rated"]').text()).toBe('已评价');
  });
});
