import { html } from 'lit';

/**
 * The nearest `lang` at or above `node`, across shadow roots: what the page's dates and its font
 * fallback follow; '' where the nearest is `lang=""`, which says the language is unknown. No `instanceof` and no
 * `lang` property: the server-side DOM shim has neither `ShadowRoot` nor `lang`, only attributes (and no parents:
 * there it is the element's own or none).
 */
export function nearestLang(node: Node | null): string | undefined {
  for (; node; node = node.nodeType === 11 ? (node as ShadowRoot).host : node.parentNode) {
    const lang = 'getAttribute' in node ? (node as Element).getAttribute('lang') : null;
    if (lang !== null) return lang.trim();
  }
  return undefined;
}

/** Scripts written right to left, and languages written so by default (unless a script subtag says otherwise). */
const RTL_SCRIPT = /^(arab|hebr|syrc|thaa|nkoo|adlm|rohg|mand|samr|mend|yezi)$/;
const RTL_LANGUAGE = /^(ar|arc|azb|bal|ckb|dv|fa|glk|he|iw|ji|khw|ks|lrc|mzn|nqo|pnb|prs|ps|sd|syr|ug|ur|yi)$/;

/** The direction a language is written in: "rtl" for "ar", "fa-IR" or "ku-Arab", else "ltr". */
export function directionOf(tag: string): 'rtl' | 'ltr' {
  const [language = '', ...subtags] = tag.toLowerCase().split('-');
  const script = subtags.find((s) => s.length === 4 && /^[a-z]+$/.test(s));
  return (script ? RTL_SCRIPT.test(script) : RTL_LANGUAGE.test(language)) ? 'rtl' : 'ltr';
}

/**
 * The comma between two parts of a dataset's own text (a city and its country, an office and its country) where the
 * dataset's language writes its own, "،" in Arabic script; undefined where our words' comma serves.
 */
export function dataComma(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const [language = '', ...subtags] = tag.toLowerCase().split('-');
  const script = subtags.find((s) => s.length === 4 && /^[a-z]+$/.test(s));
  return (script ? script === 'arab' : /^(ar|fa|ur|ps|sd|ug|ckb)$/.test(language)) ? '، ' : undefined;
}

/** A language tag's language, without script or region: "ja" for "ja-JP". */
export const primary = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/**
 * Text from the dataset that fills its element (a headline, a name), in a span marked with its language: a screen
 * reader then voices an English name as English on a Japanese page. No `dir` here: the element around takes its
 * direction from this text (`dir="auto"` skips children with a `dir`). Dataset text inside our own words is isolated
 * instead (`<span lang dir="auto">`).
 */
export const inLang = (lang: string | undefined, text: unknown): unknown =>
  lang === undefined ? text : html`<span lang=${lang}>${text}</span>`;
