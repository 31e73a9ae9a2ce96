import { Tooltip } from 'antd';
import { useRegion } from './region-api';

/**
 * A region as people read it: its name (中牟县, or the full name 河南省郑州市中牟县 with `full`), the
 * full name and the code in a tooltip (河南省郑州市中牟县 · 410122). Until the name has come, or when
 * the server knows no such region, the code itself.
 */
export function RegionName({ code, full = false }: { code: string; full?: boolean }) {
  const region = useRegion(code);
  if (!region) {
    return (
      <span style={{ whiteSpace: 'nowrap' }} data-region-code={code}>
        {code}
      </span>
    );
  }
  return (
    <Tooltip title={`${region.fullName} · ${region.code}`}>
      <span style={{ whiteSpace: 'nowrap' }} data-region-code={code}>
        {full ? region.fullName : region.name}
      </span>
    </Tooltip>
  );
}

/**
 * A sentence with a `{region}` placeholder left in it by the translator (t('roundTitle', {cutoff})),
 * the region put in by name: 星级评定 · 中牟县 · 截止 2026-11-01.
 */
export function RegionInText({ text, code }: { text: string; code: string }) {
  const [before, ...after] = text.split('{region}');
  if (after.length === 0) return <>{text}</>;
  return (
    <>
      {before}
      <RegionName code={code} />
      {after.join(code)}
    </>
  );
}
