// The breaking-change check: compares the schema in this checkout (schema.graphqls +
// schema/*.graphqls) with release.graphql, the schema of the last release, and fails on any
// change graphql-inspector classes as BREAKING, so other municipalities' portals never break
// silently. Dangerous and safe changes are listed but pass.
//
//   node check.mjs              compare and fail on breaking changes
//   node check.mjs --self-test  prove the check fails when a field is removed
//   node check.mjs --release    write the current schema to release.graphql (on a release)
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSchema, printSchema, parse, print, visit } from "graphql";
import { diff, CriticalityLevel } from "@graphql-inspector/core";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const releaseFile = join(here, "release.graphql");

function currentSDL() {
  const files = ["schema.graphqls", ...readdirSync(join(root, "schema")).filter((f) => f.endsWith(".graphqls")).sort().map((f) => join("schema", f))];
  return files.map((f) => readFileSync(join(root, f), "utf8")).join("\n");
}

const build = (sdl) => buildSchema(sdl, { assumeValidSDL: false });

async function breaking(oldSDL, newSDL) {
  const changes = await diff(build(oldSDL), build(newSDL));
  for (const c of changes) {
    console.log(`${c.criticality.level.padEnd(13)} ${c.message}`);
  }
  return changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
}

// withoutOneField removes the first field of the first object type that has more than one,
// which any client may be reading: the check must call that breaking.
function withoutOneField(sdl) {
  let removed = "";
  const doc = visit(parse(sdl), {
    ObjectTypeDefinition(node) {
      if (removed || node.name.value === "Query" || (node.fields ?? []).length < 2) return undefined;
      removed = `${node.name.value}.${node.fields[0].name.value}`;
      return { ...node, fields: node.fields.slice(1) };
    },
  });
  return { sdl: print(doc), removed };
}

const arg = process.argv[2] ?? "";
if (arg === "--release") {
  writeFileSync(releaseFile, printSchema(build(currentSDL())) + "\n");
  console.log(`wrote ${releaseFile}`);
} else if (arg === "--self-test") {
  const { sdl, removed } = withoutOneField(currentSDL());
  const found = await breaking(currentSDL(), sdl);
  if (found.length === 0) {
    console.error(`schemacheck self-test FAILED: removing ${removed} was not reported as breaking`);
    process.exit(1);
  }
  console.log(`schemacheck self-test: removing ${removed} is reported as breaking, as it must be`);
} else if (arg === "") {
  const found = await breaking(readFileSync(releaseFile, "utf8"), currentSDL());
  if (found.length > 0) {
    console.error(`\nFAIL: ${found.length} breaking change(s) against schemacheck/release.graphql (the last release).`);
    console.error("Portals built on the released schema would break. Keep the old field (mark it @deprecated with a reason) instead;");
    console.error("a deliberate break needs a new release: node schemacheck/check.mjs --release, and a note in the changelog.");
    process.exit(1);
  }
  console.log("schemacheck: no breaking change against the last release");
} else {
  console.error(`unknown argument ${arg}`);
  process.exit(2);
}
