/**
 * Streaming XML records with saxes. Safety: a DOCTYPE is refused (no DTD, so no external or expanding
 * entities), and text, depth and total size are bounded. Each record element becomes a small tree.
 */
import type { Readable } from "node:stream";
import { SaxesParser } from "saxes";
import { ParseError } from "../../errors.js";

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  line: number;
}

export interface XmlLimits {
  maxBytes: number;
  maxDepth: number;
  maxTextLength: number;
  /**
   * Elements in one record, all levels counted: a record is held whole in memory, and one with 12M
   * children took 2.3 GB. The largest real record seen (an OFAC enhanced entity with hundreds of
   * features) has a few thousand.
   */
  maxRecordElements: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = {
  maxBytes: 2 * 1024 ** 3,
  maxDepth: 64,
  maxTextLength: 1024 * 1024,
  maxRecordElements: 100_000,
};

export interface XmlRecordOptions {
  source: string;
  file: string;
  /** Local names (namespace prefix dropped) of the elements that are records. */
  recordTags: string[];
  /** Called for each element opened outside a record (e.g. the root, to read a date attribute). */
  onOpen?: (name: string, attrs: Record<string, string>) => void;
  /** Called with the text of small elements outside records (e.g. <Publish_Date>). */
  onText?: (path: string[], text: string) => void;
  limits?: Partial<XmlLimits>;
}

export function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

export async function* readXmlRecords(input: Readable, options: XmlRecordOptions): AsyncGenerator<XmlNode> {
  const limits = { ...DEFAULT_XML_LIMITS, ...options.limits };
  const parser = new SaxesParser({ position: true });
  const where = () => ({ source: options.source, file: options.file, line: parser.line });
  const recordTags = new Set(options.recordTags);
  const stack: XmlNode[] = [];
  const path: string[] = [];
  let record: XmlNode | undefined;
  let recordElements = 0;
  let outsideText = "";
  const done: XmlNode[] = [];
  let failure: Error | undefined;
  let sawRoot = false;

  parser.on("doctype", () => {
    failure ??= new ParseError("a DOCTYPE is not accepted (entity declarations are refused)", where());
  });
  parser.on("opentag", (tag) => {
    sawRoot = true;
    const name = localName(tag.name);
    if (path.length >= limits.maxDepth) failure ??= new ParseError(`elements nested deeper than ${limits.maxDepth}`, where());
    path.push(name);
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[localName(k)] = typeof v === "string" ? v : v.value;
    if (!record && recordTags.has(name)) {
      record = { name, attrs, children: [], text: "", line: parser.line };
      recordElements = 1;
      stack.push(record);
      return;
    }
    if (record) {
      const node: XmlNode = { name, attrs, children: [], text: "", line: parser.line };
      // Past the limit the node is not kept (the parse fails at the end of this chunk).
      if (++recordElements > limits.maxRecordElements)
        failure ??= new ParseError(
          `a <${record.name}> record (from line ${record.line}) holds more than ${limits.maxRecordElements} elements`,
          where(),
        );
      else stack[stack.length - 1]?.children.push(node);
      stack.push(node);
    } else {
      outsideText = "";
      options.onOpen?.(name, attrs);
    }
  });
  const onText = (text: string) => {
    const top = stack[stack.length - 1];
    if (top) {
      top.text += text;
      if (top.text.length > limits.maxTextLength)
        failure ??= new ParseError(`text longer than ${limits.maxTextLength} characters`, where());
    } else {
      outsideText += text;
      if (outsideText.length > limits.maxTextLength) outsideText = "";
    }
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", () => {
    if (record) {
      const node = stack.pop();
      if (node) node.text = node.text.trim();
      if (stack.length === 0) {
        done.push(record);
        record = undefined;
      }
    } else if (outsideText.trim()) {
      options.onText?.(path, outsideText.trim());
      outsideText = "";
    }
    path.pop();
  });
  parser.on("error", (e) => {
    failure ??= new ParseError(`not well-formed XML: ${e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, "")}`, where(), e);
  });

  let bytes = 0;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > limits.maxBytes) throw new ParseError(`file larger than ${limits.maxBytes} bytes`, where());
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch (e) {
        throw new ParseError("bytes that are not UTF-8", where(), e);
      }
      parser.write(text);
      if (failure) throw failure;
      while (done.length) yield done.shift() as XmlNode;
    }
    parser.close();
  } catch (e) {
    if (e instanceof ParseError) throw e;
    throw failure ?? new ParseError(`not well-formed XML: ${(e as Error).message}`, where(), e);
  }
  if (failure) throw failure;
  while (done.length) yield done.shift() as XmlNode;
  if (!sawRoot) throw new ParseError("no XML content", where());
  if (record || path.length) throw new ParseError("the file ends inside an element (truncated?)", where());
}

/** The first child with this local name. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function children(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** Text of the first child with this name, trimmed; undefined when absent or empty. */
export function text(node: XmlNode, name: string): string | undefined {
  const t = child(node, name)?.text.trim();
  return t ? t : undefined;
}

/** Texts of every descendant at the given path, e.g. path(node, "ALIASES", "ALIAS"). */
export function at(node: XmlNode, ...path: string[]): XmlNode[] {
  let level = [node];
  for (const name of path) level = level.flatMap((n) => children(n, name));
  return level;
}
