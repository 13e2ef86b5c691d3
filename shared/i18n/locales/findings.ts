/**
 * Texts of the findings (domain.md section 4), written for office staff: every number is
 * evidence, every term gets a word of explanation. Values arrive formatted ({{wait}} is
 * already "3.5 working days", {{share}} already "20%").
 */
export const findingsEn = {
  common: {
    quoted: '‘{{name}}’',
    times_one: 'once',
    times_other: '{{value}} times',
    more_one: '{{value}} more',
    more_other: '{{value}} more',
    annual: {
      work: 'Over a year ({{cases}} cases) that is about {{hours}} of work, costing {{cost}}.',
      delay: 'Over a year ({{cases}} cases) cases together lie idle for about {{hours}} because of this (waiting time, not working time).',
      talent: 'Over a year ({{cases}} cases) that is about {{hours}} of work; handing it over saves about {{cost}}.',
    },
  },
  waiting: {
    longWait: {
      title: 'Long wait before {{step}}: {{wait}}',
      explanation: 'Before anyone starts on {{step}}, the work waits {{wait}} on average (in a tray, an inbox or a queue).',
      visits: 'A case passes here {{times}} on average, so per case the wait adds up to {{total}}.',
      share: 'That is {{share}} of the lead time, the total time from start to finish of one case ({{leadTime}}).',
      notCritical:
        'This step lies on a branch that runs at the same time as a longer one: shortening this wait does not shorten the lead time, because the case still waits for the other branch.',
      partlyCritical:
        'This step runs at the same time as another branch that takes almost as long: shortening this wait shortens the lead time by at most {{saving}}.',
    },
  },
  handoff: {
    lanePair: {
      title: 'Handoff from {{from}} to {{to}} ({{times}} per case)',
      explanation:
        'Work passes from {{from}} to {{to}} {{times}} per case on average: {{flows}}. At every handoff someone else has to pick the work up and understand it, and information can get lost.',
      wait: 'The work handed over then waits {{wait}} per case in total before {{to}} starts on it.',
    },
    pingPong: {
      title: 'Back and forth between {{laneA}} and {{laneB}} at {{middle}}',
      explanation:
        'Work goes from {{from}} ({{laneA}}) to {{middle}} ({{laneB}}) and then back to {{back}} ({{laneA}}). This back-and-forth happens {{times}} per case on average; each time the work changes desks twice.',
      wait: 'Waiting at both desks adds up to {{wait}} per case.',
    },
  },
  defects: {
    lowCompleteAccurate: {
      title: 'Errors or missing information from {{step}}: only {{ca}} complete and accurate',
      explanation:
        'Only {{ca}} of what {{step}} delivers is complete and accurate: the next step cannot use the rest without asking, adding or correcting anything. For {{defectShare}} someone has to ask, fill in or redo something later. The work spent on that incomplete or wrong output is {{minutes}} per case on average, and fixing it comes on top.',
    },
    rework: {
      sometimes: {
        title: 'Work sent back from {{from}} to {{to}} ({{share}} of the time)',
        explanation:
          'At {{from}}, {{share}} of the work is sent back to {{to}} to be put right (rework). That happens {{times}} per case on average.',
      },
      always: {
        title: 'Work sent back from {{from}} to {{to}}',
        explanation:
          'After {{from}} the work goes back to {{to}} to be put right (rework). That happens {{times}} per case on average.',
      },
      redone_one: 'Each time, {{steps}} is done again, which adds up to {{minutes}} of extra work per case.',
      redone_other: 'Each time, {{steps}} are done again, which adds up to {{minutes}} of extra work per case.',
    },
  },
  extraProcessing: {
    manyChecks: {
      title: 'Cases are checked or approved {{count}} times',
      explanation:
        'A case passes {{count}} check or approval steps on average: {{steps}}. Together they take {{total}} of work per case, and often a later step checks the same thing again. If one check were enough (keeping the largest, {{kept}}), that would save {{minutes}} per case.',
    },
    typedTwice: {
      title: 'Data entered in {{count}} different systems',
      explanation:
        'Data is typed into {{systems}}: {{steps}}. Most likely the same data is typed more than once, with a chance of typing errors each time. If it only had to be entered in one system ({{kept}}), that would save {{minutes}} per case.',
    },
    nonValueAdding: {
      title: '{{step}} adds no value',
      explanation:
        '{{step}} is marked as not adding value: the customer gains nothing from it and no rule or law requires it. It takes {{minutes}} of work per case on average. Consider whether the step can go.',
    },
  },
  transport: {
    paperFlow: {
      title: 'Paper carried from {{from}} to {{to}}',
      explanation:
        'The work goes on paper from {{from}} to {{to}} ({{times}} per case). Paper has to be brought or collected, can get lost and often sits in a tray.',
      wait: 'After that it waits {{wait}} per case on average before {{to}} starts.',
    },
    transportStep: {
      title: 'Moving work around: {{step}}',
      explanation:
        '{{step}} consists of moving work or documents (bringing, forwarding, printing and handing out). The work gets no better from it, and it takes {{minutes}} per case on average.',
    },
  },
  motion: {
    search: {
      title: 'Searching: {{step}}',
      explanation:
        'At {{step}} someone has to look for information or documents. That takes {{minutes}} per case on average. Fixed places, a clear folder structure or a link in the system help.',
    },
    systemSwitch: {
      title: 'Switching systems: from {{fromSystem}} to {{toSystem}} at {{to}}',
      explanation:
        'Within {{lane}}, someone works in {{fromSystem}} at {{from}} and straight after in {{toSystem}} at {{to}} ({{times}} per case). Every switch means opening, logging in and finding the case again. We count {{assumed}} per switch (an estimate: the map does not record it), so {{minutes}} per case.',
    },
  },
  inventory: {
    batch: {
      title: 'Work piles up before {{step}}: done once every {{interval}}',
      explanation:
        '{{step}} is not done straight away but in rounds, in one go once every {{interval}}. Until then the work sits on the pile: on average half that time, {{half}}, each time. Per case that is {{total}} of extra waiting.',
    },
  },
  nonUtilizedTalent: {
    activity: {
      work: 'work',
      approval: 'approving',
      check: 'checking',
      'data-entry': 'entering data',
      transport: 'moving work or documents',
      search: 'searching',
      communication: 'communicating',
    },
    delegate: {
      title: '{{step}} could be done by {{cheapLane}}',
      explanation:
        '{{step}} is {{activity}}, done by {{lane}} at {{laneCost}} per hour, {{factor}} times the cost of {{cheapLane}} ({{cheapCost}} per hour). This kind of work does not need the expertise of {{lane}}: handing it over frees their time for work that does. It is {{minutes}} of work per case.',
    },
  },
  waste: {
    defects: { name: 'defects', meaning: 'errors, missing information and putting things right.' },
    overproduction: { name: 'overproduction', meaning: 'making more, sooner or more often than needed (reports nobody reads, extra copies).' },
    waiting: { name: 'waiting', meaning: 'work lying idle until someone starts on it.' },
    'non-utilized-talent': { name: 'non-utilized talent', meaning: 'people doing work below their skills, or their ideas going unused.' },
    transport: { name: 'transport', meaning: 'moving work or documents around without making them any better.' },
    inventory: { name: 'inventory', meaning: 'work piling up (full inboxes, stacks, backlogs).' },
    motion: { name: 'motion', meaning: 'searching, walking back and forth, switching between systems.' },
    'extra-processing': { name: 'extra processing', meaning: 'doing more than needed: double checks, typing data twice, needless steps.' },
  },
  userTagged: {
    title: 'Tagged by you: {{waste}} at {{step}}',
    explanation: 'You tagged {{step}} as {{waste}}: {{meaning}}',
    work: 'The step takes {{minutes}} of work per case on average.',
    delay: 'The work waits here {{minutes}} per case on average.',
  },
};

export const findingsNl: typeof findingsEn = {
  common: {
    quoted: '‘{{name}}’',
    times_one: '{{value}} keer',
    times_other: '{{value}} keer',
    more_one: 'nog {{value}} andere',
    more_other: 'nog {{value}} andere',
    annual: {
      work: 'Over een jaar ({{cases}} zaken) is dat ongeveer {{hours}} werk, {{cost}}.',
      delay: 'Over een jaar ({{cases}} zaken) liggen zaken hierdoor samen ongeveer {{hours}} stil (wachttijd, geen werktijd).',
      talent: 'Over een jaar ({{cases}} zaken) is dat ongeveer {{hours}} werk; overdragen bespaart ongeveer {{cost}}.',
    },
  },
  waiting: {
    longWait: {
      title: 'Lange wachttijd vóór {{step}}: {{wait}}',
      explanation: 'Voordat iemand aan {{step}} begint, ligt het werk gemiddeld {{wait}} te wachten (in een bakje, een inbox of een wachtrij).',
      visits: 'Een zaak komt hier gemiddeld {{times}} langs, dus per zaak is de wachttijd samen {{total}}.',
      share: 'Dat is {{share}} van de doorlooptijd, de totale tijd van begin tot eind van één zaak ({{leadTime}}).',
      notCritical:
        'Deze stap ligt op een tak die tegelijk loopt met een langere: deze wachttijd korter maken maakt de doorlooptijd niet korter, want de zaak wacht toch op de andere tak.',
      partlyCritical:
        'Deze stap loopt tegelijk met een andere tak die bijna even lang duurt: deze wachttijd korter maken maakt de doorlooptijd hoogstens {{saving}} korter.',
    },
  },
  handoff: {
    lanePair: {
      title: 'Overdracht van {{from}} naar {{to}} ({{times}} per zaak)',
      explanation:
        'Werk gaat gemiddeld {{times}} per zaak over van {{from}} naar {{to}}: {{flows}}. Bij elke overdracht moet iemand anders het werk oppakken en begrijpen, en kan informatie verloren gaan.',
      wait: 'Het overgedragen werk wacht daarna samen {{wait}} per zaak voordat het bij {{to}} verder gaat.',
    },
    pingPong: {
      title: 'Heen en weer tussen {{laneA}} en {{laneB}} bij {{middle}}',
      explanation:
        'Werk gaat van {{from}} ({{laneA}}) naar {{middle}} ({{laneB}}) en daarna weer terug naar {{back}} ({{laneA}}). Dit heen-en-weer gebeurt gemiddeld {{times}} per zaak; elke keer wisselt het werk twee keer van bureau.',
      wait: 'Het wachten bij beide bureaus is samen {{wait}} per zaak.',
    },
  },
  defects: {
    lowCompleteAccurate: {
      title: 'Fouten of ontbrekende informatie uit {{step}}: maar {{ca}} compleet en juist',
      explanation:
        'Van wat {{step}} oplevert is maar {{ca}} compleet en juist: de volgende stap kan de rest niet gebruiken zonder iets na te vragen, aan te vullen of te verbeteren. Bij {{defectShare}} moet iemand later iets navragen, aanvullen of overdoen. Het werk dat in die onvolledige of foute uitvoer zit, is gemiddeld {{minutes}} per zaak, en het herstellen komt daar nog bij.',
    },
    rework: {
      sometimes: {
        title: 'Werk gaat terug van {{from}} naar {{to}} ({{share}} van de keren)',
        explanation:
          'Bij {{from}} gaat {{share}} van het werk terug naar {{to}} om te herstellen (herstelwerk). Dat gebeurt gemiddeld {{times}} per zaak.',
      },
      always: {
        title: 'Werk gaat terug van {{from}} naar {{to}}',
        explanation:
          'Na {{from}} gaat het werk terug naar {{to}} om te herstellen (herstelwerk). Dat gebeurt gemiddeld {{times}} per zaak.',
      },
      redone_one: 'Elke keer wordt {{steps}} opnieuw gedaan; dat is {{minutes}} extra werk per zaak.',
      redone_other: 'Elke keer worden {{steps}} opnieuw gedaan; samen is dat {{minutes}} extra werk per zaak.',
    },
  },
  extraProcessing: {
    manyChecks: {
      title: 'Zaken worden {{count}} keer gecontroleerd of goedgekeurd',
      explanation:
        'Een zaak gaat gemiddeld langs {{count}} controle- of goedkeuringsstappen: {{steps}}. Samen kost dat {{total}} werk per zaak, en vaak controleert een latere stap hetzelfde nog eens. Als één controle genoeg is (de grootste, {{kept}}, blijft), scheelt dat {{minutes}} per zaak.',
    },
    typedTwice: {
      title: 'Gegevens ingevoerd in {{count}} verschillende systemen',
      explanation:
        'Gegevens worden ingevoerd in {{systems}}: {{steps}}. Waarschijnlijk worden zo dezelfde gegevens meer dan eens overgetypt, met elke keer kans op typefouten. Als alles in één systeem ({{kept}}) ingevoerd hoeft te worden, scheelt dat {{minutes}} per zaak.',
    },
    nonValueAdding: {
      title: '{{step}} voegt geen waarde toe',
      explanation:
        '{{step}} is gemarkeerd als niet-waardetoevoegend: de klant heeft er niets aan en geen regel of wet vraagt erom. Het kost gemiddeld {{minutes}} werk per zaak. Kijk of de stap weg kan.',
    },
  },
  transport: {
    paperFlow: {
      title: 'Papier gaat van {{from}} naar {{to}}',
      explanation:
        'Het werk gaat op papier van {{from}} naar {{to}} ({{times}} per zaak). Papier moet gebracht of opgehaald worden, kan zoekraken en ligt vaak in een bakje.',
      wait: 'Daarna wacht het gemiddeld {{wait}} per zaak voordat {{to}} begint.',
    },
    transportStep: {
      title: 'Werk verplaatsen: {{step}}',
      explanation:
        '{{step}} bestaat uit het verplaatsen van werk of documenten (brengen, doorsturen, printen en rondbrengen). Het werk wordt daar niet beter van, en het kost gemiddeld {{minutes}} per zaak.',
    },
  },
  motion: {
    search: {
      title: 'Zoeken: {{step}}',
      explanation:
        'Bij {{step}} moet iemand informatie of documenten zoeken. Dat kost gemiddeld {{minutes}} per zaak. Vaste plekken, een duidelijke mappenstructuur of een link in het systeem helpen.',
    },
    systemSwitch: {
      title: 'Wisselen van systeem: van {{fromSystem}} naar {{toSystem}} bij {{to}}',
      explanation:
        'Binnen {{lane}} werkt iemand bij {{from}} in {{fromSystem}} en direct daarna bij {{to}} in {{toSystem}} ({{times}} per zaak). Elke wissel betekent openen, inloggen en de zaak opnieuw opzoeken. We rekenen {{assumed}} per wissel (een schatting: de kaart legt dit niet vast), dus {{minutes}} per zaak.',
    },
  },
  inventory: {
    batch: {
      title: 'Werk stapelt zich op vóór {{step}}: eens per {{interval}}',
      explanation:
        '{{step}} wordt niet meteen gedaan maar in rondes, eens per {{interval}} in één keer. Tot dan ligt het werk op de stapel: gemiddeld de helft van die tijd, {{half}}, per keer. Per zaak is dat {{total}} extra wachttijd.',
    },
  },
  nonUtilizedTalent: {
    activity: {
      work: 'werk',
      approval: 'goedkeuren',
      check: 'controleren',
      'data-entry': 'gegevens invoeren',
      transport: 'werk of documenten verplaatsen',
      search: 'zoeken',
      communication: 'communiceren',
    },
    delegate: {
      title: '{{step}} kan door {{cheapLane}} gedaan worden',
      explanation:
        '{{step}} is {{activity}}, gedaan door {{lane}} voor {{laneCost}} per uur, {{factor}} keer zoveel als bij {{cheapLane}} ({{cheapCost}} per uur). Voor dit werk is de kennis van {{lane}} niet nodig: overdragen geeft hun tijd vrij voor werk waar die kennis wel nodig is. Het gaat om {{minutes}} werk per zaak.',
    },
  },
  waste: {
    defects: { name: 'fouten', meaning: 'fouten, ontbrekende informatie en herstelwerk.' },
    overproduction: { name: 'overproductie', meaning: 'meer, eerder of vaker werk maken dan nodig (rapporten die niemand leest, extra kopieën).' },
    waiting: { name: 'wachten', meaning: 'werk dat stilligt tot iemand eraan begint.' },
    'non-utilized-talent': { name: 'onbenut talent', meaning: 'mensen doen werk onder hun kunnen, of hun ideeën worden niet gebruikt.' },
    transport: { name: 'transport', meaning: 'werk of documenten verplaatsen zonder dat ze er beter van worden.' },
    inventory: { name: 'voorraad', meaning: 'werk dat zich opstapelt (volle inboxen, stapels, achterstanden).' },
    motion: { name: 'beweging', meaning: 'zoeken, heen en weer lopen, wisselen tussen systemen.' },
    'extra-processing': { name: 'overbewerking', meaning: 'meer doen dan nodig: dubbele controles, dubbel invoeren, overbodige stappen.' },
  },
  userTagged: {
    title: 'Door jou gemarkeerd: {{waste}} bij {{step}}',
    explanation: 'Je hebt {{step}} gemarkeerd als {{waste}}: {{meaning}}',
    work: 'De stap kost gemiddeld {{minutes}} werk per zaak.',
    delay: 'Het werk wacht hier gemiddeld {{minutes}} per zaak.',
  },
};
