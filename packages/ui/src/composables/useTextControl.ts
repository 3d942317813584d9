import { computed, type Ref } from 'vue';
import { useCharacterCount } from './useCharacterCount.js';
import { joinIds, useControlAttrs, useFieldControl, type FieldControlProps } from './useFieldControl.js';

/** The props FwInput and FwTextarea share and hand to their native element. */
export interface TextControlProps extends FieldControlProps {
  /** Visible label when the control is used without FwFormField. */
  label?: string;
  placeholder?: string;
  /** Native limit plus a counter under the control. */
  maxlength?: number;
  disabled?: boolean;
  readonly?: boolean;
  name?: string;
  /** Extra ids for aria-describedby (added to the field's). */
  describedby?: string;
}

/**
 * FwInput and FwTextarea are one control with two native elements (<input>, <textarea>): the same props
 * reach the element, with the same field wiring (id, aria-invalid, aria-required, aria-describedby with
 * the field's hint and error and the counter) and the same blur and focus events. This builds all of
 * that once; each component binds `bindings` on its element and adds what is its own (type, rows…).
 */
export function useTextControl(
  props: TextControlProps,
  model: Ref<string | undefined>,
  options: { idSuffix: string; emitBlur: (event: FocusEvent) => void; emitFocus: (event: FocusEvent) => void },
) {
  const control = useFieldControl(props, { idSuffix: options.idSuffix, emitBlur: options.emitBlur });
  const { attrs, rootAttrs, controlAttrs } = useControlAttrs();
  const value = computed(() => model.value ?? '');
  const counter = useCharacterCount(value, () => props.maxlength, control.uid);
  const describedBy = computed(() => joinIds(control.field?.describedBy.value, props.describedby, counter.counterDescribedBy.value));

  /** For `v-bind` on the native element. The wiring comes after the attributes passed from outside and wins. */
  const bindings = computed(() => ({
    ...controlAttrs.value,
    id: control.controlId.value,
    name: props.name,
    placeholder: props.placeholder,
    maxlength: props.maxlength,
    disabled: props.disabled,
    readonly: props.readonly,
    // Absent rather than 'false' when not invalid or required.
    'aria-invalid': control.invalid.value ? ('true' as const) : undefined,
    'aria-required': control.required.value ? ('true' as const) : undefined,
    'aria-describedby': describedBy.value,
    onBlur: control.onBlur,
    onFocus: options.emitFocus,
  }));

  return { ...control, ...counter, attrs, rootAttrs, value, bindings };
}
