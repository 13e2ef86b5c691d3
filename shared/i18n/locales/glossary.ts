/**
 * The one glossary of Stroomlijn (namespace `glossary`): every term the app, the plan and the
 * command line use for the same thing, in plain words first, with the lean term only in the
 * explanation (a tooltip in the app). Other texts do not repeat these words: they nest them,
 * `$t(glossary:leadTime.name)`, so a term changes in one place. Per term:
 * - `name`: as a label or at the start of a sentence ("Doorlooptijd");
 * - `term`: inside a sentence ("de doorlooptijd");
 * - `short`: where room is scarce (a step on the map, a table column), when it differs;
 * - `explanation`: what it means, ending with the lean term it stands for.
 */
export const glossaryEn = {
  /** The kinds of waste (and handoffs) by which findings are grouped, in the app, the plan and the deck. */
  waste: {
    defects: 'Defects',
    overproduction: 'Overproduction',
    waiting: 'Waiting',
    'non-utilized-talent': 'Unused talent',
    transport: 'Transport',
    inventory: 'Inventory',
    motion: 'Motion',
    'extra-processing': 'Extra processing',
    handoff: 'Handoffs',
  },
  leadTime: {
    name: 'Lead time',
    term: 'lead time',
    explanation: 'How long one case is under way from start to finish: the work and the waiting together.',
  },
  processTime: {
    name: 'Process time',
    term: 'process time',
    short: 'work',
    explanation: 'The time someone actually works on the case.',
  },
  waitTime: {
    name: 'Wait time',
    term: 'wait time',
    short: 'wait',
    explanation: 'The time a case lies waiting before a step starts.',
  },
  activityRatio: {
    name: 'Share worked',
    term: 'share worked',
    explanation: 'The part of the lead time in which someone works on the case: process time ÷ lead time. In lean: activity ratio.',
  },
  valueAddingTime: {
    name: 'Value-adding share',
    term: 'value-adding share',
    short: 'value-adding',
    explanation: 'The part of the lead time spent on work the customer values: value-adding process time ÷ lead time. In lean: process cycle efficiency (PCE).',
  },
  handoffs: {
    name: 'Handoffs per case',
    term: 'handoffs',
    explanation: 'How often a case goes from one role to another on average. Each handoff adds waiting and a chance of mistakes.',
  },
  rightFirstTime: {
    name: 'Right first time',
    term: 'right first time',
    explanation: 'The share of cases that go through the whole process without anything being sent back or asked again. In lean: rolled %C&A.',
  },
  completeAccurate: {
    name: 'Complete and accurate',
    term: 'complete and accurate',
    short: 'right',
    explanation: 'The share of what a step delivers that the next step can use without asking, adding or correcting anything. In lean: %C&A (percent complete and accurate).',
  },
  annualHours: {
    name: 'Hours of work per year',
    term: 'hours of work per year',
    explanation: 'Cases per year × the work per case, in hours.',
  },
  annualCost: {
    name: 'Cost per year',
    term: 'cost per year',
    explanation: 'The hours of work per year of each role × its hourly rate.',
  },
  visits: {
    name: 'Times per case',
    term: 'times per case',
    explanation: 'How often one case passes a step on average: more than once when work goes back.',
  },
  role: {
    name: 'Role',
    term: 'role',
    plural: 'roles',
    pluralName: 'Roles',
    explanation: 'A band of the map for whoever does the work: a person, team, department, outside party or system. In lean: swimlane.',
  },
  rework: {
    name: 'Rework',
    term: 'rework',
    explanation: 'Work that goes back because it was not right the first time.',
  },
  round: {
    name: 'Work in rounds',
    term: 'round',
    explanation: 'Work that is collected and done in one go once every so often, such as a weekly payment run. In lean: batch.',
  },
  improvementIdea: {
    name: 'Improvement idea',
    term: 'improvement idea',
    explanation: 'A star on the map where an improvement takes effect. In lean: kaizen burst.',
  },
  kindOfImprovement: {
    name: 'Kind of improvement',
    explanation: 'Try in this order: leave a step out, combine steps, rearrange them, or make a step simpler. In lean: ECRS.',
    eliminate: 'Leave out',
    combine: 'Combine',
    rearrange: 'Rearrange',
    simplify: 'Simplify',
  },
  effort: {
    name: 'Effort',
    explanation: 'How much time, money or consultation an action takes. Little effort: the team can start on Monday.',
    low: 'Little effort',
    medium: 'Some effort',
    high: 'Much effort',
  },
  payoff: {
    name: 'Payoff',
    term: 'payoff',
    explanation: 'What an action brings compared with the action that saves most: hours of work a year or time off the lead time, whichever is larger.',
  },
  choice: {
    name: 'Payoff and effort',
    column: 'Advice',
    explanation: 'Every action placed by what it brings and the effort it takes, in four groups. In lean: PICK chart (Possible, Implement, Challenge, Kill).',
    implement: 'Do now',
    challenge: 'Challenge',
    possible: 'Possible',
    kill: 'Do not do',
    implementMeaning: 'big payoff, little effort',
    challengeMeaning: 'big payoff, more effort',
    possibleMeaning: 'small payoff, little effort',
    killMeaning: 'small payoff, more effort',
  },
  status: {
    name: 'Status',
    proposed: 'Proposed',
    accepted: 'Accepted',
    rejected: 'Rejected',
    done: 'Done',
  },
  rootCause: {
    name: 'Root cause',
    why: 'Why?',
    explanation: 'Asking "why?" up to five times about a finding; the last answer is the cause the actions should take away.',
  },
  target: {
    name: 'Target',
    explanation: 'A figure the team wants to reach by a date, such as the lead time from 10 to 5 working days by 1 March.',
  },
};

export const glossaryNl: typeof glossaryEn = {
  /** De soorten verspilling (en overdrachten) waarin bevindingen gegroepeerd zijn. */
  waste: {
    defects: 'Fouten',
    overproduction: 'Overproductie',
    waiting: 'Wachten',
    'non-utilized-talent': 'Onbenut talent',
    transport: 'Transport',
    inventory: 'Voorraad',
    motion: 'Beweging',
    'extra-processing': 'Overbewerking',
    handoff: 'Overdrachten',
  },
  leadTime: {
    name: 'Doorlooptijd',
    term: 'doorlooptijd',
    explanation: 'Hoe lang één zaak onderweg is, van begin tot eind: het werk en het wachten samen. In lean: lead time.',
  },
  processTime: {
    name: 'Bewerkingstijd',
    term: 'bewerkingstijd',
    short: 'werk',
    explanation: 'De tijd dat iemand echt aan de zaak werkt. In lean: process time.',
  },
  waitTime: {
    name: 'Wachttijd',
    term: 'wachttijd',
    short: 'wachten',
    explanation: 'De tijd dat een zaak ligt te wachten voordat een stap begint. In lean: wait time.',
  },
  activityRatio: {
    name: 'Aandeel werk',
    term: 'aandeel werk',
    explanation: 'Het deel van de doorlooptijd waarin iemand aan de zaak werkt: bewerkingstijd ÷ doorlooptijd. In lean: activity ratio.',
  },
  valueAddingTime: {
    name: 'Aandeel waarde',
    term: 'aandeel waarde',
    short: 'waardetoevoegend',
    explanation: 'Het deel van de doorlooptijd dat opgaat aan werk waar de klant iets aan heeft: waardetoevoegende bewerkingstijd ÷ doorlooptijd. In lean: process cycle efficiency (PCE).',
  },
  handoffs: {
    name: 'Overdrachten per zaak',
    term: 'overdrachten',
    explanation: 'Hoe vaak een zaak gemiddeld van de ene rol naar een andere gaat. Elke overdracht geeft wachten en kans op fouten. In lean: handoff.',
  },
  rightFirstTime: {
    name: 'In één keer goed',
    term: 'in één keer goed',
    explanation: 'Het deel van de zaken dat het hele proces doorloopt zonder dat er iets terug moet of nagevraagd wordt. In lean: rolled %C&A.',
  },
  completeAccurate: {
    name: 'Compleet en juist',
    term: 'compleet en juist',
    short: 'goed',
    explanation: 'Het deel van wat een stap oplevert dat de volgende stap kan gebruiken zonder iets na te vragen, aan te vullen of te verbeteren. In lean: %C&A (percent complete and accurate).',
  },
  annualHours: {
    name: 'Uren werk per jaar',
    term: 'uren werk per jaar',
    explanation: 'Zaken per jaar × het werk per zaak, in uren.',
  },
  annualCost: {
    name: 'Kosten per jaar',
    term: 'kosten per jaar',
    explanation: 'De uren werk per jaar van elke rol × het uurtarief van die rol.',
  },
  visits: {
    name: 'Keer per zaak',
    term: 'keer per zaak',
    explanation: 'Hoe vaak één zaak gemiddeld langs een stap komt: meer dan eens als er werk terug moet.',
  },
  role: {
    name: 'Rol',
    term: 'rol',
    plural: 'rollen',
    pluralName: 'Rollen',
    explanation: 'Een strook van de kaart voor wie het werk doet: een persoon, team, afdeling, externe partij of systeem. In lean: swimlane.',
  },
  rework: {
    name: 'Herstelwerk',
    term: 'herstelwerk',
    explanation: 'Werk dat terug moet omdat het niet in één keer goed was. In lean: rework.',
  },
  round: {
    name: 'Werk in rondes',
    term: 'ronde',
    explanation: 'Werk dat verzameld wordt en eens per zoveel tijd in één keer gedaan, zoals een wekelijkse betaalrun. In lean: batch.',
  },
  improvementIdea: {
    name: 'Verbeteridee',
    term: 'verbeteridee',
    explanation: 'Een ster op de kaart waar een verbetering ingrijpt. In lean: kaizen burst.',
  },
  kindOfImprovement: {
    name: 'Soort verbetering',
    explanation: 'Probeer in deze volgorde: een stap schrappen, stappen samenvoegen, anders indelen of een stap eenvoudiger maken. In lean: ECRS.',
    eliminate: 'Schrappen',
    combine: 'Samenvoegen',
    rearrange: 'Anders indelen',
    simplify: 'Vereenvoudigen',
  },
  effort: {
    name: 'Moeite',
    explanation: 'Hoeveel tijd, geld of overleg een actie kost. Weinig moeite: het team kan maandag beginnen.',
    low: 'Weinig moeite',
    medium: 'Gemiddelde moeite',
    high: 'Veel moeite',
  },
  payoff: {
    name: 'Opbrengst',
    term: 'opbrengst',
    explanation: 'Wat een actie oplevert, vergeleken met de actie die het meeste bespaart: uren werk per jaar of tijd van de doorlooptijd, wat het grootst is.',
  },
  choice: {
    name: 'Opbrengst en moeite',
    column: 'Advies',
    explanation: 'Elke actie geplaatst naar wat ze oplevert en de moeite die ze kost, in vier groepen. In lean: PICK-grafiek (Possible, Implement, Challenge, Kill).',
    implement: 'Direct doen',
    challenge: 'Uitdaging',
    possible: 'Mogelijk',
    kill: 'Niet doen',
    implementMeaning: 'veel opbrengst, weinig moeite',
    challengeMeaning: 'veel opbrengst, meer moeite',
    possibleMeaning: 'weinig opbrengst, weinig moeite',
    killMeaning: 'weinig opbrengst, meer moeite',
  },
  status: {
    name: 'Status',
    proposed: 'Voorgesteld',
    accepted: 'Aangenomen',
    rejected: 'Afgewezen',
    done: 'Uitgevoerd',
  },
  rootCause: {
    name: 'Grondoorzaak',
    why: 'Waarom?',
    explanation: 'Tot vijf keer ‘waarom?’ vragen over een bevinding; het laatste antwoord is de oorzaak die de acties moeten wegnemen.',
  },
  target: {
    name: 'Streefwaarde',
    explanation: 'Een cijfer dat het team op een datum wil halen, zoals de doorlooptijd van 10 naar 5 werkdagen vóór 1 maart.',
  },
};
