import { closest, sameName } from '../data/hints.js';

/** The ids listed in a message about an id the dataset lacks; the rest are counted. */
const LISTED = 20;

/**
 * What to tell a page that gave an id its dataset lacks (a `sector`, `leader` or `quote` attribute): the id it is a
 * slip of, or whose entry it names ("enrgy" or "Energy": "energy"); else the ids to list (the first 20) and how many
 * more there are. `entries`: each id, with its entry's name where it has one.
 */
export function unknownId(
  id: string,
  entries: Iterable<readonly [id: string, name?: string]>,
): { meant?: string; list: string; more: number } {
  const all = [...entries];
  const meant =
    closest(
      id,
      all.map(([key]) => key),
    ) ?? all.find(([, name]) => name && sameName(name, id))?.[0];
  if (meant) return { meant, list: '', more: 0 };
  return {
    list: all
      .slice(0, LISTED)
      .map(([key]) => key)
      .join(', '),
    more: Math.max(0, all.length - LISTED),
  };
}
