import { describe, expect, it } from 'vitest';
import { LOG_FORMATS } from '../discovery/readLog';
import { CLI_PLAN_FILE_FORMATS } from '../cli/planArgs';
import { EXPORT_FILE_TYPES } from '../ipc/exportFileKinds';
import { OPENABLE_EXTENSIONS } from '../ipc/channels';
import { FILE_FORMATS, cliNamesOf, fileFormat, formatByCliName, formatForFileName, formatsOf, withFormatExtension } from './registry';

describe('the format registry', () => {
  it('has unique ids and lower-case extensions with a dot', () => {
    expect(new Set(FILE_FORMATS.map((format) => format.id)).size).toBe(FILE_FORMATS.length);
    for (const format of FILE_FORMATS) {
      expect(format.extensions.length).toBeGreaterThan(0);
      for (const extension of format.extensions) expect(extension).toMatch(/^\.[a-z0-9.]+$/);
      expect(format.read || format.write).toBe(true);
    }
  });

  it('tells a readable map format from a file name, longest ending first, any case', () => {
    expect(formatForFileName('Facturen.BPMN', 'map')?.id).toBe('bpmn');
    expect(formatForFileName('stappen.xlsx', 'map')?.id).toBe('steps-xlsx');
    expect(formatForFileName('stappen.csv', 'map')?.id).toBe('steps-csv');
    expect(formatForFileName('kaart.stroomlijn', 'map')?.id).toBe('stroomlijn');
    expect(formatForFileName('log.xes.gz', 'event-log')?.id).toBe('log-xes');
    expect(formatForFileName('notities.docx', 'map')).toBeNull();
  });

  it('is where the plan exporters, pictures, log readers and the map file take their extensions', () => {
    expect([...CLI_PLAN_FILE_FORMATS].sort()).toEqual(['docx', 'html', 'md', 'pptx']);
    expect(formatsOf('plan', 'write').map((format) => format.id)).toEqual(['plan-docx', 'plan-pdf', 'plan-html', 'plan-md']);
    expect(EXPORT_FILE_TYPES.docx).toEqual({ extension: 'docx', mediaType: fileFormat('plan-docx').mediaType });
    expect(EXPORT_FILE_TYPES.svg.extension).toBe('svg');
    expect(OPENABLE_EXTENSIONS).toEqual(['stroomlijn', 'json']);
    for (const log of LOG_FORMATS) expect(log.extensions).toEqual(fileFormat(`log-${log.id}`).extensions);
  });

  it('names the command line formats of maps and finds them back', () => {
    expect(cliNamesOf('map')).toEqual(['bpmn', 'csv', 'xlsx']);
    expect(formatByCliName('map', 'xlsx')?.id).toBe('steps-xlsx');
    expect(formatByCliName('map', 'docx')).toBeNull();
  });

  it('adds the written extension once', () => {
    expect(withFormatExtension('proces', fileFormat('bpmn'))).toBe('proces.bpmn');
    expect(withFormatExtension('proces.BPMN', fileFormat('bpmn'))).toBe('proces.BPMN');
  });
});
