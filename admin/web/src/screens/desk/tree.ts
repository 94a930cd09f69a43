// The department tree built from Municipality.departments (a flat list, parents first):
// the accounts form and the department screen both show it indented, in tree order.

/** Dept is the part of a department the tree needs. */
export interface Dept {
  id: string;
  name: string;
  parent?: { id: string } | null;
}

/** TreeRow is one department with its depth, in depth-first order. */
export interface TreeRow<D extends Dept> {
  dept: D;
  depth: number;
  children: TreeRow<D>[];
}

/**
 * buildTree nests departments under their parents, keeping the API's order among siblings.
 * A department whose parent is missing (or a cycle) shows at the top level, once.
 */
export function buildTree<D extends Dept>(all: readonly D[]): TreeRow<D>[] {
  const ids = new Set(all.map((d) => d.id));
  const kids = new Map<string, D[]>();
  const roots: D[] = [];
  for (const d of all) {
    const p = d.parent?.id;
    if (p && ids.has(p) && p !== d.id) kids.set(p, [...(kids.get(p) ?? []), d]);
    else roots.push(d);
  }
  const seen = new Set<string>();
  const grow = (d: D, depth: number): TreeRow<D> | null => {
    if (seen.has(d.id)) return null;
    seen.add(d.id);
    const children = (kids.get(d.id) ?? []).map((c) => grow(c, depth + 1)).filter((x): x is TreeRow<D> => x !== null);
    return { dept: d, depth, children };
  };
  const out = roots.map((d) => grow(d, 0)).filter((x): x is TreeRow<D> => x !== null);
  // Departments only reachable through a cycle still show, at the top level.
  for (const d of all) {
    const r = seen.has(d.id) ? null : grow(d, 0);
    if (r) out.push(r);
  }
  return out;
}

/** flatten lists a tree depth-first, for a <select> of departments. */
export function flatten<D extends Dept>(rows: TreeRow<D>[]): TreeRow<D>[] {
  return rows.flatMap((r) => [r, ...flatten(r.children)]);
}

/** indentLabel writes a department's name indented by its depth, for <option> texts. */
export function indentLabel(name: string, depth: number): string {
  return `${'\u3000'.repeat(depth)}${depth > 0 ? '└ ' : ''}${name}`;
}

/** descendants answers the IDs of a department and everything under it. */
export function descendants<D extends Dept>(all: readonly D[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of all) {
      const p = d.parent?.id;
      if (p && out.has(p) && !out.has(d.id)) {
        out.add(d.id);
        grew = true;
      }
    }
  }
  return out;
}
