import { Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { RefSelect } from '../../components/Ref';

// The values come from the API document (api/types).
export { RACK_STATUSES } from '../../api/types';
import { RACK_STATUSES } from '../../api/types';

export default function RackFormItems({ withRoom }: { withRoom?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {withRoom && (
        <Form.Item name="room_id" label={t('dcim.room')} rules={[{ required: true }]}>
          <RefSelect kind="rooms" />
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="name" label={t('racks.name')} rules={[{ required: true }]}>
            <Input maxLength={100} placeholder="A01-01" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="row" label={t('racks.row')}>
            <Input maxLength={20} placeholder="A01" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="facility_id" label={t('racks.facilityId')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="status" label={t('common.status')}>
            <Select options={RACK_STATUSES.map((s) => ({ value: s, label: t(`status.rack.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="u_height" label={t('racks.height')}>
            <InputNumber min={1} max={100} addonAfter="U" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="descending" label={t('racks.descending')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="power_a_w" label={t('racks.powerA')}>
            <InputNumber min={0} max={1000000} addonAfter="W" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="power_b_w" label={t('racks.powerB')}>
            <InputNumber min={0} max={1000000} addonAfter="W" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="max_weight_kg" label={t('racks.maxWeight')}>
            <InputNumber min={0} max={10000} addonAfter="kg" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="customer_id" label={t('racks.dedicatedTo')} tooltip={t('racks.dedicatedHelp')}>
        <RefSelect kind="customers" />
      </Form.Item>
    </>
  );
}
