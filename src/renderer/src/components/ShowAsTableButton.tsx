/** A chart panel's switch between its chart and the same numbers as a table. */
export function ShowAsTableButton({
  asTable,
  onToggle,
  testId,
}: {
  asTable: boolean;
  onToggle: () => void;
  testId: string;
}) {
  return (
    <button
      type="button"
      className="button button-small"
      aria-pressed={asTable}
      data-testid={testId}
      onClick={onToggle}
    >
      {asTable ? 'Show as chart' : 'Show as table'}
    </button>
  );
}
