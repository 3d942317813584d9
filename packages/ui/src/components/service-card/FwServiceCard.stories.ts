import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, within } from 'storybook/test';
import FwServiceCard from './FwServiceCard.vue';

const meta = {
  title: 'Display/Service card',
  component: FwServiceCard,
  tags: ['autodocs'],
  args: {
    title: '法律援助申请',
    description: '经济困难或特定案件的当事人，可申请免费的法律咨询、代理和刑事辩护。',
    icon: 'user',
    mode: 'online',
    href: '#legal-aid',
    hotline: '12348',
  },
  render: (args) => ({
    components: { FwServiceCard },
    setup: () => ({ args }),
    template: '<div style="max-width: 22rem"><FwServiceCard v-bind="args" /></div>',
  }),
} satisfies Meta<typeof FwServiceCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Fully online, with the 12348 hotline. */
export const Online: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The action's name includes the service, so a grid of cards has distinct links.
    const action = canvas.getByRole('link', { name: /(立即办理|Start).*法律援助申请/ });
    await expect(action).toHaveAttribute('href', '#legal-aid');
    await expect(canvas.getByRole('link', { name: /12348/ })).toHaveAttribute('href', 'tel:12348');
    await expect(canvas.getByText(/可全程网办|Fully online/)).toBeInTheDocument();
  },
};

/** A service that needs a visit, with its own action text and no hotline. */
export const Onsite: Story = {
  args: {
    title: '公证预约',
    description: '预约到公证处现场办理继承、委托、声明等公证。',
    icon: 'calendar',
    mode: 'onsite',
    actionLabel: '预约办理',
    hotline: undefined,
    href: '#notary',
  },
};

/** The home page grid: columns follow --fw-grid-min-column, so care mode shows one column. */
export const HomeGrid: Story = {
  render: () => ({
    components: { FwServiceCard },
    setup: () => ({
      services: [
        { id: 'aid', title: '法律援助申请', description: '免费的法律咨询、代理和辩护。', icon: 'user', mode: 'online', href: '#aid', hotline: '12348' },
        { id: 'lawyer', title: '找律师', description: '按执业领域、区域查找律师和律师事务所。', icon: 'search', mode: 'online', href: '#lawyer' },
        { id: 'notary', title: '公证服务', description: '在线申请，到公证处核验后领取公证书。', icon: 'file', mode: 'partial', href: '#notary' },
        { id: 'mediation', title: '人民调解', description: '邻里、婚姻家庭、劳动纠纷免费调解。', icon: 'globe', mode: 'onsite', href: '#mediation', hotline: '010-1234 5678' },
      ],
    }),
    template: `<section aria-labelledby="services-heading">
      <h2 id="services-heading">热门服务</h2>
      <ul class="fw-service-card-grid">
        <li v-for="s in services" :key="s.id">
          <FwServiceCard :title="s.title" :description="s.description" :icon="s.icon" :mode="s.mode" :href="s.href" :hotline="s.hotline" />
        </li>
      </ul>
    </section>`,
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { level: 3 })).toHaveLength(4);
    await expect(canvas.getByRole('link', { name: /找律师/ })).toBeInTheDocument();
  },
};
