import { expect, waitUntil } from '@open-wc/testing';

/**
 * A page streamed in parts, the library loaded `async` (it runs while the page is parsed): a widget upgraded before
 * its inline JSON has all arrived waits for it, loading, rather than failing on the part it has ("Unterminated
 * string") or saying it has no data. The page is the test server's /test-stream (web-test-runner.config.mjs).
 */
describe('a page still arriving', () => {
  it('waits for the rest of the inline JSON, with no error and no "No summit data"', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test-stream';
    frame.style.width = '800px';
    document.body.append(frame);
    try {
      type Probe = Window & { errors?: string[]; midway?: { after: boolean; roster: string; card: string } };
      const win = () => frame.contentWindow as Probe;
      const shown = (tag: string) =>
        win().document?.querySelector(tag)?.shadowRoot?.querySelectorAll('button.leader, blockquote').length ?? 0;
      await waitUntil(() => win().midway, 'the library drew the roster', { timeout: 10000 });
      // It ran while the page was arriving (else this test would prove nothing), and said it was loading.
      expect(win().midway!.after, 'drawn before the rest of the page arrived').to.equal(false);
      expect(win().midway!.roster).to.contain('Loading summit data');
      // A provider whose dataset has all arrived draws its widgets while the article around them is still arriving.
      expect(win().midway!.card).to.contain('Central Asia + Japan');
      await waitUntil(() => shown('summit-leader-roster') === 6 && shown('summit-quote') > 0, 'both drawn', {
        timeout: 10000,
      });
      expect(win().errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
