import { computed, onBeforeUnmount, useAttrs, useId, watch, type Ref } from 'vue';
import { useFormFieldContext } from '../components/form-field/context.js';

/*
 * The wiring every form control repeats between itself and a surrounding FwFormField: which id it
 * takes, what names it, whether it is invalid or required, what it tells the field when focus leaves,
 * and where the message of its own check goes. It lives here, once, so that no control drifts from
 * the others in what screen readers hear or in when the field validates.
 */

/** Ids joined for aria-describedby, empty ones dropped; undefined (no attribute at all) when none is left. */
export function joinIds(...ids: Array<string | false | null | undefined>): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** The props of a control that the wiring reads (all optional: a control declares those it has). */
export interface FieldControlProps {
  id?: string;
  invalid?: boolean;
  required?: boolean;
}

export interface FieldControlOptions {
  /** The end of the generated id when neither the `id` prop nor a field gives one: `${uid}-${idSuffix}`. */
  idSuffix?: string;
  /**
   * The control is a group (radio group, checkbox group, date segments, upload area): the field then
   * names it by its label's id instead of `<label for>`.
   */
  group?: boolean;
  /** The component's own `blur` emit, called by `onBlur` before the field is told. */
  emitBlur?: (event: FocusEvent) => void;
  /**
   * The message of a check the control makes itself (ID number, phone number, date range), or null.
   * Inside a field the field shows it, so that there is one message in one place; on its own the
   * control shows it under itself (`ownError`, with the id `errorId`).
   */
  error?: Ref<string | null>;
}

export function useFieldControl(props: FieldControlProps, options: FieldControlOptions = {}) {
  const field = useFormFieldContext();
  if (options.group) field?.markAsGroup();
  const uid = useId();

  /** The id of the focusable element: the prop, else the field's (its label points there), else generated. */
  const controlId = computed(() => props.id ?? field?.id.value ?? `${uid}-${options.idSuffix ?? 'control'}`);
  /** What names the control: the field's label inside a field, else the control's own label element. */
  const labelId = computed(() => field?.labelId.value ?? `${uid}-label`);
  const invalid = computed(() => Boolean(props.invalid) || Boolean(field?.invalid.value));
  const required = computed(() => Boolean(props.required) || Boolean(field?.required.value));

  const errorId = `${uid}-error`;
  const message = options.error;
  if (message) {
    watch(message, (value) => field?.setControlError(value), { immediate: true });
    onBeforeUnmount(() => field?.setControlError(null));
  }
  const ownError = computed(() => (field ? null : (message?.value ?? null)));
  /** `errorId` while the control shows its own message (for its aria-describedby), else undefined. */
  const ownErrorId = computed(() => (ownError.value ? errorId : undefined));

  /** Focus left the control: the field validates on blur (and on every change after that). */
  function onBlur(event: FocusEvent) {
    options.emitBlur?.(event);
    field?.onBlur();
  }

  /** For a group, put on its root's focusout: only focus leaving the whole group is a blur. */
  function onGroupFocusout(event: FocusEvent) {
    const root = event.currentTarget as HTMLElement;
    if (!root.contains(event.relatedTarget as Node | null)) field?.onBlur();
  }

  return { field, uid, controlId, labelId, invalid, required, errorId, ownError, ownErrorId, onBlur, onGroupFocusout };
}

/**
 * For a control whose root is a wrapper (`inheritAttrs: false`): class and style go on the wrapper,
 * every other attribute (aria-*, data-*, listeners…) on the real input element.
 */
export function useControlAttrs() {
  const attrs = useAttrs();
  const rootAttrs = computed(() => ({ class: attrs.class, style: attrs.style }));
  const controlAttrs = computed(() => {
    const { class: _class, style: _style, ...rest } = attrs;
    return rest;
  });
  return { attrs, rootAttrs, controlAttrs };
}
