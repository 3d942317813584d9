import { enableAutoUnmount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import CaseDeadlines from '../CaseDeadlines.vue';
import CaseHistory from '../CaseHistory.vue';
import type { CaseDeadline, CaseHistoryEntry } from '../types.js';
import { mountCasework } from './harness.js';

enableAutoUnmount(afterEach);

const history: CaseHistoryEntry[] = [
  { at: '2026-11-24T08:00:00Z', title: '创建 → 已提交', by: '经办：张*（申请人）' },
  { at: '2026-11-25T09:00:00Z', title: '开始审查 → 审查中', by: '经办：李*（工作人员）', note: '说明：材料齐全' },
];

const DAY = 24 * 60 * 60 * 1000;
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

function page(deadlines: CaseDeadline[]) {
  return defineComponent(() => () => [
    h(CaseHistory, { entries: history, heading: '办理记录', headingId: 'case-history' }),
    h(CaseDeadlines, { deadlines, heading: '法定时限', headingId: 'case-deadlines', emptyText: '尚无法定时限' }),
  ]);
}

describe('CaseHistory', () => {
  it('labels its section by the heading id it is given and lists every step with who and why', async () => {
    const { wrapper } = await mountCasework(page([]));
    const section = wrapper.get('section[aria-labelledby="case-history"]');
    expect(section.get('h2#case-history').text()).toBe('办理记录');
    const items = section.findAll('li');
    expect(items).toHaveLength(2);
    expect(items[1]!.text()).toContain('开始审查 → 审查中');
    expect(items[1]!.text()).toContain('经办：李*（工作人员）；说明：材料齐全');
    expect(items[0]!.text()).not.toContain('；');
  });
});

describe('CaseDeadlines', () => {
  it('says so when the case has no clock yet', async () => {
    const { wrapper } = await mountCasework(page([]));
    const section = wrapper.get('section[aria-labelledby="case-deadlines"]');
    expect(section.get('h2#case-deadlines').text()).toBe('法定时限');
    expect(section.text()).toContain('尚无法定时限');
    expect(section.find('li').exists()).toBe(false);
  });

  it('marks a running clock past its due time as overdue, a running one as current and a stopped one as done', async () => {
    const { wrapper } = await mountCasework(
      page([
        { label: '作出决定', startedAt: iso(-10), dueAt: iso(-1) },
        { label: '指派承办人', startedAt: iso(-1), dueAt: iso(3) },
        { label: '审查异议', startedAt: iso(-5), dueAt: iso(-1), stoppedAt: '2026-11-20T08:00:00Z' },
        { label: '服务器判定', startedAt: iso(-1), dueAt: iso(3), overdue: true },
      ]),
    );
    const items = wrapper.get('section[aria-labelledby="case-deadlines"]').findAll('li');
    expect(items.map((item) => item.classes().find((name) => /--(overdue|current|done)$/.test(name))?.replace(/.*--/, ''))).toEqual(['overdue', 'current', 'done', 'overdue']);
    expect(items[2]!.text()).toContain('已于');
    expect(items[2]!.text()).toContain('停止计时');
  });

  it('speaks English on an English page', async () => {
    const { wrapper } = await mountCasework(page([{ label: 'Decision', startedAt: iso(-5), dueAt: iso(-1), stoppedAt: '2026-11-20T08:00:00Z' }]), { locale: 'en' });
    expect(wrapper.get('section[aria-labelledby="case-deadlines"]').text()).toContain('Clock stopped on');
  });
});
