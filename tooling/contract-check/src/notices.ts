/** 我的消息 as a citizen: the inbox, the unread count, and marking notices read (someone else's or a missing one is 404). */
import type { HttpSession } from './session.js';
import type { Runner } from './runner.js';

const MISSING_NOTICE = '00000000-0000-4000-8000-00000000ffff';

export async function checkNotices(run: Runner, citizen: HttpSession): Promise<void> {
  await run.check(citizen, 'my notices', 'listMyNotices', { method: 'GET', path: '/notices' }, [200]);
  await run.check(citizen, 'an unknown inbox filter is 400', 'listMyNotices', { method: 'GET', path: '/notices', query: { unread: 'maybe' } }, [400]);
  await run.check(citizen, 'my unread count', 'countMyUnreadNotices', { method: 'GET', path: '/notices/unread-count' }, [200]);
  await run.check(citizen, 'a missing notice is 404', 'markNoticeRead', { method: 'POST', path: `/notices/${MISSING_NOTICE}/read` }, [404]);
  await run.check(citizen, 'mark all read', 'markAllNoticesRead', { method: 'POST', path: '/notices/read-all' }, [200]);
}
