"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/** What the desk needs of the Barcode Detection API, native or not. */
interface QrDetector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type Controls = { stop: () => void };

const SCAN_EVERY_MS = 150;

let detector: Promise<QrDetector> | null = null;

/**
 * The phone's own barcode detector where it reads QR codes (Android's), else ZXing-C++ in
 * WebAssembly behind the same API, served from this server. Both read the badges ZXing's
 * JavaScript port misses (it fails on a few in a hundred clean codes).
 */
function qrDetector(): Promise<QrDetector> {
  // One per page: telling the decoder where its file is again would make it load it again.
  detector ??= makeQrDetector().catch((error: unknown) => {
    detector = null;
    throw error;
  });
  return detector;
}

async function makeQrDetector(): Promise<QrDetector> {
  const native = (globalThis as { BarcodeDetector?: { new (options: { formats: string[] }): QrDetector; getSupportedFormats(): Promise<string[]> } }).BarcodeDetector;
  if (native && (await native.getSupportedFormats().catch((): string[] => [])).includes("qr_code")) return new native({ formats: ["qr_code"] });
  const { BarcodeDetector, prepareZXingModule, ZXING_WASM_VERSION } = await import("barcode-detector/ponyfill");
  // Loaded now, with the camera: a decoder that cannot load says so, rather than a camera that never reads.
  await prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith(".wasm") ? `/scanner/zxing-reader.wasm?v=${ZXING_WASM_VERSION}` : prefix + path) },
    fireImmediately: true,
  });
  return new BarcodeDetector({ formats: ["qr_code"] });
}

/**
 * Reads a QR code with the phone's camera. The decoder is loaded only when the desk starts
 * the camera, so the page stays light for those who type or search.
 */
export function QrScanner({ onCode }: { onCode: (text: string) => void }) {
  const t = useTranslations("checkIn");
  const video = useRef<HTMLVideoElement>(null);
  const controls = useRef<Controls | null>(null);
  const opening = useRef(false);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const stop = () => {
    controls.current?.stop();
    controls.current = null;
    setRunning(false);
  };
  useEffect(() => () => controls.current?.stop(), []);

  async function start() {
    // A second tap while the camera opens would open it twice.
    if (opening.current) return;
    opening.current = true;
    try {
      await open();
    } finally {
      opening.current = false;
    }
  }

  async function open() {
    setProblem(null);
    const view = video.current;
    if (!navigator.mediaDevices?.getUserMedia || !view) {
      setProblem(t("cameraUnavailable"));
      return;
    }
    // Both at once; whichever fails, a camera that did open is closed again.
    const [loaded, opened] = await Promise.allSettled([qrDetector(), navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } })]);
    const camera = opened.status === "fulfilled" ? opened.value : null;
    let playing = false;
    if (loaded.status === "fulfilled" && camera) {
      view.srcObject = camera;
      playing = await view.play().then(
        () => true,
        () => false,
      );
    }
    if (loaded.status === "rejected" || !camera || !playing) {
      camera?.getTracks().forEach((track) => track.stop());
      view.srcObject = null;
      setProblem(t("cameraUnavailable"));
      return;
    }
    const reader = loaded.value;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    controls.current = {
      stop: () => {
        stopped = true;
        clearTimeout(timer);
        camera.getTracks().forEach((track) => track.stop());
        view.srcObject = null;
      },
    };
    setRunning(true);
    const scan = async () => {
      if (stopped) return;
      // A frame the decoder cannot read yet (the camera still starting) is simply the next try.
      const found = view.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA ? await reader.detect(view).catch(() => []) : [];
      if (stopped) return;
      const text = found.find((code) => code.rawValue)?.rawValue;
      if (text) {
        stop();
        onCode(text);
        return;
      }
      timer = setTimeout(scan, SCAN_EVERY_MS);
    };
    void scan();
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
