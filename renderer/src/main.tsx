import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { connectHost } from './app/connectHost';
import { openDatabaseEarly } from './db/database';
import './styles/app.css';

openDatabaseEarly();
connectHost();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
