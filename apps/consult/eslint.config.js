import { fawang } from '@fawang/eslint-config';

export default fawang();
