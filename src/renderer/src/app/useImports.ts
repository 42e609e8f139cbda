import { useContext } from 'react';
import { ImportsContext, type Imports } from './ImportsContext';

/** Import jobs and the file picker; only under an ImportsProvider. */
export function useImports(): Imports {
  const imports = useContext(ImportsContext);
  if (imports === null) throw new Error('useImports is used outside an ImportsProvider');
  return imports;
}
