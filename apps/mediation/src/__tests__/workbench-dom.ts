/** Driving the workbench's dialogs, which Reka teleports to the document body. */
import { settle } from '@fawang/module-kit/testing';

/** The open dialog's form for an action (`data-action-form`). */
export function actionForm(action: string): HTMLFormElement {
  const found = document.body.querySelector<HTMLFormElement>(`[role="dialog"] form[data-action-form="${action}"]`);
  if (!found) throw new Error(`no open ${action} dialog`);
  return found;
}

/** Clicks each radio or checkbox (Reka buttons) whose visible label is one of `labels`. */
export async function pick(root: ParentNode, ...labels: string[]): Promise<void> {
  const controls = [...root.querySelectorAll<HTMLElement>('[role="radio"], [role="checkbox"]')];
  for (const label of labels) {
    const control = controls.find((element) => document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() === label);
    if (!control) throw new Error(`nothing to pick labelled ${label}`);
    control.click();
    await settle();
  }
}

/** Types into the control of the form field labelled `label`. */
export async function fill(root: ParentNode, label: string, value: string): Promise<void> {
  const field = [...root.querySelectorAll('.fw-form-field')].find((candidate) => candidate.querySelector('.fw-form-field__label-text')?.textContent?.trim() === label);
  const control = field?.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
  if (!control) throw new Error(`no field labelled ${label}`);
  control.value = value;
  return dispatched(control, new Event('input'));
}

/** Submits as a browser does: FwForm validates, then emits `submit` or shows the problems. */
export function send(form: HTMLFormElement): Promise<void> {
  return dispatched(form, new Event('submit', { cancelable: true }));
}

async function dispatched(target: EventTarget, event: Event): Promise<void> {
  target.dispatchEvent(event);
  await settle();
}

/** The message shown in the form field labelled `label`. */
export function messageOf(root: ParentNode, label: string): string {
  const field = [...root.querySelectorAll('.fw-form-field')].find((candidate) => candidate.querySelector('.fw-form-field__label-text')?.textContent?.trim() === label);
  return field?.querySelector('.fw-field-error, [id$="-error"]')?.textContent?.trim() ?? '';
}
