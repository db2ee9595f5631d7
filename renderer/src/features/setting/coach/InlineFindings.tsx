import type { Finding } from '@shared/domain/coach/types';

/** The coach's findings on one objective or key result, one line each, under it in a list. */
export function InlineFindings({ findings, about }: { findings: Finding[]; about: string }) {
  if (findings.length === 0) return null;
  return (
    <ul className="kr__findings" aria-label={`Coach findings for ${about}`}>
      {findings.map((f) => (
        <li key={f.rule} className={`kr__finding kr__finding--${f.severity}`}>
          <code>{f.rule}</code> {f.message}
        </li>
      ))}
    </ul>
  );
}
