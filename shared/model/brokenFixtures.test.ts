import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap } from './parse';
import type { MapProblemCode } from './problems';

const brokenDir = new URL('../../fixtures/broken/', import.meta.url);

interface Expectation {
  code: MapProblemCode;
  pathText: string;
  /** Fragments the first message must contain, per language: the field and the step/flow/lane. */
  en: string[];
  nl: string[];
}

/** One file per refusal rule of domain.md 1.1. */
const EXPECTED: Record<string, Expectation> = {
  'not-json': { code: 'not-json', pathText: '', en: ['not valid JSON', 'line 46, column 7'], nl: ['geen geldige JSON', 'regel 46, kolom 7'] },
  empty: { code: 'empty-file', pathText: '', en: ['The file is empty'], nl: ['Het bestand is leeg'] },
  'wrong-format': { code: 'wrong-format', pathText: 'format', en: ['not a Stroomlijn map', '"visio-drawing"'], nl: ['geen Stroomlijn-kaart', '"visio-drawing"'] },
  'newer-version': {
    code: 'newer-version',
    pathText: 'schemaVersion',
    en: ['made by a newer version of Stroomlijn', 'file version 7'],
    nl: ['gemaakt met een nieuwere versie van Stroomlijn', 'bestandsversie 7'],
  },
  'missing-title': { code: 'missing-field', pathText: 'meta.title', en: ['Map details: the title is missing.'], nl: ['Kaartgegevens: de titel ontbreekt.'] },
  'wrong-type': {
    code: 'wrong-type',
    pathText: 'steps[2].processTime',
    en: ['Step "Factuur controleren" (s3): the process time must be a number, but it is "5 minuten".'],
    nl: ['Stap "Factuur controleren" (s3): de bewerkingstijd moet een getal zijn, maar is "5 minuten".'],
  },
  'negative-time': {
    code: 'out-of-range',
    pathText: 'steps[3].waitTime',
    en: ['Step "Factuur registreren" (s4): the wait time must be a number of 0 or more, but it is -5.'],
    nl: ['Stap "Factuur registreren" (s4): de wachttijd moet een getal van 0 of meer zijn, maar is -5.'],
  },
  'probability-above-one': {
    code: 'out-of-range',
    pathText: 'flows[4].probability',
    en: ['Flow "ja" (f5): the probability must be a number from 0 to 1 (0% to 100%), but it is 1.5.'],
    nl: ['Verbinding "ja" (f5): de kans moet een getal van 0 tot en met 1 zijn (0% tot 100%), maar is 1.5.'],
  },
  'duplicate-ids': {
    code: 'duplicate-id',
    pathText: 'steps[2].id',
    en: ['Step "Factuur controleren" (s2): the id "s2" is also used by another step (no. 2, "Factuur openen")'],
    nl: ['Stap "Factuur controleren" (s2): de id "s2" wordt ook gebruikt door een andere stap (nr. 2, "Factuur openen")'],
  },
  'unknown-lane': {
    code: 'unknown-lane',
    pathText: 'steps[4].laneId',
    en: ['Step "Manager keurt goed" (s5): the lane "directie" does not exist.', '"Secretariaat" (sec), "Manager" (mgr)'],
    nl: ['Stap "Manager keurt goed" (s5): de rol "directie" bestaat niet.'],
  },
  'dangling-flow': {
    code: 'unknown-step',
    pathText: 'flows[3].to',
    en: ['Flow f4 (from "Factuur registreren" to "s9"): it leads to step "s9", which does not exist.'],
    nl: ['Verbinding f4 (van "Factuur registreren" naar "s9"): hij gaat naar stap "s9", maar die bestaat niet.'],
  },
  'two-starts': {
    code: 'several-starts',
    pathText: 'steps[1].type',
    en: ['Step "Factuur openen" (s2): this is a second start step', '("Factuur komt binnen" (s1) is already the start)'],
    nl: ['Stap "Factuur openen" (s2): dit is een tweede startstap', '("Factuur komt binnen" (s1) is al de start)'],
  },
  'no-end': { code: 'no-end', pathText: 'steps', en: ['The map has no end step.'], nl: ['De kaart heeft geen eindstap.'] },
  'end-with-outgoing-flow': {
    code: 'end-has-outgoing-flow',
    pathText: 'steps[5].type',
    en: ['Step "Factuur betaald" (s6): this is an end step, so no flow may leave it, but flow "f7" to "Factuur openen" does.'],
    nl: ['Stap "Factuur betaald" (s6): dit is een eindstap', 'verbinding "f7" naar "Factuur openen"'],
  },
  'probabilities-sum-above-one': {
    code: 'probabilities-above-one',
    pathText: 'steps[4]',
    en: ['Step "Manager keurt goed" (s5): the probabilities of the flows leaving this step add up to 1.15 (115%)'],
    nl: ['Stap "Manager keurt goed" (s5): de kansen van de verbindingen die uit deze stap vertrekken tellen op tot 1,15 (115%)'],
  },
  'future-dangling-flow': {
    code: 'unknown-step',
    pathText: 'future.flows[2].from',
    en: ['Future state – Flow f3 (from "s0" to "Factuur registreren"): it starts at step "s0", which does not exist.'],
    nl: ['Toekomstige situatie – Verbinding f3 (van "s0" naar "Factuur registreren"): hij begint bij stap "s0"'],
  },
  'proto-key': {
    code: 'forbidden-key',
    pathText: 'steps[3]["x-plugin"].settings.__proto__',
    en: ['Step "Factuur registreren" (s4): the file contains a field named "__proto__"'],
    nl: ['Stap "Factuur registreren" (s4): het bestand bevat een veld met de naam "__proto__"'],
  },
  // Badly structured parallel blocks (domain.md section 7): the message names the split and the flow.
  'parallel-flow-leaves-branch': {
    code: 'parallel-flow-leaves-branch',
    pathText: 'flows[9]',
    en: ['Flow "account klaar" (f10): it leaves a branch of the parallel split "Voorbereiding starten" (s2) without going through its join.'],
    nl: ['Verbinding "account klaar" (f10): hij verlaat een tak van de parallelle splitsing "Voorbereiding starten" (s2) zonder via de samenkomst te gaan.'],
  },
  'parallel-flow-enters-branch': {
    code: 'parallel-flow-enters-branch',
    pathText: 'flows[9]',
    en: ['Flow f10 (from "Contract getekend" to "Werkplek inrichten"): it leads into a branch of the parallel split "Voorbereiding starten" (s2) from outside.'],
    nl: ['Verbinding f10 (van "Contract getekend" naar "Werkplek inrichten"): hij komt van buitenaf binnen in een tak van de parallelle splitsing "Voorbereiding starten" (s2).'],
  },
  'parallel-branch-ends': {
    code: 'parallel-branch-ends',
    pathText: 'flows[6]',
    en: ['Flow f7 (from "Toegangspas bestellen" to "Collega is gestart"): it leads to an end step inside a branch of the parallel split "Voorbereiding starten" (s2).'],
    nl: ['Verbinding f7 (van "Toegangspas bestellen" naar "Collega is gestart"): hij gaat naar een eindstap binnen een tak van de parallelle splitsing "Voorbereiding starten" (s2).'],
  },
  'parallel-branch-dead-end': {
    code: 'parallel-branch-without-join',
    pathText: 'steps[4]',
    en: ['Step "Toegangspas bestellen" (s5): this step lies in a branch of the parallel split "Voorbereiding starten" (s2) but has no outgoing flow'],
    nl: ['Stap "Toegangspas bestellen" (s5): deze stap ligt in een tak van de parallelle splitsing "Voorbereiding starten" (s2)'],
  },
  'parallel-branches-meet-outside-join': {
    code: 'parallel-flow-leaves-branch',
    pathText: 'flows[5]',
    en: ['Flow f6 (from "Werkplek inrichten" to "Toegangspas bestellen"): it leads to "Toegangspas bestellen" (s5), where a branch of the parallel split "Voorbereiding starten" (s2) comes together with another branch.'],
    nl: ['Verbinding f6 (van "Werkplek inrichten" naar "Toegangspas bestellen")', 'waar een tak van de parallelle splitsing "Voorbereiding starten" (s2) samenkomt met een andere tak'],
  },
  'parallel-join-without-split': {
    code: 'parallel-join-without-split',
    pathText: 'flows[4]',
    en: ['Flow f5 (from "Account aanmaken" to "Alles klaar"): it leads into the parallel join "Alles klaar" (s6) but does not come from a branch of a parallel split.'],
    nl: ['Verbinding f5 (van "Account aanmaken" naar "Alles klaar"): hij gaat naar de parallelle samenkomst "Alles klaar" (s6), maar komt niet uit een tak van een parallelle splitsing.'],
  },
  'parallel-split-and-join': {
    code: 'parallel-split-and-join',
    pathText: 'steps[5].type',
    en: ['Step "Alles klaar" (s6): this parallel step has 3 incoming and 2 outgoing flows.'],
    nl: ['Stap "Alles klaar" (s6): deze parallelle stap heeft 3 inkomende en 2 uitgaande verbindingen.'],
  },
  'parallel-rework-in-block': {
    code: 'parallel-rework-in-block',
    pathText: 'flows[4]',
    en: ['Flow f5 (from "Account aanmaken" to "Alles klaar"): it is marked as rework, but it leaves the parallel split "Voorbereiding starten" (s2) or leads into its join.'],
    nl: ['Verbinding f5 (van "Account aanmaken" naar "Alles klaar"): hij is gemarkeerd als herstelwerk'],
  },
};

describe('fixtures/broken: every file is refused with a message naming the field and the step/flow', () => {
  const files = readdirSync(brokenDir).filter((name) => name.endsWith('.stroomlijn'));

  it('has an expectation for every broken fixture and a fixture for every expectation', () => {
    expect(files.map((name) => name.replace(/\.stroomlijn$/, '')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    for (const language of ['en', 'nl'] as const) {
      it(`${name} (${language})`, () => {
        const text = readFileSync(new URL(`${name}.stroomlijn`, brokenDir), 'utf8');
        const result = parseMap(text, { language });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const [first] = result.problems;
        expect(first?.code).toBe(expected.code);
        expect(first?.pathText).toBe(expected.pathText);
        for (const fragment of expected[language]) expect(first?.message).toContain(fragment);
      });
    }
  }
});
