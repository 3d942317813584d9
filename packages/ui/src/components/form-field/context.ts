import type { ComputedRef, InjectionKey } from 'vue';
import { inject, provide } from 'vue';

/**
 * What FwFormField gives the control inside it, so that FwInput, FwSelect, FwDatePicker… wire their
 * id, aria-describedby, aria-invalid and aria-required without the page doing it by hand.
 */
export interface FwFormFieldContext {
  /** The id the control puts on its focusable element (the label's `for` points at it). */
  id: ComputedRef<string>;
  /** The label element's id, for controls that are groups and need aria-labelledby. */
  labelId: ComputedRef<string>;
  /** Space-separated ids of the hint and the error message, or undefined when there is neither. */
  describedBy: ComputedRef<string | undefined>;
  invalid: ComputedRef<boolean>;
  required: ComputedRef<boolean>;
  /** Call when focus leaves the control: the field validates on blur (and on input after that). */
  onBlur: () => void;
  /**
   * A control that is a group (radio group, checkbox group, segmented date field) calls this during
   * setup; the field then renders its label as plain text named by id instead of `<label for>`.
   */
  markAsGroup: () => void;
  /**
   * A control with checks of its own (ID number, phone number, date range) reports its message here,
   * so the field shows one message in one place; null clears it.
   */
  setControlError: (message: string | null) => void;
}

export const FW_FORM_FIELD: InjectionKey<FwFormFieldContext | null> = Symbol('fw-form-field');

/** The surrounding FwFormField's context, or null when the control is used on its own. */
export function useFormFieldContext(): FwFormFieldContext | null {
  return inject(FW_FORM_FIELD, null);
}

/**
 * Hides a surrounding field from the components below: a group whose items are controls of their
 * own (the checkboxes of FwCheckboxGroup) must not all take the field's id.
 */
export function isolateFormField(): void {
  provide(FW_FORM_FIELD, null);
}
