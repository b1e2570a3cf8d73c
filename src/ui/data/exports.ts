// Every living record of the device database, for the export screen (/ekspor): read live
// through client.queries, offline like everything else (a village: a few thousand rows).
import type { ExportSource } from '../../reports/exports.ts';
import { useLive } from './live.ts';

export type ExportRecords = Omit<ExportSource, 'role' | 'villageCode' | 'today' | 'tables'>;

export function useExportRecords(): ExportRecords | undefined {
  return useLive(async (client) => {
    const [households, persons, measurements, sponsors, pledges, deliveries, pokjaMembers, meetings, outreach, attendance, actionItems] = await Promise.all([
      client.queries.list('household'),
      client.queries.list('person'),
      client.queries.list('measurement'),
      client.queries.list('sponsor'),
      client.queries.list('pledge'),
      client.queries.list('delivery'),
      client.queries.list('pokjaMember'),
      client.queries.list('meeting'),
      client.queries.list('outreach'),
      client.queries.list('attendance'),
      client.queries.list('actionItem'),
    ]);
    return { households, persons, measurements, sponsors, pledges, deliveries, pokjaMembers, meetings, outreach, attendance, actionItems };
  }, []);
}
