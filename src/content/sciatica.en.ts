/**
 * The built-in English content pack about massage for sciatica.
 *
 * Written by the project in its own words. Everyday facts (what sciatica is,
 * causes, techniques, sessions) are drawn from clinic pages about massage for
 * sciatica; safety facts and red flags follow public clinical guidance (see
 * `sources`). Plain text only: answers are never parsed as HTML.
 */
import { techniqueNamesEn as names } from './technique-names.js';
import type { ContentPack } from './types.js';

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

export const sciaticaEn: ContentPack = {
  locale: 'en',
  topic: 'sciatica',
  faq: [
    {
      id: 'what-is-sciatica',
      question: 'What is sciatica?',
      answer: [
        'Sciatica is pain that follows the path of a sciatic nerve. You have two of these long nerves, one on each side. Each begins in the lower back and runs through the buttock and down the back of the leg to the foot.',
        'It usually affects one leg. It may feel like a dull ache, a sharp or burning pain, or pins and needles. Some people also get numbness or weakness in the leg or foot; a leg or foot that has newly become weak should be seen by a doctor the same day.',
        'Sciatica is not an illness in itself. It is a sign that something is pressing on the nerve or irritating it.',
      ],
      sources: ['clinic-pages', 'nhs-sciatica'],
    },
    {
      id: 'what-causes-sciatica',
      question: 'What causes sciatica?',
      answer: [
        'Most often the nerve is squeezed or irritated close to the spine. A common reason is a bulging disc (often called a slipped disc) between the bones of the back. Other reasons include the space around the nerves getting narrower with age, discs wearing down over time, or an injury to the lower back.',
        'Sometimes a tight muscle deep in the buttock, called the piriformis, presses on the nerve. Sitting for long periods, slouching, and tight muscles in the back, buttocks and thighs can all make it worse.',
      ],
      sources: ['clinic-pages', 'nhs-sciatica'],
    },
    {
      id: 'how-can-massage-help-sciatica',
      question: 'How can massage help sciatica?',
      answer: [
        'Massage cannot fix a disc or remove the cause of the pain, but it may ease the pain and help you move more freely.',
        'Tight muscles around the lower back, buttocks and legs can add to the pressure on the nerve, and massage can help them loosen. It also brings more blood to the area, which may help the tissues recover.',
        'Living with pain is tiring and stressful. Massage can help you relax, and it may help your body release endorphins, its own natural painkillers. When the pain eases, it is often easier to keep up the exercises that help sciatica most.',
      ],
      sources: ['clinic-pages', 'nice-ng59'],
    },
    {
      id: 'which-kind-of-massage-is-right-for-me',
      question: 'Which kind of massage is right for me?',
      answer: [
        'No single kind suits everyone. Your therapist will choose based on your symptoms and how much pressure feels comfortable, and will often mix a few.',
        'Deep tissue massage uses slow, firm pressure on the deeper muscles and suits long-lasting tightness. Trigger point therapy presses on small tight knots that can send pain elsewhere; it can feel strong but suits pain you can point to. Myofascial release gently and slowly stretches the tissue that wraps the muscles.',
        'Swedish massage uses long, gentle strokes and suits people who are new to massage or want a relaxing session. Hot stone massage uses smooth, warm stones to help muscles relax, and suits people who find warmth soothing.',
      ],
      sources: ['clinic-pages'],
    },
    {
      id: 'is-massage-safe-if-i-have-sciatica',
      question: 'Is massage safe if I have sciatica?',
      answer: [
        'For most people with sciatica, massage from a trained therapist is safe. Tell your therapist about your health and any medicines you take, so they can choose the right pressure and the right areas.',
        'Check with your doctor first if you take blood-thinning medicine or bruise or bleed easily, or if you have or have had cancer. If you are pregnant, check with your midwife or doctor. Massage should never be done over open wounds or infected skin.',
        'If you have a fever or feel generally unwell along with your back pain, do not have a massage: get medical advice the same day.',
        'If one calf is painful, swollen and warm, do not have it massaged. This can be a sign of a blood clot (deep vein thrombosis), so see a doctor the same day.',
      ],
      sources: ['nccih-massage', 'clinic-pages'],
    },
    {
      id: 'can-massage-make-sciatica-worse',
      question: 'Can massage make sciatica worse?',
      answer: [
        'It can, if the pressure is too strong or a very sensitive area gets worked too hard. Some tenderness during firm work is normal, but sharp or shooting pain is a sign to ease off.',
        'You can speak up at any moment. Your therapist can use lighter pressure or switch to a gentler style, such as Swedish massage or myofascial release.',
        'If your leg symptoms get clearly worse after a massage, or a leg or foot becomes newly numb or weak, stop your sessions and get medical advice the same day.',
        'Call your emergency number now if the weakness is severe or keeps getting worse. Do the same for any emergency sign under "When should I see a doctor instead of booking a massage?"',
      ],
      sources: ['clinic-pages', 'nhs-sciatica'],
    },
    {
      id: 'what-happens-at-my-first-session',
      question: 'What happens at my first session?',
      answer: [
        'First, your therapist will have a short chat with you about your symptoms, what makes the pain worse, and your medical history.',
        'Then they will work mainly on your lower back, your buttocks and your legs, often using more than one technique.',
        'Firm work can feel tender, and that is fine, but you are in charge. Tell your therapist straight away if the pressure is too much, and they will change it.',
      ],
      sources: ['clinic-pages'],
    },
    {
      id: 'will-i-be-sore-afterwards',
      question: 'Will I be sore afterwards?',
      answer: [
        'You may feel a little sore for a day or two (24 to 48 hours), a bit like after exercise. This is more likely after deep tissue or trigger point work.',
        'Drinking plenty of water and doing some gentle stretches may help. If the soreness is strong or lasts longer than two days, let your therapist know.',
        'Sore muscles are not the same as worse sciatica. If the pain or numbness in your leg gets worse, get medical advice the same day, and if a leg keeps getting weaker, call your emergency number.',
      ],
      sources: ['clinic-pages', 'nhs-sciatica'],
    },
    {
      id: 'how-often-should-i-have-a-massage',
      question: 'How often should I have a massage?',
      answer: [
        'It depends on how bad your symptoms are and how you respond. During a flare-up, many people start with one session a week for the first few weeks.',
        'As things settle, you might move to once every two weeks, then once a month. Your therapist can help you make a plan and review it with you as you go.',
      ],
      sources: ['clinic-pages'],
    },
    {
      id: 'how-long-is-a-session',
      question: 'How long is a session?',
      answer: [
        'Sessions usually last from 30 minutes to 2 hours (120 minutes). A short session can focus on one area, such as the lower back and buttocks. A longer one leaves time for the legs as well.',
        'Ask the clinic which length suits you. At your first visit, allow a few extra minutes for the chat about your health.',
      ],
      sources: ['clinic-pages'],
    },
    {
      id: 'does-the-evidence-support-massage-for-sciatica',
      question: 'Does the evidence support massage for sciatica?',
      answer: [
        'There is some support. A 2011 trial followed about 400 adults with long-lasting low back pain. After 10 weeks, about 1 in 3 of those who had massage said their pain was almost or completely gone. Among those who had only the care they normally got, it was about 4 in 100.',
        'NICE, which advises the NHS in England, says hands-on treatments such as massage should only be used alongside an exercise programme, not on their own.',
        'The trial looked at low back pain in general, not only sciatica. Massage may ease pain for a while and help you stay active, but it does not cure the cause of sciatica.',
      ],
      sources: ['cherkin-2011', 'nice-ng59'],
    },
    {
      id: 'when-should-i-see-a-doctor-instead-of-booking-a-massage',
      question: 'When should I see a doctor instead of booking a massage?',
      answer: [
        'Call your local emergency number now if you have back pain or sciatica and any of these. It is 999 in the UK, 911 in the US or Canada, 112 in Europe or Ireland, 000 in Australia and 111 in New Zealand.',
        [
          'both legs hurt, tingle, feel numb or feel weak, or sciatica has spread from one leg to the other',
          'numbness or tingling around your genitals or bottom, where you would sit on a saddle, or toilet paper feeling different when you wipe',
          'new trouble starting to pee, not being able to pee, not feeling the pee come out, or leaking pee',
          'leaking poo, or not noticing when you need to go',
          'new problems with sex, or less feeling in your genitals',
          'one or both legs badly weak or getting weaker, or new trouble walking',
        ],
        'These can be signs of cauda equina syndrome, a rare condition where the nerves at the base of the spine are badly squeezed. It needs hospital care quickly to prevent lasting harm. Also call if you have chest pain, or if your back pain began after a serious accident.',
        'Get medical advice today (from your doctor, an urgent care service, or NHS 111 in the UK), and hold off on massage, if you have:',
        [
          'a high temperature, or you feel generally unwell',
          'weight loss you cannot explain',
          'cancer now or in the past, and your back pain is new',
          'pain that began after a fall or injury',
          'pain that gets worse at night or does not let up, even when you rest',
          'pain in the upper back',
          'a lump or swelling on your back, or a change in its shape',
          'a leg or foot that has newly become weak, such as a foot that drags or slaps down when you walk',
        ],
      ],
      sources: [
        'nhs-sciatica',
        'nhs-back-pain',
        'nice-ng59',
        'girft-ces',
        'nhs-lothian-red-flags',
        'ifompt-2020',
      ],
    },
  ],
  techniques: [
    {
      id: 'deep-tissue',
      name: names['deep-tissue'],
      summary:
        'Slow, firm work on the deeper layers of muscle to ease tightness that has built up.',
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
  ],
  symptoms: [
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
  ],
  suggestions: [
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
  ],
  sources: {
    'nhs-sciatica': {
      label: 'NHS: Sciatica',
      url: 'https://www.nhs.uk/conditions/sciatica/',
    },
    'nhs-back-pain': {
      label: 'NHS: Back pain',
      url: 'https://www.nhs.uk/conditions/back-pain/',
    },
    'nice-ng59': {
      label: 'NICE guideline NG59: Low back pain and sciatica in over 16s',
      url: 'https://www.nice.org.uk/guidance/ng59',
    },
    'girft-ces': {
      label:
        'GIRFT (NHS England) and the Chartered Society of Physiotherapy: national suspected cauda equina syndrome pathway',
    },
    'nhs-lothian-red-flags': {
      label: 'NHS Lothian: lumbar spine red flags',
    },
    'ifompt-2020': {
      label:
        'Finucane et al., JOSPT 2020: international framework for red flags for potential serious spinal pathologies (IFOMPT)',
      url: 'https://doi.org/10.2519/jospt.2020.9971',
    },
    'nccih-massage': {
      label: 'NCCIH: Massage therapy, what you need to know',
      url: 'https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know',
    },
    'cherkin-2011': {
      label:
        'Cherkin et al., Annals of Internal Medicine, 2011: two types of massage and usual care for chronic low back pain (randomised trial)',
      url: 'https://doi.org/10.7326/0003-4819-155-1-201107050-00002',
    },
    'clinic-pages': {
      label: 'Massage clinics’ guides to sciatica',
    },
  },
};
