import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

type Styles = Readonly<Record<string, string | null | undefined>>;

/**
 * Like Lit's `styleMap`, but every render goes through the CSSOM (`style.setProperty`), including
 * the first: `styleMap` writes its first render as a `style` attribute, which a page with a strict
 * Content-Security-Policy (`style-src 'self'`) blocks. Names are written as in CSS (`margin-block-end`,
 * `--custom`); null or undefined removes a property. Renders nothing on the server.
 */
class InlineStylesDirective extends Directive {
  private readonly values = new Map<string, string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') throw new Error('inlineStyles() belongs in style=');
  }

  render(_styles: Styles) {
    return nothing;
  }

  override update(part: AttributePart, [styles]: [Styles]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.values.keys()) {
      if (styles[name] != null) continue;
      style.removeProperty(name);
      this.values.delete(name);
    }
    for (const [name, value] of Object.entries(styles)) {
      if (value == null || this.values.get(name) === value) continue;
      style.setProperty(name, value);
      this.values.set(name, value);
    }
    return noChange;
  }
}

/** Sets inline styles through the CSSOM only, so a strict Content-Security-Policy allows them. */
export const inlineStyles = directive(InlineStylesDirective);
