// Synchronous growth tables for Node (CLI, server, tests): the JSON files are imported
// statically, so they are parsed once when this module loads. The app must not import this
// module (it would put ~600 KB into the start-up bundle); it uses load-growth-tables.ts.
import acfa from './tables/acfa.json' with { type: 'json' };
import bfa from './tables/bfa.json' with { type: 'json' };
import hcfa from './tables/hcfa.json' with { type: 'json' };
import lhfa from './tables/lhfa.json' with { type: 'json' };
import ssfa from './tables/ssfa.json' with { type: 'json' };
import tsfa from './tables/tsfa.json' with { type: 'json' };
import wfa from './tables/wfa.json' with { type: 'json' };
import wfh from './tables/wfh.json' with { type: 'json' };
import wfl from './tables/wfl.json' with { type: 'json' };
import { createGrowthTables, type GrowthTables, type LmsTableData } from './growth-tables.ts';

let tables: GrowthTables | undefined;

export function loadGrowthTablesSync(): GrowthTables {
  tables ??= createGrowthTables([lhfa, wfa, wfl, wfh, bfa, hcfa, acfa, tsfa, ssfa] as LmsTableData[]);
  return tables;
}
