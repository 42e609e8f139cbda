import { useImports } from '../app/useImports';

/** Opens the file picker; the chosen files are imported like dropped ones. */
export function ChooseFilesButton({ primary = false }: { primary?: boolean }) {
  const { pickFiles } = useImports();
  return (
    <button type="button" className={primary ? 'button button-primary' : 'button'} onClick={pickFiles}>
      Choose files…
    </button>
  );
}
