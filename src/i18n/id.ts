// Indonesian dictionary: the default and the source of truth for the key set.
// Each namespace lives in its own file under id/ (and en/ for English).
import { anthro } from './id/anthro.ts';
import { account } from './id/account.ts';
import { app } from './id/app.ts';
import { common } from './id/common.ts';
import { drafts } from './id/drafts.ts';
import { enums } from './id/enums.ts';
import { home } from './id/home.ts';
import { households } from './id/households.ts';
import { sync } from './id/sync.ts';
import { members } from './id/members.ts';
import { measurements } from './id/measurements.ts';
import { children } from './id/children.ts';
import { visits } from './id/visits.ts';
import { outreach } from './id/outreach.ts';
import { sponsors } from './id/sponsors.ts';
import { pokja } from './id/pokja.ts';
import { reports } from './id/reports.ts';
import { validation } from './id/validation.ts';

export const id = { common, validation, enums, app, home, households, sync, members, measurements, children, visits, outreach, sponsors, pokja, reports, anthro, account, drafts };
