// A device type's own figures, for a type the library does not have (or to correct one).
import { Checkbox, Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeviceType } from '../../api/types';

export type DeviceTypeValues = Partial<Pick<DeviceType, 'manufacturer' | 'model' | 'part_number' | 'u_height' | 'full_depth' | 'typical_power_w' | 'max_power_w' | 'weight_kg'>>;

export default function DeviceTypeFormItems() {
  const { t } = useTranslation();
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="manufacturer" label={t('deviceTypes.manufacturer')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} data-testid="device-type-manufacturer" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="model" label={t('deviceTypes.model')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} data-testid="device-type-model" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="part_number" label={t('deviceTypes.partNumber')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="u_height" label={t('devices.height')} rules={[{ required: true }]} extra={t('deviceTypes.heightHint')}>
            <InputNumber min={0} max={100} step={0.5} addonAfter="U" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="weight_kg" label={t('deviceTypes.weight')}>
            <InputNumber min={0} max={2000} addonAfter="kg" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={12}>
          <Form.Item name="typical_power_w" label={t('deviceTypes.typicalPower')}>
            <InputNumber min={0} max={100000} precision={0} addonAfter="W" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={12}>
          <Form.Item name="max_power_w" label={t('deviceTypes.maxPower')}>
            <InputNumber min={0} max={100000} precision={0} addonAfter="W" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="full_depth" valuePropName="checked">
        <Checkbox>{t('deviceTypes.fullDepth')}</Checkbox>
      </Form.Item>
    </>
  );
}
