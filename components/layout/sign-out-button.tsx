import { signOutAction } from "@/lib/auth/sign-out";

export function SignOutButton({ locale, label }: { locale: string; label: string }) {
  return (
    <form action={signOutAction}>
      <input type="hidden" name="locale" value={locale} />
      <button
        type="submit"
        className="inline-flex min-h-11 items-center rounded px-2 font-medium text-emerald-950 hover:underline focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-500"
      >
        {label}
      </button>
    </form>
  );
}
