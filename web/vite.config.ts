import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The dashboard is plain TypeScript modules bundled by Vite into web/dist, which the API server serves at `/`.
// `vite web` (dev) proxies /api to a running `vigil serve` (VIGIL_API, default http://127.0.0.1:8080).
export default defineConfig({
  root,
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': process.env.VIGIL_API ?? 'http://127.0.0.1:8080' },
  },
});
