import { type RefObject, useEffect, useRef, useState } from 'react';

/**
 * Focus asked for now and given after the next render. A field behind a modal dialog cannot take
 * focus while the dialog is open, and a closing dialog hands focus back to what opened it as it
 * goes: asked for in the dialog's button, the focus lands in the field once the dialog is gone.
 */
export function useFocusRequest<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const ref = useRef<T>(null);
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests > 0) ref.current?.focus();
  }, [requests]);
  return [ref, () => setRequests((n) => n + 1)];
}
