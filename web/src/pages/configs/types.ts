// The configuration backup records by the names these pages use, from the generated schema.
import type * as S from '../../api/schema';
import type { Full } from '../../api/types';

export type ConfigDevice = Full<S.ConfigDevice>;
export type ConfigVersion = Full<S.ConfigVersion>;
export type ConfigVersionBrief = Full<S.ConfigVersionBrief>;
export type ConfigFetch = Full<S.ConfigFetch>;
export type ConfigDiff = Full<S.ConfigDiff>;
export type ConfigDiffHunk = S.ConfigDiffHunk;
export type ConfigDiffLine = S.ConfigDiffLine;

export const VENDORS = ['cisco_ios', 'cisco_nxos', 'huawei_vrp', 'h3c_comware', 'juniper_junos'] as const;
export const FETCH_RESULTS = ['ok', 'unchanged', 'failed'] as const;
