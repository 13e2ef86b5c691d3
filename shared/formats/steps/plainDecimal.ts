import type { Language } from '../../model/vocabulary';

/**
 * A number as plain decimal digits, never in exponent notation (`readNumber` refuses
 * `1e-7`), with the decimal separator of `language` and no thousands separators, and exactly
 * the same number when read back: JavaScript's shortest round-trip digits, with the exponent
 * written out (1.5e-7 → "0.00000015").
 */
export function plainDecimal(value: number, language: Language): string {
  const decimal = language === 'nl' ? ',' : '.';
  const text = String(value);
  const exponentAt = text.indexOf('e');
  if (exponentAt < 0) return text.replace('.', decimal);
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, exponentAt);
  const exponent = Number(text.slice(exponentAt + 1));
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const pointAt = whole.length + exponent;
  let plain: string;
  if (pointAt <= 0) plain = `0${decimal}${'0'.repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) plain = digits + '0'.repeat(pointAt - digits.length);
  else plain = `${digits.slice(0, pointAt)}${decimal}${digits.slice(pointAt)}`;
  return negative ? `-${plain}` : plain;
}

/**
 * A fraction as the shortest percentage that reads back as exactly the same fraction
 * (0.8 → "80%", 0.07 → "7%"), or the fraction itself when no percentage does (a fraction
 * times 100 is not always exact in binary): "0,07000000000000001".
 */
export function exactPercentText(fraction: number, language: Language): string {
  for (let precision = 1; precision <= 17; precision += 1) {
    const percent = Number((fraction * 100).toPrecision(precision));
    if (percent / 100 === fraction) return `${plainDecimal(percent, language)}%`;
  }
  return plainDecimal(fraction, language);
}
