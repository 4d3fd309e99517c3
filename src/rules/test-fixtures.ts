/**
 * A force pack extension used by the tests at every level (rules, background, browser): two local
 * terms ("rocked up at her nick", kerb-crawling) that the shipped pack does not know.
 */
export const LOCAL_TERMS_EXTENSION = {
  extends: 'waymark-core',
  id: 'force-example',
  version: '1.0.0',
  lexicon: { PLACE: ['nick'] },
  shorthand: [{ abbr: 'INJP', expansion: 'victim' }],
  rules: [
    {
      id: 'loitering.turned-up',
      kind: 'behaviour',
      target: 'loitering_or_turning_up',
      four: ['fixated'],
      explanation: 'Turning up where the victim is',
      law: 's2A(3)(e)',
      patterns: ['rocked up at @POSS? @POSS? @PLACE'],
      examples: {
        positive: ['He rocked up at her nick again.'],
        negative: ['She rocked the baby.'],
      },
    },
    {
      id: 'following.kerb-crawl',
      kind: 'behaviour',
      target: 'following',
      four: ['fixated'],
      explanation: 'Kerb-crawling alongside the victim',
      law: 's2A(3)(a)',
      patterns: ['kerb crawl* {0,2} @OBJ'],
      examples: {
        positive: ['He was kerb crawling beside her.'],
        negative: ['Kerb crawling is an offence.'],
      },
    },
  ],
};
