import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBpmn, listBpmnProcesses } from './importBpmn';
import { checkXmlSafety } from './xmlSafety';
import { getTranslator } from '../../i18n/translator';
import { importReportLines } from '../reportText';

const HEAD = '<?xml version="1.0" encoding="UTF-8"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">';

function process(id: string, body: string, name = ''): string {
  return `<process id="${id}" name="${name}">${body}</process>`;
}

const SIMPLE = process(
  'p1',
  `<laneSet id="ls"><lane id="L1" name="Team"><childLaneSet id="cs"><lane id="L1a" name="Front"><flowNodeRef>start</flowNodeRef><flowNodeRef>t1</flowNodeRef></lane><lane id="L1b"><flowNodeRef>g1</flowNodeRef></lane></childLaneSet></lane></laneSet>
  <startEvent id="start" name="Aanvraag&#10;binnen"/>
  <userTask id="t1" name="Beoordelen"/>
  <inclusiveGateway id="g1" name="Goed?"/>
  <sendTask id="t2" name="Bericht sturen"/>
  <endEvent id="e1"/>
  <sequenceFlow id="f1" sourceRef="start" targetRef="t1"/>
  <sequenceFlow id="f2" sourceRef="t1" targetRef="g1"/>
  <sequenceFlow id="f3" name="nee" sourceRef="g1" targetRef="t1"/>
  <sequenceFlow id="f4" name="ja" sourceRef="g1" targetRef="t2"/>
  <sequenceFlow id="f5" sourceRef="t2" targetRef="e1"/>
  <textAnnotation id="n1"><text>Let op de termijn</text></textAnnotation>`,
  'Aanvragen',
);

describe('BPMN import (domain.md section 9)', () => {
  it('maps lanes (nested: "Parent / Child", unnamed: "Rol N", none: the pool), node kinds, names and rework', async () => {
    const result = await importBpmn(`${HEAD}${SIMPLE}</definitions>`, { language: 'nl', now: '2026-12-07T00:00:00Z' });
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    const { map, report } = result;
    expect(map.lanes.map((lane) => lane.name)).toEqual(['Team / Front', 'Team / Rol 1', 'Aanvragen']);
    expect(map.steps.map((step) => [step.id, step.type, step.label])).toEqual([
      ['start', 'start', 'Aanvraag binnen'],
      ['t1', 'activity', 'Beoordelen'],
      ['g1', 'decision', 'Goed?'],
      ['t2', 'activity', 'Bericht sturen'],
      ['e1', 'end', 'Einde 1'],
    ]);
    expect(map.steps.find((step) => step.id === 't2')?.activity).toBe('communication');
    expect(map.flows.find((flow) => flow.id === 'f3')).toMatchObject({ rework: true, label: 'nee' });
    expect(map.flows.filter((flow) => flow.rework)).toHaveLength(1);
    expect(map.annotations.map((note) => note.text)).toEqual(['Let op de termijn']);
    expect(report.counts).toEqual({ lanes: 3, steps: 5, flows: 5 });
    const codes = Object.fromEntries(report.items.map((item) => [item.code, item.names]));
    expect(codes.inclusiveAsExclusive).toEqual(['Goed?']);
    expect(codes.reworkFlows).toEqual(['Goed? → Beoordelen']);
    expect(codes.noDiagram).toEqual([]);
    expect(codes.timesMissing).toEqual([]);
    expect(codes.notesFromAnnotations).toEqual(['Let op de termijn']);
  });

  it('keeps a well-structured parallel block and turns a broken one into a choice', async () => {
    const block = (joinTarget: string) =>
      process(
        'p',
        `<startEvent id="s"/><parallelGateway id="split"/><task id="a" name="A"/><task id="b" name="B"/><parallelGateway id="join"/><endEvent id="e"/>
        <sequenceFlow id="f1" sourceRef="s" targetRef="split"/><sequenceFlow id="f2" sourceRef="split" targetRef="a"/><sequenceFlow id="f3" sourceRef="split" targetRef="b"/>
        <sequenceFlow id="f4" sourceRef="a" targetRef="join"/><sequenceFlow id="f5" sourceRef="b" targetRef="${joinTarget}"/><sequenceFlow id="f6" sourceRef="join" targetRef="e"/>`,
      );
    const good = await importBpmn(`${HEAD}${block('join')}</definitions>`, { language: 'en' });
    expect(good.ok && good.map.steps.filter((step) => step.type === 'parallel').map((step) => step.id)).toEqual(['split', 'join']);
    const broken = await importBpmn(`${HEAD}${block('e')}</definitions>`, { language: 'en' });
    if (!broken.ok) throw new Error(JSON.stringify(broken.failure));
    expect(broken.map.steps.find((step) => step.id === 'split')?.type).toBe('decision');
    expect(broken.report.items.find((item) => item.code === 'parallelAsDecision')?.names.length).toBeGreaterThan(0);
  });

  it('takes the pool with the most flow nodes, names the others, and takes the one chosen', async () => {
    const small = process('small', '<startEvent id="x1"/><endEvent id="x2"/><sequenceFlow id="xf" sourceRef="x1" targetRef="x2"/>', 'Klein');
    const xml = `${HEAD}<collaboration id="c"><participant id="P1" name="Groot" processRef="p1"/><participant id="P2" processRef="small"/></collaboration>${SIMPLE}${small}</definitions>`;
    const chosen = await importBpmn(xml, { language: 'en' });
    expect(chosen.ok && chosen.map.meta.title).toBe('Groot');
    expect(chosen.ok && chosen.report.items.find((item) => item.code === 'otherProcesses')?.names).toEqual(['Klein (small)']);
    const other = await importBpmn(xml, { language: 'en', processId: 'P2' });
    expect(other.ok && other.map.steps).toHaveLength(2);
    const missing = await importBpmn(xml, { language: 'en', processId: 'nope' });
    expect(missing.ok ? null : missing.failure.code).toBe('processNotFound');
    const list = await listBpmnProcesses(xml);
    expect(list.ok && list.processes.map((item) => item.id)).toEqual(['p1', 'small']);
  });

  it('adds one start before several and folds a boundary event into its host', async () => {
    const xml = `${HEAD}${process(
      'p',
      `<startEvent id="s1" name="Mail"/><startEvent id="s2" name="Post"/><task id="t" name="Doen"/><boundaryEvent id="b" name="Te laat" attachedToRef="t"><timerEventDefinition/></boundaryEvent><task id="esc" name="Escaleren"/><endEvent id="e"/>
      <sequenceFlow id="f1" sourceRef="s1" targetRef="t"/><sequenceFlow id="f2" sourceRef="s2" targetRef="t"/><sequenceFlow id="f3" sourceRef="t" targetRef="e"/><sequenceFlow id="f4" sourceRef="b" targetRef="esc"/><sequenceFlow id="f5" sourceRef="esc" targetRef="e"/>`,
    )}</definitions>`;
    const result = await importBpmn(xml, { language: 'en' });
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    expect(result.map.steps.filter((step) => step.type === 'start')).toHaveLength(1);
    expect(result.map.flows.find((flow) => flow.id === 'f4')?.from).toBe('t');
    const codes = Object.fromEntries(result.report.items.map((item) => [item.code, item.names]));
    expect(codes.severalStarts).toEqual(['Mail', 'Post']);
    expect(codes.boundaryEvents).toEqual(['Te laat']);
    expect(codes.eventDefinitions).toEqual(['Te laat (Timer)']);
  });

  it('refuses what is not BPMN, has no process, or declares entities, with one message', async () => {
    const failure = async (xml: string) => {
      const result = await importBpmn(xml, { language: 'en' });
      return result.ok ? null : result.failure.code;
    };
    expect(await failure('{"format":"stroomlijn-map"}')).toBe('notBpmn');
    expect(await failure('<html><body/></html>')).toBe('malformed');
    expect(await failure(`${HEAD}</definitions>`)).toBe('noProcess');
    expect(await failure(`${HEAD}<process id="p"><task id="t"`)).toBe('malformed');
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>${HEAD}</definitions>`;
    expect(await failure(laughs)).toBe('entities');
    expect(await failure(`<!DOCTYPE x SYSTEM "http://evil.example/x.dtd">${HEAD}</definitions>`)).toBe('entities');
    expect(checkXmlSafety(`${'<a>'.repeat(70)}${'</a>'.repeat(70)}`)).toEqual({ code: 'tooDeep', limit: 64 });
  });
});

describe('BPMN import: times and chances from simulation parameters (domain.md section 9)', () => {
  it('reads BPSim processing and wait times (in the scenario unit) and branch probabilities', async () => {
    const xml = readFileSync(join(import.meta.dirname, '../../../fixtures/bpmn/bpsim-times.bpmn'), 'utf8');
    const result = await importBpmn(xml, { language: 'en' });
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    const byLabel = (label: string) => result.map.steps.find((step) => step.label === label);
    // baseTimeUnit="min": a normal distribution's mean 12 and a constant wait of 240.
    expect(byLabel('Controleren')).toMatchObject({ processTime: 12, waitTime: 240 });
    expect(byLabel('Besluiten')).toMatchObject({ processTime: 30, waitTime: 0 });
    expect(result.map.flows.find((flow) => flow.id === 'Ja')?.probability).toBe(0.75);
    expect(result.map.flows.find((flow) => flow.id === 'Nee')?.probability).toBe(0.25);
    const lines = importReportLines(result.report, getTranslator('en'));
    expect(lines).toContain('Times and chances taken from the file’s simulation data (BPSim or QBP) for 2 steps.');
    expect(lines).toContain('Steps without times in the file: fill in their process and wait time: Aanvullen');
  });

  it('reads QBP durations (mean in seconds) and execution probabilities', async () => {
    const xml = readFileSync(join(import.meta.dirname, '../../../fixtures/bpmn/bpsim-times.bpmn'), 'utf8')
      .replace(/<bpmn:relationship[\s\S]*<\/bpmn:relationship>/, '')
      .replace(
        '<bpmn:process id="Aanvraag" name="Aanvraag behandelen" isExecutable="false">',
        '<bpmn:process id="Aanvraag" name="Aanvraag behandelen" isExecutable="false"><bpmn:extensionElements><qbp:processSimulationInfo xmlns:qbp="http://www.qbp-simulator.com/Schema201212"><qbp:elements><qbp:element elementId="Aanvullen"><qbp:durationDistribution type="FIXED" mean="900" arg1="0" arg2="0"><qbp:timeUnit>minutes</qbp:timeUnit></qbp:durationDistribution></qbp:element></qbp:elements><qbp:sequenceFlows><qbp:sequenceFlow elementId="Ja" executionProbability="0.6"/><qbp:sequenceFlow elementId="Nee" executionProbability="0.4"/></qbp:sequenceFlows></qbp:processSimulationInfo></bpmn:extensionElements>',
      );
    const result = await importBpmn(xml, { language: 'en' });
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    // 900 seconds = 15 minutes.
    expect(result.map.steps.find((step) => step.label === 'Aanvullen')?.processTime).toBe(15);
    expect(result.map.flows.find((flow) => flow.id === 'Ja')?.probability).toBe(0.6);
  });
});
