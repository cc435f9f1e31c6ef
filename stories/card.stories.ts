import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  attributes,
  dataOf,
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

type Args = SummitArgs & LinkedArgs;

const render = (args: Args) =>
  html`<summit-card
    ${attributes(summitAttributes(args))}
    .data=${dataOf(args)}
    @summit-error=${args.onSummitError}
  ></summit-card>`;

const meta = {
  title: 'Widgets/Card',
  component: 'summit-card',
  render,
  args: { ...summitArgs },
  argTypes: summitArgTypes,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The Tokyo 2025 summit at a glance, loaded with `src`. */
export const Default: Story = {};

/**
 * The card opening a news page's block inside `<summit-data>`: one request
 * for every widget. The reader has chosen Shavkat Mirziyoyev in the roster
 * (`selectedLeader`): the source is his press service's article, so every
 * proposal in it is his or backed by him: the timeline keeps all 26 and says
 * it is filtered by him (Clear filter undoes it), and the cloud fades none of
 * the sectors.
 */
export const Linked: Story = {
  args: { src: '', selectedLeader: 'mirziyoyev' },
  argTypes: linkedArgTypes,
  render: (args) => linked(render({ ...args, dataset: 'none' }), 'summit-card', args),
};

/** While the dataset is on its way (this story's request never answers). */
export const Loading: Story = { ...states.loading, tags: ['loading-state'] };

/** Invalid data: the widget lists the problems with the path of each bad field. */
export const ErrorState: Story = { ...states.error, name: 'Error', tags: ['error-state'] };

/** A valid dataset with no proposals and no outcomes: "None recorded", and a count of 0. */
export const Empty: Story = { ...states.empty };

/** At 320 px. */
export const Narrow: Story = { ...states.narrow };

/** `theme="dark"` on the element, on a dark page. */
export const Dark: Story = { ...states.dark };

/** The page in Japanese: labels, the date and the counts in Japanese formats. */
export const Japanese: Story = { ...states.japanese };

/** The page in Russian. */
export const Russian: Story = { ...states.russian };

/** A newsroom's styles: custom properties and `::part` rules. */
export const Themed: Story = {
  render: (args) =>
    html`${themeStyles}
      <style>
        .summit-story-themed summit-card {
          --summit-card-accent: #8a1538;
          --summit-card-rule-width: 0.5rem;
          --summit-card-padding: 1.5rem;
          --summit-card-heading-size: 1.75em;
        }
        .summit-story-themed summit-card::part(term) {
          text-transform: uppercase;
          letter-spacing: 0.06em;
        }
        .summit-story-themed summit-card::part(source) {
          font-style: italic;
        }
      </style>
      <div class="summit-story-themed">${render(args)}</div>`,
};

/** The generated dataset: a long title in four scripts, big counts. */
export const Stress: Story = { ...states.stress };
