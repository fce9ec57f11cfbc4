import { svg, type SVGTemplateResult } from 'lit';

/**
 * A QR code of `text` as an SVG path, for printed notices and kiosks (扫一扫 → the item's page).
 * The encoder (lean-qr, 3.6 KB) loads on first use.
 */
export async function qrPath(text: string): Promise<{ size: number; path: string }> {
  const { generate } = await import('lean-qr');
  const code = generate(text);
  let path = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) path += `M${x} ${y}h1v1h-1z`;
  }
  return { size: code.size, path };
}

/** The SVG of a QR path with a 4-module quiet zone. */
export function qrSvg({ size, path }: { size: number; path: string }, label: string): SVGTemplateResult {
  const box = size + 8;
  return svg`<svg viewBox="-4 -4 ${box} ${box}" role="img" aria-label=${label} shape-rendering="crispEdges"><rect x="-4" y="-4" width=${box} height=${box} fill="#fff"></rect><path d=${path} fill="#000"></path></svg>`;
}
