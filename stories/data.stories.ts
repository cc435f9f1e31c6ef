import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { realDataset } from './datasets.js';
import {
  attributes,
  buttonNamed,
  dataAttributes,
  dataOf,
  drawn,
  linkedArgTypes,
  pageStyles,
  sectorName,
  selectionOf,
  states,
  summitArgs,
  summitArgTypes,
  themeStyles,
  timelineEntries,
  type LinkedArgs,
  type SummitArgs,
} from './shared.js';

type Args = SummitArgs & LinkedArgs;

/** The five widgets, their headings at `level` (the widgets' own default when undefined). */
const widgets = (level: number | undefined) =>
  html`<div class="summit-story-page">
    <summit-card heading-level=${ifDefined(level)}></summit-card>
    <summit-sector-cloud heading-level=${ifDefined(level)}></summit-sector-cloud>
    <summit-leader-roster heading-level=${ifDefined(level)}></summit-leader-roster>
    <summit-proposal-timeline heading-level=${ifDefined(level)}></summit-proposal-timeline>
    <summit-quote heading-level=${ifDefined(level)}></summit-quote>
  </div>`;

const render = (args: Args) =>
  html`${pageStyles}
    <summit-data
      ${attributes(dataAttributes(args))}
      .data=${dataOf(args)}
      .selection=${selectionOf(args)}
      @summit-select=${args.onSummitSelect}
      @summit-error=${args.onSummitError}
    >
      ${widgets(args['heading-level'] || undefined)}
    </summit-data>`;

const meta = {
  title: 'Widgets/Data provider',
  component: 'summit-data',
  render,
  args: { ...summitArgs },
  argTypes: {
    ...summitArgTypes,
    ...linkedArgTypes,
    // The widgets' args: the provider draws no heading. (On a docs page `heading-level` still sets the level of
    // the widgets inside, to fit the page: see preview.ts.)
    heading: { table: { disable: true } },
    'heading-level': { table: { disable: true } },
    // Not an attribute of its own (the manifest has no row for it): the global one, which the widgets inside follow.
    lang: {
      ...summitArgTypes.lang,
      name: 'lang',
      description:
        'Language of the widgets inside: their dates and numbers follow it; inherited from the page when unset.',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** One `<summit-data src>` and the five widgets inside it: one request, one validation, shared by all. */
export const Default: Story = {};

/**
 * The widgets linked: the play function chooses "Trade, investment and finance" in the cloud
 * (the timeline follows, and the cloud's results bar says how many proposals it shows), takes
 * the bar's "Show the … proposals" to the timeline, then "Clear filter" there (the cloud
 * follows). The `selectedSector` and `selectedLeader` controls set the
 * provider's `selection` directly.
 */
export const Linked: Story = {
  play: async ({ canvasElement }) => {
    const cloud = await drawn(canvasElement, 'summit-sector-cloud', 'ul.cloud.placed');
    const timeline = await drawn(canvasElement, 'summit-proposal-timeline');
    const all = timelineEntries(timeline).length;
    const word = await buttonNamed(cloud, 'button.word', sectorName('investment'));
    await userEvent.click(word);
    await waitFor(() => expect(timelineEntries(timeline).length).toBeLessThan(all));
    const shown = timelineEntries(timeline).length;
    const bar = await waitFor(() => {
      const button = cloud.querySelector<HTMLButtonElement>('[part~="show-results"]');
      expect(button?.textContent?.trim()).toBe(`Show the ${shown} proposals`);
      return button!;
    });
    await userEvent.click(bar);
    await expect(timeline.activeElement?.getAttribute('part')).toBe('heading');
    const clear = timeline.querySelector<HTMLButtonElement>('[part~="clear-button"]');
    await expect(clear).toBeTruthy();
    await userEvent.click(clear!);
    await waitFor(() => expect(timelineEntries(timeline).length).toBe(all));
    await expect(word.getAttribute('aria-pressed')).toBe('false');
  },
};

/** While the dataset is on its way (this story's request never answers): every widget says so. */
export const Loading: Story = { ...states.loading, tags: ['loading-state'] };

/**
 * The request failed as a dropped connection does (this story's first one fails): every widget offers Try again, which
 * loads the dataset for all of them (here the next request answers). So do timeouts and 408, 425, 429, 500, 502, 503
 * and 504 answers; the widgets also try again by themselves when the browser comes back online.
 */
export const CouldNotLoad: Story = { ...states.couldNotLoad, tags: ['error-state'] };

/** Invalid data: every widget lists the problems with the path of each bad field; `summit-error` fires once. */
export const ErrorState: Story = { ...states.error, name: 'Error', tags: ['error-state'] };

/** Valid field by field, but with ids that point nowhere: the cross-reference check names them. */
export const BrokenReference: Story = {
  tags: ['error-state'],
  args: { src: '', dataset: 'broken reference' },
};

/** A valid dataset without proposals, sectors, quotes or outcomes: each widget's empty state. */
export const Empty: Story = { ...states.empty };

/**
 * The dataset inline, in a `<script type="application/json">` child of
 * `<summit-data>`: nothing is fetched (for pages that render the data into
 * their HTML).
 */
export const InlineJson: Story = {
  name: 'Inline JSON',
  render: (args) => {
    const provider = document.createElement('summit-data');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(realDataset());
    const page = document.createElement('div');
    page.className = 'summit-story-page';
    page.append(
      ...['summit-card', 'summit-sector-cloud', 'summit-leader-roster', 'summit-quote'].map((tag) => {
        const widget = document.createElement(tag);
        if (args['heading-level']) widget.setAttribute('heading-level', String(args['heading-level']));
        return widget;
      }),
    );
    provider.append(script, page);
    const style = document.createElement('style');
    style.textContent =
      '.summit-story-page{display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr))}';
    const wrapper = document.createElement('div');
    wrapper.append(style, provider);
    return wrapper;
  },
};

/** At 320 px: one column. */
export const Narrow: Story = { ...states.narrow };

/** `theme="dark"` on the provider applies to every widget inside. */
export const Dark: Story = { ...states.dark };

/** The page in Japanese. */
export const Japanese: Story = { ...states.japanese };

/** The page in Russian. */
export const Russian: Story = { ...states.russian };

/** One set of custom properties on the provider reaches every widget inside. */
export const Themed: Story = {
  render: (args) =>
    html`${themeStyles}
      <style>
        .summit-story-themed ::part(heading) {
          font-variant: small-caps;
          letter-spacing: 0.04em;
        }
      </style>
      <div class="summit-story-themed">${render(args)}</div>`,
};

/** Every widget on the generated dataset: 40 leaders, 500 proposals, 200 sectors. */
export const Stress: Story = { ...states.stress };
