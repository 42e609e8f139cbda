// The period wording is shared with `vigil stats`.
export { periodText } from '../../../shared/periodText';
