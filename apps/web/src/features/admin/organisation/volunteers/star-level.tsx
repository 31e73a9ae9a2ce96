import { StarFilled } from '@ant-design/icons';
import { useMessages } from '../../../../i18n/messages';
import { volunteersMessages } from './volunteers-messages';

/** Minutes as hours with one decimal (the ledger keeps minutes; people read hours). */
export const hoursOf = (minutes: number): number => Math.round((minutes / 60) * 10) / 10;

/** A star level 0–5 as stars, with the number for screen readers. */
export function StarLevel({ level }: { level: number }) {
  const t = useMessages(volunteersMessages);
  if (level <= 0) return <span>{t('noStar')}</span>;
  return (
    <span aria-label={`${level}★`} style={{ color: '#faad14', whiteSpace: 'nowrap' }}>
      {Array.from({ length: level }, (_, index) => (
        <StarFilled key={index} />
      ))}
    </span>
  );
}
