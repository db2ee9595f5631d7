// First, for its side effect: the start's database reads begin before the rest is evaluated.
import './app/startEarly';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { connectHost } from './app/connectHost';
import { openDatabaseEarly } from './db/database';
import { startupReadsAnswered } from './db/startupSnapshots';
import './styles/app.css';

/**
 * How long the first render waits for the start's reads. They usually answer sooner, and the
 * first screen is then drawn once, with its data, instead of a loading screen laid out and
 * painted first; a slow database gets the loading screen (index.html's line until then).
 */
const FIRST_RENDER_WAITS_MS = 400;

openDatabaseEarly();
connectHost();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
void startupReadsAnswered(FIRST_RENDER_WAITS_MS).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
