/** The form-level message; a live region so screen readers hear it when it appears. */
export function FormAlert({ message, id }: { message?: string; id?: string }) {
  return (
    <div id={id} role="alert" data-testid="form-alert" className={message ? "rounded-lg border border-red-300 bg-red-50 p-3 font-medium text-red-900" : "sr-only"}>
      {message}
    </div>
  );
}
