import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Button, Form } from 'antd';
import { useEffect } from 'react';
import { installFetch, jsonResponse, on } from '../../../../../test/fake-fetch';
import { forgetRegions } from '../../../../components/regions/region-api';
import { RegionField } from './region-field';
import { regionColumn } from './columns';
import { accountOf, meRoute, renderSignedIn } from './testing/signed-in';

const province = { code: '410000', name: '河南省', level: 'province', parentCode: null };
const city = { code: '410100', name: '郑州市', level: 'city', parentCode: '410000' };
const views: Record<string, object> = {
  '410000': { ...province, fullName: '河南省', ancestors: [] },
  '410100': { ...city, fullName: '河南省郑州市', ancestors: [province] },
  '410122': {
    code: '410122',
    name: '中牟县',
    level: 'county',
    parentCode: '410100',
    fullName: '河南省郑州市中牟县',
    ancestors: [province, city],
  },
};
const children: Record<string, object[]> = {
  '410000': [
    { ...city, hasChildren: true },
    { code: '410200', name: '开封市', level: 'city', parentCode: '410000', hasChildren: true },
  ],
  '410100': [
    { code: '410102', name: '中原区', level: 'county', parentCode: '410100', hasChildren: false },
    { code: '410122', name: '中牟县', level: 'county', parentCode: '410100', hasChildren: false },
  ],
};

const regionRoutes = [
  on('GET', /^\/api\/v1\/regions\/\d{6}$/, (url) => jsonResponse(200, views[url.split('/').pop()!])),
  on('GET', '/api/v1/regions', (url) => {
    const parent = new URL(url, 'http://console').searchParams.get('parent')!;
    return jsonResponse(200, { parent: views[parent], items: children[parent] ?? [] });
  }),
];

function RegionForm({ onFinish }: { onFinish: (values: { regionCode: string }) => void }) {
  const [form] = Form.useForm();
  return (
    <Form form={form} onFinish={onFinish}>
      <RegionField />
      <Button htmlType="submit">提交</Button>
    </Form>
  );
}

describe('the region field: province → city → county by name', () => {
  afterEach(() => {
    forgetRegions();
    sessionStorage.clear();
  });

  it('starts at the account’s own region, shown by its names, and sends its code', async () => {
    installFetch(meRoute(accountOf('admin', '410100')), ...regionRoutes);
    const onFinish = jest.fn();
    renderSignedIn(<RegionForm onFinish={onFinish} />);
    expect(await screen.findByText('郑州市')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
    await waitFor(() => expect(onFinish).toHaveBeenCalledWith({ regionCode: '410100' }));
  });

  it('a county is picked by its name under the city, and the form holds its code', async () => {
    installFetch(meRoute(accountOf('admin', '410100')), ...regionRoutes);
    const onFinish = jest.fn();
    renderSignedIn(<RegionForm onFinish={onFinish} />);
    await screen.findByText('郑州市');
    fireEvent.mouseDown(screen.getByRole('combobox'));
    fireEvent.click(
      (await screen.findAllByText('郑州市')).find((e) => e.closest('.ant-cascader-menu-item'))!,
    );
    fireEvent.click(await screen.findByText('中牟县'));
    await waitFor(() =>
      expect(document.querySelector('.ant-select-selection-item')?.textContent).toBe('郑州市 / 中牟县'),
    );
    fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
    await waitFor(() => expect(onFinish).toHaveBeenCalledWith({ regionCode: '410122' }));
  });

  it('a province administrator sees its own region’s names down to the county set from outside', async () => {
    installFetch(meRoute(accountOf('admin', '410000')), ...regionRoutes);
    function Preset() {
      const [form] = Form.useForm();
      // As the project form does when a team is chosen: the region comes from outside the field.
      useEffect(() => form.setFieldsValue({ regionCode: '410122' }), [form]);
      return (
        <Form form={form}>
          <RegionField />
        </Form>
      );
    }
    renderSignedIn(<Preset />);
    await waitFor(() =>
      expect(document.querySelector('.ant-select-selection-item')?.textContent).toBe(
        '河南省 / 郑州市 / 中牟县',
      ),
    );
  });

  it('a table’s region column shows the name, the code in the tooltip', async () => {
    installFetch(meRoute(accountOf('admin', '410100')), ...regionRoutes);
    const column = regionColumn<{ regionCode: string }>('区域');
    renderSignedIn(<>{column.render!('410122', { regionCode: '410122' }, 0)}</>);
    const name = await screen.findByText('中牟县');
    fireEvent.mouseEnter(name);
    expect((await screen.findByRole('tooltip')).textContent).toBe('河南省郑州市中牟县 · 410122');
  });
});
