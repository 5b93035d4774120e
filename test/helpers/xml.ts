import { SaxesParser } from "saxes";

export interface XmlNode {
  /** Namespace URI and local name, as a namespace-aware consumer sees the element. */
  uri: string;
  local: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** Strict, namespace-aware parse: any well-formedness or namespace error throws. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value;
    const node: XmlNode = { uri: tag.uri, local: tag.local, attributes, children: [], text: "" };
    stack.at(-1)?.children.push(node);
    root ??= node;
    stack.push(node);
  });
  parser.on("text", (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

export function childrenOf(node: XmlNode, uri: string, local: string): XmlNode[] {
  return node.children.filter((child) => child.uri === uri && child.local === local);
}

/** The single child with that name; throws when there is none or more than one. */
export function only(node: XmlNode, uri: string, local: string): XmlNode {
  const found = childrenOf(node, uri, local);
  if (found.length !== 1) throw new Error(`expected one <${local}> in <${node.local}>, found ${found.length}`);
  return found[0]!;
}
