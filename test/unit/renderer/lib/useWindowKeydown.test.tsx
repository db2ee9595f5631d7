import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useWindowKeydown } from '../../../../renderer/src/lib/useWindowKeydown';

/** A screen with one shortcut: K counts presses. */
function Counter() {
  const [presses, setPresses] = useState(0);
  useWindowKeydown((event) => {
    if (event.key === 'k') setPresses((n) => n + 1);
  });
  return <p data-testid="counter">Pressed {presses}</p>;
}

const press = (key: string) =>
  window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

// Rendered as the app renders, outside act(): act() would run every effect before the test could
// press a key, which hides exactly the gap this hook closes.
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
let wasActEnvironment: boolean | undefined;
beforeEach(() => {
  wasActEnvironment = globalThis.IS_REACT_ACT_ENVIRONMENT;
  globalThis.IS_REACT_ACT_ENVIRONMENT = false;
});
afterEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = wasActEnvironment;
});

/** Renders the counter and presses K in the same moment it appears on screen. */
async function renderAndPressOnSight() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const pressed = new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!host.querySelector('[data-testid="counter"]')) return;
      observer.disconnect();
      press('k');
      resolve();
    });
    observer.observe(host, { childList: true, subtree: true });
  });
  root.render(<Counter />);
  await pressed;
  return { host, root };
}

describe('useWindowKeydown', () => {
  it('hears a shortcut pressed the moment its screen appears', async () => {
    const { host, root } = await renderAndPressOnSight();
    await expect.poll(() => host.textContent).toBe('Pressed 1');
    root.unmount();
    host.remove();
  });

  it('keeps hearing keys across renders and stops once the screen is gone', async () => {
    const { host, root } = await renderAndPressOnSight();
    await expect.poll(() => host.textContent).toBe('Pressed 1');
    press('k');
    press('x');
    await expect.poll(() => host.textContent).toBe('Pressed 2');
    root.unmount();
    press('k');
    expect(host.textContent).toBe('');
    host.remove();
  });
});
