/**
 * Texts of the action playbook (domain.md section 5): suggested countermeasures for
 * office work, effect descriptions, ECRS, effort, status and PICK names. Values arrive
 * formatted in the map's language ({{wait}} is already "3 working days", {{step}} already
 * "‘Manager signs the invoice’"). Titles say what to do and what changes in the map;
 * descriptions say why (with the map's numbers), how, and what the calculation assumes.
 */
export const playbookEn = {
  common: {
    quoted: '‘{{name}}’',
    times_one: 'once',
    times_other: '{{value}} times',
    channel: {
      system: 'through {{system}}',
      email: 'by e-mail',
    },
    waitDropped: 'The waiting time of {{wait}} before {{step}} disappears.',
    decisionMoves: 'The decision {{decision}} moves along.',
    bestCase: 'The calculation assumes the best case: the step is dropped for every case.',
    reason: {
      waiting: 'The work now waits {{wait}} before {{lane}} starts on it.',
      manyChecks: 'The case is also checked at {{kept}}.',
      nonValueAdding: 'The step adds nothing the client pays for.',
      overproduction: 'You marked it as overproduction: more is made than anyone needs.',
    },
    stopStep: {
      title: 'Stop {{step}}: check first who still uses it',
      description:
        '{{reason}} {{step}} now takes {{minutes}} of work per case, about {{hours}} a year. Ask the people who receive it whether they would miss it. If nobody uses it, stop; if one person needs it, make it only for that person.',
    },
    makeLess: {
      title: 'Make {{step}} leaner, only what the recipient really uses: from {{minutes}} to {{newMinutes}}',
      description:
        '{{reason}} Ask the recipient which part they actually use and leave out the rest (fewer copies, a shorter report, no second version). Assumption: half the time is enough, {{newMinutes}} instead of {{minutes}} per time.',
    },
    combineWithPrevious: {
      title: 'Do {{step}} straight away at {{previous}}: one step instead of two',
      description:
        '{{lane}} does both steps. By doing {{step}} as soon as {{previous}} is finished, nobody has to pick the work up again. {{waitSentence}} The two steps become one step.',
    },
    mandate: {
      title: 'Give {{toLane}} the authority to approve routine cases: move {{step}} to {{toLane}}',
      description:
        '{{fromLane}} ({{fromCost}} an hour) now approves, and the work waits {{wait}} for it. {{toLane}} ({{toCost}} an hour) has just handled the case at {{previous}} and can decide at once within agreed limits (for example up to {{example}}). Above the limit, {{fromLane}} keeps approving. {{decisionSentence}} Assumption: {{toLane}} decides straight away, so the waiting time disappears.',
    },
    dropApproval: {
      title: 'Let routine cases through without approval by {{lane}}: step {{step}} is dropped',
      description:
        '{{reason}} Agree a limit (for example an amount of {{example}}, or a fixed list of standard cases) below which no approval is needed, and put it in the mandate. Above the limit approval stays as it is. {{decisionSentence}} {{bestCase}}',
    },
    dropCheck: {
      title: 'Check samples instead of every case: step {{step}} is dropped',
      description:
        '{{reason}} Check only a sample (for example one case in ten) or only cases above an agreed limit, and report errors back to whoever made them so they stop. {{bestCase}}',
    },
    fixedPlace: {
      title: 'Give everything that is searched for a fixed place: step {{step}} is dropped',
      description:
        'Searching now takes {{minutes}} per case, about {{hours}} a year. Agree one place for everything that belongs to a case (for documents, for example one folder per case {{where}}) with fixed names, and save everything there straight away. {{bestCase}}',
    },
    stopTransport: {
      title: 'Drop {{step}}: carry on digitally where the work comes in',
      description:
        '{{step}} only moves, prints or fetches the work ({{minutes}} per case, about {{hours}} a year) and adds nothing. Handle the work digitally where it arrives, so nobody has to print it, collect it or take it round.',
    },
    where: {
      system: 'in {{system}}',
      shared: 'on the shared drive',
    },
  },
  waiting: {
    fixedMoments: {
      title: 'Pick up {{step}} at two fixed times a day: waiting time from {{wait}} to {{newWait}}',
      description:
        'The work now waits {{wait}} on average before {{lane}} starts on {{step}}. Agree that {{lane}} clears this work every day at two fixed times, for example at 10:00 and at 15:00, instead of "when there is time". Work that comes in then waits {{newWait}} at most on average.',
    },
    serviceLevel: {
      title: 'Agree that {{step}} is done within one working day: waiting time from {{wait}} to {{newWait}}',
      description:
        'The work now waits {{wait}} on average for {{lane}}. Agree that {{step}} is done by the next working day at the latest, and arrange a stand-in for when {{lane}} is away. Keep track for a few weeks of whether it works.',
    },
    serviceLevelExternal: {
      title: 'Agree with {{lane}} that {{step}} is done within one working day: waiting time from {{wait}} to {{newWait}}',
      description:
        'The work now waits {{wait}} on average for {{lane}}. Make it an agreement (for example in the contract or the purchasing terms) that {{lane}} responds within one working day, with one fixed contact person. Keep track for a few weeks of whether it works.',
    },
  },
  inventory: {
    oneByOne: {
      title: 'Handle {{step}} case by case instead of once every {{interval}}: waiting time from {{wait}} to {{newWait}}',
      description:
        'The work is now collected and done in one go once every {{interval}}, so a case waits {{half}} extra on average. Do {{step}} as soon as a case comes in: the work per case stays the same, the waiting goes. Assumption: the waiting for the next round ({{half}}) is part of the waiting time of {{step}}.',
    },
    daily: {
      title: 'Do {{step}} every day instead of once every {{interval}}: waiting time from {{wait}} to {{newWait}}',
      description:
        'A case now waits {{half}} on average for the next round. With a round every day that is half a working day. Plan the round at a fixed time every day. Assumption: the waiting for the round is part of the waiting time of {{step}}.',
    },
  },
  defects: {
    fewerReturns: 'Then fewer cases go back as well: {{from}} → {{to}} from {{share}} to {{newShare}} of the time.',
    removeReworkRoute: {
      title: 'Prevent the error at its source so nothing has to go back: the route {{route}} is dropped',
      description:
        '{{share}} of the cases now go back through {{steps}}; that happens {{times}} per case and adds {{minutes}} of work per case, {{hours}} a year. Find out with the people involved why (ask "why?" five times) and remove the cause, for example with clear requirements agreed in advance. The calculation assumes the best case: no case has to go back any more.',
    },
    checklist: {
      title: 'Use a checklist at {{step}}: from {{ca}} to {{newCa}} right first time',
      description:
        'Now {{defectShare}} of what {{step}} delivers is not complete or not correct, and someone has to ask, add or redo something later. Put on one page what must be complete and correct before the work moves on, and go through it at {{step}}. Assumption: with the checklist {{newCa}} is right first time. {{reworkSentence}}',
    },
    template: {
      title: 'Use a standard template for {{step}}: from {{ca}} to {{newCa}} right first time',
      description:
        'Now {{defectShare}} of what {{step}} delivers is not complete or not correct. With a template with fixed questions and required parts (a standard e-mail or form), nobody forgets anything. Assumption: with the template {{newCa}} is right first time. {{reworkSentence}}',
    },
    systemValidation: {
      title: 'Let {{system}} check required fields at {{step}}: from {{ca}} to {{newCa}} right first time',
      description:
        'Now {{defectShare}} of what {{step}} delivers is not complete or not correct. Make the fields that are often missing or wrong required in {{system}} (for example a reference number, an amount or a date), so an incomplete entry cannot be saved. Assumption: then {{newCa}} is right first time. {{reworkSentence}}',
    },
  },
  nonUtilizedTalent: {
    delegate: {
      title: 'Let {{toLane}} do {{step}} instead of {{fromLane}}: the step moves to {{toLane}}',
      description:
        '{{step}} is routine work ({{minutes}} per case, about {{hours}} a year). {{fromLane}} costs {{fromCost}} an hour, {{toLane}} {{toCost}}. Hand it over with a short work instruction: that saves about {{saving}} a year and gives {{fromLane}} time for work that needs their knowledge.',
    },
    combineWithNeighbour: {
      title: 'Let {{toLane}} handle {{step}} together with {{neighbour}}',
      description:
        '{{toLane}} already has the case in hand at {{neighbour}}. By doing {{step}} there straight away, the work is done at {{toCost}} an hour instead of {{fromCost}}, and a handoff disappears. The two steps become one step.',
    },
    selfService: {
      title: 'Let the requester enter the data in {{system}}: step {{step}} is dropped',
      description:
        '{{fromLane}} now types the data in ({{minutes}} per case, about {{hours}} a year), although whoever sends it already has it. Give the requester a form that puts the data straight into {{system}}. {{bestCase}}',
    },
  },
  transport: {
    digitalWithinLane: {
      title: 'Carry on on screen from {{from}} to {{to}}, without a printout',
      description:
        '{{lane}} now works on paper here ({{times}} per case). Carry on on screen, for example with two screens side by side: nothing has to be printed or filed. This does not change the times in the map; the printing itself is a separate step.',
    },
    digitalHandover: {
      title: 'Pass the work on digitally from {{from}} to {{to}} instead of on paper',
      description:
        'The work now goes on paper from {{fromLane}} to {{toLane}} ({{times}} per case). Send it {{channel}}: nobody has to print, walk or check a pigeonhole, and nothing gets lost. This does not change the times in the map; tackling the waiting time is a separate action.',
    },
    digitalWithNotification: {
      title: 'Let the work reach {{to}} digitally with a notification: waiting time from {{wait}} to {{newWait}}',
      description:
        'On paper the work now waits {{wait}} before {{to}}, in a pigeonhole or on a pile. Sent {{channel}} with a notification, {{toLane}} sees it at once, also on a day out of the office. Assumption: it is then picked up within half a working day.',
    },
  },
  motion: {
    searchShortcut: {
      title: 'Make searching at {{step}} shorter with fixed folder names and shortcuts: from {{minutes}} to {{newMinutes}}',
      description:
        'Searching now takes {{minutes}} each time. Agree a fixed folder structure and file names, and put shortcuts to what is needed often where everyone can find them. Assumption: searching then takes half the time.',
    },
    oneSystem: {
      title: 'Do {{from}} and {{to}} in one go, in one system',
      description:
        '{{lane}} now switches from {{fromSystem}} to {{toSystem}} ({{times}} per case). See whether both can be done in {{fromSystem}} or in {{toSystem}}, or open them side by side, so nobody has to switch and the work does not queue again. The two steps become one step.',
    },
    withinReach: {
      title: 'Keep everything for {{step}} within reach: from {{minutes}} to {{newMinutes}}',
      description:
        'You marked unnecessary walking, clicking or looking for things here. Put templates, shortcuts and what is needed often in one place. Assumption: the step then takes a quarter less time.',
    },
  },
  extraProcessing: {
    combineChecks: {
      title: 'Combine the checks into one check by {{lane}}: {{steps}}',
      description:
        'A case is now checked or approved {{count}}. Agree what has to be checked and do it in one round at {{kept}}; the other checks disappear as separate steps, and so does the waiting in between. The checking time stays the same in the calculation.',
    },
    enterOnce: {
      title: 'Combine {{steps}}: enter the data once, in {{system}}',
      description:
        'The same data is now entered in {{systems}}. Enter it once in {{system}} and take lists and overviews from there: that saves {{minutes}} per case, about {{hours}} a year.',
    },
    dropDoubleEntry: {
      title_one: 'Stop keeping {{otherSystems}}: {{system}} already has the data; step {{steps}} is dropped',
      title_other: 'Stop keeping {{otherSystems}}: {{system}} already has the data; steps {{steps}} are dropped',
      description:
        'The same data is now entered in {{systems}}. Whatever the separate list is used for (an overview, a reminder) can usually come from {{system}}. That saves {{minutes}} per case, about {{hours}} a year.',
    },
    linkSystems: {
      title: 'Link {{otherSystems}} to {{system}} so the data goes across by itself',
      description:
        'The same data is now typed in by hand in {{systems}}. With a link (an import or export, or a connection your supplier offers) it goes across automatically. Assumption: at {{steps}}, checking that it went well then takes a minute each time.',
    },
  },
  handoff: {
    sameDesk: {
      title: 'Let {{fromLane}} do {{step}} themselves: no handoff to {{toLane}}',
      description:
        'The work now goes from {{fromLane}} to {{toLane}} {{times}} per case. Whoever already has the case does {{step}} straight away (with a short instruction or access to what is needed). {{waitSentence}}',
    },
    combineAcross: {
      title: 'Merge {{from}} and {{step}} into one step for {{fromLane}}',
      description:
        'The work now goes from {{fromLane}} to {{toLane}} at this point and waits {{wait}} there. When {{fromLane}} does both in one go, the handoff and the waiting in between disappear. The two steps become one step.',
    },
    notify: {
      title: 'Hand over through a shared work queue with notifications: waiting time at {{step}} from {{wait}} to {{newWait}}',
      description:
        '{{toLane}} does not see straight away that work from {{fromLane}} is ready. With a shared work queue (a shared mailbox, a team channel or a task list) and a notification they do. Assumption: the work is then picked up within half a working day.',
    },
    oneContact: {
      title: 'Call {{laneB}} at {{from}} and settle it in one conversation: waiting time at {{middle}} from {{wait}} to {{newWait}}',
      description:
        'The work now goes back and forth between {{laneA}} and {{laneB}} ({{times}} per case), and waits every time. Call or drop by, agree at once what is needed and write it down. Assumption: the answer then comes within a quarter of a working day.',
    },
  },
  // The names of the glossary (shared/i18n/locales/glossary.ts), so app and plan say the same.
  ecrs: {
    eliminate: '$t(glossary:kindOfImprovement.eliminate)',
    combine: '$t(glossary:kindOfImprovement.combine)',
    rearrange: '$t(glossary:kindOfImprovement.rearrange)',
    simplify: '$t(glossary:kindOfImprovement.simplify)',
  },
  effort: {
    low: '$t(glossary:effort.low)',
    medium: '$t(glossary:effort.medium)',
    high: '$t(glossary:effort.high)',
  },
  status: {
    proposed: '$t(glossary:status.proposed)',
    accepted: '$t(glossary:status.accepted)',
    rejected: '$t(glossary:status.rejected)',
    done: '$t(glossary:status.done)',
  },
  pick: {
    possible: { name: '$t(glossary:choice.possible)', hint: '$t(glossary:choice.possibleMeaning): do it when there is time' },
    implement: { name: '$t(glossary:choice.implement)', hint: '$t(glossary:choice.implementMeaning): start now' },
    challenge: { name: '$t(glossary:choice.challenge)', hint: '$t(glossary:choice.challengeMeaning): plan it well' },
    kill: { name: '$t(glossary:choice.kill)', hint: '$t(glossary:choice.killMeaning): do not start' },
  },
  medium: {
    email: 'by e-mail',
    paper: 'on paper',
    system: 'through the system',
    verbal: 'by word of mouth',
    phone: 'by phone',
    chat: 'by chat',
    other: 'another way',
  },
  effect: {
    removeStep: 'Step {{step}} is dropped',
    mergeSteps: '{{steps}} become one step',
    moveToLane: '{{step}} moves to {{lane}}',
    setProcessTime: 'Process time of {{step}}: {{minutes}}',
    setWaitTime: 'Waiting time before {{step}}: {{minutes}}',
    setCompleteAccurate: '{{step}} right first time: {{percent}}',
    setMedium: '{{from}} → {{to}} goes {{medium}}',
    removeFlow: 'The route {{from}} → {{to}} is dropped',
    setProbability: '{{from}} → {{to}}: {{percent}} of the time',
    setBatchInterval: '{{step}} in rounds of {{interval}}',
    clearBatchInterval: '{{step}} case by case, no longer in rounds',
    missing: '‘{{id}}’ (no longer exists)',
  },
  skipped: {
    sentence: '{{action}}: {{effect}} – not applied, because {{reason}}.',
    reason: {
      'unknown-step': 'that step no longer exists',
      'unknown-flow': 'that arrow no longer exists',
      'unknown-lane': 'that lane no longer exists',
      'terminal-step': 'the start and end steps cannot be removed or merged',
      'repeated-step': 'the same step is named twice',
      'only-exit': 'it is the only way out of its step',
      'parallel-block': 'it would break a block of work that runs at the same time (a parallel split and its join)',
      'no-way-out': 'cases could then never finish',
      'invalid-value': 'the value is not possible',
    },
  },
};

export const playbookNl: typeof playbookEn = {
  common: {
    quoted: '‘{{name}}’',
    times_one: '{{value}} keer',
    times_other: '{{value}} keer',
    channel: {
      system: 'via {{system}}',
      email: 'per e-mail',
    },
    waitDropped: 'De wachttijd van {{wait}} vóór {{step}} vervalt.',
    decisionMoves: 'De beslissing {{decision}} gaat mee.',
    bestCase: 'De berekening gaat uit van het gunstigste geval: de stap vervalt voor alle zaken.',
    reason: {
      waiting: 'Nu wacht het werk {{wait}} voordat het bij {{lane}} verder gaat.',
      manyChecks: 'De zaak wordt ook al gecontroleerd bij {{kept}}.',
      nonValueAdding: 'De stap voegt niets toe waar de klant voor betaalt.',
      overproduction: 'Je hebt dit als overproductie gemarkeerd: er wordt meer gemaakt dan iemand nodig heeft.',
    },
    stopStep: {
      title: 'Stop met {{step}}: ga eerst na wie het nog gebruikt',
      description:
        '{{reason}} {{step}} kost nu {{minutes}} werk per zaak, ongeveer {{hours}} per jaar. Vraag de mensen die het ontvangen of ze het zouden missen. Gebruikt niemand het, stop er dan mee; heeft één persoon het nodig, maak het alleen voor die persoon.',
    },
    makeLess: {
      title: 'Maak {{step}} eenvoudiger, alleen wat de ontvanger echt gebruikt: van {{minutes}} naar {{newMinutes}}',
      description:
        '{{reason}} Vraag de ontvanger welk deel hij echt gebruikt en laat de rest weg (minder kopieën, een korter verslag, geen tweede versie). Aanname: de helft van de tijd is genoeg, {{newMinutes}} in plaats van {{minutes}} per keer.',
    },
    combineWithPrevious: {
      title: 'Doe {{step}} meteen bij {{previous}}: één stap in plaats van twee',
      description:
        'Beide stappen gebeuren bij {{lane}}. Door {{step}} meteen mee te nemen als {{previous}} klaar is, hoeft niemand het werk opnieuw op te pakken. {{waitSentence}} De twee stappen worden één stap.',
    },
    mandate: {
      title: 'Geef de rol {{toLane}} het mandaat om routinegevallen goed te keuren: {{step}} gaat naar {{toLane}}',
      description:
        'Nu keurt de rol {{fromLane}} goed ({{fromCost}} per uur) en wacht het werk daar {{wait}} op. De rol {{toLane}} ({{toCost}} per uur) heeft de zaak net in handen bij {{previous}} en kan binnen vaste afspraken (bijvoorbeeld tot {{example}}) meteen beslissen. Boven die grens blijft de rol {{fromLane}} goedkeuren. {{decisionSentence}} Aanname: de rol {{toLane}} beslist direct, zodat de wachttijd vervalt.',
    },
    dropApproval: {
      title: 'Laat routinegevallen zonder goedkeuring van {{lane}} door: stap {{step}} vervalt',
      description:
        '{{reason}} Spreek een grens af (bijvoorbeeld een bedrag van {{example}}, of een vaste lijst van standaardgevallen) waaronder geen goedkeuring nodig is, en leg die vast in het mandaat. Boven de grens blijft de goedkeuring zoals nu. {{decisionSentence}} {{bestCase}}',
    },
    dropCheck: {
      title: 'Controleer steekproefsgewijs in plaats van elke zaak: stap {{step}} vervalt',
      description:
        '{{reason}} Controleer alleen een steekproef (bijvoorbeeld één op de tien zaken) of alleen zaken boven een afgesproken grens, en meld fouten terug aan wie ze maakte, zodat ze ophouden. {{bestCase}}',
    },
    fixedPlace: {
      title: 'Geef alles waar nu naar gezocht wordt een vaste plek: stap {{step}} vervalt',
      description:
        'Zoeken kost nu {{minutes}} per zaak, ongeveer {{hours}} per jaar. Spreek één plek af voor alles wat bij een zaak hoort (voor documenten bijvoorbeeld één map per zaak {{where}}) met vaste namen, en sla alles daar meteen op. {{bestCase}}',
    },
    stopTransport: {
      title: 'Laat {{step}} vervallen: werk digitaal verder waar het werk binnenkomt',
      description:
        '{{step}} is alleen verplaatsen, printen of ophalen ({{minutes}} per zaak, ongeveer {{hours}} per jaar) en voegt niets toe. Verwerk het werk digitaal waar het binnenkomt, zodat niemand het hoeft te printen, op te halen of rond te brengen.',
    },
    where: {
      system: 'in {{system}}',
      shared: 'op de gedeelde schijf',
    },
  },
  waiting: {
    fixedMoments: {
      title: 'Pak {{step}} op twee vaste momenten per dag op: wachttijd van {{wait}} naar {{newWait}}',
      description:
        'Nu ligt het werk gemiddeld {{wait}} te wachten voordat {{step}} bij {{lane}} begint. Spreek af dat de rol {{lane}} dit werk elke dag op twee vaste momenten wegwerkt, bijvoorbeeld om 10.00 en om 15.00 uur, in plaats van ‘als er tijd voor is’. Werk dat binnenkomt wacht dan gemiddeld hooguit {{newWait}}.',
    },
    serviceLevel: {
      title: 'Spreek af dat {{step}} binnen één werkdag gebeurt: wachttijd van {{wait}} naar {{newWait}}',
      description:
        'Het werk wacht nu gemiddeld {{wait}} op {{lane}}. Leg vast dat {{step}} uiterlijk de volgende werkdag gebeurt, en regel een vervanger voor als er bij {{lane}} niemand is. Houd een paar weken bij of het lukt.',
    },
    serviceLevelExternal: {
      title: 'Spreek met {{lane}} af dat {{step}} binnen één werkdag gebeurt: wachttijd van {{wait}} naar {{newWait}}',
      description:
        'Het werk wacht nu gemiddeld {{wait}} op {{lane}}. Maak er een afspraak van (bijvoorbeeld in het contract of de inkoopvoorwaarden) dat er vanuit {{lane}} binnen één werkdag wordt gereageerd, met één vaste contactpersoon. Houd een paar weken bij of het lukt.',
    },
  },
  inventory: {
    oneByOne: {
      title: 'Handel {{step}} per zaak af in plaats van eens per {{interval}}: wachttijd van {{wait}} naar {{newWait}}',
      description:
        'Nu wordt het werk verzameld en eens per {{interval}} in één keer gedaan; een zaak ligt daardoor gemiddeld {{half}} extra te wachten. Doe {{step}} zodra een zaak binnenkomt: het werk per zaak blijft hetzelfde, het wachten valt weg. Aanname: het wachten op de volgende ronde ({{half}}) is onderdeel van de wachttijd van {{step}}.',
    },
    daily: {
      title: 'Doe {{step}} dagelijks in plaats van eens per {{interval}}: wachttijd van {{wait}} naar {{newWait}}',
      description:
        'Een zaak wacht nu gemiddeld {{half}} op de volgende ronde. Met een ronde per dag is dat nog een halve werkdag. Plan de ronde elke dag op een vast moment in. Aanname: het wachten op de ronde zit in de wachttijd van {{step}}.',
    },
  },
  defects: {
    fewerReturns: 'Dan gaan er ook minder zaken terug: {{from}} → {{to}} van {{share}} naar {{newShare}} van de keren.',
    removeReworkRoute: {
      title: 'Voorkom de fout aan de bron, zodat niets meer terug hoeft: de route {{route}} vervalt',
      description:
        '{{share}} van de zaken gaat nu terug via {{steps}}; dat gebeurt {{times}} per zaak en kost {{minutes}} extra werk per zaak, {{hours}} per jaar. Zoek met de betrokkenen uit waarom (vraag vijf keer ‘waarom?’) en neem de oorzaak weg, bijvoorbeeld met duidelijke eisen die vooraf zijn afgesproken. De berekening gaat uit van het gunstigste geval: geen enkele zaak hoeft nog terug.',
    },
    checklist: {
      title: 'Werk met een checklist bij {{step}}: van {{ca}} naar {{newCa}} in één keer goed',
      description:
        'Nu is {{defectShare}} van wat {{step}} oplevert niet compleet of niet juist, en moet iemand later vragen, aanvullen of overdoen. Zet op één A4 wat compleet en juist moet zijn voordat het werk verder gaat, en loop die na bij {{step}}. Aanname: met de checklist is {{newCa}} in één keer goed. {{reworkSentence}}',
    },
    template: {
      title: 'Gebruik een vast sjabloon voor {{step}}: van {{ca}} naar {{newCa}} in één keer goed',
      description:
        'Nu is {{defectShare}} van wat {{step}} oplevert niet compleet of niet juist. Met een sjabloon met vaste vragen en verplichte onderdelen (een standaard-e-mail of formulier) vergeet niemand meer iets. Aanname: met het sjabloon is {{newCa}} in één keer goed. {{reworkSentence}}',
    },
    systemValidation: {
      title: 'Laat {{system}} verplichte velden controleren bij {{step}}: van {{ca}} naar {{newCa}} in één keer goed',
      description:
        'Nu is {{defectShare}} van wat {{step}} oplevert niet compleet of niet juist. Maak de velden die vaak ontbreken of fout zijn verplicht in {{system}} (bijvoorbeeld een kenmerk, een bedrag of een datum), zodat een onvolledige invoer niet kan worden opgeslagen. Aanname: dan is {{newCa}} in één keer goed. {{reworkSentence}}',
    },
  },
  nonUtilizedTalent: {
    delegate: {
      title: 'Laat {{step}} doen door {{toLane}} in plaats van door {{fromLane}}: de stap gaat naar {{toLane}}',
      description:
        '{{step}} is routinewerk ({{minutes}} per zaak, ongeveer {{hours}} per jaar). Een uur werk kost bij {{fromLane}} {{fromCost}}, bij {{toLane}} {{toCost}}. Draag het over met een korte werkinstructie: dat scheelt ongeveer {{saving}} per jaar en geeft de rol {{fromLane}} tijd voor werk waar die kennis wel voor nodig is.',
    },
    combineWithNeighbour: {
      title: 'Laat {{step}} bij {{toLane}} meteen meenemen met {{neighbour}}',
      description:
        'De rol {{toLane}} heeft de zaak al in handen bij {{neighbour}}. Door {{step}} daar meteen mee te nemen, gebeurt het werk voor {{toCost}} per uur in plaats van {{fromCost}}, en vervalt een overdracht. De twee stappen worden één stap.',
    },
    selfService: {
      title: 'Laat de aanvrager de gegevens zelf invoeren in {{system}}: stap {{step}} vervalt',
      description:
        'Bij {{fromLane}} worden de gegevens nu overgetypt ({{minutes}} per zaak, ongeveer {{hours}} per jaar), terwijl wie ze stuurt ze al heeft. Geef de aanvrager een formulier dat de gegevens rechtstreeks in {{system}} zet. {{bestCase}}',
    },
  },
  transport: {
    digitalWithinLane: {
      title: 'Werk op het scherm verder van {{from}} naar {{to}}, zonder print',
      description:
        'Bij {{lane}} wordt hier nu met papier gewerkt ({{times}} per zaak). Werk op het scherm verder, bijvoorbeeld met twee schermen naast elkaar: er hoeft niets geprint of opgeborgen te worden. Dit verandert de tijden in de kaart niet; het printen zelf is een aparte stap.',
    },
    digitalHandover: {
      title: 'Geef het werk digitaal door van {{from}} naar {{to}} in plaats van op papier',
      description:
        'Nu gaat het werk op papier van {{fromLane}} naar {{toLane}} ({{times}} per zaak). Stuur het {{channel}}: niemand hoeft nog te printen, te lopen of in een postvakje te kijken, en er raakt niets kwijt. Dit verandert de tijden in de kaart niet; de wachttijd aanpakken is een aparte actie.',
    },
    digitalWithNotification: {
      title: 'Laat het werk digitaal bij {{to}} binnenkomen met een melding: wachttijd van {{wait}} naar {{newWait}}',
      description:
        'Op papier ligt het werk nu {{wait}} te wachten vóór {{to}}, in een postvakje of op een stapel. Digitaal {{channel}}, met een melding, ziet de rol {{toLane}} het meteen, ook op een dag buiten kantoor. Aanname: het wordt dan binnen een halve werkdag opgepakt.',
    },
  },
  motion: {
    searchShortcut: {
      title: 'Maak zoeken bij {{step}} korter met vaste mapnamen en snelkoppelingen: van {{minutes}} naar {{newMinutes}}',
      description:
        'Zoeken kost nu {{minutes}} per keer. Spreek een vaste mappenstructuur en vaste bestandsnamen af, en zet snelkoppelingen naar wat vaak nodig is op een plek die iedereen kent. Aanname: zoeken kost dan de helft van de tijd.',
    },
    oneSystem: {
      title: 'Doe {{from}} en {{to}} in één keer, in één systeem',
      description:
        'Bij {{lane}} wordt nu gewisseld van {{fromSystem}} naar {{toSystem}} ({{times}} per zaak). Kijk of beide in {{fromSystem}} of in {{toSystem}} kunnen, of zet ze naast elkaar open, zodat niemand hoeft te wisselen en het werk niet opnieuw in de rij komt. De twee stappen worden één stap.',
    },
    withinReach: {
      title: 'Leg alles voor {{step}} binnen handbereik: van {{minutes}} naar {{newMinutes}}',
      description:
        'Je hebt hier onnodig lopen, klikken of zoeken gemarkeerd. Zet sjablonen, snelkoppelingen en wat vaak nodig is op één plek. Aanname: de stap kost dan een kwart minder tijd.',
    },
  },
  extraProcessing: {
    combineChecks: {
      title: 'Voeg de controles samen tot één controle bij {{lane}}: {{steps}}',
      description:
        'Een zaak wordt nu {{count}} gecontroleerd of goedgekeurd. Spreek af wat er gecontroleerd moet worden en doe dat in één ronde bij {{kept}}; de andere controles vervallen als aparte stap, en het wachten ertussen ook. De controletijd blijft in de berekening gelijk.',
    },
    enterOnce: {
      title: 'Combineer {{steps}}: voer de gegevens één keer in, in {{system}}',
      description:
        'Dezelfde gegevens worden nu ingevoerd in {{systems}}. Voer ze één keer in {{system}} in en haal lijsten en overzichten daaruit: dat scheelt {{minutes}} per zaak, ongeveer {{hours}} per jaar.',
    },
    dropDoubleEntry: {
      title_one: 'Stop met bijhouden in {{otherSystems}}: {{system}} heeft de gegevens al; stap {{steps}} vervalt',
      title_other: 'Stop met bijhouden in {{otherSystems}}: {{system}} heeft de gegevens al; de stappen {{steps}} vervallen',
      description:
        'Dezelfde gegevens worden nu ingevoerd in {{systems}}. Waar de aparte lijst voor dient (een overzicht, een herinnering) kan meestal uit {{system}} komen. Dat scheelt {{minutes}} per zaak, ongeveer {{hours}} per jaar.',
    },
    linkSystems: {
      title: 'Koppel {{otherSystems}} aan {{system}}, zodat de gegevens vanzelf overkomen',
      description:
        'Dezelfde gegevens worden nu met de hand ingevoerd in {{systems}}. Met een koppeling (een import of export, of een verbinding die je leverancier aanbiedt) gaan ze automatisch over. Aanname: bij {{steps}} kost controleren of het goed ging dan nog een minuut per keer.',
    },
  },
  handoff: {
    sameDesk: {
      title: 'Laat {{step}} bij {{fromLane}} zelf doen: geen overdracht naar {{toLane}}',
      description:
        'Het werk gaat nu {{times}} per zaak van {{fromLane}} naar {{toLane}}. Wie de zaak al in handen heeft, doet {{step}} meteen zelf (met een korte instructie of toegang tot wat nodig is). {{waitSentence}}',
    },
    combineAcross: {
      title: 'Voeg {{from}} en {{step}} samen tot één stap bij {{fromLane}}',
      description:
        'Het werk gaat hier nu van {{fromLane}} naar {{toLane}} en wacht daar {{wait}}. Als beide in één keer bij {{fromLane}} gebeuren, vervallen de overdracht en het wachten ertussen. De twee stappen worden één stap.',
    },
    notify: {
      title: 'Draag over via een gedeelde werkbak met melding: wachttijd bij {{step}} van {{wait}} naar {{newWait}}',
      description:
        'Bij {{toLane}} is nu niet meteen te zien dat er werk van {{fromLane}} klaarligt. Met een gedeelde werkbak (een gedeelde mailbox, een teamkanaal of een takenlijst) en een melding wel. Aanname: het werk wordt dan binnen een halve werkdag opgepakt.',
    },
    oneContact: {
      title: 'Bel bij {{from}} met {{laneB}} en regel het in één gesprek: wachttijd bij {{middle}} van {{wait}} naar {{newWait}}',
      description:
        'Het werk gaat nu heen en weer tussen {{laneA}} en {{laneB}} ({{times}} per zaak), en wacht elke keer. Bel of loop even langs, spreek meteen af wat er nodig is en leg het vast. Aanname: het antwoord komt dan binnen een kwart werkdag.',
    },
  },
  ecrs: {
    eliminate: '$t(glossary:kindOfImprovement.eliminate)',
    combine: '$t(glossary:kindOfImprovement.combine)',
    rearrange: '$t(glossary:kindOfImprovement.rearrange)',
    simplify: '$t(glossary:kindOfImprovement.simplify)',
  },
  effort: {
    low: '$t(glossary:effort.low)',
    medium: '$t(glossary:effort.medium)',
    high: '$t(glossary:effort.high)',
  },
  status: {
    proposed: '$t(glossary:status.proposed)',
    accepted: '$t(glossary:status.accepted)',
    rejected: '$t(glossary:status.rejected)',
    done: '$t(glossary:status.done)',
  },
  pick: {
    possible: { name: '$t(glossary:choice.possible)', hint: '$t(glossary:choice.possibleMeaning): doen als er tijd is' },
    implement: { name: '$t(glossary:choice.implement)', hint: '$t(glossary:choice.implementMeaning): nu beginnen' },
    challenge: { name: '$t(glossary:choice.challenge)', hint: '$t(glossary:choice.challengeMeaning): goed plannen' },
    kill: { name: '$t(glossary:choice.kill)', hint: '$t(glossary:choice.killMeaning): niet aan beginnen' },
  },
  medium: {
    email: 'per e-mail',
    paper: 'op papier',
    system: 'via het systeem',
    verbal: 'mondeling',
    phone: 'telefonisch',
    chat: 'via chat',
    other: 'op een andere manier',
  },
  effect: {
    removeStep: 'Stap {{step}} vervalt',
    mergeSteps: '{{steps}} worden één stap',
    moveToLane: '{{step}} gaat naar {{lane}}',
    setProcessTime: 'Bewerkingstijd van {{step}}: {{minutes}}',
    setWaitTime: 'Wachttijd vóór {{step}}: {{minutes}}',
    setCompleteAccurate: '{{step}} in één keer goed: {{percent}}',
    setMedium: '{{from}} → {{to}} gaat {{medium}}',
    removeFlow: 'De route {{from}} → {{to}} vervalt',
    setProbability: '{{from}} → {{to}}: {{percent}} van de keren',
    setBatchInterval: '{{step}} in rondes van {{interval}}',
    clearBatchInterval: '{{step}} per zaak, niet meer in rondes',
    missing: '‘{{id}}’ (bestaat niet meer)',
  },
  skipped: {
    sentence: '{{action}}: {{effect}} – niet toegepast, omdat {{reason}}.',
    reason: {
      'unknown-step': 'die stap niet meer bestaat',
      'unknown-flow': 'die pijl niet meer bestaat',
      'unknown-lane': 'die rol niet meer bestaat',
      'terminal-step': 'de start- en eindstappen niet kunnen vervallen of samengaan',
      'repeated-step': 'dezelfde stap twee keer genoemd wordt',
      'only-exit': 'het de enige weg uit die stap is',
      'parallel-block': 'het een blok werk dat tegelijk loopt (een parallelle splitsing en haar samenkomst) zou breken',
      'no-way-out': 'zaken dan nooit meer klaar zouden komen',
      'invalid-value': 'de waarde niet kan',
    },
  },
};
