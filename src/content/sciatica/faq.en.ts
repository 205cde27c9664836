/** The built-in FAQ about massage for sciatica, in English. Plain text only: answers are never parsed as HTML. */
import type { FaqEntry } from '../types.js';

export const faqEn: readonly FaqEntry[] = [
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
];
