// For a React tree rendered on the server and hydrated in the browser (Next.js, Remix, renderToString + hydrateRoot):
// React 19 sets no custom-element property and adds no `on…` listener of one while it hydrates
// (https://github.com/facebook/react/issues/35446), so `data={summit}` and `onsummit-select` would not arrive until
// React rendered the element again. Give them in an effect, which runs in the browser after hydration, through a ref.
import { useEffect, useRef, useState } from 'react';
import type {} from 'summit-widgets/jsx';
import type { SummitData } from 'summit-widgets/summit-data.js';
import type { SummitSelectEvent } from 'summit-widgets/events.js';
import 'summit-widgets/summit-data.js';
import 'summit-widgets/leader-roster.js';
import 'summit-widgets/proposal-timeline.js';
import summit from 'summit-widgets/datasets/central-asia-japan-2025.json' with { type: 'json' };

export function HydratedSummitSection() {
  const [chosen, setChosen] = useState<string>();
  const provider = useRef<SummitData>(null);

  useEffect(() => {
    const el = provider.current;
    if (!el) return;
    el.data = summit;
    const onSelect = (event: SummitSelectEvent) => setChosen(event.selected ? event.id : undefined);
    el.addEventListener('summit-select', onSelect);
    return () => el.removeEventListener('summit-select', onSelect);
  }, []);

  // Attributes (strings) are written by the server and kept: heading-level, order, src, theme.
  return (
    <summit-data ref={provider}>
      <summit-leader-roster heading-level={2} order="chair-first" />
      <summit-proposal-timeline heading-level={2} />
      <p aria-live="polite">{chosen ? `Chosen: ${chosen}` : 'Choose a leader.'}</p>
    </summit-data>
  );
}
