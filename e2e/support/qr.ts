import { readFile } from "node:fs/promises";
import type { Locator } from "@playwright/test";
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";

let ready: Promise<unknown> | null = null;

/**
 * Reads the QR code a locator shows, from a screenshot, with the check-in desk's own decoder
 * (ZXing-C++ in WebAssembly): it finds the code in the picture as it does in a camera's.
 */
export async function readQrCode(locator: Locator): Promise<string> {
  ready ??= readFile(require.resolve("zxing-wasm/reader/zxing_reader.wasm")).then((wasm) =>
    prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) }, fireImmediately: true }),
  );
  await ready;
  const [code] = await readBarcodes(await locator.screenshot(), { formats: ["QRCode"] });
  if (!code?.isValid) throw new Error("no QR code in the picture");
  return code.text;
}
