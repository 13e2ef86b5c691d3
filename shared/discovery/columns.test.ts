import { describe, expect, it } from 'vitest';
import { checkColumnMapping, describeColumns, guessColumnMapping } from './columns';

describe('column guessing', () => {
  it('knows the pm4py/XES names', () => {
    const columns = describeColumns(['case:concept:name', 'concept:name', 'time:timestamp', 'start_timestamp', 'lifecycle:transition', 'org:resource', 'org:role', 'org:group'], []);
    expect(guessColumnMapping(columns)).toEqual({
      case: 'case:concept:name',
      activity: ['concept:name'],
      timestamp: 'time:timestamp',
      start: 'start_timestamp',
      lifecycle: 'lifecycle:transition',
      lane: ['org:role', 'org:group', 'org:resource'],
    });
  });

  it('knows Dutch and English words, whatever their case and accents, and shows sample values', () => {
    const header = ['Zaaknummer', 'Activiteit', 'Tijdstip', 'Starttijd', 'Medewerker', 'Afdeling', 'Bedrag'];
    const rows = [
      ['Z1', 'Registreren', '01-03-2024 09:00', '01-03-2024 08:50', 'Anna', 'Inkoop', '12,50'],
      ['Z1', 'Registreren', '01-03-2024 10:00', '', 'Bram', 'Inkoop', '3'],
    ];
    const columns = describeColumns(header, rows);
    expect(columns[1]).toEqual({ name: 'Activiteit', guessedRole: 'activity', samples: ['Registreren'], timestampShare: 0 });
    expect(columns[2]?.timestampShare).toBe(1);
    expect(guessColumnMapping(columns)).toEqual({ case: 'Zaaknummer', activity: ['Activiteit'], timestamp: 'Tijdstip', start: 'Starttijd', lifecycle: null, lane: ['Afdeling', 'Medewerker'] });
    const english = guessColumnMapping(describeColumns(['Case ID', 'Activity', 'Timestamp', 'Department', 'Resource'], []));
    expect(english).toMatchObject({ case: 'Case ID', activity: ['Activity'], timestamp: 'Timestamp', lane: ['Department', 'Resource'] });
  });

  it('finds the timestamp by its values and the activity as the first other text column when headers say nothing', () => {
    const columns = describeColumns(['Nr', 'Wat', 'Wanneer'], [['1', 'Bellen', '2024-03-01 10:00'], ['2', 'Mailen', '2024-03-01 11:00']]);
    expect(guessColumnMapping(columns)).toMatchObject({ case: 'Nr', activity: ['Wat'], timestamp: 'Wanneer' });
  });

  it('names what a mapping lacks', () => {
    expect(checkColumnMapping({ case: null, activity: ['a', 'b', 'c'], timestamp: 'x', start: null, lifecycle: null, lane: ['zz'] }, ['a', 'b', 'c'])).toEqual([
      { code: 'missingRole', role: 'case' },
      { code: 'tooManyActivityColumns' },
      { code: 'unknownColumn', column: 'x' },
      { code: 'unknownColumn', column: 'zz' },
    ]);
  });
});
