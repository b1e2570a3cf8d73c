// The record schemas the server validates pushes with, by kind: src/domain's registry,
// the same zod schemas the app's repositories validate with before every write.
import { recordSchemas } from '../../src/domain/registry.ts';
import type { RecordSchemas } from './validate-change.ts';

export const serverRecordSchemas: RecordSchemas = recordSchemas;
