import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import FwReadAloud from './FwReadAloud.vue';

/**
 * Replaces the browser's speech synthesis for a story (headless browsers have no voices), recording
 * what was spoken; the returned function restores it.
 */
function stubSpeech(present: boolean): () => void {
  const win = window as unknown as Record<string, unknown>;
  const saved = { synth: Object.getOwnPropertyDescriptor(window, 'speechSynthesis'), utter: win.SpeechSynthesisUtterance };
  const spoken: string[] = [];
  win.__fwSpoken = spoken;
  let current: { onend?: () => void } | null = null;
  const synth = present
    ? {
        speak: (u: { text: string; onend?: () => void }) => {
          spoken.push(u.text);
          current = u;
        },
        cancel: () => {
          current = null;
        },
        finish: () => current?.onend?.(),
      }
    : undefined;
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
  if (!present) win.SpeechSynthesisUtterance = undefined;
  return () => {
    if (saved.synth) Object.defineProperty(window, 'speechSynthesis', saved.synth);
    else delete win.speechSynthesis;
    win.SpeechSynthesisUtterance = saved.utter;
    delete win.__fwSpoken;
  };
}

const meta = {
  title: 'Display/Read aloud',
  component: FwReadAloud,
  tags: ['autodocs'],
  args: { text: '法律援助是国家建立的为经济困难公民和符合法定条件的其他当事人无偿提供法律咨询、代理、刑事辩护等法律服务的制度。' },
} satisfies Meta<typeof FwReadAloud>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Reads the `text` prop; the button becomes 停止朗读 while reading. */
export const Default: Story = {
  beforeEach: () => stubSpeech(true),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = await canvas.findByRole('button', { name: /朗读|Read aloud/ });
    await expect(button).not.toHaveTextContent(/停止朗读|Stop reading/);
    await userEvent.click(button);
    await expect(button).toHaveTextContent(/停止朗读|Stop reading/);
    await expect((window as unknown as { __fwSpoken: string[] }).__fwSpoken[0]).toMatch(/^法律援助是国家建立的/);
    await userEvent.click(button);
    await expect(button).not.toHaveTextContent(/停止朗读|Stop reading/);
  },
};

/** Reads an article on the page (the `target` selector). */
export const ReadsArticle: Story = {
  args: { text: undefined, target: '#notary-notice' },
  beforeEach: () => stubSpeech(true),
  render: (args) => ({
    components: { FwReadAloud },
    setup: () => ({ args }),
    template: `<article id="notary-notice">
      <h2>继承公证办理须知</h2>
      <p>请全体继承人携带身份证、户口簿、被继承人死亡证明和财产凭证，到公证处现场办理。</p>
    </article>
    <FwReadAloud v-bind="args" />`,
  }),
  play: async ({ canvasElement }) => {
    const button = await within(canvasElement).findByRole('button', { name: /朗读|Read aloud/ });
    await userEvent.click(button);
    await waitFor(() =>
      expect((window as unknown as { __fwSpoken: string[] }).__fwSpoken[0]).toMatch(/^继承公证办理须知 请全体继承人/),
    );
  },
};

/** In a browser without speech synthesis the button is not rendered at all. */
export const Unsupported: Story = {
  beforeEach: () => stubSpeech(false),
  render: (args) => ({
    components: { FwReadAloud },
    setup: () => ({ args }),
    template: `<p>此浏览器不支持朗读，下面不显示朗读按钮：</p><FwReadAloud v-bind="args" />`,
  }),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button')).toBeNull();
  },
};
