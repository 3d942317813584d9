import { computed } from 'vue';

/** The FwInput props that an input built on FwInput (FwIdInput, FwPhoneInput) takes and passes on as they are. */
export interface FwForwardedInputProps {
  id?: string;
  /** Visible label when the input is used without FwFormField. */
  label?: string;
  placeholder?: string;
  disabled?: boolean;
  readonly?: boolean;
  required?: boolean;
  name?: string;
}

/**
 * Those props, for `v-bind` on the inner FwInput: one list, so that a prop added to both wrappers
 * cannot be forwarded by one and forgotten by the other. Internal: not exported from the package.
 */
export function useForwardedInputProps(props: FwForwardedInputProps) {
  return computed(() => ({
    id: props.id,
    label: props.label,
    placeholder: props.placeholder,
    disabled: props.disabled,
    readonly: props.readonly,
    required: props.required,
    name: props.name,
  }));
}
