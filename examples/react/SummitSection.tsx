/**
 * React 19 with the summit elements: typed props, refs and events from `summit-widgets/jsx`.
 * Shown in docs/react.md; type-checked by `npm run check:package` (tsc -p examples/react).
 */
import { useEffect, useRef, useState } from 'react';
import type {} from 'summit-widgets/jsx';
import type { SummitLeaderRoster, SummitSelectEvent } from 'summit-widgets';
// Define the elements before React renders them, so `data` is set as a property.
import 'summit-widgets/summit-data.js';
import 'summit-widgets/leader-roster.js';
import 'summit-widgets/sector-cloud.js';
import 'summit-widgets/proposal-timeline.js';
import summit from 'summit-widgets/datasets/central-asia-japan-2025.json' with { type: 'json' };

export function SummitSection({ dark = false }: { dark?: boolean }) {
  const [chosen, setChosen] = useState<string>();
  const roster = useRef<SummitLeaderRoster>(null);

  useEffect(() => {
    // The ref is the element itself, with its typed properties.
    console.log(roster.current?.order);
  }, []);

  // Choosing the chosen leader again clears the selection: `selected` is then false.
  const onSelect = (event: SummitSelectEvent) => setChosen(event.selected ? event.id : undefined);

  return (
    <summit-data
      data={summit}
      theme={dark ? 'dark' : 'light'}
      onsummit-error={(e) => console.error(e.error.issues)}
      onsummit-select={(e) => console.log('any widget chose', e.kind, e.id)}
    >
      <summit-leader-roster ref={roster} heading-level={2} order="chair-first" onsummit-select={onSelect} />
      <summit-sector-cloud headingLevel={2} onsummit-select={(e) => console.log(e.kind === 'sector', e.id)} />
      <summit-proposal-timeline heading-level="2" />
      <p aria-live="polite">{chosen ? `Chosen: ${chosen}` : 'Choose a leader or a sector.'}</p>
    </summit-data>
  );
}

/** What the types refuse (each line must be an error, or tsc fails on the unused directive). */
export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error order is 'chair-first' | 'dataset' */}
      <summit-leader-roster order="alphabetical" />
      {/* @ts-expect-error headingLevel is a number */}
      <summit-card headingLevel="two" />
      {/* @ts-expect-error theme is 'light' | 'dark' */}
      <summit-quote theme="sepia" />
      {/* @ts-expect-error the event is a SummitSelectEvent, which has no `detail` */}
      <summit-sector-cloud onsummit-select={(e) => e.detail} />
      {/* @ts-expect-error the card never fires summit-select */}
      <summit-card onsummit-select={() => {}} />
      {/* @ts-expect-error no such element */}
      <summit-map />
    </>
  );
}
