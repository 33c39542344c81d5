/**
 * Every message between the content script, the extension pages and the background, in one
 * ProtocolMap (names verbNoun, one object argument). The background parses each payload with
 * its zod schema (./schemas.ts) before it touches the database: the types say what a
 * well-behaved sender sends, the schemas say what a page that got hold of the content script
 * can send. Only types come from ./schemas.ts, so the content script bundle carries no zod.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { z } from 'zod';
import type { SavedState } from '../paper/schemas';
import type { messageSchemas } from './schemas';

export type MessageName = keyof typeof messageSchemas;
export type MessageData<Name extends MessageName> = z.input<(typeof messageSchemas)[Name]>;

/**
 * Messages that delete in bulk, import or export, or that speak for the shelf to every listing
 * tab: only extension pages (popup, options) may send them. A content script runs next to page
 * code and must never reach them: with announceChanges it could show any card, in every tab, as
 * saved or removed, under a revision far enough ahead that no real change would replace it.
 */
export const PRIVILEGED_MESSAGES: ReadonlySet<MessageName> = new Set<MessageName>([
  'removePapers',
  'announceChanges',
]);

export interface PaperChangeMessage {
  ids: string[];
  state: SavedState;
}

export interface ProtocolMap {
  /** ONE per scan: the state of every card on the page. Keyed by the requested ids. */
  getSavedStates(data: MessageData<'getSavedStates'>): Record<string, SavedState>;
  savePaper(data: MessageData<'savePaper'>): SavedState;
  removePaper(data: MessageData<'removePaper'>): SavedState;
  /** Tagging an unsaved paper saves it. */
  editPaperTags(data: MessageData<'editPaperTags'>): SavedState;
  /** Status of a saved paper (any of its ids); an unsaved paper stays unsaved. */
  setPaperStatus(data: MessageData<'setPaperStatus'>): SavedState;
  /** Replaces the note of a saved paper (any of its ids); an unsaved paper stays unsaved. */
  setPaperNote(data: MessageData<'setPaperNote'>): SavedState;
  /** Tag names for the card's type-ahead. */
  listTagNames(data: MessageData<'listTagNames'>): string[];
  removePapers(data: MessageData<'removePapers'>): { removed: number };
  /**
   * At most one per scan, after getSavedStates: the tags each card likely belongs to, learned
   * from the user's tagged papers (lib/suggest). Keyed by the requested ids; [] when none.
   */
  suggestTags(data: MessageData<'suggestTags'>): Record<string, string[]>;
  /**
   * The toolbar's "save all suggested for a tag": tags (and saves) the papers in one go. The
   * token undoes exactly this action for a short while; it can remove only papers the action
   * itself saved, so a content script still cannot delete arbitrary papers.
   */
  tagPapers(data: MessageData<'tagPapers'>): { changes: PaperChangeMessage[]; undoToken: string };
  undoTagPapers(data: MessageData<'undoTagPapers'>): { changes: PaperChangeMessage[] };
  /**
   * At most one per scan, on the sites that name venues: the cards of saved papers that show
   * one. The background fills in what those records lack (a preprint saved on arXiv, seen later
   * on dblp as published); it never saves a paper, nor touches its tags, status or note.
   */
  fillPaperDetails(data: MessageData<'fillPaperDetails'>): void;
  /**
   * An extension page to the background, at the end of each write it made (popup, options): tell
   * the listing tabs and the badge (lib/messaging/announce.ts). Each state carries its revision.
   */
  announceChanges(data: MessageData<'announceChanges'>): void;
  /**
   * Background to listing tabs: these papers changed. `tagsChanged`: a tag was renamed, merged or
   * deleted, so suggestions made before may name a tag that is gone, on cards whose papers never
   * carried it (and `changes` may be empty).
   */
  savedStatesChanged(data: { changes: PaperChangeMessage[]; tagsChanged?: boolean }): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>(
  {
    // The library logs every message at debug level; the console of a listing page is the user's.
    logger: undefined,
  },
);
