/**
 * Texts of the analysis diagnostics (shared/analysis/diagnostics.ts). `step` is a step
 * label (the quotes are in the text); `steps` an already joined list such as `"A", "B"`; `sum` a
 * formatted percentage.
 */
export const diagnosticsEn = {
  deadEnd: 'Step "{{step}}" has no outgoing flow; it is treated as an end.',
  unreachable: 'Step "{{step}}" cannot be reached from the start; it gets 0 visits.',
  loopWithoutExit:
    'The loop {{steps}} has no way out: a case that enters it never reaches an end. Add a flow that leaves the loop.',
  loopUnsolvable:
    'The loop {{steps}} is left so rarely that the expected number of visits cannot be computed. Check the probabilities of the flows that leave it.',
  probabilitiesScaledUp:
    'The probabilities of the flows leaving step "{{step}}" add up to {{sum}}; they were scaled to add up to 100%.',
  probabilitiesScaledDown:
    'The probabilities of the flows leaving step "{{step}}" add up to {{sum}}, more than 100%; they were scaled down to 100%.',
  probabilitiesAllZero: 'All flows leaving step "{{step}}" have probability 0; they were given equal shares.',
  noStart: 'The map has no start step, so nothing can be computed. Add one start step.',
  multipleStarts: 'The map has {{count}} start steps ({{steps}}); it needs exactly one.',
  noEnd: 'The map has no end step; a case ends at a step without outgoing flows.',
  moreSteps: '{{steps}} and {{count}} more',
  parallelProbabilitiesIgnored:
    'Step "{{step}}" is a parallel split: a case takes all of its flows, so the probabilities given on them ({{sum}} together) are ignored.',
  parallelPassThrough:
    'Step "{{step}}" is a parallel step with at most one flow in and one flow out: it neither splits nor joins work and counts as a normal step.',
  reworkIntoEnd:
    'The flow from "{{from}}" to the end step "{{to}}" is marked as rework, but a flow into an end finishes the case and sends nothing back. As rework it counts every case that ends there as not right the first time. Untick rework on this flow.',
};

export const diagnosticsNl: typeof diagnosticsEn = {
  deadEnd: 'Stap "{{step}}" heeft geen uitgaande verbinding; de stap telt als einde.',
  unreachable: 'Stap "{{step}}" is vanaf de start niet bereikbaar; de stap krijgt 0 bezoeken.',
  loopWithoutExit:
    'De lus {{steps}} heeft geen uitweg: een zaak die erin komt, bereikt nooit een einde. Voeg een verbinding toe die de lus verlaat.',
  loopUnsolvable:
    'De lus {{steps}} wordt zo zelden verlaten dat het verwachte aantal bezoeken niet te berekenen is. Controleer de kansen van de verbindingen die de lus verlaten.',
  probabilitiesScaledUp:
    'De kansen van de verbindingen vanuit stap "{{step}}" tellen op tot {{sum}}; ze zijn geschaald zodat ze samen 100% zijn.',
  probabilitiesScaledDown:
    'De kansen van de verbindingen vanuit stap "{{step}}" tellen op tot {{sum}}, meer dan 100%; ze zijn teruggeschaald naar 100%.',
  probabilitiesAllZero: 'Alle verbindingen vanuit stap "{{step}}" hebben kans 0; ze krijgen elk een gelijk deel.',
  noStart: 'De kaart heeft geen startstap, dus er valt niets te berekenen. Voeg één startstap toe.',
  multipleStarts: 'De kaart heeft {{count}} startstappen ({{steps}}); er mag er precies één zijn.',
  noEnd: 'De kaart heeft geen eindstap; een zaak eindigt bij een stap zonder uitgaande verbinding.',
  moreSteps: '{{steps}} en nog {{count}}',
  parallelProbabilitiesIgnored:
    'Stap "{{step}}" is een parallelle splitsing: een zaak neemt al haar verbindingen, dus de kansen die erop staan (samen {{sum}}) tellen niet mee.',
  parallelPassThrough:
    'Stap "{{step}}" is een parallelle stap met hoogstens één verbinding erin en één eruit: hij splitst het werk niet en brengt niets samen, en telt als een gewone stap.',
  reworkIntoEnd:
    'De verbinding van "{{from}}" naar de eindstap "{{to}}" is gemarkeerd als herstelwerk, maar een verbinding naar een einde rondt de zaak af en stuurt niets terug. Als herstelwerk telt elke zaak die daar eindigt als niet in één keer goed. Vink herstelwerk bij deze verbinding uit.',
};
