import { it } from 'vitest';
import { rulesOf } from './helpers';
import { isExternalCommitment } from '../../../../shared/domain/coach/rules/commitment';
const T = [
  'Deliver the 120 liferaft service kits ordered by the RNLI before their 30 September deadline',
  'Deliver the 120 liferaft service kits ordered by the RNLI by 30 September',
  'Deliver the 120 kits ordered by the Harbour Trust before their 30 September deadline',
  'Deliver the 30 mooring lines ordered by Falmouth Harbour before their 1 April deadline',
  "Deliver the Worshipful Company of Goldsmiths' 12 commemorative cups before their banquet on 10 October",
  "Rebuild Chatsworth's 200 metres of estate wall before their open weekend on 3 June",
  "Deliver Harrods' 40 hampers before their Christmas window on 20 November",
];
it('scratch', () => {
  for (const t of T) console.log(t, '=>', isExternalCommitment(t), rulesOf(t, { unit: 'count', baseline: 0, direction: 'increase' }).join(','));
});
