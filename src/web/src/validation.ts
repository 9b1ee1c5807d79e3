// Checks a form can make before asking the server (the server checks again).

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+()\-.\s x]*$/;

export const isEmail = (value: string) => EMAIL.test(value.trim());
export const isPhone = (value: string) => PHONE.test(value.trim());

/** An optional text field: trimmed, or null when left blank. */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A dialable tel: address; an extension ("x 12") becomes a pause then the digits. */
export function telHref(phone: string): string {
  const [number = '', extension] = phone.split(/x|ext\.?/i);
  const digits = number.replace(/[^0-9+]/g, '');
  const extra = extension?.replace(/[^0-9]/g, '');
  return `tel:${digits}${extra ? `,${extra}` : ''}`;
}
