import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  attributes,
  dataOf,
  idSelect,
  linked,
  linkedArgTypes,
  quoteIds,
  states,
  summitArgs,
  summitArgTypes,
  summitAttributes,
  themeStyles,
  type LinkedArgs,
  type SummitArgs,
} from './shared.js';

type Args = SummitArgs & LinkedArgs & { 'quote-id': string };

const render = (args: Args) =>
  html`<summit-quote
    ${attributes({ ...summitAttributes(args), 'quote-id': args['quote-id'] })}
    .data=${dataOf(args)}
    @summit-error=${args.onSummitError}
  ></summit-quote>`;

const meta = {
  title: 'Widgets/Quote',
  component: 'summit-quote',
  render,
  args: { ...summitArgs, 'quote-id': '' },
  argTypes: { ...summitArgTypes, 'quote-id': idSelect(quoteIds) },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The dataset's first quote, loaded with `src`. */
export const Default: Story = {};

/** A chosen quote (`quote-id`) inside `<summit-data>`, next to the other widgets. */
export const Linked: Story = {
  args: { src: '', 'quote-id': 'mountains-can-be-moved' },
  argTypes: linkedArgTypes,
  render: (args) => linked(render({ ...args, dataset: 'none' }), 'summit-quote', args),
};

/** While the dataset is on its way (this story's request never answers). */
export const Loading: Story = { ...states.loading, tags: ['loading-state'] };

/** Invalid data: the widget lists the problems with the path of each bad field. */
export const ErrorState: Story = { ...states.error, name: 'Error', tags: ['error-state'] };

/** A `quote-id` the dataset does not have: the widget names the ids it has. */
export const UnknownQuote: Story = {
  tags: ['error-state'],
  args: { 'quote-id': 'no-such-quote' },
};

/** A valid dataset without quotes. */
export const Empty: Story = { ...states.empty };

/** At 320 px: the smaller text size. */
export const Narrow: Story = { ...states.narrow };

/** `theme="dark"` on the element, on a dark page. */
export const Dark: Story = { ...states.dark };

/** The page in Japanese: 「」 quotation marks (CSS `quotes: auto` follows the language) and UI strings. */
export const Japanese: Story = { ...states.japanese };

/** The page in Russian: «» quotation marks. */
export const Russian: Story = { ...states.russian };

/** A newsroom's styles: custom properties and `::part` rules. */
export const Themed: Story = {
  render: (args) =>
    html`${themeStyles}
      <style>
        .summit-story-themed summit-quote {
          --summit-quote-accent: #8a1538;
          --summit-quote-rule-width: 0.5rem;
          --summit-quote-text-size: 1.4em;
          --summit-quote-text-size-wide: 1.8em;
          --summit-quote-padding: 1.5rem;
        }
        .summit-story-themed summit-quote::part(text) {
          font-style: italic;
        }
        .summit-story-themed summit-quote::part(speaker) {
          text-transform: uppercase;
          letter-spacing: 0.05em;
        }
      </style>
      <div class="summit-story-themed">${render(args)}</div>`,
};

/** The generated dataset's first quote: long, in Russian, Japanese, Arabic and English. */
export const Stress: Story = { ...states.stress };
