import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { problemsEn } from '../i18n/locales/problems';

/**
 * Why a map file was refused (domain.md section 1.1). Each code is one refusal rule; the
 * message says the same in plain words, in the requested language.
 */
export const MAP_PROBLEM_CODES = [
  // Before or while reading the text.
  'file-too-large',
  'invalid-encoding',
  'nesting-too-deep',
  'empty-file',
  'not-json',
  'forbidden-key',
  'duplicate-key',
  // The envelope and the version.
  'not-a-map',
  'wrong-format',
  'invalid-schema-version',
  'newer-version',
  'migration-failed',
  // Structure (zod schema).
  'missing-field',
  'wrong-type',
  'out-of-range',
  'invalid-choice',
  'invalid-value',
  // Cross-references and graph rules (validateMap.ts).
  'duplicate-id',
  'unknown-lane',
  'unknown-step',
  'no-start',
  'several-starts',
  'no-end',
  'end-has-outgoing-flow',
  'probabilities-above-one',
  // Parallel blocks (domain.md section 7; shared/model/parallelProblems.ts).
  'parallel-split-and-join',
  'parallel-split-without-join',
  'parallel-branch-without-join',
  'parallel-branch-ends',
  'parallel-flow-leaves-branch',
  'parallel-flow-enters-branch',
  'parallel-join-without-split',
  'parallel-join-shared',
  'parallel-rework-in-block',
  // Appended when more problems were found than are reported.
  'more-problems',
  // A bug in Stroomlijn, reported instead of thrown.
  'internal-error',
] as const;
export type MapProblemCode = (typeof MAP_PROBLEM_CODES)[number];

export type ProblemPath = ReadonlyArray<string | number>;

export interface MapProblem {
  code: MapProblemCode;
  /** Where in the document, e.g. `['steps', 3, 'waitTime']`; empty for the whole file. */
  path: Array<string | number>;
  /** The same path as text: `steps[3].waitTime`. */
  pathText: string;
  /** Self-contained, in the requested language, naming the field and the step/flow/lane. */
  message: string;
}

/** At most this many problems are reported, plus one `more-problems` line. */
export const MAX_REPORTED_PROBLEMS = 50;

/** `['steps', 3, 'waitTime']` → `steps[3].waitTime`. */
export function formatPath(path: ProblemPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += /^[A-Za-z_$][\w$]*$/.test(segment) ? (text === '' ? segment : `.${segment}`) : `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** Keeps the first `MAX_REPORTED_PROBLEMS` and says how many more there were. */
export function capProblems(problems: MapProblem[], totalCount: number, t: TFunction): MapProblem[] {
  if (totalCount <= MAX_REPORTED_PROBLEMS) return problems.slice(0, MAX_REPORTED_PROBLEMS);
  const rest = totalCount - MAX_REPORTED_PROBLEMS;
  return [...problems.slice(0, MAX_REPORTED_PROBLEMS), { code: 'more-problems', path: [], pathText: '', message: t('problems:file.moreProblems', { count: rest }) }];
}

const MAX_SHOWN_TEXT_CHARS = 60;

function shorten(text: string): string {
  return text.length > MAX_SHOWN_TEXT_CHARS ? `${text.slice(0, MAX_SHOWN_TEXT_CHARS - 1)}…` : text;
}

/** Whether `value` is a plain (JSON) object, as opposed to an array or null. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path` inside `document`, or undefined when the path does not exist. */
export function valueAt(document: unknown, path: ProblemPath): unknown {
  let current: unknown = document;
  for (const segment of path) {
    if (typeof segment === 'number' ? !Array.isArray(current) : !isJsonObject(current)) return undefined;
    const container = current as Record<string | number, unknown>;
    if (!Object.prototype.hasOwnProperty.call(container, segment)) return undefined;
    current = container[segment];
  }
  return current;
}

/** A value as a user would recognise it from the file: `-5`, `"abc"`, `empty`, `a list`. */
export function describeValue(value: unknown, t: TFunction): string {
  if (value === undefined) return t('problems:value.missing');
  if (value === null) return t('problems:value.empty');
  if (typeof value === 'string') return value === '' ? t('problems:value.empty') : `"${shorten(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return t('problems:value.list');
  return t('problems:value.group');
}

const FIELD_KEYS = new Set<string>(Object.keys(problemsEn.field).filter((key) => key !== 'unknown' && key !== 'item'));

/**
 * The name of the field at the end of `path`: `steps[3].waitTime` → "the wait time",
 * `steps[3].wastes[1]` → "the waste tags (item 2)".
 */
export function describeField(path: ProblemPath, t: TFunction): string {
  let end = path.length;
  while (end > 0 && typeof path[end - 1] === 'number') end -= 1;
  const name = path[end - 1];
  if (typeof name !== 'string') return t('problems:field.meta');
  // "type" means different things in a step and in an action's change.
  const contextual = name === 'type' && path.includes('effects') ? 'effectType' : name === 'type' && path.includes('steps') ? 'stepType' : name;
  let field = FIELD_KEYS.has(contextual) ? t(`problems:field.${contextual}`) : t('problems:field.unknown', { name: shorten(name) });
  for (const index of path.slice(end)) field = t('problems:field.item', { field, number: Number(index) + 1 });
  return field;
}

function textAt(document: unknown, path: ProblemPath, key: string): string {
  const value = valueAt(document, [...path, key]);
  return typeof value === 'string' ? shorten(value.trim()) : '';
}

/** The id of the element at `path`, or "no. 4" when it has no usable id. */
function idOf(document: unknown, path: ProblemPath, t: TFunction): string {
  const id = textAt(document, path, 'id');
  return id !== '' ? id : t('problems:subject.numbered', { number: Number(path[path.length - 1]) + 1 });
}

function describeNamed(document: unknown, path: ProblemPath, kind: 'step' | 'lane' | 'action', labelKey: string, t: TFunction): string {
  const label = textAt(document, path, labelKey);
  const id = idOf(document, path, t);
  return label !== '' ? t(`problems:subject.${kind}`, { label, id }) : t(`problems:subject.${kind}NoLabel`, { id });
}

function stepLabelById(document: unknown, statePath: ProblemPath, stepId: string): string {
  const steps = valueAt(document, [...statePath, 'steps']);
  if (!Array.isArray(steps)) return stepId;
  const step: unknown = steps.find((candidate) => isJsonObject(candidate) && candidate.id === stepId);
  const label = isJsonObject(step) && typeof step.label === 'string' ? step.label.trim() : '';
  return shorten(label !== '' ? label : stepId);
}

/** The element (step, lane, flow…) the path is inside of: "Step "Registreren" (s4)". */
export function describeSubject(document: unknown, path: ProblemPath, t: TFunction): string | undefined {
  const inFuture = path[0] === 'future';
  const statePath = inFuture ? ['future'] : [];
  const rest = inFuture ? path.slice(1) : path;
  const [collection, index] = rest;
  const elementPath = [...statePath, collection ?? '', index ?? 0];
  let subject: string | undefined;
  if (typeof index !== 'number') {
    if (collection === 'meta' || collection === 'settings') subject = t(`problems:subject.${collection}`);
  } else if (collection === 'steps') {
    subject = describeNamed(document, elementPath, 'step', 'label', t);
  } else if (collection === 'lanes') {
    subject = describeNamed(document, elementPath, 'lane', 'name', t);
  } else if (collection === 'flows') {
    const id = idOf(document, elementPath, t);
    const label = textAt(document, elementPath, 'label');
    const from = textAt(document, elementPath, 'from');
    const to = textAt(document, elementPath, 'to');
    if (label !== '') subject = t('problems:subject.flow', { label, id });
    else if (from !== '' && to !== '') {
      subject = t('problems:subject.flowBetween', { id, from: stepLabelById(document, statePath, from), to: stepLabelById(document, statePath, to) });
    } else subject = t('problems:subject.flowNoLabel', { id });
  } else if (collection === 'annotations') {
    subject = t('problems:subject.annotation', { id: idOf(document, elementPath, t) });
  } else if (collection === 'actions') {
    subject = describeNamed(document, elementPath, 'action', 'title', t);
    const effectIndex = rest[3];
    if (rest[2] === 'effects' && typeof effectIndex === 'number') subject = t('problems:subject.effect', { action: subject, number: effectIndex + 1 });
  } else if (collection === 'dismissedFindings') {
    subject = t('problems:subject.dismissedFinding', { number: index + 1 });
  }
  if (!inFuture) return subject;
  return subject === undefined ? t('problems:subject.future') : t('problems:subject.inFuture', { subject });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Builds a problem whose message is "subject: body", e.g.
 * `Step "Factuur registreren" (s4): the wait time must be a number of 0 or more, but it is -5.`
 * `document` is the (raw or parsed) map the path points into, used to name the subject.
 */
export function createProblem(
  code: MapProblemCode,
  path: ProblemPath,
  body: string,
  document: unknown,
  t: TFunction,
): MapProblem {
  // The subject of a list-level path ("steps") is the map itself: the body then stands alone.
  const subject = describeSubject(document, path, t);
  const message = subject === undefined ? capitalise(body) : `${subject}: ${body}`;
  return { code, path: [...path], pathText: formatPath(path), message };
}

/** Fields that hold fractions 0..1: their range message shows percentages too. */
const FRACTION_FIELDS = new Set(['probability', 'completeAccurate', 'value']);

/** The friendly problem for one zod issue; `document` is the raw input zod checked. */
export function problemFromZodIssue(issue: z.core.$ZodIssue, document: unknown, t: TFunction): MapProblem {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const rawValue = valueAt(document, path);
  const lastName = path.filter((segment) => typeof segment === 'string').at(-1);
  // "value" is a fraction in an action's change, but an amount in a goal's target.
  const isFraction = lastName !== undefined && FRACTION_FIELDS.has(lastName) && !path.includes('targets');
  const field = describeField(path, t);
  const value = describeValue(rawValue, t);
  const make = (code: MapProblemCode, key: string, extra: Record<string, unknown> = {}): MapProblem =>
    createProblem(code, path, t(`problems:body.${key}`, { field, value, ...extra }), document, t);
  switch (issue.code) {
    case 'invalid_type': {
      if (rawValue === undefined) return make('missing-field', 'missing');
      const typeKeys: Record<string, string> = { number: 'mustBeNumber', string: 'mustBeText', boolean: 'mustBeTrueFalse', array: 'mustBeList', object: 'mustBeGroup' };
      return make('wrong-type', typeKeys[issue.expected] ?? 'notValid');
    }
    case 'too_small':
      if (issue.origin === 'string') return make('missing-field', 'notEmpty');
      if (issue.origin === 'array') return make('out-of-range', 'tooFewItems', { minimum: String(issue.minimum) });
      if (isFraction) return make('out-of-range', 'fraction');
      return make('out-of-range', issue.inclusive === false ? 'greaterThan' : 'atLeast', { minimum: Number(issue.minimum) });
    case 'too_big':
      if (isFraction) return make('out-of-range', 'fraction');
      return make('out-of-range', issue.origin === 'number' ? 'atMost' : 'notValid', { maximum: Number(issue.maximum) });
    case 'invalid_format':
      return make('invalid-value', lastName === 'currency' ? 'currency' : 'notValid');
    case 'invalid_value':
      return make('invalid-choice', 'oneOf', { options: issue.values.map((option) => JSON.stringify(option)).join(', ') });
    case 'invalid_union':
      if (issue.discriminator !== undefined && 'options' in issue && issue.options !== undefined) {
        return make('invalid-choice', 'oneOf', { options: issue.options.map((option) => JSON.stringify(option)).join(', ') });
      }
      return make('invalid-value', 'notValid');
    default:
      return make('invalid-value', 'notValid');
  }
}
