/**
 * Removes the saved copy of "my schedule" from this device, for a sign-out button to call on
 * a shared phone or laptop (the service worker also drops it when the schedule answers with a
 * redirect to sign-in).
 */
export async function forgetOfflineCopies(): Promise<void> {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration("/");
  registration?.active?.postMessage({ type: "forget" });
}
