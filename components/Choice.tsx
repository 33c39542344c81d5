/** A labelled <select> over string values, for filters, sorts and bulk actions. */
interface ChoiceProps<Value extends string> {
  label: string;
  value: Value | undefined;
  /** The label of the empty choice (value undefined: no filter, no action yet), if any. */
  any?: string;
  options: Array<[Value, string]>;
  onChange(value: Value | undefined): void;
  class?: string;
}

export function Choice<Value extends string>({
  label,
  value,
  any,
  options,
  onChange,
  class: className,
}: ChoiceProps<Value>) {
  return (
    <select
      class={className}
      aria-label={label}
      value={value ?? ''}
      onChange={(event) =>
        onChange(((event.target as HTMLSelectElement).value || undefined) as Value | undefined)
      }
    >
      {any !== undefined && <option value="">{any}</option>}
      {options.map(([optionValue, optionLabel]) => (
        <option key={optionValue} value={optionValue}>
          {optionLabel}
        </option>
      ))}
    </select>
  );
}
