import QRCode from "qrcode";

/** The badge's code as a QR code, drawn on the server as SVG: no script, sharp when printed. */
export async function BadgeQr({ code, label, size = 220 }: { code: string; label: string; size?: number }) {
  const svg = await QRCode.toString(code, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  // The SVG is made here from our own code, never from user input.
  return <div role="img" aria-label={label} className="badge-qr" style={{ width: size, height: size }} dangerouslySetInnerHTML={{ __html: svg }} />;
}
