import { describe, expect, it } from 'vitest';
import { exportColumns, exportUrl, fileNameFrom } from './export';

describe('exportColumns', () => {
  it('takes the data paths and string titles of the columns that have them', () => {
    const cols = exportColumns([
      { title: '名称', dataIndex: 'name' },
      { title: '机柜', dataIndex: ['rack', 'name'] },
      { title: '操作', render: () => null },
      { title: { node: true }, dataIndex: 'status' },
      { title: '客户', dataIndex: 'customer_id', exportKey: 'customer.name', exportLabel: '客户名称' },
    ]);
    expect(cols).toEqual([
      { key: 'name', label: '名称' },
      { key: 'rack.name', label: '机柜' },
      { key: 'status', label: 'status' },
      { key: 'customer.name', label: '客户名称' },
    ]);
  });
});

describe('exportUrl', () => {
  it('carries the filter, the columns in order and their labels, without paging', () => {
    const url = exportUrl(
      '/api/v1/dcim/devices',
      { status: 'active', q: '', sort: '-name', limit: 20, offset: 40, site: undefined },
      [
        { key: 'name', label: '名称' },
        { key: 'rack.name', label: '机柜' },
      ],
      'xlsx',
      '设备',
    );
    const u = new URL(url, 'http://x');
    expect(u.pathname).toBe('/api/v1/export');
    expect(u.searchParams.get('path')).toBe('/api/v1/dcim/devices');
    expect(u.searchParams.get('format')).toBe('xlsx');
    expect(u.searchParams.getAll('column')).toEqual(['name', 'rack.name']);
    expect(u.searchParams.getAll('label')).toEqual(['名称', '机柜']);
    expect(u.searchParams.get('filename')).toBe('设备');
    expect(u.searchParams.get('status')).toBe('active');
    expect(u.searchParams.get('sort')).toBe('-name');
    expect(u.searchParams.has('q')).toBe(false);
    expect(u.searchParams.has('limit')).toBe(false);
    expect(u.searchParams.has('offset')).toBe(false);
  });
});

describe('fileNameFrom', () => {
  it('prefers the UTF-8 name', () => {
    expect(fileNameFrom(`attachment; filename="export.csv"; filename*=UTF-8''%E8%AE%BE%E5%A4%87.csv`, 'x')).toBe('设备.csv');
    expect(fileNameFrom('attachment; filename="export.csv"', 'x')).toBe('export.csv');
    expect(fileNameFrom(null, 'x.csv')).toBe('x.csv');
  });
});
