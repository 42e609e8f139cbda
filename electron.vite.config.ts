import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build for the three processes. The main build has three entries: the Electron entry, the
// command line (run with plain Node) and the import worker (a worker thread, so it needs a file).
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli/main.ts'),
          importWorker: resolve(__dirname, 'src/main/import/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages, so everything it uses is bundled into it.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      // electron-vite leaves every build unminified; the page (React, Chart.js) is minified, which in
      // Vite 8 means Oxc for the script and Lightning CSS for the styles.
      minify: true,
      // One script of about 1 MB (React, Chart.js, i18next and both languages' catalogs), read from the
      // local disk by an offline app: splitting it would only add round trips to the same folder.
      chunkSizeWarningLimit: 1536,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
