import type { RawCatalogue } from '@gov-disclosure/sdk';
import { bodyOf, reportsIndex } from '@gov-disclosure/sdk/report';

/** A minimal valid one-page PDF, so that demo attachments download as real files. */
function pdf(title: string): string {
  const stream = `BT /F1 18 Tf 72 720 Td (${title}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${body}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

function page(title: string, paragraphs: string[]): string {
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><style>body{max-width:40em;margin:0 auto;padding:1em;font:1.0625rem/1.7 system-ui,sans-serif;overflow-wrap:anywhere}h1{font-size:1.4em}</style><body><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}<p>（演示数据）</p></body></html>`;
}

/** The pages the demo catalogue links to: policy texts, interpretations, guides, attachments. */
export function staticPages(catalogue: RawCatalogue): Map<string, string> {
  const files = new Map<string, string>();
  for (let i = 0; i < 10; i++) files.set(`files/attachment-${i}.pdf`, pdf(`Demo attachment ${i}`));
  for (const policy of catalogue.policies ?? []) {
    files.set(policy.url, page(policy.title, [`${policy.issuer ?? ''} ${policy.docNo ?? ''}`, `发布日期：${policy.publishedAt}`]));
    if (policy.interpretation) files.set(policy.interpretation.url, page(policy.interpretation.title, [`对《${policy.title}》的解读。`]));
  }
  const name = catalogue.jurisdiction.name;
  const links = catalogue.links ?? {};
  const titles = { guide: '政府信息公开指南', rules: '政府信息公开制度', statutory: '法定主动公开内容' } as const;
  for (const [key, title] of Object.entries(titles)) {
    const url = links[key as keyof typeof titles];
    if (url) files.set(url, page(`${name}${title}`, [`${name}${title}。`]));
  }
  // Until the server publishes a year's report there, the list says none is published yet.
  if (links.annualReports) files.set(links.annualReports, reportsIndex(bodyOf(name), []));
  return files;
}
