import type { Language } from '../../../../i18n/language';
import type { Campaign } from '../shared/types';

/** A campaign's name in the person's language, falling back to the other one (the calendar is data). */
export const campaignName = (campaign: Campaign, language: Language): string =>
  (language === 'zh' ? (campaign.nameZh ?? campaign.name) : (campaign.name ?? campaign.nameZh)) ??
  campaign.id;
