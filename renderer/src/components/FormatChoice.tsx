/** One format a document can be exported in: its name and what it is good for. */
export interface FormatOption {
  label: string;
  hint: string;
}

interface FormatChoiceProps<K extends string> {
  /** The radio group's name, unique within the dialog. */
  name: string;
  formats: Readonly<Record<K, FormatOption>>;
  value: K;
  onChange: (format: K) => void;
}

/** The export dialogs' format question: one radio per format, with its hint. */
export function FormatChoice<K extends string>({
  name,
  formats,
  value,
  onChange,
}: FormatChoiceProps<K>) {
  return (
    <fieldset className="field radio-group export-formats">
      <legend>Format</legend>
      {(Object.keys(formats) as K[]).map((key) => (
        <label key={key} className="radio export-format">
          <input
            type="radio"
            name={name}
            value={key}
            checked={value === key}
            onChange={() => onChange(key)}
          />
          <span>
            <strong>{formats[key].label}</strong>
            <span className="muted"> — {formats[key].hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
