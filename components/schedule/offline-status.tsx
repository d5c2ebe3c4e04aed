"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, useSyncExternalStore } from "react";

function subscribeOnline(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

const noSubscription = () => () => {};
// public/sw.js marks the copy it serves when the network failed.
const isSavedCopy = () => document.querySelector('meta[name="passerelle-saved-copy"]') !== null;

/** The built files this page loaded, for the service worker to keep. */
function pageAssets(): string[] {
  const urls = new Set<string>();
  for (const entry of performance.getEntriesByType("resource")) urls.add(entry.name);
  document.querySelectorAll<HTMLScriptElement>("script[src]").forEach((s) => urls.add(s.src));
  document.querySelectorAll<HTMLLinkElement>("link[href]").forEach((l) => urls.add(l.href));
  return [...urls].filter((u) => new URL(u, location.href).pathname.startsWith("/_next/static/"));
}

/**
 * Registers the service worker that keeps this page for offline use, says when it is kept,
 * and tells the reader when they look at a saved copy. `time` is when the server drew the
 * page, in the forum's zone: on a saved copy, that is when it was saved.
 */
export function OfflineStatus({ time, zone }: { time: string; zone: string }) {
  const t = useTranslations("schedule.offline");
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const savedCopy = useSyncExternalStore(noSubscription, isSavedCopy, () => false);
  const [kept, setKept] = useState(false);

  useEffect(() => {
    if (!("serviceWorker" in navigator) || !navigator.onLine || isSavedCopy()) return;
    let current = true;
    // The worker keeps the pages it serves itself. It did not serve this one on a first visit
    // (before it took control) nor after an in-app navigation: then it fetches it once to keep it.
    const loaded = performance.getEntriesByType("navigation")[0];
    const servedByWorker = navigator.serviceWorker.controller !== null && loaded?.name === location.href;
    const page = servedByWorker ? null : location.pathname + location.search;
    navigator.serviceWorker
      .register("/sw.js", { scope: "/" })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event: MessageEvent<{ ok?: boolean }>) => {
          if (current && event.data?.ok) setKept(true);
        };
        registration.active?.postMessage({ type: "save", page, assets: pageAssets() }, [channel.port2]);
      })
      .catch(() => {
        // Without a worker the page still works online; nothing to tell.
      });
    return () => {
      current = false;
    };
  }, []);

  const notice = !online ? t("notice", { time, zone }) : savedCopy ? t("savedCopy", { time, zone }) : "";
  return (
    <div className="flex flex-col gap-2">
      <div
        role="status"
        className={notice ? "rounded-lg border-2 border-amber-700 bg-amber-50 p-3 text-base font-semibold text-amber-950" : "sr-only"}
      >
        {notice}
      </div>
      {kept && online && !savedCopy && <p className="text-sm text-slate-800">{t("ready")}</p>}
    </div>
  );
}
