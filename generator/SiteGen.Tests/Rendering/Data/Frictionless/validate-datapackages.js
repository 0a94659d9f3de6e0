// Validates every datapackage.json under a built site with frictionless's own JavaScript libraries
// (npm datapackage@1 and tableschema@1, installed by .ci/test into the folder given as the second argument):
// each package must load as valid, each shipped Table Schema must load as valid, and every row of every
// resource must cast to the resource's schema, with the CSV's header row equal to the schema's field names.
//
// The rows are read through tableschema's Table with csv-parse's own `bom: true` option: the CSVs start with a
// UTF-8 BOM on purpose (Excel on Chinese Windows needs it, and the schemas say so), and datapackage@1 has no
// dialect key that reaches that option, so without it csv-parse 4 keeps the BOM inside the first header name.
// That is the validator's reading option, not a change to the files: they are read exactly as shipped.
//
// Prints one line per validated CSV ("ok <path> <rows>") and errors to stderr; exit 1 on any.
'use strict';
const fs = require('fs');
const path = require('path');
const [site, modules] = process.argv.slice(2);
const { Package } = require(path.join(modules, 'node_modules', 'datapackage'));
const { Schema, Table } = require(path.join(modules, 'node_modules', 'tableschema'));

function find(dir, name, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) find(full, name, found);
    else if (name(entry.name)) found.push(full);
  }
  return found;
}

function describe(error) {
  return `${error.message} ${(error.errors || []).map(e => e.message).join('; ')}`.trim();
}

(async () => {
  let failed = 0, validated = 0;
  for (const file of find(path.join(site, 'data', 'schema'), n => n.endsWith('.csv.json'))) {
    const schema = await Schema.load(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!schema.valid) { failed++; console.error(`schema ${file}: ${schema.errors.map(e => e.message).join('; ')}`); }
  }
  for (const file of find(site, n => n === 'datapackage.json')) {
    let pkg;
    try {
      pkg = await Package.load(file, { basePath: path.dirname(file) });
    } catch (error) { failed++; console.error(`${file}: ${describe(error)}`); continue; }
    if (!pkg.valid) { failed++; console.error(`${file}: ${pkg.errors.map(e => e.message).join('; ')}`); continue; }
    for (const resource of pkg.resources) {
      const csv = path.join(path.dirname(file), resource.descriptor.path);
      try {
        const schema = await Schema.load(resource.descriptor.schema);
        const table = await Table.load(csv, { schema, encoding: resource.descriptor.encoding, bom: true });
        const rows = await table.read({ cast: true });
        const expected = schema.fieldNames.join(',');
        if (table.headers.join(',') !== expected) throw new Error(`header ${table.headers.join(',')} is not ${expected}`);
        validated++;
        console.log(`ok ${path.relative(site, csv)} ${rows.length}`);
      } catch (error) { failed++; console.error(`${path.relative(site, csv)} (${file}): ${describe(error)}`); }
    }
  }
  if (!validated) { failed++; console.error(`no datapackage.json resource found under ${site}`); }
  process.exit(failed ? 1 : 0);
})();
