import type { Meta, StoryObj } from '@storybook/vue3-vite';
import FwIcon from './FwIcon.vue';
import { FW_ICONS, type FwIconName } from './icons.js';

const meta = {
  title: 'Foundations/Icon',
  component: FwIcon,
  tags: ['autodocs'],
  argTypes: { name: { control: 'select', options: Object.keys(FW_ICONS) } },
  args: { name: 'search' },
} satisfies Meta<typeof FwIcon>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every icon in the set, each named so the gallery itself is accessible. */
export const Gallery: Story = {
  render: () => ({
    components: { FwIcon },
    setup: () => ({ names: Object.keys(FW_ICONS) as FwIconName[] }),
    template: `<ul style="display:grid;grid-template-columns:repeat(auto-fill,minmax(120px,1fr));gap:16px;list-style:none;padding:0">
      <li v-for="n in names" :key="n" style="display:flex;gap:8px;align-items:center"><FwIcon :name="n" size="24px" /><code>{{ n }}</code></li>
    </ul>`,
  }),
};

/** An icon that carries meaning on its own has a label. */
export const Labelled: Story = { args: { name: 'phone', label: '电话', size: '32px' } };
