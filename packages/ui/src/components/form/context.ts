import type { InjectionKey } from 'vue';
import { inject } from 'vue';

/** What a named FwFormField tells its FwForm, so the form can validate it and link to it. */
export interface FwFormFieldRegistration {
  name: string;
  /** The field's label in the current language (for the error summary). */
  label: () => string;
  /** The id of the control, the target of the summary's link. */
  controlId: () => string;
  /** The field's root element, to order the summary as the fields appear. */
  element: () => HTMLElement | null;
  /** Moves focus to the control (or its first focusable part). */
  focus: () => void;
}

export interface FwFormContext {
  /** Registers a field by its `name`; returns the function that unregisters it. */
  register: (field: FwFormFieldRegistration) => () => void;
  /** The field's current message (server or rule), translated, or null. */
  messageFor: (name: string) => string | null;
  /** True when the field's rules contain `required()`. */
  isRequired: (name: string) => boolean;
  onBlur: (name: string) => void;
}

export const FW_FORM: InjectionKey<FwFormContext> = Symbol('fw-form');

export function useFormContext(): FwFormContext | null {
  return inject(FW_FORM, null);
}
