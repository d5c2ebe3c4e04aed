import { readFile } from "node:fs/promises";
import path from "node:path";

// The desk's QR decoder (ZXing-C++ compiled to WebAssembly) served by the forum's own server:
// no third-party CDN at the venue's door, and the same version as the code that loads it.
// Read at build time from the installed package (a bundler would take the file for a module).
export const dynamic = "force-static";

export async function GET() {
  const file = path.join(process.cwd(), "node_modules", "zxing-wasm", "dist", "reader", "zxing_reader.wasm");
  return new Response(new Uint8Array(await readFile(file)), {
    headers: {
      "Content-Type": "application/wasm",
      // The address carries the decoder's version (components/dayof/qr-scanner.tsx).
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
