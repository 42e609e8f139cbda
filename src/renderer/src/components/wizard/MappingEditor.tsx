import type { ImportMapping } from '../../../../shared/mapping';
import { FIELD_GROUPS, fieldGroupName } from '../../mapping/fieldNames';
import { FieldSourceControl } from './FieldSourceControl';

interface Props {
  headers: readonly string[];
  mapping: ImportMapping;
  onChange: (next: ImportMapping) => void;
}

/** Every Vigil field with where it comes from in this file, grouped as an analyst thinks of them. */
export function MappingEditor({ headers, mapping, onChange }: Props) {
  return (
    <div className="mapping-groups">
      {FIELD_GROUPS.map(({ group, fields }) => (
        <fieldset key={group} className="mapping-group">
          <legend className="mapping-group-name">{fieldGroupName(group)}</legend>
          {fields.map((field) => (
            <FieldSourceControl
              key={field}
              field={field}
              mapping={mapping}
              headers={headers}
              onChange={onChange}
            />
          ))}
        </fieldset>
      ))}
    </div>
  );
}
