import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: the same build serves the desktop shell and the browser mode.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
  },
});
