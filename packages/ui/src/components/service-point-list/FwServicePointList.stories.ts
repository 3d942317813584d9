import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import FwServicePointList from './FwServicePointList.vue';
import type { FwServicePoint } from './types.js';

// Synthetic service points around central Beijing (names, addresses and numbers are fake).
const points: FwServicePoint[] = [
  {
    id: 'center',
    name: '某某区公共法律服务中心',
    kind: '公共法律服务中心',
    address: '某某区某某大街 100 号一层',
    phone: '010-1234 5678',
    openingHours: '周一至周五 9:00–17:00',
    location: { lat: 39.93, lng: 116.45 },
  },
  {
    id: 'station',
    name: '某某街道公共法律服务工作站',
    kind: '公共法律服务工作站',
    address: '某某街道某某胡同 8 号',
    phone: '010-8765 4321',
    openingHours: '周一至周五 8:30–17:30',
    location: { lat: 39.912, lng: 116.41 },
  },
  {
    id: 'studio',
    name: '某某社区公共法律服务工作室',
    kind: '公共法律服务工作室',
    address: '某某社区居委会二楼',
    openingHours: '每周三 14:00–17:00',
    location: { lat: 39.96, lng: 116.36 },
  },
  { id: 'village', name: '某某村公共法律服务工作室', kind: '公共法律服务工作室', address: '某某村村委会' },
];

const ORIGIN = { lat: 39.9097, lng: 116.4178 };

/** Stubs navigator.geolocation for a story; returns the restore function. */
function stubGeolocation(outcome: 'ok' | 'denied'): () => void {
  const saved = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
  const geolocation = {
    getCurrentPosition: (ok: PositionCallback, fail?: PositionErrorCallback) =>
      setTimeout(() => {
        if (outcome === 'ok') ok({ coords: { latitude: ORIGIN.lat, longitude: ORIGIN.lng } } as GeolocationPosition);
        else fail?.({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError);
      }, 100),
  };
  Object.defineProperty(Navigator.prototype, 'geolocation', { configurable: true, get: () => geolocation });
  return () => {
    if (saved) Object.defineProperty(Navigator.prototype, 'geolocation', saved);
  };
}

const meta = {
  title: 'Display/Service point list',
  component: FwServicePointList,
  tags: ['autodocs'],
  args: { points, headingLevel: 3 },
  render: (args) => ({
    components: { FwServicePointList },
    setup: () => ({ args }),
    template: `<h2>附近的公共法律服务网点</h2><FwServicePointList v-bind="args" />`,
  }),
} satisfies Meta<typeof FwServicePointList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** In the given order, without distances. */
export const Default: Story = {};

/** With the user's position known: nearest first, with "约 … 公里". */
export const SortedByDistance: Story = {
  args: { origin: ORIGIN },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const headings = canvas.getAllByRole('heading', { level: 3 });
    await expect(headings[0]).toHaveTextContent('某某街道公共法律服务工作站');
    await expect(canvas.getAllByText(/^(约 .+ (公里|米)|about .+ (km|m))$/)).toHaveLength(3);
    await expect(canvas.getAllByRole('link', { name: /010-/ })[0]).toHaveAttribute('href', 'tel:01087654321');
  },
};

/** 使用我的位置: the browser asks for permission, then the list is sorted. */
export const UseMyLocation: Story = {
  args: { locate: true },
  beforeEach: () => stubGeolocation('ok'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /使用我的位置|Use my location/ }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/由近到远|nearest first/));
    await expect(canvas.getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('某某街道公共法律服务工作站');
  },
};

/** Permission denied: a polite message, and the list stays in its order. */
export const LocationDenied: Story = {
  args: { locate: true },
  beforeEach: () => stubGeolocation('denied'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /使用我的位置|Use my location/ }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/未获得定位权限|permission/));
    await expect(canvas.getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('某某区公共法律服务中心');
  },
};
