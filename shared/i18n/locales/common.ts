export const commonEn = {
  workingDay_one: '{{value}} working day',
  workingDay_other: '{{value}} working days',
  hour_one: '{{value}} hour',
  hour_other: '{{value}} hours',
  minute_one: '{{value}} minute',
  minute_other: '{{value}} minutes',
  hoursUnit: 'h',
  minutesUnit: 'min',
  number: {
    notANumber: '‘{{text}}’ is not a number. Write e.g. 12 or 1.5.',
    severalDecimalSeparators: '‘{{text}}’ is not a number: it has more than one decimal point.',
    groupNotThreeDigits: '‘{{text}}’ is not a number: a comma separates thousands (1,800 is one thousand eight hundred).',
    spaceGroupNotThreeDigits: '‘{{text}}’ is not a number: a space between digits separates thousands, so three digits follow it (1 800).',
    didYouMean: 'Did you mean {{suggestion}}? Then write a point.',
    groupAfterDecimal: '‘{{text}}’ is not a number: the decimal point comes before a comma that separates thousands. Write e.g. 1,234.5.',
    mixedGroupSeparators: '‘{{text}}’ is not a number: thousands are separated both by commas and by spaces. Use one of them.',
  },
};

export const commonNl: typeof commonEn = {
  workingDay_one: '{{value}} werkdag',
  workingDay_other: '{{value}} werkdagen',
  hour_one: '{{value}} uur',
  hour_other: '{{value}} uur',
  minute_one: '{{value}} minuut',
  minute_other: '{{value}} minuten',
  hoursUnit: 'uur',
  minutesUnit: 'min',
  number: {
    notANumber: '‘{{text}}’ is geen getal. Schrijf bijvoorbeeld 12 of 1,5.',
    severalDecimalSeparators: '‘{{text}}’ is geen getal: er staat meer dan één komma in.',
    groupNotThreeDigits: '‘{{text}}’ is geen getal: een punt scheidt duizendtallen (1.800 is duizend achthonderd).',
    spaceGroupNotThreeDigits: '‘{{text}}’ is geen getal: een spatie tussen cijfers scheidt duizendtallen, dus er volgen drie cijfers (1 800).',
    didYouMean: 'Bedoel je {{suggestion}}? Schrijf dan een komma.',
    groupAfterDecimal: '‘{{text}}’ is geen getal: de komma staat vóór een punt die duizendtallen scheidt. Schrijf bijvoorbeeld 1.234,5.',
    mixedGroupSeparators: '‘{{text}}’ is geen getal: de duizendtallen zijn zowel met punten als met spaties gescheiden. Kies één van beide.',
  },
};
