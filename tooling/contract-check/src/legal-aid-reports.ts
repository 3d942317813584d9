/**
 * Checks of the legal-aid reports and the quality review: the CSV export and the statistics as staff see
 * them, and who may not use them. Read-only except for a refused quality review, which changes nothing.
 */
import type { Runner } from './runner.js';
import type { HttpSession } from './session.js';

/** A citizen may neither export the queue nor read a bureau's statistics. */
export async function checkReportsAsCitizen(run: Runner, citizen: HttpSession, regionId: string): Promise<void> {
  await run.check(citizen, 'citizens cannot export the queue', 'exportLegalAidApplications', { method: 'GET', path: '/legal-aid/applications/export' }, [403]);
  await run.check(citizen, 'citizens cannot read statistics', 'getLegalAidStatistics', { method: 'GET', path: '/legal-aid/statistics', query: { regionId } }, [403]);
}

/** A bureau_admin exports their queue (CSV) and reads the statistics of their region. */
export async function checkReportsAsAdmin(run: Runner, admin: HttpSession, regionId: string | undefined): Promise<void> {
  await run.check(admin, 'export the queue as CSV', 'exportLegalAidApplications', { method: 'GET', path: '/legal-aid/applications/export' }, [200]);
  await run.check(admin, 'export with a bad status is 400', 'exportLegalAidApplications', { method: 'GET', path: '/legal-aid/applications/export', query: { status: 'lost' } }, [400]);
  if (regionId) {
    await run.check(admin, 'statistics of the own region', 'getLegalAidStatistics', { method: 'GET', path: '/legal-aid/statistics', query: { regionId } }, [200]);
  } else {
    run.skip('statistics of the own region', 'getLegalAidStatistics', 'the login did not name the region');
  }
  await run.check(admin, 'statistics need a regionId', 'getLegalAidStatistics', { method: 'GET', path: '/legal-aid/statistics' }, [400]);
}

/** The applicant may not record the quality review of their own application (officers only). */
export async function checkQualityReviewRefused(run: Runner, applicant: HttpSession, applicationId: string): Promise<void> {
  await run.check(applicant, 'the applicant cannot record a quality review (403)', 'reviewLegalAidQuality', {
    method: 'PUT',
    path: `/legal-aid/applications/${applicationId}/quality-review`,
    json: { fileChecked: true, followUpDone: false, grade: 'pass' },
  }, [403]);
}
