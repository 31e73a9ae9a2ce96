import { Empty } from 'antd';
import { BarChart, type Bar } from '../../../components/charts/bar-chart';
import { useMessages } from '../../../i18n/messages';
import type { MonthlyHours } from '../volunteer-api';
import { homeMessages } from './home-messages';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Confirmed hours per month as bars; each bar's caption is its hours with one decimal. */
export function MonthlyHoursChart({ months }: { months: MonthlyHours['months'] }) {
  const t = useMessages(homeMessages);
  if (!months.some((month) => month.minutes > 0)) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noService')} />;
  }
  const bars: Bar[] = months.map(({ month, minutes }) => {
    const number = Number(month.slice(5, 7));
    return {
      label: t('monthLabel', { month: t.language === 'zh' ? number : EN_MONTHS[number - 1] }),
      value: minutes / 60,
      caption: (minutes / 60).toFixed(1),
    };
  });
  return <BarChart bars={bars} title={t('monthlyTitle')} height={220} />;
}
