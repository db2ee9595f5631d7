import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchFocus } from '../../../../renderer/src/components/focusRescue';

/*
 * The page as the app draws it, reduced to what matters: a focused control is removed (a step
 * replaced by the next, an empty state replaced by a list) and the focus must not fall to <body>.
 */

let stop: () => void = () => undefined;

beforeEach(() => {
  document.body.innerHTML = '';
  stop = watchFocus();
});
afterEach(() => stop());

/** Lets the mutation observer see what was removed. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function page(html: string): HTMLElement {
  document.body.innerHTML = `<main id="main" tabindex="-1">${html}</main>`;
  const main = document.getElementById('main');
  if (!main) throw new Error('main');
  return main;
}

describe('the focus when the focused control disappears', () => {
  it('moves to the control of the same name that took its place', async () => {
    const main = page(
      '<section id="step"><div id="empty"><button>Add objective</button></div></section>',
    );
    main.querySelector('button')?.focus();
    const step = document.getElementById('step');
    step!.innerHTML = '<ul><li>Checkout</li></ul><button>Add objective</button>';
    await settle();
    expect(document.activeElement).toBe(step!.querySelector('button'));
  });

  it('keeps watching the control it moved the focus to', async () => {
    page('<div id="step"><button>Add objective</button><p>empty</p></div><div id="list"></div>');
    document.querySelector('button')?.focus();
    document.getElementById('step')!.innerHTML =
      '<h3>Objectives</h3><button>Add objective</button>';
    await settle();
    const twin = document.querySelector('#step button');
    expect(document.activeElement).toBe(twin);
    // The next step replaces this one: the focus follows again.
    document.getElementById('step')!.innerHTML = '<h3>Key results</h3>';
    await settle();
    expect(document.activeElement).toBe(document.querySelector('h3'));
  });

  it('moves to the heading of what replaced it, which the keyboard goes on from', async () => {
    page('<div id="wizard"><form><button>Save and continue</button></form></div>');
    document.querySelector('button')?.focus();
    document.getElementById('wizard')!.innerHTML =
      '<section><h3>Objectives</h3><button>Insert template…</button></section>';
    await settle();
    const heading = document.querySelector('h3');
    expect(document.activeElement).toBe(heading);
    expect(heading).toHaveAttribute('tabindex', '-1');
  });

  it('waits for a screen still loading, then goes to its heading', async () => {
    page('<div id="content"><section><button>Start the quarter</button></section></div>');
    document.querySelector('button')?.focus();
    const content = document.getElementById('content')!;
    content.innerHTML = '<p>Loading…</p>';
    await settle();
    expect(document.activeElement).toBe(document.body);
    content.innerHTML = '<header><h2>Check-ins</h2><button>Start check-in</button></header>';
    await settle();
    expect(document.activeElement).toBe(content.querySelector('h2'));
  });

  it('falls back to the main area, and leaves alone a focus that was not lost', async () => {
    const main = page('<button id="only">Delete</button>');
    const only = document.getElementById('only')!;
    only.focus();
    only.remove();
    await settle();
    expect(document.activeElement).toBe(main);

    const other = document.createElement('input');
    main.append(other);
    other.focus();
    main.append(document.createElement('p'));
    await settle();
    expect(document.activeElement).toBe(other);
  });

  it('sends the focus from a toast that went to the main area, not to the sidebar', async () => {
    const main = page('<h2>Check-ins</h2>');
    document.body.insertAdjacentHTML(
      'afterbegin',
      '<nav><h2>Quarterdeck</h2></nav><div id="toaster"><div><button>Undo</button></div></div>',
    );
    document.querySelector<HTMLElement>('#toaster button')?.focus();
    document.getElementById('toaster')!.innerHTML = '';
    await settle();
    expect(document.activeElement).toBe(main);
  });

  it('leaves a dialog’s own controls to the dialog, which returns the focus to its opener', async () => {
    page('<button id="opener">Edit</button><dialog open><button id="save">Save</button></dialog>');
    const opener = document.getElementById('opener')!;
    document.getElementById('save')!.focus();
    document.querySelector('dialog')!.remove();
    opener.focus();
    await settle();
    expect(document.activeElement).toBe(opener);
  });
});
