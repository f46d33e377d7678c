import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The Go server serves the built SPA from dist/ (embedded) and answers GraphQL at /query.
// In development the Vite server proxies /query (HTTP and websocket) to the Go server,
// http://localhost:8080 unless KOOP_API_URL says otherwise.
const api = process.env.KOOP_API_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/query': { target: api, changeOrigin: false, ws: true },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/query': { target: api, changeOrigin: false, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});
