/** Files the scenarios upload. */
import { onePagePdf } from '@fawang/contract/samples';

export const MINIMAL_PDF = Buffer.from(onePagePdf());
