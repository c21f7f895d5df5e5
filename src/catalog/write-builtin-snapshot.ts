/** Build step (`npm run build`): validates the built-in catalog YAML and writes dist/catalog/builtin-catalog.json. */
import { writeBuiltinSnapshot } from "./builtin-snapshot.js";
import { loadCatalogData } from "./load-catalog.js";

writeBuiltinSnapshot(loadCatalogData({ ignoreSnapshot: true }));
