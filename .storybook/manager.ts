import { addons } from 'storybook/manager-api';

/** The editor's data checker: its report comes below the box, which the add-ons panel would cover (empty there). */
const PANEL_LESS = new Set(['docs-check-your-data--check-your-data']);

addons.setConfig({
  layoutCustomisations: {
    showPanel: (state, shown) => (state.storyId && PANEL_LESS.has(state.storyId) ? false : shown),
  },
});
