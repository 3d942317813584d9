import { describe, expect, it } from 'vitest';
import { entryPoints, workbenchView } from '../entry-points.js';

const page = async () => ({ render: () => null });

describe('entryPoints', () => {
  it('makes a navigation entry and a home card of each service, keyed by id or by the key given', () => {
    expect(
      entryPoints([
        { id: 'directory', to: '', icon: 'scale', mode: 'partial' },
        { id: 'self-check', key: 'selfCheck', to: 'self-check', icon: 'check', mode: 'online' },
      ]),
    ).toEqual({
      nav: [
        { id: 'directory', label: 'nav.directory', to: '', icon: 'scale' },
        { id: 'self-check', label: 'nav.selfCheck', to: 'self-check', icon: 'check' },
      ],
      homeCards: [
        { id: 'directory', title: 'cards.directory.title', description: 'cards.directory.description', to: '', icon: 'scale', mode: 'partial' },
        { id: 'self-check', title: 'cards.selfCheck.title', description: 'cards.selfCheck.description', to: 'self-check', icon: 'check', mode: 'online' },
      ],
    });
  });
});

describe('workbenchView', () => {
  it('takes its title and description from workbench.<id>', () => {
    expect(workbenchView('queue', '', 'review', page)).toEqual({
      id: 'queue',
      title: 'workbench.queue.title',
      description: 'workbench.queue.description',
      path: '',
      permission: 'review',
      component: page,
    });
  });
});
