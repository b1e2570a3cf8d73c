// English dictionary. `satisfies Dictionary` makes a missing translation fail to compile.
import type { Dictionary } from './dictionary.ts';
import { anthro } from './en/anthro.ts';
import { account } from './en/account.ts';
import { app } from './en/app.ts';
import { common } from './en/common.ts';
import { drafts } from './en/drafts.ts';
import { enums } from './en/enums.ts';
import { home } from './en/home.ts';
import { households } from './en/households.ts';
import { sync } from './en/sync.ts';
import { members } from './en/members.ts';
import { measurements } from './en/measurements.ts';
import { children } from './en/children.ts';
import { visits } from './en/visits.ts';
import { outreach } from './en/outreach.ts';
import { sponsors } from './en/sponsors.ts';
import { pokja } from './en/pokja.ts';
import { reports } from './en/reports.ts';
import { validation } from './en/validation.ts';

export const en = { common, validation, enums, app, home, households, sync, members, measurements, children, visits, outreach, sponsors, pokja, reports, anthro, account, drafts } satisfies Dictionary;
