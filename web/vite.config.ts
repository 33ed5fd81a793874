import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// In development the API runs as its own process; API_URL points the dev server's proxy at it.
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [vue()],
  server: {
    proxy: { '/graphql': apiUrl, '/export': apiUrl },
  },
});
