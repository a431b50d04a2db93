import './ui/app/zod-jitless';
import './ui/app/trusted-types';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLE_CONFIG_TEXT } from './core/templates/example-config';
import { createDocumentStore } from './store';
import { App } from './ui/app/app';

const store = createDocumentStore(EXAMPLE_CONFIG_TEXT);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
