// Checks several commands share: dates, a period's order, category codes, and a store that must exist.
// Each fault names the option that is wrong, as a catalog message.
import { existsSync } from 'node:fs';
import { VigilFault } from '../../shared/errors';
import { isIsoDate, type IsoDate } from '../../shared/period';
import { CATEGORY_CODES, type CategoryCode } from '../../shared/taxonomy';

/** A calendar day given to `option`, or a fault saying it is not one. */
export function calendarDate(value: string, option: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new VigilFault('invalid_input', { key: 'errors:option.notADate', params: { option, value } });
  }
  return value;
}

/** As calendarDate, and the option must be given. */
export function requiredDate(value: string | undefined, option: string): IsoDate {
  if (value === undefined) {
    throw new VigilFault('invalid_input', { key: 'errors:option.dateRequired', params: { option } });
  }
  return calendarDate(value, option);
}

export function fromAfterTo(from: string, to: string): VigilFault {
  return new VigilFault('invalid_input', { key: 'errors:option.fromAfterTo', params: { from, to } });
}

/** Each --category value must be a code of the taxonomy. */
export function categoryCodes(codes: readonly string[]): CategoryCode[] {
  return codes.map((code): CategoryCode => {
    if (!(CATEGORY_CODES as readonly string[]).includes(code)) {
      throw new VigilFault('invalid_input', {
        key: 'errors:option.notACategory',
        params: { code, categories: CATEGORY_CODES.join(', ') },
      });
    }
    return code as CategoryCode;
  });
}

/** A mistyped --db would otherwise create an empty store and report zeros as if they were figures. */
export function requireStore(storePath: string): void {
  if (!existsSync(storePath)) {
    throw new VigilFault('not_found', { key: 'errors:cli.noStore', params: { path: storePath } });
  }
}
