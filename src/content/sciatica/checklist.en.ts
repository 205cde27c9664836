/** The built-in sciatica symptom checklist, in English: red flags first, then typical symptoms. */
import type { Symptom, TechniqueSuggestion } from '../types.js';

export const symptomsEn: readonly Symptom[] = [
  // Emergency: possible cauda equina syndrome, chest pain, serious accident.
  {
    id: 'both-legs',
    level: 'emergency',
    label: 'Pain, numbness, tingling or weakness affecting both of your legs',
    hint: 'Including sciatica that started in one leg and has spread to the other.',
    why: 'Symptoms in both legs can mean the nerves at the base of the spine are badly squeezed (cauda equina syndrome), which needs hospital care straight away.',
    sources: ['nhs-sciatica', 'girft-ces', 'nhs-lothian-red-flags', 'nice-ng59'],
  },
  {
    id: 'saddle-numbness',
    level: 'emergency',
    label: 'Numbness or tingling around your genitals or bottom, where you would sit on a saddle',
    hint: 'Or it feels different from usual when you wipe after using the toilet.',
    why: 'Numbness in this area can mean the nerves at the base of the spine are badly squeezed (cauda equina syndrome), which needs hospital care straight away.',
    sources: ['nhs-sciatica', 'girft-ces', 'nhs-lothian-red-flags'],
  },
  {
    id: 'bladder',
    level: 'emergency',
    label: 'New problems peeing',
    hint: 'Trouble starting, not being able to go, leaking, or not feeling the pee come out, when this is not normal for you.',
    why: 'New bladder problems with back pain can mean the nerves that control the bladder are being squeezed, which needs hospital care straight away.',
    sources: ['nhs-sciatica', 'girft-ces', 'nhs-lothian-red-flags'],
  },
  {
    id: 'bowel',
    level: 'emergency',
    label: 'New problems controlling your bowels',
    hint: 'Losing control of your poo, or not noticing that you need to go.',
    why: 'New bowel problems with back pain can mean the nerves at the base of the spine are being squeezed, which needs hospital care straight away.',
    sources: ['nhs-sciatica', 'girft-ces', 'nhs-lothian-red-flags'],
  },
  {
    id: 'legs-getting-weaker',
    level: 'emergency',
    label: 'One or both legs very weak or getting weaker, or new trouble walking',
    why: 'Severe or worsening weakness can mean a nerve is being badly damaged, which needs hospital care straight away.',
    sources: ['nhs-sciatica', 'girft-ces', 'nhs-lothian-red-flags'],
  },
  {
    id: 'sexual-function',
    level: 'emergency',
    label: 'New problems with sex, or less feeling in your genitals',
    why: 'A new change like this with back pain can mean the nerves at the base of the spine are badly squeezed (cauda equina syndrome), which needs hospital care straight away.',
    sources: ['nhs-sciatica', 'girft-ces', 'nhs-lothian-red-flags'],
  },
  {
    id: 'chest-pain',
    level: 'emergency',
    label: 'Chest pain as well as back pain',
    why: 'Chest pain can be a sign of a heart problem or another serious illness that needs help straight away.',
    sources: ['nhs-back-pain'],
  },
  {
    id: 'serious-accident',
    level: 'emergency',
    label: 'The back pain started after a serious accident, such as a bad fall or a road crash',
    why: 'After a serious accident the spine may be injured and needs checking straight away; massage could make it worse.',
    sources: ['nhs-back-pain'],
  },
  // Urgent: see a doctor today.
  {
    id: 'fever',
    level: 'urgent',
    label: 'A high temperature, or you feel generally unwell',
    why: 'A fever with back pain can be a sign of an infection that a doctor should check.',
    sources: ['nhs-back-pain', 'nice-ng59', 'ifompt-2020'],
  },
  {
    id: 'weight-loss',
    level: 'urgent',
    label: 'Weight loss you cannot explain',
    why: 'Losing weight without trying, together with back pain, should be checked by a doctor.',
    sources: ['nhs-back-pain', 'nice-ng59', 'ifompt-2020'],
  },
  {
    id: 'cancer-history',
    level: 'urgent',
    label: 'You have or have had cancer, and this back pain is new',
    why: 'New back pain in someone who has or has had cancer should be checked by a doctor before any massage.',
    sources: ['nhs-back-pain', 'nice-ng59', 'ifompt-2020'],
  },
  {
    id: 'possible-fracture',
    level: 'urgent',
    label: 'A bad injury, or even a small fall if you have thin bones or take steroid tablets',
    hint: 'Thin bones, known as osteoporosis, and long-term steroid medicine make a broken bone more likely.',
    why: 'The bones of the spine may be broken, which a doctor needs to rule out first.',
    sources: ['nhs-back-pain', 'nice-ng59', 'ifompt-2020'],
  },
  {
    id: 'lump-or-shape',
    level: 'urgent',
    label: 'A lump or swelling on your back, or a change in its shape',
    why: 'A lump, a swelling or a change in the shape of your back should be looked at by a doctor.',
    sources: ['nhs-back-pain', 'ifompt-2020'],
  },
  {
    id: 'pain-never-eases',
    level: 'urgent',
    label: 'Pain that stays when you rest or lie down, gets worse at night, or never stops',
    why: 'Pain that never settles, even lying down, can have a cause other than tight muscles.',
    sources: ['nhs-back-pain', 'nice-ng59', 'ifompt-2020'],
  },
  {
    id: 'upper-back',
    level: 'urgent',
    label: 'Pain in your upper back, between your shoulder blades',
    why: 'Pain in the upper back, rather than the low back, should be checked by a doctor before any massage.',
    sources: ['nhs-back-pain', 'ifompt-2020'],
  },
  {
    id: 'new-leg-weakness',
    level: 'urgent',
    label: 'One leg or foot has recently become weak',
    hint: 'For example, your foot drags or slaps down when you walk.',
    why: 'New weakness means a nerve may be badly pinched, and a doctor should check it today.',
    sources: ['nhs-sciatica', 'nice-ng59', 'ifompt-2020'],
  },
  // Typical sciatica symptoms.
  {
    id: 'pain-down-leg',
    level: 'symptom',
    label: 'Pain that runs from your low back through one buttock and on down the leg',
    sources: ['clinic-pages', 'nhs-sciatica'],
  },
  {
    id: 'sharp-burning',
    level: 'symptom',
    label: 'Sharp, shooting or burning pain',
    sources: ['clinic-pages', 'nhs-sciatica'],
  },
  {
    id: 'numbness-one-leg',
    level: 'symptom',
    label: 'Numbness in one leg or foot',
    sources: ['clinic-pages', 'nhs-sciatica'],
  },
  {
    id: 'pins-and-needles',
    level: 'symptom',
    label: 'Tingling or pins and needles in one leg, foot or toes',
    sources: ['clinic-pages', 'nhs-sciatica'],
  },
  {
    id: 'worse-sitting',
    level: 'symptom',
    label: 'Worse after sitting for a long time',
    sources: ['clinic-pages'],
  },
  {
    id: 'one-side',
    level: 'symptom',
    label: 'Mostly on one side of your body',
    sources: ['clinic-pages', 'nhs-sciatica'],
  },
  {
    id: 'constant-ache',
    level: 'symptom',
    label: 'A dull ache that eases when you rest or change position',
    sources: ['clinic-pages'],
  },
  {
    id: 'flare-ups',
    level: 'symptom',
    label: 'Flare-ups: bad spells that come and go',
    sources: ['clinic-pages'],
  },
  {
    id: 'tender-spots',
    level: 'symptom',
    label: 'Pain in one or two spots you can point to, or tight knots',
    sources: ['clinic-pages'],
  },
  {
    id: 'long-tightness',
    level: 'symptom',
    label: 'Muscles in your back, buttocks or legs that have felt tight for a long time',
    sources: ['clinic-pages'],
  },
  {
    id: 'new-to-massage',
    level: 'symptom',
    label: 'You are new to massage, or you would like gentle work',
    sources: ['clinic-pages'],
  },
];

/** The techniques the checklist suggests when no red flag is ticked, and when. */
export const suggestionsEn: readonly TechniqueSuggestion[] = [
  {
    technique: 'trigger-point',
    when: ['tender-spots'],
    reason: 'It works on the exact spots you can point to.',
  },
  {
    technique: 'deep-tissue',
    when: ['long-tightness', 'constant-ache', 'worse-sitting'],
    reason: 'It is aimed at tightness that has built up over a long time.',
  },
  {
    technique: 'swedish',
    when: ['new-to-massage', 'flare-ups'],
    reason:
      'It is gentle and relaxing: a good start if you are new to massage, or when pain flares up.',
  },
  {
    technique: 'myofascial-release',
    when: ['new-to-massage', 'sharp-burning', 'pins-and-needles'],
    reason: 'It uses slow, gentle stretching, which suits sensitive areas.',
  },
  {
    technique: 'hot-stone',
    when: ['constant-ache', 'flare-ups'],
    reason: 'Warmth can help tense muscles relax and ease stress.',
  },
  {
    technique: 'swedish',
    when: [],
    reason: 'A gentle session is an easy way to find out what suits you.',
  },
];
