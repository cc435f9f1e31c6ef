import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  attributes,
  buttonNamed,
  dataOf,
  drawn,
  linked,
  linkedArgTypes,
  sectorName,
  states,
  summitArgs,
  summitArgTypes,
  summitAttributes,
  themeStyles,
  timelineEntries,
  type LinkedArgs,
  type SummitArgs,
} from './shared.js';

type Args = SummitArgs & LinkedArgs & { 'show-all'?: boolean };

const render = (args: Args) =>
  html`<summit-sector-cloud
    ${attributes({ ...summitAttributes(args), 'show-all': args['show-all'] ? 'show-all' : undefined })}
    .data=${dataOf(args)}
    @summit-select=${args.onSummitSelect}
    @summit-error=${args.onSummitError}
  ></summit-sector-cloud>`;

const meta = {
  title: 'Widgets/Sector cloud',
  component: 'summit-sector-cloud',
  render,
  args: { ...summitArgs },
  argTypes: summitArgTypes,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The 17 sectors of the Tokyo 2025 summit, loaded with `src`, sized by their derived weight. */
export const Default: Story = {};

/**
 * Inside `<summit-data>` with the other widgets: choosing a word filters the
 * timeline to that sector (the play function chooses "Trade, investment and
 * finance"); choosing
 * it again clears the filter. A leader chosen in the roster fades the sectors
 * their proposals leave out.
 */
export const Linked: Story = {
  args: { src: '' },
  argTypes: linkedArgTypes,
  render: (args) => linked(render({ ...args, dataset: 'none' }), 'summit-sector-cloud', args),
  play: async ({ canvasElement }) => {
    const cloud = await drawn(canvasElement, 'summit-sector-cloud', 'ul.cloud.placed');
    const timeline = await drawn(canvasElement, 'summit-proposal-timeline');
    const all = timelineEntries(timeline).length;
    const word = await buttonNamed(cloud, 'button.word', sectorName('investment'));
    await userEvent.click(word);
    await expect(word.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(timelineEntries(timeline).length).toBeLessThan(all));
    for (const entry of timelineEntries(timeline)) {
      await expect(entry.querySelector('[data-sector="investment"]')).toBeTruthy();
    }
  },
};

/** While the dataset is on its way (this story's request never answers). */
export const Loading: Story = { ...states.loading, tags: ['loading-state'] };

/** Invalid data: the widget lists the problems with the path of each bad field. */
export const ErrorState: Story = { ...states.error, name: 'Error', tags: ['error-state'] };

/** A valid dataset without sectors. */
export const Empty: Story = { ...states.empty };

/** At 320 px: the words shrink (at most 10% of the width) and the cloud grows taller. */
export const Narrow: Story = { ...states.narrow };

/** `theme="dark"` on the element, on a dark page. */
export const Dark: Story = { ...states.dark };

/** The page in Japanese (the dataset's own words stay as written). */
export const Japanese: Story = { ...states.japanese };

/** The page in Russian. */
export const Russian: Story = { ...states.russian };

/** A newsroom's styles: custom properties and `::part` rules. */
export const Themed: Story = {
  render: (args) =>
    html`${themeStyles}
      <style>
        .summit-story-themed summit-sector-cloud {
          --summit-cloud-min-size: 1rem;
          --summit-cloud-max-size: 3rem;
          --summit-cloud-weight: 700;
          --summit-cloud-color-1: #3b2a1a;
          --summit-cloud-color-3: #2f5d50;
          --summit-cloud-gap: 0.5rem;
        }
        .summit-story-themed summit-sector-cloud::part(word) {
          font-style: italic;
        }
      </style>
      <div class="summit-story-themed">${render(args)}</div>`,
};

/** 200 generated sectors with long names in Latin, Japanese, Russian and Arabic script. */
export const Stress: Story = { ...states.stress };
