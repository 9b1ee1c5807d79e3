// Statements PGlite parses and plans once, not at every call (docs/ARCHITECTURE.md, "Prepared
// statements, both engines").
//
// PGlite's own `query` sends an unnamed statement through six calls into WebAssembly (parse,
// describe, bind, describe, execute, sync), and PostgreSQL parses, analyses and plans it afresh
// each time: for the case facts every case route reads, 3.1 ms of CPU a call, most of it before a
// row is read. Here each SQL text is prepared once as a named statement (its parameter types
// kept), and a call binds and executes it in one call into WebAssembly: 0.7 ms for the same
// statement and the same rows. PostgreSQL's plan cache then plans as it does for any prepared
// statement: a plan per call for the first five, then one generic plan when that costs no more.
//
// The same serializers and value parsers as PGlite's `query` and the same locks (one statement at
// a time; outside a transaction, none while one is open). PostgreSQL's answer is read with
// node-postgres's wire-protocol parser (pg-protocol, the one the PostgreSQL engine reads with),
// not PGlite's: PGlite's copies every field into an ArrayBuffer of its own and reaches each of
// its private fields through a WeakMap, and for a 300-row answer took four times the CPU (0.65 s
// against 0.16 s for 200 calls; 0.16 against 0.09 for 2,000 one-row calls). Errors are therefore
// pg-protocol's DatabaseError, as on PostgreSQL. A notification in the answer (the
// account-change count of migration 0038) goes to `onNotification` as it is read: PGlite's own
// listeners hear only the answers PGlite reads itself (`exec`, a transaction's COMMIT).
import { protocol, types, type PGlite } from '@electric-sql/pglite';
import { DatabaseError } from 'pg-protocol';
import {
  CommandCompleteMessage,
  DataRowMessage,
  NotificationResponseMessage,
  ParameterDescriptionMessage,
  RowDescriptionMessage,
  type BackendMessage,
} from 'pg-protocol/dist/messages.js';
import { Parser } from 'pg-protocol/dist/parser.js';
import { isStalePlan } from './prepared.js';

/**
 * How many statements stay prepared. A county's server runs a few hundred distinct texts; a
 * statement built with a varying number of terms is a new text each time, and the oldest are
 * closed past this.
 */
export const PREPARED_LIMIT = 1_000;

interface Prepared {
  readonly name: string;
  /** The type of each parameter, as PostgreSQL inferred it, to pick PGlite's serializer. */
  readonly parameterTypes: readonly number[];
}

/** A PGlite instance's prepared statements, by SQL text, the least recently used first. */
export class PreparedStatements {
  readonly #raw: PGlite;
  readonly #onNotification: (channel: string, payload: string) => void;
  readonly #bySql = new Map<string, Prepared>();
  /** Names to close with the next call (a statement evicted from the cache). */
  #closing: string[] = [];
  #counter = 0;

  constructor(raw: PGlite, onNotification: (channel: string, payload: string) => void) {
    this.#raw = raw;
    this.#onNotification = onNotification;
  }

  /**
   * Runs `sql` with `params` and returns its rows. The caller holds PGlite's query lock (and,
   * outside a transaction, its transaction lock), as PGlite's own `query` does.
   */
  async run<Row>(
    sql: string,
    params: readonly unknown[],
    { inTransaction }: { readonly inTransaction: boolean },
  ): Promise<Row[]> {
    try {
      return await this.#run<Row>(sql, params);
    } catch (error) {
      if (!isStalePlan(error)) throw error;
      // The schema changed under the statement's result (a column added to a `SELECT *`):
      // PostgreSQL will not reuse it. Prepared afresh; outside a transaction, run again.
      this.#evict(sql);
      if (inTransaction) throw error;
      return this.#run<Row>(sql, params);
    }
  }

  async #run<Row>(sql: string, params: readonly unknown[]): Promise<Row[]> {
    let prepared = this.#bySql.get(sql);
    if (prepared) {
      // The most recently used last, so that the least recently used is closed first.
      this.#bySql.delete(sql);
      this.#bySql.set(sql, prepared);
    } else {
      prepared = await this.#prepare(sql);
    }
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const type = prepared.parameterTypes[i];
      const serializer = type === undefined ? undefined : this.#raw.serializers[type];
      if (serializer) return serializer(value);
      // As PGlite's own `query`: a value of a type without a serializer goes as its string form.
      // eslint-disable-next-line @typescript-eslint/no-base-to-string
      return String(value);
    });
    const messages = await this.#exchange(
      Buffer.concat([
        ...this.#closes(),
        protocol.serialize.bind({ statement: prepared.name, values }),
        protocol.serialize.describe({ type: 'P' }),
        protocol.serialize.execute({}),
        protocol.serialize.sync(),
      ]),
    );
    const parsers = this.#raw.parsers;
    const rows: Record<string, unknown>[] = [];
    let fields: readonly { readonly name: string; readonly dataTypeID: number }[] = [];
    for (const message of messages) {
      if (message instanceof RowDescriptionMessage) fields = message.fields;
      else if (message instanceof DataRowMessage) {
        const texts = message.fields as (string | null)[];
        const row: Record<string, unknown> = {};
        fields.forEach((field, i) => {
          row[field.name] = types.parseType(texts[i] ?? null, field.dataTypeID, parsers);
        });
        rows.push(row);
      } else if (message instanceof CommandCompleteMessage) break;
    }
    return rows as Row[];
  }

  /**
   * Sends `message` in one call into WebAssembly and returns PostgreSQL's answer, read with
   * pg-protocol's parser; throws the first error in it. Each piece of the answer is copied out of
   * PGlite's memory before it is parsed, as the parser may keep an unfinished message for the
   * next piece.
   */
  async #exchange(message: Uint8Array): Promise<BackendMessage[]> {
    const parser = new Parser();
    const received: BackendMessage[] = [];
    const failed: { error?: DatabaseError } = {};
    await this.#raw.execProtocolRawStream(message, {
      syncToFs: false,
      onRawData: (chunk) => {
        parser.parse(Buffer.from(chunk), (answer) => {
          if (answer instanceof DatabaseError) failed.error ??= answer;
          else if (answer instanceof NotificationResponseMessage)
            this.#onNotification(answer.channel, answer.payload);
          else received.push(answer);
        });
      },
    });
    if (failed.error) throw failed.error;
    return received;
  }

  /** Forgets every statement: after a schema change, whose plans PostgreSQL may refuse to reuse. */
  forget(): void {
    this.#closing.push(...[...this.#bySql.values()].map((p) => p.name));
    this.#bySql.clear();
  }

  async #prepare(sql: string): Promise<Prepared> {
    this.#counter += 1;
    const name = `lantern_${String(this.#counter)}`;
    const messages = await this.#exchange(
      Buffer.concat([
        ...this.#closes(),
        protocol.serialize.parse({ name, text: sql }),
        protocol.serialize.describe({ type: 'S', name }),
        protocol.serialize.sync(),
      ]),
    );
    const description = messages.find((m) => m instanceof ParameterDescriptionMessage);
    const prepared: Prepared = { name, parameterTypes: description?.dataTypeIDs ?? [] };
    this.#bySql.set(sql, prepared);
    if (this.#bySql.size > PREPARED_LIMIT) {
      const [oldest] = this.#bySql.keys();
      if (oldest !== undefined) this.#evict(oldest);
    }
    return prepared;
  }

  #evict(sql: string): void {
    const prepared = this.#bySql.get(sql);
    if (!prepared) return;
    this.#bySql.delete(sql);
    this.#closing.push(prepared.name);
  }

  /** Close messages for the evicted statements, sent ahead of the next call's own messages. */
  #closes(): Uint8Array[] {
    if (this.#closing.length === 0) return [];
    const closes = this.#closing.map((name) => protocol.serialize.close({ type: 'S', name }));
    this.#closing = [];
    return closes;
  }
}
