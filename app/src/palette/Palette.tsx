/** The searchable palette of layer types, in categories. */
import { useMemo } from 'react';
import { categoryLabel } from '../../../src/layers/text/layerText';
import { useLocale, useT } from '../i18n';
import { uiStore, useUi } from '../stores/uiStore';
import { paletteGroups } from './paletteGroups';
import { PaletteItem } from './PaletteItem';

export function Palette() {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const query = useUi((s) => s.paletteQuery);
  const groups = useMemo(() => paletteGroups(query, undefined, locale), [query, locale]);
  return (
    <aside className="palette" aria-label={t('palette.label')}>
      <input
        type="search"
        className="palette__search"
        aria-label={t('palette.search')}
        placeholder={t('palette.search')}
        value={query}
        onChange={(e) => uiStore.getState().setPaletteQuery(e.target.value)}
      />
      <p className="palette__hint">{t('palette.hint')}</p>
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={`palette-${group.category}`}>
          <h3 id={`palette-${group.category}`} className="palette__category">
            {categoryLabel(locale, group.category)}
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
      {groups.length === 0 && <p className="palette__none">{t('palette.none', { query })}</p>}
    </aside>
  );
}
