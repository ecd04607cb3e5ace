import { Col, Divider, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { RefSelect } from '../../components/Ref';

// The values come from the API document (api/types).
export { DEVICE_ROLES, DEVICE_STATUSES } from '../../api/types';
import { DEVICE_ROLES, DEVICE_STATUSES } from '../../api/types';

/** The device form; `part` limits it to the identity fields or the placement fields. */
export default function DeviceFormItems({ part = 'all', create }: { part?: 'all' | 'identity' | 'placement'; create?: boolean }) {
  const { t } = useTranslation();
  const rackId = Form.useWatch('rack_id');
  return (
    <>
      {part !== 'placement' && (
        <>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="name" label={t('devices.name')} rules={[{ required: true }]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="device_type_id" label={t('devices.type')} rules={[{ required: !!create }]}>
                <RefSelect kind="device-types" disabled={!create} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="role" label={t('devices.role')}>
                <Select options={DEVICE_ROLES.map((r) => ({ value: r, label: t(`devices.roles.${r}`) }))} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="status" label={t('common.status')}>
                <Select options={DEVICE_STATUSES.map((s) => ({ value: s, label: t(`status.device.${s}`) }))} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="customer_id" label={t('dcim.customer')}>
                <RefSelect kind="customers" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="serial" label={t('devices.serial')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="asset_tag" label={t('devices.assetTag')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="mgmt_address" label={t('devices.mgmtAddress')}>
                <Input maxLength={100} placeholder="10.0.0.10" />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
      {part !== 'identity' && (
        <>
          {part === 'all' && <Divider orientation="left" plain>{t('devices.placement')}</Divider>}
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item name="rack_id" label={t('devices.rack')}>
                <RefSelect kind="racks" />
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item name="position" label={t('devices.position')} tooltip={t('devices.positionHelp')}>
                <InputNumber min={0.5} max={100} step={0.5} addonBefore="U" style={{ width: '100%' }} disabled={!rackId} />
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item name="face" label={t('devices.face')}>
                <Select
                  allowClear
                  disabled={!rackId}
                  options={[
                    { value: 'front', label: t('rack.face.front') },
                    { value: 'rear', label: t('rack.face.rear') },
                  ]}
                />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="redundant_power" label={t('devices.redundantPower')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="feed" label={t('devices.feed')}>
                <Select options={['A', 'B'].map((f) => ({ value: f, label: `${t('devices.feed')} ${f}` }))} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="force" label={t('devices.force')} valuePropName="checked" tooltip={t('devices.forceHelp')}>
                <Switch />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
      {part === 'all' && (
        <Form.Item name="config_notes" label={t('devices.configNotes')}>
          <Input.TextArea rows={3} maxLength={10000} />
        </Form.Item>
      )}
    </>
  );
}
