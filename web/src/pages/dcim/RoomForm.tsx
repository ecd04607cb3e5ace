import { Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { RefSelect } from '../../components/Ref';

export default function RoomFormItems({ withSite }: { withSite?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {withSite && (
        <Form.Item name="site_id" label={t('dcim.site')} rules={[{ required: true }]}>
          <RefSelect kind="sites" />
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item name="name" label={t('rooms.name')} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="floor" label={t('rooms.floor')}>
            <Input maxLength={50} placeholder="1F" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={t('rooms.temperature')} style={{ marginBottom: 0 }}>
            <Form.Item name="temp_min_c" style={{ display: 'inline-block', width: 'calc(50% - 6px)' }}>
              <InputNumber min={-20} max={60} addonAfter="°C" placeholder="18" style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="temp_max_c" style={{ display: 'inline-block', width: 'calc(50% - 6px)', marginLeft: 12 }}>
              <InputNumber min={-20} max={60} addonAfter="°C" placeholder="27" style={{ width: '100%' }} />
            </Form.Item>
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('rooms.humidity')} style={{ marginBottom: 0 }}>
            <Form.Item name="humidity_min_pct" style={{ display: 'inline-block', width: 'calc(50% - 6px)' }}>
              <InputNumber min={0} max={100} addonAfter="%" placeholder="20" style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="humidity_max_pct" style={{ display: 'inline-block', width: 'calc(50% - 6px)', marginLeft: 12 }}>
              <InputNumber min={0} max={100} addonAfter="%" placeholder="80" style={{ width: '100%' }} />
            </Form.Item>
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
