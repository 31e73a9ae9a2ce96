import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The console is built into dist/web and served by the API server itself at `/` (the API stays
 * under /api/v1), so one `npm start` serves both and there is no cross-origin setup to get wrong.
 * `npm run dev:web` proxies the API to a server started separately on :3000.
 */
export default defineConfig({
  root: here,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
    sourcemap: true,
    rolldownOptions: {
      // antd marks its modules "use client" for React Server Components; a plain SPA bundle ignores it.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
