import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app: index.html at the repository root, built into dist/web, which the server serves.
// In development (`npm run dev:web`) the API runs separately on port 3000.
export default defineConfig({
  plugins: [react()],
  root: '.',
  publicDir: false,
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
