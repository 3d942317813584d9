/**
 * One option of FwRadioGroup or FwCheckboxGroup, public as FwRadioOption and FwCheckboxOption. One
 * shape for both so that a module can switch a question between one and several answers without
 * rewriting its options.
 */
export interface FwChoiceOption {
  value: string;
  label: string;
  /** A second line that explains the choice (read as the option's description). */
  description?: string;
  disabled?: boolean;
}

/** The props of FwRadioGroup and FwCheckboxGroup: the same API whether one answer is allowed or several. */
export interface FwChoiceGroupProps {
  options: FwChoiceOption[];
  /** The question, shown above the options; not needed inside FwFormField, whose label names the group. */
  legend?: string;
  orientation?: 'vertical' | 'horizontal';
  disabled?: boolean;
  required?: boolean;
  invalid?: boolean;
  /** Ids of an extra description (a hint, an error shown elsewhere) when used without FwFormField. */
  describedby?: string;
}
