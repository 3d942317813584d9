/**
 * The module's messages for its definition, checked against the consult case definition by
 * `defineDeclaredCaseWords`: a status, action or clock without words fails the typecheck, a field or choice
 * without words fails the module's tests.
 */
import { defineDeclaredCaseWords } from '@fawang/module-kit/casework';
import { consultCase } from '@fawang/workflow/consult';
import { en } from './en.js';
import { zh } from './zh-CN.js';

export const messages = defineDeclaredCaseWords(consultCase, { 'zh-CN': zh, en });
