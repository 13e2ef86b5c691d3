export const commonEn = {
  workingDay_one: '{{value}} working day',
  workingDay_other: '{{value}} working days',
  hour_one: '{{value}} hour',
  hour_other: '{{value}} hours',
  minute_one: '{{value}} minute',
  minute_other: '{{value}} minutes',
  hoursUnit: 'h',
  minutesUnit: 'min',
};

export const commonNl: typeof commonEn = {
  workingDay_one: '{{value}} werkdag',
  workingDay_other: '{{value}} werkdagen',
  hour_one: '{{value}} uur',
  hour_other: '{{value}} uur',
  minute_one: '{{value}} minuut',
  minute_other: '{{value}} minuten',
  hoursUnit: 'u',
  minutesUnit: 'min',
};
