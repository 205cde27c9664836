/** What the built-in sciatica content draws on, as shown under its text, in English. */
import type { Source, SourceId } from '../types.js';

export const sourcesEn: Readonly<Record<SourceId, Source>> = {
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
};
