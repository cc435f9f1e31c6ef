/** The roster page case: <summit-leader-roster> alone (entry src/leader-roster.ts, Lit bundled). */
import { SummitLeaderRoster } from '../../src/leader-roster.ts';
import { ensureDefined } from './frame.js';

ensureDefined('summit-leader-roster', SummitLeaderRoster);
