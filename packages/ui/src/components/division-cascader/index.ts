export { default as FwDivisionCascader } from './FwDivisionCascader.vue';
export {
  divisionAncestors,
  divisionLevel,
  findDivision,
  isDivisionCode,
  treeChildren,
  type FwDivision,
  type FwDivisionLevel,
  type FwDivisionLoader,
  type FwDivisionOption,
} from './division.js';
