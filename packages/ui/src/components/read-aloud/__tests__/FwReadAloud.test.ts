import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountFw } from '../../../testing/mount.js';
import FwReadAloud from '../FwReadAloud.vue';

class FakeUtterance {
  text: string;
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(text: string) {
    this.text = text;
  }
}

function stubSpeech() {
  const synth = { speak: vi.fn(), cancel: vi.fn() };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return synth;
}

function spoken(synth: ReturnType<typeof stubSpeech>, call = 0): FakeUtterance {
  return synth.speak.mock.calls[call]![0] as FakeUtterance;
}

// Unmount before the globals are restored (the shared auto-unmount runs after this file's hooks).
const mounted: { unmount: () => void }[] = [];
function track<W extends { unmount: () => void }>(w: W): W {
  mounted.push(w);
  return w;
}
afterEach(() => {
  mounted.splice(0).forEach((w) => w.unmount());
  vi.unstubAllGlobals();
});

describe('FwReadAloud with speech synthesis', () => {
  let synth: ReturnType<typeof stubSpeech>;
  beforeEach(() => {
    synth = stubSpeech();
  });

  it('is a button 朗读 that reads the text in zh-CN', async () => {
    const w = track(mountFw(FwReadAloud, { props: { text: '法律援助是国家建立的保障制度。' } }));
    await flushPromises();
    const button = w.get('button');
    expect(button.text()).toBe('朗读');
    expect(button.attributes('aria-pressed')).toBeUndefined();
    await button.trigger('click');
    expect(synth.speak).toHaveBeenCalledTimes(1);
    expect(spoken(synth).text).toBe('法律援助是国家建立的保障制度。');
    expect(spoken(synth).lang).toBe('zh-CN');
    expect(button.text()).toBe('停止朗读');
    expect(w.emitted('start')).toHaveLength(1);
  });

  it('stops when pressed again', async () => {
    const w = track(mountFw(FwReadAloud, { props: { text: '申请须知' } }));
    await flushPromises();
    await w.get('button').trigger('click');
    synth.cancel.mockClear();
    await w.get('button').trigger('click');
    expect(synth.cancel).toHaveBeenCalled();
    expect(w.get('button').text()).toBe('朗读');
    expect(w.emitted('end')).toHaveLength(1);
  });

  it('returns to 朗读 when speech ends', async () => {
    const w = track(mountFw(FwReadAloud, { props: { text: '申请须知' } }));
    await flushPromises();
    await w.get('button').trigger('click');
    spoken(synth).onend!();
    await flushPromises();
    expect(w.get('button').text()).toBe('朗读');
    expect(w.get('button').text()).toBe('朗读');
  });

  it('reads the text content of a target element or selector', async () => {
    const article = document.createElement('article');
    article.id = 'notice';
    article.innerHTML = '<h2>公证办理须知</h2>\n  <p>请携带身份证原件。</p>';
    document.body.appendChild(article);
    const bySelector = track(mountFw(FwReadAloud, { props: { target: '#notice' } }));
    await flushPromises();
    await bySelector.get('button').trigger('click');
    expect(spoken(synth).text).toBe('公证办理须知 请携带身份证原件。');
    const byElement = track(mountFw(FwReadAloud, { props: { target: article } }));
    await flushPromises();
    await byElement.get('button').trigger('click');
    expect(spoken(synth, 1).text).toBe('公证办理须知 请携带身份证原件。');
  });

  it('does nothing when there is nothing to read', async () => {
    const w = track(mountFw(FwReadAloud, { props: { target: '#missing' } }));
    await flushPromises();
    await w.get('button').trigger('click');
    expect(synth.speak).not.toHaveBeenCalled();
    expect(w.get('button').text()).toBe('朗读');
  });

  it('uses en-US and English labels in the en locale', async () => {
    const w = track(mountFw(FwReadAloud, { props: { text: 'Legal aid', rate: 0.9 }, locale: 'en' }));
    await flushPromises();
    expect(w.get('button').text()).toBe('Read aloud');
    await w.get('button').trigger('click');
    expect(spoken(synth).lang).toBe('en-US');
    expect(spoken(synth).rate).toBe(0.9);
    expect(w.get('button').text()).toBe('Stop reading');
  });

  it('stops speaking on unmount', async () => {
    const w = track(mountFw(FwReadAloud, { props: { text: '申请须知' } }));
    await flushPromises();
    await w.get('button').trigger('click');
    synth.cancel.mockClear();
    w.unmount();
    expect(synth.cancel).toHaveBeenCalled();
  });
});

describe('FwReadAloud without speech synthesis', () => {
  it('renders nothing, so there is never a dead button', async () => {
    vi.stubGlobal('speechSynthesis', undefined);
    vi.stubGlobal('SpeechSynthesisUtterance', undefined);
    const w = track(mountFw(FwReadAloud, { props: { text: '申请须知' } }));
    await flushPromises();
    expect(w.find('button').exists()).toBe(false);
  });
});
