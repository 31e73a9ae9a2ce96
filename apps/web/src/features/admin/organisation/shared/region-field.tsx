import { Cascader, Form } from 'antd';
import type { Rule } from 'antd/es/form';
import { useEffect, useState } from 'react';
import { useMe } from '../../../../auth/auth-context';
import { useMessages, type Translate } from '../../../../i18n/messages';
import { loadChildren, loadRegion } from '../../../../components/regions/region-api';
import { RegionName } from '../../../../components/regions/region-name';
import { isRegionCode, regionPath, regionWithin } from './region';
import { sharedMessages } from './shared-messages';

type SharedKey = keyof (typeof sharedMessages)['zh'];

/** The rules of a region chosen by someone acting in `scope`. */
export function regionRules(t: Translate<SharedKey>, scope: string): Rule[] {
  return [
    { required: true, message: t('regionRequired') },
    {
      validator: async (_rule, value: unknown) => {
        if (typeof value !== 'string' || value === '') return;
        if (!isRegionCode(value)) throw new Error(t('regionInvalid'));
        if (!regionWithin(scope, value)) throw new Error(t('regionOutside', { scope }));
      },
    },
  ];
}

/** A choice of the cascader: a region by name, its children loaded when it is opened. */
interface RegionOption {
  readonly value: string;
  readonly label: string;
  readonly isLeaf: boolean;
  readonly children?: RegionOption[];
}

/** `options` with `children` hung under the option of `parentCode`, wherever it is in the tree. */
function withChildren(options: RegionOption[], parentCode: string, children: RegionOption[]): RegionOption[] {
  return options.map((option) =>
    option.value === parentCode
      ? { ...option, children }
      : option.children
        ? { ...option, children: withChildren(option.children, parentCode, children) }
        : option,
  );
}

function findOption(options: readonly RegionOption[] | undefined, code: string): RegionOption | undefined {
  for (const option of options ?? []) {
    if (option.value === code) return option;
    const inner = findOption(option.children, code);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * Province → city → county by name, from the account's own region down (an administrator of 郑州市
 * picks 郑州市 itself or one of its counties), each level asked of GET /regions when it is opened.
 * The form's value stays the code (410122).
 */
export function RegionCascader({
  scope,
  value,
  onChange,
  id,
}: {
  scope: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  id?: string;
}) {
  const t = useMessages(sharedMessages);
  const [options, setOptions] = useState<RegionOption[]>([]);

  useEffect(() => {
    let current = true;
    loadRegion(scope).then(
      (root) =>
        current &&
        root &&
        setOptions([{ value: root.code, label: root.name, isLeaf: root.level === 'county' }]),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [scope]);

  const open = (parentCode: string) => {
    loadChildren(parentCode).then(
      (items) =>
        setOptions((previous) =>
          withChildren(
            previous,
            parentCode,
            items.map((item) => ({ value: item.code, label: item.name, isLeaf: !item.hasChildren })),
          ),
        ),
      () => undefined,
    );
  };

  // A value set from outside (the form's initial region, a project's team) shows its names too.
  const path = value ? regionPath(scope, value) : [];
  const rooted = options.length > 0;
  useEffect(() => {
    if (!rooted) return;
    for (const code of path.slice(0, -1)) {
      const option = findOption(options, code);
      if (option && !option.isLeaf && !option.children) open(code);
    }
    // `path` is derived from `value` and `scope`; `options` changes as levels arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, scope, rooted, options]);

  return (
    <Cascader<RegionOption>
      id={id}
      options={options}
      value={path.length ? path : undefined}
      changeOnSelect
      placeholder={t('regionPlaceholder')}
      loadData={(selected) => {
        const last = selected[selected.length - 1];
        if (last && !last.children) open(last.value);
      }}
      onChange={(chosen) => onChange?.(chosen?.length ? String(chosen[chosen.length - 1]) : undefined)}
      style={{ maxWidth: 360 }}
    />
  );
}

/** The `regionCode` field, chosen by name and filled with the account's own region to start with. */
export function RegionField({
  extraRules = [],
  dependencies,
}: {
  extraRules?: Rule[];
  dependencies?: string[];
}) {
  const t = useMessages(sharedMessages);
  const me = useMe();
  return (
    <Form.Item
      name="regionCode"
      label={t('region')}
      initialValue={me.regionCode}
      extra={t('regionHint')}
      rules={[...regionRules(t, me.regionCode), ...extraRules]}
      dependencies={dependencies}
    >
      <RegionCascader scope={me.regionCode} />
    </Form.Item>
  );
}

/** A region by its name (中牟县), the full name and the code in a tooltip. */
export const RegionText = RegionName;
