import { useLiveQuery } from 'dexie-react-hooks';
import type { Template } from '@shared/domain';
import { listTemplates } from '../../../db/repositories/templates';

/** Built-in templates and the team's own, live: a template saved in another window shows up here. */
export function useTemplates(): Template[] | undefined {
  return useLiveQuery(() => listTemplates(), []);
}
