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
  states,
  summitArgs,
  summitArgTypes,
  summitAttributes,
  themeStyles,
  type LinkedArgs,
  type SummitArgs,
} from './shared.js';

type Args = SummitArgs & LinkedArgs & { order: 'chair-first' | 'dataset' };

const render = (args: Args) =>
  html`<summit-leader-roster
    ${attributes({ ...summitAttributes(args), order: args.order })}
    .data=${dataOf(args)}
    @summit-select=${args.onSummitSelect}
    @summit-error=${args.onSummitError}
  ></summit-leader-roster>`;

const meta = {
  title: 'Widgets/Leader roster',
  component: 'summit-leader-roster',
  render,
  args: { ...summitArgs, order: 'chair-first' },
  argTypes: summitArgTypes,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The six leaders of the Tokyo 2025 summit, loaded with `src`; the chair first. */
export const Default: Story = {};

/**
 * Inside `<summit-data>` with the other widgets: choosing a leader filters the
 * timeline to the proposals they made or supported and fades the sectors they
 * left out; choosing again clears it. The play function chooses Shavkat
 * Mirziyoyev (the source is his press service's article, so every proposal
 * in it is his or backed by him: the timeline keeps all 26 and says it is
 * filtered; Sanae Takaichi keeps the two initiatives of Japan, any other
 * leader empties it).
 */
export const Linked: Story = {
  args: { src: '' },
  argTypes: linkedArgTypes,
  render: (args) => linked(render({ ...args, dataset: 'none' }), 'summit-leader-roster', args),
  play: async ({ canvasElement }) => {
    const roster = await drawn(canvasElement, 'summit-leader-roster');
    const timeline = await drawn(canvasElement, 'summit-proposal-timeline');
    const button = await buttonNamed(roster, 'button.leader', 'Shavkat Mirziyoyev');
    await userEvent.click(button);
    await expect(button.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(timeline.querySelector('[part~="clear-button"]')).toBeTruthy());
    await expect(timeline.querySelector('[part~="count"]')?.textContent).toContain('Shavkat Mirziyoyev');
  },
};

/** While the dataset is on its way (this story's request never answers). */
export const Loading: Story = { ...states.loading, tags: ['loading-state'] };

/** Invalid data: the widget lists the problems with the path of each bad field, never a blank box. */
export const ErrorState: Story = { ...states.error, name: 'Error', tags: ['error-state'] };

/** No dataset at all (a valid dataset always has a leader): the widget says what it needs. */
export const Empty: Story = {
  args: { src: '', dataset: 'none' },
};

/** At 320 px, a phone's width: one column. */
export const Narrow: Story = { ...states.narrow };

/** `theme="dark"` on the element, on a dark page. */
export const Dark: Story = { ...states.dark };

/** The page in Japanese (`<html lang="ja">` and `lang="ja"` around the widget): UI strings and dates. */
export const Japanese: Story = { ...states.japanese };

/** The page in Russian. */
export const Russian: Story = { ...states.russian };

/** A newsroom's styles: custom properties and `::part` rules. */
export const Themed: Story = {
  render: (args) =>
    html`${themeStyles}
      <style>
        .summit-story-themed summit-leader-roster {
          --summit-avatar-size: 3.25rem;
          --summit-roster-gap: 0.75rem;
        }
        .summit-story-themed summit-leader-roster::part(avatar) {
          border-radius: 0;
        }
        .summit-story-themed summit-leader-roster::part(badge) {
          text-transform: uppercase;
          letter-spacing: 0.06em;
        }
      </style>
      <div class="summit-story-themed">${render(args)}</div>`,
};

/** 40 generated leaders with long names in Latin, Japanese, Russian and Arabic script. */
export const Stress: Story = { ...states.stress };
