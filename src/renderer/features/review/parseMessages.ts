// What the page and its parse worker say to each other.
import type { SourceGrid } from '../../../shared/model/source';
import type { ParsedDocument } from '../../../shared/parser';

export interface ParseRequest {
  seq: number;
  raw: string;
  grids: SourceGrid[];
}

export type ParseReply = { seq: number; doc: ParsedDocument } | { seq: number; error: string };
