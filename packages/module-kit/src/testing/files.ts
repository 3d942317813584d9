/** Picking files in a page under test, as the browser's file dialog would. */
import type { DOMWrapper } from '@vue/test-utils';
import { settle } from './mount-module.js';

/**
 * Sets the files of the `input[type="file"]` inside `within` and fires `change`, then lets the uploads the
 * page starts settle (happy-dom has no file dialog, and an input's `files` cannot be assigned directly).
 */
/** A mounted component or an element found in it (`wrapper.get(…)`): anything that finds the input. */
type Within = { get(selector: string): Omit<DOMWrapper<Element>, 'exists'> };

export async function chooseFiles(within: Within, files: File[]): Promise<void> {
  const input = within.get('input[type="file"]');
  Object.defineProperty(input.element, 'files', { value: files, configurable: true });
  await input.trigger('change');
  await settle();
}
