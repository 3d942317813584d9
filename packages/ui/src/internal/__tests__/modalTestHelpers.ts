import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { expect } from 'vitest';
import { nextTick } from 'vue';

/**
 * Test helpers for the components built on FwModalFrame (FwDialog, FwDrawer): both teleport a
 * `role="dialog"` to the body and open from a `button.trigger` in the test's host, so their tests share
 * these steps instead of repeating them.
 */

/** The open dialog or drawer (teleported to the body), or null. */
export function openModal(): HTMLElement | null {
  return document.body.querySelector<HTMLElement>('[role="dialog"]');
}

/** Lets Reka finish opening or closing (promises, then the next render). */
export async function settle(): Promise<void> {
  await flushPromises();
  await nextTick();
}

/** Clicks the host's `button.trigger` and returns the opened dialog. */
export async function openFromTrigger(wrapper: VueWrapper): Promise<HTMLElement> {
  await wrapper.get('button.trigger').trigger('click');
  await settle();
  const modal = openModal();
  expect(modal).not.toBeNull();
  return modal!;
}

/** Opens from the focused trigger, presses Escape: closed, and focus is back on the trigger. */
export async function expectEscapeClosesToTrigger(wrapper: VueWrapper): Promise<void> {
  const trigger = wrapper.get('button.trigger').element as HTMLElement;
  trigger.focus();
  await openFromTrigger(wrapper);
  document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  await settle();
  expect(openModal()).toBeNull();
  expect(document.activeElement).toBe(trigger);
}
