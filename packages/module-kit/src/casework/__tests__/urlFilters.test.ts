import { enableAutoUnmount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import { settle } from '../../testing/index.js';
import CaseOverdueBadge from '../CaseOverdueBadge.vue';
import { choiceFilter, defineUrlFilters, flagFilter, oneOfFilter, useUrlFilters } from '../urlFilters.js';
import { mountCasework } from './harness.js';

enableAutoUnmount(afterEach);

const spec = { status: oneOfFilter(['submitted', 'accepted'] as const), overdue: flagFilter, sort: choiceFilter(['newest', 'oldest'] as const, 'newest') };
const filters = defineUrlFilters(spec);

describe('URL filters', () => {
  it('reads known values, takes the first of repeated keys and falls back to the default for anything else', () => {
    expect(filters.fromQuery({ status: 'accepted', overdue: 'true', sort: 'oldest' })).toEqual({ status: 'accepted', overdue: true, sort: 'oldest' });
    expect(filters.fromQuery({ status: ['submitted', 'accepted'] })).toEqual({ status: 'submitted', overdue: false, sort: 'newest' });
    expect(filters.fromQuery({ status: 'draft', overdue: 'yes', sort: 'random' })).toEqual({ status: undefined, overdue: false, sort: 'newest' });
    expect(filters.fromQuery({ status: null, sort: '' })).toEqual({ status: undefined, overdue: false, sort: 'newest' });
  });

  it('writes only what differs from the default, so an unfiltered list is a bare query', () => {
    expect(filters.toQuery({ status: undefined, overdue: false, sort: 'newest' })).toEqual({});
    expect(filters.toQuery({ status: 'submitted', overdue: true, sort: 'oldest' })).toEqual({ status: 'submitted', overdue: 'true', sort: 'oldest' });
  });

  it('keeps the filters of the current route and replaces the URL on a change', async () => {
    let state!: ReturnType<typeof useUrlFilters<typeof spec>>;
    const component = defineComponent(() => {
      state = useUrlFilters(filters);
      return () => h('p', JSON.stringify(state.filters.value));
    });
    const { router } = await mountCasework(component);
    state.update({ overdue: true });
    await settle();
    expect(router.currentRoute.value.query).toEqual({ overdue: 'true' });
    state.update({ status: 'accepted', sort: 'oldest' });
    await settle();
    expect(router.currentRoute.value.query).toEqual({ status: 'accepted', overdue: 'true', sort: 'oldest' });
    expect(state.filters.value).toEqual({ status: 'accepted', overdue: true, sort: 'oldest' });
  });
});

describe('CaseOverdueBadge', () => {
  it('says 已逾期 in words, in the page language', async () => {
    const { wrapper } = await mountCasework(CaseOverdueBadge);
    expect(wrapper.get('[data-testid="overdue-badge"]').text()).toBe('已逾期');
    const { wrapper: english } = await mountCasework(CaseOverdueBadge, { locale: 'en' });
    expect(english.get('[data-testid="overdue-badge"]').text()).toBe('Overdue');
  });
});
