/**
 * Writing HTML as text, safely: `html` escapes every value put into it, except markup made by
 * `html` itself (or by `trusted`, for text a sanitiser has already made safe). Arrays are joined.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as it may stand in HTML, in text or in a quoted attribute. */
export const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Markup that is already safe (made by `html`, or by the sanitiser). */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** Text a sanitiser has made safe, to be put in as it is. */
export const trusted = (text: string): Markup => new Markup(text);

type Value = string | number | Markup | undefined | null | false | readonly Value[];

const render = (value: Value): string => {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escape(String(value));
};

/** A template of HTML whose values are escaped. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new Markup(out);
}
