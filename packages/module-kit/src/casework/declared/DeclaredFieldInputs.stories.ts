import { defineComponent, h, onMounted, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { FwButton, FwForm } from '@fawang/ui';
import type { CaseField } from '@fawang/workflow';
import { useCaseworkI18n } from '../i18n.js';
import { withCaseModule, type Story, type StoryMeta } from '../stories/storyModule.js';
import DeclaredFieldInputs from './DeclaredFieldInputs.vue';
import { declaredIntakeRules } from './fields.js';

/**
 * The declared fields of a filing (ADR 0016), drawn from a case definition: a line, paragraphs, a choice
 * as radio buttons and one as a list, a telephone number and a date, each checked as the server checks it.
 */
export default {
  title: 'Casework/Declared fields',
  component: DeclaredFieldInputs,
  tags: ['autodocs'],
  decorators: [withCaseModule],
} satisfies StoryMeta;

const fields: CaseField[] = [
  { key: 'subject', kind: 'text', required: true, maxLength: 60, sample: '离婚后子女抚养费' },
  { key: 'details', kind: 'longtext', required: true, maxLength: 1000, sample: '想了解抚养费的计算标准。' },
  { key: 'channel', kind: 'choice', required: true, options: ['in_person', 'phone', 'online'], sample: 'phone' },
  { key: 'court', kind: 'choice', options: ['basic', 'intermediate', 'high', 'supreme', 'special'], sample: 'basic' },
  { key: 'phone', kind: 'phone', required: true, sample: '13800138000' },
  { key: 'preferredDate', kind: 'date', sample: '2026-12-15' },
];

const words = {
  fields: {
    subject: { label: '咨询事项', hint: '一句话说明想咨询什么' },
    details: { label: '具体情况' },
    channel: { label: '答复方式', options: { in_person: '当面', phone: '电话', online: '网上' } },
    court: { label: '审理法院', options: { basic: '基层人民法院', intermediate: '中级人民法院', high: '高级人民法院', supreme: '最高人民法院', special: '专门人民法院' } },
    phone: { label: '联系电话' },
    preferredDate: { label: '希望答复日期' },
  },
};

function form(values: Record<string, string>, validated: boolean): Story {
  return {
    render: () =>
      defineComponent({
        setup() {
          const i18n = useI18n({ useScope: 'global' });
          for (const locale of ['zh-CN', 'en'] as const) i18n.mergeLocaleMessage(locale, { module: { 'family-law': words } });
          const { t: kit } = useCaseworkI18n();
          const t = (key: string, params?: Record<string, unknown>) => i18n.t(`module.family-law.${key}`, params ?? {});
          const model = reactive({ fields: { subject: '', details: '', channel: '', court: '', phone: '', preferredDate: '', ...values } });
          const rules = declaredIntakeRules(fields, t, kit);
          delete rules.organizationId;
          const formRef = ref<{ validate: () => boolean } | null>(null);
          onMounted(() => validated && formRef.value?.validate());
          return () =>
            h(FwForm, { model, rules, label: '申请内容', ref: formRef }, () => [
              h(DeclaredFieldInputs, { fields, modelValue: model.fields, 'onUpdate:modelValue': (next: Record<string, string>) => (model.fields = next as typeof model.fields) }),
              h(FwButton, { type: 'submit', variant: 'primary' }, () => '提交'),
            ]);
        },
      }),
  };
}

export const Empty: Story = form({}, false);
export const Filled: Story = form({ subject: '离婚后子女抚养费', details: '想了解抚养费的计算标准。', channel: 'phone', phone: '13800138000', preferredDate: '2026-12-15' }, false);
/** Checked as the server checks it: missing required fields and a number that is not a phone. */
export const Refused: Story = form({ phone: '12345' }, true);
