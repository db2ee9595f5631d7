import { errorMessage } from '../../lib/formErrors';
import { useToastStore } from '../../state/toastStore';

/** Reports a quick action's failure (one with no form to show it in) in a toast. */
export function useErrorToast(): (error: unknown) => void {
  const show = useToastStore((s) => s.show);
  return (error: unknown) => show({ tone: 'error', message: errorMessage(error) });
}
