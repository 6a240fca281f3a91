/** Puts the theme on the document element, where the CSS variables of both themes hang. */
import { useEffect } from 'react';
import { useUi } from '../stores/uiStore';

export function useThemeAttribute(): void {
  const theme = useUi((s) => s.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
}
