import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import real from '../data/central-asia-japan-2025.json';
import { SummitDataChecker } from './check-data.js';
import { pageStyles } from './shared.js';

// Defined here, not in check-data.ts: package.json's sideEffects lists only the library's files, so a bundler drops
// an import made for its side effect alone.
if (!customElements.get('summit-data-checker')) customElements.define('summit-data-checker', SummitDataChecker);

/**
 * For editors: check a dataset of your own before it goes in an article. Paste it (or drop or choose the file): every
 * problem is listed with the path of its field, as `npx summit-widgets validate` lists them, and the five widgets below
 * draw it as a page would. Given the source text files it names (`sources[].file`), chosen or dropped with it or after
 * it, every evidence quote is checked against them word for word, as the CLI checks them; until then the report says
 * the quotes were not checked. It starts with the bundled dataset, to edit.
 */
const meta = {
  title: 'Docs/Check your data',
  // The editor's page keeps their text for the tab (a reload loses nothing); the self-test's mistakes are not kept.
  render: (_, { name }) =>
    html`${pageStyles}
      <h1 class="checker-title">Check your data</h1>
      <p>
        Paste your dataset below, drop its file on the box or choose the file. Every problem is listed with the path of
        its field (as <code>npx summit-widgets validate</code> lists them), and the five widgets draw it as an article
        would. To check every evidence quote word for word against its source, as the command line does, choose or drop
        the source text files the dataset names in <code>sources[].file</code> too (with the dataset, or after it): the
        file names must match. It starts with the bundled example, to edit.
      </p>
      <summit-data-checker
        .text=${JSON.stringify(real, null, 2)}
        .storageKey=${name === 'Check your data' ? 'summit-widgets:check-your-data' : undefined}
      >
        <summit-data .data=${JSON.stringify(real, null, 2)}>
          <div class="summit-story-page">
            <summit-card></summit-card>
            <summit-leader-roster></summit-leader-roster>
            <summit-sector-cloud></summit-sector-cloud>
            <summit-proposal-timeline></summit-proposal-timeline>
            <summit-quote></summit-quote>
          </div>
        </summit-data>
      </summit-data-checker>`,
  // A tool, not a component: no docs page of its own (Docs/Dataset links here).
  tags: ['!autodocs'],
  // No add-ons panel on the editor's page (.storybook/manager.ts): it would cover the report, below the box.
  parameters: { controls: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The checker with the bundled dataset, for an editor to paste theirs into. */
export const CheckYourData: Story = { name: 'Check your data' };

/**
 * The checker tested (run by CI, and here on request; kept apart from the editor's page, which it would fill with its
 * own mistakes): breaks the dataset the way editors do (a comma after the last item, then a date written the European
 * way, then a dangling id, then a file saved as Latin-1) and checks that the report names each problem where it is.
 */
export const SelfTest: Story = {
  name: 'Self-test (for CI)',
  play: async ({ canvasElement }) => {
    const checker = canvasElement.querySelector<SummitDataChecker>('summit-data-checker')!;
    const root = checker.shadowRoot!;
    const report = () => root.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
    await waitFor(() =>
      expect(report()).toContain("No problems found in the dataset's fields and references: 6 leaders, 26 proposals"),
    );
    // Without the source texts, the quotes are not checked, which the report says, with what to choose.
    const stored = real.sources[0]!.file!;
    const name = stored.slice(stored.lastIndexOf('/') + 1);
    expect(report()).toContain(
      `The evidence quotes were NOT checked against their sources. To check them, choose or drop the file the dataset names here ("${name}")`,
    );
    const text = JSON.stringify(real, null, 2);
    // The dataset with a quote changed, and its source, chosen together: the quote is checked as the CLI checks it.
    const article = await (await fetch(new URL(`data/${stored}`, document.baseURI))).text();
    const picker = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const choose = (...files: File[]) => {
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(file);
      picker.files = transfer.files;
      picker.dispatchEvent(new Event('change'));
    };
    const changed = text.replace(/("quote": ")(\w+)/, '$1$2$2');
    choose(new File([changed], 'my-summit.json'), new File([article], name));
    await waitFor(() => expect(report()).toMatch(/^1 problem .*evidence\[0\]\.quote: not found verbatim in source/));
    checker.use(text);
    checker.check();
    await waitFor(() =>
      expect(report()).toContain(
        'No problems found: 6 leaders, 26 proposals, 17 sectors, 3 quotes; every evidence quote checked word for word against 1 source file.',
      ),
    );
    checker.use(text.replace(/\n\}$/, ',\n}'));
    checker.check();
    await waitFor(() => expect(report()).toContain('a comma after the last item'));
    checker.use(text.replace('"date": "2025-12-20"', '"date": "20/12/2025"'));
    checker.check();
    await waitFor(() => expect(report()).toMatch(/1 problem .*date: expected a date written YYYY-MM-DD/));
    // Which dataset the widgets show while there are problems: still the bundled one, which is said.
    expect(report()).toContain('the widgets below show the bundled example dataset, not yours');
    // References are checked once the fields are right, which the report says.
    expect(report()).toContain('Then the references between entries');
    // The widgets keep the last version without problems, and stay quiet: the report is the one announcement.
    expect(
      canvasElement.querySelector('summit-card')!.shadowRoot!.querySelector('[part~="error"], [role="alert"]'),
    ).toBeNull();
    // What is typed in the box is checked as it changes.
    const area = root.querySelector('textarea')!;
    area.value = '{';
    area.dispatchEvent(new Event('input'));
    // Typing is checked once it pauses.
    await waitFor(() => expect(report()).toMatch(/^1 problem .*not valid JSON/), { timeout: 3000 });
    // Nothing else is checked until the JSON can be read, which the report says.
    expect(report()).toContain("Then the dataset's fields and the references between its entries are checked once");
    // A dangling id, once the fields are right: the reference itself is named, and nothing is said to come later.
    checker.use(text.replace(/"proposedBy": "[^"]*"/, '"proposedBy": "nobody"'));
    checker.check();
    await waitFor(() => expect(report()).toMatch(/1 problem .*proposedBy: unknown leader "nobody"/));
    expect(report()).not.toContain('Then the references');
    // Dates at odds with the summit's are worth a look, but no problem: the widgets draw the dataset.
    checker.use(text.replace('"asOf": "2025-12-20"', '"asOf": "2025-12-01"'));
    checker.check();
    await waitFor(() =>
      expect(report()).toMatch(/No problems found.*Worth a look.*asOf: 2025-12-01 is before the summit met/),
    );
    // A chosen file is read as the CLI and the widgets read it: bytes that are not UTF-8 (Latin-1 here) are refused,
    // not read with "�" in their place.
    const latin1 = Uint8Array.from('{"city": "Kuala Lump\u00fcr"}', (c) => c.charCodeAt(0));
    choose(new File([latin1], 'latin1.json', { type: 'application/json' }));
    await waitFor(() =>
      expect(report()).toMatch(
        /^1 problem .*the file is not UTF-8 text \(line 1, column 21: the first character that is not\): JSON must be saved and sent as UTF-8 Then/,
      ),
    );
    // Fixed, the widgets draw it again.
    checker.use(text);
    checker.check();
    await waitFor(() => expect(report()).toContain('No problems found'));
    expect(report()).not.toContain('Worth a look');
    await waitFor(() =>
      expect(canvasElement.querySelector('summit-card')!.shadowRoot!.querySelector('.card')).toBeTruthy(),
    );
  },
};
