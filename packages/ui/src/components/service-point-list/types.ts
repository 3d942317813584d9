import type { LatLng } from './distance.js';

/** A public legal service point: 公共法律服务中心 (county), 工作站 (township), 工作室 (village). */
export interface FwServicePoint {
  id: string;
  name: string;
  /** The kind as a label, e.g. '公共法律服务中心'. */
  kind: string;
  address: string;
  phone?: string;
  openingHours?: string;
  location?: LatLng;
}
