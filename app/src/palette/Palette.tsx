/** The searchable palette of layer types, in categories. */
import { useMemo } from 'react';
import { uiStore, useUi } from '../stores/uiStore';
import { paletteGroups } from './paletteGroups';
import { PaletteItem } from './PaletteItem';

export function Palette() {
  const query = useUi((s) => s.paletteQuery);
  const groups = useMemo(() => paletteGroups(query), [query]);
  return (
    <aside className="palette" aria-label="Layer palette">
      <input
        type="search"
        className="palette__search"
        aria-label="Search layers"
        placeholder="Search layers"
        value={query}
        onChange={(e) => uiStore.getState().setPaletteQuery(e.target.value)}
      />
      <p className="palette__hint">Drag a layer onto the canvas, or press Enter on it.</p>
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={`palette-${group.category}`}>
          <h3 id={`palette-${group.category}`} className="palette__category">
            {group.category}
          </h3>
          <ul className="palette__list">
            {group.layers.map((def) => (
              <li key={def.type}>
                <PaletteItem def={def} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {groups.length === 0 && <p className="palette__none">No layer matches “{query}”.</p>}
    </aside>
  );
}
