import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Text files worth compressing; anything smaller than a TCP packet or two gains nothing. */
const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;
const SMALLEST_WORTH_COMPRESSING = 1024;

/**
 * Writes `name.br` and `name.gz` next to each built text file, once at build time with the highest
 * settings, so that the server sends the smallest bytes without compressing per request (it picks one
 * by the browser's accept-encoding: apps/api/src/web/web-console.ts).
 */
function precompress(): Plugin {
  return {
    name: 'ledger-precompress',
    apply: 'build',
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path) : [path];
        });
      for (const path of walk(outDir)) {
        if (!COMPRESSIBLE.test(path)) continue;
        const content = readFileSync(path);
        if (content.length < SMALLEST_WORTH_COMPRESSING) continue;
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
        writeFileSync(`${path}.gz`, gzipSync(content, { level: constants.Z_BEST_COMPRESSION }));
      }
    },
  };
}

/**
 * The console is built into dist/web and served by the API server itself at `/` (the API stays
 * under /api/v1), so one `npm start` serves both and there is no cross-origin setup to get wrong.
 * `npm run dev:web` proxies the API to a server started separately on :3000.
 */
export default defineConfig({
  root: here,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
    // No source maps: the public site would hand out the whole source (6.8 MB of it).
    sourcemap: false,
    rolldownOptions: {
      output: {
        // One script per area of the console (area-pages.ts), named after it: admin-pages-….js.
        chunkFileNames: (chunk) => {
          const area = chunk.facadeModuleId?.match(/features[\\/](\w+)[\\/]pages\.ts$/)?.[1];
          return area ? `assets/${area}-pages-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
      // antd marks its modules "use client" for React Server Components; a plain SPA bundle ignores it.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
