import { toString as qrString } from 'qrcode';

/**
 * A QR code of a link as SVG, for a poster: black on white with a quiet zone, medium error
 * correction (survives a crease or a bit of tape), and a title for screen readers.
 */
export async function qrSvg(url: string): Promise<string> {
  const svg = await qrString(url, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });
  return svg.replace('<svg ', '<svg role="img" aria-label="QR code of the link to send input to this board" ');
}
