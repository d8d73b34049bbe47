/**
 * Streams the objects of one array in a JSON document (the CSL's `{"results": [...]}`, or a
 * top-level array) without holding the document: a small scanner tracks strings and nesting, cuts out
 * each element's text and hands it to JSON.parse. Memory is bounded by the largest element.
 */
import type { Readable } from "node:stream";
import { ParseError } from "../../errors.js";
import { decodeStream } from "../common/csv.js";

export interface JsonArrayOptions {
  source: string;
  file: string;
  /** The key of the array in a top-level object; a top-level array is read as it is. */
  arrayKey: string;
  /** Largest element accepted, in characters (default 16 MB: one CSL entry is a few kB). */
  maxItemChars?: number;
}

export interface JsonArrayItem {
  /** 1-based position in the array. */
  index: number;
  /** Line where the element starts. */
  line: number;
  value: unknown;
}

const OPEN_OBJ = 0x7b; // {
const CLOSE_OBJ = 0x7d; // }
const OPEN_ARR = 0x5b; // [
const CLOSE_ARR = 0x5d; // ]
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const NEWLINE = 0x0a;

export async function* readJsonArray(input: Readable, options: JsonArrayOptions): AsyncGenerator<JsonArrayItem> {
  const { source, file, arrayKey } = options;
  const maxItem = options.maxItemChars ?? 16 * 1024 * 1024;
  const fail = (reason: string, line: number, cause?: unknown): never => {
    throw new ParseError(reason, { source, file, line }, cause);
  };
  let depth = 0;
  let line = 1;
  let inString = false;
  let escaped = false;
  let rootDone = false;
  let rootIsArray = false;
  // Depth of the wanted array's elements while inside it; BEFORE or AFTER otherwise.
  const BEFORE = -1;
  const AFTER = -2;
  let itemDepth = BEFORE;
  let found = false;
  // Keys of the root object: the last string closed at depth 1, and the key before the ":".
  let keyText: string | null = null;
  let lastString = "";
  let currentKey = "";
  let parts: string[] | null = null;
  let itemStart = 0;
  let itemLine = 0;
  let itemChars = 0;
  let index = 0;

  const text = decodeStream(input);
  // decodeStream hands on UTF-8 bytes; read them back as strings (a StringDecoder keeps characters whole).
  text.setEncoding("utf8");
  try {
    for await (const chunk of text as AsyncIterable<string>) {
      itemStart = 0;
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk.charCodeAt(i);
        if (c === NEWLINE) line++;
        if (inString) {
          if (escaped) escaped = false;
          else if (c === BACKSLASH) escaped = true;
          else if (c === QUOTE) {
            inString = false;
            if (keyText !== null) {
              lastString = keyText;
              keyText = null;
            }
          } else if (keyText !== null && keyText.length < 64) keyText += chunk[i];
          continue;
        }
        if (c === 0x20 || c === 0x09 || c === 0x0d || c === NEWLINE) continue;
        if (rootDone) fail("text after the end of the JSON document", line);
        if (depth === 0 && c !== OPEN_OBJ && c !== OPEN_ARR)
          fail(`not a JSON object or array (starts with '${chunk.slice(i, i + 20)}')`, line);
        if (c === QUOTE) {
          inString = true;
          if (depth === 1 && !rootIsArray && parts === null) keyText = "";
          else if (depth === itemDepth && parts === null) fail(`element ${index + 1} of '${arrayKey}' is not an object`, line);
          continue;
        }
        if (c === COLON && depth === 1) currentKey = lastString;
        if (c === OPEN_OBJ || c === OPEN_ARR) {
          if (depth === 0) rootIsArray = c === OPEN_ARR;
          if (depth === itemDepth && parts === null) {
            if (c !== OPEN_OBJ) fail(`element ${index + 1} of '${arrayKey}' is not an object`, line);
            parts = [];
            itemStart = i;
            itemLine = line;
            itemChars = 0;
          }
          depth++;
          if (itemDepth === BEFORE && c === OPEN_ARR && ((depth === 1 && rootIsArray) || (depth === 2 && currentKey === arrayKey))) {
            found = true;
            itemDepth = depth;
          }
          continue;
        }
        if (c === CLOSE_OBJ || c === CLOSE_ARR) {
          depth--;
          if (depth < 0) fail(`unbalanced '${chunk[i]}'`, line);
          if (depth === 0) rootDone = true;
          if (itemDepth > 0 && depth === itemDepth - 1) itemDepth = AFTER;
          if (depth === itemDepth && parts !== null) {
            parts.push(chunk.slice(itemStart, i + 1));
            index++;
            const json = parts.join("");
            parts = null;
            let value: unknown;
            try {
              value = JSON.parse(json);
            } catch (error) {
              fail(`element ${index} of '${arrayKey}' is not valid JSON (${(error as Error).message})`, itemLine, error);
            }
            yield { index, line: itemLine, value };
          }
          continue;
        }
        if (depth === itemDepth && parts === null && c !== 0x2c) fail(`element ${index + 1} of '${arrayKey}' is not an object`, line);
      }
      if (parts !== null) {
        const rest = chunk.slice(itemStart);
        itemChars += rest.length;
        if (itemChars > maxItem) fail(`element ${index + 1} of '${arrayKey}' is larger than ${maxItem} characters`, itemLine);
        parts.push(rest);
      }
    }
  } catch (error) {
    if (error instanceof ParseError) throw error;
    fail(`unreadable near line ${line} (${(error as Error).message})`, line, error);
  }
  if (inString || depth !== 0 || !rootDone) fail("the JSON ends early (truncated download?)", line);
  if (!found) fail(`no '${arrayKey}' array`, line);
}
