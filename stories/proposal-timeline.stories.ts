import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import {
  attributes,
  dataOf,
  drawn,
  idSelect,
  leaderIds,
  linked,
  linkedArgTypes,
  sectorIds,
  states,
  summitArgs,
  summitArgTypes,
  summitAttributes,
  themeStyles,
  timelineEntries,
  type LinkedArgs,
  type SummitArgs,
} from './shared.js';

type Args = SummitArgs & LinkedArgs & { sector: string; leader: string };

const render = (args: Args) =>
  html`<summit-proposal-timeline
    ${attributes({ ...summitAttributes(args), sector: args.sector, leader: args.leader })}
    .data=${dataOf(args)}
    @summit-select=${args.onSummitSelect}
    @summit-error=${args.onSummitError}
  ></summit-proposal-timeline>`;

const meta = {
  title: 'Widgets/Proposal timeline',
  component: 'summit-proposal-timeline',
  render,
  args: { ...summitArgs, sector: '', leader: '' },
  argTypes: { ...summitArgTypes, sector: idSelect(sectorIds), leader: idSelect(leaderIds) },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The 26 proposals and decisions of the Tokyo 2025 summit, loaded with `src`, grouped by when. */
export const Default: Story = {};

/**
 * Inside `<summit-data>` with the other widgets, the reader having chosen the
 * sector "Dialogue" (the `selectedSector` control): the timeline shows the
 * matching proposals, says so, and offers "Clear filter"; the cloud marks
 * the word. Choosing a sector chip, a cloud word or a leader changes it.
 */
export const Linked: Story = {
  args: { src: '', selectedSector: 'dialogue' },
  argTypes: linkedArgTypes,
  render: (args) => linked(render({ ...args, dataset: 'none' }), 'summit-proposal-timeline', args),
  play: async ({ canvasElement, args }) => {
    if (!args.selectedSector) return;
    const timeline = await drawn(canvasElement, 'summit-proposal-timeline');
    await waitFor(() => expect(timeline.querySelector('[part~="clear-button"]')).toBeTruthy());
    const entries = timelineEntries(timeline);
    await expect(entries.length).toBeGreaterThan(0);
    await expect(entries.length).toBeLessThan(26);
    for (const entry of entries) {
      await expect(entry.querySelector(`[data-sector="${args.selectedSector}"]`)?.getAttribute('aria-pressed')).toBe(
        'true',
      );
    }
  },
};

/** While the dataset is on its way (this story's request never answers). */
export const Loading: Story = { ...states.loading, tags: ['loading-state'] };

/** Invalid data: the widget lists the problems with the path of each bad field. */
export const ErrorState: Story = { ...states.error, name: 'Error', tags: ['error-state'] };

/** A valid dataset without proposals. (A filter that matches nothing says so the same way.) */
export const Empty: Story = { ...states.empty };

/** At 320 px: the group labels go above their entries. */
export const Narrow: Story = { ...states.narrow };

/** `theme="dark"` on the element, on a dark page. */
export const Dark: Story = { ...states.dark };

/** The page in Japanese: UI strings, and dates and numbers in Japanese formats. */
export const Japanese: Story = { ...states.japanese };

/** The page in Russian. */
export const Russian: Story = { ...states.russian };

/** A newsroom's styles: custom properties and `::part` rules. */
export const Themed: Story = {
  render: (args) =>
    html`${themeStyles}
      <style>
        .summit-story-themed summit-proposal-timeline {
          --summit-timeline-line-color: #c9b79c;
          --summit-timeline-line-width: 4px;
          --summit-timeline-marker-color: #8a1538;
          --summit-timeline-marker-size: 1rem;
        }
        .summit-story-themed summit-proposal-timeline::part(chip) {
          border-radius: 0;
          text-transform: uppercase;
          font-size: 0.8em;
          letter-spacing: 0.05em;
        }
        .summit-story-themed summit-proposal-timeline::part(group-heading) {
          color: #8a1538;
        }
      </style>
      <div class="summit-story-themed">${render(args)}</div>`,
};

/** 500 generated proposals (10 drawn at first, "Show more" adds 30 at a time), 200 sectors, non-Latin text. */
export const Stress: Story = { ...states.stress };
