import { expect } from '@open-wc/testing';
import { defineOnce, VERSION } from '../../src/internal/define.js';
import '../../src/leader-roster.js';

describe('defineOnce', () => {
  it('keeps the first definition and warns once, naming both versions, when a tag is taken', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const first = customElements.get('summit-leader-roster');
      expect(() => defineOnce('summit-leader-roster', class extends HTMLElement {})).not.to.throw();
      expect(() => defineOnce('summit-leader-roster', class extends HTMLElement {})).not.to.throw();
      expect(customElements.get('summit-leader-roster')).to.equal(first);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0]))
        .to.contain(`summit-widgets ${VERSION}`)
        .and.contain(`by summit-widgets ${VERSION}`);
    } finally {
      console.warn = warn;
    }
  });

  it('defines a new tag normally and ignores a repeat of the same class', () => {
    class Probe extends HTMLElement {}
    defineOnce('summit-define-probe', Probe);
    defineOnce('summit-define-probe', Probe);
    expect(customElements.get('summit-define-probe')).to.equal(Probe);
  });
});
