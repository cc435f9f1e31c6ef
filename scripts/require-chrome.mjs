// `npm test` starts here: without a browser it stops at once, in one line that says how to get one.
import { requireChrome } from './chrome-path.mjs';

requireChrome();
