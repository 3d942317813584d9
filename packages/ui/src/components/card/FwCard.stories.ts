import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, within } from 'storybook/test';
import FwStatusBadge from '../status-badge/FwStatusBadge.vue';
import FwCard from './FwCard.vue';

const meta = {
  title: 'Display/Card',
  component: FwCard,
  tags: ['autodocs'],
  args: { title: '北京市某某律师事务所', headingLevel: 3 },
  render: (args) => ({
    components: { FwCard, FwStatusBadge },
    setup: () => ({ args }),
    template: `<div style="max-width: 28rem">
      <FwCard v-bind="args">
        <template #header><FwStatusBadge tone="success" label="执业中" /></template>
        <p>擅长婚姻家事、劳动争议、合同纠纷。提供法律咨询与诉讼代理服务。</p>
        <template #footer>执业律师 28 名 · 朝阳区</template>
      </FwCard>
    </div>`,
  }),
} satisfies Meta<typeof FwCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Title, a status in the header slot, a description and a footer. */
export const Default: Story = {};

/** With `href` the whole card is clickable, yet the title link is the only focus stop. */
export const Linked: Story = {
  args: { href: '#firm-1' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const link = canvas.getByRole('link', { name: '北京市某某律师事务所' });
    await expect(canvas.getAllByRole('link')).toHaveLength(1);
    await userEvent.tab();
    await expect(link).toHaveFocus();
    await expect(canvas.getByRole('heading', { level: 3, name: '北京市某某律师事务所' })).toBeInTheDocument();
  },
};

/** A list of linked cards in a grid (one column in care mode). */
export const CardList: Story = {
  render: () => ({
    components: { FwCard },
    setup: () => ({
      items: [
        { id: 'n1', title: '某某公证处', text: '办理继承、赠与、委托等公证事项。', href: '#notary-1' },
        { id: 'n2', title: '某某司法鉴定所', text: '法医临床、文书鉴定，可网上预约。', href: '#forensic-1' },
        { id: 'n3', title: '某某人民调解委员会', text: '邻里纠纷、婚姻家庭纠纷免费调解。', href: '#mediation-1' },
      ],
    }),
    template: `<section aria-labelledby="cards-heading">
      <h2 id="cards-heading">推荐服务机构</h2>
      <ul style="display:grid;grid-template-columns:repeat(auto-fill,minmax(min(var(--fw-grid-min-column),100%),1fr));gap:var(--fw-space-4);list-style:none;margin:0;padding:0">
        <FwCard v-for="item in items" :key="item.id" as="li" :title="item.title" :href="item.href">
          <p>{{ item.text }}</p>
        </FwCard>
      </ul>
    </section>`,
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
    await expect(canvas.getByRole('link', { name: '某某公证处' })).toHaveAttribute('href', '#notary-1');
  },
};
