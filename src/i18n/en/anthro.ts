// Child growth assessment (src/anthro) in English: indices and categories of Permenkes
// No. 2/2020, monthly weighing results (N, T, 2T, O, B). Category keys are the codes in src/anthro.
import type { Dictionary } from '../dictionary.ts';

export const anthro = {
  indices: {
    bbu: 'Weight-for-age (BB/U)',
    pbu: 'Length-for-age (PB/U)',
    tbu: 'Height-for-age (TB/U)',
    bbpb: 'Weight-for-length (BB/PB)',
    bbtb: 'Weight-for-height (BB/TB)',
    imtu: 'BMI-for-age (IMT/U)',
  },
  categories: {
    'severely-underweight': 'Severely underweight',
    underweight: 'Underweight',
    'normal-weight': 'Normal weight',
    'risk-of-overweight': 'Risk of overweight',
    'severely-stunted': 'Severely stunted',
    stunted: 'Stunted',
    'normal-height': 'Normal',
    tall: 'Tall',
    'severely-wasted': 'Severely wasted',
    wasted: 'Wasted',
    'normal-nutrition': 'Normal',
    'possible-risk-of-overweight': 'Possible risk of overweight',
    overweight: 'Overweight',
    obese: 'Obese',
  },
  recheck: 'Check the measurement again',
  recheckHelp: 'The z-score is outside WHO\'s plausible limits. Measure weight and length/height again and check the birth date.',
  oedema: 'Oedema: weight cannot be assessed. Refer to the puskesmas.',
  faltering: {
    N: 'Gained',
    T: 'Did not gain',
    '2T': 'Did not gain twice in a row: refer to the puskesmas',
    O: 'Not weighed last month',
    B: 'First weighing',
  },
} satisfies Dictionary['anthro'];
