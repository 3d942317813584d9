import type { Meta, StoryObj } from '@storybook/vue3-vite';
import FwButton from '../components/button/FwButton.vue';
import { brandTokens } from '../theme/brand.js';

/** The same components under three regions' brand colours, including one too pale for white text. */
const meta = {
  title: 'Foundations/Region brand',
  component: FwButton,
} satisfies Meta<typeof FwButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const regions = [
  { name: '四川 Sichuan', brandColor: '#1f5fa8' },
  { name: '广东 Guangdong', brandColor: '#b3261e' },
  { name: '浅绿（自动加深） Pale green, darkened', brandColor: '#7fd48a' },
];

export const ThreeRegions: Story = {
  render: () => ({
    components: { FwButton },
    setup: () => ({ regions: regions.map((r) => ({ ...r, style: brandTokens(r) })) }),
    template: `<div style="display:grid;gap:16px">
      <section v-for="r in regions" :key="r.name" :style="r.style" :aria-label="r.name" style="display:flex;gap:12px;align-items:center;flex-wrap:wrap">
        <strong style="min-width:16em">{{ r.name }} <code>{{ r.brandColor }}</code></strong>
        <FwButton variant="primary">在线申请</FwButton>
        <FwButton>查看进度</FwButton>
      </section>
    </div>`,
  }),
};
