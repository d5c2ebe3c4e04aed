import { BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from "@zxing/library";
import type { Locator } from "@playwright/test";
import { PNG } from "pngjs";

/**
 * Reads the QR code a locator shows, from a screenshot of its pixels. The screenshot is the
 * code alone, upright, so it is read as a pure barcode: ZXing's finder-pattern detector,
 * which a camera's picture needs, misses about one code in fifteen of these clean
 * screenshots (measured on 300 random badge codes; the pure reading missed none), and a
 * journey must not fail on the badge's random nonce.
 */
export async function readQrCode(locator: Locator): Promise<string> {
  const png = PNG.sync.read(await locator.screenshot());
  const luminance = new Uint8ClampedArray(png.width * png.height);
  for (let i = 0; i < luminance.length; i++) {
    const [r, g, b] = [png.data[i * 4]!, png.data[i * 4 + 1]!, png.data[i * 4 + 2]!];
    luminance[i] = (r * 299 + g * 587 + b * 114) / 1000;
  }
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, png.width, png.height)));
  return new QRCodeReader().decode(bitmap, new Map([[DecodeHintType.PURE_BARCODE, true]])).getText();
}
