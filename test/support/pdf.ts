// The text of a PDF that pdfkit wrote (standard fonts, deflated content streams), enough to check
// what a printed document says. Each text run is hex-encoded; lines come one after another.
import { inflateSync } from 'node:zlib';

export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  let text = '';
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const line of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      for (const hex of (line[1] ?? '').matchAll(/<([0-9a-fA-F]+)>/g)) {
        text += Buffer.from(hex[1] ?? '', 'hex').toString('latin1');
      }
      text += '\n';
    }
  }
  return text;
}
