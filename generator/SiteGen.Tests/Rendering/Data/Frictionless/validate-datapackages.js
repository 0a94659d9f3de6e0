// Validates every datapackage.json under a built site with frictionless's own JavaScript libraries
// (npm datapackage@1 and tableschema@1, installed by .ci/test into the folder given as the second argument):
// each package must be valid, each resource's rows must all cast to its schema, and each shipped Table Schema
// must load as valid. Prints one line per validated CSV ("ok <path> <rows>") and errors to stderr; exit 1 on any.
'use strict';
const fs = require('fs');
const path = require('path');
const [site, modules] = process.argv.slice(2);
const { Package } = require(path.join(modules, 'node_modules', 'datapackage'));
const { Schema } = require(path.join(modules, 'node_modules', 'tableschema'));

function find(dir, name, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) find(full, name, found);
    else if (name(entry.name)) found.push(full);
  }
  return found;
}

(async () => {
  let failed = 0;
  for (const file of find(path.join(site, 'data', 'schema'), n => n.endsWith('.csv.json'))) {
    const schema = await Schema.load(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!schema.valid) { failed++; console.error(`schema ${file}: ${schema.errors.map(e => e.message).join('; ')}`); }
  }
  for (const file of find(site, n => n === 'datapackage.json')) {
    try {
      const pkg = await Package.load(file, { basePath: path.dirname(file) });
      if (!pkg.valid) { failed++; console.error(`${file}: ${pkg.errors.map(e => e.message).join('; ')}`); continue; }
      for (const resource of pkg.resources) {
        const rows = await resource.read({ cast: true });
        console.log(`ok ${path.relative(site, path.join(path.dirname(file), resource.descriptor.path))} ${rows.length}`);
      }
    } catch (error) {
      failed++;
      const details = (error.errors || []).map(e => e.message).join('; ');
      console.error(`${file}: ${error.message} ${details}`);
    }
  }
  process.exit(failed ? 1 : 0);
})();
