import { badUserInput } from '../errors/graphql-errors';

/** A national registry number that offices, OSS and ODS Koperasi know records by. */
export interface RegistryNumber {
  abbreviation: string;
  name: string;
  digits: number;
  pattern: RegExp;
}

/** NIK koperasi, Nomor Induk Koperasi (ODS Koperasi): 16 digits. */
export const NIK_KOPERASI: RegistryNumber = { abbreviation: 'NIK', name: 'Nomor Induk Koperasi', digits: 16, pattern: /^\d{16}$/ };

/** NIB, Nomor Induk Berusaha (OSS): 13 digits. */
export const NIB: RegistryNumber = { abbreviation: 'NIB', name: 'Nomor Induk Berusaha', digits: 13, pattern: /^\d{13}$/ };

/** What an input field holding `number` must be, for class-validator messages. */
export function registryNumberMessage(number: RegistryNumber, field: string): string {
  return `${field} must be the ${number.digits}-digit ${number.name}`;
}

/** `value` when it has the form of `number`, else BAD_USER_INPUT naming the argument. */
export function assertRegistryNumber(value: string, number: RegistryNumber, argument: string): string {
  if (!number.pattern.test(value)) {
    throw badUserInput(`"${value}" is not a ${number.abbreviation}: a ${number.name} has ${number.digits} digits`, { argument });
  }
  return value;
}
