import { describe, expect, it } from 'vitest';
import { mountFw } from '../../../testing/mount.js';
import FwTimeline from '../FwTimeline.vue';
import type { FwTimelineItem } from '../types.js';

const NOW = new Date('2026-11-28T10:00:00+08:00');
const TZ = 'Asia/Shanghai';

const items: FwTimelineItem[] = [
  { id: 'submit', title: '提交申请', time: '2026-11-20T09:30:00+08:00', status: 'done' },
  { id: 'accept', title: '受理', time: '2026-11-21T14:00:00+08:00', status: 'done', deadline: '2026-11-27' },
  { id: 'review', title: '审查', status: 'current', description: '法律援助中心正在审查经济困难证明', deadline: '2026-12-01' },
  { id: 'assign', title: '指派律师', status: 'upcoming' },
];

describe('FwTimeline', () => {
  it('is an ordered list with aria-current="step" on the current item', () => {
    const w = mountFw(FwTimeline, { props: { items, now: NOW, timeZone: TZ } });
    const ol = w.get('ol');
    expect(ol.attributes('aria-label')).toBe('办理进度');
    const li = w.findAll('li');
    expect(li).toHaveLength(4);
    expect(li[2]!.attributes('aria-current')).toBe('step');
    expect(li.filter((x) => x.attributes('aria-current')).length).toBe(1);
  });

  it('shows each status in text and with an icon', () => {
    const w = mountFw(FwTimeline, { props: { items, now: NOW, timeZone: TZ } });
    const statuses = w.findAll('.fw-timeline__status').map((s) => s.text());
    expect(statuses).toEqual(['已完成', '已完成', '办理中', '未开始']);
    expect(w.findAll('.fw-timeline__marker svg')).toHaveLength(4);
  });

  it('shows the days left before a deadline', () => {
    const w = mountFw(FwTimeline, { props: { items, now: NOW, timeZone: TZ } });
    const deadline = w.findAll('li')[2]!.get('.fw-timeline__deadline');
    expect(deadline.text()).toBe('截止 2026年12月1日（剩余 3 天）');
  });

  it('shows how long an item is overdue', () => {
    const late: FwTimelineItem[] = [{ id: 'x', title: '补正材料', status: 'overdue', deadline: '2026-11-26' }];
    const w = mountFw(FwTimeline, { props: { items: late, now: NOW, timeZone: TZ } });
    expect(w.get('.fw-timeline__deadline').text()).toBe('已超期 2 天（截止 2026年11月26日）');
    expect(w.get('.fw-timeline__deadline').classes()).toContain('fw-timeline__deadline--late');
    expect(w.get('.fw-timeline__status').text()).toBe('已超期');
  });

  it('says due today, and only the date for done items', () => {
    const list: FwTimelineItem[] = [
      { id: 'a', title: '缴费', status: 'current', deadline: '2026-11-28' },
      { id: 'b', title: '受理', status: 'done', deadline: '2026-11-20' },
    ];
    const w = mountFw(FwTimeline, { props: { items: list, now: NOW, timeZone: TZ } });
    const texts = w.findAll('.fw-timeline__deadline').map((d) => d.text());
    expect(texts).toEqual(['截止 2026年11月28日（今天截止）', '截止 2026年11月20日']);
  });

  it('formats times with Intl in the locale, with a machine-readable datetime', () => {
    const w = mountFw(FwTimeline, { props: { items, now: NOW, timeZone: TZ } });
    const time = w.findAll('time')[0]!;
    expect(time.attributes('datetime')).toBe('2026-11-20T09:30:00+08:00');
    const expected = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short', timeZone: TZ }).format(
      new Date('2026-11-20T09:30:00+08:00'),
    );
    expect(time.text()).toBe(expected);
  });

  it('speaks English with plurals', () => {
    const list: FwTimelineItem[] = [
      { id: 'a', title: 'Review', status: 'current', deadline: '2026-12-01' },
      { id: 'b', title: 'Pay', status: 'upcoming', deadline: '2026-11-29' },
      { id: 'c', title: 'Documents', status: 'overdue', deadline: '2026-11-27' },
    ];
    const w = mountFw(FwTimeline, { props: { items: list, now: NOW, timeZone: TZ }, locale: 'en' });
    const texts = w.findAll('.fw-timeline__deadline').map((d) => d.text());
    expect(texts).toEqual([
      'Due December 1, 2026 (3 days left)',
      'Due November 29, 2026 (1 day left)',
      '1 day overdue (due November 27, 2026)',
    ]);
    expect(w.get('ol').attributes('aria-label')).toBe('Case progress');
    expect(w.findAll('.fw-timeline__status').map((s) => s.text())).toEqual(['In progress', 'Not started', 'Overdue']);
  });

  it('flags a passed deadline on an unfinished item even if not marked overdue', () => {
    const list: FwTimelineItem[] = [{ id: 'a', title: '审查', status: 'current', deadline: '2026-11-25' }];
    const w = mountFw(FwTimeline, { props: { items: list, now: NOW, timeZone: TZ } });
    expect(w.get('.fw-timeline__deadline').text()).toBe('已超期 3 天（截止 2026年11月25日）');
  });

  it('makes titles headings when asked', () => {
    const w = mountFw(FwTimeline, { props: { items, now: NOW, headingLevel: 3 } });
    expect(w.findAll('h3').map((h) => h.text())).toEqual(['提交申请', '受理', '审查', '指派律师']);
  });
});
