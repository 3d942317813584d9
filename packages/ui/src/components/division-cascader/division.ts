/**
 * GB/T 2260 administrative division codes (行政区划代码): six digits, two per level —
 * 510000 四川省 (province), 511100 乐山市 (prefecture-level city), 511102 市中区 (county level).
 */

/** A node of a division tree, e.g. { code: '511100', name: '乐山市', children: [...] }. */
export interface FwDivision {
  code: string;
  name: string;
  children?: FwDivision[];
}

/** One choice as a loader returns it; `leaf: true` says it has no lower level (e.g. 东莞市, 中山市). */
export interface FwDivisionOption {
  code: string;
  name: string;
  leaf?: boolean;
}

/** Loads the divisions directly under `parentCode` (null: the provinces). */
export type FwDivisionLoader = (parentCode: string | null) => Promise<FwDivisionOption[]>;

/** 1 province (省级), 2 prefecture (地级), 3 county (县级). */
export type FwDivisionLevel = 1 | 2 | 3;

const CODE = /^\d{6}$/;

export function isDivisionCode(code: string): boolean {
  return CODE.test(code);
}

/** The level of a six-digit code: xx0000 → 1, xxxx00 → 2, otherwise 3. */
export function divisionLevel(code: string): FwDivisionLevel {
  if (!isDivisionCode(code)) throw new RangeError(`Not a GB/T 2260 code: ${code}`);
  if (code.endsWith('0000')) return 1;
  if (code.endsWith('00')) return 2;
  return 3;
}

/** The chain from the province down to the code itself: '511102' → ['510000', '511100', '511102']. */
export function divisionAncestors(code: string): string[] {
  const level = divisionLevel(code);
  const chain = [`${code.slice(0, 2)}0000`];
  if (level >= 2) chain.push(`${code.slice(0, 4)}00`);
  if (level === 3) chain.push(code);
  return chain;
}

/** Finds a node anywhere in a tree. */
export function findDivision(tree: readonly FwDivision[], code: string): FwDivision | undefined {
  for (const node of tree) {
    if (node.code === code) return node;
    const found = node.children ? findDivision(node.children, code) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * The children of `parentCode` in a tree, as loader options. A tree that does not contain `rootCode`
 * is taken to be the root's children already (a city portal may pass only its own counties).
 */
export function treeChildren(tree: readonly FwDivision[], parentCode: string | null, rootCode: string | null): FwDivisionOption[] {
  let nodes: readonly FwDivision[];
  if (parentCode === null) nodes = tree;
  else {
    const node = findDivision(tree, parentCode);
    if (node) nodes = node.children ?? [];
    else nodes = parentCode === rootCode ? tree : [];
  }
  return nodes.map((n) => ({ code: n.code, name: n.name, leaf: !n.children?.length }));
}
