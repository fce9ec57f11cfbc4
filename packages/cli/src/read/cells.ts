/** Reading one cell of a published table: ticks (√ ■ ●), ticked lists, ●必选/〇可选 elements, dates. */
/** Whether a cell is a tick: √ ✓ ■ ● 是 有 Y (and not □ × 否). */
export function isTicked(cell: string): boolean {
  const text = cell.trim();
  return text !== '' && !/^[□×✗xX否无-]+$/.test(text) && /^[√✓✔■●☑是有yY1]/.test(text);
}

/** "■政府网站 □政府公报 ■两微一端" → the ticked terms; a list without boxes is taken whole. */
export function tickedTerms(cell: string): string {
  if (!/[■□☑☐]/.test(cell)) return cell;
  return [...cell.matchAll(/[■☑]\s*([^■□☑☐]+)/g)].map((m) => m[1]!.trim()).join(' ');
}

/** "●随迁子女入学办法、〇联系方式" → elements, required unless marked 〇/○ or 可选. */
export function elementsOf(cell: string): { name: string; required: boolean }[] {
  return cell
    .split(/[、，,；;\n]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const optional = /^[〇○◯]/.test(part) || /[（(]?可选[）)]?$/.test(part);
      const name = part
        .replace(/^[●〇○◯•·]\s*/, '')
        .replace(/[（(]?(必选|可选)[）)]?$/, '')
        .trim();
      return { name, required: !optional };
    })
    .filter((e) => e.name);
}

/** 2026-01-02, 2026/1/2, 2026.1.2, 2026年1月2日 → 2026-01-02. */
export function dateOf(cell: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/.exec(cell.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}
