import { useId, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

// Fieldsets and selects size to their content by default: min-w-0 and w-full keep a long
// sector name from pushing the form off a phone's screen.
const control =
  "min-h-11 w-full min-w-0 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-500 aria-invalid:border-red-700";

function Described({ id, hint, errors }: { id: string; hint?: string; errors?: string[] }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

const describedBy = (id: string, hint?: string, errors?: string[]) =>
  [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  name: string;
  /** The choices; grouped ones (<optgroup>) come as children instead. */
  options?: readonly { value: string; label: string }[];
  /** A first choice, valued "", that means none or any. */
  emptyOption?: string;
  errors?: string[];
  hint?: string;
}

interface ControlTies {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/** A control under its visible label, its hint and errors after it and tied to it for screen readers. */
function Labelled({ label, hint, errors, className, control: render }: {
  label: string;
  hint?: string;
  errors?: string[];
  className: string;
  control: (ties: ControlTies) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="font-medium text-slate-900">
        {label}
      </label>
      {render({ id, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy(id, hint, errors) })}
      <Described id={id} hint={hint} errors={errors} />
    </div>
  );
}

/** A select with its visible label; a hint and errors as for every field. */
export function SelectField({ label, options, emptyOption, errors, hint, className = "", children, ...props }: SelectFieldProps) {
  return (
    <Labelled
      label={label}
      hint={hint}
      errors={errors}
      className={className}
      control={(ties) => (
        // Keyed on its default: a form action resets a form to its defaults, and a select, unlike
        // a text field, keeps the default it was first given; the value sent back after an error
        // (or saved) takes effect only in a new one.
        <select key={String(props.defaultValue ?? "")} {...ties} className={control} {...props}>
          {emptyOption !== undefined && <option value="">{emptyOption}</option>}
          {options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {children}
        </select>
      )}
    />
  );
}

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
}

export function TextAreaField({ label, errors, hint, className = "", ...props }: TextAreaFieldProps) {
  return <Labelled label={label} hint={hint} errors={errors} className={className} control={(ties) => <textarea {...ties} className={control} {...props} />} />;
}

/** A group of checkboxes, one name per choice ("sectors.energy"), under a fieldset and legend. */
export function CheckboxGroup({
  legend,
  name,
  options,
  checked,
  errors,
  hint,
  children,
}: {
  legend: string;
  name: string;
  options: readonly { value: string; label: string; lang?: string }[];
  checked: (value: string) => boolean;
  errors?: string[];
  hint?: string;
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset className="flex min-w-0 flex-col gap-1" aria-describedby={describedBy(id, hint, errors)}>
      <legend className="font-medium text-slate-900">{legend}</legend>
      <Described id={id} hint={hint} errors={errors} />
      <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-3 py-1">
            <input
              type="checkbox"
              name={`${name}.${option.value}`}
              defaultChecked={checked(option.value)}
              className="size-5 shrink-0 accent-emerald-800"
            />
            <span lang={option.lang}>{option.label}</span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
