/** `summit-widgets/quote.js`: defines <summit-quote> and nothing else. */
export { SummitQuote } from './components/quote/quote.js';
