/**
 * The check of a theme's colours: where the colours a widget is drawn in are under the contrast WCAG asks (a brand's
 * accent on its background, a light grey for muted text), the console says which pair, its ratio and what to change.
 * Nothing else would: the output is silently hard to read.
 */

/** Each colour the check reads, in a property of its probe. */
const READ = {
  color: '--_fg',
  'background-color': '--_bg',
  'border-top-color': '--_muted',
  'border-right-color': '--_accent',
  'border-bottom-color': '--_accent-fg',
  'border-left-color': '--_focus',
} as const;
type Token = (typeof READ)[keyof typeof READ];

/** [colour, against, ratio WCAG asks, what it is, the property that sets it]. */
const PAIRS: readonly [Token, Token, number, string, string][] = [
  ['--_fg', '--_bg', 4.5, 'text', '--summit-color-text'],
  ['--_muted', '--_bg', 4.5, 'muted text', '--summit-color-muted'],
  ['--_accent', '--_bg', 4.5, 'accent (links, buttons, chosen items)', '--summit-color-accent'],
  ['--_accent-fg', '--_accent', 4.5, 'text on the accent (badges, chosen chips)', '--summit-color-accent-contrast'],
  ['--_focus', '--_bg', 3, 'focus ring', '--summit-color-focus'],
];

/** What was said, once a page. */
const said = new Set<string>();

/** A 1×1 canvas that reads colours, made at the first check. */
let canvas: CanvasRenderingContext2D | null | undefined;

/** [r, g, b, a] of a CSS colour, any syntax, drawn on the canvas. */
function rgba(colour: string, context: CanvasRenderingContext2D): number[] {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#0000';
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data];
}

const luminance = ([r, g, b]: number[]) => {
  const [R, G, B] = [r!, g!, b!].map((v) =>
    v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
};

/**
 * Reads the widget's colours in its shadow root (as its scheme and theme make them) and returns what to say of the pairs
 * under their ratio, or undefined. Translucent colours are passed over: what shows through is the page's affair.
 */
export function paletteWarning(root: ShadowRoot): string | undefined {
  const doc = root.ownerDocument;
  canvas ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!canvas) return undefined;
  const probe = doc.createElement('i');
  probe.hidden = true;
  for (const [property, token] of Object.entries(READ)) probe.style.setProperty(property, `var(${token})`);
  root.append(probe);
  const computed = getComputedStyle(probe);
  const colours = new Map<Token, number[]>();
  for (const [property, token] of Object.entries(READ))
    colours.set(token, rgba(computed.getPropertyValue(property), canvas));
  probe.remove();
  const low = PAIRS.flatMap(([fg, bg, needs, what, fix]) => {
    const [a, b] = [colours.get(fg)!, colours.get(bg)!];
    if (a[3] !== 255 || b[3] !== 255) return [];
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    const ratio = (x! + 0.05) / (y! + 0.05);
    const rgb = (c: number[]) => `rgb(${c.slice(0, 3).join(' ')})`;
    return ratio < needs
      ? [`${what} ${rgb(a)} on ${rgb(b)} is ${ratio.toFixed(2)}:1, under the ${needs}:1 it needs (${fix})`]
      : [];
  });
  const message = low.length ? `colours under the contrast WCAG asks: ${low.join('; ')}` : undefined;
  if (!message || said.has(message)) return undefined;
  said.add(message);
  return message;
}
