/** Moves focus to the first control of the first field showing an error, so keyboard and screen-reader users land on it. */
const CONTROL = ['input:not([type="hidden"]):not([disabled])', 'textarea:not([disabled])', 'select:not([disabled])', '[role="radio"][tabindex="0"]', '[role="checkbox"]', 'button:not([disabled]):not([tabindex="-1"])'].join(', ');

export function focusFirstInvalid(root: HTMLElement | null | undefined): boolean {
  const control = root?.querySelector('.fw-form-field--invalid')?.querySelector<HTMLElement>(CONTROL);
  control?.focus();
  return Boolean(control);
}
