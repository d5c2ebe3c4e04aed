"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

type Controls = { stop: () => void };

/**
 * Reads a QR code with the phone's camera. The decoder (ZXing) is loaded only when the desk
 * starts the camera, so the page stays light for those who type or search.
 */
export function QrScanner({ onCode }: { onCode: (text: string) => void }) {
  const t = useTranslations("checkIn");
  const video = useRef<HTMLVideoElement>(null);
  const controls = useRef<Controls | null>(null);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const stop = () => {
    controls.current?.stop();
    controls.current = null;
    setRunning(false);
  };
  useEffect(() => () => controls.current?.stop(), []);

  async function start() {
    setProblem(null);
    if (!navigator.mediaDevices?.getUserMedia || !video.current) {
      setProblem(t("cameraUnavailable"));
      return;
    }
    try {
      const { BrowserQRCodeReader } = await import("@zxing/browser");
      const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
      setRunning(true);
      controls.current = await reader.decodeFromConstraints({ video: { facingMode: "environment" } }, video.current, (result, _error, scan) => {
        if (!result) return;
        scan.stop();
        controls.current = null;
        setRunning(false);
        onCode(result.getText());
      });
    } catch {
      setRunning(false);
      setProblem(t("cameraUnavailable"));
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <video ref={video} muted playsInline aria-label={t("cameraView")} className={running ? "aspect-square w-full max-w-sm rounded-lg bg-black object-cover" : "hidden"} />
      {running ? (
        <Button variant="secondary" onClick={stop}>
          {t("stopCamera")}
        </Button>
      ) : (
        <Button onClick={start}>{t("startCamera")}</Button>
      )}
      {problem && (
        <p role="alert" className="rounded-lg border border-amber-400 bg-amber-50 p-2 font-medium text-amber-950">
          {problem}
        </p>
      )}
    </div>
  );
}
