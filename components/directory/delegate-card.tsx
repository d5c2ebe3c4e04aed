import Image from "next/image";
import type { CompanyPageDelegate } from "@/db/company-page";

/** A delegate on a company page: photo (or initials), name, job title, languages spoken. */
export function DelegateCard({ delegate, languages, photoAlt }: { delegate: CompanyPageDelegate; languages: string; photoAlt: string }) {
  const initials = delegate.fullName
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
  return (
    <div className="flex items-start gap-3">
      {delegate.photoVersion ? (
        <Image
          src={`/photos/${delegate.id}?v=${delegate.photoVersion}`}
          alt={photoAlt}
          width={56}
          height={56}
          unoptimized
          className="size-14 shrink-0 rounded-full object-cover"
        />
      ) : (
        <span aria-hidden="true" className="flex size-14 shrink-0 items-center justify-center rounded-full bg-emerald-100 text-lg font-bold text-emerald-950">
          {initials}
        </span>
      )}
      <div>
        <p dir="auto" className="text-start font-semibold">
          {delegate.fullName}
        </p>
        {delegate.jobTitle && (
          <p dir="auto" className="text-start text-slate-700">
            {delegate.jobTitle}
          </p>
        )}
        {languages && <p className="text-sm text-slate-700">{languages}</p>}
      </div>
    </div>
  );
}
