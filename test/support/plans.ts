import { parsePlanCsv, type CsvPlan } from '../../shared/domain/planCsv';

/**
 * A plan CSV for import tests: two objectives of this team and quarter (one aligned to "Grow
 * revenue"), and one naming another quarter, an unknown parent and no direction.
 */
export const PLAN_CSV = [
  'team,quarter,objective,objective_type,parent_objective,key_result,metric,unit,baseline,target,direction,measured_by,owner,proposed_by',
  'Payments Platform,2027-Q1,Checkout feels instant,committed,Grow revenue,Cut checkout LCP,p75 LCP,s,3.2,1.5,decrease,RUM,Payments team,Ana',
  'Payments Platform,2027-Q1,Checkout feels instant,,,Checkout success up,Checkout success,%,94,98,increase,Funnel,Payments team,Ana',
  'Payments Platform,2026-Q4,Customers can rely on us,aspirational,Nobody has this,P1 incidents down,P1 incidents per quarter,incidents,8,2,,Incident log,,',
].join('\n');

/** The plan in a CSV text; throws when the text cannot be read at all. */
export function planOf(text: string): CsvPlan {
  const result = parsePlanCsv(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}
