/** The built-in massage techniques for sciatica, in English. */
import { techniqueNamesEn as names } from '../technique-names.js';
import type { Technique } from '../types.js';

/** Cautions several techniques share, from CLINICAL-FACTS.md (NCCIH massage safety). */
const caution = {
  bleeding:
    'Avoid it if you take blood-thinning medicine, or have a bleeding disorder or low platelets (a blood condition that makes you bleed easily); ask your doctor first.',
  bloodThinnersTell:
    'If you take blood-thinning medicine or bleed easily, tell your therapist before the session.',
  wounds: 'It must never be done over an open wound or a skin infection.',
  clot: 'If one calf is painful, swollen and warm, skip the massage and see a doctor today, as it could be a blood clot.',
  cancer: 'If you have a tumour or cancer, ask your cancer doctor (oncologist) before booking.',
  pregnancy: 'If you are pregnant, check with your midwife or doctor first.',
};

/** What to expect afterwards, after firm and after gentle work. */
const after = {
  firm: 'Feeling a bit sore for a day or two (24 to 48 hours) is common, and more likely after firm work like this. Drink plenty of water and do some gentle stretches afterwards.',
  gentle:
    'You may feel a little sore for a day or two, but this is less likely than after firmer massage. Drink plenty of water and do some gentle stretches afterwards.',
};

export const techniquesEn: readonly Technique[] = [
  {
    id: 'deep-tissue',
    name: names['deep-tissue'],
    summary: 'Slow, firm work on the deeper layers of muscle to ease tightness that has built up.',
    what: 'The therapist uses slow, deep strokes to reach the deeper muscles and the thin, tough layers of tissue that wrap them (connective tissue). The aim is to loosen areas that have become stiff and stuck together.',
    helps:
      'Tight muscles around your lower back, buttocks and legs can press on the sciatic nerve, and loosening them may ease that pressure. The massage may also help your body release endorphins, its own natural painkillers.',
    feels:
      'It is firm and not always relaxing, and some spots may feel tender while they are worked on. Tell your therapist straight away if the pressure is too much.',
    pressure: 4,
    suits:
      'People whose muscles have felt tight for a long time, for example from poor posture or from doing the same movements again and again.',
    after: after.firm,
    cautions: [
      caution.bleeding,
      caution.wounds,
      caution.clot,
      caution.cancer,
      'Do not have it while you have a fever.',
      caution.pregnancy,
    ],
    sessionMinutes: [60, 90],
    sources: ['clinic-pages', 'nccih-massage'],
  },
  {
    id: 'trigger-point',
    name: names['trigger-point'],
    summary: 'Pressure held on tight knots in a muscle that can send pain to other places.',
    what: 'Trigger points are small, tight knots in a muscle that can cause pain somewhere else in the body. The therapist presses on a knot, holds for a short time, then lets go, and repeats this a few times.',
    helps:
      'Knots in the muscles of the lower back, buttocks and legs may add to the pain along the sciatic nerve. Easing them can relax the tight muscle around the nerve, which may lessen the pain.',
    feels:
      'It can be uncomfortable and is less relaxing than other kinds of massage, though some people feel relief fairly soon. Tell your therapist if the pressure gets too strong.',
    pressure: 4,
    suits: 'People who have pain in particular spots that they can point to.',
    after: after.firm,
    cautions: [
      caution.bleeding,
      caution.wounds,
      caution.clot,
      caution.cancer,
      'Do not have it while you have a fever.',
      caution.pregnancy,
    ],
    sessionMinutes: [30, 60],
    sources: ['clinic-pages', 'nccih-massage'],
  },
  {
    id: 'myofascial-release',
    name: names['myofascial-release'],
    summary: 'A gentle, slow stretch of the thin layer of tissue that wraps around your muscles.',
    what: 'Fascia is a thin layer of connective tissue that wraps around your muscles. The therapist uses gentle pressure, held for a while, to slowly stretch fascia that has become tight.',
    helps:
      'Tight fascia can stop your muscles from moving freely and add to the pain. Loosening it may ease the tension in the muscles around the sciatic nerve.',
    feels:
      'It is slow and gentle, with light pressure kept in one place while the tissue stretches. It is meant to feel comfortable, so tell your therapist if anything hurts.',
    pressure: 2,
    suits: 'People who are sensitive to pressure, or who find firm massage too painful.',
    after: after.gentle,
    cautions: [
      'Do not have it while you have a fever.',
      caution.wounds,
      caution.clot,
      caution.bloodThinnersTell,
      caution.cancer,
      caution.pregnancy,
    ],
    sessionMinutes: [60, 90],
    sources: ['clinic-pages', 'nccih-massage'],
  },
  {
    id: 'swedish',
    name: names['swedish'],
    summary: 'A gentle, relaxing massage with long, smooth strokes and kneading.',
    what: 'The therapist uses long, gliding strokes, kneading and circular movements over your muscles. It is one of the gentler kinds of massage.',
    helps:
      'It may loosen tight muscles around the sciatic nerve and bring more blood to the area. It can also lower stress, which often makes muscles tighter and pain harder to bear.',
    feels:
      'It is meant to be calm and relaxing, with light pressure that your therapist can change if you ask.',
    pressure: 2,
    suits:
      'People who are new to massage, who are sensitive to pressure, or who would like a gentle session.',
    after: after.gentle,
    cautions: [
      'Do not have it while you have a fever.',
      caution.wounds,
      caution.clot,
      caution.bloodThinnersTell,
      caution.cancer,
      caution.pregnancy,
    ],
    sessionMinutes: [30, 60, 90],
    sources: ['clinic-pages', 'nccih-massage'],
  },
  {
    id: 'hot-stone',
    name: names['hot-stone'],
    summary: 'Smooth, warm stones are placed on your body to help your muscles relax.',
    what: 'Smooth stones are heated and then placed on certain parts of your body. Their warmth helps your muscles relax during the massage.',
    helps:
      'The warmth may help tight muscles around the sciatic nerve let go and bring more blood to the area. Feeling warm and calm can also lower stress.',
    feels:
      'It is warm, soothing and calming. Tell your therapist straight away if a stone feels too hot.',
    pressure: 2,
    suits: 'People who enjoy warmth and would like a calm, relaxing session.',
    after: after.gentle,
    cautions: [
      'If parts of your skin feel numb or have less feeling than usual, tell your therapist first, as you may not notice if a stone is too hot.',
      'Do not have it while you have a fever.',
      caution.wounds,
      caution.clot,
      caution.bloodThinnersTell,
      caution.cancer,
      caution.pregnancy,
    ],
    sessionMinutes: [60, 90],
    sources: ['clinic-pages', 'nccih-massage'],
  },
];
