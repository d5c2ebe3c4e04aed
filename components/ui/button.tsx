import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "ghost";

const variants: Record<Variant, string> = {
  primary: "bg-emerald-800 text-white hover:bg-emerald-900 disabled:bg-emerald-800/60",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
  ghost: "text-emerald-900 underline-offset-4 hover:underline",
};

export function buttonClasses(variant: Variant = "primary", extra = ""): string {
  return [
    "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 text-base font-semibold",
    "focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500",
    "disabled:cursor-not-allowed",
    variants[variant],
    extra,
  ].join(" ");
}

export function Button({
  variant = "primary",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type={type} className={buttonClasses(variant, className)} {...props} />;
}
