// 新增/编辑维护计划 — a maintenance plan made or edited in the console: one asset or every asset of a kind, every
// N days or months from its first due date, and its checklist (yes/no items, readings with a unit
// and acceptable range, photos). The server checks the schedule and the checklist; its field
// errors are shown next to the fields.
import { Button, Drawer, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { FacilityAsset, MaintenancePlan } from '../../api/types';
import { useSubmit } from '../../lib/useSubmit';

const KINDS = ['ups', 'battery_string', 'generator', 'ats', 'crac', 'gas_suppression', 'fire_detection', 'distribution_board'];
const UNITS = ['V', 'kV', 'A', 'kW', 'kVA', 'kWh', 'Hz', '°C', '%RH', '%', 'Pa', 'kPa', 'MPa', 'bar', 'h', 'min', 's', 'L', 'mΩ', 'MΩ', 'ppm', 'rpm', 'm³/h'];

interface Item {
  key: string;
  label: string;
  kind: 'check' | 'reading' | 'photo';
  unit?: string;
  min?: number | null;
  max?: number | null;
}
interface Values {
  name: string;
  covers: 'asset' | 'kind';
  asset_id?: number;
  asset_kind?: string;
  every: number;
  unit: 'days' | 'months';
  first_due: string;
  checklist: Item[];
}

// The form's values of an existing plan, for editing.
function valuesOf(p: MaintenancePlan): Values {
  return {
    name: p.name,
    covers: p.asset_kind ? 'kind' : 'asset',
    asset_id: p.asset_id ?? undefined,
    asset_kind: p.asset_kind ?? undefined,
    every: p.every,
    unit: p.unit as Values['unit'],
    first_due: p.first_due,
    checklist: p.checklist.map((i) => ({ key: i.key, label: i.label, kind: i.kind as Item['kind'], unit: i.unit ?? undefined, min: i.min ?? null, max: i.max ?? null })),
  };
}

// With `plan` the drawer edits that plan (PATCH, every field sent); without, it adds one.
export default function MaintenancePlanForm({
  open,
  plan,
  onClose,
  onSaved,
}: {
  open: boolean;
  plan?: MaintenancePlan;
  onClose: () => void;
  onSaved: (p: MaintenancePlan) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const submit = useSubmit(form);
  const [assets, setAssets] = useState<FacilityAsset[]>([]);
  const covers = Form.useWatch('covers', form);
  useEffect(() => {
    if (open) api.get<{ results: FacilityAsset[] }>('/api/v1/facility/assets?limit=500').then((p) => setAssets(p.results));
  }, [open]);
  useEffect(() => {
    if (open && plan) form.setFieldsValue(valuesOf(plan));
  }, [open, plan, form]);
  const save = async (v: Values) => {
    const body = {
      name: v.name,
      ...(v.covers === 'asset' ? { asset_id: v.asset_id } : { asset_kind: v.asset_kind }),
      every: v.every,
      unit: v.unit,
      first_due: v.first_due,
      checklist: (v.checklist ?? []).map((i) =>
        i.kind === 'reading' ? { key: i.key, label: i.label, kind: i.kind, unit: i.unit ?? '', ...(i.min != null && { min: i.min }), ...(i.max != null && { max: i.max }) } : { key: i.key, label: i.label, kind: i.kind },
      ),
    };
    const p = await submit.run(() =>
      plan ? api.patch<MaintenancePlan>(`/api/v1/facility/maintenance-plans/${plan.id}`, body) : api.post<MaintenancePlan>('/api/v1/facility/maintenance-plans', body),
    );
    if (p) {
      form.resetFields();
      onSaved(p);
    }
  };
  return (
    <Drawer open={open} onClose={onClose} title={t(plan ? 'facility_maintenance.editPlan' : 'facility_patrol.planForm.title')} width={Math.min(560, window.innerWidth)} destroyOnClose>
      {submit.alert}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={save}
        data-testid="plan-form"
        initialValues={{ covers: 'asset', every: 1, unit: 'months', checklist: [{ key: 'ok', label: '', kind: 'check' }] }}
      >
        <Form.Item name="name" label={t('facility_patrol.planForm.name')} rules={[{ required: true, message: t('facility_patrol.planForm.required') }]}>
          <Input maxLength={200} data-testid="plan-name" />
        </Form.Item>
        <Form.Item name="covers" label={t('facility_patrol.planForm.covers')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'asset', label: t('facility_patrol.planForm.oneAsset') },
              { value: 'kind', label: t('facility_patrol.planForm.allOfKind') },
            ]}
          />
        </Form.Item>
        {covers !== 'kind' ? (
          <Form.Item name="asset_id" label={t('facility_patrol.planForm.asset')} rules={[{ required: true, message: t('facility_patrol.planForm.required') }]}>
            <Select
              showSearch
              optionFilterProp="label"
              data-testid="plan-asset"
              options={assets.map((a) => ({ value: a.id, label: `${a.code} ${a.name}` }))}
            />
          </Form.Item>
        ) : (
          <Form.Item name="asset_kind" label={t('facility_patrol.planForm.kind')} rules={[{ required: true, message: t('facility_patrol.planForm.required') }]}>
            <Select data-testid="plan-kind" options={KINDS.map((k) => ({ value: k, label: t(`facility_maintenance.kinds.${k}`) }))} />
          </Form.Item>
        )}
        <Space wrap align="start">
          <Form.Item name="every" label={t('facility_patrol.planForm.every')} rules={[{ required: true, message: t('facility_patrol.planForm.required') }]}>
            <InputNumber min={1} precision={0} style={{ width: 100 }} data-testid="plan-every" />
          </Form.Item>
          <Form.Item name="unit" label={t('facility_patrol.planForm.unit')}>
            <Select
              style={{ width: 100 }}
              options={[
                { value: 'days', label: t('facility_patrol.planForm.days') },
                { value: 'months', label: t('facility_patrol.planForm.months') },
              ]}
            />
          </Form.Item>
          <Form.Item name="first_due" label={t('facility_patrol.planForm.firstDue')} rules={[{ required: true, message: t('facility_patrol.planForm.required') }]}>
            <Input type="date" data-testid="plan-first-due" />
          </Form.Item>
        </Space>
        <Form.List name="checklist">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((f) => (
                <Space key={f.key} wrap align="start" data-testid={`plan-item-${f.name}`} style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 4 }}>
                  <Form.Item name={[f.name, 'key']} label={t('facility_patrol.planForm.itemKey')} rules={[{ required: true, message: t('facility_patrol.planForm.required') }]}>
                    <Input style={{ width: 90 }} maxLength={50} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'label']} label={t('facility_patrol.planForm.itemLabel')} rules={[{ required: true, message: t('facility_patrol.planForm.required') }]}>
                    <Input style={{ width: 160 }} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'kind']} label={t('facility_patrol.planForm.itemKind')}>
                    <Select
                      style={{ width: 100 }}
                      options={['check', 'reading', 'photo'].map((k) => ({ value: k, label: t(`facility_patrol.planForm.kinds.${k}`) }))}
                    />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() =>
                      form.getFieldValue(['checklist', f.name, 'kind']) === 'reading' && (
                        <Space wrap align="start">
                          <Form.Item name={[f.name, 'unit']} label={t('facility_patrol.planForm.itemUnit')}>
                            <Select style={{ width: 90 }} options={UNITS.map((u) => ({ value: u, label: u }))} />
                          </Form.Item>
                          <Form.Item name={[f.name, 'min']} label={t('facility_patrol.min')}>
                            <InputNumber style={{ width: 90 }} />
                          </Form.Item>
                          <Form.Item name={[f.name, 'max']} label={t('facility_patrol.max')}>
                            <InputNumber style={{ width: 90 }} />
                          </Form.Item>
                        </Space>
                      )
                    }
                  </Form.Item>
                  <Button onClick={() => remove(f.name)} style={{ marginTop: 30 }}>
                    {t('facility_patrol.planForm.remove')}
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add({ key: '', label: '', kind: 'check' })} data-testid="plan-add-item">
                {t('facility_patrol.planForm.addItem')}
              </Button>
            </Space>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={submit.submitting} style={{ marginTop: 16 }} data-testid="plan-save">
          {t('facility_patrol.planForm.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
