import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Higher priority wins when a module matches several groups (recharts pulls react in as a dependency).
const vendorGroups = [
  {
    name: 'recharts',
    priority: 1,
    test: /node_modules[\\/](recharts|victory-vendor|d3-[^\\/]+|decimal\.js-light|@reduxjs|redux|react-redux|immer|reselect|use-sync-external-store)[\\/]/,
  },
  { name: 'mui', priority: 4, test: /node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group)[\\/]/ },
  {
    name: 'ra-ui',
    priority: 2,
    test: /node_modules[\\/](react-admin|ra-ui-materialui|ra-language-[^\\/]+|react-dropzone|react-hotkeys-hook|dompurify)[\\/]/,
  },
  {
    name: 'ra-core',
    priority: 3,
    test: /node_modules[\\/](ra-core|ra-i18n-polyglot|ra-data-simple-rest|@tanstack|react-hook-form|react-router|react-router-dom|lodash|node-polyglot|query-string|date-fns|inflection)[\\/]/,
  },
  { name: 'react', priority: 5, test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
];

export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
    },
  },
});
