/**
 * Every contact detail the site publishes, in one place. Publish only what a
 * source gives: the sources name no telephone line for the investment
 * service centre, so `phone` stays null until the office supplies one.
 */
import type { Localized } from '../schemas/common';

export interface Contact {
  name: Localized;
  address: Localized | null;
  phone: string | null;
  website: string | null;
  /** Id of the entry in content/sources/ that publishes these details. */
  source: string;
  note: Localized | null;
}

export const contacts = {
  'lvliang-government': {
    name: { zh: '吕梁市人民政府', en: 'Lüliang Municipal People’s Government' },
    address: {
      zh: '山西省吕梁市离石区永宁中路9号',
      en: 'No. 9 Yongning Middle Road, Lishi District, Lüliang, Shanxi',
    },
    phone: null,
    website: 'http://www.lvliang.gov.cn',
    source: 'lvliang-gov-overview-2022',
    note: null,
  },
  'investment-service-centre': {
    name: { zh: '吕梁市招商引资服务中心', en: 'Lüliang Investment Promotion Service Centre' },
    address: null,
    phone: null,
    website: null,
    source: 'ifeng-2023-investment-drive',
    note: {
      zh: '公开资料未公布该中心的地址与直线电话，待补充。',
      en: 'The public sources give neither an address nor a direct telephone line for the centre; they will be added here.',
    },
  },
} satisfies Record<string, Contact>;

export type ContactId = keyof typeof contacts;
export const CONTACT_IDS = Object.keys(contacts) as ContactId[];
/** Shown on every page that lists how to reach the city, in this order. */
export const PRIMARY_CONTACTS: ContactId[] = ['investment-service-centre', 'lvliang-government'];
